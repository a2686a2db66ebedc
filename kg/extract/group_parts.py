"""A group's members taking part where no sentence names its leaders next to a meeting word: the
group's leaders' statement telling that they met or were joined that day ("G7 Leaders' Statement":
"Today, we were honoured to be joined by …"), and a summit of the group the leader will attend ("will
participate on June 14 in the NATO Summit in Brussels"). Each member state takes part
(eval/CONVENTIONS.md 4, 13, 16); read by kg.extract.groups. (The statement's own leader is not added as
a participant: reconciliation would then keep the statement apart from the readout of the same call.)
"""

from __future__ import annotations

import re

from kg.extract.detect_fact import ATTEND
from kg.extract.gazetteer import Mention

# a group's leaders' statement, the group named first in the title ("G7 Leaders’ Statement", "Quad
# Leaders’ Joint Statement"; not "Statement by … on the G7 Leaders' …")
LEADERS_STATEMENT = re.compile(
    r"(?i)^\s*(?:the\s+)?\S+(?:\s+\S+){0,3}?\s+leaders['’]?\s+(?:joint\s+)?statement\b"
)
# the authors, as "we", meeting or joined that day ("we were honoured to be joined by", "we met today")
WE_MET = re.compile(
    r"(?i)\bwe\s+(?:(?:were|are)\s+(?:honou?red|pleased|glad|delighted)\s+to\s+be\s+joined\s+by|"
    r"(?:have\s+)?(?:met|gathered|convened)\s+(?:today|virtually|this\s+(?:morning|afternoon|evening|week)))\b"
)
# the leader's part in the group's summit still to come ("will participate on June 14 in the NATO Summit")
WILL_ATTEND = re.compile(ATTEND, re.I)


def authoring_groups(
    title: str, title_mentions: list[Mention], texts: list[str], groups: set[str]
) -> list[str]:
    """The groups whose leaders' statement (the title, LEADERS_STATEMENT) tells in `texts` that its authors
    met or were joined that day (WE_MET): the group named before "Leaders" in the title."""
    head = LEADERS_STATEMENT.match(title)
    if head is None or not any(WE_MET.search(t) for t in texts):
        return []
    return [m.iri for m in title_mentions if m.iri in groups and m.end <= head.end()][:1]


# a title previewing the summit ("Background Press Call Previewing Day One of the G7 Summit", "Press
# Gaggle … Ahead of the G20 Summit"): the leader's part in it, still to come
PREVIEW_TITLE = re.compile(r"(?i)\b(?:preview(?:ing|s)?|ahead\s+of)\b")


def will_attend(text: str, title: bool = False) -> bool:
    """Does a passage tell the leader's part in a summit still to come (WILL_ATTEND; a `title`, also
    PREVIEW_TITLE)?"""
    return bool(WILL_ATTEND.search(text) or (title and PREVIEW_TITLE.search(text)))
