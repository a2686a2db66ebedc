"""A briefing previewing a meeting ahead: a background call the day before ("President A and
President B will hold a secure video call tomorrow") reports a planned meeting, dated and moded by
the sentence announcing it, not by the briefing's own day or the "call" its title names.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.dates import RELATIVE, explicit_dates, meeting_date, told_day
from kg.extract.detect_just_over import QUESTION, TRANSCRIPT
from kg.extract.gazetteer import scan
from kg.extract.mode import says_video
from kg.extract.time_lines import held_on_release_day
from kg.model import Meeting, Statement

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc
    from kg.extract.sentences import Sentence

# a meeting ahead: its verb in the future, then the meeting it holds ("will hold a secure video call",
# "will meet", "are set to speak", "is scheduled to host")
ANNOUNCING = re.compile(
    r"(?i)\b(?:will|(?:is|are)\s+(?:set|scheduled|expected|going)\s+to)\s+(?:\w+\s+)?"
    r"(?:hold|have|host|meet|speak|talk|join|convene|participate|take\s+part)\b"
)
MEETING_NOUN = re.compile(
    r"(?i)\b(?:call|meeting|talks|summit|conversation|bilateral|session|conference)s?\b"
)
# a visitor's welcome ahead, which needs no meeting noun ("is looking forward to welcoming President
# X to the White House on Friday, May 21st", "will welcome Prime Minister Y")
WELCOMING = re.compile(
    r"(?i)\b(?:will|(?:is|are)\s+(?:\w+\s+){0,2}looking\s+forward\s+to|looks?\s+forward\s+to)\s+"
    r"(?:welcom(?:e|ing)|host(?:ing)?|receiv(?:e|ing))\b"
)
OPENING = 40  # sentences of a briefing read for the announcement
# the day after the briefing, in its opening ("Tomorrow, the President will …", "the summit, which kicks off
# early tomorrow morning", "an overview of the logistics for tomorrow"): a preview given the evening before
TOMORROW = re.compile(r"(?i)\btomorrow\b")
# … but not the embargo of the briefing itself ("the embargo, which is until 5:00 a.m. tomorrow", "no
# content may be published until tomorrow")
EMBARGO = re.compile(r"(?i)\b(?:embargo\w*|published|made\s+public)\b")


def _names_counterpart(doc: Doc, account: Account, text: str) -> bool:
    """Does `text` name one of the meeting's foreign participants (by surname)?"""
    for person, _ in account.participants:
        if person.country == doc.home:
            continue
        surname = person.family or person.label.split()[-1]
        if re.search(rf"\b{re.escape(surname)}\b", text):
            return True
    return False


def _names_title_state(doc: Doc, text: str) -> bool:
    """Does `text` name a foreign state the title names ("… the Official Working Visit of the
    Republic of Korea": "welcoming the Republic of Korea President … on Friday")?"""
    states = {doc.ref.iso_of(x.iri) for x in doc.title_mentions if x.kind == "country"}
    states = {iso for iso in states if doc.foreign_state(iso)}
    return bool(states) and any(
        x.kind == "country" and doc.ref.iso_of(x.iri) in states for x in scan(text, doc.ref)
    )


def announcement(doc: Doc, account: Account) -> Sentence | None:
    """The sentence of a briefing's opening announcing its planned main meeting with a day ahead of
    the briefing's, when nothing else dates the meeting (no sentence, no day in the title); failing
    one, a press call's first words of tomorrow (`_tomorrow`)."""
    if account.kind != "main" or account.status != "planned" or account.day_sentence is not None:
        return None
    if explicit_dates(doc.title, account.day) or RELATIVE.search(doc.title):
        return None
    released = told_day(doc.document)
    for sent in doc.sents[:OPENING]:
        text = sent.text
        if not (ANNOUNCING.search(text) and MEETING_NOUN.search(text)) and not WELCOMING.search(text):
            continue
        if not _names_counterpart(doc, account, text) and not _names_title_state(doc, text):
            continue
        day, i = meeting_date([text], released, True)
        if i == 0 and day > released:
            return sent
    return _tomorrow(doc)


def _tomorrow(doc: Doc) -> Sentence | None:
    """The first sentence of a press call's or gaggle's opening (before the first question) that
    speaks of tomorrow, not of the embargo, when the call was given on the release day: the meeting
    it previews is the next day's."""
    if not TRANSCRIPT.search(doc.title) or not held_on_release_day(doc.document):
        return None
    released = told_day(doc.document)
    for sent in doc.sents[:OPENING]:
        if QUESTION.search(sent.text):
            return None
        if not TOMORROW.search(sent.text):
            continue
        if not EMBARGO.search(sent.text):
            return sent
        if any(day == released for _, day in explicit_dates(sent.text, released)):
            return None  # "embargoed until tomorrow, September 13th": the call was the day before
    return None


def record_preview(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "preview": a planned meeting a briefing announces for a later day takes that day, and
    video when the announcing sentence says so."""
    sent = announcement(doc, account)
    if sent is None:
        return
    day, _ = meeting_date([sent.text], told_day(doc.document), True)
    m.date = day
    m.evidence = [st for st in m.evidence if st.field != "date"]
    m.evidence.append(Statement("date", day.isoformat(), doc.evidence(sent)))
    if m.mode != "video" and says_video(sent.text, day, True):
        m.mode = "video"
        m.evidence = [st for st in m.evidence if st.field != "mode"]
        m.evidence.append(Statement("mode", "video", doc.evidence(sent)))
