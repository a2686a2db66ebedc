"""SHACL validation: the shapes accept well-formed data and catch what they promise to catch."""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox
import pytest
from click.testing import CliRunner
from rdflib import Dataset

from kg.cli import main
from kg.model import Document, Entity, Evidence, Extraction, KgError, Meeting, Statement
from kg.rdf import extraction_to_quads
from kg.store import open_store
from kg.validate import validate, validate_store
from kg.vocab import DMO

PREFIXES = """
@prefix dmo: <https://w3id.org/dmkg/ontology#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix schema: <https://schema.org/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix rel: <https://w3id.org/dmkg/id/release/> .
@prefix mtg: <https://w3id.org/dmkg/id/meeting/> .
@prefix per: <https://w3id.org/dmkg/id/person/> .
@prefix cty: <https://w3id.org/dmkg/id/country/> .
@prefix top: <https://w3id.org/dmkg/id/topic/> .
@prefix stm: <https://w3id.org/dmkg/id/statement/> .
"""

# One release graph, as kg.rdf writes it, plus the topic typed only in the reference graph.
GOOD = """
rel:r1 {
  rel:r1 a dmo:Release ; schema:url "https://www.akorda.kz/en/talks" ; dcterms:identifier "akorda/talks.txt" ;
      dcterms:title "Talks" ; dcterms:date "2024-05-01"^^xsd:date ; dmo:contentHash "ab12" .
  mtg:r1-0 a dmo:Meeting ; dmo:status dmo:Held ; dmo:date "2024-05-01"^^xsd:date ; dmo:mode dmo:InPerson ;
      dmo:participant per:tokayev ; dmo:country cty:KZ ; dmo:topic top:health ; prov:wasDerivedFrom rel:r1 .
  per:tokayev a dmo:Person ; rdfs:label "Kassym-Jomart Tokayev"@en ; skos:altLabel "Tokayev"@en .
  cty:KZ a dmo:Country ; rdfs:label "Kazakhstan"@en ; dmo:isoCode "KZ" .
  stm:s1 a rdf:Statement, dmo:Evidence ; rdf:subject mtg:r1-0 ; rdf:predicate dmo:participant ;
      rdf:object per:tokayev ; dmo:sentence "Tokayev held talks." ; dmo:charStart 0 ; dmo:charEnd 19 ;
      prov:wasDerivedFrom rel:r1 .
}
<https://w3id.org/dmkg/id/graph/reference> { top:health a skos:Concept ; skos:notation "health" . }
"""


def store_of(*trig: str) -> ox.Store:
    store = ox.Store()
    for text in trig:
        store.load(PREFIXES + text, format=ox.RdfFormat.TRIG)
    return store


def shapes_hit(report) -> set[tuple[str, str]]:
    return {(r.shape, r.focus) for r in report.results if r.severity == "Violation"}


def test_a_well_formed_graph_conforms():
    report = validate(store_of(GOOD))
    assert report.conforms, report.text
    assert report.results == []
    assert report.text.startswith("Graph (") and "conforms to the shapes." in report.text


def test_a_meeting_with_two_statuses_is_a_violation():
    report = validate(store_of(GOOD, "rel:r1 { mtg:r1-0 dmo:status dmo:Planned . }"))
    assert not report.conforms
    assert shapes_hit(report) == {("dmsh:MeetingStatus", "dmr:meeting/r1-0")}
    assert report.violations == 1
    assert "[Violation] dmsh:MeetingStatus: a meeting has exactly one dmo:status" in report.text


def test_a_status_outside_held_and_planned_is_a_violation():
    bad = GOOD.replace("dmo:status dmo:Held", "dmo:status dmo:Cancelled")
    report = validate(store_of(bad))
    assert [(r.shape, r.constraint, r.value) for r in report.results] == [
        ("dmsh:MeetingStatus", "in", "dmo:Cancelled")
    ]


@pytest.mark.parametrize("code", ["kz", "KAZ", "K"])
def test_a_country_code_that_is_not_two_capital_letters_is_a_violation(code):
    report = validate(store_of(GOOD.replace('dmo:isoCode "KZ"', f'dmo:isoCode "{code}"')))
    assert shapes_hit(report) == {("dmsh:CountryIsoCode", "dmr:country/KZ")}


