"""The ontology as code: the `DMO` namespace, the shipped files, and the alignment super-terms.

`DMO` lists every term of `ontology/dmo.ttl` (a typo raises, `_fail = True`; a test keeps the
two in step). `superterms()` tells, for each dmo: class and property, which SEM, schema.org,
PROV-O and ORG terms it sits under, so ingest can materialize them (docs/decisions/alignment.md);
`alignment_quads()` does that for a batch of quads.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib.resources import files
from pathlib import Path

import pyoxigraph as ox
from rdflib import BNode, Graph, Namespace, URIRef
from rdflib.namespace import OWL, RDF, RDFS, DefinedNamespace

ONTOLOGY_IRI = URIRef("https://w3id.org/dmkg/ontology")


class DMO(DefinedNamespace):
    """The Diplomatic Meetings Ontology: every term declared in ontology/dmo.ttl."""

    _NS = Namespace("https://w3id.org/dmkg/ontology#")
    _fail = True

    # Classes
    Meeting: URIRef
    MentionedMeeting: URIRef
    DistinctMeeting: URIRef
    Person: URIRef
    Country: URIRef
    Organization: URIRef
    Place: URIRef
    Event: URIRef
    Framework: URIRef
    Release: URIRef
    MeetingStatus: URIRef
    MeetingMode: URIRef
    Evidence: URIRef
    ExtractionRun: URIRef

    # Properties of a meeting
    date: URIRef
    status: URIRef
    mode: URIRef
    participant: URIRef
    country: URIRef
    organization: URIRef
    venue: URIRef
    sidelinesOf: URIRef
    gathering: URIRef
    references: URIRef
    topic: URIRef
    reportedBy: URIRef
    notAPerson: URIRef

    # Properties of entities
    isoCode: URIRef
    demonym: URIRef
    role: URIRef
    post: URIRef
    frameworkType: URIRef
    eventSeries: URIRef

    # Releases, evidence, extraction
    contentHash: URIRef
    reader: URIRef
    publisherCountry: URIRef
    extractor: URIRef
    sentence: URIRef
    charStart: URIRef
    charEnd: URIRef
    accordingTo: URIRef

    # Individuals
    Held: URIRef
    Planned: URIRef
    InPerson: URIRef
    Phone: URIRef
    Video: URIRef
    HeadOfState: URIRef
    HeadOfGovernment: URIRef
    ForeignMinister: URIRef
    OrganizationHead: URIRef
    CollegeMember: URIRef
    ViceHeadOfState: URIRef
    DefenceMinister: URIRef
    NationalSecurityAdviser: URIRef
    PermanentRepresentative: URIRef
    DiplomaticServiceHead: URIRef
    Monarch: URIRef
    Leader: URIRef


def ontology_path() -> Path:
    """The shipped ontology file (ontology/dmo.ttl, installed as package data of kg.ontology)."""
    return Path(str(files("kg.ontology") / "dmo.ttl"))


def shapes_path() -> Path:
    """The shipped SHACL shapes (ontology/shapes.ttl)."""
    return Path(str(files("kg.ontology") / "shapes.ttl"))


def load_ontology() -> Graph:
    """A fresh rdflib Graph holding the ontology (the caller may change it freely)."""
    return Graph().parse(ontology_path(), format="turtle")


@cache
def _superterms() -> tuple[tuple[str, tuple[str, ...]], ...]:
    g = load_ontology()
    ns = str(DMO._NS)
    out: list[tuple[str, tuple[str, ...]]] = []
    for link in (RDFS.subClassOf, RDFS.subPropertyOf):
        subjects = {s for s in g.subjects(link, None) if isinstance(s, URIRef) and str(s).startswith(ns)}
        for s in sorted(subjects):
            supers = {
                str(o)
                for o in g.transitive_objects(s, link)
                if isinstance(o, URIRef) and not isinstance(o, BNode) and not str(o).startswith(ns)
            }
            supers -= {str(OWL.Thing), str(RDFS.Resource)}
            if supers:
                out.append((str(s), tuple(sorted(supers))))
    return tuple(out)


def superterms() -> dict[str, list[str]]:
    """Each dmo: class or property IRI -> its transitive super-classes / super-properties outside dmo:.

    Only terms with at least one such super-term appear; lists are sorted.
    """
    return {term: list(supers) for term, supers in _superterms()}


@cache
def _ox_superterms() -> dict[str, tuple[ox.NamedNode, ...]]:
    return {term: tuple(ox.NamedNode(s) for s in supers) for term, supers in _superterms()}


_RDF_TYPE = ox.NamedNode(str(RDF.type))


def alignment_quads(quads: Iterable[ox.Quad]) -> list[ox.Quad]:
    """The quads that materialize the alignment of `quads`, in the same graphs, without duplicates.

    `<m> dmo:venue <p>` gives `<m> sem:hasPlace <p>` and `<m> schema:location <p>`;
    `<m> rdf:type dmo:Meeting` gives `<m> rdf:type sem:Event` and `schema:Event`.
    The input quads themselves are not repeated.
    """
    sup = _ox_superterms()
    seen: set[ox.Quad] = set()
    out: list[ox.Quad] = []
    for q in quads:
        if q.predicate == _RDF_TYPE and isinstance(q.object, ox.NamedNode):
            new = [ox.Quad(q.subject, _RDF_TYPE, c, q.graph_name) for c in sup.get(q.object.value, ())]
        else:
            new = [ox.Quad(q.subject, p, q.object, q.graph_name) for p in sup.get(q.predicate.value, ())]
        for n in new:
            if n not in seen:
                seen.add(n)
                out.append(n)
    return out
