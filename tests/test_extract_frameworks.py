"""Frameworks: reference names, generic '... Declaration/Agreement/Initiative' names, acronyms."""

from __future__ import annotations

from kg.extract.frameworks import find_frameworks
from kg.extract.gazetteer import scan
from kg.reference import load_reference


def _labels(text: str) -> set[str]:
    ref = load_reference()
    return {e.label for e, _, _ in find_frameworks(text, scan(text, ref), ref, set())}


def test_generic_heads_and_plural_declarations():
    found = _labels(
        "They welcomed the Zorbland and Quixote Declarations and the Northern Fisheries Initiative."
    )
    assert {"Zorbland Declaration", "Quixote Declaration", "Northern Fisheries Initiative"} <= found


def test_phrase_with_acronym_in_parentheses():
    ref = load_reference()
    text = "They discussed the Roadmap for river health in Northland for 2022-2025 (RRHN)."
    found = find_frameworks(text, scan(text, ref), ref, set())
    entity = next(e for e, _, _ in found if "RRHN" in e.alt_labels)
    assert entity.label == "Roadmap for river health in Northland for 2022-2025"


def test_excluded_entities_are_not_frameworks():
    ref = load_reference()
    text = "Cooperation with the World Health Organization within the SCO."
    mentions = scan(text, ref)
    who = next(m.iri for m in mentions if text[m.start : m.end] == "World Health Organization")
    found = {e.label for e, _, _ in find_frameworks(text, mentions, ref, {who})}
    assert "World Health Organization" not in found and any("Shanghai" in f or f == "SCO" for f in found)
