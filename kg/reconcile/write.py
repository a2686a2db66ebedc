"""Writing the counted meetings and the entity descriptions.

Every real meeting becomes one `dmo:DistinctMeeting` in `dmr:graph/reconciled`, whatever the number
of releases and publishers reporting it, with the facts of its accounts in canonical entities:

    <dmr:reconciled/2021-12-07-ru-us-remote> a dmo:DistinctMeeting ; dmo:status dmo:Held ;
        dmo:date … ; dmo:mode … (when the accounts stating one agree) ;
        dmo:participant, dmo:country, dmo:organization, dmo:references, dmo:topic … (any account) ;
        dmo:venue, dmo:sidelinesOf … (the most accounts) ;
        sem:hasEarliestBeginTimeStamp … ; sem:hasLatestEndTimeStamp … ;
        dmo:reportedBy <rel1>, <rel2> ; prov:wasDerivedFrom <rel1>, <rel2> ;
        skos:exactMatch <account1>, <account2> .           # each release's own dmo:Meeting
    [] a rdf:Statement ; rdf:subject <event> ; rdf:predicate dmo:date ; rdf:object … ;
        dmo:accordingTo <rel1> .                            # each account's date and mode

A held meeting's facts come from its held accounts; an announcement only dates a meeting that
never took place in the store. Entity descriptions (`rdfs:label` once, `skos:altLabel`s, types,
nationality, codes) go once into `dmr:graph/entities`.
"""

from __future__ import annotations

import hashlib
from collections import Counter
from datetime import date

import pyoxigraph as ox

from kg.namespaces import DMR, ENTITIES_GRAPH, PREFIXES, RECONCILE_GRAPH
from kg.reconcile.accounts import Account
from kg.reconcile.entities import Resolution, edition
from kg.reconcile.identity import as_gathering
from kg.vocab import DMO

RECONCILER = "kg.reconcile.v2"
_P, _S = PREFIXES["prov"], PREFIXES["skos"]
_SEM, _RDF, _XSD, _RDFS = PREFIXES["sem"], PREFIXES["rdf"], PREFIXES["xsd"], PREFIXES["rdfs"]
_OWL = PREFIXES["owl"]
GRAPH = ox.NamedNode(str(RECONCILE_GRAPH))
ENTITIES = ox.NamedNode(str(ENTITIES_GRAPH))
REMOTE = {"Phone", "Video"}
KIND_CLASS = {
    "participant": "Person",
    "organization": "Organization",
    "venue": "Place",
    "sidelinesOf": "Event",
    "references": "Framework",
}


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _q(s: ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal, g: ox.NamedNode = GRAPH) -> ox.Quad:
    return ox.Quad(s, _n(p), o, g)


def _day(d: date) -> ox.Literal:
    return ox.Literal(d.isoformat(), datatype=_n(_XSD + "date"))


def considered(group: list[Account]) -> list[Account]:
    """The accounts a meeting's facts come from: its held ones, else its announcements."""
    held = [a for a in group if a.status == "Held" and not a.mentioned]
    return held or [a for a in group if a.status == "Held"] or group


def meeting_day(group: list[Account]) -> date:
    """The day most accounts give (the earliest of equals)."""
    days = Counter(a.date for a in considered(group))
    return sorted(days.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


def event_key(group: list[Account]) -> str:
    """The readable, deterministic local name of a meeting: its day, sides, mode class."""
    acc = considered(group)
    modes = {a.mode for a in acc if a.mode}
    kind = "in-person" if modes == {"InPerson"} else "remote" if modes and modes <= REMOTE else "meeting"
    sides = "-".join(sorted(s.lower() for s in all_sides(acc))) or "x"
    planned = "" if any(a.status == "Held" for a in group) else "-planned"
    return f"{meeting_day(group).isoformat()}-{sides}-{kind}{planned}"


def all_sides(acc: list[Account]) -> set[str]:
    """The states a meeting's accounts speak for: one account's sides, or, for a summit each publisher
    tells its own leader's part of, all of theirs."""
    union = set().union(*(a.sides for a in acc)) if acc else set()
    return union if multilateral(acc) else set(acc[0].sides) if acc else set()


def multilateral(acc: list[Account]) -> bool:
    """Accounts of one summit by several publishers, none of which names every state the others do."""
    union = set().union(*(a.sides for a in acc)) if acc else set()
    return len(acc) > 1 and all(a.sides < union for a in acc)


def _most(values: list[str]) -> str | None:
    counts = Counter(v for v in values if v)
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0] if counts else None


