"""A leader's own press conference at a summit abroad: his part in the summit.

The press conference a President gives at the end of a summit ("Remarks by President Biden in Press
Conference", place line "Madrid, Spain") opens with his remarks on it: "this has been a historic NATO
Summit", "the important work we accomplished here at the G7". Such a release tells the leader's part
in the summit held (eval/CONVENTIONS.md 2: a release issued after the leader attended the summit that
day), as kg.extract.gatherings reads it from other releases' first sentences. Not a joint press
conference (a meeting of its own), not one at home, not a question, not a summit ahead or of another
time.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.detect_cues import planned_cue
from kg.extract.detect_just_over import place_abroad
from kg.extract.gazetteer import scan

if TYPE_CHECKING:
    from kg.extract.doc import Doc
    from kg.extract.sentences import Sentence

OPENING = 30  # sentences read for the leader's opening remarks
# the leader's own press conference ("Remarks by President Biden in a Press Conference | Bali, Indonesia";
# not "Remarks by President A and Prime Minister B in Joint Press Conference")
OWN_CONFERENCE = re.compile(
    r"(?i)^\s*remarks\s+by\s+(?:the\s+)?(?:vice\s+)?president\b(?:(?!\band\b|\bjoint\b)[^|:])*?\b(?:in|at)\s+"
    r"(?:a\s+|the\s+)?(?:press|news)\s+conference\b"
)
# the summit just held, as this one: "this has been a historic NATO Summit", "This summit was about …"
THIS_SUMMIT = re.compile(
    r"(?i)\bthis\s+(?:has\s+been|was)\s+(?:an?\s+|the\s+)?(?:[\w'’.-]+\s+){0,3}?summit\b|"
    r"\bthis\s+(?:[\w'’.-]+\s+){0,2}?summit\s+(?:has\s+been|was)\b"
)
# … or the body whose summit it was, the work done "here at" it ("the important work we accomplished here
# at the G7"): the reference data names the body
# (or a meeting there just over: "We've just wrapped up a productive meeting at the G7")
HERE_AT = re.compile(
    r"(?i)\b(?:accomplished|achieved|agreed|did|done|decided)\s+here\s+at\s+(?:the\s+)?|"
    r"\bjust\s+(?:wrapped(?:\s+up)?|concluded|finished|completed)\b[^.;?!]{0,80}?\b(?:meeting|session)s?\s+at\s+(?:the\s+)?"
)
# a summit ahead or of another time in the same sentence
NOT_NOW = re.compile(
    r"(?i)\b(?:will|next|upcoming|looking\s+forward|ago|last\s+(?:year|time|month)|previous)\b|\?\s*$|^\s*Q\b"
)


def conference_abroad(doc: Doc) -> bool:
    """Is the release the leader's own press conference, its place line naming a foreign state
    (kg.extract.detect_just_over.place_abroad)?"""
    return bool(OWN_CONFERENCE.search(doc.title)) and place_abroad(doc.document, doc.ref, doc.sents)


def _tells_summit(doc: Doc, text: str) -> bool:
    if planned_cue(text) or NOT_NOW.search(text):
        return False
    if THIS_SUMMIT.search(text):
        return True
    here = HERE_AT.search(text)
    return bool(
        here
        and any(
            x.start == 0 and x.kind in ("organization", "event")
            for x in scan(text[here.end() : here.end() + 60], doc.ref)
        )
    )


def summit_sentences(doc: Doc) -> list[Sentence]:
    """The opening sentence of the leader's own press conference abroad that tells the summit just held
    as this one (THIS_SUMMIT, HERE_AT); empty for other releases."""
    if not conference_abroad(doc):
        return []
    return next(([s] for s in doc.sents[:OPENING] if _tells_summit(doc, s.text)), [])


def may_tell_summit(title: str, text: str) -> bool:
    """Whether a release with this title and opening text may be such a press conference (no analysis)."""
    return bool(OWN_CONFERENCE.search(title) and (THIS_SUMMIT.search(text) or HERE_AT.search(text)))
