"""Daily press briefings that report the day's meeting in an exchange about it.

A press secretary's daily briefing (a gaggle) is about many things and its title names no meeting, so
the lead never tells one. It reports the day's meeting with a foreign counterpart when reporters ask
about that meeting and the podium answers (eval/CONVENTIONS.md 1 and 57: "an exchange about the
meeting itself"): "Q Broad question about the meeting with the Prime Minister that's underway.",
"What did the President and the Chancellor discuss in their call this morning?", "today's meeting
between the two leaders showed …". A meeting told on another day ("yesterday's call") is a recap and
not one; a meeting still ahead ("will meet") is not told as held. Whether the meeting had a
counterpart is the pipeline's test, as for every detection.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.detect_cues import Detection, announces
from kg.extract.affiliation import Participants, national
from kg.extract.sentences import Sentence, split_sentences
from kg.model import Document

if TYPE_CHECKING:
    from kg.extract.doc import Doc

# a daily briefing or gaggle by the podium, not a call or briefing on a meeting, visit or trip (detect's
# BRIEFING_ON_MEETING reads those from their lead)
DAILY_BRIEFING = re.compile(
    r"(?i)^\s*(?:on-the-record\s+)?(?:press\s+(?:briefing|gaggle)|gaggle)\s+by\s+"
    r"(?!.*\b(?:meetings?\s+with|calls?\s+with|visit|summit|trip|travel|bilateral)\b)"
)
MEETING_WORD = r"(?:meeting|call|talks|conversation|bilateral|phone\s+call|video\s?call)"
SAME_DAY = (
    r"(?:(?:earlier\s+)?today|this\s+(?:morning|afternoon|evening)|(?:right\s+)?now|just\s+now|"
    r"(?:that['’]s|which\s+is|is)\s+(?:underway|under\s+way|going\s+on|ongoing|happening))"
)
# the day's meeting named as such ("today's meeting", "the meeting with … that's underway", "their
# call this morning", "spoke with … earlier today", "this morning, the President met with …")
TODAYS_MEETING = re.compile(
    rf"(?i)\b(?:today|this\s+(?:morning|afternoon|evening))['’]s\s+(?:[\w-]+\s+){{0,2}}?{MEETING_WORD}\b|"
    rf"\b{MEETING_WORD}\s+(?:with|between)\b[^.?!;]{{0,80}}?\b{SAME_DAY}\b|"
    rf"\b{MEETING_WORD}\s+{SAME_DAY}\b|"
    rf"\b(?:spoke|met|talked)\s+(?:with|to)\b[^.?!;]{{0,80}}?\b(?:earlier\s+today|today|this\s+(?:morning|afternoon))\b|"
    rf"\b(?:earlier\s+today|this\s+(?:morning|afternoon)),?\s+[^.?!;]{{0,60}}?\b(?:spoke|met|talked)\s+(?:with|to)\b"
)
# … not someone else's day, a meeting ahead, or one the podium will not describe
NOT_TOLD = re.compile(
    r"(?i)\b(?:will|going\s+to|plans?\s+to|expects?\s+to|later\s+today|tomorrow|yesterday|next\s+week|"
    r"not\s+going\s+to\s+(?:get|read)|no\s+(?:call|meeting)s?\s+(?:to\s+)?(?:read|announce|preview))\b"
)
EXCHANGE = 2  # sentences telling the day's meeting: a question and its answer, or two questions


def briefing_exchange(document: Document, sentences: Sequence[Sentence] | None = None) -> Detection | None:
    """The held meeting a daily briefing's exchange tells (TODAYS_MEETING in at least EXCHANGE
    sentences, none of them telling it ahead or on another day); None for other releases. Positions are
    those of the whole text's sentences (the analysed release's)."""
    if not DAILY_BRIEFING.match(document.title):
        return None
    sents = list(sentences) if sentences is not None else split_sentences(document.text)
    told = [
        i
        for i, s in enumerate(sents)
        if TODAYS_MEETING.search(s.text) and not NOT_TOLD.search(s.text) and not announces(s.text)
    ]
    return Detection("held", told) if len(told) >= EXCHANGE else None


def exchange_counterpart(doc: Doc, found: Detection, main: Participants) -> bool:
    """Is `found` a daily briefing's exchange (briefing_exchange) and a foreign person or body among
    those it names (`main`)? The lead of a briefing never names them, as participants.has_counterpart
    asks of other releases."""
    if found.status != "held" or not DAILY_BRIEFING.match(doc.title):
        return False
    exchange = briefing_exchange(doc.document, doc.sents)
    if exchange is None or exchange.positions != found.positions:
        return False
    return any(
        (p.org and not national(doc, p.org)) or doc.foreign_state(p.country) for p, _ in main
    )
