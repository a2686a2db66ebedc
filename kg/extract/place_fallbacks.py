"""Places that stand for a meeting's venue when its sentences name none: the place a transcript's
header names, a news agency's dateline abroad, the capital of the publisher's country for a visit
to it; and the city a site (the Akorda, the White House) stands for."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.gazetteer import scan
from kg.model import Entity
from kg.reference.tables import Reference

if TYPE_CHECKING:
    from kg.extract.doc import Doc

_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
OTHER_TIME_AFTER = re.compile(
    rf"[\s,]+(?:in|of|on)\s+(?:(?:{_MONTHS})\s+)?(?:19|20)\d\d\b|[\s,]+(?:last|next)\s+(?:year|month|week)"
)


TIME_STAMP = re.compile(r"^\d{1,2}:\d\d\s*[AP]\.?\s?M\.?(?:\s+[A-Z]{2,5})?$")
NEWS_DATELINE = re.compile(
    r"^\s*([A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){0,2})(?:,\s+[A-Z][\w ]+?)?\s*(?:\.|–|—|-)\s"
)
_PLANNED = re.compile(r"(?i)\b(?:plann\w*|upcoming|future|next|forthcoming|possible|invit\w*)\b[^.,;]{0,40}$")


def fallback_places(
    doc: Doc, texts: list[str], event: Entity | None, news: bool
) -> tuple[Entity | None, ...]:
    """Places that stand for the venue when no sentence names one: the place a transcript's header
    names; a news agency's dateline abroad; for a visit to the publisher's country ("on an official
    visit to our country", "arrived in Kazakhstan", "the ambassadors … to Ukraine"), the agency's home
    dateline or the country's capital."""
    ref, home = doc.ref, doc.home
    dateline = news_dateline(doc.document.text, ref) if news else None
    at_home = dateline is not None and home is not None and _country_of(ref, dateline) == home
    hosted = None
    if event is None and home is not None and _visit_home(texts, ref, home):
        hosted = (dateline if at_home else None) or capital(ref, home)
    # a dateline is abroad only against a known home; a publisher of unknown country may keep its
    # own: its dateline is the venue only of a visit the text places in the dateline's country
    abroad = dateline if dateline is not None and home is not None and not at_home else None
    where = _country_of(ref, dateline) if dateline is not None and home is None else None
    if event is None and where is not None and _visit_home(texts, ref, where):
        hosted = dateline
    return (header_place(doc.document.text, ref), abroad, hosted)


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


def news_dateline(text: str, ref: Reference) -> Entity | None:
    """The known place a news release opens with, in capitals ("XI'AN. KAZINFORM –", "ASTANA –")."""
    m = NEWS_DATELINE.match(text)
    found = [x for x in scan(m.group(1), ref) if x.kind == "place"] if m else []
    return city_of(ref, found[0].iri) if found else None


def capital(ref: Reference, iso: str) -> Entity | None:
    """A country's capital: the first city of the reference contained in it (the places file lists
    every national capital first)."""
    country = ref.countries.get(iso)
    iri = next((p for p, c in ref.places_in.items() if c == country), None)
    return ref.entities[iri] if iri else None


def _country_of(ref: Reference, place: Entity) -> str | None:
    iri = place.props.get("iri", "")
    for _ in range(3):  # a site's city's country
        iri = ref.places_in.get(iri, "")
        if ref.iso_of(iri):
            return ref.iso_of(iri)
    return None


def _visit_home(texts: list[str], ref: Reference, home: str) -> bool:
    """Do the texts report a visit to the publisher's country (not one planned)?"""
    country = ref.entities[ref.countries[home]]
    names = "|".join(re.escape(n) for n in ["our country", country.label, *country.alt_labels])
    cue = re.compile(
        r"\b(?:arrived in|(?:visit|trip|came) to|visiting|(?i:ambassadors?)\b[^.;]{0,60}?\bto)\s+"
        rf"(?:the\s+)?(?:{names})\b"
    )
    for t in texts:
        for m in cue.finditer(t):
            if not _PLANNED.search(t[max(0, m.start() - 60) : m.start() + 5]) and not OTHER_TIME_AFTER.match(
                t, m.end()
            ):
                return True
    return False


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
