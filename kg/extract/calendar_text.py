"""Calendar dates as written in text: month names, "12 June", "June 12, 2021", "12.06.2021",
"02/05/2023", "2023-05-02", "September 2021". The lowest layer of reading time; kg.extract.dates
and kg.extract.elsewhere read through it."""

from __future__ import annotations

import re
from datetime import date

MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("january", "jan"),
            ("february", "feb"),
            ("march", "mar"),
            ("april", "apr"),
            ("may",),
            ("june", "jun"),
            ("july", "jul"),
            ("august", "aug"),
            ("september", "sep", "sept"),
            ("october", "oct"),
            ("november", "nov"),
            ("december", "dec"),
        ],
        start=1,
    )
    for m in names
}
WEEKDAYS = {
    d: i for i, d in enumerate(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"])
}
MONTH_NAME = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"  # noqa: E501
DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?(?:(?:\s*[-\u2013]\s*|\s+(?:and|to)\s+)\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
    + MONTH_NAME
    + r"(?:,?\s+(\d{4}))?",
    re.I,
)
NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")  # 12.06.2021: day, month, year
# 02/05/2023: day and month in the order of the writer (3 May 2023 or February 5): `explicit_dates`
# takes the reading nearest the date it reads against; 2023-05-02: year, month, day
SLASHED = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d\d)\b")
ISO_DATE = re.compile(r"\b((?:19|20)\d\d)-(\d\d)-(\d\d)\b")
# "March 29", "March 29, 2023", and a range whose year follows its last day ("March 29-30, 2023",
# "March 29 and 30, 2023", "March 31-April 2, 2023"): its first day, of that year
_RANGE_END = (
    r"(?:\s*[-\u2013]\s*|\s+(?:and|to|through)\s+)(?:"
    + MONTH_NAME.replace("(", "(?:", 1)
    + r"\s+)?\d{1,2}(?:st|nd|rd|th)?\b(?=,?\s+\d{4})"
)
MONTH_DAY = re.compile(
    MONTH_NAME + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:" + _RANGE_END + r")?(?:,?\s+(\d{4}))?", re.I
)
# a month of a year, no day: "at the end of September 2021"
_DIGIT = re.compile(r"\d")
MONTH_YEAR = re.compile(r"\b" + MONTH_NAME + r"\s+((?:19|20)\d\d)\b")


def safe_date(y: int, m: int, d: int) -> date | None:
    """The date, or None when the day does not exist (31 June)."""
    try:
        return date(y, m, d)
    except ValueError:
        return None


def explicit_dates(text: str, released: date) -> list[tuple[int, date]]:
    """(offset, date) of the calendar dates written in `text` (year from the release when missing)."""
    found: list[tuple[int, date]] = []
    if not _DIGIT.search(text):  # every pattern holds a day's number
        return found
    for m in DAY_MONTH.finditer(text):
        y = int(m.group(3)) if m.group(3) else released.year
        d = safe_date(y, MONTHS[m.group(2).lower().rstrip(".")], int(m.group(1)))
        if d:
            found.append((m.start(), d))
    for m in MONTH_DAY.finditer(text):
        y = int(m.group(3)) if m.group(3) else released.year
        d = safe_date(y, MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)))
        if d and not any(abs(o - m.start()) < 4 for o, _ in found):
            found.append((m.start(), d))
    for m in NUMERIC.finditer(text):
        d = safe_date(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            found.append((m.start(), d))
    if "/" in text:
        for m in SLASHED.finditer(text):
            a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            readings = [x for x in (safe_date(y, b, a), safe_date(y, a, b)) if x is not None]
            if readings:
                found.append((m.start(), min(readings, key=lambda x: (abs((x - released).days), x))))
    if "-" in text:
        for m in ISO_DATE.finditer(text):
            d = safe_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
            if d:
                found.append((m.start(), d))
    return sorted(found)
