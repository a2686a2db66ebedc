"""Who is given the floor at the meeting: a speaker of remarks given at the meeting itself hands over to
the next one ("And now I'd like to turn this over to Ambassador B of the United Nations", "I will now
invite Commissioner C to speak", "I give the floor to President D"): that person is in the room.

Only remarks the title places at the meeting (presence.AT_MEETING), not a press briefing's hand-over
to a briefer."""

from __future__ import annotations

import re

from kg.extract.doc import Doc
from kg.extract.people import PersonMention
from kg.extract.presence import AT_MEETING
from kg.extract.sentences import Sentence

# the hand-over, up to where the next speaker's title or name starts
HAND_OVER = re.compile(
    r"(?i)\b(?:(?:turn|hand)\s+(?:it|this|things|the\s+floor)\s+(?:back\s+)?over\s+to|"
    r"(?:give|pass)\s+the\s+floor\s+to|(?:now\s+)?(?:invite|call\s+(?:up)?on)(?=\s+[^.;]{2,60}?\s+to\s+"
    r"(?:speak|say\s+a\s+few\s+words|take\s+the\s+floor|deliver|offer|share|give|make)\b))\s+(?:the\s+)?"
)
NEAR = 40  # characters after the hand-over where the next speaker's name must start
# a briefing's hand-over to a briefer, not a meeting's
BRIEFING = re.compile(r"(?i)\b(?:press\s+(?:briefing|call|gaggle|conference)|briefing|background)\b")


def given_the_floor(doc: Doc, sentences: list[Sentence]) -> list[tuple[PersonMention, Sentence]]:
    """The first person named right after each hand-over (HAND_OVER) in remarks at the meeting."""
    if not AT_MEETING.search(doc.title) or BRIEFING.search(doc.title):
        return []
    out: list[tuple[PersonMention, Sentence]] = []
    for s in sentences:
        if not ("over to" in s.text or "floor" in s.text or "nvite" in s.text or "call" in s.text):
            continue
        for m in HAND_OVER.finditer(s.text):
            at = s.start + m.end()
            near = [pm for pm in doc.found.mentions if at <= pm.start <= at + NEAR and pm.end <= s.end]
            if near:
                first = min(near, key=lambda pm: pm.start)
                if not re.search(r"[.;:!?]", doc.text[at : first.start]):
                    out.append((first, s))
    return out
