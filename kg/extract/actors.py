"""Who took part as a state or an organization: countries and participating organizations of a meeting.

A participant's state counts (the publisher's state always does); someone who holds the head office
of an international organization counts for the organization, not for his country (the WHO
Director-General makes WHO a participant, not Ethiopia). A regional office whose parent organization
also takes part counts as the parent.
"""

from __future__ import annotations

from kg.extract.people import Person
from kg.model import Entity
from kg.reference import Reference


def countries_and_organizations(
    participants: list[tuple[Person, int | None]], ref: Reference, home: str | None
) -> tuple[list[tuple[Entity, int | None]], list[tuple[Entity, int | None]]]:
    """(country, sentence index) and (organization, sentence index) pairs for the participants."""
    isos: dict[str, int | None] = {}
    orgs: dict[str, tuple[Entity, int | None]] = {}
    for p, i in participants:
        if p.org and p.org in ref.entities:
            orgs.setdefault(p.org, (ref.entities[p.org], i))
        if p.country and not (p.org and p.role == "OrganizationHead"):
            isos.setdefault(p.country, i)
    if home and participants:
        isos.setdefault(home, None)
    countries = []
    for iso, i in isos.items():
        c = ref.country(iso) or Entity("country", iso, iso, [], None, {"iso": iso})
        countries.append((c, i))
    parents = {iri: ref.entities[iri].props.get("broader") for iri in orgs}
    organizations = []
    for iri, (e, i) in orgs.items():
        if parents[iri] in orgs:
            continue
        if e.kind != "organization":
            e = Entity("organization", e.key, e.label, list(e.alt_labels), e.wikidata, dict(e.props))
        organizations.append((e, i))
    return countries, organizations
