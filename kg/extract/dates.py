"""Resolve the day a meeting took place from expressions in a sentence and the release date.

"today", "this morning", "tonight" -> the release date; "yesterday" -> the day before; "on Tuesday"
-> the latest Tuesday on or before the release date (for held meetings) or the next one (planned);
"on 12 June", "June 12, 2021", "12.06.2021" -> that date (without a year: the occurrence nearest the
release, never after it for a held meeting, never before it for a planned one);
"tomorrow", "next week" for plans. Dates in other time zones are taken as written.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from kg.extract.calendar_text import (
    DAY_MONTH,
    MONTH_DAY,
    MONTH_NAME,
    NUMERIC,
    WEEKDAYS,
    explicit_dates,
    safe_date,
)
from kg.extract.elsewhere import KINDS, Kind, elsewhere, told_elsewhere
from kg.model import Document, Meeting, Statement

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc

RELATIVE = re.compile(
    r"\b(today|tonight|this (?:morning|afternoon|evening)|earlier today|(?:the day before )?yesterday|"
    r"last night|tomorrow|"
    r"(?:on |this |last |next )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday))\b",
    re.I,
)


# a day named in words or figures (reconciliation dates a meeting by its release alone without one):
# the day patterns above, and "overnight"; a month alone ("in June", and the modal "may") names none
_OVERNIGHT = re.compile(r"(?i)\bovernight\b")


def names_a_day(text: str) -> bool:
    """Whether `text` names a day ("today", "on Tuesday", "June 3", "3 June", "12.06.2021")."""
    return any(p.search(text) for p in (RELATIVE, _OVERNIGHT, MONTH_DAY, DAY_MONTH, NUMERIC))


# a release stamped in UTC in the first hours after midnight (a nightly address published after
# midnight in Kyiv or Moscow) tells the day before: its "today" is that day
SMALL_HOURS_UTC = 3


def told_day(document: Document) -> date:
    """The day a release's "today" means: its date, or the day before for a release stamped in UTC
    before SMALL_HOURS_UTC (local stamps, such as the White House's, keep their date: a trip abroad
    makes the small hours at home a working day elsewhere)."""
    published = document.published
    if (
        published is not None
        and published.utcoffset() == timedelta(0)
        and published.date() == document.date
        and published.hour < SMALL_HOURS_UTC
    ):
        return document.date - timedelta(days=1)
    return document.date


def nearest_occurrence(d: date, released: date, planned: bool, year_given: bool) -> date | None:
    """The year a date written without one stands for: the occurrence nearest the release, in the
    past year for a held meeting (never after its release, a day of time zones aside) and in the
    coming year for a planned one. None when the nearest occurrence contradicts the status (a held
    report naming a day weeks ahead speaks of something else)."""
    if year_given:
        return d
    options = [x for x in (safe_date(d.year + k, d.month, d.day) for k in (-1, 0, 1)) if x is not None]
    nearest = min(options, key=lambda x: (abs((x - released).days), x))
    if planned:
        return nearest if nearest >= released - timedelta(days=1) else None
    return nearest if nearest <= released + timedelta(days=1) else None


def relative_date(expr: str, released: date, future: bool) -> date | None:
    """The date meant by 'today', 'yesterday', 'on Tuesday' ... relative to the release date."""
    e = expr.lower()
    if e in ("today", "tonight", "earlier today") or e.startswith("this "):
        return released
    if e in ("yesterday", "last night"):
        return released - timedelta(days=1)
    if e == "the day before yesterday":
        return released - timedelta(days=2)
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
        # "last Thursday" said on a Thursday is a week before
        return released - timedelta(days=delta or (7 if e.startswith("last ") else 0))
    return None


def meeting_date(sentences: list[str], released: date, planned: bool) -> tuple[date, int]:
    """The meeting day from its sentences (in order of relevance) and the index of the sentence used.

    Falls back to the release date (index -1) when no sentence dates it."""
    # a day ahead is the planned meeting's own; what a clause tells of another meeting or an earlier
    # time is never the meeting's day ("the results of the meeting … in Sochi on November 26", "…, who
    # completed her term of office on December 8", "preparations for the April 22-23 Leaders Summit"),
    # nor what came before when the sentence dates its own news ("spoke … today … following the DPRK's
    # missile launch on October 3"; but "the leaders met after the summit on October 3")
    base: tuple[Kind, ...] = tuple(k for k in KINDS if k != "preceding")
    for i, s in enumerate(sentences):
        clauses = elsewhere(s, planned=planned)
        kinds = (*base, "preceding") if RELATIVE.search(s) else base
        dates = [(o, d) for o, d in explicit_dates(s, released) if not told_elsewhere(clauses, o, kinds)]
        if dates:
            d = nearest_occurrence(dates[0][1], released, planned, bool(re.search(r"\b\d{4}\b", s)))
            if d is not None and (planned or d <= released + timedelta(days=1)):
                return d, i
        # "after the CIS events held yesterday": that day is the earlier event's
        m = next((r for r in RELATIVE.finditer(s) if not told_elsewhere(clauses, r.start(), kinds)), None)
        if m:
            d = relative_date(m.group(1), released, planned)
            if d:
                return d, i
    return released, -1


# a date line, alone or as a dateline ("(December 9, 2021)", "Berlin, 3 May 2023.", "NEW DELHI,
# Wednesday, May 3, 2023 -")
HEADER_DATE = re.compile(
    r"^\(?\s*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+)?(?:[A-Z][a-z]+day,?\s+)?(?:"
    + MONTH_NAME
    + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+"
    + MONTH_NAME
    + r"\s+\d{4})\s*\)?\s*[.\u2013\u2014-]?$",
    re.I,
)


def header_date(doc: Doc, released: date) -> tuple[date, int] | None:
    """A transcript's date line among its first lines ("(December 9, 2021)" under "Via
    Teleconference") or a release's dated dateline ("Berlin, 3 May 2023."), within a week before
    the release, and the index of its sentence."""
    for k, sent in enumerate(doc.sents[:4]):
        if HEADER_DATE.match(sent.text.strip()):
            found = explicit_dates(sent.text, released)
            if found and timedelta(0) <= released - found[0][1] <= timedelta(days=7):
                return found[0][1], k
    return None


# a transcript's time line ("8:25 P.M. EDT"): the time of day the remarks began, and its zone
TIME_LINE = re.compile(r"(?m)^\s*(\d{1,2}):(\d{2})\s*([AP])\.?M\.?\s+([A-Z]{2,5})\s*$")
ZONES = {"EDT": -4, "EST": -5, "CDT": -5, "CST": -6, "MDT": -6, "MST": -7, "PDT": -7, "PST": -8}


def evening_before(doc: Doc) -> bool:
    """A transcript of evening remarks published in the morning, in the same time zone (the state
    dinner at 8:25 P.M. EDT, published at 11:33 the next morning): they were given the day before."""
    published = doc.document.published
    m = TIME_LINE.search(doc.document.text[:400])
    if published is None or m is None or published.date() != doc.document.date:
        return False
    offset = published.utcoffset()
    if offset is None or m.group(4) not in ZONES or offset != timedelta(hours=ZONES[m.group(4)]):
        return False  # remarks abroad ("7:20 P.M. CEST", published in Washington time): not comparable
    hour = int(m.group(1)) % 12 + (12 if m.group(3).upper() == "P" else 0)
    # an evening's remarks published the next morning (a page may be created hours before the remarks
    # it will hold: "1:34 P.M." remarks on a page published at 11:25 that day)
    return hour >= 18 and published.hour < 12


def record_date(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "date": the day the meeting-finding steps dated it by (its sentence, the title or the
    release date); a main meeting dated by nothing but the release takes a transcript's date line."""
    day, sent = account.day, account.day_sentence
    title = doc.title
    if (
        account.kind == "main"
        and sent is None
        and not explicit_dates(title, day)
        and not RELATIVE.search(title)
    ):
        header = header_date(doc, told_day(doc.document))
        if header is not None:
            day, sent = header[0], doc.sents[header[1]]
        elif account.status == "held" and day == told_day(doc.document) and evening_before(doc):
            day = day - timedelta(days=1)
    m.date = day
    m.evidence.append(Statement("date", day.isoformat(), doc.evidence(sent)))