def test_a_country_of_a_meeting_without_an_iso_code_is_a_violation_even_untyped():
    report = validate(store_of(GOOD, "rel:r1 { mtg:r1-0 dmo:country cty:XX . }"))
    assert shapes_hit(report) == {
        ("dmsh:CountryIsoCode", "dmr:country/XX"),  # targeted as an object of dmo:country
        ("dmsh:MeetingCountry", "dmr:meeting/r1-0"),  # and not a dmo:Country
    }


def test_a_meeting_without_a_release_link_is_a_violation():
    report = validate(
        store_of(
            GOOD.replace("dmo:topic top:health ; prov:wasDerivedFrom rel:r1 .", "dmo:topic top:health .")
        )
    )
    assert shapes_hit(report) == {("dmsh:MeetingRelease", "dmr:meeting/r1-0")}


def test_a_release_link_to_something_that_is_not_a_release_is_a_violation():
    bad = GOOD.replace(
        "dmo:topic top:health ; prov:wasDerivedFrom rel:r1 .",
        "dmo:topic top:health ; prov:wasDerivedFrom rel:elsewhere .",
    )
    report = validate(store_of(bad))
    assert shapes_hit(report) == {("dmsh:MeetingRelease", "dmr:meeting/r1-0")}


def test_evidence_offsets_out_of_order_are_a_violation():
    report = validate(store_of(GOOD.replace("dmo:charStart 0", "dmo:charStart 40")))
    assert shapes_hit(report) == {("dmsh:EvidenceStart", "dmr:statement/s1")}
    assert [r.constraint for r in report.results] == ["lessThanOrEquals"]


def test_an_ill_typed_date_is_a_violation():
    report = validate(store_of(GOOD.replace('dmo:date "2024-05-01"^^xsd:date', 'dmo:date "2024-05"')))
    assert shapes_hit(report) == {("dmsh:MeetingDate", "dmr:meeting/r1-0")}


def test_a_release_without_its_metadata_is_a_violation():
    report = validate(store_of(GOOD.replace('dcterms:title "Talks" ;', "")))
    assert shapes_hit(report) == {("dmsh:ReleaseTitle", "dmr:release/r1")}


def test_a_topic_without_a_notation_is_a_violation():
    report = validate(store_of(GOOD, "rel:r1 { mtg:r1-0 dmo:topic top:misc . top:misc a skos:Concept . }"))
    assert shapes_hit(report) == {("dmsh:TopicNotation", "dmr:topic/misc")}


def test_a_person_needs_an_english_label_and_two_are_only_a_warning():
    no_label = validate(
        store_of(GOOD.replace('rdfs:label "Kassym-Jomart Tokayev"@en', 'rdfs:label "Tokayev"'))
    )
    assert shapes_hit(no_label) == {("dmsh:PersonLabel", "dmr:person/tokayev")}
    two = validate(store_of(GOOD, 'rel:r1 { per:tokayev rdfs:label "K. Tokayev"@en . }'))
    assert two.conforms
    assert [(r.severity, r.shape) for r in two.results] == [("Warning", "dmsh:PersonOneLabel")]
    assert "1 warning" in two.text


def test_the_report_groups_by_shape_and_shows_at_most_n_examples():
    extra = "".join(
        f"rel:r1 {{ mtg:r1-{i} a dmo:Meeting ; prov:wasDerivedFrom rel:r1 . }}\n" for i in range(1, 8)
    )
    report = validate(store_of(GOOD, extra), max_examples=2)
    assert report.violations == 7
    assert "[Violation] dmsh:MeetingStatus" in report.text
    assert "(7 results)" in report.text and "… and 5 more" in report.text
    assert report.text.count("  - dmr:meeting/") == 2


def test_an_rdflib_dataset_is_validated_as_the_union_and_left_unchanged():
    ds = Dataset()
    ds.parse(data=PREFIXES + GOOD, format="trig")
    before = len(list(ds.quads((None, None, None, None))))
    assert validate(ds).conforms
    assert len(list(ds.quads((None, None, None, None)))) == before


