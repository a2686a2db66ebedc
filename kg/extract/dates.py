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
from kg.extract.datelines import NEWS_DATELINE
from kg.extract.day_ranges import day_in_range, range_end
from kg.extract.elsewhere import KINDS, Clause, Kind, elsewhere, told_elsewhere
from kg.extract.later_days import put_later
from kg.extract.time_lines import given_day_before
from kg.model import Document, Meeting, Statement

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc

RELATIVE = re.compile(
    r"\b(today|tonight|this (?:morning|afternoon|evening)|earlier today|(?:the day before )?yesterday|"
    r"last night|tomorrow|(?:\d|one|two|three|four|five|six)\s+days\s+ago|"
    # a day of the release's month written alone ("met on the 7th", "on the 7th of this month")
    r"on the [1-3]?\d(?:st|nd|rd|th)(?=\s*(?:[,.;)]|$|of this month|in\b|at\b|with\b|and\b))|"
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
    """The day a release's "today" means: a transcript's `date_line`; else its date, or the day
    before for a release stamped in UTC before SMALL_HOURS_UTC (local stamps, such as the White
    House's, keep their date: a trip abroad makes the small hours at home a working day elsewhere)
    or a transcript `given_day_before`."""
    if _TOLD and _TOLD[0][0] is document:
        return _TOLD[0][1]
    published = document.published
    day = date_line(document) or (
        document.date - timedelta(days=1)
        if (
            published is not None
            and published.utcoffset() == timedelta(0)
            and published.date() == document.date
            and published.hour < SMALL_HOURS_UTC
        )
        or given_day_before(document)
        else document.date
    )
    _TOLD[:] = [(document, day)]
    return day


_TOLD: list[tuple[Document, date]] = []  # the last release's, as every finder asks


def date_line(document: Document) -> date | None:
    """A transcript's date line among its first lines ("(June 14, 2021)" under "Via Teleconference"),
    within a week before the release: the day its remarks were given."""
    head = document.text[:300]
    if not _DIGIT4.search(head):
        return None
    for line in head.splitlines()[:8]:
        if HEADER_DATE.match(line.strip()):
            days = explicit_dates(line, document.date)
            if days and timedelta(0) <= document.date - days[0][1] <= timedelta(days=7):
                return days[0][1]
            return None
    return None


_DIGIT4 = re.compile(r"\d{4}")


def nearest_occurrence(d: date, released: date, planned: bool, year_given: bool) -> date | None:
    """The year a date written without one stands for: the occurrence nearest the release in the
    past year for a held meeting (never after its release, a day of time zones aside), the next one
    within PLANNED_REACH days for a planned one ("November 12" announced in January). None when no
    occurrence fits the status (a held report naming a day weeks ahead speaks of something else)."""
    if year_given:
        return d
    options = [x for x in (safe_date(d.year + k, d.month, d.day) for k in (-1, 0, 1)) if x is not None]
    if planned:
        ahead = [x for x in options if x >= released - timedelta(days=1)]
        return min(ahead) if ahead and (min(ahead) - released).days <= PLANNED_REACH else None
    nearest = min(options, key=lambda x: (abs((x - released).days), x))
    return nearest if nearest <= released + timedelta(days=1) else None


# how far ahead a planned meeting's day written without its year may lie
PLANNED_REACH = 330
# "next year" in a plan's sentence: a day written without its year is of the year after the release
_NEXT_YEAR = re.compile(r"(?i)\bnext year\b")
# the day someone told the news, not the meeting's ("will visit Moscow …, the Kremlin said on
# Tuesday", "Peskov told reporters on Tuesday", "said in a statement on Tuesday")
_TOLD_ON = re.compile(
    r"(?i)\b(?:said|says|told(?:\s+[\w-]+){0,3}|announced|reported|stated|confirmed|"
    r"statement|briefing|interview|conference)\s+$"
)


# a weekday named as no particular day ("thank you for taking time out of your Sunday", "on a Monday")
_ANY_SUCH_DAY = re.compile(r"(?i)\b(?:your|a)\s+$")


def _told_on(text: str, offset: int) -> bool:
    """Is the day at text[offset] the day the news was told ("…, the Kremlin said on Tuesday")?"""
    return _TOLD_ON.search(text, max(0, offset - 40), offset) is not None


_YEAR_WORD = re.compile(r"\b(?:19|20)\d\d\b")


def _sentence_year(text: str, d: date, released: date, planned: bool) -> tuple[date, bool]:
    """A day written without its year in a sentence naming a year next to the release's ("as part
    of the 2023 Host Year, we will convene … the week of November 12"), or a plan's "next year":
    the day of that year, and True, when it fits the meeting's status; else `d` and False."""
    years = {released.year + 1} if planned and _NEXT_YEAR.search(text) else set()
    years |= {y for y in map(int, _YEAR_WORD.findall(text)) if abs(y - released.year) <= 1}
    for y in sorted(years, reverse=not planned):  # the first ahead for a plan, the last past else
        x = safe_date(y, d.month, d.day)
        if x is not None and (
            x >= released - timedelta(days=1) if planned else x <= released + timedelta(days=1)
        ):
            return x, True
    return d, False


def _written_year(text: str, offset: int) -> bool:
    """Does the date at text[offset] carry its year ("June 12, 2021", "12.06.2021"; not "June 12")?"""
    m = MONTH_DAY.match(text, offset) or DAY_MONTH.match(text, offset)
    return m is None or m.group(3) is not None


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
    if e.endswith(" days ago"):
        n = e.split()[0]
        return released - timedelta(days=int(n) if n.isdigit() else _NUMBERS.index(n) + 1)
    if e.startswith("on the "):
        return _day_of_month(int(e[7:-2]), released, future)
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


_NUMBERS = ("one", "two", "three", "four", "five", "six")


def _day_of_month(n: int, released: date, future: bool) -> date | None:
    """Day `n` of the release's month, or of the month before (held) or after (planned) when that
    day is past the release's (a day ahead) or before it."""
    d = safe_date(released.year, released.month, n)
    if d is not None and (d <= released + timedelta(days=1) if not future else d >= released):
        return d
    first = released.replace(day=1)
    other = first - timedelta(days=1) if not future else first + timedelta(days=32)
    return safe_date(other.year, other.month, n)


# the release's own day named ("today", "this morning")
DAY_WORDS = ("today", "tonight", r"this\s+(?:morning|afternoon|evening)")
TODAY = re.compile(rf"(?i)\b(?:{'|'.join(DAY_WORDS)})\b")
# a side "was/were joined <day word> by" a guest: a meeting told in the past ("the Leaders of the G7
# were joined today by"; not a host's "we are joined today by")
JOINED_ON_DAY = rf"(?:was|were)\s+joined\s+(?:{'|'.join(DAY_WORDS)}|yesterday|virtually)\s+by"


def _today_before(text: str, offset: int, clauses: tuple[Clause, ...], kinds: tuple[Kind, ...]) -> bool:
    """Does the sentence say "today" of its own news before a calendar date at `offset` (which
    then dates something else it tells of)?"""
    m = TODAY.search(text, 0, offset)
    return m is not None and not told_elsewhere(clauses, m.start(), kinds)


def _in_dateline(text: str, offset: int) -> bool:
    """Is the day at text[offset] a wire's dateline's ("WASHINGTON, Feb 8 (Reuters) - … met on
    Friday", "CALGARY, June 17 (Yonhap) -- … talks … yesterday"): the day the news was filed?"""
    if offset > 40:
        return False
    m = NEWS_DATELINE.match(text)
    return m is not None and offset < m.end()


PAST_PLAN = timedelta(days=7)  # a plan's day this long before its release is another meeting's


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
        dates = [
            (o, d)
            for o, d in explicit_dates(s, released)
            if not told_elsewhere(clauses, o, kinds) and not (planned and _told_on(s, o))
            if not (_in_dateline(s, o) and RELATIVE.search(s, o))
        ]
        if planned and dates and is_date_line(s):
            dates = []  # a preview's date line ("Via Teleconference (May 19, 2021)") is its telling's
        if dates and not planned and _today_before(s, dates[0][0], clauses, kinds):
            return released, i  # "Sullivan today met with …, in line with their September 22 call"
        telling = False
        for o, d in dates:
            year_given = _written_year(s, o)
            if not year_given:
                d, year_given = _sentence_year(s, d, released, planned)
            d = nearest_occurrence(d, released, planned, year_given)
            end = range_end(s, o, d) if d is not None else None
            if d is not None and end is not None:  # "the second session of the summit on October 30-31"
                d = day_in_range(d, end, sentences, released, planned)
            # (a plan's title dated the release's day is the telling's: "Press Briefing … March 3, 2022")
            if planned and i == 0 and d == released and len(sentences) > 1:
                telling = True
                break
            # a plan's day long past is an earlier meeting's ("Building on the first Summit on June 14,
            # 2021, this Summit will convene …"): the sentence's next date may be the plan's
            if planned and d is not None and d < released - PAST_PLAN:
                continue
            if d is not None and (planned or d <= released + timedelta(days=1)):
                return d, i
            break
        if telling:
            continue
        # "after the CIS events held yesterday": that day is the earlier event's; a plan's "the
        # Kremlin said on Tuesday" is the day of the telling, and so is its "today" before a day
        # ahead ("joining us today on this call previewing the Chancellor's visit tomorrow")
        days = [
            (d, _told_on(s, r.start()))
            for r in RELATIVE.finditer(s)
            if not told_elsewhere(clauses, r.start(), kinds)
            if not _ANY_SUCH_DAY.search(s, max(0, r.start() - 6), r.start())
            if (d := relative_date(r.group(1), released, planned)) is not None
        ]
        # the day of the telling is never a plan's, nor a held meeting's when the sentence names
        # another ("… said on Saturday that the leaders had met on Friday")
        found = [d for d, told in days if not told] if planned or not all(t for _, t in days) else []
        found = found or [d for d, _ in days if not planned]
        if found:
            return (next((d for d in found if d > released), found[0]) if planned else found[0]), i
    return released, -1


# a date line, alone or as a dateline ("(December 9, 2021)", "Berlin, 3 May 2023.", "NEW DELHI,
# Wednesday, May 3, 2023 -"), or a summit's place and days ("Bali, Indonesia, 15-16 November 2022")
HEADER_DATE = re.compile(
    r"^\(?\s*(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2},\s+){0,2}(?:[A-Z][a-z]+day,?\s+)?(?:"
    + MONTH_NAME
    + r"\s+\d{1,2}(?:\s*[-–]\s*\d{1,2})?,?\s+\d{4}|\d{1,2}(?:\s*[-–]\s*\d{1,2})?\s+"
    + MONTH_NAME
    + r"\s+\d{4})\s*\)?\s*[.\u2013\u2014-]?$",
    re.I,
)


# a place line and a date line read as one sentence ("Via Teleconference (May 19, 2021)")
_PLACE_AND_DATE_LINE = re.compile(
    r"^[A-Z][\w'’.,-]*(?:\s+(?:[A-Z][\w'’.,-]*|of|the|and|en|route|to|a))*\s+\(\s*"
    + MONTH_NAME
    + r"\s+\d{1,2},?\s+\d{4}\s*\)$"
)


def is_date_line(sentence: str) -> bool:
    """Is the sentence a release's date line, alone or after its place line ("(December 9, 2021)",
    "Berlin, 3 May 2023.", "Via Teleconference (May 19, 2021)")?"""
    s = sentence.strip()
    return HEADER_DATE.match(s) is not None or _PLACE_AND_DATE_LINE.match(s) is not None


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


# a trip's day in a travel readout's opening ("… and a delegation traveled to Guatemala on November 27
# to meet with …", "visited New Delhi June 13-14", "led an interagency delegation to Panama"): the day of
# the meetings it goes on to tell
_TRAVELED = re.compile(
    r"(?i)\b(?:(?:travell?ed|travel|arrived|flew)\s+(?:to|in)|visited|"
    r"(?:led|headed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}?delegations?\s+to)\b"
)
TRIP_OPENING = 2  # sentences of a release read for it
TRIP_REACH = 7  # days before the release a trip's day may lie


def trip_day(doc: Doc, released: date) -> tuple[date, int] | None:
    """The day a held release's opening says its officials traveled to where they met, within
    TRIP_REACH days before the release, and the index of its sentence. A trip of several days
    ("traveled to Japan November 15-17", "visited Saudi Arabia April 13 and 14") whose meetings the
    release gives no day of is dated by its first day (CONVENTIONS 3, 18)."""
    for k, sent in enumerate(doc.sents[:TRIP_OPENING]):
        text = sent.text
        if not _TRAVELED.search(text):
            continue
        ranges = [(o, d) for o, d in explicit_dates(text, released) if range_end(text, o, d) is not None]
        first = (
            nearest_occurrence(ranges[0][1], released, False, _written_year(text, ranges[0][0]))
            if ranges
            else None
        )
        day, i = (first, 0) if first is not None else meeting_date([text], released, False)
        if i == 0 and timedelta(0) <= released - day <= timedelta(days=TRIP_REACH):
            return day, k
    return None


def record_date(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "date": the day the meeting-finding steps dated it by (its sentence, the title or the
    release date); a held main meeting dated by nothing but the release takes a transcript's date
    line (a preview's is the day it was given, not the plan's)."""
    day, sent = account.day, account.day_sentence
    title = doc.title
    if (
        account.kind == "main"
        and sent is None
        and not explicit_dates(title, day)
        and not RELATIVE.search(title)
    ):
        header = header_date(doc, told_day(doc.document)) if account.status == "held" else None
        header = header or (trip_day(doc, told_day(doc.document)) if account.status == "held" else None)
        if header is not None:
            day, sent = header[0], doc.sents[header[1]]
        elif account.status == "planned":
            day = doc.document.date  # a plan no words date: its release's date, whenever it was told
    if account.status == "planned" and sent is None and _put_later(doc, account, title):
        m.date = None  # a plan put later with no day given ("next week"): no day (CONVENTIONS 49)
        return
    m.date = day
    m.evidence.append(Statement("date", day.isoformat(), doc.evidence(sent)))


def _put_later(doc: Doc, account: Account, title: str) -> bool:
    """Do the title or the planned meeting's own sentences put it after the release with no day?"""
    released = doc.document.date
    if explicit_dates(title, released) or RELATIVE.search(title):
        return False
    return any(put_later(t, released) for t in (title, *(s.text for s in account.sentences)))
