"""Reconciliation: one counted meeting per real meeting, one node per entity (docs/decisions/0005).

A meeting is reported by one release or several: a readout, the remarks before it, a statement, a
briefing, the other government's release, an announcement days before. Each release's account
stays in its own named graph; `reconcile(store)` recomputes from the whole store, in one
transaction each:

- `dmr:graph/reconciled`: one `dmo:DistinctMeeting` per real meeting (kg.reconcile.write), with
  the accounts it stands for (kg.reconcile.identity decides which are one meeting), and each
  release's publisher with the state it acts for;
- `dmr:graph/entities`: each entity described once, spellings of one person, summit edition or
  framework resolved to one node (kg.reconcile.entities).

Counting goes through `dmo:DistinctMeeting`: the ingest summary, `kg stats`, the named questions,
the networks and the explorer all count the same nodes. The result does not depend on ingest
order, and re-ingesting a release leaves no orphans.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass, replace

import pyoxigraph as ox

from kg.namespaces import DMR, ENTITIES_GRAPH, PREFIXES, RECONCILE_GRAPH, SPARQL_PREFIXES, extractor_iri, slug
from kg.rdf import agent_quads
from kg.reconcile.accounts import Account, load_accounts
from kg.reconcile.accounts import rows as _rows
from kg.reconcile.entities import Resolution, resolve
from kg.reconcile.identity import clusters, same_meeting
from kg.reconcile.recalled import with_recollections
from kg.reconcile.views import AccountView, CrossReportedEvent, cross_reported_events
from kg.reconcile.write import RECONCILER, entity_quads, event_key, meeting_quads
from kg.store import Store
from kg.vocab import alignment_quads

__all__ = [
    "Account",
    "AccountView",
    "CrossReportedEvent",
    "RECONCILER",
    "ReconcileReport",
    "clusters",
    "cross_reported_events",
    "event_key",
    "load_accounts",
    "reconcile",
    "reconciled_quads",
    "same_meeting",
]
_P, _RDF = PREFIXES["prov"], PREFIXES["rdf"]


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _q(s: ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal) -> ox.Quad:
    return ox.Quad(s, _n(p), o, ox.NamedNode(str(RECONCILE_GRAPH)))


@dataclass
class ReconcileReport:
    """What a reconciliation did."""

    accounts: int = 0
    meetings: int = 0  # counted meetings (dmo:DistinctMeeting)
    events: int = 0  # meetings several releases report
    cross_publisher: int = 0  # … of which several publishers
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.accounts} accounts: {self.meetings} distinct meetings, {self.events} reported by several "
            f"releases ({self.cross_publisher} by several publishers); {self.seconds:.1f} s"
        )


def attribution_quads(accounts: list[Account], store: Store) -> list[ox.Quad]:
    """`<release> prov:wasAttributedTo <publisher>`, and each publisher `prov:actedOnBehalfOf` its country."""
    out: list[ox.Quad] = []
    homes: dict[str, str | None] = {}
    for r in _rows(
        store,
        SPARQL_PREFIXES + "SELECT DISTINCT ?rel ?pub WHERE { ?rel a dmo:Release ; dcterms:publisher ?pub }",
    ):
        pub = r["pub"] or ""
        node = _n(str(DMR[f"publisher/{slug(pub)}"]))
        out.append(_q(_n(r["rel"] or ""), _P + "wasAttributedTo", node))
        homes.setdefault(pub, None)
    for a in accounts:
        if a.home:
            homes[a.publisher] = a.home
    for pub, home in sorted(homes.items()):
        node = _n(str(DMR[f"publisher/{slug(pub)}"]))
        out += [
            _q(node, _RDF + "type", _n(_P + "Organization")),
            _q(node, PREFIXES["rdfs"] + "label", ox.Literal(pub, language="en")),
        ]
        if home:
            out.append(_q(node, _P + "actedOnBehalfOf", _n(str(DMR[f"country/{home}"]))))
    return out


def as_resolved(a: Account, res: Resolution) -> Account:
    """The account with its people as entity resolution counts them (one node for "Martin" and
    "Micheál Martin"), so that two releases spelling one person two ways name the same people."""
    if all(res.of(p) == p for p in a.participants):
        return a
    of = res.of
    return replace(
        a,
        participants=frozenset(map(of, a.participants)),
        nationality=tuple(sorted({(of(p), iso) for p, iso in a.nationality})),
        headline=frozenset(map(of, a.headline)),
        leaders=frozenset(map(of, a.leaders)),
    )


def _used(accounts: list[Account]) -> dict[str, set[str]]:
    used: dict[str, set[str]] = defaultdict(set)
    for a in accounts:
        for fact, values in a.facts.items():
            used[fact].update(values)
    return used


def reconciled_quads(
    store: Store, accounts: list[Account] | None = None, extractors: Collection[str] | None = None
) -> tuple[list[ox.Quad], list[ox.Quad], list[list[Account]]]:
    """What the reconciled and the entities graphs should hold for the store as it is, and the
    meetings; `extractors`: the versions the store's releases were made with, when known."""

    accounts = load_accounts(store) if accounts is None else accounts
    used = _used(accounts)
    at_events = [
        (a.date, (a.facts.get("venue") or (None,))[0], e)
        for a in accounts
        for e in a.facts.get("sidelinesOf", ())
    ]
    res: Resolution = resolve(store, used, at_events)
    groups = with_recollections(clusters([as_resolved(a, res) for a in accounts]))
    quads: list[ox.Quad] = []
    counted: set[str] = set()
    taken: dict[str, int] = defaultdict(int)
    for g in groups:  # groups are sorted, so a repeated key gets the same suffix every time
        key = event_key(g)
        taken[key] += 1
        iri = str(DMR[f"reconciled/{key}" + (f"-{taken[key]}" if taken[key] > 1 else "")])
        meeting, named = meeting_quads(g, iri, res)
        quads += meeting
        counted |= named
    quads += attribution_quads(accounts, store)
    entities = entity_quads(res, set().union(*used.values()) if used else set(), counted)
    if extractors is None:
        extractors = set(store.extractor_versions().values())
    for version in sorted(set(extractors)):  # the extractors releases name
        entities += agent_quads(ox.NamedNode(extractor_iri(version)), version)
    return (
        list(dict.fromkeys(quads + alignment_quads(quads))),
        list(dict.fromkeys(entities + alignment_quads(entities))),
        groups,
    )


def reconcile(store: Store, extractors: Collection[str] | None = None) -> ReconcileReport:
    """Recompute the counted meetings and the entity descriptions from the whole store
    (`extractors`: the versions its releases were made with, when the caller knows them)."""
    start = time.perf_counter()
    accounts = load_accounts(store)
    quads, entities, groups = reconciled_quads(store, accounts, extractors)
    store.replace_graph(str(ENTITIES_GRAPH), entities)
    store.replace_graph(str(RECONCILE_GRAPH), quads)
    return ReconcileReport(
        accounts=len(accounts),
        meetings=len(groups),
        events=sum(1 for g in groups if len(g) > 1),
        cross_publisher=sum(1 for g in groups if len({a.publisher for a in g}) > 1),
        seconds=time.perf_counter() - start,
    )
