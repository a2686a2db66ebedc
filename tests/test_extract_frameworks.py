"""Frameworks: reference names, generic '... Declaration/Agreement/Initiative' names, acronyms."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.frameworks import find_frameworks
from kg.extract.gazetteer import scan
from kg.model import Document
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


def test_a_group_is_a_framework_only_when_it_is_a_group_of_officials():
    found = _labels("They discussed the Nuclear Suppliers Group and a deal with the Zorbland Hope Group.")
    assert "Nuclear Suppliers Group" in found and "Zorbland Hope Group" not in found


def _meeting(title: str, text: str):
    doc = Document("whitehouse", "x.md", title, text, date(2022, 6, 1), publisher="The White House")
    (meeting,) = extract(doc).meetings
    return meeting


def test_bodies_of_a_participating_organization_and_own_agencies_are_not_frameworks():
    m = _meeting(
        "Readout of President Biden's Meeting with European Council President Charles Michel",
        "President Biden met today with European Council President Charles Michel. They discussed "
        "the European Union's support for Ukraine, the NATO-Russia Council and projects of the "
        "United States Agency for International Development under the Zorbland Initiative.",
    )
    labels = {f.label for f in m.frameworks}
    assert "Zorbland Initiative" in labels and "NATO-Russia Council" in labels
    assert not labels & {"European Union", "United States Agency for International Development"}


def test_a_leader_named_as_chair_of_an_organization_also_represents_it():
    m = _meeting(
        "Readout of President Biden's Meeting with President Macky Sall of Senegal",
        "President Biden met today with President Macky Sall of Senegal, Chairperson of the African "
        "Union. They discussed food security.",
    )
    assert {p.label for p in m.participants} == {"Joseph R. Biden, Jr.", "Macky Sall"}
    assert {o.label for o in m.organizations} == {"African Union"}
    assert {c.props["iso"] for c in m.countries} == {"US", "SN"}


def test_a_joint_body_of_a_participating_organization_stays_a_framework():
    m = _meeting(
        "Readout of President Biden's Meeting with NATO Secretary General Jens Stoltenberg",
        "President Biden met today with NATO Secretary General Jens Stoltenberg. They discussed "
        "the work of the NATO-Russia Council.",
    )
    assert {o.label for o in m.organizations} == {"North Atlantic Treaty Organization"}
    assert "NATO-Russia Council" in {f.label for f in m.frameworks}
