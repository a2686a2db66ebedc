"""The HTML explorer and timeline pictures, checked on real stores and real files (no browser).

The browser half (drawing, search, no network, no script execution) is tests/test_viz_browser.py.
"""

from __future__ import annotations

import json
import re
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from kg.cli import main
from kg.model import Document, Entity, Evidence, Extraction, KgError, Meeting, Statement
from kg.namespaces import release_iri
from kg.rdf import extraction_to_quads
from kg.reconcile import reconcile
from kg.store import EmbeddedStore, load_reference_data
from kg.viz import (
    PHYSICS_LIMIT,
    ViewOptions,
    VizEdge,
    VizGraph,
    VizNode,
    compute_layout,
    load_view,
    page_data,
    render_html,
    script_json,
    write_html_view,
)
from kg.viz.timeline import normalize_rows, write_timeline

PERSON = "https://w3id.org/dmkg/id/person/"
TOKAYEV = PERSON + "kassym-jomart-tokayev"
PUTIN = PERSON + "vladimir-putin"
IMG = "<img src=x onerror=alert(1)>"
CLOSE = "</script><script>alert(1)</script>"


def page_json(html: str) -> dict:
    """The data block of an exported page, parsed back."""
    m = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.S)
    assert m, "the page has no data block"
    return json.loads(m.group(1))


def hostile_extraction() -> Extraction:
    """A release whose names and sentences try to inject markup and script."""
    text = f"{IMG} met {CLOSE} & <b>friends</b> in Astana."
    doc = Document(
        reader="akorda",
        identifier="evil.txt",
        title=f"Title {IMG}",
        text=text,
        date=date(2024, 4, 1),
        url="javascript:alert(1)",
    )
    people = [Entity("person", "evil-img", IMG), Entity("person", "evil-script", CLOSE)]
    ev = Evidence(text, 0, len(text))
    meeting = Meeting(
        status="held",
        date=date(2024, 4, 1),
        mode="in_person",
        participants=people,
        topics=[Entity("topic", "economic", "Economic", props={"notation": "economic"})],
        evidence=[Statement("participant", p, ev) for p in people],
    )
    return Extraction(doc, [meeting], "kg.test.v1")


@pytest.fixture
def hostile_store(tmp_path):
    store = EmbeddedStore(tmp_path / "hostile")
    ex = hostile_extraction()
    store.write_releases([(str(release_iri(ex.document.key)), extraction_to_quads(ex))])
    reconcile(store)
    yield store
    store.close()


# --- the page is self-contained and safe -----------------------------------------------------------


def test_page_is_self_contained(sample_store, tmp_path):
    out = tmp_path / "graph.html"
    write_html_view(sample_store, out)
    html = out.read_text(encoding="utf-8")
    assert "default-src 'none'" in html and "Content-Security-Policy" in html
    # nothing is loaded from elsewhere: no src/href attributes on script, link, img or iframe
    assert not re.search(r"<(script|link|img|iframe)\b[^>]*\b(src|href)\s*=", html, re.I)
    assert "vis-network" in html and "@license" in html  # vis-network inlined with its licence header
    data = page_json(html)
    assert {n["kind"] for n in data["nodes"]} == {
        "meeting",
        "person",
        "country",
        "organization",
        "place",
        "event",
        "framework",
        "topic",
    }
    assert len(data["nodes"]) == 32


def test_hostile_labels_are_data_not_markup(hostile_store, tmp_path):
    out = tmp_path / "evil.html"
    write_html_view(hostile_store, out)
    html = out.read_text(encoding="utf-8")
    assert IMG not in html
    assert "<b>friends" not in html
    # the only </script> closings are the page's own three script elements
    assert html.lower().count("</script") == 3
    labels = {n["fullLabel"] for n in page_json(html)["nodes"]}
    assert {IMG, CLOSE} <= labels


@settings(max_examples=60, deadline=None)
@given(st.text())
def test_script_json_cannot_close_the_script_element(text):
    encoded = script_json({"label": text})
    assert "<" not in encoded and ">" not in encoded and "&" not in encoded
    assert json.loads(encoded) == {"label": text}


# --- what the nodes carry ------------------------------------------------------------------------


