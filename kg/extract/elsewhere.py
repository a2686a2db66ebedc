"""Clauses that tell of another meeting or another time than the meeting a sentence reports.

One reader for every step that reads a day, a mode, a venue, an event or a participant from a
sentence: what lies in such a clause belongs to that other meeting or time. `elsewhere(text, day)`
returns the clauses, each a span of the sentence with its kind:

- "meeting": a clause naming another meeting ("the outcome of the meeting of the Supreme State
  Council held on November 4", "his telephone conversation with Angela Merkel on November 17");
- "earlier": a clause of what came before ("following the DPRK's missile launch on October 3",
  "agreements reached during a video conference on January 4", "the results of …", "the last
  summit", a sentence opening on "Earlier," or "Last week,");
- "ahead": a clause of what is to come ("preparations for the upcoming NATO Summit in Vilnius",
  "the virtual leaders' summit later this week");
- "dated": a clause dated to another time than the meeting's `day` ("the June 2021 summit in
  Geneva", "held in Brussels on January 10" in the report of a meeting in March, "On April 29, the
  Vice President convened …"): read only when the day is known. Without it, a clause of someone
  named ("…, who completed her term of office on December 8") is dated by any calendar date in it.

A time word after what it dates covers the clause before it ("the summit in Geneva in June 2021");
one that opens a sentence or clause covers what follows it ("In April, …", "Earlier, …").
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Literal

from kg.extract.calendar_text import (
    DAY_MONTH,
    ISO_DATE,
    MONTH_DAY,
    MONTH_YEAR,
    MONTHS,
    NUMERIC,
    SLASHED,
    explicit_dates,
)
from kg.extract.datelines import NEWS_DATELINE

Kind = Literal["meeting", "preceding", "earlier", "ahead", "dated"]
KINDS: tuple[Kind, ...] = ("meeting", "preceding", "earlier", "ahead", "dated")
# the kinds that tell of another time (not only of another event, which may be the meeting itself)
OTHER_TIME: tuple[Kind, ...] = ("earlier", "ahead", "dated")


@dataclass(frozen=True)
class Clause:
    """A span of a sentence (character offsets) telling of another meeting or time."""

    start: int
    end: int
    kind: Kind

    def holds(self, offset: int) -> bool:
        return self.start <= offset < self.end


# a clause about another meeting than the one reported: its people are not participants and its
# day is not the meeting's ("On the eve of the planned talks between U.S. President J. Biden and
# Russian President V. Putin, …", "the outcome of the meeting of the Supreme State Council held on
# November 4", "his telephone conversation with Angela Merkel on November 17", "the latest meeting of the
# Russian-French Security Cooperation Council held in Paris on November 12")
OTHER_MEETING = re.compile(
    r"(?i)\b(?:(?:eve of|ahead of|before|after|following|follow(?:ed|s|ing)? up on|follow-up (?:to|on)|"
    r"build(?:s|ing)? on|results? of|outcome of|fact of|details of|preparations? for|"
    r"(?:importance|significance|success) of|including|regarding|concerning|"
    r"informed (?:him|her|them|\w+) (?:about|of)|about (?:his|her|their)|on (?:his|her|their))\s+"
    r"(?:the\s+|their\s+|his\s+|her\s+)?(?:planned\s+|upcoming\s+|forthcoming\s+|recent\s+|latest\s+|"
    r"previous\s+)?(?:[\w'’.,-]+\s+){0,5}?(?:(?:talks|meeting|conversation|call|negotiations|summit|contacts?)\s+"
    r"(?:between|of|with)|visits?\s+(?:of|with|to))|(?:on|during|within|in|at|for) the\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talks|conversation|call|meeting|negotiations)\s+"
    r"between|(?:the|their|his|her)\s+(?:latest|previous|last)\s+(?:[\w'’.,-]+\s+){0,3}?"
    r"(?:talks|meeting|conversation|call|negotiations|summit|session)\s+(?:between|of|with))"
    r"\s+[^,;]*(?:,\s+(?:and\s+)?(?:President|Prime\s+Minister|Chancellor|King|Queen|Emir|Premier)\b"
    # … through a list of leaders ("led by Prime Minister X, President Y"), not into a clause of their own
    r"(?:(?!\b(?:held|met|hold|holds|discussed|spoke)\b)[^,;])*(?=[,;]|$)"
    r"(?:,\s*(?:Jr|Sr)\.?[^,;]*)?)*"
    # … and how that meeting was held ("Following the meeting of the Council, held via videoconference,")
    r"(?:,\s*(?:held|conducted|that\s+took\s+place|which\s+took\s+place)\b[^,;]*)?"
)

# words opening a clause of what came before the event the sentence tells, which runs to the clause's
# end: another meeting, or the meeting itself when the sentence tells of remarks after it ("said …
# following the negotiations with Olaf Scholz in Kyiv")
_PRECEDING = re.compile(
    r"(?i)\b(?:following|after|since|in\s+the\s+wake\s+of|in\s+response\s+to|further\s+to)\b"
)
# an event that is no meeting, dated by the day after it ("the devastating earthquake on September 8",
# "the elections of 12 May", "the attacks of September 11"): the day is the event's, never a meeting's
_EVENT_DAY = re.compile(
    r"(?i)\b(?:earthquakes?|floods?|flooding|attacks?|shootings?|explosions?|bombings?|crash(?:es)?|"
    r"fires?|wildfires?|storms?|hurricanes?|typhoons?|cyclones?|tragedy|tragedies|disasters?|elections?|"
    r"referendum|coup|invasion|massacre|assassination|killings?)\b(?:\s+[\w'’-]+){0,3}?\s+(?:on|of)\s+(?:the\s+)?"
)
# words opening a clause of an earlier time, which runs to the clause's end
_EARLIER_OPENS = re.compile(
    r"(?i)\b(?:"
    # what was agreed at an earlier meeting ("in accordance with agreements reached during …")
    r"(?:agreements?|arrangements?|decisions?|understandings?|accords?|agreed|reached|achieved|adopted)\s+"
    r"(?:\w+\s+){0,2}?(?:during|at|in\s+the\s+course\s+of)|"
    # "as he said earlier", "had previously agreed" (not "earlier today": the day's news)
    r"previously|earlier(?!\s+(?:today|tonight|this\s+(?:morning|afternoon|evening)))|"
    r"(?P<adjective>last|previous|recent|past)(?!\s+(?:night|evening|day|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b))\b"
)
# an event told with its own verb of being held ("Following … talks held in Moscow on February 22, …")
_HELD = re.compile(r"(?i)\b(?:held|took\s+place|conducted)\b")
_ANY_YEAR = date(2000, 1, 1)  # for whether a clause names a day at all
# the results of an earlier meeting run over commas ("the main results of the trilateral meeting of
# the leaders of Russia, Azerbaijan and Armenia in Sochi on November 26")
_RESULTS = re.compile(r"(?i)\b(?:results?|outcomes?)\s+of\b")
# a sentence opening on an earlier time ("Earlier, the Kazakh President held a meeting with …")
_OPENS_EARLIER = re.compile(
    r"(?i)(?:^|[;.]\s+)\W*(?:earlier(?!\s+(?:today|tonight|this\s+(?:morning|afternoon|evening)))|previously|"
    r"before\s+that|last\s+(?:week|month|year))\b"
)
# words opening a clause of what is to come (a place or day after them in the clause is that event's)
_AHEAD_OPENS = re.compile(
    r"(?i)\b(?:upcoming|forthcoming|next|future|(?:preparations?|plans?)\s+for|(?:ahead|in\s+advance)\s+of|"
    r"in\s+the\s+run-up\s+to|on\s+the\s+eve\s+of|(?:days?|weeks?|months?)\s+(?:left\s+)?"
    r"(?:to|until|before))\b"
)
# a time word after what it dates ("the summit later this week", "the visit to Brussels last year")
_TIME_AFTER = re.compile(
    r"(?i)\b(?:(?P<ahead>later\s+this\s+(?:week|month|year)|next\s+(?:week|month|year)|tomorrow|"
    r"on\s+the\s+following\s+day)|(?P<earlier>last\s+(?:week|month|year)|(?:a|one|two|three|\w+)\s+"
    r"(?:weeks?|months?|years?)\s+ago))\b"
)
# a relative clause about someone or something named
_RELATIVE = re.compile(r",\s+(?:who|whose|which)\b")
_MONTH_WORD = re.compile(
    r"\b(January|February|March|April|June|July|August|September|October|November|December)\b(?!\s+\d)"
)
# "May" only where it names the month ("in May"), not the modal ("leaders may")
_MAY = re.compile(r"\b(?:in|of|since|during|until|early|late|mid-)\s*(May)\b(?!\s+\d)")
_YEAR = re.compile(r"(?<![\d.,/-])\b((?:19|20)\d\d)\b(?![\d.,/-]\d)")
# how far a clause opened by an adjective ("the upcoming …", "the last …") reaches at most
WINDOW = 80


# how a meeting is held, said of the verb, not of the noun phrase before it ("discussed the upcoming
# virtual summit by phone")
_MANNER = re.compile(r"(?i)\s(?:by|via|over)\s+(?:the\s+|a\s+)?(?:tele)?(?:phone|video)")


def _clause_end(text: str, start: int, marks: str = ",;:.", reach: int | None = None) -> int:
    """Where the clause running from `start` ends: the next of `marks` (followed by a space); a
    noun phrase (`reach` given) at most `reach` characters further, before a manner adverbial."""
    pattern = re.compile(rf"[{re.escape(marks)}](?=\s|$)")
    m = pattern.search(text, start)
    end = m.start() if m else len(text)
    if reach is None:
        return end
    manner = _MANNER.search(text, start, end)
    return min(manner.start() if manner else end, start + reach)


def _clause_start(text: str, end: int, reach: int = 60) -> int:
    """Where the clause holding text[end] starts: after the last clause mark, at most `reach` back; a
    comma between two names ("in Bali, Indonesia in November 2022") is no clause mark."""
    lo = max(0, end - reach)
    marks = [
        m.end()
        for m in re.finditer(r"[,;:(.](?=\s)", text[lo:end])
        if not re.fullmatch(r",\s+[A-Z]", text[lo + m.start() : lo + m.end() + 2])
        or not re.search(r"[A-Z][\w'’.-]*$", text[: lo + m.start()])
    ]
    return lo + marks[-1] if marks else lo


def _opening(text: str, start: int) -> bool:
    """Does the time word at text[start] open its sentence or clause ("On April 29, …", "In 2021, …")?"""
    before = text[_clause_start(text, start, 40) : start]
    return (
        re.fullmatch(r"\W*(?:(?:on|in|at|by|during|the|end|beginning|of|early|late|mid-?)\s+)*", before, re.I)
        is not None
    )


_PLACE_AFTER = re.compile(r"(?:,?\s+(?:in|at)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*)+")
_PREPOSITION = re.compile(r"(?i)\b(?:in|on|of|at|during|since|by|from|until|till|to|and|through)\s+$")


def _dated(text: str, start: int, end: int) -> Clause:
    """The clause a time word at text[start:end] dates: the rest of the sentence when it opens it
    ("On April 29, …"), the clause before it when it follows a preposition ("held in Brussels on
    January 10"), else the noun phrase it qualifies ("the June 2021 summit in Geneva")."""
    if _opening(text, start):
        return Clause(start, _clause_end(text, end, ";."), "dated")
    if _PREPOSITION.search(
        text, max(0, start - 12), start
    ):  # … and a place right after it ("in May in Vienna")
        after = _PLACE_AFTER.match(text, end)
        return Clause(_clause_start(text, start), after.end() if after else end, "dated")
    return Clause(start, _clause_end(text, end), "dated")


def _other_day(d: date, day: date) -> bool:
    return abs((d - day).days) > 2  # a meeting of several days ("June 9-10") is told by its first


def _other_month(month: int, year: int | None, day: date) -> bool:
    return month != day.month or (year is not None and year != day.year)


# what every calendar word holds: a digit, or a month's name (a quick screen of a sentence)
_TIME_HINT = re.compile(
    r"\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b"
)


@lru_cache(maxsize=8192)
def time_words(text: str, day: date) -> tuple[tuple[int, int, bool], ...]:
    """The calendar words of `text` (dates, months, years) as (start, end, of another time than `day`)."""
    if not _TIME_HINT.search(text):
        return ()
    found: list[tuple[int, int, bool]] = []
    wire = NEWS_DATELINE.match(text)  # a wire's dateline dates its filing, not what the sentence tells
    for o, d in explicit_dates(text, day):
        if wire is not None and o < wire.end():
            continue
        m = next(
            (x for x in (p.match(text, o) for p in (DAY_MONTH, MONTH_DAY, NUMERIC, SLASHED, ISO_DATE)) if x),
            None,
        )
        found.append((o, m.end() if m else o + 1, _other_day(d, day)))
    taken = [(a, b) for a, b, _ in found]
    inside = lambda o: any(a <= o < b + 6 for a, b in taken)  # noqa: E731
    for m in MONTH_YEAR.finditer(text):
        if not inside(m.start()):
            month = MONTHS[m.group(1).lower().rstrip(".")]
            found.append((m.start(), m.end(), _other_month(month, int(m.group(2)), day)))
    for m in [*_MONTH_WORD.finditer(text), *_MAY.finditer(text)]:
        at = m.start(1)
        if not inside(at) and not any(a <= at < b for a, b, _ in found):
            found.append((at, m.end(1), _other_month(MONTHS[m.group(1).lower()], None, day)))
    for m in _YEAR.finditer(text):
        if not any(a <= m.start(1) < b for a, b, _ in found):
            found.append((m.start(), m.end(), int(m.group(1)) != day.year))
    return tuple(sorted(found))


@lru_cache(maxsize=8192)
def elsewhere(text: str, day: date | None = None, planned: bool = False) -> tuple[Clause, ...]:
    """The clauses of `text` that tell of another meeting or another time than the meeting reported
    on `day` (module docstring), in order of their start. For a `planned` meeting what is ahead is
    its own time: no clause is "ahead"."""
    out = [*_undated(text, planned), *_dated_clauses(text, day)]
    return tuple(sorted(out, key=lambda c: (c.start, c.end)))


@lru_cache(maxsize=8192)
def _undated(text: str, planned: bool) -> tuple[Clause, ...]:
    """The clauses of `elsewhere` that do not depend on the meeting's day (the steps ask for one
    sentence with several days: the title's, the release's)."""
    out = [Clause(m.start(), m.end(), "meeting") for m in _other_meetings(text)]
    for m in _EVENT_DAY.finditer(text):
        day = MONTH_DAY.match(text, m.end()) or DAY_MONTH.match(text, m.end())
        if day:
            out.append(Clause(m.start(), day.end(), "earlier"))
    for m in _PRECEDING.finditer(text):
        end = _clause_end(text, m.end())
        out.append(Clause(m.start(), end, "earlier" if _HELD.search(text, m.end(), end) else "preceding"))
    for m in _EARLIER_OPENS.finditer(text):  # "the last summit": the noun phrase, not what follows
        reach = WINDOW if m.group("adjective") else None
        out.append(Clause(m.start(), _clause_end(text, m.end(), reach=reach), "earlier"))
    for m in _RESULTS.finditer(text):
        end = _clause_end(text, m.end(), ";:.")
        own = _HELD.search(text, m.end(), end) or explicit_dates(text[m.end() : end], _ANY_YEAR)
        out.append(Clause(m.start(), end, "earlier" if own else "preceding"))
    for m in _OPENS_EARLIER.finditer(text):
        out.append(Clause(m.start(), _clause_end(text, m.end(), ";."), "earlier"))
    for m in _AHEAD_OPENS.finditer(text) if not planned else ():
        out.append(Clause(m.start(), _clause_end(text, m.end(), reach=WINDOW), "ahead"))
    for m in _TIME_AFTER.finditer(text):
        kind: Kind = "ahead" if m.group("ahead") else "earlier"
        if not (planned and kind == "ahead"):
            out.append(Clause(_clause_start(text, m.start(), 40), m.end(), kind))
    return tuple(out)


@lru_cache(maxsize=8192)
def _dated_clauses(text: str, day: date | None) -> tuple[Clause, ...]:
    """The clauses of `elsewhere` dated to another time than `day`."""
    if day is not None:
        return tuple(_dated(text, a, b) for a, b, other in time_words(text, day) if other)
    out = []  # "…, who completed her term of office on December 8": her day, whatever the meeting's
    for m in _RELATIVE.finditer(text):
        end = _clause_end(text, m.end())
        if explicit_dates(text[m.end() : end], _ANY_YEAR):
            out.append(Clause(m.start(), end, "dated"))
    return tuple(out)


@lru_cache(maxsize=8192)
def _other_meetings(text: str) -> tuple[re.Match[str], ...]:
    return tuple(OTHER_MEETING.finditer(text))


def told_elsewhere(clauses: Iterable[Clause], offset: int, kinds: Iterable[Kind] = KINDS) -> bool:
    """Does `offset` lie in one of `clauses` of the given kinds?"""
    wanted = set(kinds)
    return any(c.kind in wanted and c.holds(offset) for c in clauses)


# a transcript's or statement's title telling when it was given: before or after its own meeting
# ("Remarks by President Biden Before Meeting with Prime Minister Draghi", "Press Statement following
# the Talks with …"), not another meeting
OWN_MEETING_TITLE = re.compile(
    r"(?i)^\s*(?:(?:joint\s+)?(?:remarks|statements?|press\s+statements?|press\s+conference|news\s+conference)|"
    r"statements\s+for\s+the\s+press)\b[^:|]*?\s(?P<when>before|after|following|ahead\s+of)\s"
)


def title_other_meeting_spans(title: str) -> list[tuple[int, int]]:
    """`other_meeting_spans` of a title, but for the clause of OWN_MEETING_TITLE telling its own meeting."""
    own = OWN_MEETING_TITLE.match(title)
    return [(a, b) for a, b in other_meeting_spans(title) if own is None or a != own.start("when")]


def other_meeting_spans(text: str) -> list[tuple[int, int]]:
    """Character spans of the clauses of `text` about another named meeting (kind "meeting")."""
    return [(m.start(), m.end()) for m in _other_meetings(text)]


def of_other_time(text: str, day: date | None) -> bool:
    """Does the whole sentence tell of another time than `day`: it opens on an earlier time
    ("Earlier, …", "Last week, …"), or every calendar word in it names another time ("On April 29,
    the Vice President convened …" in the report of a call in August)?"""
    if _OPENS_EARLIER.match(text):
        return True
    words = time_words(text, day) if day is not None else ()
    return bool(words) and all(other for _, _, other in words)
