"""Where a release was written: the place a transcript's header names above its time stamp, the
dateline a news release opens with (or keeps in a `location` field), and the city a site (the
Akorda, 10 Downing Street) stands for. Read by kg.extract.places for venues.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import scan
from kg.model import Entity
from kg.reference.tables import Reference

TIME_STAMP = re.compile(r"^\d{1,2}:\d\d\s*[AP]\.?\s?M\.?(?:\s+[A-Z]{2,5})?$")
# a news release's dateline: the city (in capitals, or in capitals and small letters when a date or
# the agency follows), a country, the date, the agency, then a dash or a full stop: "ASTANA –",
# "XI'AN. KAZINFORM –", "DUSHANBE, March 3 (Kazinform) --", "TOKYO (Reuters) -", "MOSCOW, May 8.
# /TASS/.", "BAKU, Azerbaijan, March 3.", "ABU DHABI, 5th March, 2025 (WAM) --", "Riyadh, April 08,
# 2025, SPA --", "New Delhi, Jan 27 (PTI) Prime Minister …", "Jakarta (ANTARA) -"
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_DATE = rf"(?:{_DAY}\s+[A-Z][a-z]{{2,8}}\.?|[A-Z][a-z]{{2,8}}\.?\s+{_DAY})(?:,?\s+\d{{4}})?"
_AGENCY = r"(?:\([A-Za-z][\w .&-]*\)|/[A-Za-z]+/|[A-Z]{2,}(?:\s+[A-Z]{2,})?)"
NEWS_DATELINE = re.compile(
    r"^\s*(?:([A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2})|([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){0,2})(?=,\s+\w|\s*\())"
    rf"(?P<tail>(?:,\s+[A-Z][A-Za-z.]+(?:\s+[A-Z][A-Za-z.]+)?(?=,|\s*\())?(?:,\s+{_DATE})?(?:[,.]?\s*{_AGENCY})?)"
    r"(?:\s*(?:–|—|--?)\s*|\.\s|(?<=\))\s+(?=[A-Z]))"
)


# a news agency's paragraph recalling earlier news ("Earlier, the Kazakh President held a meeting with
# …", "Earlier it was reported that …", "As reported earlier, …"): not the release's own report
RECAP = re.compile(
    r"\s*(?:Earlier(?:,|\s+it\s+was\s+reported|\s+(?:this|last)\s+(?:week|month|year)\b)|Previously,|"
    r"As\s+(?:was\s+|it\s+was\s+)?(?:earlier\s+|previously\s+)?reported|Recall\s+that|It\s+bears\s+(?:to\s+)?remind)"
)


def recap_from(sentences: list[str]) -> int | None:
    """The index of the first sentence after the first that recalls earlier news (RECAP), if any."""
    return next((i for i, s in enumerate(sentences) if i and RECAP.match(s)), None)


def header_place(text: str, ref: Reference) -> Entity | None:
    """The place named by the short lines above a transcript's time stamp ("Oval Office", "Kantei,
    Tokyo, Japan" above "3:21 P.M. JST")."""
    lines = [ln.strip() for ln in text.split("\n", 8)[:8] if ln.strip()]
    stamp = next((k for k, ln in enumerate(lines) if TIME_STAMP.match(ln)), 0)
    for line in lines[:stamp]:
        found = [x for x in scan(line, ref) if x.kind == "place"] if len(line) <= 80 else []
        if found:
            return city_of(ref, found[0].iri)
    return None


def news_dateline(text: str, ref: Reference, location: str | None = None) -> Entity | None:
    """The known place a news release opens with ("XI'AN. KAZINFORM –", "ASTANA –", "DUSHANBE,
    March 3 (Kazinform) --"), else the place of its `location` field (a dateline kept apart)."""
    m = NEWS_DATELINE.match(text)
    if m and m.group(2) and not re.search(r"\d|[)/A-Z]$", m.group("tail")):
        m = None  # a name in capitals and small letters needs the date or the agency after it
    name = (m.group(1) or m.group(2)) if m else (location or "").split(",")[0]
    found = [x for x in scan(name, ref) if x.kind == "place"] if name else []
    return city_of(ref, found[0].iri) if found else None


def city_of(ref: Reference, iri: str) -> Entity:
    """A site (the Akorda, the White House) stands for the city containing it."""
    e = ref.entities[iri]
    up = ref.places_in.get(iri)
    if up and up in ref.entities and ref.entities[up].kind == "place":
        city = ref.entities[up]
        # keep the site's own name as an alias of the city for this meeting
        return Entity(
            "place",
            city.key,
            city.label,
            list(dict.fromkeys([*city.alt_labels])),
            city.wikidata,
            dict(city.props),
        )
    return e
