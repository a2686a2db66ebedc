"""Countries and organizations of a meeting from its participants."""

from __future__ import annotations

from kg.extract.actors import countries_and_organizations
from kg.extract.people import Person
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
