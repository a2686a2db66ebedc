"""What the visual explorer shows: SPARQL over the store -> plain node and edge records.

`load_view(store, options)` reads meetings, the entities they link to, the evidence sentences
(dmo:Evidence reification nodes) and people's posts (W3C ORG memberships in the reference graph)
through kg.viz.facts, keeps the meetings that pass the filters of `ViewOptions` (kg.filters, the
one filter model, also that of the networks and the timeline), projects the result onto one of the
views (full, meetings, people, countries) and cuts it down to the neighbourhood of a focus node.
Every record carries all attributes the explorer shows on hover and click. Nothing here knows HTML.

A meeting several releases report (a reconciled event, docs/decisions/0005) is one meeting node by
default: its accounts are folded into it, it links to everything any account names, and its
`accounts` attribute keeps what each release says (publisher, date, mode, names, topics,
frameworks, evidence), so no view counts one meeting twice and differences stay visible.
"""

from __future__ import annotations

import re
from collections import defaultdict
from itertools import combinations
from typing import Any

import networkx as nx

from kg.filters import Filters
from kg.model import KgError
from kg.resolve import resolve
from kg.viz.facts import (
    MODE_NAME,
    Q_ACCOUNTS,
    RELATIONS,
    STATUS_NAME,
    Facts,
    kind_of,
    label_of,
    matches,
    read_facts,
    val,
)
from kg.viz.graph import MODES, VIEWS, ViewOptions, VizEdge, VizGraph, VizNode, find_node, to_networkx

__all__ = [
    "MODES",
    "RELATIONS",
    "VIEWS",
    "ViewOptions",
    "VizEdge",
    "VizGraph",
    "VizNode",
    "find_node",
    "load_view",
    "to_networkx",
]


def _broader(iri: str, facts: Facts) -> list[str]:
    """The topic and the broader topics above it that the facts know (narrower topics count)."""
    chain = [iri]
    while (up := facts.entities.get(chain[-1], {}).get("broader")) and up not in chain:
        chain.append(up)
    return chain


def _keep(mid: str, facts: Facts, opt: Filters) -> bool:
    """Whether the meeting passes the filters (a folded event: any account's date or mode)."""
    m = facts.meetings[mid]
    dates = m.get("dates") or ([m["date"]] if m.get("date") else [])
    since, until = (d.isoformat() if d else None for d in (opt.since, opt.until))
    if (since or until) and not any((not since or d >= since) and (not until or d <= until) for d in dates):
        return False
    if opt.mode and opt.mode not in m.get("modes", {m.get("mode")}):
        return False
    linked = facts.links.get(mid, [])
    if opt.country:
        iso = (opt.country_iri() or "").rsplit("/", 1)[-1].upper()
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
        r == "topic" and any(matches(t, facts, opt.topic) for t in _broader(o, facts)) for r, o in linked
    ):
        return False
    if opt.framework and not any(r == "references" and matches(o, facts, opt.framework) for r, o in linked):
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


def _evidence(records: list[tuple[int | None, str, str, str]], facts: Facts) -> list[dict[str, Any]]:
    """Evidence sentences in text order, each with the facts it supports ("participant: Xi Jinping")."""
    sentences: dict[tuple[int | None, str], list[str]] = {}
    for start, sentence, relation, obj in sorted(records, key=lambda e: (e[0] is None, e[0] or 0, e[2])):
        value = label_of(obj, facts) if obj.startswith(("http://", "https://")) else obj
        value = {**MODE_NAME, **STATUS_NAME}.get(obj, value)
        if relation in ("mode", "status"):  # "met in person", "held", not "mode: in_person"
            fact = f"met {_READABLE.get(value, value)}" if relation == "mode" else value.replace("_", " ")
        else:
            fact = f"{relation}: {value}"
        sentences.setdefault((start, sentence), []).append(fact)
    return [{"sentence": s, "start": start, "facts": f} for (start, s), f in sentences.items()]


def _fold(store: Any, facts: Facts, fold: bool) -> None:
    """Fold each cross-reported event's accounts into the event (or, unfolded, only remember them).

    Folded, the event is the one meeting node: it links to everything any account names, its
    `dates` and `modes` are every account's, and `accounts` keeps each release's own account."""
    said: dict[str, dict[str, dict[str, set[str]]]] = defaultdict(
        lambda: defaultdict(lambda: defaultdict(set))
    )
    first: dict[str, str] = {}
    for row in store.query(Q_ACCOUNTS):
        e, acc = val(row["e"]), val(row["acc"])
        first[e] = val(row["first"])
        said[e][acc][val(row["field"])].add(val(row["v"]))
    # an event of one account is that meeting itself: nothing to fold (asked in Python: a second
    # `skos:exactMatch ?other` in the query multiplies its rows and takes minutes on a corpus)
    said = defaultdict(dict, {e: by_account for e, by_account in said.items() if len(by_account) > 1})
    # a release's one record of its leader's part in several summits is an account of each
    # (kg.reconcile.parts): folded into each, its own links (every summit's states) into none
    events_of: dict[str, int] = defaultdict(int)
    for by_account in said.values():
        for a in by_account:
            events_of[a] += 1
    folded: set[str] = set()
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
        links = [link for a in accounts if events_of[a] == 1 for link in facts.links.get(a, [])]
        facts.links[e] = list(dict.fromkeys(links + facts.links.get(e, [])))
        folded.update(accounts)
    for a in folded:
        facts.meetings.pop(a, None)
        facts.links.pop(a, None)


def _meeting_node(mid: str, facts: Facts) -> VizNode:
    m = facts.meetings[mid]
    by_relation: dict[str, list[str]] = defaultdict(list)
    for relation, obj in facts.links.get(mid, []):
        by_relation[relation].append(label_of(obj, facts))
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


def _entity_node(iri: str, kind: str, facts: Facts, dates: list[str]) -> VizNode:
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
            attrs["nationality"] = label_of(nationality, facts)
    tail = iri.rstrip("/").rsplit("/", 1)[-1]
    if e.get("isoCode") or (kind == "country" and re.fullmatch(r"[A-Z]{2}", tail)):
        attrs["iso"] = e.get("isoCode") or tail
    if e.get("notation"):
        attrs["notation"] = e["notation"]
    return VizNode(iri, kind, label_of(iri, facts), attrs)


def _project(facts: Facts, kept: list[str], view: str) -> VizGraph:
    nodes: dict[str, VizNode] = {}
    edges: list[VizEdge] = []
    entity_dates: dict[str, list[str]] = defaultdict(list)
    entity_kind: dict[str, str] = {}
    for mid in kept:
        for relation, obj in facts.links.get(mid, []):
            entity_kind.setdefault(obj, kind_of(obj, facts, relation))
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


def load_view(store: Any, options: ViewOptions | None = None) -> VizGraph:
    """Read the store and return the nodes and edges of the view described by `options`."""
    opt = options or ViewOptions()
    if opt.view not in VIEWS:
        raise KgError(f"unknown view {opt.view!r}; choose one of {', '.join(VIEWS)}")
    if opt.hops < 0:
        raise KgError("--hops must be 0 or more")
    facts = read_facts(store)
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
