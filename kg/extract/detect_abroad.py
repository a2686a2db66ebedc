"""A leader's remarks at an occasion abroad: the hosts were met.

A transcript opens with its place line ("Grand Prince Hotel Hiroshima, Japan", "Dublin Castle Dublin,
Republic of Ireland"), then the time and the speaker. When the title has the President or Vice
President speaking at an occasion held with others ("Remarks by President Biden at the Partnership for
Global Infrastructure and Investment Meeting", "… at Banquet Dinner", "… at a Roundtable Discussion on
…", "… at … Launch Event", "… at … Reception") and the place line names a foreign state, the leader
was there with its hosts: a meeting held that day, whose counterpart is the state the place line
names (`hosts`). Not a speech, a tour, a departure or a visit to troops (not occasions), nor a place
line at home. A press conference abroad is a meeting only when its opening remarks say what the
leader did there today ("I met with …": `press_conference_abroad`), with the people those sentences
name, never those of the questions, which name leaders met elsewhere (tried in session 13: it made
meetings with leaders only talked of).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract.detect_cues import Detection

if TYPE_CHECKING:
    from kg.extract.doc import Doc
    from kg.extract.participants import Participants
    from kg.extract.sentences import Sentence

# the President's or Vice President's remarks at an occasion held with others
OCCASION = re.compile(
    r"(?i)^\s*remarks\s+by\s+(?:the\s+)?(?:vice\s+)?president\b[^|:]*?\b(?:in|at|during)\s+(?:an?\s+|the\s+)?"
    r"(?:[\w'’.()-]+\s+){0,8}?(?:meeting|roundtable|banquet|dinner|luncheon|"
    r"arrival\s+ceremony|courtesy\s+call|session|launch|reception)\b"
)
# a place line: a site and its city, state or country, no sentence ("Kantei Tokyo, Japan")
PLACE_LINE = re.compile(r"^[^.:;!?\d][^.:;!?]{2,100},\s+(?:(?:[A-Z][\w.’'-]*|of|the|and),?\s*){1,6}$")


def occasion_abroad(title: str, lead: list[Sentence]) -> Detection | None:
    """A held meeting told by the leader's remarks at an occasion (OCCASION) whose transcript opens
    with a place line; the place line is the reporting sentence (`hosts` reads its state)."""
    if not lead or "emarks" not in title[:12] or not OCCASION.search(title):
        return None
    return Detection("held", [0]) if PLACE_LINE.match(lead[0].text.strip()) else None


def hosts(doc: Doc, told: Sequence[Sentence] = ()) -> list[str]:
    """The foreign states the place line of remarks at an occasion (`occasion_abroad`) names (with
    `told`, only when the place line is the first of these sentences reporting the meeting), or of a
    press conference whose reporting sentences (`told`) tell the leader's meetings there."""
    if not doc.sents:
        return []
    if told and PRESS_CONFERENCE.search(doc.title) and any(MEETINGS_HERE.search(s.text) for s in told):
        return place_states(doc) if PLACE_LINE.match(doc.sents[0].text.strip()) else []
    if occasion_abroad(doc.title, doc.sents[:1]) is None:
        return []
    line = doc.sents[0]
    if told and told[0] is not line:
        return []
    return place_states(doc)


def place_states(doc: Doc) -> list[str]:
    """The foreign states a transcript's first sentence (its place line) names, none at an
    organization's seat."""
    line = doc.sents[0]
    here = [m for m in doc.mentions if m.start < line.end]
    if any(m.kind == "organization" for m in here):
        return []  # at an organization's seat ("Europa Building, European Council Brussels"): it hosts
    isos = [doc.ref.iso_of(m.iri) for m in here if m.kind == "country"]
    return [iso for iso in dict.fromkeys(isos) if iso and iso != doc.home]


