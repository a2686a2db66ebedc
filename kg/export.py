"""Exports of the graph for other tools: GraphML and GEXF networks (Gephi, Cytoscape, yEd).

The RDF serializations (Turtle, N-Triples, N-Quads, TriG, JSON-LD) are `kg.store.dump`.
Network attributes that the formats cannot hold (lists, None) are written as text: the
meetings of an edge become one space-separated string of IRIs.
"""

from __future__ import annotations

import os

import networkx as nx

from kg.model import KgError
from kg.store import dump

NETWORK_FORMATS = ("graphml", "gexf")

__all__ = ["NETWORK_FORMATS", "dump", "flat_copy", "write_network"]


def _flat(value: object) -> str | int | float | bool:
    if isinstance(value, (list, tuple, set)):
        return " ".join(str(v) for v in value)
    if isinstance(value, (str, int, float, bool)):
        return value
    return "" if value is None else str(value)


def flat_copy(g: nx.Graph) -> nx.Graph:
    """A copy whose node and edge attributes are all strings or numbers."""
    out = g.__class__()
    out.graph.update({k: _flat(v) for k, v in g.graph.items()})
    for n, data in g.nodes(data=True):
        out.add_node(n, **{k: _flat(v) for k, v in data.items()})
    for a, b, data in g.edges(data=True):
        out.add_edge(a, b, **{k: _flat(v) for k, v in data.items()})
    return out


def write_network(g: nx.Graph, path: str | os.PathLike[str], fmt: str = "graphml") -> None:
    """Write a network as GraphML or GEXF (node ids are IRIs; `label` is the display name)."""
    flat = flat_copy(g)
    if fmt == "graphml":
        nx.write_graphml(flat, path)
    elif fmt == "gexf":
        nx.write_gexf(flat, path)
    else:
        raise KgError(f"unknown network format {fmt!r}; use graphml or gexf")
