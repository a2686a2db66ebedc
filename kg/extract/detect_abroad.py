"""A leader's remarks at an occasion abroad: the hosts were met.

A transcript opens with its place line ("Grand Prince Hotel Hiroshima, Japan", "Dublin Castle Dublin,
Republic of Ireland"), then the time and the speaker. When the title has the President or Vice
President speaking at an occasion held with others ("Remarks by President Biden at the Partnership for
Global Infrastructure and Investment Meeting", "… at Banquet Dinner", "… at a Roundtable Discussion on
…", "… at … Launch Event", "… at … Reception") and the place line names a foreign state, the leader
was there with its hosts: a meeting held that day, whose counterpart is the state the place line
names (`hosts`). Not a speech, a tour, a departure or a visit to troops (not occasions), nor a place
line at home; not a press conference either, whose questions name leaders met elsewhere (the
participants step would take them: tried in session 13, it made meetings with leaders only talked of).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.detect_cues import Detection

if TYPE_CHECKING:
    from kg.extract.doc import Doc
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
    `told`, only when the place line is the first of these sentences reporting the meeting)."""
    if not doc.sents or occasion_abroad(doc.title, doc.sents[:1]) is None:
        return []
    line = doc.sents[0]
    if told and told[0] is not line:
        return []
    here = [m for m in doc.mentions if m.start < line.end]
    if any(m.kind == "organization" for m in here):
        return []  # at an organization's seat ("Europa Building, European Council Brussels"): it hosts
    isos = [doc.ref.iso_of(m.iri) for m in here if m.kind == "country"]
    return [iso for iso in dict.fromkeys(isos) if iso and iso != doc.home]
