"""Third states at talks between other sides: the facilitators or mediators a release names ("Talks
between the two armed forces resumed in Jeddah, facilitated by the United States and Saudi Arabia",
"… mediated by Qatar and Egypt"). They take part in the talks, so a foreign one is a counterpart of
the meeting even when the sides themselves are no states the reference data knows.

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
SCREEN = ("facilitat", "mediat", "brokered")
# talks or negotiations between sides, then their facilitators ("talks between A and B, facilitated by
# C and D", "negotiations between the parties, mediated by C"); not "talks facilitated by the agreement"
TALKS_BETWEEN = re.compile(r"(?i)\b(?:talks|negotiations|consultations|dialogue)\s+between\b")
FACILITATED_BY = re.compile(
    r"(?i)\b(?:(?:co-)?facilitated|mediated|brokered)\s+(?:jointly\s+)?by\s+(?=(?:the\s+)?[A-Z])"
)


def facilitator_states(doc: Doc, sentences: Sequence[Sentence]) -> list[str]:
    """The foreign states a sentence telling talks between sides names as their facilitators or
    mediators (TALKS_BETWEEN before FACILITATED_BY), ISO codes in order."""
    out: list[str] = []
    for s in sentences:
        low = s.text.lower()
        if not any(w in low for w in SCREEN):
            continue
        talks = TALKS_BETWEEN.search(s.text)
        if talks is None:
            continue
        for g in FACILITATED_BY.finditer(s.text, talks.end()):
            out += [iso for iso in countries_in(doc.ref, "of " + s.text[g.end() :]) if iso != doc.home]
    return list(dict.fromkeys(out))
