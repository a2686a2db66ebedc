"""A remote SPARQL endpoint (a real `oxigraph serve`) as the store: writes, reads, ingest, export,
analytics and the CLI give the same answers as the embedded store."""

from __future__ import annotations

from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.analytics import people_network
from kg.cli import main
from kg.model import KgError
from kg.namespaces import release_iri
from kg.queries import ask
from kg.query import run_query
from kg.rdf import extraction_to_quads
from kg.reconcile import reconcile
from kg.store import EmbeddedStore, StoreError, dump
from kg.store.remote import RemoteStore

pytestmark = pytest.mark.server
REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"


def test_batched_writes_hold_the_same_quads_as_the_embedded_store(
    remote_store, sample_store, sample_release_quads
):
    remote_store.batch_quads = 150  # several update requests
    remote_store.write_releases(sample_release_quads)
    reconcile(remote_store)
    assert len(remote_store) == len(sample_store)
    assert set(remote_store.quads()) == set(sample_store.quads())
    assert remote_store.content_hashes() == sample_store.content_hashes()


def test_a_changed_release_replaces_its_graph_remotely(remote_store, sample_extraction_list):
    ex = sample_extraction_list[0]
    graph = str(release_iri(ex.document.key))
    remote_store.write_releases([(graph, extraction_to_quads(ex))])
    reconcile(remote_store)
    before = len(remote_store)
    ex.meetings[0].participants = ex.meetings[0].participants[:1]
    remote_store.write_releases([(graph, extraction_to_quads(ex))])
    reconcile(remote_store)
    assert len(remote_store) < before
    assert ask(remote_store, "who-met", {"person": "Tokayev"}).rows == []


def test_replace_graph(remote_store):
    node = ox.NamedNode("https://w3id.org/dmkg/id/graph/test")
    triple = ox.Quad(node, ox.NamedNode("http://example.org/p"), ox.Literal("v"))
    remote_store.replace_graph(node.value, [triple])
    remote_store.replace_graph(
        node.value, [triple, ox.Quad(node, ox.NamedNode("http://example.org/p"), ox.Literal("w"))]
    )
    assert len(remote_store) == 2
    assert {q.graph_name for q in remote_store.quads()} == {node}


def test_export_from_a_remote_store_matches_the_embedded_one(any_store, sample_store):
    remote_nt = dump(any_store, None, "nt")
    embedded_nt = dump(sample_store, None, "nt")
    assert set(remote_nt.splitlines()) == set(embedded_nt.splitlines())


def test_analytics_on_the_remote_store(remote_store, sample_store, sample_release_quads):
    remote_store.write_releases(sample_release_quads)
    reconcile(remote_store)
    remote, local = people_network(remote_store), people_network(sample_store)
    assert sorted(remote.edges(data="weight")) == sorted(local.edges(data="weight"))


def test_errors_name_the_problem(remote_store):
    with pytest.raises(KgError, match="SPARQL syntax error at line 1"):
        run_query(remote_store, "SELECT ?x WHERE {")
    with pytest.raises(StoreError, match="cannot reach"):
        len(RemoteStore("http://127.0.0.1:9"))


def test_ingest_into_a_remote_store_equals_embedded(remote_store, tmp_path):
    corpus = SHARED / "corpus" / "akorda"
    if not corpus.is_dir():
        pytest.skip("the shared corpus (../shared/corpus/akorda) is not present")
    from kg.ingest import ingest

    local = EmbeddedStore(tmp_path / "store")
    report_local = ingest([corpus], local, workers=1)
    report_remote = ingest([corpus], remote_store, workers=1)
    assert report_remote.ingested == report_local.ingested > 0
    assert len(remote_store) == len(local)
    again = ingest([corpus], remote_store, workers=1)
    assert again.ingested == 0 and again.unchanged == report_remote.ingested
    assert (
        ask(remote_store, "who-met", {"person": "Tokayev"}).records()
        == ask(local, "who-met", {"person": "Tokayev"}).records()
    )
    local.close()


def test_the_cli_on_a_remote_store(remote_store, tmp_path, sample_release_quads):
    remote_store.write_releases(sample_release_quads)
    reconcile(remote_store)
    runner = CliRunner()

    def run(*args):
        out = runner.invoke(main, ["--store", remote_store.location, *args], catch_exceptions=False)
        assert out.exit_code == 0, out.output
        return out.output

    assert "Hans Kluge" in run("ask", "who-met", "Tokayev")
    assert run("graph", "centrality", "--top", "1").splitlines()[2].startswith("Kassym-Jomart Tokayev")
    assert "meetings     9" in run("stats")
    out = tmp_path / "all.nq"
    run("export", "--format", "nquads", "-o", str(out))
    assert len(out.read_text().splitlines()) == len(remote_store)