def _actors(acc: list[Account], res: Resolution) -> tuple[list[str], list[str]]:
    """The people and states of a meeting: all one release names; of several, those of the meeting's
    sides (the publishers' states and those the titles name) and those two releases or more name,
    so a person one release only mentions ("after the talks with Putin") is not added by it."""
    people: Counter[str] = Counter()
    nation: dict[str, str] = {}
    for a in acc:
        people.update({res.of(p) for p in a.participants} - res.not_people)
        nation.update({res.of(p): iso for p, iso in a.nationality})
    # a leader the titles do not name, of a side for which they name an official and no leader, is
    # mentioned, not present ("Readout of National Security Advisor Jake Sullivan's Call with National
    # Security Advisor Kim Sung-han", in which the two presidents are only named)
    titled = {res.of(p) for a in acc for p in a.headline}
    leaders = {res.of(p) for a in acc for p in a.leaders}
    led = {nation.get(p) for p in titled & leaders}
    officials = {nation[p] for p in titled - leaders if p in nation} - led
    for p in [p for p in people if p in leaders - titled and nation.get(p) in officials]:
        del people[p]
    states: Counter[str] = Counter(c for a in acc for c in set(a.facts.get("country", ())))
    if len(acc) == 1:
        return sorted(people), sorted(states)
    # a summit's account naming no state in its title ("G7 Leaders' Statement") speaks for its people's
    sides = set().union(*(as_gathering(a).sides for a in acc))
    kept = [p for p, n in people.items() if n > 1 or nation.get(p) in sides or p not in nation]
    kept_states = [c for c, n in states.items() if n > 1 or c.rsplit("/", 1)[-1] in sides]
    return sorted(kept), sorted(kept_states)


def _label(res: Resolution, iri: str) -> str:
    """An event's name as the releases wrote it (the edition a series resolves to may be another)."""
    d = res.described.get(iri)
    return res.labels.get(iri) or (d.label() if d is not None else iri.rsplit("/", 1)[-1])


def meeting_quads(group: list[Account], iri: str, res: Resolution) -> tuple[list[ox.Quad], set[str]]:
    """One counted meeting's quads, and the canonical entities it names."""
    ev = _n(iri)
    acc = considered(group)
    day = meeting_day(group)
    days = sorted({a.date for a in acc})
    modes = {a.mode for a in acc if a.mode}
    status = "Held" if any(a.status == "Held" for a in group) else "Planned"

    def union(fact: str) -> list[str]:
        return sorted({res.of(x) for a in acc for x in a.facts.get(fact, ())} - res.not_people)

    people, countries = _actors(acc, res)
    venue = _most([res.of(v) for a in acc for v in a.facts.get("venue", ())])
    raw_event = _most([e for a in acc for e in a.facts.get("sidelinesOf", ())])
    # a phone call is held at no event: a summit it is about, ahead of or after is its subject
    phoned = modes == {"Phone"}
    event = edition(res, raw_event, day, venue) if raw_event and not phoned else None
    kind = {"Phone": "Phone call", "Video": "Video call"}.get(
        next(iter(modes)) if len(modes) == 1 else "", "Meeting"
    )
    names = [res.labels.get(p, p.rsplit("/", 1)[-1]) for p in people[:4]]
    who = " and ".join(names) if len(names) <= 2 else ", ".join(names[:-1]) + " and " + names[-1]
    label = f"{kind}{' of ' + who if who else ''} on {day.isoformat()}" + (
        "" if status == "Held" else " (planned)"
    )
    if event and multilateral(acc):  # a summit, not a call of the leaders each publisher names
        label = f"{_label(res, raw_event or event)}{' with ' + who if who else ''} on {day.isoformat()}"
    agent = _n(str(DMR[f"extractor/{RECONCILER}"]))
    out = [
        _q(ev, _RDF + "type", _n(str(DMO.DistinctMeeting))),
        _q(ev, _RDFS + "label", ox.Literal(label, language="en")),
        _q(ev, str(DMO.status), _n(str(DMO[status]))),
        _q(ev, str(DMO.date), _day(day)),
        _q(ev, _SEM + "hasEarliestBeginTimeStamp", _day(days[0])),
        _q(ev, _SEM + "hasLatestEndTimeStamp", _day(days[-1])),
        _q(ev, _P + "wasGeneratedBy", agent),
    ]
    if len(modes) == 1:
        out.append(_q(ev, str(DMO.mode), _n(str(DMO[next(iter(modes))]))))
    named: set[str] = set()
    facts = [
        ("participant", people),
        ("country", countries),
        ("organization", union("organization")),
        ("references", union("references")),
        ("topic", union("topic")),
    ]
    if venue:
        facts.append(("venue", [venue]))
    if event:
        facts.append(("sidelinesOf", [event]))
    for prop, values in facts:
        out += [_q(ev, str(DMO[prop]), _n(v)) for v in values]
        named.update(values)
    for a in group:
        rel, account = _n(a.release), _n(a.meeting)
        out += [
            _q(ev, _P + "wasDerivedFrom", rel),
            _q(ev, str(DMO.reportedBy), rel),
            _q(ev, _S + "exactMatch", account),
            _q(account, _S + "exactMatch", ev),
        ]
        if len(group) == 1:
            continue
        claims: list[tuple[str, ox.NamedNode | ox.Literal]] = [(str(DMO.date), _day(a.date))]
        if a.mode:
            claims.append((str(DMO.mode), _n(str(DMO[a.mode]))))
        for prop, obj in claims:  # what each release says, side by side (a SEM view)
            digest = hashlib.sha1(f"{iri}|{prop}|{obj}|{a.release}".encode()).hexdigest()[:20]
            st = _n(str(DMR[f"statement/{digest}"]))
            out += [
                _q(st, _RDF + "type", _n(_RDF + "Statement")),
                _q(st, _RDF + "subject", ev),
                _q(st, _RDF + "predicate", _n(prop)),
                _q(st, _RDF + "object", obj),
                _q(st, str(DMO.accordingTo), rel),
            ]
    return out, named


