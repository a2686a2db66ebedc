"""Screens for the framework forms (kg.extract.framework_forms): what a text must hold for a form to
match somewhere in it, checked before the form's own search of the whole text.

A screen is a word each match holds, or a regular expression for a piece of the form that each of its
matches holds (copied from the form, without its look-arounds and the runs of words around it): when
the text lacks it, the form matches nowhere and is not searched. Such a piece starts with a literal or
a set of characters, which the search skips to, unlike a form starting at a word boundary (tried at
every position): most releases hold no "Joint Statement with", no quoted programme, no "Vision 2030".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg.extract.framework_forms import (
    ACRONYM,
    DEFINED,
    ELLIPSIS,
    FIRST_HEADS,
    HEAD_FIRST,
    HEAD_YEAR,
    HEADING,
    JOINT_PAPER,
    LOWER_PLURAL,
    NUMBERED,
    PAIR_BODY,
    PARTNERSHIP,
    PLURAL,
    QHEAD,
    QUOTED,
    TALKS,
    YEAR_HEADS,
    YEAR_OF,
)

_PAREN_ACRONYM = re.compile(r"\([A-Z][A-Za-z0-9+&-]{1,11}\)")
_HEAD_FIRST = re.compile(FIRST_HEADS)
_JOINT_PAPER = re.compile(r"[Jj]oint[^\S\n]+(?:[Ss]tatement|[Dd]eclaration|[Cc]ommuniqu[eé])[^\S\n]+")
_PARTNERSHIP = re.compile(r"strategic\s+(?:(?:energy|cooperative)\s+)?partnership")
# (the end of a pair's name, "-Ukrainian", then the head: every branch of TALKS, and PAIR_BODY)
_TALKS = re.compile(
    r"[-–]\s?[A-Z][\w.’']*\s+(?:(?:peace|security)\s+)?(?:talks|negotiations|dialogue)"
    r"|(?:talks|negotiations)\s+(?:between|with)\s"
)
_PAIR_BODY = re.compile(
    r"[-–]\s?[A-Z][\w.’']*\s+(?:[a-z][\w-]*\s+){0,3}(?:corridor|centre|center|programme|program|consultations|"
    r"commission|committee|working group|task force|fund|initiative|mechanism|platform|council|forum|"
    r"agreement|treaty|declaration)"
)
_QHEAD = re.compile(QHEAD)
_YEAR_OF = re.compile(r"Years?[^\S\n]+of[^\S\n]+")
_HEAD_YEAR = re.compile(rf"{YEAR_HEADS}[^\S\n]+20\d\d")
_ELLIPSIS = re.compile(
    r"(?:format|agreement|initiative|process|platform|mechanism|dialogue|corridor|route|programme|program)"
    r"(?:s|es)\b"
)

# what a text needs for a form to match in it (a word or a piece each match holds, an acronym in
# parentheses)
_NEEDS: dict[re.Pattern[str], Callable[[str], object]] = {
    PLURAL: lambda t: "Declarations" in t or "Agreements" in t or "Accords" in t,
    LOWER_PLURAL: lambda t: "formats" in t or "processes" in t or "platforms" in t,
    PARTNERSHIP: lambda t: "strategic" in t and _PARTNERSHIP.search(t),
    NUMBERED: lambda t: "+" in t,
    TALKS: lambda t: ("talks" in t or "negotiations" in t or "dialogue" in t) and _TALKS.search(t),
    DEFINED: _PAREN_ACRONYM.search,
    ACRONYM: _PAREN_ACRONYM.search,
    HEADING: lambda t: "):" in t,
    HEAD_FIRST: _HEAD_FIRST.search,
    JOINT_PAPER: lambda t: "oint" in t and _JOINT_PAPER.search(t),
    PAIR_BODY: _PAIR_BODY.search,
    QUOTED: lambda t: ('"' in t or "“" in t or "«" in t) and _QHEAD.search(t),
    YEAR_OF: lambda t: "Year" in t and _YEAR_OF.search(t),
    HEAD_YEAR: lambda t: "20" in t and _HEAD_YEAR.search(t),
    ELLIPSIS: lambda t: "one" in t and _ELLIPSIS.search(t),
}


def screened(rx: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """`rx.finditer(text)`, or nothing at once when the text lacks what a match of `rx` needs."""
    need = _NEEDS.get(rx)
    return rx.finditer(text) if need is None or need(text) else iter(())
