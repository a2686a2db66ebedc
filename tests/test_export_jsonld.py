"""JSON-LD export keeps the release graphs and carries an @context (issue 18)."""

from __future__ import annotations

import json

import pyoxigraph as ox
from click.testing import CliRunner
from rdflib import XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.cli import main
from kg.namespaces import PREFIXES


def to_oxigraph(ds: Dataset) -> ox.Dataset:
    """An rdflib dataset as a pyoxigraph one (which canonicalizes blank nodes fast)."""

    def term(t):
        if isinstance(t, BNode):
            return ox.BlankNode(str(t))
        if isinstance(t, Literal):
            if t.language:
                return ox.Literal(str(t), language=t.language)
            return ox.Literal(str(t), datatype=ox.NamedNode(str(t.datatype or XSD.string)))
        return ox.NamedNode(str(t))

    out = ox.Dataset()
    for s, p, o, g in ds.quads((None, None, None, None)):
        name = g.identifier if hasattr(g, "identifier") else g
        graph = ox.DefaultGraph() if name == DATASET_DEFAULT_GRAPH_ID else term(name)
        out.add(ox.Quad(term(s), term(p), term(o), graph))
    return out


def export(store, fmt: str, tmp_path) -> str:
    path = tmp_path / f"graph.{fmt}"
    result = CliRunner().invoke(
        main, ["--store", store.location, "export", "--format", fmt, "-o", str(path)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    return path.read_text(encoding="utf-8")


def test_jsonld_round_trips_to_the_nquads_dataset(sample_store, tmp_path) -> None:
    from kg.store import load_reference_data

    load_reference_data(sample_store)  # the ontology and reference data hold blank nodes
    jsonld, nquads = export(sample_store, "jsonld", tmp_path), export(sample_store, "nquads", tmp_path)
    from_jsonld = Dataset()
    from_jsonld.parse(data=jsonld, format="json-ld")  # rdflib: a parser independent of the writer
    a = to_oxigraph(from_jsonld)
    b = ox.Dataset(ox.parse(nquads, format=ox.RdfFormat.N_QUADS))
    assert len({q.graph_name for q in b}) > 10  # the release graphs, the ontology, the reference data
    assert len(a) == len(b)
    a.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)  # isomorphism: blank nodes relabelled
    b.canonicalize(ox.CanonicalizationAlgorithm.UNSTABLE)
    assert a == b


def test_jsonld_has_a_context_and_named_graphs(sample_store, tmp_path) -> None:
    doc = json.loads(export(sample_store, "jsonld", tmp_path))
    assert doc["@context"]["dmo"] == PREFIXES["dmo"] and doc["@context"]["schema"] == PREFIXES["schema"]
    graphs = [g for g in doc["@graph"] if "@graph" in g]
    assert any(g["@id"].startswith("dmr:release/") for g in graphs)
    nodes = [n for g in graphs for n in g["@graph"]]
    assert any("dmo:participant" in n for n in nodes)
    assert not any(k.startswith(PREFIXES["dmo"]) for n in nodes for k in n)


def test_construct_as_jsonld_parses(sample_store) -> None:
    result = CliRunner().invoke(
        main,
        [
            "--store",
            sample_store.location,
            "query",
            "CONSTRUCT WHERE { ?s a dmo:Meeting }",
            "--format",
            "jsonld",
        ],
        catch_exceptions=False,
    )
    g = Graph().parse(data=result.output, format="json-ld")
    assert len(g) > 0 and all(o == URIRef(PREFIXES["dmo"] + "Meeting") for o in g.objects())
