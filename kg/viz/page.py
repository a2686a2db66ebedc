"""The explorer page of a view: self-contained, offline and safe (the only importer of pyvis).

pyvis assembles the vis-network nodes, edges and options; the page itself comes from our own
template (kg/assets/template.html) with vis-network, the explorer script and the data inlined,
so the file makes no network request and opens from anywhere. Labels and evidence come from
untrusted documents: they travel as escaped JSON and the explorer only ever renders them as
text (textContent, canvas labels). Beyond `PHYSICS_LIMIT` nodes the layout is computed in Python
(kg.viz.layout) with fixed positions, so large graphs draw at once. A meeting reported by several
sources gets a thick amber border, a "N sources" badge in its label and a legend entry.
"""

from __future__ import annotations

import html
import json
import math
import re
from collections import Counter
from importlib import resources
from pathlib import Path
from typing import Any

from pyvis.network import Network

from kg.viz.data import ViewOptions, VizEdge, VizGraph, load_view
from kg.viz.layout import LAYOUT_SEED, PHYSICS_LIMIT, compute_layout
from kg.viz.overview import SHARED, Overview, overview

HUB_LABELS = 20  # in large graphs, the best-connected nodes whose labels stay readable when zoomed out
OVERVIEW_SPREAD = 1.15  # an overview is spread a little wider, so its labels overlap less when fitted
OVERVIEW_HUB_FONT = 22

# Colour and vis-network shape of each node kind (also drives the legend).
STYLE: dict[str, dict[str, str]] = {
    "meeting": {"color": "#4e79a7", "shape": "box", "name": "Meeting"},
    "person": {"color": "#e15759", "shape": "dot", "name": "Person"},
    "country": {"color": "#59a14f", "shape": "diamond", "name": "Country"},
    "organization": {"color": "#f28e2b", "shape": "square", "name": "Organization"},
    "place": {"color": "#76b7b2", "shape": "triangle", "name": "Place"},
    "event": {"color": "#edc948", "shape": "star", "name": "Event"},
    "framework": {"color": "#b07aa1", "shape": "hexagon", "name": "Framework"},
    "topic": {"color": "#9c755f", "shape": "triangleDown", "name": "Topic"},
}
# A meeting reported by several sources (a reconciled event with its accounts folded in).
CROSS_REPORTED = {"background": "#fff4d6", "border": "#d98c00", "borderWidth": 4}
_MARKER = re.compile(r"/\*KG:([A-Z_]+)\*/")


def _asset(name: str) -> str:
    return resources.files("kg.assets").joinpath(name).read_text(encoding="utf-8")


