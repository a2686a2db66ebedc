"""The reference loader: Turtle in the team's schema -> lookup tables (names, countries, office holders)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.gazetteer import scan
from kg.reference import default_paths, load_reference

TTL = """
@prefix dmo: <https://w3id.org/dmkg/ontology#> .
@prefix dmr: <https://w3id.org/dmkg/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix time: <http://www.w3.org/2006/time#> .
@prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix wd: <http://www.wikidata.org/entity/> .

dmr:country\\/XL a dmo:Country ; rdfs:label "Lowland"@en ; skos:altLabel "Republic of Lowland"@en ;
    dmo:isoCode "XL" ; dmo:demonym "Lowlandic"@en .
dmr:organization\\/wfo a dmo:Organization ; rdfs:label "World Fish Organization"@en ; skos:altLabel "WFO"@en .
dmr:framework\\/open-reef a dmo:Framework ; rdfs:label "open reef policy"@en ; skos:altLabel "Reef"@en .
dmr:person\\/ann-old a dmo:Person ; rdfs:label "Ann Old"@en ; schema:nationality dmr:country\\/XL ;
    skos:exactMatch wd:Q1 .
dmr:person\\/bob-new a dmo:Person ; rdfs:label "Bob New"@en ; schema:nationality dmr:country\\/XL .
dmr:post\\/xl-head a org:Post ; rdfs:label "President of Lowland"@en ; skos:altLabel "Head of State"@en ;
    org:postIn dmr:country\\/XL ; org:role dmo:HeadOfState .
dmr:membership\\/1 a org:Membership ; org:member dmr:person\\/ann-old ; org:organization dmr:country\\/XL ;
    org:role dmo:HeadOfState ; dmo:post dmr:post\\/xl-head ;
    org:memberDuring [ time:hasBeginning [ time:inXSDDate "2010-01-01"^^xsd:date ] ;
                       time:hasEnd [ time:inXSDDate "2019-12-31"^^xsd:date ] ] .
dmr:membership\\/2 a org:Membership ; org:member dmr:person\\/bob-new ; org:organization dmr:country\\/XL ;
    org:role dmo:HeadOfState ; dmo:post dmr:post\\/xl-head ;
    org:memberDuring [ time:hasBeginning [ time:inXSDDate "2020-01-01"^^xsd:date ] ] .
"""


@pytest.fixture
def ref(tmp_path):
    path = tmp_path / "mini.ttl"
    path.write_text(TTL, encoding="utf-8")
    return load_reference([path])


def test_holder_of_a_post_depends_on_the_date(ref):
    country = ref.countries["XL"]
    assert ref.holder(("HeadOfState", country), date(2015, 6, 1)).label == "Ann Old"
    assert ref.holder(("HeadOfState", country), date(2023, 6, 1)).label == "Bob New"
    assert ref.holder("https://w3id.org/dmkg/id/post/xl-head", date(2023, 6, 1)).key == "bob-new"
    assert ref.holder(("HeadOfState", country), date(2005, 1, 1)) is None


def test_countries_by_code_and_demonym_and_entity_keys(ref):
    assert ref.country("xl").label == "Lowland"
    assert ref.country_of_demonym("Lowlandic") == "XL"
    person = ref.entity("https://w3id.org/dmkg/id/person/ann-old")
    assert (person.kind, person.key, person.wikidata) == ("person", "ann-old", "Q1")
    assert "Old" in person.alt_labels  # the surname is an alias


def test_name_index_finds_labels_acronyms_and_variants(ref):
    text = "The WFO and the Republic of Lowland met; who knows."
    found = [(m.kind, text[m.start : m.end]) for m in scan(text, ref)]
    assert found == [("organization", "WFO"), ("country", "Republic of Lowland")]


def test_a_lower_case_name_of_several_words_is_found_as_written_but_not_a_capitalized_word(ref):
    text = "They backed the open reef policy; a reef was seen."
    found = [(m.kind, text[m.start : m.end]) for m in scan(text, ref)]
    assert found == [("framework", "open reef policy")]


def test_shipped_reference_data_loads_with_topics():
    ref = load_reference()
    assert default_paths(), "the ontology package ships reference files"
    notations = {e.key for e in ref.entities.values() if e.kind == "topic"}
    assert {"health", "military", "economic", "culture_education", "transport"} <= notations
    assert ref.country("KZ") is not None


TWO_ROLES = """
@prefix dmo: <https://w3id.org/dmkg/ontology#> .
@prefix dmr: <https://w3id.org/dmkg/id/> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .

dmr:country\\/XH a dmo:Country ; rdfs:label "Highland"@en ; dmo:isoCode "XH" .
dmr:person\\/kim-ra a dmo:Person ; rdfs:label "Kim Ra-won"@en ; skos:altLabel "Kim"@en .
dmr:person\\/ada-lane a dmo:Person ; rdfs:label "Ada Lane"@en .
dmr:post\\/xh-head a org:Post ; rdfs:label "President of Highland"@en ; org:postIn dmr:country\\/XH ;
    org:role dmo:HeadOfState, dmo:HeadOfGovernment ; org:heldBy dmr:person\\/kim-ra .
"""


@pytest.fixture
def two_roles(tmp_path):
    path = tmp_path / "two.ttl"
    path.write_text(TWO_ROLES, encoding="utf-8")
    return load_reference([path])


def test_a_post_with_two_roles_answers_for_both(two_roles):
    country = two_roles.countries["XH"]
    assert two_roles.holder(("HeadOfState", country), None).label == "Kim Ra-won"
    assert two_roles.holder(("HeadOfGovernment", country), None).label == "Kim Ra-won"


def test_surnames_come_from_one_word_alt_labels_else_the_last_word(two_roles):
    kim = two_roles.entity("https://w3id.org/dmkg/id/person/kim-ra")
    assert kim.props["surname"] == "Kim" and "Ra-won" not in kim.alt_labels
    assert ("ra", "won") not in two_roles.names  # the given name is not indexed as a surname
    ada = two_roles.entity("https://w3id.org/dmkg/id/person/ada-lane")
    assert ada.props["surname"] == "Lane" and "Lane" in ada.alt_labels


def test_shipped_family_name_first_people_are_named_by_their_family_name():
    ref = load_reference()
    xi = ref.entity("https://w3id.org/dmkg/id/person/xi-jinping")
    lee = ref.entity("https://w3id.org/dmkg/id/person/lee-hsien-loong")
    assert (xi.props["surname"], lee.props["surname"]) == ("Xi", "Lee")
    assert "Jinping" not in xi.alt_labels and "Loong" not in lee.alt_labels
    us = ref.countries["US"]
    assert ref.holder(("HeadOfGovernment", us), date(2022, 5, 1)).label.startswith("Joseph R. Biden")
