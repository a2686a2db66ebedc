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

from kg.extract.detect import other_meeting_spans
from kg.extract.events import AHEAD
from kg.model import Document, Meeting, Statement

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
NUMERIC = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.((?:19|20)\d\d)\b")  # 12.06.2021: day, month, year
MONTH_DAY = re.compile(_MONTH + r"\s+(\d{1,2})(?:st|nd|rd|th)?\b(?:,?\s+(\d{4}))?", re.I)
# a month of a year, no day: "at the end of September 2021"
MONTH_YEAR = re.compile(r"\b" + _MONTH + r"\s+((?:19|20)\d\d)\b")
RELATIVE = re.compile(
    r"\b(today|tonight|this (?:morning|afternoon|evening)|earlier today|yesterday|last night|tomorrow|"
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
    for m in NUMERIC.finditer(text):
        d = _safe(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d:
            found.append((m.start(), d))
    return sorted(found)


def nearest_occurrence(d: date, released: date, planned: bool, year_given: bool) -> date | None:
    """The year a date written without one stands for: the occurrence nearest the release, in the
    past year for a held meeting (never after its release, a day of time zones aside) and in the
    coming year for a planned one. None when the nearest occurrence contradicts the status (a held
    report naming a day weeks ahead speaks of something else)."""
    if year_given:
        return d
    options = [x for x in (_safe(d.year + k, d.month, d.day) for k in (-1, 0, 1)) if x is not None]
    nearest = min(options, key=lambda x: (abs((x - released).days), x))
    if planned:
        return nearest if nearest >= released - timedelta(days=1) else None
    return nearest if nearest <= released + timedelta(days=1) else None


# a clause dating an earlier event, not the meeting the sentence dates by "today" or "yesterday"
EARLIER_EVENT = re.compile(
    r"(?i)\b(?:following|after|since|in\s+the\s+wake\s+of|in\s+response\s+to)\b[^,;:]*$"
)

# a relative clause about someone or something named, whose days are not the meeting's
RELATIVE_CLAUSE = re.compile(r",\s+(?:who|whose|which)\b[^,;:]*$")

# what was agreed at an earlier meeting ("in accordance with agreements reached during a video
# conference on January 4"): that meeting's day and mode are not the one reported
AGREED_AT = re.compile(
    r"(?i)\b(?:agreements?|arrangements?|decisions?|understandings?|accords?|agreed|reached|achieved|adopted)\s+"
    r"(?:\w+\s+){0,2}?(?:during|at|in\s+the\s+course\s+of)\b[^,;:]*$"
)


# what another meeting's day is written after: the results of an earlier one ("informed him about the
# main results of the trilateral meeting of the leaders of Russia, Azerbaijan and Armenia in Sochi on
# November 26"), or an opening clause about talks held before ("Following … talks held in Moscow on
# February 22, the presidents shared opinions in a telephone conversation")
OTHER_DAY = re.compile(
    r"(?i)\b(?:results?|outcomes?)\s+of\b[^;:]*$|^\W*(?:following|after|further\s+to)\b[^,;:]*\b(?:held|took\s+place)\b[^,;:]*$"
)


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
        other = other_meeting_spans(s)  # "the outcome of the meeting … held on November 4"
        dates = [(o, d) for o, d in explicit_dates(s, released) if not any(a <= o < b for a, b in other)]
        if RELATIVE.search(s):  # "spoke today … following the DPRK's missile launch on October 3"
            dates = [(o, d) for o, d in dates if not EARLIER_EVENT.search(s[:o])]
        # "… with Angela Merkel, who completed her term of office on December 8": her day, not the call's
        dates = [
            (o, d)
            for o, d in dates
            if not RELATIVE_CLAUSE.search(s[:o])
            and not AGREED_AT.search(s[:o])
            and not OTHER_DAY.search(s[:o])
        ]
        if not planned:  # "spoke … regarding preparations for the April 22-23 Leaders Summit": a day ahead
            dates = [(o, d) for o, d in dates if not (d > released and AHEAD.search(s, max(0, o - 80), o))]
        if dates:
            d = nearest_occurrence(dates[0][1], released, planned, bool(re.search(r"\b\d{4}\b", s)))
            if d is not None and (planned or d <= released + timedelta(days=1)):
                return d, i
        # "after the CIS events held yesterday": that day is the earlier event's
        m = next((r for r in RELATIVE.finditer(s) if not EARLIER_EVENT.search(s[: r.start()])), None)
        if m:
            d = relative_date(m.group(1), released, planned)
            if d:
                return d, i
    return released, -1


HEADER_DATE = re.compile(
    r"^\(?\s*(?:" + _MONTH + r"\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+" + _MONTH + r"\s+\d{4})\s*\)?$", re.I
)


def header_date(doc: Doc, released: date) -> tuple[date, int] | None:
    """A transcript's date line among its first lines ("(December 9, 2021)" under "Via
    Teleconference"), within a week before the release, and the index of its sentence."""
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
