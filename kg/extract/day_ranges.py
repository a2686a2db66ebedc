"""The day of a meeting dated by a range of days ("the summit on October 30-31", "3-5 May"): one
day's session of it ("the second session", "day two", "the final day") is that day; a held report
that tells a session but not which is of its release's day when that falls in the range; else the
first day (CONVENTIONS §18: a whole summit's dates give its first day).
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.calendar_text import DAY_MONTH, MONTH_DAY, MONTHS, safe_date

# the end of a range after its first day: "-31", " and 31", " to November 2", "–2 November"
_END = re.compile(
    r"(?i)(?:st|nd|rd|th)?\s*(?:[-\u2013]|\s(?:and|to|through|till|until)\s)\s*(?:([A-Z][a-z]{2,8})\.?\s+)?(\d{1,2})(?:st|nd|rd|th)?"
    r"(?:\s+(?:of\s+)?([A-Z][a-z]{2,8}))?"
)
ORDINALS = ("first", "second", "third", "fourth", "fifth")
NUMBERS = ("one", "two", "three", "four", "five")
# one day's part of a multi-day meeting: "the second session", "session two", "day two", "the
# second day", "the final day", "the closing session"
_ORD = "|".join(ORDINALS)
_NUM = "|".join(NUMBERS)
SESSION = re.compile(
    rf"(?i)\b(?:({_ORD}|final|last|closing|concluding)\s+(?:plenary\s+|working\s+)?(?:session|day)|"
    rf"(?:session|day)\s+({_NUM}|[1-5])\b)"
)


def range_end(text: str, offset: int, first: date) -> date | None:
    """The last day of a range whose first day `first` is written at text[offset] ("October 30-31",
    "30-31 October", "March 31-April 2"), or None when the date there is a single day."""
    m = MONTH_DAY.match(text, offset)
    after = m.end(2) if m is not None else None
    if after is None:
        d = DAY_MONTH.match(text, offset)
        after = d.end(1) if d is not None else None
    tail = _END.match(text, after) if after is not None else None
    if tail is None:
        return None
    month = MONTHS.get((tail.group(1) or tail.group(3) or "").lower().rstrip("."), first.month)
    end = safe_date(first.year, month, int(tail.group(2)))
    if end is not None and end < first:
        end = safe_date(first.year + 1, month, int(tail.group(2)))
    if end is None or not timedelta(0) < end - first <= timedelta(days=10):
        return None
    return end


def session_number(texts: list[str]) -> int | None:
    """Which day of the range the texts say their session is (1-based; -1 for the last), if any."""
    for text in texts:
        m = SESSION.search(text)
        if m is None:
            continue
        word = (m.group(1) or m.group(2)).lower()
        if word in ("final", "last", "closing", "concluding"):
            return -1
        if word.isdigit():
            return int(word)
        return (ORDINALS.index(word) if word in ORDINALS else NUMBERS.index(word)) + 1
    return None


_A_SESSION = re.compile(r"(?i)\bsession\b")


def day_in_range(first: date, end: date, texts: list[str], released: date, planned: bool) -> date:
    """The day of the range [first, end] the meeting was held: the session's day the texts name,
    else (held, a session named) the release's day when within the range, else the first."""
    n = session_number(texts)
    if n is not None:
        day = end if n == -1 else first + timedelta(days=n - 1)
        if day <= end:
            return day
    if not planned and first <= released <= end and any(_A_SESSION.search(t) for t in texts):
        return released
    return first
