"""Papers named by their dates (kg.extract.frameworks reads them).

The date first: "the November 9, 2020, statement" is the "statement of November 9, 2020". The dates
after the paper: "the trilateral statements ... of November 9, 2020, January 11 and November 26, 2021"
are three papers, one a date, a year carried back to the dates before it that have none ("statements
of January 11, 2021"); one paper with its subject keeps it ("the agreement on merchant shipping of
December 23, 1994"). A date of something else said in between ("statements made at his news conference
held on December 23, 2021", "agreements to be signed ... on July 16, 2022") is not a paper's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.framework_forms import DATED
from kg.extract.patterns import at_starts
from kg.model import Entity
from kg.reference.tables import fold

_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DATE = rf"(?:{_MONTH}[^\S\n]+\d{{1,2}}(?:,?[^\S\n]+\d{{4}})?|\d{{1,2}}[^\S\n]+{_MONTH}(?:[^\S\n]+\d{{4}})?)"
_PAPER = r"(?:(?:trilateral|joint|bilateral|intergovernmental)[^\S\n]+)?(?:statement|agreement|accord)s?"
# the words between a paper and its dates tell who made it or what it is on, not another event
_BETWEEN = (
    r"(?:(?!\b(?:made|held|to\s+be|will|would|shall|issued|was|were|is|are|emergency|Order|Proclamation|"
    r"conference|briefing|interview)\b)[^.;:\n]){0,100}?"
)
_PAPER_KINDS = ("statements?", "agreements?", "accords?")
DATES_AFTER = at_starts(  # (_PAPER, group 1, written out: its qualities first)
    [
        *(
            rf"{q}[^\S\n]+(?:{'|'.join(_PAPER_KINDS)})"
            for q in ("trilateral", "joint", "bilateral", "intergovernmental")
        ),
        *_PAPER_KINDS,
    ],
    rf"\b({_BETWEEN})[^\S\n](?:of|on|dated)[^\S\n]+({_DATE}(?:,?[^\S\n]+(?:and[^\S\n]+)?{_DATE})*)",
    before=None,
    group=True,
)
_PAPER_RX = re.compile(rf"\b{_PAPER}\b")
_DATE_RX = re.compile(_DATE)
_YEAR = re.compile(r"\d{4}$")


def _dates(listed: str) -> list[str]:
    """The dates of a list, each with its year ("January 11 and November 26, 2021": both of 2021)."""
    dates = [d.group().rstrip(", ") for d in _DATE_RX.finditer(listed)]
    year, out = None, []
    for d in reversed(dates):
        y = _YEAR.search(d)
        year = y.group() if y else year
        out.append(d if y or year is None else f"{d}, {year}" if d[0].isalpha() else f"{d} {year}")
    return [d for d in reversed(out) if _YEAR.search(d)]


def _number(head: str) -> list[str]:
    """A paper's head as the text gives it, then in the other number ("statements" and "statement")."""
    other = head[:-1] if head.endswith("s") else head + "s"
    return [head, other]


def dated_papers(text: str) -> Iterator[tuple[Entity, int, int]]:
    """(paper, start, end) for each paper the text names by its date."""
    for m in DATED.finditer(text):
        label = f"{m.group(3)} of {m.group(2)}"  # "statement of November 9, 2020", as a date leads no name
        yield Entity("framework", fold(label), label, []), m.start(1), m.end(1)
    for m in DATES_AFTER.finditer(text) if "20" in text or "19" in text else ():
        dates = _dates(m.group(3))
        if not dates:
            continue
        last = list(_PAPER_RX.finditer(text, m.start(), m.start(3)))[
            -1
        ]  # "agreements outlined in the statements"
        between = text[last.end() : m.start(3)]
        subject = re.fullmatch(r"[^\S\n]+(on[^\S\n]+[^,]+?)[^\S\n]+(?:of|dated)[^\S\n]+", between)
        if subject and len(dates) == 1:  # "the agreement on merchant shipping of December 23, 1994"
            label = f"{last.group()} {subject.group(1)} of {dates[0]}"
            yield Entity("framework", fold(label), label, []), last.start(), m.end()
            continue
        for d in dates:
            names = [f"{h} of {d}" for h in _number(last.group())]
            yield Entity("framework", fold(names[0]), names[0], names[1:]), last.start(), m.end()
