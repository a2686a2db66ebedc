"""Who took part as a state or an organization: countries and participating organizations of a meeting.

A participant's state counts (the publisher's state always does); someone who holds the head office
of an international organization counts for the organization, not for his country (the WHO
Director-General makes WHO a participant, not Ethiopia). The head of a sub-body (WHO Europe's Regional
Director) brings the top-level organization it belongs to (skos:broader) too, when the release names
it with him ("WHO Regional Director for Europe Hans Kluge"); a sub-body whose parent's own head or
officials take part counts as the parent.
"""

from __future__ import annotations

from collections.abc import Mapping

from kg.extract.people import Person
from kg.model import Entity
from kg.reference import Reference


def top_organization(ref: Reference, iri: str) -> str:
    """The top-level organization a body belongs to, following skos:broader."""
    seen = {iri}
    while True:
        parent = ref.entities[iri].props.get("broader") if iri in ref.entities else None
        if not parent or parent in seen or parent not in ref.entities:
            return iri
        seen.add(parent)
        iri = parent


def countries_and_organizations(
    participants: list[tuple[Person, int | None]],
    ref: Reference,
    home: str | None,
    named: Mapping[str, set[str]] | None = None,
) -> tuple[list[tuple[Entity, int | None]], list[tuple[Entity, int | None]]]:
    """(country, sentence index) and (organization, sentence index) pairs for the participants;
    `named` maps a participant's key to the organizations named with him or her ("WHO Regional
    Director for Europe Hans Kluge"): a sub-body's parent counts only when named so."""
    named = named or {}
    isos: dict[str, int | None] = {}
    orgs: dict[str, tuple[Entity, int | None]] = {}  # bodies whose people take part
    parents: dict[str, tuple[Entity, int | None]] = {}  # their named top-level organizations
    for p, i in participants:
        if p.org and p.org in ref.entities:
            orgs.setdefault(p.org, (ref.entities[p.org], i))
            top = top_organization(ref, p.org)
            if top != p.org and top in named.get(p.key, ()):
                parents.setdefault(top, (ref.entities[top], i))
        if p.country and not (p.org and p.role == "OrganizationHead"):
            isos.setdefault(p.country, i)
    if home and participants:
        isos.setdefault(home, None)
    countries = []
    for iso, i in isos.items():
        c = ref.country(iso) or Entity("country", iso, iso, [], None, {"iso": iso})
        countries.append((c, i))
    organizations = []
    for iri, (e, i) in [*orgs.items(), *((k, v) for k, v in parents.items() if k not in orgs)]:
        if iri in orgs and top_organization(ref, iri) != iri and top_organization(ref, iri) in orgs:
            continue  # a sub-body whose parent's own people take part counts as the parent
        if e.kind != "organization":
            e = Entity("organization", e.key, e.label, list(e.alt_labels), e.wikidata, dict(e.props))
        organizations.append((e, i))
    return countries, organizations
