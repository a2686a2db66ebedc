"""The embedded store: named graphs per release, idempotent writes, replacement, exports."""

from __future__ import annotations

import io

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from kg.namespaces import release_iri
from kg.rdf import extraction_to_quads
from kg.store import EmbeddedStore, dump, open_store
from tests.helpers import make_extraction


def _write(store, ex):
    graph = str(release_iri(ex.document.key))
    store.write_releases([(graph, extraction_to_quads(ex))])
    return graph


def test_each_release_is_its_own_named_graph(tmp_path):
    store = EmbeddedStore(tmp_path / "s")
    g1 = _write(store, make_extraction("one"))
    g2 = _write(store, make_extraction("two"))
    graphs = {g.value for g in store.native.named_graphs()}
    assert {g1, g2} <= graphs
    assert g1 != g2


def test_writing_the_same_release_twice_changes_nothing(tmp_path):
    store = EmbeddedStore(tmp_path / "s")
    _write(store, make_extraction("one"))
    before = len(store)
    _write(store, make_extraction("one"))
    assert len(store) == before


def test_a_changed_release_replaces_its_graph(tmp_path):
    store = EmbeddedStore(tmp_path / "s")
    graph = _write(store, make_extraction("one", participants=("Alpha Person", "Beta Person")))
    _write(store, make_extraction("one", participants=("Alpha Person", "Gamma Person")))
    labels = {
        r["l"].value
        for r in store.query(
            "SELECT ?l WHERE { GRAPH ?g { ?m <https://w3id.org/dmkg/ontology#participant> ?p } "
            "?p <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
        )
    }
    assert labels == {"Alpha Person", "Gamma Person"}
    assert graph in store.content_hashes()


def test_content_hash_is_recorded_per_release(tmp_path):
    store = EmbeddedStore(tmp_path / "s")
    ex = make_extraction("one")
    graph = _write(store, ex)
    assert store.content_hashes()[graph] == ex.document.content_hash


@pytest.mark.parametrize(
    "fmt,rdflib_format",
    [
        ("turtle", "turtle"),
        ("nt", "nt"),
        ("nquads", "nquads"),
        ("trig", "trig"),
        ("jsonld", "json-ld"),
    ],
)
def test_every_export_format_parses_back_to_an_isomorphic_graph(tmp_path, fmt, rdflib_format):
    store = EmbeddedStore(tmp_path / "s")
    _write(store, make_extraction("one"))
    _write(store, make_extraction("two", participants=("Alpha Person", "Delta Person")))
    data = dump(store, None, fmt)
    reference = rdflib.Graph()
    reference.parse(data=dump(store, None, "nt"), format="nt")
    parsed = rdflib.Dataset()
    parsed.parse(data=data, format=rdflib_format)
    union = rdflib.Graph()
    for s, p, o, _ in parsed.quads((None, None, None, None)):
        union.add((s, p, o))
    assert len(union) == len(reference) > 0
    assert isomorphic(union, reference)


def test_open_store_rejects_unknown_formats_with_a_clear_error(tmp_path):
    from kg.model import KgError

    store = open_store(tmp_path / "s")
    with pytest.raises(KgError, match="unknown format"):
        dump(store, io.BytesIO(), "yaml")


def test_evidence_offsets_point_into_the_release_text(tmp_path):
    store = EmbeddedStore(tmp_path / "s")
    ex = make_extraction("one")
    _write(store, ex)
    rows = list(
        store.query(
            "PREFIX dmo: <https://w3id.org/dmkg/ontology#> "
            "SELECT ?s ?a ?b WHERE { ?e a dmo:Evidence ; dmo:sentence ?s ; "
            "dmo:charStart ?a ; dmo:charEnd ?b }"
        )
    )
    assert rows
    for r in rows:
        assert ex.document.text[int(r["a"].value) : int(r["b"].value)] == r["s"].value


def test_read_only_store_sees_what_was_written(tmp_path):
    store = EmbeddedStore(tmp_path / "s")
    _write(store, make_extraction("one"))
    n = len(store)
    store.close()
    ro = EmbeddedStore(tmp_path / "s", read_only=True)
    assert len(ro) == n
    assert isinstance(ro.native, ox.Store)
