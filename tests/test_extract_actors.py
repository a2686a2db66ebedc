"""Countries and organizations of a meeting from its participants."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.actors import bodies_listed, countries_and_organizations
from kg.extract.people import Person
from kg.model import Document
from kg.reference import load_reference

WHO = "https://w3id.org/dmkg/id/organization/who"
WHO_EUROPE = "https://w3id.org/dmkg/id/organization/who-europe"


def test_an_organization_head_counts_for_the_organization_not_his_state():
    ref = load_reference()
    head = Person("dg", "Dana General", country="ET", org=WHO, role="OrganizationHead")
    host = Person("host", "Hal Host", country="KZ", role="HeadOfState")
    countries, orgs = countries_and_organizations([(host, 0), (head, 1)], ref, "KZ")
    assert [c.key for c, _ in countries] == ["KZ"]
    assert [(o.key, i) for o, i in orgs] == [("who", 1)]


def test_a_regional_office_joins_its_parent_and_the_publisher_state_is_always_there():
    ref = load_reference()
    regional = Person("rd", "Rita Director", org=WHO_EUROPE)
    head = Person("dg", "Dana General", org=WHO, role="OrganizationHead")
    guest = Person("pm", "Pia Minister", country="NO", role="HeadOfGovernment")
    countries, orgs = countries_and_organizations([(regional, 2), (head, 1), (guest, 3)], ref, "US")
    assert [o.key for o, _ in orgs] == ["who"]
    assert [c.key for c, _ in countries] == ["NO", "US"]


def test_the_head_of_a_sub_body_brings_the_named_parent_organization():
    ref = load_reference()
    regional = Person("rd", "Rita Director", country="BE", org=WHO_EUROPE, role="OrganizationHead")
    host = Person("host", "Hal Host", country="KZ", role="HeadOfState")
    _, orgs = countries_and_organizations([(host, 0), (regional, 1)], ref, "KZ", {"rd": {WHO_EUROPE, WHO}})
    assert [(o.key, i) for o, i in orgs] == [("who-europe", 1), ("who", 1)]
    _, orgs = countries_and_organizations([(host, 0), (regional, 1)], ref, "KZ", {"rd": {WHO_EUROPE}})
    assert [o.key for o, _ in orgs] == ["who-europe"]  # the parent is not named: the sub-body only


def test_bodies_listed_with_states_take_part_and_a_group_of_states_does_not():
    ref = load_reference()
    tail = " from the United States, European Union (EU), France, Mauritius, and the World Bank met."
    assert [iri.rsplit("/", 1)[-1] for iri in bodies_listed(ref, tail)] == ["eu", "world-bank"]
    # the G7's seats are its states': not an organization of its own at the table
    assert [iri.rsplit("/", 1)[-1] for iri in bodies_listed(ref, " of the G7 and the European Union")] == [
        "eu"
    ]
    assert bodies_listed(ref, " of the CIS countries") == []  # its states take part


def _orgs(title: str, text: str) -> list[list[str]]:
    doc = Document("whitehouse", "x.md", title, text, date(2022, 6, 1), publisher="The White House")
    return [[o.label for o in m.organizations] for m in extract(doc).meetings]


def test_leaders_of_an_organization_make_it_a_participant():
    orgs = _orgs(
        "Readout of President Biden’s Meeting with Leaders of the Caribbean Community",
        "President Biden met today with leaders of the Caribbean Community (CARICOM) and the Dominican "
        "Republic in Los Angeles. They discussed food security.",
    )
    assert orgs == [["Caribbean Community"]]


def test_heads_of_state_of_an_organization_are_its_states_not_the_organization():
    orgs = _orgs(
        "Readout of President Biden’s Meeting with the Heads of State of the Caribbean Community",
        "President Biden met today in Los Angeles with Prime Minister Andrew Holness of Jamaica and the "
        "other heads of state of the Caribbean Community. They discussed food security.",
    )
    assert orgs == [[]]  # one meeting, no organization taking part
