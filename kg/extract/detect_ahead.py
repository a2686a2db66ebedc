"""A release about something else announcing its leader's own meeting ahead, on a given day.

A daily briefing, a statement or a speech whose title and lead tell no meeting is planned when the
podium or the leader announces the leader's own future meeting as news, with its counterpart and its
day (eval/CONVENTIONS.md 26 and 73): "the President looks forward to welcoming the President of X to
the White House on October 26", "Tomorrow, I will meet with my G7 counterparts". A meeting with no day
("I look forward to speaking with each of these leaders"), asked about in a question, or only told as
the occasion of something else stays a passing mention (13).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract.actors import states_named
from kg.extract.affiliation import Participants, other_side
from kg.extract.dates import names_a_day, told_day
from kg.extract.detect_cues import Detection
from kg.extract.doc import whole_sentences
from kg.extract.home_leaders import Leaders, home_leaders, leader_titles, spaced
from kg.extract.participants import people_in
from kg.extract.patterns import holds_any, lower_case_reads, lowered, screen_words
from kg.extract.sentences import Sentence
from kg.extract.sides import gathering_named
from kg.model import Document, Meeting
from kg.reference import Reference

if TYPE_CHECKING:
    from kg.extract.doc import Doc

# releases whose title tells no meeting but whose body may announce one: a daily briefing or gaggle,
# a statement, remarks or a speech
HOST_TITLE = re.compile(
    r"(?i)^\s*(?:(?:on-the-record\s+|background\s+)?press\s+(?:briefing|gaggle|call)|gaggle|statement|remarks)\b"
)
_LEADER = (
    r"(?:the\s+President|President\s+(?:(?-i:[A-Z])[\w’'.-]+\s+){0,2}?(?-i:[A-Z])[\w’'-]+|"
    r"the\s+Vice\s+President)"
)
# our side: the leader, alone or with a spouse or deputy as co-hosts ("the President and the First Lady
# will host …", "President Joe Biden and First Lady Dr. Biden will host …"), or the speaker
CO_HOSTS = (
    r"(?:\s+and\s+(?:the\s+)?(?:First\s+Lady|Vice\s+President|Second\s+Gentleman)"
    r"(?:\s+(?:Dr\.\s+)?(?-i:[A-Z])[\w’'-]+){0,2})?"
)
OUR_SIDE = rf"(?:{_LEADER}{CO_HOSTS}|I|we)"
# a counterpart named by office or name after the verb ("the President of Israel", "Prime Minister X",
# "my G7 counterparts")
COUNTERPART = (
    r"(?:(?:the|my|our)\s+)?(?:(?-i:[A-Z])[\w’'.-]+\s+){0,4}?"
    r"(?:(?-i:[A-Z])[\w’'-]+|counterparts|leaders|(?:prime\s+)?minister|president|chancellor|king)\b"
)
# the announcement after our side: "will host", "is looking forward to meeting with", …, or its
# auxiliary contracted onto the pronoun as transcripts of speech write it ("I’m going to meet with",
# "he’ll meet with", "we’re looking forward to welcoming"; the pronoun is our side: OUR_SIDE's I and
# we, and the podium's he or she for the President)
_AUX = r"(?:will|(?:is|are|am)\s+(?:looking\s+forward|set|scheduled|going)\s+to|looks?\s+forward\s+to)"
_SPOKEN = r"['’](?:ll|(?:m|re|s)\s+(?:looking\s+forward|set|scheduled|going)\s+to)"
_MEET = (
    r"\s+(?:(?:also|then|be)\s+)?"
    r"(?:welcom(?:e|ing)|host(?:ing)?|receiv(?:e|ing)|meet(?:ing)?\s+with|"
    r"(?:hold|have|holding|having)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?(?:meeting|call|bilateral)\s+with)\s+"
)
_WILL_MEET = _AUX + _MEET
# our side, then its own meeting ahead with the counterpart
AHEAD = re.compile(rf"(?i)\b{OUR_SIDE}\s+(?:(?:also|then|\w+ly)\s+)?{_WILL_MEET}{COUNTERPART}")


@lru_cache(maxsize=64)
def _ahead(leaders: Leaders) -> re.Pattern[str]:
    """AHEAD with our side also the publisher's leaders by a title other than President ("Prime
    Minister Narendra Modi will meet with …", "the Prime Minister will host …": home_leaders)."""
    others = tuple((t, n) for t, n in leaders if t != "President")  # (any President is _LEADER's already)
    if not others:
        return AHEAD
    named = "|".join(
        rf"{spaced(t)}\s+(?:(?-i:[A-Z])[\w’'.-]+\s+){{0,2}}?(?-i:{re.escape(n)})" for t, n in others
    )
    side = rf"(?:(?:{_LEADER}|the\s+(?:{'|'.join(leader_titles(others))})|{named}){CO_HOSTS}|I|we)"
    return re.compile(rf"(?i)\b{side}\s+(?:(?:also|then|\w+ly)\s+)?{_WILL_MEET}{COUNTERPART}")


