"""Fact sheets that report a meeting: a fact sheet's title is a genre that most often reports no meeting
(kg.extract.detect's NOT_MEETING_TITLE), but one whose lead tells the day's or week's meeting with the
other side ("Today, the United States and the African Union renewed their partnership by signing …
between the Chairperson of the Commission and the Secretary of State", "This week, President Biden
welcomed leaders from across the region for …", "Today President Biden met with G7 leaders …") or a
summit just held ("The … Leaders Summit in Washington reaffirmed …") reports that meeting (eval/CONVENTIONS.md
2: a summit fact sheet issued after the leader attended is held). Whether the meeting had a counterpart
is the pipeline's test, as for every detection.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.dates import names_a_day
from kg.extract.detect_cues import Detection, announces

if TYPE_CHECKING:
    from kg.extract.sentences import Sentence

FACT_SHEET = re.compile(r"(?i)^\s*fact\s+sheet\b")
# the day's or week's meeting, told first in the sentence ("Today, … met with", "This week, … welcomed …
# to", "Today, … renewed … by signing … between")
TOLD_TODAY = re.compile(
    r"^(?:Today|Yesterday|Earlier\s+today|This\s+(?:morning|afternoon|evening|week))(?:\s*\([^()]{3,30}\))?,?\s+"
    r"[^.;]{0,200}?\b(?:met|spoke|welcomed|hosted|convened|gathered|(?:was|were)\s+joined\s+by|"
    r"sign(?:ed|ing)\s+[^.;]{0,120}?\bbetween)\b"
)
# a summit just held, as the sentence's subject ("The U.S.-Africa Leaders Summit in Washington, D.C.
# reaffirmed …", "The G7 Summit in Hiroshima showed …"; not "will convene")
SUMMIT_HELD = re.compile(
    r"^(?:This\s+week,?\s+|Today,?\s+)?the\s+(?:[\w.’'–-]+\s+){0,6}?Summit\b(?:\s+(?:in|at)\s+[^;]{0,40}?)?\s+"
    r"(?:reaffirmed|showed|demonstrated|brought\s+together|convened|delivered|marked|marks|produced)\b|"
    # … or the host's bringing the sides together for it ("The White House brought together 36 countries, and
    # the EU, for the Second International Counter Ransomware Initiative (CRI) Summit October 31-November 1")
    r"^[^;]{0,100}?\bbrought\s+together\s+[^;]{0,120}?\bfor\s+(?:the|a|an)\s+(?:[\w'’.()-]+\s+){0,8}?"
    r"(?:summit|dialogue|ministerial|meeting)\b",
    re.I,
)


# a standing body of the sides holding its meeting, as the sentence's subject ("The U.S.-EU Trade and
# Technology Council (TTC) held its third ministerial meeting on December 5 at …"), or officials leading
# a numbered meeting of one ("On September 28, A and B led the first meeting of the Dialogue in …")
BODY_HELD = re.compile(
    r"^(?:(?:Today|This\s+week|Yesterday|On\s+[^,;]{3,30}),?\s+)?(?:the\s+)?(?:[\w.’'&()–-]+\s+){0,8}?"
    r"(?:Council|Dialogue|Commission|Working\s+Group|Group|Task\s?Force|Committee|Forum|Mechanism)(?:\s+\([\w&-]+\))?\s+"
    r"(?:held|convened)\s+(?:its|their)\s+(?:[\w-]+\s+){0,3}?(?:meeting|session|dialogue|round)\b|"
    r"^[^;]{0,200}?\b(?:co-)?(?:led|chaired|co-chaired|convened)\s+the\s+(?:first|second|third|fourth|fifth|sixth|"
    r"seventh|eighth|ninth|tenth|inaugural|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|round)\s+of\b"
)


def fact_sheet_meeting(title: str, lead: Sequence[Sentence]) -> int | None:
    """The position of the lead sentence (of the first three) by which a fact sheet tells a meeting held
    (TOLD_TODAY, SUMMIT_HELD, BODY_HELD), or None."""
    if not FACT_SHEET.match(title):
        return None
    told = (TOLD_TODAY, SUMMIT_HELD, BODY_HELD)
    return next((i for i, s in enumerate(lead[:3]) if any(r.match(s.text) for r in told)), None)


# the day's meeting still ahead, told in the future by the publisher's leader ("Today, President Biden will
# meet with President X of Y to …", "In Germany today, President Biden will meet with G7 leaders",
# "Vice President Harris and Prime Minister X will host the … Leaders Meeting in Nassau on June 8"): the
# leader (or the publisher's government), "will", and a meeting verb; the sentence names its day
TOLD_AHEAD = re.compile(
    r"^(?:(?:Today|Tonight|Tomorrow|Later\s+today|This\s+(?:morning|afternoon|evening|week)|On\s+[^,;]{3,30}|"
    r"In\s+(?-i:[A-Z])[\w.’' -]{2,30}?\s+today)(?:\s*\([^()]{3,30}\))?,?\s+)?"
    r"(?:the\s+)?(?:President|Vice\s+President|Prime\s+Minister|Chancellor|First\s+Lady|the\s+United\s+States)\b"
    r"[^.;]{0,120}?\bwill\s+(?:(?:also|then|virtually|jointly|formally)\s+)?"
    r"(?:meet\s+(?:virtually\s+|in\s+person\s+)?with|(?:co-)?host|welcome|convene|receive|"
    r"hold\s+(?:a|an|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:meeting|summit|call|talks))\b",
    re.I,
)


AHEAD_READ = (
    6  # lead sentences of a fact sheet read for it (a quote and a paragraph of context may come first)
)


def fact_sheet_ahead(title: str, lead: Sequence[Sentence]) -> int | None:
    """The position of the lead sentence (of the first AHEAD_READ) by which a fact sheet announces its
    leader's meeting of a given day still ahead (TOLD_AHEAD: planned for that day, eval/CONVENTIONS.md 2
    and 43: a fact sheet that only says what the leader will do later that day), or None. Whether
    the meeting has a foreign counterpart is the pipeline's test ("will meet with labor leaders": none); a
    summit the leader only attends is fact_sheet_attendance's, for a fact sheet on that summit."""
    if not FACT_SHEET.match(title):
        return None
    return next(
        (i for i, s in enumerate(lead[:AHEAD_READ]) if TOLD_AHEAD.match(s.text) and names_a_day(s.text)), None
    )