def test_meeting_node_carries_evidence_and_source(sample_store):
    graph = load_view(sample_store)
    meeting = next(n for n in graph.nodes.values() if n.kind == "meeting" and n.attrs["date"] == "2024-02-10")
    a = meeting.attrs
    assert (a["mode"], a["status"]) == ("phone", "held")
    assert a["participants"] == ["Kassym-Jomart Tokayev", "Vladimir Putin"]
    assert a["countries"] == ["Kazakhstan", "Russia"]
    assert a["topics"] == ["Economic"]
    assert a["url"] == "https://example.org/news/putin-call"
    [evidence] = a["evidence"]
    assert evidence["sentence"] == "Kassym-Jomart Tokayev and Vladimir Putin held talks on 2024-02-10."
    assert evidence["start"] == 0
    assert sorted(evidence["facts"]) == ["participant: Kassym-Jomart Tokayev", "participant: Vladimir Putin"]


def test_person_node_carries_posts_from_reference_data(sample_store):
    load_reference_data(sample_store)
    person = load_view(sample_store).nodes[TOKAYEV]
    assert person.attrs["meetings"] == 7
    assert {"post": "President of Kazakhstan", "from": "2019-03-20", "to": ""} in person.attrs["posts"]
    assert len({p["post"] for p in person.attrs["posts"]}) == len(person.attrs["posts"])
    assert "Tokayev" in person.attrs["aliases"]


# --- views, filters and focus --------------------------------------------------------------------


def test_views(sample_store):
    full = load_view(sample_store, ViewOptions(view="full"))
    meetings = load_view(sample_store, ViewOptions(view="meetings"))
    assert all(
        full.nodes[e.source].kind == "meeting" or e.relation in ("nationality", "broader") for e in full.edges
    )
    assert all(meetings.nodes[e.source].kind == "meeting" for e in meetings.edges)
    assert {e.relation for e in meetings.edges} == {
        "participant",
        "country",
        "organization",
        "venue",
        "held at",
        "references",
        "topic",
    }
    people = load_view(sample_store, ViewOptions(view="people"))
    assert set(people.kinds()) == {"person"}
    pair = next(e for e in people.edges if {e.source, e.target} == {TOKAYEV, PUTIN})
    assert (pair.relation, pair.weight, pair.dates) == ("met", 2, ["2024-02-10", "2024-07-03"])
    countries = load_view(sample_store, ViewOptions(view="countries"))
    assert set(countries.kinds()) == {"country"}
    assert {countries.nodes[i].attrs["iso"] for i in countries.nodes} >= {"KZ", "RU", "CN", "TR", "AT", "BY"}


@pytest.mark.parametrize(
    "options, dates",
    [
        (ViewOptions(since="2024-01-01", until="2024-06-30"), ["2024-01-15", "2024-02-10", "2024-05-16"]),
        (ViewOptions(mode="phone"), ["2024-01-15", "2024-02-10"]),
        (ViewOptions(country="tr"), ["2023-11-03"]),
        (ViewOptions(topic="health"), ["2023-10-27", "2023-10-28"]),  # primary health care is narrower
        (ViewOptions(framework="SCO"), ["2024-07-02", "2024-07-03"]),
    ],
)
def test_filters_keep_the_right_meetings(sample_store, options, dates):
    graph = load_view(sample_store, options)
    assert sorted(n.attrs["date"] for n in graph.nodes.values() if n.kind == "meeting") == dates


def test_focus_keeps_the_neighbourhood(sample_store):
    one = load_view(sample_store, ViewOptions(view="people", focus="Putin", hops=1))
    assert one.focus == PUTIN
    assert {n.label for n in one.nodes.values()} == {
        "Vladimir Putin",
        "Kassym-Jomart Tokayev",
        "Xi Jinping",
        "Alexander Lukashenko",
    }
    two = load_view(sample_store, ViewOptions(view="people", focus="Putin", hops=2))
    assert len(two.nodes) == 8
    assert load_view(sample_store, ViewOptions(focus="Putin", hops=0)).nodes.keys() == {PUTIN}