# ---------------------------------------------------------------- the real pipeline and the CLI


def _extraction() -> Extraction:
    text = "President Tokayev held talks with President Biden in Astana. They discussed health."
    doc = Document("akorda", "akorda/talks.txt", "Talks", text, date(2024, 3, 1), url="https://x.kz/1")
    people = [
        Entity("person", "Kassym-Jomart Tokayev", "Kassym-Jomart Tokayev", ["Tokayev"]),
        Entity("person", "Joe Biden", "Joe Biden"),
    ]
    ev = Evidence(text[:60], 0, 60)
    meeting = Meeting(
        status="held", date=date(2024, 3, 1), mode="in_person", participants=people,
        countries=[Entity("country", "KZ", "Kazakhstan", props={"iso": "KZ"})],
        organizations=[Entity("organization", "who", "World Health Organization")],
        venue=Entity("place", "astana", "Astana"), event=Entity("event", "summit", "Summit"),
        frameworks=[Entity("framework", "sdgs", "SDGs")],
        topics=[Entity("topic", "health", "Health", props={"notation": "health"})],
        evidence=[Statement("participant", p, ev) for p in people] + [Statement("mode", "in_person", ev)],
    )  # fmt: skip
    return Extraction(doc, [meeting], "kg.test.v1")


@pytest.fixture
def pipeline_store(tmp_path):
    """A real on-disk store holding one release mapped by kg.rdf."""
    location = tmp_path / "store"
    quads = extraction_to_quads(_extraction())
    store = open_store(location)
    store.write_releases([(quads[0].graph_name.value, quads)])
    store.close()
    return location


def test_every_dmo_term_the_rdf_mapping_writes_is_declared():
    ns = str(DMO._NS)
    used = {t.value[len(ns) :] for q in extraction_to_quads(_extraction()) for t in (q.predicate, q.object)
            if isinstance(t, ox.NamedNode) and t.value.startswith(ns)}  # fmt: skip
    assert {"Meeting", "participant", "Evidence", "charStart", "Release"} <= used
    assert used <= set(DMO.__annotations__)


def test_what_the_rdf_mapping_writes_conforms(pipeline_store):
    report = validate_store(pipeline_store)
    assert report.conforms, report.text
    assert [r for r in report.results if r.severity == "Violation"] == []


def test_kg_validate_exits_0_on_a_conforming_store(pipeline_store):
    result = CliRunner().invoke(main, ["--store", str(pipeline_store), "validate"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert "conforms to the shapes" in result.output


def test_kg_validate_exits_1_and_reports_violations(pipeline_store):
    store = ox.Store(str(pipeline_store))
    country = ox.NamedNode("https://w3id.org/dmkg/id/country/KZ")
    iso = ox.NamedNode(str(DMO.isoCode))
    for q in list(store.quads_for_pattern(country, iso, None, None)):  # KZ -> KAZ
        store.remove(q)
        store.add(ox.Quad(country, iso, ox.Literal("KAZ"), q.graph_name))
    store.flush()
    del store
    result = CliRunner().invoke(
        main, ["--store", str(pipeline_store), "validate", "--max-examples", "1"], catch_exceptions=False
    )
    assert result.exit_code == 1
    assert "does NOT conform" in result.output
    assert "[Violation] dmsh:CountryIsoCode" in result.output
    assert "dmr:country/KZ value 'KAZ' (pattern)" in result.output


def test_kg_validate_without_a_store_says_so(tmp_path):
    result = CliRunner().invoke(main, ["--store", str(tmp_path / "none"), "validate"], catch_exceptions=False)
    assert result.exit_code == 1
    assert "no store at" in result.output


def test_validate_refuses_what_it_cannot_read():
    with pytest.raises(KgError, match="cannot validate a int"):
        validate(42)


def test_the_shared_sample_conforms_in_the_embedded_and_a_remote_store(any_store):
    report = validate(any_store)
    assert report.conforms, report.text