# … in speech: the pronoun with its auxiliary contracted ("I’m going to meet with President X")
SPOKEN_AHEAD = re.compile(rf"(?i)\b(?:I|we|he|she){_SPOKEN}{_MEET}{COUNTERPART}")
# screens for AHEAD and SPOKEN_AHEAD over a whole text: their announcements, sought in the text in lower
# case (a search that skips to the announcement's first letters, where the patterns' case-blind start
# is tried at every word)
WILL_MEET = re.compile(_WILL_MEET)
SPOKEN_MEET = re.compile(_SPOKEN + _MEET)
# … and one of a sentence: the written announcement's first words
AHEAD_WORDS = screen_words(AHEAD, ("will", "set", "scheduled", "going", "look"))


def may_announce(text: str) -> bool:
    """Could AHEAD match in `text`? (False only when its announcement is nowhere in the text.)"""
    return not lower_case_reads(text) or WILL_MEET.search(lowered(text)) is not None


# … not a question, a condition or a wish
NOT_ANNOUNCED = re.compile(
    r"(?i)^\s*Q\b|\?\s*$|\b(?:if|whether|when\s+(?:he|she|I|we)|hope)\b|"
    # (the podium's "we would like to announce", a clause on the visit's programme "which would include a
    # state dinner" are no condition)
    r"(?<!\bwhich\s)\b(?:would|could)\b(?!\s+like\s+to\b)|"
    # (… nor another side's meeting reported ("Russia confirmed today that President X will meet …"); our
    # own announcement is one: "as you may have seen, we just announced that …")
    r"(?<!\bwe\s)(?<!\bwe\sjust\s)(?<!\bI\s)\b(?:confirmed|said|announced|reported|reports)\s+(?:\w+\s+){0,2}?that\b"
)
READ = 400  # sentences of a release read for the announcement
# … or, for want of a day, a near time frame (eval/CONVENTIONS.md 73: "its day or time frame"; 49 dates
# it): "next week", "later this week", "this coming weekend"
NEAR_FRAME = re.compile(r"(?i)\b(?:next|later\s+this|this\s+coming)\s+(?:week|weekend)\b")


