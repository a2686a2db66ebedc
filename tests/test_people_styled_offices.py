"""Offices the reference data has no post for, named without a name ("the Crown Prince of A", "A's
General Secretary"): the person of that state the reference data styles with the title."""

from __future__ import annotations

from datetime import date

from kg.extract.gazetteer import scan
from kg.extract.people import find_in_text
from kg.reference import load_reference

ON = date(2023, 9, 10)


def _people(text: str, on: date = ON) -> dict[str, str | None]:
    ref = load_reference()
    pp = find_in_text(text, scan(text, ref), ref, on, "US")
    return {p.label: p.country for p in pp.people.values()}


def _holder(post: str, on: date = ON) -> str:
    e = load_reference().holder(f"https://w3id.org/dmkg/id/post/{post}", on)
    assert e is not None
    return e.label


def _styled(title: str, iso: str) -> str:
    """The reference person of `iso` with an alternative label "<title> <name>"."""
    ref = load_reference()
    (label,) = {
        e.label
        for e in ref.entities.values()
        if e.kind == "person"
        and e.props.get("country_iri") == ref.countries[iso]
        and any(a.startswith(title + " ") for a in e.alt_labels)
    }
    return label


def test_an_office_without_a_post_is_the_person_styled_with_it():
    prince = _styled("Crown Prince", "SA")
    for text in (
        "The President met the Crown Prince of Saudi Arabia in Jeddah.",
        "The President met the Saudi Crown Prince in Jeddah.",
    ):
        assert prince in _people(text), text


def test_a_party_general_secretary_is_not_the_states_president():
    found = _people("The President met Vietnam's General Secretary in Hanoi.")
    assert _styled("General Secretary", "VN") in found
    assert _holder("vn-head-of-state") not in found


def test_a_title_a_post_is_named_with_stays_the_posts():
    assert _holder("vn-head-of-state") in _people("The President met the President of Vietnam in Hanoi.")


def test_the_publishers_own_staff_title_names_no_styled_person():
    # a White House release: "a U.S. General" is no office of a foreign state
    found = _people("The President thanked a U.S. General in Germany.")
    assert all(country != "US" or label == _holder("us-head-of-state") for label, country in found.items())
