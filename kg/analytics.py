"""The graph as networks: co-participation projections, paths, ego networks, centrality,
communities and timelines (networkx graphs and plain data, nothing printed).

Each projection is built from ONE SPARQL query (who took part in which meeting), so it stays
fast on large stores and works the same on a remote endpoint. The query joins a meeting with
its participants and their labels inside the release graph that reports it (`GRAPH ?g`): each
release carries the labels of the entities it mentions, and joining over the union of all
graphs would multiply every row by the number of releases repeating a label. Nodes are IRIs with `label` and
`kind` attributes; an edge between two entities has `weight` (number of shared meetings) and
`meetings` (their IRIs, sorted).

Meetings are counted as events: the accounts of a meeting several releases report are folded
into their reconciled event (dmr:graph/reconciled, docs/decisions/0005), which stands for them
with the union of their participants; the event node itself is not read twice.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import combinations, islice

import networkx as nx

from kg.filters import Filters  # the one filter model, also importable from here
from kg.model import KgError
from kg.namespaces import RECONCILE_GRAPH
from kg.query import run_query, to_term
from kg.sparql import counted
from kg.store import Store

KINDS = ("person", "country", "organization")
BETWEENNESS_SAMPLE = 300  # source nodes used to estimate betweenness on larger networks
# The meetings counted: one dmo:DistinctMeeting per real meeting (kg.reconcile, kg.sparql.counted).
_R = f"<{RECONCILE_GRAPH}>"

# How an entity of each kind takes part in a meeting (fixed query text; values are bound).
_KIND_PATTERN = {
    "person": '?m dmo:participant ?x . BIND("person" AS ?kind)',
    # the meeting's own country statements (a participant's nationality is no state's part in it: the
    # President of the European Commission takes part for the EU, not for Germany)
    "country": '?m dmo:country ?x . BIND("country" AS ?kind)',
    "organization": '?m dmo:organization ?x . BIND("organization" AS ?kind)',
}


@dataclass(frozen=True)
class Participation:
    """One entity taking part in one meeting (a reconciled event stands for its accounts)."""

    meeting: str
    entity: str
    kind: str
    label: str
    date: str | None
    meeting_label: str | None
    account: str = ""  # the release's own meeting that names the entity (== meeting when not folded)


def participations(
    store: Store, kinds: Sequence[str] = KINDS, filters: Filters | None = None
) -> list[Participation]:
    """Who (of `kinds`) took part in which meeting, for the meetings passing `filters`: one query."""
    unknown = [k for k in kinds if k not in _KIND_PATTERN]
    if unknown:
        raise KgError(f"unknown kind {', '.join(unknown)}; use {', '.join(KINDS)}")
    where, params = (filters or Filters()).clause()
    union = "\n  UNION\n  ".join("{ " + _KIND_PATTERN[k] + " }" for k in kinds)
    sparql = f"""
