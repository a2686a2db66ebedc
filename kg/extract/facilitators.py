"""States at talks between sides that are no persons: the facilitators or mediators a release names
("Talks between the two armed forces resumed in Jeddah, facilitated by the United States and Saudi
Arabia", "… mediated by Qatar and Egypt"), and a side named by its state's government, authorities or
forces ("negotiations between the Government of Colombia and the ELN", "talks between the Sudanese Armed
Forces and …"). They take part in the talks, so a foreign one is a counterpart of the meeting even when
the other side is no state the reference data knows.

Read by the pipeline's test that a meeting has a counterpart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.people.roles import countries_in

if TYPE_CHECKING:
    from kg.extract.doc import Doc
    from kg.extract.sentences import Sentence

# the words that name the third parties of talks, screened in lower case before the regex
SCREEN = ("facilitat", "mediat", "brokered", "between")
# talks or negotiations between sides, then their facilitators ("talks between A and B, facilitated by
# C and D", "negotiations between the parties, mediated by C"); not "talks facilitated by the agreement"
TALKS_BETWEEN = re.compile(r"(?i)\b(?:talks|negotiations|consultations|dialogue)\s+between\b")
FACILITATED_BY = re.compile(
    r"(?i)\b(?:(?:co-)?facilitated|mediated|brokered)\s+(?:jointly\s+)?by\s+(?=(?:the\s+)?[A-Z])"
)

# a side of the talks named by its state ("between the Government of Colombia and …", "between the
# Sudanese Armed Forces and …"), right after "between" or after "and"
STATE_SIDE = re.compile(
    r"(?i)\b(?:between|and)\s+(?:the\s+)?(?:(?:governments?|authorities|delegations?|representatives)\s+of\s+"
    r"(?P<state>(?-i:[A-Z])[^,;.]{2,40})|(?P<dem>(?-i:[A-Z])[\w-]+)\s+(?:government|armed\s+forces|army|"
    r"authorities|delegation|side)\b)"
)


def talks_states(doc: Doc, sentences: Sequence[Sentence], foreign_only: bool = True) -> list[str]:
    """The foreign states a sentence telling talks between sides names as their facilitators or
    mediators (TALKS_BETWEEN before FACILITATED_BY) or as a side (STATE_SIDE), ISO codes in order; with
    `foreign_only` False, the publisher's own state too."""
    out: list[str] = []
    for s in sentences:
        low = s.text.lower()
        if not any(w in low for w in SCREEN):
            continue
        talks = TALKS_BETWEEN.search(s.text)
        if talks is None:
            continue
        for g in FACILITATED_BY.finditer(s.text, talks.end()):
            out += countries_in(doc.ref, "of " + s.text[g.end() :])
        # the sides, in the clause after "between" ("between A and B, …")
        clause = re.split(r"[,;]", s.text[talks.end() - len("between") : talks.end() + 120], maxsplit=1)[0]
        for g in STATE_SIDE.finditer(clause):
            if g.group("state"):
                out += countries_in(doc.ref, "of " + g.group("state"))[:1]
            elif iso := doc.ref.country_of_demonym(g.group("dem")):
                out.append(iso)
    out = [iso for iso in out if iso != doc.home] if foreign_only else out
    return list(dict.fromkeys(out))