def script_json(value: Any) -> str:
    """JSON safe inside a <script> element: '<', '>' and '&' escaped so data cannot close it."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _options(physics: bool) -> dict[str, Any]:
    return {
        "autoResize": True,
        "nodes": {
            "font": {"size": 14, "face": "sans-serif", "strokeWidth": 3, "strokeColor": "#ffffff"},
            "borderWidth": 1,
            "size": 14,
        },
        "edges": {
            "color": {"color": "#a8b0b8", "highlight": "#333333", "hover": "#555555"},
            "font": {"size": 10, "color": "#555555", "strokeWidth": 2, "align": "middle"},
            "smooth": False,
            "selectionWidth": 2,
        },
        "interaction": {
            "hover": True,
            "tooltipDelay": 150,
            "hideEdgesOnDrag": not physics,
            "navigationButtons": False,
            "keyboard": False,
            "multiselect": False,
        },
        "physics": {
            "enabled": physics,
            "solver": "forceAtlas2Based",
            "forceAtlas2Based": {"gravitationalConstant": -60, "springLength": 90},
            "stabilization": {"enabled": physics, "iterations": 400, "fit": True},
        },
        "layout": {"randomSeed": LAYOUT_SEED, "improvedLayout": False},
    }


def _edge_label(e: VizEdge) -> str:
    if e.relation == SHARED:  # an aggregated edge of the overview
        return f"{e.weight} meeting{'s' if e.weight > 1 else ''}"
    return e.relation if e.weight == 1 else f"{e.relation} ×{e.weight}"


def build_network(graph: VizGraph, first: Overview | None = None) -> Network:
    """The pyvis network of a view: styled nodes (fixed positions when large), labelled edges.

    With an overview, only its nodes get positions (laid out with its aggregated edges); the
    explorer places the others beside the node they are expanded from."""
    shown = set(first.nodes) if first else set(graph.nodes)
    large = first is not None or len(graph.nodes) > PHYSICS_LIMIT
    if first is not None:
        drawn = [e for e in graph.edges if e.source in shown and e.target in shown] + first.edges
        laid = compute_layout(VizGraph({i: graph.nodes[i] for i in first.nodes}, drawn))
        positions = {
            i: (round(x * OVERVIEW_SPREAD, 1), round(y * OVERVIEW_SPREAD, 1)) for i, (x, y) in laid.items()
        }
    else:
        positions = compute_layout(graph) if large else {}
    net = Network(directed=False, cdn_resources="in_line")
    degree = _degrees(graph)
    if first is not None:  # in the overview, the hubs are those of the aggregated graph
        degree.update({i: 0 for i in shown})
        for e in first.edges:
            degree[e.source] += e.weight
            degree[e.target] += e.weight
    # In a large graph drawn whole, labels are too small to show; the hubs get larger ones.
    hubs = (
        set(
            sorted((i for i in shown if graph.nodes[i].kind != "meeting"), key=lambda i: -degree[i])[
                :HUB_LABELS
            ]
        )
        if large
        else set()
    )
    hub_font = round(2.2 * math.sqrt(len(shown))) if first is None else OVERVIEW_HUB_FONT
    for node in graph.nodes.values():
        style = STYLE[node.kind]
        extra: dict[str, Any] = {}
        if node.id in positions:
            extra.update(x=positions[node.id][0], y=positions[node.id][1], physics=False)
        if node.id in hubs:
            extra["font"] = {"size": hub_font, "strokeWidth": max(3, hub_font // 6)}
        cut = 64 if node.kind == "meeting" else 40  # a meeting's label names its parties and date
        label = node.label if len(node.label) <= cut else node.label[: cut - 2] + "…"
        color: Any = (
            style["color"] if style["shape"] != "box" else {"background": "#dbe6f1", "border": style["color"]}
        )
        if node.attrs.get("reports", 0) > 1:  # reported by several sources: a thick amber border
            color = {
                "background": CROSS_REPORTED["background"],
                "border": CROSS_REPORTED["border"],
                "highlight": {"background": "#ffe7a8", "border": "#b36b00"},
            }
            extra.update(borderWidth=CROSS_REPORTED["borderWidth"], reports=node.attrs["reports"])
        net.add_node(
            node.id,
            label=label,
            shape=style["shape"],  # no group=: pyvis would drop the colour
            color=color,
            size=10 + min(20, 2 * math.sqrt(degree[node.id])),
            **extra,
        )
    # pyvis' add_edge scans all edges per call (quadratic); edges are appended in its own format.
    for i, e in enumerate(graph.edges + (first.edges if first else [])):
        label = _edge_label(e)
        net.edges.append(
            {
                "id": i,
                "from": e.source,
                "to": e.target,
                "label": label,
                "width": min(8.0, 1 + math.log2(e.weight)),
                "relation": e.relation,
                "dates": e.dates,
            }
        )
    net.options = _options(physics=not large)
    return net


def _degrees(graph: VizGraph) -> dict[str, int]:
    degree: dict[str, int] = dict.fromkeys(graph.nodes, 0)
    for e in graph.edges:
        degree[e.source] = degree.get(e.source, 0) + 1
        degree[e.target] = degree.get(e.target, 0) + 1
    return degree


def page_data(graph: VizGraph, title: str) -> dict[str, Any]:
    """Everything the explorer script needs, as plain JSON-able data."""
    first = overview(graph)
    net = build_network(graph, first)
    nodes = []
    for vis_node in net.nodes:
        node = graph.nodes[vis_node["id"]]
        vis_node = {k: v for k, v in vis_node.items() if k != "title"}
        vis_node.update(kind=node.kind, fullLabel=node.label, attrs=node.attrs)
        nodes.append(vis_node)
    counts = graph.kinds()
    legend = [{"kind": k, **STYLE[k], "count": counts.get(k, 0)} for k in STYLE if counts.get(k)]
    reports = Counter(n.attrs["reports"] for n in graph.nodes.values() if n.attrs.get("reports", 0) > 1)
    marks = [  # legend entries for meetings reported by several sources
        {"reports": r, "name": f"reported by {r} sources", "count": reports[r], **CROSS_REPORTED}
        for r in sorted(reports)
    ]
    dates = sorted(d for n in graph.nodes.values() for d in n.attrs.get("dates", []))
    return {
        "title": title,
        "view": graph.view,
        "focus": graph.focus,
        "nodes": nodes,
        "edges": net.edges,
        "options": net.options,
        "legend": legend,
        "marks": marks,
        "dateRange": [dates[0], dates[-1]] if dates else None,
        "physics": first is None and len(graph.nodes) <= PHYSICS_LIMIT,
        "overview": {"nodes": first.nodes, "total": first.total} if first else None,
    }


def render_html(graph: VizGraph, title: str = "Diplomatic meetings") -> str:
    """The explorer page of a view as one self-contained HTML string."""
    parts = {
        "TITLE": html.escape(title),
        "VIS_CSS": _asset("vis-network.min.css"),
        "EXPLORER_CSS": _asset("explorer.css"),
        "VIS_JS": _asset("vis-network.min.js"),
        "EXPLORER_JS": _asset("explorer.js"),
        "DATA": script_json(page_data(graph, title)),
    }
    # One pass over the template: inserted text is never searched for markers again.
    return _MARKER.sub(lambda m: parts[m.group(1)], _asset("template.html"))


def write_html(graph: VizGraph, path: str | Path, title: str = "Diplomatic meetings") -> Path:
    """Write the explorer page of a view to `path`."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(render_html(graph, title), encoding="utf-8")
    return out


def write_html_view(
    store: Any, path: str | Path, options: ViewOptions | None = None, title: str | None = None
) -> VizGraph:
    """Read the view described by `options` (default: everything) from the store and write it
    as an interactive HTML page to `path`; returns the graph that was drawn."""
    opt = options or ViewOptions()
    graph = load_view(store, opt)
    write_html(graph, path, title or _default_title(opt))
    return graph


def _default_title(opt: ViewOptions) -> str:
    parts = [f"Diplomatic meetings — {opt.view} view"]
    for name in ("focus", "since", "until", "country", "topic", "framework", "mode"):
        value = getattr(opt, name)
        if value:
            parts.append(f"{name} {value}")
    return ", ".join(parts)


__all__ = [
    "STYLE",
    "build_network",
    "page_data",
    "render_html",
    "script_json",
    "write_html",
    "write_html_view",
]
