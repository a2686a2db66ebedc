"""The opening of a press call's or gaggle's transcript: the meeting it previews.

A transcript's first sentences are its place line, its time stamp and the moderator's welcome, so the
lead detection reads (kg.extract.detect) tells nothing there. The moderator's or first speaker's
opening then says what the call is about: "This is a background call previewing President Biden's
meeting with President Lula", "a preview of this historic day: the trilateral summit here at Camp
David", "President Putin is expected to arrive … where the meeting is taking place". Such a release
announces the meeting (planned); the usual counterpart checks follow (kg.extract.pipeline).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.detect_cues import Detection

if TYPE_CHECKING:
    from kg.extract.sentences import Sentence

OPENING = 12  # sentences of a transcript read for its opening
# a transcript's title: a press call, gaggle or background briefing
TRANSCRIPT = re.compile(
    r"(?i)\b(?:press\s+(?:call|gaggle)|background\s+(?:press\s+)?(?:call|briefing)|gaggle|conference\s+call)\b"
)
# a meeting: a summit, talks, a meeting, a trip or visit abroad, engagements at a named event, meeting a
# leader or a named party (not "visit schools"; a domestic meeting the counterpart checks turn away)
MEETING = re.compile(
    r"(?i)\b(?:summit|bilateral|trilateral|talks|meetings?|trip\s+to|visit\s+(?:to|of|with)|call\s+with|"
    r"engagements?\s+(?:at|in|with)\s+(?:the\s+)?(?-i:[A-Z])|meet(?:s|ing)?\s+with\s+(?:the\s+)?"
    r"(?:President|Prime\s+Minister|Chancellor|King|Queen|Emir|Amir|Crown\s+Prince|Secretary[- ]General|"
    r"leaders?|(?-i:[A-Z])))"
)
# a call on a policy, whose opening may name a summit in passing ("… as the President co-hosts the second
# Summit for Democracy this week")
POLICY = re.compile(r"(?i)\b(?:executive\s+order|budget|rule|strategy|plan|legislation|bill|sanctions)\b")
AHEAD = re.compile(
    r"(?i)\b(?:preview(?:s|ing)?|will|tomorrow|later\s+today|this\s+(?:afternoon|evening)|upcoming|"
    r"(?:is|are)\s+(?:expected|scheduled|set)\s+to)\b"
)
# the call's own ground rules and logistics, not the meeting's ("a question-and-answer session")
GROUND_RULES = re.compile(
    r"(?i)\b(?:on\s+background|embargo\w*|attribut\w+|ground\s+rules|speakers?|on\s+the\s+record|questions?|"
    r"briefing|reminder|joining\s+us)\b"
)


def opening_announcement(title: str, sentences: list[Sentence]) -> Detection | None:
    """A planned meeting a transcript's opening (its first OPENING sentences) announces: a sentence
    naming a meeting (MEETING) ahead (AHEAD), not the call's ground rules; None for other releases."""
    if not TRANSCRIPT.search(title) or POLICY.search(title):
        return None
    ahead = [
        i
        for i, s in enumerate(sentences[:OPENING])
        if MEETING.search(s.text) and AHEAD.search(s.text) and not GROUND_RULES.search(s.text)
    ]
    return Detection("planned", ahead[:1]) if ahead else None
