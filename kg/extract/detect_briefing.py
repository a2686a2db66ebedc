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
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.affiliation import Participants, other_side
from kg.extract.detect_cues import Detection, announces
from kg.extract.doc import whole_sentences
from kg.extract.home_leaders import Leaders, home_leaders, leader_names, leader_titles
from kg.extract.patterns import holds_any, lowered, screen_words
from kg.extract.sentences import Sentence
from kg.model import Document
from kg.reference import Reference

if TYPE_CHECKING:
    from kg.extract.doc import Doc

# a daily briefing or gaggle by the podium, not a call or briefing on a meeting, visit or trip (detect's
# BRIEFING_ON_MEETING reads those from their lead)
DAILY_BRIEFING = re.compile(
    r"(?i)^\s*(?:on-the-record\s+)?(?:press\s+(?:briefing|gaggle)|gaggle)\s+by\s+"
    r"(?!.*\b(?:meetings?\s+with|calls?\s+with|visit|summit|trip|travel|bilateral)\b)"
)
MEETING_WORD = r"(?:meeting|call|talks|conversation|bilateral|phone\s+call|video\s?call)"
SAME_DAY = r"(?:(?:earlier\s+)?today|this\s+(?:morning|afternoon))"
UNDERWAY = r"(?:that['’]s|which\s+is|is)\s+(?:underway|under\s+way|ongoing)"
# the day's meeting named as such ("today's meeting", "the meeting … that's underway", "their call this
# morning", "spoke with … earlier today")
TODAYS_MEETING = re.compile(
    rf"(?i)\b(?:today|this\s+(?:morning|afternoon))['’]s\s+(?:[\w-]+\s+){{0,2}}?{MEETING_WORD}\b|"
    rf"\b{MEETING_WORD}\s+(?:{SAME_DAY}|{UNDERWAY})\b|"
    rf"\b(?:spoke|met|talked)\s+(?:with|to)\b[^.?!;]{{0,60}}?\b{SAME_DAY}\b"
)
# a counterpart named by office or name ("Prime Minister Modi", "the German Chancellor", "Al Sisi")
# (not our own President: "talked to the President this morning")
NAMED = (
    r"(?!(?:the\s+)?(?:Vice\s+)?President\b(?!\s+(?:of\b|(?-i:[A-Z]))))"
    r"(?:the\s+)?(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,4}"
)
# … with the day's meeting, in one phrase: what makes an exchange about that meeting ("The President
# spoke with Prime Minister X earlier today", "held a secure video call today with President Y", "the
# call between the President today and X", "the meeting today between the President and the German
# Chancellor", "the President's call this morning with President Z", "the X meeting that's underway")
ANCHOR = re.compile(
    rf"(?i)\b(?:spoke|met|talked|(?:had|held)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){{0,2}}?{MEETING_WORD})\s+"
    rf"(?:{SAME_DAY}\s+)?(?:with|to)\s+{NAMED}[^.?!;]{{0,40}}?\b{SAME_DAY}\b|"
    rf"\b(?:spoke|met|talked|(?:had|held)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){{0,2}}?{MEETING_WORD})\s+"
    rf"{SAME_DAY}\s+(?:with|to)\s+{NAMED}|"
    rf"\b{MEETING_WORD}\s+{SAME_DAY}\s+(?:with|between\s+(?:the\s+)?President(?:\s+\w+)?\s+and)\s+{NAMED}|"
    rf"\b{MEETING_WORD}\s+(?:with|between\s+(?:the\s+)?President(?:\s+\w+)?\s+(?:{SAME_DAY}\s+)?and)\s+"
    rf"{NAMED}[^.?!;]{{0,20}}?\b{SAME_DAY}\b|"
    rf"\bbetween\s+(?:the\s+)?President(?:\s+\w+)?\s+{SAME_DAY}\s+and\s+{NAMED}|"
    rf"\b(?-i:[A-Z][\w’'-]+)\s+{MEETING_WORD}\s+{UNDERWAY}|"
    # … or with the day put first ("Earlier today, just a short while ago, President X spoke with Prime
    # Minister Y", "This morning, the President had a call with …")
    rf"\b(?:earlier\s+)?{SAME_DAY},\s+(?:[^.?!;,]{{0,40}},\s+)?(?:the\s+President|President\s+(?-i:[A-Z])[\w’'-]+|he)\s+"
    rf"(?:spoke|met|talked|(?:had|held)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){{0,2}}?{MEETING_WORD})\s+(?:with|to)\s+{NAMED}"
)
# … the counterpart's name for the meeting under way as the podium speaks: ours ("the X meeting that's
# underway")
UNDERWAY_MEETING = re.compile(rf"(?i)\b(?-i:[A-Z][\w’'-]+)\s+{MEETING_WORD}\s+{UNDERWAY}")
# … not a meeting ahead, of another day, or of others ("the meeting between President X and President Y")
NOT_TOLD = re.compile(
    r"(?i)\b(?:will|going\s+to|plans?\s+to|expects?\s+to|looking\s+forward|ahead\s+of|later\s+(?:today|this)|"
    r"tonight|tomorrow|yesterday|last\s+night|next\s+week|upcoming|happening|(?:is|are|(?:he|she|who|they|we)['’](?:s|re))\s+meeting|"
    r"(?:has|have)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:call|meeting)|"
    r"not\s+going\s+to\s+(?:get|read)|no\s+(?:call|meeting)s?\s+(?:to\s+)?(?:read|announce|preview))\b|"
    r"\bbetween\s+(?!the\s+(?:two\s+)?(?:President|leaders)\b)(?:[\w.’'-]+\s+){1,4}and\s+"
)
# the publisher's side named in the anchor ("the President spoke with …", "his call with …", its own
# leader by title and name: `_our_side`)
OUR_WORDS = r"[Hh]e|[Hh]is|I|[Ww]e|[Oo]ur|[Mm]y"
EXCHANGE = 2  # sentences telling the day's meeting: a question and its answer, or two questions
# a press call on something other than a meeting (a policy, an agreement): its opening speaker's account
# of the day's meeting is news in its own right (eval/CONVENTIONS.md 57), as a briefing's topper is
PRESS_CALL = re.compile(
    r"(?i)^\s*(?:background\s+|on-the-record\s+)?press\s+call\s+(?:by|on)\b"
    r"(?!.*\b(?:meetings?\s+with|calls?\s+with|visit|summit|trip|travel|bilateral|preview\w*|upcoming)\b)"
)
# a reporter's turn: the podium's opening statement (its topper) ends at the first that asks (a "?"
# before the podium answers: not a greeting, "Q Good to see you.")
QUESTION = re.compile(r"\s*Q\b")
SPEAKER = re.compile(r"\s*(?:(?:MR|MS|MRS|DR)\.\s+)?(?-i:[A-Z][A-Z.'’ -]+):")
ASKS = 4  # sentences of a reporter's turn read for its question mark
# … and whose opening account names our leader, or is the leader's own ("I met today with …"; not a bare
# "he", whom the account's earlier words name): `_leader`


