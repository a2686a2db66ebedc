"""What the visual explorer shows: SPARQL over the store -> plain node and edge records.

`load_view(store, options)` reads meetings, the entities they link to, the evidence sentences
(dmo:Evidence reification nodes) and people's posts (W3C ORG memberships in the reference graph),
applies the filters of `ViewOptions`, projects the result onto one of the views (full,
meetings, people, countries) and cuts it down to the neighbourhood of a focus node. Every record
carries all attributes the HTML explorer shows on hover and click. Nothing here knows about HTML.

A meeting several releases report (a reconciled event, docs/decisions/0005) is one meeting node by
default: its accounts are folded into it, it links to everything any account names, and its
`accounts` attribute keeps what each release says (publisher, date, mode, names, topics,
frameworks, evidence), so no view counts one meeting twice and differences stay visible.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from itertools import combinations
from typing import Any

import networkx as nx

from kg.model import KgError
from kg.namespaces import DMO, RECONCILE_GRAPH, REFERENCE_GRAPH, SPARQL_PREFIXES
from kg.resolve import resolve

VIEWS = ("full", "meetings", "people", "countries")
MODES = ("in_person", "phone", "video")

# Meeting properties shown as edges, with the label drawn on the edge.
RELATIONS: dict[str, str] = {
    str(DMO.participant): "participant",
    str(DMO.country): "country",
    str(DMO.organization): "organization",
    str(DMO.venue): "venue",
    str(DMO.sidelinesOf): "held at",
    str(DMO.references): "references",
    str(DMO.topic): "topic",
}
# The entity kind a link implies when the entity carries no type of its own.
RELATION_KIND = {
    "participant": "person",
    "country": "country",
    "organization": "organization",
    "venue": "place",
    "held at": "event",
    "references": "framework",
    "topic": "topic",
}
CLASS_KIND = {
    str(DMO.Person): "person",
    str(DMO.Country): "country",
    str(DMO.Organization): "organization",
    str(DMO.Place): "place",
    str(DMO.Event): "event",
    str(DMO.Framework): "framework",
    "http://www.w3.org/2004/02/skos/core#Concept": "topic",
}
_MODE_NAME = {str(DMO.InPerson): "in_person", str(DMO.Phone): "phone", str(DMO.Video): "video"}
_STATUS_NAME = {str(DMO.Held): "held", str(DMO.Planned): "planned"}
_LINK_VALUES = " ".join(f"<{p}>" for p in RELATIONS)
# a meeting node: a release's account, or a counted meeting several releases report (its accounts
# are folded into it below)
_MEETING = f"""{{ ?m a dmo:Meeting }} UNION {{ GRAPH <{RECONCILE_GRAPH}> {{
  ?m a dmo:DistinctMeeting ; skos:exactMatch ?a1, ?a2 FILTER(?a1 != ?a2) }} }}"""
_CLASS_VALUES = " ".join(f"<{c}>" for c in CLASS_KIND)

Q_MEETINGS = (
    SPARQL_PREFIXES
    + """
SELECT DISTINCT ?m ?label ?date ?mode ?status ?release ?url ?title ?identifier WHERE {
  @MEETING@
  OPTIONAL { ?m rdfs:label ?label }
  OPTIONAL { ?m dmo:date ?date }
  OPTIONAL { ?m dmo:mode ?mode }
  OPTIONAL { ?m dmo:status ?status }
  OPTIONAL { ?m prov:wasDerivedFrom ?release .
             OPTIONAL { ?release schema:url ?url }
             OPTIONAL { ?release dcterms:title ?title }
             OPTIONAL { ?release dcterms:identifier ?identifier } }
}""".replace("@MEETING@", _MEETING)
)
Q_LINKS = (
    SPARQL_PREFIXES
    + f"""
SELECT DISTINCT ?m ?p ?o WHERE {{
  VALUES ?p {{ {_LINK_VALUES} }} {_MEETING} ?m ?p ?o . FILTER(isIRI(?o))
}}"""
)
Q_ENTITY_FACTS = (
    SPARQL_PREFIXES
    + f"""
SELECT DISTINCT ?e ?p ?v WHERE {{
  {{ SELECT DISTINCT ?e WHERE {{ VALUES ?q {{ {_LINK_VALUES} }} {_MEETING} ?m ?q ?e . }} }}
  VALUES ?p {{ rdf:type rdfs:label skos:altLabel dmo:isoCode skos:notation skos:broader schema:nationality }}
  ?e ?p ?v .
}}"""
)
Q_EVIDENCE = (
    SPARQL_PREFIXES
    + """