# a leader's own press conference (not a joint one: "Remarks by President A and Prime Minister B …")
PRESS_CONFERENCE = re.compile(
    r"(?i)^\s*remarks\s+by\s+(?:the\s+)?(?:vice\s+)?president\s+[\w.’'-]+\s+(?:in|at)\s+(?:an?\s+)?"
    r"press\s+conference\b(?![^|]*\band\b)"
)
# his meetings there, no one named ("in all of my meetings here", "our meetings with the officials here")
MEETINGS_HERE = re.compile(
    r"\b(?:my|our)\s+(?:[\w-]+\s+){0,2}?(?:meetings?|talks|discussions)\s+(?:with\s+[^.;:]{0,80}?\s)?(?:here|today)\b|"
    # … or the host, by his title, with him today ("As the General Secretary and I just shared earlier today")
    r"\bthe\s+(?:[A-Z][\w-]*\s+){1,3}and\s+I\s+(?:just\s+)?(?:met|spoke|shared|agreed|announced|discussed)\b[^.;]*\btoday\b"
)
# the leader telling what he did there today, in the opening remarks: met or spoke with someone, took
# part in the summit ("I met with …", "we just finished the G20", "the General Secretary and I just …")
DID_HERE = re.compile(
    r"(?i)(?<!when\s)\b(?:I|we)(?:['’]ve|\s+have|\s+had|\s+just|\s+also|\s+then)*\s+(?:met|spoke|sat\s+down|"
    r"(?:finished|concluded|wrapped\s+up)\s+(?:the|a|our|this)\b|held\s+(?:talks|a\s+(?:[\w-]+\s+)?meeting))\b|"
    r"\band\s+I\s+(?:just\s+)?(?:met|spoke|shared|agreed|announced|discussed)\b|" + MEETINGS_HERE.pattern
)
THANKS = re.compile(r"(?i)\b(?:thank|thanks|congratulate)\b")
# a reporter's question: the opening remarks end there
QUESTION = re.compile(r"^Q\b")


@dataclass(frozen=True)
class OpeningDetection(Detection):
    """A meeting a press conference's opening remarks tell (`press_conference_abroad`): its people are
    those these sentences name (`opening_people`)."""


def press_conference_abroad(title: str, opening: list[Sentence]) -> Detection | None:
    """A held meeting told by a leader's press conference whose transcript opens with a place line
    (abroad: `hosts`' check follows in the counterparts): the opening remarks' sentences saying what
    he did there today (DID_HERE), up to the first question; never the questions, which name leaders
    met elsewhere."""
    if not opening or not PRESS_CONFERENCE.search(title) or not PLACE_LINE.match(opening[0].text.strip()):
        return None
    told: list[int] = []
    for i, s in enumerate(opening[1:], 1):
        if QUESTION.match(s.text):
            break
        if DID_HERE.search(s.text):
            told.append(i)
    return OpeningDetection("held", told) if told else None


def opening_people(
    doc: Doc, found: Detection, people: Participants, core: Sequence[Sentence]
) -> Participants:
    """The people of a meeting told by a press conference's opening (`OpeningDetection`): the speaker
    (named by the title) and those its reporting sentences name, none from the questions; other
    detections' people unchanged."""
    if not isinstance(found, OpeningDetection):
        return people
    return [
        (p, s)
        for p, s in people
        if s is None or (any(s is c for c in core) and not _thanked_only(doc, p.key, s))
    ]


def _thanked_only(doc: Doc, key: str, sentence: Sentence) -> bool:
    """Whether the sentence names the person only as thanked ("I want to thank Prime Minister X for
    hosting us"), with no meeting told between the thanks and the name."""
    named = (m.start for m in doc.found.mentions if m.key == key and sentence.start <= m.start < sentence.end)
    at = next(named, None)
    if at is None:
        return False
    before = doc.text[sentence.start : at]
    thanks = list(THANKS.finditer(before))
    return bool(thanks) and not DID_HERE.search(before[thanks[-1].end() :])


def met_in_opening(doc: Doc, found: Detection, people: Participants) -> bool:
    """Whether a press conference's opening (`OpeningDetection`) names a foreign person met there."""
    if not isinstance(found, OpeningDetection):
        return False
    if any(p.country is not None and p.country != doc.home for p, s in people if s is not None):
        return True
    # … or his meetings there, the place line naming the state (a summit's or a visit's day)
    core = [doc.sents[i] for i in found.positions]
    return any(MEETINGS_HERE.search(s.text) for s in core) and bool(place_states(doc))
