"""The ontology: it parses, declares the public vocabulary, aligns it, and matches kg.vocab and its doc."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.namespaces import SCHEMA, SEM
from kg.vocab import DMO, alignment_quads, load_ontology, ontology_path, shapes_path, superterms

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
NS = str(DMO._NS)

# The terms of VOCABULARY.md, for when ../shared is absent (test_vocabulary_md_terms checks this list).
PUBLIC_TERMS = [
    "Meeting", "Person", "Country", "Organization", "Place", "Event", "Framework", "Release",
    "date", "status", "mode", "participant", "country", "organization", "venue", "sidelinesOf",
    "references", "topic", "isoCode", "Held", "Planned", "InPerson", "Phone", "Video",
]  # fmt: skip
PUBLIC_PROPERTIES = [t for t in PUBLIC_TERMS if t[0].islower()]


@pytest.fixture(scope="module")
def onto() -> Graph:
    return load_ontology()


def _dmo_subjects(g: Graph) -> set[str]:
    return {str(s)[len(NS) :] for s in g.subjects() if isinstance(s, URIRef) and str(s).startswith(NS)}


def test_the_ontology_parses_with_rdflib_and_pyoxigraph(onto):
    quads = list(ox.parse(path=str(ontology_path()), format=ox.RdfFormat.TURTLE))
    assert len(quads) == len(onto) > 300
    ont = URIRef("https://w3id.org/dmkg/ontology")
    assert (ont, RDF.type, OWL.Ontology) in onto
    assert onto.value(ont, OWL.versionInfo) is not None


def test_the_files_are_found_through_the_package():
    assert ontology_path().name == "dmo.ttl" and ontology_path().is_file()
    assert shapes_path().name == "shapes.ttl" and shapes_path().is_file()
    Graph().parse(shapes_path(), format="turtle")


@pytest.mark.parametrize("term", PUBLIC_TERMS)
def test_every_public_term_is_declared_with_an_english_label_and_a_comment(onto, term):
    iri = DMO[term]
    assert set(onto.objects(iri, RDF.type)) & {
        OWL.Class,
        OWL.ObjectProperty,
        OWL.DatatypeProperty,
        OWL.NamedIndividual,
    }
    assert any(isinstance(o, Literal) and o.language == "en" for o in onto.objects(iri, RDFS.label))
    assert any(str(o).strip() for o in onto.objects(iri, RDFS.comment))


@pytest.mark.parametrize("term", PUBLIC_PROPERTIES)
def test_every_public_property_has_a_domain_and_a_range(onto, term):
    assert onto.value(DMO[term], RDFS.domain) is not None
    assert onto.value(DMO[term], RDFS.range) is not None


def test_every_declared_term_has_a_label_and_a_comment(onto):
    for term in _dmo_subjects(onto):
        iri = URIRef(NS + term)
        assert onto.value(iri, RDFS.label) is not None, term
        assert onto.value(iri, RDFS.comment) is not None, term


def test_vocabulary_md_terms_are_all_declared(onto):
    vocabulary = SHARED / "VOCABULARY.md"
    if not vocabulary.exists():
        pytest.skip(f"{vocabulary} is absent (the shared folder is not beside the repository)")
    text = vocabulary.read_text(encoding="utf-8")
    rows = [line for line in text.splitlines() if line.startswith("| `")]
    in_tables = {m for row in rows for m in re.findall(r"`dmo:(\w+)`", row)}
    anywhere = set(re.findall(r"\bdmo:(\w+)", text))
    assert set(PUBLIC_TERMS) <= in_tables  # the list above is no larger than the file's tables
    assert anywhere - _dmo_subjects(onto) == set()


def test_the_ranges_of_the_public_vocabulary(onto):
    assert onto.value(DMO.date, RDFS.range) == XSD.date
    assert onto.value(DMO.participant, RDFS.range) == DMO.Person
    assert onto.value(DMO.topic, RDFS.range) == SKOS.Concept
    assert onto.value(DMO.charStart, RDFS.range) == XSD.integer
    assert set(onto.subjects(RDF.type, DMO.MeetingStatus)) == {DMO.Held, DMO.Planned}
    assert set(onto.subjects(RDF.type, DMO.MeetingMode)) == {DMO.InPerson, DMO.Phone, DMO.Video}


@pytest.mark.parametrize(
    "sub, link, sup",
    [
        (DMO.Meeting, RDFS.subClassOf, SEM.Event),
        (DMO.Meeting, RDFS.subClassOf, SCHEMA.Event),
        (DMO.Person, RDFS.subClassOf, SEM.Actor),
        (DMO.Person, RDFS.subClassOf, PROV.Agent),
        (DMO.Country, RDFS.subClassOf, SCHEMA.Country),
        (DMO.Organization, RDFS.subClassOf, URIRef("http://www.w3.org/ns/org#Organization")),
        (DMO.Place, RDFS.subClassOf, SEM.Place),
        (DMO.Release, RDFS.subClassOf, PROV.Entity),
        (DMO.Evidence, RDFS.subClassOf, RDF.Statement),
        (DMO.ExtractionRun, RDFS.subClassOf, PROV.Activity),
        (DMO.participant, RDFS.subPropertyOf, SEM.hasActor),
        (DMO.venue, RDFS.subPropertyOf, SEM.hasPlace),
        (DMO.venue, RDFS.subPropertyOf, SCHEMA.location),
        (DMO.sidelinesOf, RDFS.subPropertyOf, SEM.subEventOf),
        (DMO.sidelinesOf, RDFS.subPropertyOf, SCHEMA.superEvent),
        (DMO.accordingTo, RDFS.subPropertyOf, SEM.accordingTo),
    ],
)
def test_the_alignment_of_vocabulary_md_is_stated(onto, sub, link, sup):
    assert (sub, link, sup) in onto


def test_the_defined_namespace_lists_exactly_the_terms_of_the_file(onto):
    in_code = set(DMO.__annotations__)
    assert in_code == _dmo_subjects(onto)
    with pytest.raises(AttributeError):
        DMO.Meting  # a typo raises  # noqa: B018


def test_superterms_are_the_transitive_super_terms_outside_dmo():
    sup = superterms()
    assert sup[str(DMO.Meeting)] == sorted([str(SCHEMA.Event), str(SEM.Event)])
    assert sup[str(DMO.venue)] == sorted([str(SCHEMA.location), str(SEM.hasPlace)])
    assert str(DMO.isoCode) not in sup  # no alignment for it
    assert all(not s.startswith(NS) for supers in sup.values() for s in supers)
    sup[str(DMO.Meeting)].append("mutated")  # callers get a copy
    assert "mutated" not in superterms()[str(DMO.Meeting)]


def test_alignment_quads_materialize_super_properties_and_classes_in_the_same_graph():
    g = ox.NamedNode("https://w3id.org/dmkg/id/release/1")
    m = ox.NamedNode("https://w3id.org/dmkg/id/meeting/1-0")
    p = ox.NamedNode("https://w3id.org/dmkg/id/place/astana")
    quads = [
        ox.Quad(m, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(DMO.Meeting)), g),
        ox.Quad(m, ox.NamedNode(str(DMO.venue)), p, g),
        ox.Quad(m, ox.NamedNode(str(RDFS.label)), ox.Literal("x"), g),
    ]
    added = alignment_quads(quads + quads)
    assert sorted(str(q) for q in added) == sorted(
        str(q)
        for q in [
            ox.Quad(m, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(SEM.Event)), g),
            ox.Quad(m, ox.NamedNode(str(RDF.type)), ox.NamedNode(str(SCHEMA.Event)), g),
            ox.Quad(m, ox.NamedNode(str(SEM.hasPlace)), p, g),
            ox.Quad(m, ox.NamedNode(str(SCHEMA.location)), p, g),
        ]
    )


def test_the_generated_ontology_doc_is_current(tmp_path):
    out = tmp_path / "ontology.md"
    subprocess.run(
        [sys.executable, str(REPO / "scripts" / "gen_ontology_doc.py"), "-o", str(out)], check=True
    )
    assert out.read_text(encoding="utf-8") == (REPO / "docs" / "ontology.md").read_text(encoding="utf-8"), (
        "docs/ontology.md is out of date: run python scripts/gen_ontology_doc.py"
    )


def test_the_ontology_doc_lists_every_class_and_property_with_its_alignment(onto):
    doc = (REPO / "docs" / "ontology.md").read_text(encoding="utf-8")
    for term in _dmo_subjects(onto):
        assert f"`dmo:{term}`" in doc, term
    section = doc[doc.index("### `dmo:venue`") :]
    section = section[: section.index("\n### ")]
    assert "- range: `dmo:Place`" in section
    assert "`schema:location`" in section and "`sem:hasPlace`" in section
