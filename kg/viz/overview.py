"""The first view of a large graph: its best-connected people and countries, linked by how often they met.

A view of a whole corpus holds thousands of nodes; drawn at once it is a hairball. Above
`OVERVIEW_LIMIT` nodes (and without a focus) the explorer opens on an overview: the people and
countries with the most meetings, and one aggregated edge per pair that met ("12 meetings"),
while the rest of the graph travels in the page, found by search and shown by expanding a node.
Nothing here knows about HTML.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from itertools import combinations

from kg.viz.graph import VizEdge, VizGraph

OVERVIEW_LIMIT = 300  # a view with more nodes than this opens on its overview
OVERVIEW_PEOPLE = 120
OVERVIEW_COUNTRIES = 60
SHARED = "shared meetings"  # the relation of an aggregated edge
EDGES_PER_NODE = 3  # an aggregated edge is drawn when it is among the strongest of either end


@dataclass
class Overview:
    """The nodes the first view shows and the aggregated edges drawn between them."""

    nodes: list[str] = field(default_factory=list)
    edges: list[VizEdge] = field(default_factory=list)
    total: int = 0  # nodes in the whole view


def _top(graph: VizGraph, kind: str, n: int) -> list[str]:
    ranked = sorted(
        (node for node in graph.nodes.values() if node.kind == kind),
        key=lambda node: (-int(node.attrs.get("meetings", 0)), node.label),
    )
    return [node.id for node in ranked[:n]]


def overview(
    graph: VizGraph, people: int = OVERVIEW_PEOPLE, countries: int = OVERVIEW_COUNTRIES
) -> Overview | None:
    """The overview of a view too large to draw whole, or None when it can be drawn whole (or has
    a focus, which is already a readable neighbourhood)."""
    if len(graph.nodes) <= OVERVIEW_LIMIT or graph.focus:
        return None
    chosen = _top(graph, "person", people) + _top(graph, "country", countries)
    if not chosen:  # no people or countries: the nodes with the most meetings, whatever their kind
        ranked = sorted(graph.nodes.values(), key=lambda n: -int(n.attrs.get("meetings", 0)))
        chosen = [n.id for n in ranked[: people + countries]]
    keep = set(chosen)
    edges: list[VizEdge] = []
    if any(n.kind == "meeting" for n in graph.nodes.values()):  # meetings drawn as nodes: aggregate them
        members: dict[str, set[str]] = defaultdict(set)
        dates: dict[str, str] = {}
        for e in graph.edges:
            if graph.nodes[e.source].kind == "meeting" and e.target in keep:
                members[e.source].add(e.target)
                dates[e.source] = e.dates[0] if e.dates else ""
        pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
        for meeting, who in members.items():
            for a, b in combinations(sorted(who), 2):
                pairs[(a, b)].append(dates[meeting])
        strongest: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for pair in sorted(pairs, key=lambda p: (-len(pairs[p]), p)):
            for end in pair:
                strongest[end].append(pair)
        kept = {pair for ranked in strongest.values() for pair in ranked[:EDGES_PER_NODE]}
        edges = [
            VizEdge(a, b, SHARED, weight=len(d), dates=sorted(x for x in d if x))
            for (a, b), d in pairs.items()
            if (a, b) in kept
        ]
    return Overview(chosen, edges, len(graph.nodes))