# a fact sheet on a summit (its title names it: "FACT SHEET: NATO Summit: …", "Fact Sheet: … at COP27")
SUMMIT_SUBJECT = re.compile(r"(?i)\b(?:summit|COP\s?\d+|leaders['’]?\s+meeting)\b")
# … announcing the leader's attendance at it ("President Biden will participate on June 14 in the NATO
# Summit in Brussels", "On November 11, President Biden will be at COP27"): the leader, then his future part
ATTEND = r"\bwill\s+(?:participate|take\s+part|attend|be\s+at|join)\b"  # a part in a meeting still to come
ATTENDS = re.compile(
    r"^(?:On\s+[^,;]{3,30},\s+)?(?:the\s+)?(?:President|Vice\s+President|Prime\s+Minister|Chancellor)\b[^.;,]{0,40}?"
    rf"(?:{ATTEND}|\bwill\s+travel\s+to\b)[^;]{{0,80}}?"
    r"\b(?:summit|COP\s?\d+|leaders['’]?\s+meeting)\b",
    re.I,
)


# … or the leaders' meeting at it announced in its lead ("The leaders of the Quad nations … will meet on
# May 24, 2022 in Tokyo", "he will co-host the second Summit for Democracy")
LEADERS_OR_SUMMIT = re.compile(r"(?i)\b(?:leaders|summit|COP\s?\d+)\b")


# a title telling a part already taken at it ("… Initiative Launched at the Summit for Democracy")
PART_TAKEN = re.compile(
    r"(?i)\b(?:launched|announced|signed|adopted|unveiled|endorsed|agreed)\s+(?:at|during)\s+the\b"
)


def _on_a_summit(title: str) -> bool:
    """Is the release a fact sheet whose title names a summit?"""
    return bool(FACT_SHEET.match(title) and SUMMIT_SUBJECT.search(title))


def fact_sheet_on_summit(title: str) -> bool:
    """Is the release a fact sheet on a summit (its title names one)? Issued on the summit day, it is held
    only when its lead reports a part taken, else planned (eval/CONVENTIONS.md 43, 52)."""
    return _on_a_summit(title) and not PART_TAKEN.search(title)


def fact_sheet_attendance(title: str, lead: Sequence[Sentence]) -> int | None:
    """The position of the lead sentence (of the first four) by which a fact sheet on a summit announces
    the leader's attendance at it or the leaders' meeting (eval/CONVENTIONS.md 13: planned), or else
    by which any fact sheet announces its leader's meeting of the day (fact_sheet_ahead), or None."""
    if not _on_a_summit(title):
        return fact_sheet_ahead(title, lead)
    return next(
        (
            i
            for i, s in enumerate(lead[:4])
            if ATTENDS.match(s.text) or (announces(s.text) and LEADERS_OR_SUMMIT.search(s.text))
        ),
        None,
    )


BODY = 12  # sentences of a fact sheet read for a meeting told after its lead
# officials who met or talked with the other side that day, told after the verb ("A, B and C discussed
# the framework with Mexican counterparts today, after meeting with President X", "… met today with …")
MET_WITH_TODAY = re.compile(
    r"^(?![\"“*])[^;]{0,300}?\b(?:met|discussed|spoke|talked|convened)\b[^.;]{0,150}?\bwith\s+[^.;]{0,120}?\btoday\b|"
    r"^(?![\"“*])[^;]{0,300}?\b(?:met|spoke|talked)\s+today\s+with\b"
)


def fact_sheet_body_meeting(title: str, sentences: Sequence[Sentence]) -> Detection | None:
    """The held meeting a fact sheet tells after its lead, in its first BODY sentences: officials
    meeting or talking with the other side that day (MET_WITH_TODAY); None for other releases."""
    if not FACT_SHEET.match(title):
        return None
    met = [
        i for i, s in enumerate(sentences[:BODY]) if MET_WITH_TODAY.search(s.text) and not announces(s.text)
    ]
    return Detection("held", met[:1]) if met else None


def fact_sheet_body_attendance(title: str, sentences: Sequence[Sentence]) -> Detection | None:
    """The leader's attendance at the summit a fact sheet is on, announced after its lead in its first BODY
    sentences ("On November 11, President Biden will be at COP27 to …"): planned (CONVENTIONS 13)."""
    if not _on_a_summit(title):
        return None
    at = next((i for i, s in enumerate(sentences[:BODY]) if ATTENDS.match(s.text)), None)
    return Detection("planned", [at]) if at is not None else None
