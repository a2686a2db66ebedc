"""Proper names with a lower-case head the reference does not know ("the Quixote alliance", "the
Zorbland Shield project") and a fact sheet's paragraphs headed by a programme's name and its short
form. Texts written here."""

from __future__ import annotations

from kg.extract.frameworks import find_frameworks
from kg.extract.gazetteer import scan
from kg.reference import load_reference


def _found(text: str) -> dict[str, list[str]]:
    ref = load_reference()
    return {e.label: list(e.alt_labels) for e, _, _ in find_frameworks(text, scan(text, ref), ref, set())}


def test_a_proper_name_with_a_lower_case_head_is_a_framework():
    found = _found(
        "We mark the anniversary of the QUIXAN alliance. Zorbland will join the Harbour Shield project "
        "and the Northern Skies mission, integrating the Blue Health approach."
    )
    for name in (
        "QUIXAN alliance",
        "Harbour Shield project",
        "Northern Skies mission",
        "Blue Health approach",
    ):
        assert name in found, name


def test_an_owners_lower_case_head_is_no_name():
    found = _found("They welcomed the Alliance’s approach and the Zorbland’s mission in the region.")
    assert not [n for n in found if "approach" in n or "mission" in n]


def test_a_fact_sheets_paragraph_headed_by_a_programme_and_its_short_form_names_it():
    found = _found(
        "Democracy and Governance\n\nQuixote Transitions and Civic Renewal (QUEST): The program supports "
        "civic groups.\n\nHarbour Digital Spaces for Open Societies (Harbour): The initiative trains "
        "journalists.\n"
    )
    assert "Quixote Transitions and Civic Renewal" in found
    assert "Harbour Digital Spaces for Open Societies" in found


def test_a_heading_that_only_names_a_topic_is_no_programme():
    found = _found("Health\n\nThe leaders discussed vaccines (COVID-19): supplies are short.\n")
    assert not found


def test_a_sides_course_is_no_name():
    found = _found(
        "They praised the United States approach, the Western alliance, the Canada-Mexico alliance and "
        "the Transatlantic strategy."
    )
    assert not [n for n in found if n.split()[-1] in ("approach", "alliance", "operation", "strategy")], found