def test_focus_on_an_unknown_name_is_an_error(sample_store):
    with pytest.raises(KgError, match="Nobody Atall"):
        load_view(sample_store, ViewOptions(focus="Nobody Atall"))


# --- large graphs get a fixed layout -------------------------------------------------------------


def ring_graph(n: int) -> VizGraph:
    nodes = {
        f"urn:n{i}": VizNode(f"urn:n{i}", "person" if i % 3 else "meeting", f"N{i}", {"dates": []})
        for i in range(n)
    }
    edges = [VizEdge(f"urn:n{i}", f"urn:n{(i + 1) % n}", "participant") for i in range(n)]
    edges += [
        VizEdge(f"urn:n{i}", f"urn:n{(i * 7) % n}", "participant") for i in range(0, n, 5) if (i * 7) % n != i
    ]
    return VizGraph(nodes, edges)


def test_large_graph_has_fixed_positions_and_no_physics():
    data = page_data(ring_graph(PHYSICS_LIMIT + 200), "big")
    assert data["physics"] is False and data["options"]["physics"]["enabled"] is False
    first = set(data["overview"]["nodes"])  # a large graph opens on its overview, laid out here
    assert 0 < len(first) <= PHYSICS_LIMIT
    drawn = [n for n in data["nodes"] if n["id"] in first]
    assert all(
        isinstance(n["x"], float) and isinstance(n["y"], float) and n["physics"] is False for n in drawn
    )
    xs = [n["x"] for n in drawn]
    assert max(xs) - min(xs) > 500  # spread over the canvas, not piled up


def test_small_graph_uses_physics(sample_store):
    data = page_data(load_view(sample_store), "small")
    assert data["physics"] is True and data["options"]["physics"]["enabled"] is True
    assert not any("x" in n for n in data["nodes"])


def test_small_and_medium_layouts_spread_the_nodes():
    for n in (1, 30, 300):  # networkx spring_layout
        positions = compute_layout(ring_graph(n))
        assert len(set(positions.values())) == n


def test_layout_is_deterministic():
    graph = ring_graph(600)
    assert compute_layout(graph) == compute_layout(graph)
    assert len(set(compute_layout(graph).values())) == 600


# --- timeline -------------------------------------------------------------------------------------


def test_kg_timeline_and_kg_viz_timeline_draw_one_timeline(sample_store, tmp_path):
    """`kg viz timeline NAME -o FILE` draws the timeline `kg timeline NAME --html FILE` draws."""
    location = sample_store.location
    sample_store.close()
    runner = CliRunner()
    viz, table = tmp_path / "viz.html", tmp_path / "table.html"
    for args in (["viz", "timeline", "Putin", "-o", str(viz)], ["timeline", "Putin", "--html", str(table)]):
        result = runner.invoke(main, ["--store", location, *args], catch_exceptions=False)
        assert result.exit_code == 0, result.output
    page = viz.read_text(encoding="utf-8")
    assert page == table.read_text(encoding="utf-8")
    rows = re.findall(r"<tr><td>([^<]*)</td><td>([^<]*)</td><td>([^<]*)</td>", page)
    assert rows == [
        ("2024-01-15", "phone", "Alexander Lukashenko"),
        ("2024-02-10", "phone", "Kassym-Jomart Tokayev"),
        ("2024-05-16", "in person", "Xi Jinping"),
        ("2024-07-03", "in person", "Kassym-Jomart Tokayev"),
    ]


def test_timeline_png_and_html(tmp_path):
    rows = [
        ("2024-01-15", "phone", "Alexander Lukashenko", "Call"),
        ("2024-02-10", "in_person", IMG, "Meeting $5 billion$ deal"),
        ("2024-03-01", "video", "Kassym-Jomart Tokayev", CLOSE),
    ]
    png = write_timeline(rows, tmp_path / "t.png")
    assert png.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n" and png.stat().st_size > 5000
    page = write_timeline(rows, tmp_path / "t.html", title=f"Meetings of {IMG}").read_text(encoding="utf-8")
    assert "default-src 'none'" in page and 'src="data:image/png;base64,' in page
    assert IMG not in page and CLOSE not in page and "&lt;img src=x onerror=alert(1)&gt;" in page


