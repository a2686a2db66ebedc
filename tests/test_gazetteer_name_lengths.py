"""The gazetteer tries, at each token, only the lengths of the names that start with it and the
token after it (a table derived once per reference data): the longest name still wins, a name
added later is found, and a one-word name is found where no longer one starts."""

from __future__ import annotations

from kg.extract.gazetteer import scan
from kg.model import Entity
from kg.reference.tables import Reference


def _ref(*labels: str) -> Reference:
    ref = Reference()
    for label in labels:
        iri = "urn:test:" + label.replace(" ", "-")
        ref.entities[iri] = Entity("organization", label, label)
        ref.add_name(label, iri)
    return ref


def _found(text: str, ref: Reference) -> list[str]:
    return [text[m.start : m.end] for m in scan(text, ref)]


def test_the_longest_name_of_those_sharing_a_first_word_is_found() -> None:
    ref = _ref("Blue", "Blue Harbour Council", "Blue Harbour Council Summit", "Blue River Forum")
    text = "The Blue Harbour Council Summit and the Blue River Forum met; Blue Harbour sent word."
    assert _found(text, ref) == ["Blue Harbour Council Summit", "Blue River Forum", "Blue"]


def test_a_name_added_after_a_scan_is_found_in_the_next() -> None:
    ref = _ref("Blue", "Blue Harbour Council")
    text = "Blue Harbour sent word to the Blue Harbour Council."
    assert _found(text, ref) == ["Blue", "Blue Harbour Council"]
    ref.entities["urn:test:harbour"] = Entity("organization", "harbour", "Blue Harbour")
    ref.add_name("Blue Harbour", "urn:test:harbour")
    assert _found(text, ref) == ["Blue Harbour", "Blue Harbour Council"]
