"""Mapping of extracted meetings to RDF quads in the public vocabulary.

One release becomes one named graph (named by the release IRI) holding the release's
metadata, its meetings (the claims, entities by IRI) and one reification node per extracted
statement carrying its evidence. What the entities are called and are (labels, types, codes) goes
to one graph for all releases, `dmr:graph/entities`, so that a query over the union of graphs
finds each label once (kg.reconcile rewrites that graph with each entity described once). IRIs are minted from
stable keys (kg.namespaces), so the same release always yields the same quads.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from datetime import date

from pyoxigraph import Literal, NamedNode, Quad

from kg.model import Document, Entity, Extraction, Meeting, Statement
from kg.namespaces import (
    DMO,
    DMR,
    ENTITIES_GRAPH,
    PREFIXES,
    entity_iri,
    extractor_iri,
    meeting_iri,
    release_iri,
)
from kg.vocab import alignment_quads

_RDF = PREFIXES["rdf"]
_RDFS = PREFIXES["rdfs"]
_SKOS = PREFIXES["skos"]
_XSD = PREFIXES["xsd"]
_PROV = PREFIXES["prov"]
_DCT = PREFIXES["dcterms"]
_SCHEMA = PREFIXES["schema"]
ENTITIES = NamedNode(str(ENTITIES_GRAPH))


def _n(iri: str) -> NamedNode:
    return NamedNode(iri)


@functools.cache
def _dmo(term: str) -> NamedNode:
    """A dmo: term as a node, read through the checked namespace (an unknown term raises)."""
    return NamedNode(str(getattr(DMO, term)))


TYPE = _n(_RDF + "type")
LABEL = _n(_RDFS + "label")
ALT = _n(_SKOS + "altLabel")
EXACT = _n(_SKOS + "exactMatch")
NOTATION = _n(_SKOS + "notation")
PREF = _n(_SKOS + "prefLabel")
BROADER = _n(_SKOS + "broader")
DERIVED = _n(_PROV + "wasDerivedFrom")
GENERATED_BY = _n(_PROV + "wasGeneratedBy")
XSD_DATE = _n(_XSD + "date")
XSD_INT = _n(_XSD + "integer")

CLASS = {
    "person": _dmo("Person"),
    "country": _dmo("Country"),
    "organization": _dmo("Organization"),
    "place": _dmo("Place"),
    "event": _dmo("Event"),
    "framework": _dmo("Framework"),
    "topic": _n(_SKOS + "Concept"),
}
FIELD_PROPERTY = {
    "participant": _dmo("participant"),
    "country": _dmo("country"),
    "organization": _dmo("organization"),
    "venue": _dmo("venue"),
    "event": _dmo("sidelinesOf"),
    "gathering": _dmo("gathering"),
    "framework": _dmo("references"),
    "topic": _dmo("topic"),
    "date": _dmo("date"),
    "mode": _dmo("mode"),
    "status": _dmo("status"),
}
STATUS = {"held": _dmo("Held"), "planned": _dmo("Planned")}
MODE = {"in_person": _dmo("InPerson"), "phone": _dmo("Phone"), "video": _dmo("Video")}


def entity_node(entity: Entity) -> NamedNode:
    iri = entity.props.get("iri")
    return _n(iri) if iri else _n(str(entity_iri(entity.kind, entity.key)))


def _entity_quads(entity: Entity, graph: NamedNode) -> Iterable[Quad]:
    node = entity_node(entity)
    yield Quad(node, TYPE, CLASS[entity.kind], graph)
    yield Quad(node, LABEL, Literal(entity.label, language="en"), graph)
    for alt in dict.fromkeys(entity.alt_labels):
        if alt and alt != entity.label:
            yield Quad(node, ALT, Literal(alt, language="en"), graph)
    if entity.wikidata:
        yield Quad(node, EXACT, _n("http://www.wikidata.org/entity/" + entity.wikidata), graph)
    if entity.kind == "country":
        yield Quad(node, _dmo("isoCode"), Literal(entity.props.get("iso", entity.key.upper())), graph)
    elif entity.kind == "topic":
        yield Quad(node, NOTATION, Literal(entity.props.get("notation", entity.key)), graph)
        yield Quad(node, PREF, Literal(entity.label, language="en"), graph)
        if entity.props.get("broader"):
            yield Quad(node, BROADER, _n(entity.props["broader"]), graph)
    elif entity.kind == "person" and entity.props.get("country"):
        country = _n(str(entity_iri("country", entity.props["country"])))
        yield Quad(node, _n(_SCHEMA + "nationality"), country, graph)


def _statement_quads(
    meeting: NamedNode, st: Statement, obj: NamedNode | Literal, release: NamedNode, agent: NamedNode
) -> Iterable[Quad]:
    ev = st.evidence
    if ev is None:
        return
    prop = FIELD_PROPERTY[st.field]
    digest = hashlib.sha1(f"{meeting.value}|{prop.value}|{obj}|{ev.start}".encode()).hexdigest()[:20]
    node = _n(str(DMR[f"statement/{digest}"]))
    g = release
    yield Quad(node, TYPE, _n(_RDF + "Statement"), g)
    yield Quad(node, TYPE, _dmo("Evidence"), g)
    yield Quad(node, _n(_RDF + "subject"), meeting, g)
    yield Quad(node, _n(_RDF + "predicate"), prop, g)
    yield Quad(node, _n(_RDF + "object"), obj, g)
    yield Quad(node, _dmo("sentence"), Literal(ev.text), g)
    yield Quad(node, _dmo("charStart"), Literal(str(ev.start), datatype=XSD_INT), g)
    yield Quad(node, _dmo("charEnd"), Literal(str(ev.end), datatype=XSD_INT), g)
    yield Quad(node, DERIVED, release, g)
    yield Quad(node, GENERATED_BY, agent, g)


def _value_node(st: Statement) -> NamedNode | Literal:
    if isinstance(st.value, Entity):
        return entity_node(st.value)
    if st.field == "date":
        return Literal(st.value, datatype=XSD_DATE)
    if st.field == "mode":
        return MODE[st.value]
    if st.field == "status":
        return STATUS[st.value]
    return Literal(str(st.value))


def release_quads(
    doc: Document, graph: NamedNode, agent: NamedNode, home: str | None = None
) -> Iterable[Quad]:
    rel = graph
    yield Quad(rel, TYPE, _dmo("Release"), graph)
    yield Quad(rel, TYPE, _n(_PROV + "Entity"), graph)
    if doc.url:
        yield Quad(rel, _n(_SCHEMA + "url"), Literal(doc.url.strip()), graph)
    yield Quad(rel, _n(_DCT + "identifier"), Literal(doc.identifier), graph)
    yield Quad(rel, _n(_DCT + "title"), Literal(doc.title or doc.identifier), graph)
    yield Quad(rel, _n(_DCT + "date"), Literal(doc.date.isoformat(), datatype=XSD_DATE), graph)
    if doc.publisher:
        yield Quad(rel, _n(_DCT + "publisher"), Literal(doc.publisher), graph)
    yield Quad(rel, _dmo("reader"), Literal(doc.reader), graph)
    if home:  # the publisher's country, decided once by extraction (kg.extract.publisher)
        yield Quad(rel, _dmo("publisherCountry"), _n(str(entity_iri("country", home))), graph)
    yield Quad(rel, _dmo("contentHash"), Literal(doc.content_hash), graph)
    yield Quad(rel, GENERATED_BY, agent, graph)


def agent_quads(agent: NamedNode, version: str) -> list[Quad]:
    """The extractor described once, in the entities graph: a description repeated in every release
    graph would repeat each row of a query over the union of graphs once per release."""
    return [
        Quad(agent, TYPE, _n(_PROV + "SoftwareAgent"), ENTITIES),
        Quad(agent, LABEL, Literal(version), ENTITIES),
    ]


def meeting_label(meeting: Meeting) -> str:
    names = [p.label for p in meeting.participants[:4]] or [c.label for c in meeting.countries[:4]]
    kind = {"phone": "Phone call", "video": "Video call"}.get(meeting.mode or "", "Meeting")
    who = " and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + " and " + names[-1]
    when = f" on {meeting.date.isoformat()}" if isinstance(meeting.date, date) else ""
    return f"{kind} of {who}{when}" if who else f"{kind}{when}"


def meeting_quads(meeting: Meeting, node: NamedNode, release: NamedNode, agent: NamedNode) -> Iterable[Quad]:
    g = release
    # a meeting the release only mentions in passing is not one of its accounts (docs/extraction.md),
    # unless it is the news of a release without a meeting of its own: typed dmo:Meeting too
    yield Quad(node, TYPE, _dmo("MentionedMeeting" if meeting.mentioned else "Meeting"), g)
    if meeting.mentioned and meeting.news:
        yield Quad(node, TYPE, _dmo("Meeting"), g)
    yield Quad(node, LABEL, Literal(meeting_label(meeting), language="en"), g)
    yield Quad(node, FIELD_PROPERTY["status"], STATUS[meeting.status], g)
    yield Quad(node, DERIVED, release, g)
    if meeting.date:
        yield Quad(node, FIELD_PROPERTY["date"], Literal(meeting.date.isoformat(), datatype=XSD_DATE), g)
    if meeting.mode:
        yield Quad(node, FIELD_PROPERTY["mode"], MODE[meeting.mode], g)
    fields: list[tuple[str, list[Entity]]] = [
        ("participant", meeting.participants),
        ("country", meeting.countries),
        ("organization", meeting.organizations),
        ("venue", [meeting.venue] if meeting.venue else []),
        ("event", [meeting.event] if meeting.event else []),
        ("gathering", meeting.gatherings),
        ("framework", meeting.frameworks),
        ("topic", meeting.topics),
    ]
    for field, entities in fields:
        for entity in entities:
            yield Quad(node, FIELD_PROPERTY[field], entity_node(entity), g)
            yield from _entity_quads(entity, ENTITIES)
    for st in meeting.evidence:
        yield from _statement_quads(node, st, _value_node(st), release, agent)


def extraction_to_quads(ex: Extraction) -> list[Quad]:
    """All quads of one release: its metadata, meetings, entities and evidence, in its own graph."""
    doc = ex.document
    graph = _n(str(release_iri(doc.key)))
    agent = _n(extractor_iri(ex.extractor))
    quads: list[Quad] = list(release_quads(doc, graph, agent, ex.home)) + agent_quads(agent, ex.extractor)
    for i, meeting in enumerate(ex.meetings):
        quads.extend(meeting_quads(meeting, _n(str(meeting_iri(doc.key, i))), graph, agent))
    quads = list(dict.fromkeys(quads))
    return quads + alignment_quads(quads)