def entity_quads(res: Resolution, used: set[str], counted: set[str]) -> list[ox.Quad]:
    """The entities graph: each entity the releases or the counted meetings name, described once.

    Reference entities are described by the reference graph; a spelling that resolves to another
    entity keeps its own label and says `owl:sameAs` its canonical entity, which carries every
    spelling as an alternative label."""
    out: list[ox.Quad] = []
    spellings: dict[str, set[str]] = {}
    for iri in sorted(used):
        c = res.of(iri)
        if c != iri and iri in res.described:
            d = res.described[iri]
            spellings.setdefault(c, set()).update(d.labels | d.alts)
    for iri in sorted(used | counted):
        node = _n(iri)
        d = res.described.get(iri)
        if iri in res.reference:
            if iri in res.unlabelled and d is not None:  # a topic: the scheme has its prefLabel only
                out.append(_q(node, _RDFS + "label", ox.Literal(d.label(), language="en"), ENTITIES))
            continue
        c = res.of(iri)
        if iri in res.edition_of:  # a minted edition (what an earlier reconciliation said of it is stale)
            series, place = res.edition_of[iri]
            out += [
                _q(node, _RDF + "type", _n(str(DMO.Event)), ENTITIES),
                _q(node, _RDFS + "label", ox.Literal(res.labels[iri], language="en"), ENTITIES),
                _q(node, str(DMO.eventSeries), _n(series), ENTITIES),
            ]
            if place:
                out.append(_q(node, PREFIXES["schema"] + "location", _n(place), ENTITIES))
            continue
        if d is None:
            continue
        label = d.label()
        out += [_q(node, _RDF + "type", _n(t), ENTITIES) for t in sorted(d.types)]
        out.append(_q(node, _RDFS + "label", ox.Literal(label, language="en"), ENTITIES))
        alts = (d.labels | d.alts | spellings.get(iri, set())) - {label}
        out += [_q(node, _S + "altLabel", ox.Literal(a, language="en"), ENTITIES) for a in sorted(alts)]
        for p, obj in sorted(d.other, key=lambda po: (po[0], str(po[1]))):
            out.append(_q(node, p, obj, ENTITIES))
        if c != iri:
            out.append(_q(node, _OWL + "sameAs", _n(c), ENTITIES))
        if iri in res.not_people:
            out.append(
                _q(node, str(DMO.notAPerson), ox.Literal("true", datatype=_n(_XSD + "boolean")), ENTITIES)
            )
    return out