@lru_cache(maxsize=64)
def _our_side(leaders: Leaders) -> re.Pattern[str]:
    """The publisher's side: "the President" (or its leaders' other titles: "the Prime Minister"), its
    leaders by title and surname ("President Biden": home_leaders), or a pronoun (OUR_WORDS)."""
    titles, names = _forms(leaders)
    return re.compile(rf"\b(?:[Tt]he\s+(?:{titles})|{names}{OUR_WORDS})\b")


@lru_cache(maxsize=64)
def _leader(leaders: Leaders) -> re.Pattern[str]:
    """The publisher's leader: "the President" (not "the President of …": another state's), or by
    another of its leaders' titles, or by title and surname; or the leader speaking ("I")."""
    titles, names = _forms(leaders)
    return re.compile(rf"\b(?:[Tt]he\s+(?:{titles})(?!\s+of\b)|{names}I)\b")


def _forms(leaders: Leaders) -> tuple[str, str]:
    """The leaders' titles ("President" always) and their names by title, as alternations (the
    names' followed by "|" when there are any)."""
    names = leader_names(leaders)
    return "|".join(dict.fromkeys(("President", *leader_titles(leaders)))), names + "|" if names else ""


# the day's words every ANCHOR match holds (SAME_DAY or UNDERWAY, found in lower case with str.find:
# "under" and "way" apart are checked), the words it starts with, and what no match holds: a stop
DAY_WORDS = ("today", "morning", "afternoon", "underway", "ongoing", "under")
ANCHOR_WORDS = re.compile(
    r"(?i)\b(?:spoke|met|talked|had|held|meeting|call|talks|conversation|bilateral|between)\b"
)
STOPS = ".?!;"
# … and as a screen of a sentence before ANCHOR and TODAYS_MEETING ("under": "underway", "under way")
SAME_DAY_WORDS = screen_words(ANCHOR, ("today", "morning", "afternoon", "under", "ongoing"))
screen_words(TODAYS_MEETING, SAME_DAY_WORDS)
_WAY = re.compile(r"\s+way")


