"""What a researcher counting meetings per event (dmo:sidelinesOf) expects of the graph's event nodes
(tests/test_event_nodes.py checks them on the corpus store)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from kg.query import run_query
from kg.reconcile.editions import same_gathering, words
from kg.store import Store

# the longest an edition lasts: a COP or the UN General Assembly's high-level week, about two weeks
LONGEST_EDITION = 16

_MEETINGS = """SELECT ?m ?e ?d ?mode (COUNT(DISTINCT ?p) AS ?people) (SAMPLE(?l) AS ?label) WHERE {
  GRAPH <https://w3id.org/dmkg/id/graph/reconciled> {
    ?m a dmo:DistinctMeeting ; dmo:sidelinesOf ?e ; dmo:date ?d ; dmo:status dmo:Held .
    OPTIONAL { ?m dmo:mode ?mode } OPTIONAL { ?m dmo:participant ?p } }
  OPTIONAL { ?e rdfs:label ?l } } GROUP BY ?m ?e ?d ?mode"""


def event_meetings(store: Store) -> dict[str, list[tuple[date, str, int, str]]]:
    """Each event node's held meetings: (day, mode, number of participants, meeting IRI)."""
    out: dict[str, list[tuple[date, str, int, str]]] = defaultdict(list)
    for r in run_query(store, _MEETINGS).records():
        out[r["e"]].append(
            (date.fromisoformat(str(r["d"])[:10]), str(r["mode"] or ""), int(r["people"]), r["m"])
        )
    return out


def event_labels(store: Store) -> dict[str, str]:
    return {r["e"]: str(r["label"] or "") for r in run_query(store, _MEETINGS).records()}


def too_long(meetings: dict[str, list[tuple[date, str, int, str]]]) -> dict[str, int]:
    """Event nodes whose meetings span more days than any edition lasts."""
    spans = {e: (max(m[0] for m in ms) - min(m[0] for m in ms)).days for e, ms in meetings.items()}
    return {e: s for e, s in spans.items() if s > LONGEST_EDITION}


def split_gatherings(
    meetings: dict[str, list[tuple[date, str, int, str]]], labels: dict[str, str]
) -> list[tuple[str, str]]:
    """Pairs of event nodes named alike (most words of their names) with meetings on the same days."""
    days = {e: {m[0] for m in ms} for e, ms in meetings.items()}
    sig = {e: words(labels.get(e, "").split(",")[0]) for e in meetings}  # ", New York": a place
    order = sorted(meetings)
    return [
        (a, b)
        for i, a in enumerate(order)
        for b in order[i + 1 :]
        if same_gathering(sig[a], sig[b]) and any(abs((x - y).days) <= 1 for x in days[a] for y in days[b])
    ]


def repeated_summits(meetings: dict[str, list[tuple[date, str, int, str]]]) -> list[tuple[str, date, str]]:
    """(event, day, mode) with two counted meetings naming at most one person: one leader's part in
    one summit that day, counted twice."""
    seen: dict[tuple[str, date, str], int] = defaultdict(int)
    for e, ms in meetings.items():
        for day, mode, people, _ in ms:
            if people <= 1:
                seen[(e, day, mode)] += 1
    return [k for k, n in seen.items() if n > 1]
