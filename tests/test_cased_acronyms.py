"""An organization's acronym that spells a place's name ("GUAM", the Organization for Democracy and
Economic Development, and Guam, the territory) names the organization when written in capitals and
the place otherwise (kg.reference.tables, kg.extract.gazetteer). Texts written here."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.gazetteer import scan
from kg.model import Document
from kg.reference import load_reference
from kg.reference.tables import Reference


def _named(text: str) -> list[tuple[str, str]]:
    ref = load_reference()
    return [(m.kind, ref.entities[m.iri].label) for m in scan(text, ref)]


def test_the_acronym_in_capitals_is_the_organization_and_the_name_in_mixed_case_the_territory():
    assert _named("GUAM Secretary General Ivan Petrenko arrived.") == [
        ("organization", "Organization for Democracy and Economic Development")
    ]
    assert _named("The President stopped in Guam on his way.") == [("country", "Guam")]


def test_a_name_folded_alike_yields_only_to_another_entity_s_acronym():
    ref = Reference()
    ref.add_name("Guam", "urn:place")
    ref.add_name("GUAM", "urn:body")
    ref.add_name("Mercosur", "urn:bloc")
    ref.add_name("MERCOSUR", "urn:bloc")  # its own acronym: the name still matches in capitals
    hits = {h.iri: h for h in ref.names[("guam",)]}
    assert hits["urn:place"].yields_to_acronym and not hits["urn:body"].yields_to_acronym
    assert not any(h.yields_to_acronym for h in ref.names[("mercosur",)])


def test_a_meeting_with_the_organization_s_head_names_the_organization_not_the_territory():
    text = (
        "Minister for Foreign Affairs of Ukraine Oleh Marchenko met with GUAM Secretary General "
        "Ivan Petrenko in Kyiv. The parties discussed a free trade area between the GUAM member states."
    )
    doc = Document(
        "ukraine",
        "ukraine/t.csv#1",
        "Oleh Marchenko met with the GUAM Secretary General",
        text,
        date(2022, 2, 7),
        "https://www.president.gov.ua/en/news/x",
        "President of Ukraine",
    )
    meetings = extract(doc).meetings
    assert meetings
    assert "Guam" not in {c.label for m in meetings for c in m.countries}
    assert any(
        o.label == "Organization for Democracy and Economic Development"
        for m in meetings
        for o in m.organizations
    )