def meeting_ahead(document: Document, ref: Reference | None = None) -> Detection | None:
    """The planned meeting a release about something else announces (AHEAD, with a day named in the
    same sentence; else SPOKEN_AHEAD as well, or a near time frame: NEAR_FRAME); None when no sentence
    announces one. Positions are those of the whole text's sentences (the analysed release's): every
    announcing sentence, of which `narrowed` keeps the one naming a foreign side (a briefing's week
    ahead announces the President's domestic events and his foreign guests alike). Our side is also
    the publisher's leaders (`_ahead`, from `ref`: none without it)."""
    if not HOST_TITLE.match(document.title):
        return None
    ahead = _ahead(home_leaders(document, ref)) if ref is not None else AHEAD
    low, odd = lowered(document.text), not lower_case_reads(document.text)  # (odd: screens say nothing)
    written = (odd or WILL_MEET.search(low) is not None) and ahead.search(document.text) is not None
    spoken = (odd or SPOKEN_MEET.search(low) is not None) and SPOKEN_AHEAD.search(document.text) is not None
    if not written and not spoken:
        return None  # (over the whole text: a sentence's match is one there, so nothing is hidden)
    sents = whole_sentences(document)[:READ]  # (split once per release)
    # the sentences announcing it with a day; else in speech's words, or with a near time frame
    told: list[int] = []
    loose: list[int] = []
    for i, s in enumerate(sents):
        plain = written and holds_any(s.text, AHEAD_WORDS) and ahead.search(s.text) is not None
        if not (plain or (spoken and SPOKEN_AHEAD.search(s.text))) or NOT_ANNOUNCED.search(s.text):
            continue
        day = names_a_day(s.text)
        if plain and day:
            told.append(i)
        elif day or NEAR_FRAME.search(s.text):
            loose.append(i)
    told = told or loose
    return Detection("planned", told, ahead=True) if told else None


# a press call or briefing (its lead is the moderator's welcome): one a planned meeting was found in
# previews it ("… Previewing the Visit of …", "… on the President's Upcoming Call with …")
PREVIEW_CALL = re.compile(
    r"(?i)^\s*(?:background\s+|on-the-record\s+)?(?:press\s+(?:call|briefing|gaggle)|briefing)\b"
)
# … whose title tells it previews a meeting ahead (any other briefing's announcement must name its day)
PREVIEWING = re.compile(r"(?i)\b(?:preview\w*|upcoming|ahead\s+of)\b")
# our side's meeting ahead in a preview's body ("President Biden will, indeed, meet with President Xi",
# "The President will then meet with President X", "Tomorrow, the President will start the day
# meeting with …", "President Biden is very much looking forward to welcoming Chancellor X")
PREVIEW_AHEAD = re.compile(
    rf"(?i)\b{OUR_SIDE}\s+(?:(?:also|then|\w+ly)\s+)?"
    r"(?:will(?:,\s*\w+,)?|(?:is|are|am)\s+(?:set|scheduled|going)\s+to|"
    r"(?:is|are|am)\s+(?:\w+\s+){0,2}?looking\s+forward\s+to|looks?\s+forward\s+to)\s+(?:(?:also|then)\s+)?"
    r"(?:welcom(?:e|ing)|host(?:ing)?|receiv(?:e|ing)|meet(?:ing)?(?:\s+with)?|"
    r"(?:speak|talk)(?:ing)?\s+(?:by\s+(?:tele)?phone\s+)?with|start\s+(?:the|his|her)\s+day\s+(?:by\s+)?meeting\s+with|do\s+(?:a|an|his|her)\s+(?:[\w-]+\s+)?bilateral|"
    r"(?:hold|have|holding|having)\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?(?:meeting|call|bilateral)\s+with)\b"
)


def judged(doc: Doc, found: Detection, main: Participants, held: bool) -> bool:
    """Is the meeting one of ours? For a meeting ahead (meeting_ahead's, or a preview's announcement
    `anchored` on), only when a foreign person, state or gathering is named in its own sentence (the
    lead of a briefing or speech on something else speaks of other things, so
    participants.has_counterpart's test of the lead says nothing of it); for any other detection,
    `held` as the pipeline judged it."""
    if not found.ahead:
        return held
    told = {doc.sents[i] for i in found.positions}
    named = {p.key for s in told for p in people_in(doc, s)}  # (named there, first named elsewhere)
    return any((s in told or p.key in named) and other_side(doc, p) for p, s in main) or designated(
        doc, [doc.sents[i] for i in found.positions]
    )


def designated(doc: Doc, told: Sequence[Sentence]) -> bool:
    """Do the sentences announcing a meeting ahead name its foreign side with no person: an office of
    a state ("meeting with the president of Angola"), or a gathering of states ("will host Pacific
    Islands Forum leaders", "looks forward to hosting the U.S.-Africa Leaders Summit")?"""
    return any(iso != doc.home for iso, _ in states_named(doc, told, visits=False)) or gathering_named(
        doc, told
    )