SELECT DISTINCT ?m ?p ?o ?sentence ?start WHERE {
  ?s a dmo:Evidence ; rdf:subject ?m ; rdf:predicate ?p ; rdf:object ?o ; dmo:sentence ?sentence .
  OPTIONAL { ?s dmo:charStart ?start }
}"""
)
Q_POSTS = (
    SPARQL_PREFIXES
    + f"""
SELECT DISTINCT ?person ?post ?postLabel ?roleLabel ?orgLabel ?from ?to WHERE {{
  GRAPH <{REFERENCE_GRAPH}> {{
    {{ ?ms org:member ?person .
      OPTIONAL {{ ?ms dmo:post ?post . OPTIONAL {{ ?post rdfs:label ?postLabel }} }}
      OPTIONAL {{ ?ms org:role ?role . OPTIONAL {{ ?role rdfs:label ?roleLabel }} }}
      OPTIONAL {{ ?ms org:organization ?org . OPTIONAL {{ ?org rdfs:label ?orgLabel }} }}
      OPTIONAL {{ ?ms org:memberDuring ?during .
                 OPTIONAL {{ ?during time:hasBeginning/time:inXSDDate ?from }}
                 OPTIONAL {{ ?during time:hasEnd/time:inXSDDate ?to }} }} }}
    UNION
    {{ ?post org:heldBy ?person . OPTIONAL {{ ?post rdfs:label ?postLabel }}
      OPTIONAL {{ ?post org:postIn ?org . OPTIONAL {{ ?org rdfs:label ?orgLabel }} }} }}
  }}
}}"""
)

# Each reconciled event's accounts, with what each release says in its own graph: how it names the
# participants, its topics and frameworks, its publisher (the same facts as
# kg.reconcile.cross_reported_events, read with the account bound first, which stays fast).
Q_ACCOUNTS = (
    SPARQL_PREFIXES
    + f"""
