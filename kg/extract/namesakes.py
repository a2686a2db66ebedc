"""A part of the publisher's own country named like a foreign state: in a White House release on
"working families in Georgia", "Georgia state and local officials", "Atlanta, Georgia", Georgia is the
U.S. state, not the country. Its mentions as that state are dropped from the gazetteer's, unless the
release speaks of the country too (its capital, its government, its people as a nation)."""

from __future__ import annotations

import re
from functools import lru_cache

from kg.extract.gazetteer import Mention
from kg.reference.lists import reference_list
from kg.reference.tables import Reference

# by publisher's state: (the foreign state's ISO code, its name, what says the home state is meant, what
# says the foreign state is), from the reference list kg/reference/data/namesakes.toml
_NAMESAKES: dict[str, list[tuple[str, str, re.Pattern[str], re.Pattern[str]]]] = {}
for _row in reference_list("namesakes")["namesake"]:
    _NAMESAKES.setdefault(_row["home"], []).append(
        (_row["iso"], _row["name"], re.compile(_row["home_cue"]), re.compile(_row["foreign_cue"]))
    )


@lru_cache(maxsize=64)
def namesakes(text: str, title: str, home: str | None) -> frozenset[str]:
    """ISO codes of the foreign states a release of `home` names only as the part of `home` named like
    them."""
    out: set[str] = set()
    for iso, name_, home_cue, foreign_cue in _NAMESAKES.get(home or "", ()):
        if name_ in text or name_ in title:
            whole = f"{title}\n{text}"
            if home_cue.search(whole) and not foreign_cue.search(whole):
                out.add(iso)
    return frozenset(out)


def home_namesakes(
    text: str, title: str, home: str | None, mentions: list[Mention], ref: Reference
) -> list[Mention]:
    """`mentions` (of `text` or `title`) without those of a foreign state that name the part of the
    publisher's state `home` named like it."""
    isos = namesakes(text, title, home)
    return (
        [m for m in mentions if not (m.kind == "country" and ref.iso_of(m.iri) in isos)] if isos else mentions
    )


# leaders of no state: "community leaders from Georgia", "business leaders of Japan", "faith leaders"
_NOT_STATE_LEADERS = re.compile(
    r"(?i)\b(?:community|business|faith|religious|labor|labour|union|civic|civil\s+society|youth|student|"
    r"tribal|industry|corporate|local|municipal|city|county|party|opposition|indigenous|women|"
    r"philanthropic|academic|university|congressional|military|tech|thought)\s+$"
)


def leaders_of_no_state(text: str, start: int) -> bool:
    """Do the leaders named at `start` lead something else than states ("community leaders from …")?"""
    return _NOT_STATE_LEADERS.search(text, max(0, start - 30), start) is not None