def foreign_told(doc: Doc, i: int) -> bool:
    """Does the whole text's sentence `i` name a foreign person, state or gathering?"""
    s = doc.sents[i]
    return any(other_side(doc, p) for p in people_in(doc, s)) or designated(doc, [s])


def narrowed(doc: Doc, found: Detection) -> Detection:
    """A meeting ahead told by several sentences (meeting_ahead's, each announcing one of the
    President's coming events): the first naming a foreign side, else the first."""
    if not found.ahead or len(found.positions) < 2:
        return found
    doc = doc.with_people(told_day(doc.document))  # (offices at the release day: who is named)
    at = next((i for i in found.positions if foreign_told(doc, i)), found.positions[0])
    return Detection("planned", [at], ahead=True)


def anchored(doc: Doc, found: Detection) -> Detection:
    """A briefing's planned meeting whose reporting sentences (the moderator's lead) name no foreign
    person: the meeting its body announces (`previewed`), read from that sentence (its counterpart,
    its day), else `found` as it is."""
    if found.status != "planned" or found.ahead or not PREVIEW_CALL.search(doc.title):
        return found
    doc = doc.with_people(told_day(doc.document))  # (offices at the release day: who is named)
    if any(other_side(doc, p) for i in found.positions for p in people_in(doc, doc.sents[i])):
        return found
    at = previewed(doc, dated=not PREVIEWING.search(doc.title))
    return found if at is None else Detection("planned", [at], ahead=True)


def previewed(doc: Doc, dated: bool) -> int | None:
    """Of a briefing's first READ sentences announcing our side's meeting (PREVIEW_AHEAD, not a
    question or a wish) with a foreign person named in the same sentence (and a day, when `dated`):
    the first naming someone the title names ("… on President Biden's Upcoming Virtual Bilateral":
    his, not the Vice President's meeting told first), else the first."""
    title = {pm.key for pm in doc.found.title_mentions}
    told = []
    for i, s in enumerate(doc.sents[:READ]):
        if "will" not in s.text and " to " not in s.text:
            continue  # (most sentences announce nothing: a cheap screen before the regex)
        if (
            not PREVIEW_AHEAD.search(s.text)
            or NOT_ANNOUNCED.search(s.text)
            or (dated and not names_a_day(s.text))
        ):
            continue
        people = people_in(doc, s)
        if any(other_side(doc, p) for p in people):
            if any(p.key in title for p in people):
                return i
            told.append(i)
    return told[0] if told else None


# the steps a plan's parties are read by: a run that skips one cannot judge them
PARTY_STEPS = ("participants", "countries and organizations", "venue and event")
# a gathering of several states named ("… Previewing the 9th Summit of Americas", "… the G7")
GATHERING_TITLE = re.compile(
    r"(?i)\b(?:summit|forum|conference|assembly|ministerial|dialogue|(?-i:G\d+|COP\d+|UNGA|APEC|ASEAN|NATO))\b"
)


def names_other_party(doc: Doc, m: Meeting, told: list[str], skip: Collection[str] = ()) -> bool:
    """Does a briefing's planned meeting name a party to be met besides the publisher's own side: a
    foreign person or state, an organization, or a gathering (its own, or one its title or the
    sentences `told` it name: "The summit will focus on …")? A preview
    naming none ("… Previewing the President's Trip": the President alone) is no planned meeting of
    ours. True for any other release (a plan's parties are judged as its detection did), and when a
    step that reads them was skipped."""
    if not PREVIEW_CALL.search(doc.title) or any(step in skip for step in PARTY_STEPS):
        return True
    if any(GATHERING_TITLE.search(t) for t in (doc.title, *told)) or any(
        x.kind in ("organization", "event") for x in doc.title_mentions
    ):
        return True
    return bool(
        m.organizations
        or m.event is not None
        or m.gatherings
        or any(doc.foreign_state(c.props.get("iso")) for c in m.countries)
        or any(doc.foreign_state(p.props.get("country")) for p in m.participants if p.kind == "person")
    )