SELECT ?e ?first ?acc ?field ?v WHERE {{
  GRAPH <{RECONCILE_GRAPH}> {{
    ?e a dmo:DistinctMeeting ; skos:exactMatch ?acc, ?other ; sem:hasEarliestBeginTimeStamp ?first
    FILTER(?other != ?acc) }}
  GRAPH ?rel {{ ?acc prov:wasDerivedFrom ?rel }}
  {{ GRAPH ?rel {{ ?acc dmo:participant ?x }} ?x rdfs:label ?v . BIND("participant" AS ?field) }}
  UNION {{ GRAPH ?rel {{ ?acc dmo:topic ?x }} ?x skos:notation ?v . BIND("topic" AS ?field) }}
  UNION {{ GRAPH ?rel {{ ?acc dmo:references ?x }} ?x rdfs:label ?v . BIND("framework" AS ?field) }}
  UNION {{ GRAPH ?rel {{ ?rel dcterms:publisher ?v }} BIND("publisher" AS ?field) }}
}}"""
)


@dataclass(frozen=True)
class ViewOptions:
    """Which view to draw and which meetings to keep (all filters are optional)."""

    view: str = "full"
    focus: str | None = None  # a name, alias or IRI; keeps the neighbourhood of that node
    hops: int = 1
    since: str | None = None  # ISO dates, inclusive
    until: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-2
    topic: str | None = None  # notation or label (narrower topics included)
    framework: str | None = None  # label or alias
    mode: str | None = None  # in_person, phone, video
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


@dataclass
class _Facts:
    """Everything read from the store, before filtering and projection."""

    meetings: dict[str, dict[str, Any]]
    links: dict[str, list[tuple[str, str]]]  # meeting -> [(relation, entity)]
    entities: dict[str, dict[str, Any]]
    accounts: dict[str, list[str]] = field(default_factory=dict)  # event -> its accounts (unfolded)


def _v(term: Any) -> str | None:
    return None if term is None else str(term.value)


def _read(store: Any) -> _Facts:
    meetings: dict[str, dict[str, Any]] = {}
    for row in store.query(Q_MEETINGS):
        m = meetings.setdefault(_v(row["m"]), {"evidence": []})
        for key in ("label", "date", "release", "url", "title", "identifier"):
            if row[key] is not None and key not in m:
                m[key] = _v(row[key])
        if row["mode"] is not None:
            m.setdefault("mode", _MODE_NAME.get(_v(row["mode"]), _v(row["mode"]).rsplit("#", 1)[-1]))
        if row["status"] is not None:
            m.setdefault("status", _STATUS_NAME.get(_v(row["status"]), _v(row["status"]).rsplit("#", 1)[-1]))
    links: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in store.query(Q_LINKS):
        if _v(row["m"]) in meetings:
            links[_v(row["m"])].append((RELATIONS[_v(row["p"])], _v(row["o"])))
    entities: dict[str, dict[str, Any]] = defaultdict(lambda: {"aliases": [], "types": set()})
    for row in store.query(Q_ENTITY_FACTS):
        e, p, v = entities[_v(row["e"])], _v(row["p"]).rsplit("#", 1)[-1].rsplit("/", 1)[-1], _v(row["v"])
        if p == "type":
            e["types"].add(v)
        elif p == "label":
            e.setdefault("label", v)
        elif p == "altLabel":
            e["aliases"].append(v)
        else:
            e.setdefault(p, v)
    for row in store.query(Q_EVIDENCE):
        m = meetings.get(_v(row["m"]))
        if m is not None:
            obj = _v(row["o"])
            start = int(_v(row["start"])) if row["start"] is not None else None
            m["evidence"].append(
                (start, _v(row["sentence"]), RELATIONS.get(_v(row["p"]), _v(row["p"]).rsplit("#")[-1]), obj)
            )
    for row in store.query(Q_POSTS):
        person = _v(row["person"])
        if person in entities:
            label = _v(row["postLabel"]) or " of ".join(
                x for x in (_v(row["roleLabel"]), _v(row["orgLabel"])) if x
            )
            if label:
                post = {"post": label, "from": _v(row["from"]) or "", "to": _v(row["to"]) or ""}
                entities[person].setdefault("posts", [])
                if post not in entities[person]["posts"]:
                    entities[person]["posts"].append(post)
    for e in entities.values():  # a post known with dates makes its dateless duplicate redundant
        if "posts" in e:
            dated = {p["post"] for p in e["posts"] if p["from"] or p["to"]}
            e["posts"] = sorted(
                (p for p in e["posts"] if p["from"] or p["to"] or p["post"] not in dated),
                key=lambda p: (p["from"], p["post"]),
            )
    return _Facts(meetings, dict(links), dict(entities))


def _kind(iri: str, facts: _Facts, relation: str) -> str:
    """The entity's kind: the one its link implies when its types allow it (NATO referenced is a
    framework, NATO taking part an organization), else its first type in CLASS_KIND order."""
    kinds = [k for c, k in CLASS_KIND.items() if c in facts.entities.get(iri, {}).get("types", ())]
    hinted = RELATION_KIND[relation]
    return hinted if hinted in kinds or not kinds else kinds[0]


def _label(iri: str, facts: _Facts) -> str:
    return facts.entities.get(iri, {}).get("label") or iri.rstrip("/").rsplit("/", 1)[-1]


def _matches(iri: str, facts: _Facts, wanted: str) -> bool:
    e = facts.entities.get(iri, {})
    names = [e.get("label", ""), e.get("notation", ""), iri.rsplit("/", 1)[-1], *e.get("aliases", [])]
    return wanted.casefold() in {n.casefold() for n in names if n}


def _keep(mid: str, facts: _Facts, opt: ViewOptions) -> bool:
    m = facts.meetings[mid]
    dates = m.get("dates") or ([m["date"]] if m.get("date") else [])
    if (opt.since or opt.until) and not any(
        (not opt.since or d >= opt.since) and (not opt.until or d <= opt.until) for d in dates
    ):
        return False
    if opt.mode and opt.mode not in m.get("modes", {m.get("mode")}):
        return False
    linked = facts.links.get(mid, [])
    if opt.country:
        iso = opt.country.upper()
        countries = {
            facts.entities.get(o, {}).get("isoCode", "").upper() for r, o in linked if r == "country"
        }
        nationals = {
            facts.entities.get(facts.entities.get(o, {}).get("nationality", ""), {}).get("isoCode", "")
            for r, o in linked
            if r == "participant"
        }
        if iso not in countries | {n.upper() for n in nationals}:
            return False
    if opt.topic and not any(
        r == "topic"
        and (
            _matches(o, facts, opt.topic)
            or _matches(facts.entities.get(o, {}).get("broader", ""), facts, opt.topic)
        )
        for r, o in linked
    ):
        return False
    if opt.framework and not any(r == "references" and _matches(o, facts, opt.framework) for r, o in linked):
        return False
    return True


def _short_meeting_label(m: dict[str, Any], names: list[str] | None = None) -> str:
    """ "Call: Zelenskyy – Biden, 2022-01-27": the kind, who (two names, "+N" more) and the date."""
    kind = {"phone": "Call", "video": "Video call"}.get(m.get("mode", ""), "Meeting")
    names = names or []
    who = " – ".join(names[:2]) + (f" +{len(names) - 2}" if len(names) > 2 else "")
    label = f"{kind}: {who}" if who else kind
    return f"{label}, {m['date']}" if m.get("date") else label


def _surname(name: str) -> str:
    """The last word of a person's name (before a suffix such as "Jr."), for short labels."""
    suffixes = ("jr", "sr", "ii", "iii")
    words = [w for w in name.replace(",", " ").split() if w.rstrip(".").lower() not in suffixes]
    return words[-1] if words else name


