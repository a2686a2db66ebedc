"""The leaders of a group speaking as one in their statement ("We, the Economic Leaders of APEC, met",
"WE, the Member States of ASEAN and the United States gather"): the publisher's own leader is one of
them (eval/CONVENTIONS.md 16)."""

from __future__ import annotations

import re

from kg.extract.doc import Doc
from kg.extract.people import Person
from kg.extract.people.roles import leader
from kg.extract.sentences import Sentence

# the leaders speaking as one ("We, the Economic Leaders of APEC, met", "WE, the Member States of ASEAN and
# the United States gather"): the publisher's own leader is one of them
VOICE = re.compile(
    r"^\W*(?:\d+\.\s+)?(?i:we),\s+the\s+(?:[\w.'’-]+\s+){0,3}?(?i:leaders|heads\s+of\s+(?:state|government)|"
    r"member\s+states)\b"
)


def own_voice(
    doc: Doc, sentences: list[Sentence], have: list[tuple[Person, Sentence | None]]
) -> list[tuple[Person, Sentence | None]]:
    """The publisher's leader on the date (`doc.found.on`), with the sentence in which the leaders speak
    as one (VOICE), when none of the publisher's people is among `have`."""
    if not doc.home or any(doc.ours(p) for p, _ in have):
        return []
    sent = next((s for s in sentences if VOICE.match(s.text)), None)
    own = leader(doc.found, doc.home) if sent is not None else None
    return [(own, sent)] if own is not None else []
