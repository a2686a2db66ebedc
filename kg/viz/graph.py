"""The records of an explorer view (nodes, edges, the options that chose them) and what works on
a view alone: finding a node by name, the view as a networkx graph."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import networkx as nx

from kg.filters import MODES, Filters
from kg.model import KgError

VIEWS = ("full", "meetings", "people", "countries")
__all__ = ["MODES", "VIEWS", "ViewOptions", "VizEdge", "VizGraph", "VizNode", "find_node", "to_networkx"]


@dataclass(frozen=True)
class ViewOptions(Filters):
    """Which view to draw, and which meetings to keep: the filters of kg.filters (since, until,
    country, topic, framework, mode; all optional) and the view's own options."""

    view: str = "full"
    focus: str | None = None  # a name, alias or IRI; keeps the neighbourhood of that node
    hops: int = 1
    fold: bool = True  # fold a cross-reported meeting's accounts into its event (False: raw graph)


@dataclass
class VizNode:
    id: str  # the IRI
    kind: str  # meeting, person, country, organization, place, event, framework, topic
    label: str
    attrs: dict[str, Any] = field(default_factory=dict)  # everything shown on hover and click


@dataclass
class VizEdge:
    source: str
    target: str
    relation: str
    weight: int = 1
    dates: list[str] = field(default_factory=list)  # dates of the meetings behind the edge


@dataclass
class VizGraph:
    nodes: dict[str, VizNode]
    edges: list[VizEdge]
    view: str = "full"
    focus: str | None = None  # id of the focus node, when one was asked for

    def kinds(self) -> Counter[str]:
        return Counter(n.kind for n in self.nodes.values())


def find_node(graph: VizGraph, name: str) -> str:
    """The id of the node called `name` (label, alias, IRI or, failing those, a unique substring)."""
    wanted = name.strip().casefold()
    exact = [
        n.id
        for n in graph.nodes.values()
        if wanted
        in {n.id.casefold(), n.label.casefold(), *(a.casefold() for a in n.attrs.get("aliases", []))}
    ]
    if exact:
        return sorted(exact, key=lambda i: -graph.nodes[i].attrs.get("meetings", 0))[0]
    partial = [n.id for n in graph.nodes.values() if n.kind != "meeting" and wanted in n.label.casefold()]
    if len(partial) == 1:
        return partial[0]
    if partial:
        names = ", ".join(sorted(graph.nodes[i].label for i in partial)[:8])
        raise KgError(f"{name!r} matches several nodes: {names}; give the full name")
    raise KgError(f"no node called {name!r} in this view; try another name or --view full")


def to_networkx(graph: VizGraph) -> nx.Graph:
    """The view as an undirected networkx graph (node ids are the IRIs)."""
    g = nx.Graph()
    g.add_nodes_from(graph.nodes)
    for e in graph.edges:
        g.add_edge(e.source, e.target, weight=e.weight)
    return g
