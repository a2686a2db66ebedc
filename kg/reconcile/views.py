"""Reading counted meetings back with their accounts: the side-by-side view of the explorer and docs."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from kg.namespaces import RECONCILE_GRAPH, SPARQL_PREFIXES
from kg.reconcile.accounts import rows as _rows
from kg.sparql import counted
from kg.store import Store


@dataclass
class AccountView:
    """One release's account of an event: what it says, attributed to its publisher."""

    meeting: str
    release: str
    publisher: str | None
    url: str | None
    title: str | None
    date: str | None
    mode: str | None
    participants: list[str] = field(default_factory=list)  # labels as this release gives them
    topics: list[str] = field(default_factory=list)  # skos:notation
    frameworks: list[str] = field(default_factory=list)  # labels


@dataclass
class CrossReportedEvent:
    """A meeting reported by several releases, with each account."""

    iri: str
    label: str
    date: str  # the earliest day any account gives
    latest: str  # the latest day any account gives (== date when they agree)
    mode: str | None  # only when every account agrees
    participants: list[str]  # labels of the people every account names
    countries: list[str]  # ISO codes every account names
    accounts: list[AccountView]

    @property
    def publishers(self) -> list[str]:
        return sorted({a.publisher for a in self.accounts if a.publisher})

    @property
    def cross_publisher(self) -> bool:
        """Reported by more than one publisher (both sides, not two releases of one side)."""
        return len(self.publishers) > 1


def _query(text: str) -> str:
    """A query of this module: the prefixes, and its @RECONCILED@ / @COUNTED@ markers filled in."""
    return SPARQL_PREFIXES + text.replace("@RECONCILED@", str(RECONCILE_GRAPH)).replace(
        "@COUNTED@", counted("e")
    )


_EVENTS = _query(
    """
SELECT ?e ?label ?first ?last ?mode ?acc WHERE {
  GRAPH <@RECONCILED@> { @COUNTED@ ; rdfs:label ?label ; sem:hasEarliestBeginTimeStamp ?first ;
                  sem:hasLatestEndTimeStamp ?last ; skos:exactMatch ?acc .
               OPTIONAL { ?e dmo:mode ?mode } }
}"""
)
_EVENT_FACTS = _query(
    """
SELECT ?e ?field (MIN(?v0) AS ?v) WHERE {
  { GRAPH <@RECONCILED@> { ?e dmo:participant ?x } ?x rdfs:label ?l .
    BIND("participant" AS ?field) BIND(STR(?l) AS ?v0) }
  UNION { GRAPH <@RECONCILED@> { ?e dmo:country ?x } ?x dmo:isoCode ?iso .
    BIND("country" AS ?field) BIND(STR(?iso) AS ?v0) }
} GROUP BY ?e ?field ?x"""
)
_ACCOUNT_FACTS = _query(
    """
SELECT ?acc ?field ?v WHERE {
  GRAPH <@RECONCILED@> { ?e skos:exactMatch ?acc . @COUNTED@ }
  GRAPH ?rel {
    ?acc prov:wasDerivedFrom ?rel .
    { ?acc dmo:date ?d . BIND(STR(?d) AS ?v) BIND("date" AS ?field) }
    UNION { ?acc dmo:mode ?md . BIND(REPLACE(STR(?md), "^.*#", "") AS ?v) BIND("mode" AS ?field) }
    UNION { ?rel dcterms:publisher ?v . BIND("publisher" AS ?field) }
    UNION { ?rel schema:url ?v . BIND("url" AS ?field) }
    UNION { ?rel dcterms:title ?v . BIND("title" AS ?field) }
  }
}"""
)
# The release of each account (apart: joined in one query with the events, the plan takes minutes)
_RELEASES = _query("SELECT ?acc ?rel WHERE { GRAPH ?rel { ?acc prov:wasDerivedFrom ?rel } }")
# The entities each account names (a separate query: in one UNION with the literal facts above,
# oxigraph's plan takes minutes on the whole corpus)
_ACCOUNT_ENTITIES = _query(
    """
SELECT ?acc ?field ?x WHERE {
  GRAPH <@RECONCILED@> { ?e skos:exactMatch ?acc . @COUNTED@ }
  GRAPH ?rel {
    ?acc prov:wasDerivedFrom ?rel .
    { ?acc dmo:topic ?x . BIND("topic" AS ?field) }
    UNION { ?acc dmo:references ?x . BIND("framework" AS ?field) }
    UNION { ?acc dmo:participant ?x . BIND("participant" AS ?field) }
  }
}"""
)
# What the entities a release names are called: described once (entities and reference graphs),
# not in the release graph; a topic by its notation.
_NAMES = _query(
    """
SELECT ?x ?name ?notation WHERE {
  { ?x rdfs:label ?name } UNION { ?x skos:notation ?notation }
}"""
)


def cross_reported_events(store: Store, cross_publisher_only: bool = False) -> list[CrossReportedEvent]:
    """The meetings several releases report, oldest first, each with every release's account.

    With `cross_publisher_only`, only events reported by more than one publisher."""
    names: dict[str, str] = {}
    for r in sorted(_rows(store, _NAMES), key=lambda r: (r["notation"] is None, r["name"] or "")):
        names.setdefault(r["x"] or "", r["notation"] or r["name"] or "")  # a notation first, else a label
    facts: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in _rows(store, _ACCOUNT_FACTS):
        facts[r["acc"] or ""][r["field"] or ""].add(r["v"] or "")
    for r in _rows(store, _ACCOUNT_ENTITIES):
        x = r["x"] or ""
        facts[r["acc"] or ""][r["field"] or ""].add(names.get(x, x))
    agreed: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in _rows(store, _EVENT_FACTS):
        agreed[r["e"] or ""][r["field"] or ""].add(r["v"] or "")
    release = {r["acc"] or "": r["rel"] or "" for r in _rows(store, _RELEASES)}
    events: dict[str, CrossReportedEvent] = {}
    for r in _rows(store, _EVENTS):
        e = r["e"] or ""
        ev = events.get(e)
        if ev is None:
            ev = events[e] = CrossReportedEvent(
                iri=e,
                label=r["label"] or "",
                date=r["first"] or "",
                latest=r["last"] or "",
                mode=(r["mode"] or "").rsplit("#", 1)[-1] or None,
                participants=sorted(agreed[e]["participant"]),
                countries=sorted(agreed[e]["country"]),
                accounts=[],
            )
        f = facts[r["acc"] or ""]

        def one(name: str, f: dict[str, set[str]] = f) -> str | None:
            return min(f[name]) if f.get(name) else None

        ev.accounts.append(
            AccountView(
                meeting=r["acc"] or "",
                release=release.get(r["acc"] or "", ""),
                publisher=one("publisher"),
                url=one("url"),
                title=one("title"),
                date=one("date"),
                mode=one("mode"),
                participants=sorted(f.get("participant", ())),
                topics=sorted(f.get("topic", ())),
                frameworks=sorted(f.get("framework", ())),
            )
        )
    out = sorted((e for e in events.values() if len(e.accounts) > 1), key=lambda e: (e.date, e.iri))
    for ev in out:
        ev.accounts.sort(key=lambda a: (a.publisher or "", a.url or "", a.meeting))
    return [e for e in out if e.cross_publisher] if cross_publisher_only else out
