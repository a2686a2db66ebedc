"""Resolve the day a meeting took place from expressions in a sentence and the release date.

"today", "this morning", "tonight" -> the release date; "yesterday" -> the day before; "on Tuesday"
-> the latest Tuesday on or before the release date (for held meetings) or the next one (planned);
"on 12 June", "June 12, 2021", "12.06.2021" -> that date (year from the release when missing);
"tomorrow", "next week" for plans. Dates in other time zones are taken as written.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from kg.model import Meeting, Statement

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc

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
_MONTH = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"  # noqa: E501
DAY_MONTH = re.compile(
    r"\b(\d{1,2})(?:st|nd|rd|th)?(?:\s*[-\u2013]\s*\d{1,2}(?:st|nd|rd|th)?)?\s+(?:of\s+)?"
    + _MONTH
    + r"(?:,?\s+(\d{4}))?",
    re.I,
)
MONTH_DAY = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", re.I)
RELATIVE = re.compile(
    r"\b(today|tonight|this (?:morning|afternoon|evening)|earlier today|yesterday|last night|tomorrow|"
    r"(?:on |this |last |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.I,
)


def _safe(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def explicit_dates(text: str, released: date) -> list[tuple[int, date]]:
    """(offset, date) of the calendar dates written in `text` (year from the release when missing)."""
    found: list[tuple[int, date]] = []
    for m in DAY_MONTH.finditer(text):
        y = int(m.group(3)) if m.group(3) else released.year
        d = _safe(y, MONTHS[m.group(2).lower().rstrip(".")], int(m.group(1)))
        if d:
            found.append((m.start(), d))
    for m in MONTH_DAY.finditer(text):
        y = int(m.group(3)) if m.group(3) else released.year
        d = _safe(y, MONTHS[m.group(1).lower().rstrip(".")], int(m.group(2)))
        if d and not any(abs(o - m.start()) < 4 for o, _ in found):
            found.append((m.start(), d))
    # a date without year far after the release in a held report belongs to the previous year
    return sorted(found)


def relative_date(expr: str, released: date, future: bool) -> date | None:
    """The date meant by 'today', 'yesterday', 'on Tuesday' ... relative to the release date."""
    e = expr.lower()
    if e in ("today", "tonight", "earlier today") or e.startswith("this "):
        return released
    if e in ("yesterday", "last night"):
        return released - timedelta(days=1)
    if e == "tomorrow":
        return released + timedelta(days=1)
    word = e.split()[-1]
    if word in WEEKDAYS:
        delta = (released.weekday() - WEEKDAYS[word]) % 7
        if future or e.startswith("next "):
            ahead = (WEEKDAYS[word] - released.weekday()) % 7
            if e.startswith("next "):
                ahead = ahead or 7
            return released + timedelta(days=ahead)
        return released - timedelta(days=delta)
    return None


def meeting_date(sentences: list[str], released: date, planned: bool) -> tuple[date, int]:
    """The meeting day from its sentences (in order of relevance) and the index of the sentence used.

    Falls back to the release date (index -1) when no sentence dates it."""
    for i, s in enumerate(sentences):
        dates = explicit_dates(s, released)
        if dates:
            d = dates[0][1]
            if not planned and d > released and not re.search(r"\b\d{4}\b", s):
                d = _safe(d.year - 1, d.month, d.day) or d  # 29 February has no previous year
            if planned or d <= released + timedelta(days=1):
                return d, i
        m = RELATIVE.search(s)
        if m:
            d = relative_date(m.group(1), released, planned)
            if d:
                return d, i
    return released, -1


def record_date(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "date": the day the meeting-finding steps dated it by (its sentence, the title or the
    release date)."""
    m.date = account.day
    m.evidence.append(Statement("date", account.day.isoformat(), doc.evidence(account.day_sentence)))
