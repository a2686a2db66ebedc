"""Networks from the graph: co-participation, paths through meetings, ego networks, centrality,
communities, timelines, filters, and GraphML/GEXF exports read back by networkx."""

from __future__ import annotations

from datetime import date

import networkx as nx
import pytest
from click.testing import CliRunner

from kg.analytics import (
    Filters,
    centrality,
    communities,
    country_network,
    ego,
    make_filters,
    meeting_graph,
    people_network,
    shortest_paths,
    timeline,
)
from kg.cli import main
from kg.export import write_network

DMR = "https://w3id.org/dmkg/id/"
TOKAYEV, PUTIN, XI = (
    DMR + "person/kassym-jomart-tokayev",
    DMR + "person/vladimir-putin",
    DMR + "person/xi-jinping",
)
KLUGE, TEDROS = DMR + "person/hans-kluge", DMR + "person/tedros-adhanom-ghebreyesus"


def close_quietly(store) -> None:
    try:
        store.close()
    except (AttributeError, RuntimeError, OSError):  # already closed, or read-only (no flush)
        pass


def test_people_network_weights_are_shared_meetings(any_store):
    g = people_network(any_store)
    assert g.number_of_nodes() == 8
    assert g.edges[TOKAYEV, PUTIN]["weight"] == 2
    assert len(g.edges[TOKAYEV, PUTIN]["meetings"]) == 2
    assert g.edges[PUTIN, XI]["weight"] == 1
    assert g.nodes[TOKAYEV]["label"] == "Kassym-Jomart Tokayev"
    assert not g.has_edge(KLUGE, TEDROS)


def test_country_network_and_bipartite_graph(any_store):
    c = country_network(any_store)
    assert c.edges[DMR + "country/KZ", DMR + "country/RU"]["weight"] == 2
    b = meeting_graph(any_store)
    meetings = [n for n, d in b.nodes(data=True) if d["kind"] == "meeting"]
    assert len(meetings) == 9
    assert nx.is_bipartite(b)


def test_path_from_kluge_to_tedros_goes_through_tokayevs_meetings(any_store):
    g = people_network(any_store)
    paths = shortest_paths(g, KLUGE, TEDROS)
    assert len(paths) == 1
    hops = paths[0]
    assert [(h.source, h.target) for h in hops] == [(KLUGE, TOKAYEV), (TOKAYEV, TEDROS)]
    assert all(len(h.meetings) == 1 for h in hops)


def test_ego_network_by_hops(sample_store):
    g = people_network(sample_store)
    assert set(ego(g, PUTIN, 1)) == {PUTIN, TOKAYEV, XI, DMR + "person/alexander-lukashenko"}
    assert len(ego(g, PUTIN, 2)) == 8


def test_centrality_ranks_tokayev_first(sample_store):
    rows = centrality(people_network(sample_store), top=3)
    assert [r["label"] for r in rows][:2] == ["Kassym-Jomart Tokayev", "Vladimir Putin"]
    assert rows[0]["meetings"] == 7
    by_betweenness = centrality(people_network(sample_store), top=None, by="betweenness")
    assert by_betweenness[0]["node"] == TOKAYEV and len(by_betweenness) == 8


@pytest.mark.parametrize("method", ["greedy", "louvain"])
def test_communities_split_the_two_circles(sample_store, method):
    found = communities(people_network(sample_store), method)
    assert sorted(map(len, found)) == [3, 5]
    assert {PUTIN, XI, DMR + "person/alexander-lukashenko"} in [set(c) for c in found]


def test_filters_by_date_mode_topic_and_framework(any_store):
    assert people_network(any_store, Filters(mode="phone")).number_of_edges() == 2
    assert set(people_network(any_store, Filters(since=date(2024, 6, 1)))) == {TOKAYEV, PUTIN, XI}
    health = make_filters(any_store, topic="health")
    assert {frozenset(e) for e in people_network(any_store, health).edges} == {
        frozenset((KLUGE, TOKAYEV)),
        frozenset((TOKAYEV, TEDROS)),
    }
    sco = make_filters(any_store, framework="SCO", until=date(2024, 7, 2))
    assert set(people_network(any_store, sco)) == {TOKAYEV, XI}


def test_timeline_of_a_person(any_store):
    rows = timeline(any_store, TOKAYEV, Filters(since=date(2024, 1, 1)))
    assert [(r["date"], r["mode"], r["with"]) for r in rows] == [
        ("2024-02-10", "Phone", "Vladimir Putin"),
        ("2024-07-02", "InPerson", "Xi Jinping"),
        ("2024-07-03", "InPerson", "Vladimir Putin"),
    ]


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_network_exports_read_back(sample_store, tmp_path, fmt, reader):
    g = people_network(sample_store)
    path = tmp_path / f"net.{fmt}"
    write_network(g, path, fmt)
    back = reader(path)
    assert back.number_of_nodes() == 8 and back.number_of_edges() == g.number_of_edges()
    data = back.get_edge_data(TOKAYEV, PUTIN)
    assert int(data["weight"]) == 2
    assert len(str(data["meetings"]).split()) == 2


def test_graph_cli_commands(sample_store, tmp_path):
    loc = sample_store.location
    close_quietly(sample_store)
    runner = CliRunner()

    def run(*args):
        out = runner.invoke(main, ["--store", loc, *args], catch_exceptions=False)
        assert out.exit_code == 0, out.output
        return out.output

    path = run("graph", "path", "Kluge", "Tedros")
    assert path.splitlines()[:2] == ["chain 1 (2 hops):", "  Hans Kluge -> Kassym-Jomart Tokayev (1 meeting)"]
    assert path.count("<https://w3id.org/dmkg/id/reconciled/") == 2  # each with its date and label
    assert "Xi Jinping" in run("graph", "ego", "Putin", "--hops", "1")
    assert run("graph", "centrality", "--top", "1").splitlines()[2].startswith("Kassym-Jomart Tokayev")
    assert run("graph", "communities", "--method", "louvain").splitlines()[0].startswith("1 (5): ")
    assert (
        run("graph", "centrality", "--kind", "country", "--top", "1").splitlines()[2].startswith("Kazakhstan")
    )
    out_file = tmp_path / "g.gexf"
    assert "8 nodes" in run("graph", "export", "--format", "gexf", "-o", str(out_file))
    assert nx.read_gexf(out_file).number_of_nodes() == 8
    bip = tmp_path / "m.graphml"
    run("graph", "export", "--kind", "meeting", "-o", str(bip))
    assert nx.read_graphml(bip).number_of_nodes() > 9
    lines = run("timeline", "Tokayev", "--mode", "phone").splitlines()
    assert len(lines) == 3 and lines[2].startswith("2024-02-10  Phone")
    none = runner.invoke(main, ["--store", loc, "graph", "path", "Kluge", "Tedros", "--mode", "phone"])
    assert none.exit_code == 1


def test_timeline_html(sample_store, tmp_path):
    pytest.importorskip("matplotlib")
    loc = sample_store.location
    close_quietly(sample_store)
    page = tmp_path / "t.html"
    out = CliRunner().invoke(
        main, ["--store", loc, "timeline", "Putin", "--html", str(page)], catch_exceptions=False
    )
    assert out.exit_code == 0, out.output
    text = page.read_text(encoding="utf-8")
    assert "Alexander Lukashenko" in text and "Xi Jinping" in text