SELECT DISTINCT ?m ?x ?kind ?label ?date ?mlabel WHERE {{
  GRAPH {_R} {{ {counted("m")} . OPTIONAL {{ ?m dmo:date ?date }}
    OPTIONAL {{ ?m rdfs:label ?mlabel }} }}
  {where}
  {union}
  OPTIONAL {{ ?x rdfs:label ?label }}
}}"""
    seen: dict[tuple[str, str], Participation] = {}
    rows = sorted(run_query(store, sparql, params).records(), key=lambda r: (r["m"] or "", r["label"] or ""))
    for r in rows:
        key = (r["m"] or "", r["x"] or "")
        if key not in seen:
            seen[key] = Participation(
                key[0], key[1], r["kind"] or "", r["label"] or _tail(key[1]), r["date"], r["mlabel"], key[0]
            )
    return sorted(seen.values(), key=lambda p: (p.date or "", p.meeting, p.entity))


def _tail(iri: str) -> str:
    return iri.rstrip("/").rsplit("/", 1)[-1]


def coparticipation(rows: Iterable[Participation]) -> nx.Graph:
    """Entities linked when they shared meetings: weight = number of meetings, meetings = IRIs."""
    g = nx.Graph()
    by_meeting: dict[str, list[Participation]] = defaultdict(list)
    for p in rows:
        g.add_node(p.entity, label=p.label, kind=p.kind)
        by_meeting[p.meeting].append(p)
    shared: dict[tuple[str, str], set[str]] = defaultdict(set)
    for meeting, members in by_meeting.items():
        for a, b in combinations(sorted({m.entity for m in members}), 2):
            shared[(a, b)].add(meeting)
    for (a, b), meetings in shared.items():
        g.add_edge(a, b, weight=len(meetings), meetings=sorted(meetings))
    return g


def people_network(store: Store, filters: Filters | None = None) -> nx.Graph:
    """People linked by the meetings they took part in together."""
    return coparticipation(participations(store, ("person",), filters))


def country_network(store: Store, filters: Filters | None = None) -> nx.Graph:
    """Countries linked by meetings they (or their nationals) took part in together."""
    return coparticipation(participations(store, ("country",), filters))


def network(store: Store, kind: str = "person", filters: Filters | None = None) -> nx.Graph:
    """The co-participation network of `kind` (person, country or organization), or the
    bipartite meeting graph when `kind` is "meeting"."""
    if kind == "meeting":
        return meeting_graph(store, filters)
    return coparticipation(participations(store, (kind,), filters))


def meeting_graph(store: Store, filters: Filters | None = None, kinds: Sequence[str] = KINDS) -> nx.Graph:
    """Bipartite graph: meeting nodes (bipartite=0) linked to the entities taking part (bipartite=1)."""
    g = nx.Graph()
    for p in participations(store, kinds, filters):
        g.add_node(
            p.meeting,
            label=p.meeting_label or _tail(p.meeting),
            kind="meeting",
            date=p.date or "",
            bipartite=0,
        )
        g.add_node(p.entity, label=p.label, kind=p.kind, bipartite=1)
        g.add_edge(p.meeting, p.entity)
    return g


# --- questions on a network -------------------------------------------------------------------------


@dataclass(frozen=True)
class Hop:
    """One step of a chain: two entities and the meetings they shared."""

    source: str
    target: str
    meetings: tuple[str, ...]


def shortest_paths(g: nx.Graph, source: str, target: str, limit: int = 5) -> list[list[Hop]]:
    """Up to `limit` shortest chains of meetings from source to target ([] when not connected)."""
    for node in (source, target):
        if node not in g:
            raise KgError(f"{node} took part in no meeting of this network (none that passes the filters)")
    try:
        paths = list(islice(nx.all_shortest_paths(g, source, target), limit))
    except nx.NetworkXNoPath:
        return []
    return [
        [Hop(a, b, tuple(g.edges[a, b]["meetings"])) for a, b in zip(path, path[1:], strict=False)]
        for path in paths
    ]


def ego(g: nx.Graph, center: str, hops: int = 1) -> nx.Graph:
    """The part of the network within `hops` steps of `center`."""
    if center not in g:
        raise KgError(f"{center} took part in no meeting of this network")
    return nx.ego_graph(g, center, radius=hops)


def centrality(g: nx.Graph, top: int | None = 10, by: str = "degree") -> list[dict[str, object]]:
    """Degree, betweenness and eigenvector centrality of each node, highest `by` first."""
    if g.number_of_nodes() == 0:
        return []
    degree = nx.degree_centrality(g)
    # exact betweenness is O(nodes x edges): above BETWEENNESS_SAMPLE nodes, estimate it from a
    # fixed (seeded, so repeatable) sample of source nodes
    n = g.number_of_nodes()
    betweenness = nx.betweenness_centrality(
        g, k=BETWEENNESS_SAMPLE if n > BETWEENNESS_SAMPLE else None, seed=0
    )
    try:
        eigen = nx.eigenvector_centrality(g, max_iter=1000, weight="weight")
    except (nx.PowerIterationFailedConvergence, nx.NetworkXException):
        eigen = dict.fromkeys(g, 0.0)
    rows = [
        {
            "node": n,
            "label": g.nodes[n].get("label", n),
            "meetings": _meetings_of(g, n),
            "degree": degree[n],
            "betweenness": betweenness[n],
            "eigenvector": eigen.get(n, 0.0),
        }
        for n in g
    ]
    if by not in ("degree", "betweenness", "eigenvector", "meetings"):
        raise KgError(f"cannot rank by {by!r}; use degree, betweenness, eigenvector or meetings")
    rows.sort(key=lambda r: (-float(r[by]), str(r["label"])))
    return rows[:top] if top else rows


def _meetings_of(g: nx.Graph, node: str) -> int:
    return len({m for _, _, ms in g.edges(node, data="meetings") for m in (ms or ())})


def communities(g: nx.Graph, method: str = "greedy", seed: int = 0) -> list[list[str]]:
    """Communities (largest first) by greedy modularity or Louvain, weighted by shared meetings."""
    if g.number_of_nodes() == 0:
        return []
    if method == "greedy":
        found = nx.community.greedy_modularity_communities(g, weight="weight")
    elif method == "louvain":
        found = nx.community.louvain_communities(g, weight="weight", seed=seed)
    else:
        raise KgError(f"unknown method {method!r}; use greedy or louvain")
    return sorted(
        (sorted(c, key=lambda n: g.nodes[n].get("label", n)) for c in found), key=lambda c: (-len(c), c)
    )


# --- timelines ---------------------------------------------------------------------------------------


def timeline(store: Store, entity: str, filters: Filters | None = None) -> list[dict[str, str]]:
    """The meetings an entity (person, country or organization) took part in, oldest first: date,
    meeting, label, mode, status, the other participants' names and how many releases report it.
    One query. A meeting several releases report is one row (its reconciled event): the earliest
    day, the modes the accounts give ("InPerson/Video" when they differ), everyone any account names."""
    where, params = (filters or Filters()).clause()
    params["entity"] = to_term(entity, "iri")
    sparql = f"""