def test_timeline_accepts_analytics_rows():
    rows = [
        {
            "date": "2024-02-10",
            "mode": "Phone",
            "status": "Held",
            "with": "A; B",
            "label": "Call",
            "meeting": "urn:m",
        }
    ]
    assert normalize_rows(rows) == [
        ("2024-02-10", "phone", "A", "Call"),
        ("2024-02-10", "phone", "B", "Call"),
    ]


def test_timeline_without_dates_is_an_error(tmp_path):
    with pytest.raises(KgError, match="no dated meetings"):
        write_timeline([("", "phone", "A", "Call")], tmp_path / "t.png")


# --- command line and build -----------------------------------------------------------------------


def test_cli_viz_writes_each_view(sample_store, tmp_path):
    location = sample_store.location
    sample_store.close()
    runner = CliRunner()
    for view in ("full", "meetings", "people", "countries"):
        out = tmp_path / f"{view}.html"
        result = runner.invoke(
            main, ["--store", location, "viz", "--view", view, "-o", str(out)], catch_exceptions=False
        )
        assert result.exit_code == 0, result.output
        assert page_json(out.read_text(encoding="utf-8"))["view"] == view
    out = tmp_path / "focus.html"
    result = runner.invoke(
        main,
        [
            "--store",
            location,
            "viz",
            "--focus",
            "Tokayev",
            "--hops",
            "1",
            "--since",
            "2024-01-01",
            "-o",
            str(out),
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    # Tokayev, his three meetings of 2024 and his country (nationality); 3 participant + 3 country + 1 links
    assert result.output.strip() == f"5 nodes, 7 links -> {out}"


def test_cli_viz_errors(sample_store, tmp_path):
    location = sample_store.location
    sample_store.close()
    runner = CliRunner()
    bad_date = runner.invoke(main, ["--store", location, "viz", "--since", "May 2024"])
    assert bad_date.exit_code == 2 and "is not a date like" in bad_date.output
    unknown = runner.invoke(
        main, ["--store", location, "viz", "--focus", "Nobody Atall", "-o", str(tmp_path / "x.html")]
    )
    assert unknown.exit_code == 1 and "Nobody Atall" in unknown.output
    assert not (tmp_path / "x.html").exists()


def test_cli_viz_timeline(sample_store, tmp_path):
    location = sample_store.location
    sample_store.close()
    out = tmp_path / "putin.png"
    result = CliRunner().invoke(
        main, ["--store", location, "viz", "timeline", "Putin", "-o", str(out)], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert result.output.strip() == f"4 meetings -> {out}"
    assert out.read_bytes()[:4] == b"\x89PNG"


def test_build_writes_the_explorer(sample_store, tmp_path):
    from kg.build import build

    result = build(sample_store, tmp_path / "out")
    html = (tmp_path / "out" / "graph.html").read_text(encoding="utf-8")
    assert tmp_path / "out" / "graph.html" in result.outputs
    assert len(page_json(html)["nodes"]) == 32


def test_render_html_sets_an_escaped_title():
    html = render_html(VizGraph({}, []), title=IMG)
    assert f"<title>{IMG}" not in html and "<title>&lt;img src=x onerror=alert(1)&gt;</title>" in html
    assert page_json(html)["nodes"] == []


def test_corpus_store_is_not_needed_for_unit_tests():
    # the explorer ships its assets as package data
    from importlib import resources

    names = {p.name for p in resources.files("kg.assets").iterdir()}
    assert {
        "vis-network.min.js",
        "vis-network.min.css",
        "explorer.js",
        "explorer.css",
        "template.html",
    } <= names
    assert Path(str(resources.files("kg.assets") / "vis-network.min.js")).stat().st_size > 400_000


def test_view_reads_the_same_from_embedded_and_remote_stores(any_store):
    graph = load_view(any_store, ViewOptions(view="people", focus="Putin"))
    assert {n.label for n in graph.nodes.values()} == {
        "Vladimir Putin",
        "Kassym-Jomart Tokayev",
        "Xi Jinping",
        "Alexander Lukashenko",
    }
    assert graph.nodes[PUTIN].attrs["meetings"] == 4