def _day_words(low: str) -> list[int]:
    """Where the day's words start in a lower-case text, in order."""
    out: list[int] = []
    for word in DAY_WORDS:
        i = low.find(word)
        while i >= 0:
            if word != "under" or _WAY.match(low, i + 5):
                out.append(i)
            i = low.find(word, i + 1)
    return sorted(out)


def anchored(text: str) -> bool:
    """`bool(ANCHOR.search(text))`, read only in the stretches between stops that hold a day's word and
    a word an ANCHOR match starts with (a match holds no stop): a daily briefing's transcript is long."""
    low = lowered(text)
    if len(low) != len(text):  # (a letter whose lower case is longer: offsets would not agree)
        return bool(ANCHOR.search(text))
    seen = -1
    for at in _day_words(low):
        if at < seen:
            continue
        start = max(text.rfind(c, 0, at) for c in STOPS) + 1
        ends = [i for i in (text.find(c, at) for c in STOPS) if i >= 0]
        seen = min(ends, default=len(text))
        if ANCHOR_WORDS.search(text, start, seen) and ANCHOR.search(text, start, seen):
            return True
    return False


def _told(text: str) -> bool:
    return not NOT_TOLD.search(text) and not announces(text)


def _first_question(sents: Sequence[Sentence]) -> int:
    """Where the first reporter's turn asking a question starts (QUESTION, with a "?" in its first
    ASKS sentences, before the podium's next SPEAKER); the number of sentences when none does."""
    for i, s in enumerate(sents):
        if not QUESTION.match(s.text):
            continue
        for t in sents[i : i + ASKS]:
            if t is not s and (SPEAKER.match(t.text) or QUESTION.match(t.text)):
                break
            if "?" in t.text:
                return i
    return len(sents)


def briefing_exchange(
    document: Document, ref: Reference, sentences: Sequence[Sentence] | None = None
) -> Detection | None:
    """The held meeting a daily briefing's exchange tells: the sentences naming the day's meeting
    with its counterpart (ANCHOR, with our side: `_our_side`), when at least EXCHANGE sentences tell
    the day's meeting (TODAYS_MEETING or ANCHOR), none of them telling it ahead, on another day or as
    others'; or the podium's own account of it in the opening statement, before the first question
    (a briefing's topper, a press call's opening speaker: PRESS_CALL); None for other releases. Our
    side and leader are the publisher's leaders on the release day (home_leaders, from `ref`).
    Positions are those of the whole text's sentences (the analysed release's)."""
    daily = bool(DAILY_BRIEFING.match(document.title))
    if not (daily or PRESS_CALL.match(document.title)) or not anchored(document.text):
        return None  # (ANCHOR over the whole text: a sentence's match is one there, so nothing is hidden)
    sents = list(sentences) if sentences is not None else whole_sentences(document)
    leaders = home_leaders(document, ref)
    our_side = _our_side(leaders)
    anchors = [
        i
        for i, s in enumerate(sents)
        if holds_any(s.text, SAME_DAY_WORDS)
        and ANCHOR.search(s.text)
        and (our_side.search(s.text) or UNDERWAY_MEETING.search(s.text))
        and _told(s.text)
    ]
    if not anchors:
        return None
    # the podium's own opening account of the day's meeting is news without an exchange about it
    first = _first_question(sents)
    topper = [i for i in anchors if i < first and _leader(leaders).search(sents[i].text)]
    if topper:
        return Detection("held", topper)
    if not daily:
        return None
    told = [
        i
        for i, s in enumerate(sents)
        if i in anchors
        or (holds_any(s.text, SAME_DAY_WORDS) and TODAYS_MEETING.search(s.text) and _told(s.text))
    ]
    if len(told) < EXCHANGE:
        return None
    # the meeting's sentences are those naming it with its counterpart: the rest of the exchange names
    # other people (the press secretary's guests, a leader the question is about)
    return Detection("held", anchors)


def exchange_counterpart(doc: Doc, found: Detection, main: Participants) -> bool:
    """Is `found` a daily briefing's exchange (briefing_exchange) and a foreign person or body among
    those it names (`main`), in a sentence naming the day's meeting with its counterpart (ANCHOR)? The
    lead of a briefing never names them, as participants.has_counterpart asks of other releases."""
    if found.status != "held" or not (DAILY_BRIEFING.match(doc.title) or PRESS_CALL.match(doc.title)):
        return False
    exchange = briefing_exchange(doc.document, doc.ref, doc.sents)
    if exchange is None or exchange.positions != found.positions:
        return False
    told = {doc.sents[i] for i in found.positions}
    return any(other_side(doc, p) and s in told and bool(ANCHOR.search(s.text)) for p, s in main)