# Internal values as words in the evidence facts ("in person", "held"), not notations.
_READABLE = {"in_person": "in person", "phone": "by phone", "video": "by video call"}


def _evidence(records: list[tuple[int | None, str, str, str]], facts: _Facts) -> list[dict[str, Any]]:
    """Evidence sentences in text order, each with the facts it supports ("participant: Xi Jinping")."""
    sentences: dict[tuple[int | None, str], list[str]] = {}
    for start, sentence, relation, obj in sorted(records, key=lambda e: (e[0] is None, e[0] or 0, e[2])):
        value = _label(obj, facts) if obj.startswith(("http://", "https://")) else obj
        value = {**_MODE_NAME, **_STATUS_NAME}.get(obj, value)
        if relation in ("mode", "status"):  # "met in person", "held", not "mode: in_person"
            fact = f"met {_READABLE.get(value, value)}" if relation == "mode" else value.replace("_", " ")
        else:
            fact = f"{relation}: {value}"
        sentences.setdefault((start, sentence), []).append(fact)
    return [{"sentence": s, "start": start, "facts": f} for (start, s), f in sentences.items()]


def _fold(store: Any, facts: _Facts, fold: bool) -> None:
    """Fold each cross-reported event's accounts into the event (or, unfolded, only remember them).

    Folded, the event is the one meeting node: it links to everything any account names, its
    `dates` and `modes` are every account's, and `accounts` keeps each release's own account."""
    said: dict[str, dict[str, dict[str, set[str]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(set))
    )
    first: dict[str, str] = {}
    for row in store.query(Q_ACCOUNTS):
        e, acc = _v(row["e"]), _v(row["acc"])
        first[e] = _v(row["first"])
        said[e][acc][_v(row["field"])].add(_v(row["v"]))
    for e, by_account in said.items():
        accounts = sorted(
            (a for a in by_account if a in facts.meetings),
            key=lambda a: (min(by_account[a]["publisher"], default=""), facts.meetings[a].get("url", ""), a),
        )
        if e not in facts.meetings or not accounts:
            continue
        if not fold:
            facts.accounts[e] = accounts
            continue
        m, views = facts.meetings[e], [facts.meetings[a] for a in accounts]
        m.update(
            date=m.get("date") or first[e],
            dates=sorted({first[e], *(v["date"] for v in views if v.get("date"))}),
            modes={v["mode"] for v in views if v.get("mode")},
            mode=m.get("mode", ""),
            evidence=[],
            accounts=[
                {
                    "meeting": a,
                    "publisher": min(by_account[a]["publisher"], default=""),
                    "title": v.get("title", ""),
                    "url": v.get("url", ""),
                    "date": v.get("date", ""),
                    "mode": v.get("mode", ""),
                    "participants": sorted(by_account[a]["participant"]),
                    "topics": sorted(by_account[a]["topic"]),
                    "frameworks": sorted(by_account[a]["framework"]),
                    "evidence": _evidence(v["evidence"], facts),
                }
                for a, v in zip(accounts, views, strict=True)
            ],
        )
        for key in ("release", "url", "title", "identifier"):  # each account names its own release
            m.pop(key, None)
        links = [link for a in accounts for link in facts.links.get(a, [])]
        facts.links[e] = list(dict.fromkeys(links + facts.links.get(e, [])))
        for a in accounts:
            facts.meetings.pop(a, None)
            facts.links.pop(a, None)


def _meeting_node(mid: str, facts: _Facts) -> VizNode:
    m = facts.meetings[mid]
    by_relation: dict[str, list[str]] = defaultdict(list)
    for relation, obj in facts.links.get(mid, []):
        by_relation[relation].append(_label(obj, facts))
    attrs = {
        "title": m.get("label", ""),
        "date": m.get("date", ""),
        "mode": m.get("mode", ""),
        "status": m.get("status", ""),
        "participants": sorted(by_relation["participant"]),
        "countries": sorted(by_relation["country"]),
        "organizations": sorted(by_relation["organization"]),
        "venue": sorted(by_relation["venue"]),
        "event": sorted(by_relation["held at"]),
        "frameworks": sorted(by_relation["references"]),
        "topics": sorted(by_relation["topic"]),
        "release": m.get("title", ""),
        "source": m.get("identifier", ""),
        "url": m.get("url", ""),
        "evidence": _evidence(m["evidence"], facts),
        "dates": m.get("dates") or ([m["date"]] if m.get("date") else []),
    }
    who = [_surname(p) for p in attrs["participants"]] or attrs["countries"] or attrs["organizations"]
    label = _short_meeting_label(m, who)
    if m.get("accounts"):  # reported by several sources: each account, side by side
        attrs["accounts"] = m["accounts"]
        attrs["reports"] = len(m["accounts"])
        attrs["modes"] = sorted(m.get("modes", ()))
        n = len(m["accounts"])
        label += f" · {n} sources" if n > 1 else " · 1 source"
    return VizNode(mid, "meeting", label, attrs)


def _entity_node(iri: str, kind: str, facts: _Facts, dates: list[str]) -> VizNode:
    e = facts.entities.get(iri, {})
    attrs: dict[str, Any] = {
        "aliases": sorted(set(e.get("aliases", [])) - {e.get("label")}),
        "meetings": len(dates),
        "dates": sorted(d for d in dates if d),
    }
    if kind == "person":
        attrs["posts"] = e.get("posts", [])
        nationality = e.get("nationality")
        if nationality:
            attrs["nationality"] = _label(nationality, facts)
    tail = iri.rstrip("/").rsplit("/", 1)[-1]
    if e.get("isoCode") or (kind == "country" and re.fullmatch(r"[A-Z]{2}", tail)):
        attrs["iso"] = e.get("isoCode") or tail
    if e.get("notation"):
        attrs["notation"] = e["notation"]
    return VizNode(iri, kind, _label(iri, facts), attrs)


def _project(facts: _Facts, kept: list[str], view: str) -> VizGraph:
    nodes: dict[str, VizNode] = {}
    edges: list[VizEdge] = []
    entity_dates: dict[str, list[str]] = defaultdict(list)
    entity_kind: dict[str, str] = {}
    for mid in kept:
        for relation, obj in facts.links.get(mid, []):
            entity_kind.setdefault(obj, _kind(obj, facts, relation))
            entity_dates[obj].append(facts.meetings[mid].get("date", ""))
    if view in ("full", "meetings"):
        for mid in kept:
            nodes[mid] = _meeting_node(mid, facts)
        for iri, kind in entity_kind.items():
            nodes[iri] = _entity_node(iri, kind, facts, entity_dates[iri])
        for mid in kept:
            date = facts.meetings[mid].get("date")
            for relation, obj in dict.fromkeys(facts.links.get(mid, [])):
                edges.append(VizEdge(mid, obj, relation, dates=[date] if date else []))
            for account in facts.accounts.get(mid, []):  # unfolded: the event and its accounts
                if account in nodes:
                    edges.append(VizEdge(mid, account, "account", dates=[date] if date else []))
        if view == "full":  # entity-to-entity facts: nationality, broader topic
            for iri in list(nodes):
                for key, relation in (("nationality", "nationality"), ("broader", "broader")):
                    target = facts.entities.get(iri, {}).get(key)
                    if target and target in nodes and iri != target:
                        edges.append(VizEdge(iri, target, relation))
        return VizGraph(nodes, edges, view)
    kind = "person" if view == "people" else "country"
    pairs: dict[tuple[str, str], list[str]] = defaultdict(list)
    for mid in kept:
        members = {o for r, o in facts.links.get(mid, []) if entity_kind.get(o) == kind}
        if kind == "country":  # a participant's nationality counts for the country as well
            members |= {
                facts.entities.get(o, {}).get("nationality")
                for r, o in facts.links.get(mid, [])
                if r == "participant"
            } - {None}
            for c in members:
                entity_kind.setdefault(c, "country")
                if c not in {o for _, o in facts.links.get(mid, [])}:
                    entity_dates[c].append(facts.meetings[mid].get("date", ""))
        for iri in members:
            nodes.setdefault(iri, VizNode(iri, kind, ""))
        for a, b in combinations(sorted(members), 2):
            pairs[(a, b)].append(facts.meetings[mid].get("date", ""))
    for iri in nodes:
        nodes[iri] = _entity_node(iri, kind, facts, entity_dates[iri])
    relation = "met" if kind == "person" else "met with"
    for (a, b), dates in pairs.items():
        edges.append(VizEdge(a, b, relation, weight=len(dates), dates=sorted(d for d in dates if d)))
    return VizGraph(nodes, edges, view)


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


def _resolve(store: Any, graph: VizGraph, name: str) -> str:
    """The node `name` means: kg.resolve's answer over the store's names when it gives one that is
    in the view, else a match on the view's own labels (which also covers meetings)."""
    try:
        iri = resolve(store, name)
    except KgError as e:
        try:
            return find_node(graph, name)
        except KgError:
            raise e from None
    if iri in graph.nodes:
        return iri
    try:
        return find_node(graph, name)
    except KgError:
        raise KgError(
            f"{name!r} (<{iri}>) is not in this view; widen the filters or choose another view"
        ) from None


def to_networkx(graph: VizGraph) -> nx.Graph:
    """The view as an undirected networkx graph (node ids are the IRIs)."""
    g = nx.Graph()
    g.add_nodes_from(graph.nodes)
    for e in graph.edges:
        g.add_edge(e.source, e.target, weight=e.weight)
    return g


def load_view(store: Any, options: ViewOptions | None = None) -> VizGraph:
    """Read the store and return the nodes and edges of the view described by `options`."""
    opt = options or ViewOptions()
    if opt.view not in VIEWS:
        raise KgError(f"unknown view {opt.view!r}; choose one of {', '.join(VIEWS)}")
    if opt.mode and opt.mode not in MODES:
        raise KgError(f"unknown mode {opt.mode!r}; choose one of {', '.join(MODES)}")
    if opt.hops < 0:
        raise KgError("--hops must be 0 or more")
    facts = _read(store)
    _fold(store, facts, opt.fold)
    kept = sorted(mid for mid in facts.meetings if _keep(mid, facts, opt))
    graph = _project(facts, kept, opt.view)
    if opt.focus:
        center = _resolve(store, graph, opt.focus)
        keep = set(nx.ego_graph(to_networkx(graph), center, radius=opt.hops))
        graph = VizGraph(
            {k: v for k, v in graph.nodes.items() if k in keep},
            [e for e in graph.edges if e.source in keep and e.target in keep],
            opt.view,
            center,
        )
    return graph


def timeline_rows(store: Any, name: str) -> list[tuple[str, str, str, str]]:
    """(date, mode, counterpart, meeting label) of every meeting of the person, country or
    organization called `name`, one row per counterpart, sorted by date; the input of
    `kg.timeline_viz.write_timeline`."""
    graph = load_view(store, ViewOptions(view="meetings"))
    center = _resolve(store, graph, name)
    if graph.nodes[center].kind == "meeting":
        raise KgError(f"{name!r} is a meeting; give a person, country or organization")
    parties = {"participant", "country", "organization"}
    linked: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for e in graph.edges:
        linked[e.source].append((e.relation, e.target))
    rows: set[tuple[str, str, str, str]] = set()
    for mid, links in linked.items():
        if not any(target == center for _, target in links):
            continue
        m = graph.nodes[mid].attrs
        node = graph.nodes[center]
        own = node.attrs.get("nationality")
        parties_here = [graph.nodes[t] for r, t in links if r in parties and t != center]
        same = [p.label for p in parties_here if p.kind == node.kind]
        others = same or [p.label for p in parties_here if p.label != own]
        for other in others or [""]:
            rows.add((m["date"], m["mode"], other, m["title"]))
    return sorted(rows)