SELECT ?m ?date ?label (GROUP_CONCAT(DISTINCT ?mode1; separator="/") AS ?mode) ?status
       (COUNT(DISTINCT ?rel) AS ?accounts) (GROUP_CONCAT(DISTINCT ?oname; separator="; ") AS ?with)
WHERE {{
  ?m dmo:participant|dmo:country|dmo:organization ?entity .
  GRAPH {_R} {{
    {counted("m")} ; dmo:reportedBy ?rel .
    OPTIONAL {{ ?m dmo:date ?date }}
    OPTIONAL {{ ?m rdfs:label ?label }}
    OPTIONAL {{ ?m dmo:mode ?agreed }}
    OPTIONAL {{ ?m dmo:status ?st }}
    OPTIONAL {{ ?m dmo:participant ?other }}
  }}
  # the mode the accounts agree on, else every mode they give ("InPerson/Video")
  OPTIONAL {{ FILTER(!BOUND(?agreed)) GRAPH {_R} {{ ?m skos:exactMatch ?acc }}
    GRAPH ?ga {{ ?acc dmo:mode ?said }} }}
  BIND(COALESCE(?agreed, ?said) AS ?md)
  {where}
  OPTIONAL {{ ?other rdfs:label ?name }}
  BIND(COALESCE(IF(?other = ?entity, "", ?name), "") AS ?oname)
  BIND(REPLACE(STR(?md), "^.*#", "") AS ?mode1)
  BIND(REPLACE(STR(?st), "^.*#", "") AS ?status)
}}
GROUP BY ?m ?date ?label ?status
ORDER BY ?date ?m"""
    return [
        {
            "date": r["date"] or "",
            "meeting": r["m"] or "",
            "label": r["label"] or "",
            "mode": "/".join(sorted(x for x in (r["mode"] or "").split("/") if x)),
            "status": r["status"] or "",
            "with": "; ".join(sorted(n for n in (r["with"] or "").split("; ") if n)),
            "accounts": r["accounts"] or "0",
        }
        for r in run_query(store, sparql, params).records()
    ]


def make_filters(
    store: Store,
    since: date | None = None,
    until: date | None = None,
    topic: str | None = None,
    framework: str | None = None,
    mode: str | None = None,
) -> Filters:
    """Filters from what a user typed: topic and framework names are resolved to IRIs."""
    return Filters(since=since, until=until, topic=topic, framework=framework, mode=mode).resolved(store)
