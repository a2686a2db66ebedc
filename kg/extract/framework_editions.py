"""A summit series named without its edition, and its city, is that edition (CONVENTIONS 21f).

A readout says "to review preparations for the NATO Summit to be held in Vilnius": the framework rules
(kg.extract.frameworks) read the series' name, but the summit referred to is the edition held in the
city the meeting's part names, near the meeting's date ("2023 NATO Vilnius Summit" for a call a week
before it). Step "summit editions" puts that edition of the reference data in the series' place; a
series named with no edition's city stays as it is, and the meeting's own summit is left alone.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.doc import Account, Doc
from kg.model import Entity, Meeting, Statement
from kg.reference.tables import Reference, fold

# how far from the meeting's day an edition is the one a series' name means
AHEAD = timedelta(days=180)
BEHIND = timedelta(days=30)


def record_editions(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "summit editions": each framework naming a summit series only becomes the series'
    edition held in a city the meeting's part names, nearest after the meeting's day (within
    BEHIND .. AHEAD), its evidence kept."""
    if m.date is None:
        return
    places = {x.iri for x in doc.mentions if x.kind == "place" and account.start <= x.start < account.end}
    own = m.event.props.get("iri") if m.event is not None else None
    names = _series_names(doc.ref)
    for i, fw in enumerate(m.frameworks):
        series = (
            fw.props.get("iri") if fw.props.get("iri") in doc.ref.editions else names.get(_words(fw.label))
        )
        edition = current_edition(doc.ref, series, m.date, places) if series else None
        if edition is None or edition.props.get("iri") == own or any(f == edition for f in m.frameworks):
            continue
        # (the name the release gives it stays one of its names: "the Eastern Partnership Summit")
        labels = [*edition.alt_labels, *([fw.label] if fw.label not in edition.alt_labels else [])]
        new = Entity("framework", edition.key, edition.label, labels, edition.wikidata, dict(edition.props))
        m.frameworks[i] = new
        m.evidence = [
            Statement(st.field, new, st.evidence) if st.field == "framework" and st.value is fw else st
            for st in m.evidence
        ]


def current_edition(ref: Reference, series: str, on: date, places: set[str]) -> Entity | None:
    """The edition of a series held at one of `places` that a release of day `on` means by the
    series' name: the first one starting at most BEHIND before and AHEAD after that day; None when
    none is that near."""
    near = sorted(
        (ed.start, ed.iri)
        for ed in ref.editions.get(series, ())
        if on - BEHIND <= ed.start <= on + AHEAD and ref.event_places.get(ed.iri) in places
    )
    return ref.entities.get(near[0][1]) if near else None


def _series_names(ref: Reference) -> dict[frozenset[str], str]:
    """The words of each name of a series with dated editions -> the series' IRI (once per reference)."""
    return ref.derived("series names", _build_series_names)


def _build_series_names(ref: Reference) -> dict[frozenset[str], str]:
    out: dict[frozenset[str], str] = {}
    for iri in ref.editions:
        e = ref.entities.get(iri)
        for name in (e.label, *e.alt_labels) if e is not None else ():
            if words := _words(name):
                out.setdefault(words, iri)
    return out


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[^\W_]+", fold(name)) if w not in ("the", "of", "s"))
