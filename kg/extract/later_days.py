"""A planned meeting its words put after the release without giving its day ("next week", "in the
coming days", "later this month", "this week", "in early summer 2022", "in June"): its date is not
known (eval/CONVENTIONS.md 49), so it takes none rather than the release's."""

from __future__ import annotations

import re
from datetime import date

from kg.extract.calendar_text import MONTH_NAME, MONTHS

# a time ahead that names no day
_VAGUE_AHEAD = re.compile(
    r"(?i)\b(?:(?:next|coming)\s+(?:week|month|year)|in\s+the\s+(?:coming|next|following)\s+(?:few\s+)?"
    r"(?:days|weeks|months)|later\s+(?:this|in\s+the)\s+(?:week|month|year|spring|summer|fall|autumn|winter)|"
    r"this\s+(?:coming\s+)?week|(?:this|next)\s+(?:spring|summer|fall|autumn|winter)|"
    r"(?:early|mid|late)[- ]?(?:spring|summer|fall|autumn|winter)|in\s+the\s+near\s+future|"
    r"at\s+a\s+later\s+date|(?<!as\s)soon\b(?!\s+as))\b"
)
# a month or a year with no day ("in June", "in early June 2022", "in 2022"): ahead when after the release's
_MONTH_ALONE = re.compile(
    r"(?i)\bin\s+(?:(?:early|mid|late|the\s+(?:beginning|middle|end)\s+of)[- ]?\s*)?(?:"
    + MONTH_NAME
    + r"(?!\s*\d{1,2}\b)(?:,?\s+((?:19|20)\d\d))?|((?:19|20)\d\d))\b"
)


YEARS_AHEAD = 2  # how far ahead a year alone may put a planned meeting


def put_later(text: str, released: date) -> bool:
    """Does `text` place its meeting after `released` without giving its day ("will meet next week",
    "to host the summit in early summer 2022", "in June" said in April)? Reads no calendar day: the
    caller asks only of a meeting no words date."""
    if _VAGUE_AHEAD.search(text):
        return True
    for m in _MONTH_ALONE.finditer(text):
        month, year, year_alone = m.group(1), m.group(2), m.group(3)
        if year_alone is not None:
            if 0 < int(year_alone) - released.year <= YEARS_AHEAD:
                return True
            continue  # (a target year far ahead, "in 2030", is no meeting's)
        if month is None or (month == "may" and year is None):
            continue  # ("in may": the modal, not the month)
        n = MONTHS[month.lower().rstrip(".")]
        y = int(year) if year else released.year
        if (y, n) > (released.year, released.month):
            return True
    return False
