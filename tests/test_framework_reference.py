"""What the reference data lists as a framework: not a description the key rarely lists as one."""

from __future__ import annotations

from kg.extract.frameworks import find_frameworks
from kg.extract.gazetteer import scan
from kg.reference import load_reference


def test_humanitarian_corridors_are_an_arrangement_not_a_named_framework():
    # the key lists "humanitarian corridors" in about one in five held meetings that name them
    ref = load_reference()
    text = "The sides discussed the humanitarian corridors for civilians leaving the besieged towns."
    assert not [e for e, _, _ in find_frameworks(text, scan(text, ref), ref, set())]
