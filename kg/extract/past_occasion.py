"""People of a past occasion a sentence recalls are not at the meeting it reports: "this year is the
40th anniversary of the first lunch hosted by Speaker X … and also attended by Y", "35 years after an
address by his father President Z". A sentence recalling a long-past occasion (an anniversary, so many
years ago or after, a year long past) has its agents of that occasion ("hosted by X", "attended by Y",
"an address by Z") and a speaker's forebear ("his father", "her late mother") blocked as participants.
"""

from __future__ import annotations

import re

# a sentence recalling a long-past occasion
PAST_OCCASION = re.compile(
    r"(?i)\b(?:\d+(?:st|nd|rd|th)|[a-z]+(?:ieth|th|st|nd|rd))\s+anniversary\b|"
    r"\b(?:\d+|[a-z]+)\s+(?:years|decades)\s+(?:ago|after|before|since|earlier)\b|"
    r"\byears\s+ago\b|\bdecades\s+ago\b|\bback\s+in\s+(?:19|20)\d\d\b|\bin\s+19\d\d\b"
)
# the agent of the past occasion, up to the end of its clause ("hosted by Speaker X —")
AGENT = re.compile(
    r"(?i)\b(?:hosted|attended|held|led|founded|given|delivered|made|signed|chaired|organized|organised|"
    r"started|begun|launched|created|established|address|speech|visit)\s+by\s+[^,;—–()]*"
)
# a speaker's forebear ("his father President X", "her late grandmother")
FOREBEAR = re.compile(
    r"(?i)\b(?:his|her|their|my|our)\s+(?:late\s+)?(?:father|mother|grandfather|grandmother|"
    r"great-grandfather|great-grandmother|predecessors?)\b,?\s*[^,;—–()]*"
)
_SCREEN = (
    "anniversar",
    "years ago",
    "years after",
    "years before",
    "years since",
    "years earlier",
    "decades",
    "back in",
    " in 19",
)


def past_occasion_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Spans (document offsets: `offset` is the sentence's start) of the people of a past occasion the
    sentence `text` recalls; none when it recalls none."""
    low = text.lower()
    if not any(w in low for w in _SCREEN):
        return []
    cue = PAST_OCCASION.search(text)
    if cue is None:
        return []
    return [(m.start() + offset, m.end() + offset) for m in [*AGENT.finditer(text), *FOREBEAR.finditer(text)]]
