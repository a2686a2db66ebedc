"""Events a meeting refers to: a summit or conference of the reference data named in the meeting's
part that is not the meeting's own gathering ("the NATO Summit in Madrid", "COP26", "the East Asia
Summit" in a readout of a call) is a framework (CONVENTIONS 21f). Not the meeting's event, nor
another edition of its series ("the 2023 G7 Summit" at the 2022 one), nor the gathering where the
meeting was held, nor a sporting event, nor one a framework already names."""

from __future__ import annotations

import re

from kg.extract.gazetteer import Mention
from kg.extract.patterns import at_starts
from kg.model import Entity
from kg.reference.tables import Reference, fold

SPORT = re.compile(r"\b(?:Olympic|Olympics|Games|World Cup|Championships?)\b")
# a session of a body ("CIS Heads of State Council", "European Council meeting"): the body is what a
# meeting refers to (CONVENTIONS 21f), and the rules read it when the text names it
SESSION = re.compile(r"\b(?:Council|Commission|Committee|[Mm]eeting)\b")
# the gathering the speaker is at, wherever the meeting's part names it: "this historic NATO Summit",
# "here together at the Munich Security Conference"
_HERE_AT = r"ere(?:\s+together)?\s+at\s+the"
HERE = at_starts(
    ["This", "this", f"H{_HERE_AT}", f"h{_HERE_AT}"],
    r"\s+(?:[a-z]+\s+){0,2}((?:[A-Z0-9][\w.’'-]*\s+){1,6}(?:Summit|Conference|Forum))\b",
    before=None,
)


def own_gathering(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Where text[start:end] names the gathering its speaker is at ("this NATO Summit")."""
    return [(start + x.start(1), start + x.end(1)) for x in HERE.finditer(text[start:end])]


def series_of(ref: Reference, iri: str) -> str:
    """The recurring event an edition belongs to (the event itself when it is no edition)."""
    return next((s for s, eds in ref.editions.items() if any(ed.iri == iri for ed in eds)), iri)


def _words(name: str) -> frozenset[str]:
    return frozenset(w for w in re.findall(r"[^\W_]+", fold(name)) if w not in ("the", "of", "s"))


def referenced_events(
    ref: Reference,
    mentions: list[Mention],
    exclude: set[str],
    event: Entity | None,
    setting: list[tuple[int, int]],
    named: list[Entity],
) -> list[tuple[Entity, int]]:
    """(event as a framework, where named) for each reference event the mentions name that the
    meeting refers to; `exclude` holds IRIs to skip, `event` is the meeting's own, `named` the
    frameworks found already."""
    own = series_of(ref, event.props["iri"]) if event is not None and "iri" in event.props else None
    own_words = _words(" ".join([event.label, *event.alt_labels])) if event is not None else frozenset()
    taken = [_words(n) for fw in named for n in (fw.label, *fw.alt_labels)]
    out: dict[str, tuple[Entity, int]] = {}
    for x in mentions:
        if x.kind != "event" or x.iri in out or x.iri in exclude or any(a <= x.start < b for a, b in setting):
            continue
        e = ref.entities[x.iri]
        if (
            SPORT.search(e.label)
            or SESSION.search(e.label)
            or (own is not None and series_of(ref, x.iri) == own)
        ):
            continue
        names = [_words(n) for n in (e.label, *e.alt_labels)]
        if own_words and any(w and w <= own_words for w in names):
            continue  # a name of the meeting's own gathering the reference calls apart
        if any(w and t and (w <= t or t <= w) and len(min(w, t, key=len)) >= 2 for w in names for t in taken):
            continue  # named by a framework found already ("NATO Summit in Madrid")
        if any(w and w == t for w in names for t in taken):
            continue
        fw = e.as_kind("framework")
        out[x.iri] = (fw, x.start)
    # a series named beside one of its editions ("the UN Climate Change Conference, COP27") is that one
    of_editions = {series_of(ref, iri) for iri in out if series_of(ref, iri) != iri}
    return [v for iri, v in out.items() if iri not in of_editions]
