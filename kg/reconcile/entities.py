"""Entity resolution across releases: one node per person, per summit edition, per framework.

Each release names people, events and frameworks its own way ("J. Biden", "Recep Tayyıp Erdoğan",
"G20 in New Delhi", "This Jeddah Communique"). Extraction mints an IRI per spelling; this module
decides, over the whole store, which of them are one thing, and which "people" are not people:

- people: look-alike letters and accents folded; an initial ("J. Biden") or a bare surname
  ("Gantz") resolves to the one full name it can stand for (a reference person first); first names
  one letter apart in long names are one ("Anthony"/"Antony J. Blinken"), and so are two
  transliterations ("Yuriy"/"Yury") and a patronymic name without its family name ("Khalid bin
  Salman"/"Khalid bin Salman Al Saud", of one state); places, countries,
  organizations and buildings ("Hotel Hiroshima", "Seoul") are no people at all;
- events: one node per real gathering: a recurring summit's editions by the days of their meetings,
  anchored by the reference data's dated editions; an event of no series held months apart is one
  node per run of days (kg.reconcile.editions);
- frameworks: leading words that are not part of the name are dropped ("This", "Through"), and an
  acronym and its full name ("IPEF", "Indo-Pacific Economic Framework") are one framework.

The result maps every referenced IRI to its canonical IRI and says how to describe each canonical
entity once, in `dmr:graph/entities`.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date

import pyoxigraph as ox

from kg.names import fold, given_names_agree, has_lookalikes, person_parts, tokens
from kg.namespaces import ENTITIES_GRAPH, REFERENCE_GRAPH, SPARQL_PREFIXES
from kg.query import wrap
from kg.reconcile.accounts import rows
from kg.reconcile.editions import (
    Dated,
    Group,
    best_series,
    dated_editions,
    edition_at,
    group_editions,
    press_event,
    series_matcher,
    spellings,
)
from kg.reconcile.frameworks import canonical_frameworks
from kg.reconcile.nationality import one_nationality
from kg.reconcile.spellings import accounts_naming, join_spellings, joiner, rarer_spellings
from kg.store import Store
from kg.vocab import DMO

LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
ALT = "http://www.w3.org/2004/02/skos/core#altLabel"
OWL_SAME_AS = "http://www.w3.org/2002/07/owl#sameAs"
NOT_PERSON = str(DMO.notAPerson)
# words that make a "person" a place or a body
NOT_A_PERSON = re.compile(
    r"(?i)\b(hotel|palace|house|hall|street|avenue|square|airport|center|centre|embassy|ministry|"
    r"university|office|building|hospital|cathedral|museum|stadium|park|bridge|summit|council|"
    r"committee|commission|government|administration|republic|kingdom|federation|union)\b"
)
# words that say what kind of gathering an event is, not which one


@dataclass
class Described:
    """What the store says of one entity: its labels, types and other descriptions."""

    iri: str
    labels: set[str] = field(default_factory=set)
    alts: set[str] = field(default_factory=set)
    types: set[str] = field(default_factory=set)
    other: set[tuple[str, ox.NamedNode | ox.Literal]] = field(default_factory=set)  # (predicate, object)

    def label(self) -> str:
        """The one label: a spelling without look-alike letters, the longest, then the first."""
        pool = {x.strip(" ,;:") for x in self.labels or self.alts} - {""} or {self.iri.rsplit("/", 1)[-1]}
        return sorted(pool, key=lambda x: (has_lookalikes(x), -len(x), x))[0]


@dataclass
class Resolution:
    """Canonical IRIs, entities that are no people, and what to say of each canonical entity."""

    canon: dict[str, str] = field(default_factory=dict)
    not_people: set[str] = field(default_factory=set)
    described: dict[str, Described] = field(default_factory=dict)
    reference: set[str] = field(default_factory=set)
    labels: dict[str, str] = field(default_factory=dict)  # canonical IRI -> label
    series: dict[str, str] = field(default_factory=dict)  # event IRI -> its series (reference)
    editions: dict[str, list[Group]] = field(default_factory=dict)  # series or event -> its groups
    dated: dict[str, list[Dated]] = field(default_factory=dict)  # series -> the reference's editions
    country: dict[str, str] = field(default_factory=dict)  # reference place -> its country
    no_event: set[str] = field(default_factory=set)  # events that are none (a press conference)
    starts: dict[str, str] = field(default_factory=dict)  # reference event IRI -> its start date
    unlabelled: set[str] = field(default_factory=set)  # reference entities without an rdfs:label
    edition_of: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # minted: (series, place)

    def of(self, iri: str) -> str:
        return self.canon.get(iri, iri)


_ENTITIES = f"SELECT ?s ?p ?o WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?s ?p ?o }} }}"
_REFERENCE = (
    SPARQL_PREFIXES
    + f"""
SELECT ?s ?t ?l ?alt ?series ?place ?start ?end WHERE {{ GRAPH <{REFERENCE_GRAPH}> {{
  ?s a ?t . VALUES ?t {{ dmo:Person dmo:Country dmo:Place dmo:Organization
    dmo:Event dmo:Framework skos:Concept }}
  OPTIONAL {{ ?s rdfs:label ?l }} OPTIONAL {{ ?s skos:altLabel ?alt }}
  OPTIONAL {{ ?s dmo:eventSeries ?series }} OPTIONAL {{ ?s schema:location ?place }}
  OPTIONAL {{ ?s schema:startDate ?start }} OPTIONAL {{ ?s schema:endDate ?end }} }} }}"""
)
_PLACE_COUNTRY = (
    f"SELECT ?p ?c WHERE {{ GRAPH <{REFERENCE_GRAPH}> {{ ?p <https://schema.org/containedInPlace> ?c }} }}"
)


def describe(store: Store) -> tuple[dict[str, Described], dict[str, dict[str, set[str]]]]:
    """The entities graph as descriptions, and the reference entities by class (IRI -> labels)."""
    described: dict[str, Described] = {}
    for subject, predicate, obj in wrap(store.query(_ENTITIES)).rows:
        s, p, o = subject.value, predicate.value, obj.value
        d = described.setdefault(s, Described(s))
        if p == LABEL:
            d.labels.add(o)
        elif p == ALT:
            d.alts.add(o)
        elif p.endswith("#type"):
            d.types.add(o)
        elif p != OWL_SAME_AS and p != NOT_PERSON:
            d.other.add((p, obj))
    reference: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in rows(store, _REFERENCE):
        kind = (r["t"] or "").rsplit("#", 1)[-1]
        reference[kind][r["s"] or ""].add(r["l"] or "")
        reference["alt"][r["s"] or ""].add(r["alt"] or "")
        if r["start"]:
            reference["start"][r["s"] or ""].add(r["start"][:10])
        if r["end"]:
            reference["end"][r["s"] or ""].add(r["end"][:10])
        if r["series"]:
            reference["series"][r["s"] or ""].add(r["series"])
            reference["edition"][r["series"]].add(
                f"{(r['start'] or '')[:10]}|{r['s']}|{r['place'] or ''}|{(r['end'] or '')[:10]}"
            )
    for r in rows(store, _PLACE_COUNTRY):
        reference["country"][r["p"] or ""].add(r["c"] or "")
    return described, reference


def resolve(
    store: Store, used: dict[str, set[str]], meetings: list[tuple[date, str | None, str]]
) -> Resolution:
    """Canonical IRIs for the entities `used` (kind -> IRIs) by the counted meetings.

    `meetings` are (date, venue IRI, event IRI) of the meetings held at an event: editions of a
    recurring event are keyed by the days of its meetings."""
    described, reference = describe(store)
    res = Resolution(described=described)
    res.reference = {
        iri
        for kind in ("Person", "Country", "Place", "Organization", "Event", "Framework", "Concept")
        for iri in reference[kind]
    }
    res.unlabelled = {
        iri
        for iri in res.reference
        if not any(
            n
            for k, v in reference.items()
            if k not in ("alt", "series", "edition", "start", "end", "country")
            for n in v.get(iri, ())
        )
    }
    one_nationality(store, res.described.values())
    _people(res, used.get("participant", set()), reference, accounts_naming(store))
    _events(res, meetings, reference)
    res.canon.update(
        canonical_frameworks(res.described, res.reference, used.get("references", set()), reference)
    )
    for iri in set().union(*used.values()) if used else set():
        c = res.of(iri)
        if c not in res.labels:
            res.labels[c] = _label_of(c, res, reference)
    return res


def _label_of(iri: str, res: Resolution, reference: dict[str, dict[str, set[str]]]) -> str:
    """The label of an entity: the reference data's, else the one chosen among what releases say."""
    for kind in ("Person", "Country", "Place", "Organization", "Event", "Framework", "Concept"):
        names = {n for n in reference[kind].get(iri, ()) if n}
        if names:
            return min(names)
    d = res.described.get(iri)
    if d is not None and (d.labels or d.alts):
        return d.label()
    return iri.rsplit("/", 1)[-1]


# --- people -----------------------------------------------------------------------------------------


def _people(
    res: Resolution, people: set[str], reference: dict[str, dict[str, set[str]]], accounts: Counter
) -> None:
    places = {
        fold(n)
        for kind in ("Country", "Place", "Organization")
        for iri, ns in reference[kind].items()
        for n in ns | reference["alt"].get(iri, set())
        if n
    }
    ref_people = set(reference["Person"])
    info: dict[str, tuple[tuple[str, ...], str, str | None]] = {}
    for p in sorted(people):
        d = res.described.get(p)
        label = d.label() if d else _label_of(p, res, reference)
        if p not in ref_people and (fold(label) in places or NOT_A_PERSON.search(label)):
            res.not_people.add(p)
            continue
        nat = min((o.value for pr, o in d.other if pr.endswith("nationality")), default=None) if d else None
        given, last = person_parts(label)
        if last:
            info[p] = (given, last, nat)
    by_surname: dict[str, list[str]] = defaultdict(list)
    for p, (given, last, _) in info.items():
        # "Tae-yong" and "Taeyong", "Al-Sheikh" and "AlSheikh" are one surname, and so is "Al Saud"
        # (whose article is read as a given name's word) with "Al-Saud"
        article = given[-1] if given and given[-1] in ("al", "el") else ""
        by_surname[re.sub(r"[-'’]", "", article + last)].append(p)
    parent: dict[str, str] = {}

    def root(x: str) -> str:
        while parent.get(x, x) != x:
            x = parent[x]
        return x

    def refs(x: str) -> set[str]:
        r = root(x)
        return {p for p in info if root(p) == r and p in ref_people}

    for group in by_surname.values():
        full = [p for p in group if info[p][0] and len(info[p][0][0]) > 1]
        for i, a in enumerate(full):
            for b in full[i + 1 :]:
                if root(a) != root(b) and _compatible(info[a], info[b]) and not (refs(a) and refs(b)):
                    parent[root(b)] = root(a) if refs(a) or not refs(b) else root(b)
                    if refs(b) and not refs(a):
                        parent[root(a)] = root(b)
        for p in group:
            if p in full:
                continue
            roots = {root(q) for q in full if _compatible(info[p], info[q])}
            with_ref = {r for r in roots if refs(r)}
            chosen = with_ref if len(with_ref) == 1 else roots if len(roots) == 1 else set()
            if chosen and p not in ref_people:  # a reference person ("Abdullah II") is his own node
                parent[p] = chosen.pop()
    # a patronymic name without its family name ("Khalid bin Salman") is the one longer name of the
    # same state it begins, followed by a family name ("Khalid bin Salman Al Saud")
    words = {p: (*given, last) for p, (given, last, _) in info.items()}
    for p, w in words.items():
        if len(w) < 3 or not PATRONYMIC & set(w[1:-1]) or info[p][2] is None:
            continue
        longer = {
            root(q)
            for q, v in words.items()
            if len(v) > len(w) and v[: len(w)] == w and _family(v[len(w)]) and info[q][2] == info[p][2]
        }
        if len(longer) == 1 and root(p) not in longer and not (refs(p) and refs(next(iter(longer)))):
            parent[root(p)] = longer.pop()
    join_spellings(info, joiner(parent, root, refs), ref_people)
    members: dict[str, list[str]] = defaultdict(list)
    for p in info:
        members[root(p)].append(p)
    for group in members.values():
        ref = sorted(p for p in group if p in ref_people)
        labels = {p: (res.described[p].label() if p in res.described else p) for p in group}
        rare = rarer_spellings(group, info, accounts)  # "Powers" in one account, "Power" in three
        canonical = (
            ref[0]
            if ref
            else sorted(group, key=lambda p: (p in rare, has_lookalikes(labels[p]), -len(labels[p]), p))[0]
        )
        for p in group:
            res.canon[p] = canonical


PATRONYMIC = frozenset({"bin", "bint", "ibn"})


def _family(word: str) -> bool:
    """Does a family name begin with this word ("Al Saud", "Al-Nahyan")?"""
    return word in ("al", "el") or word.startswith(("al-", "el-"))


def _compatible(
    a: tuple[tuple[str, ...], str, str | None], b: tuple[tuple[str, ...], str, str | None]
) -> bool:
    if a[2] and b[2] and a[2] != b[2]:
        return False
    return given_names_agree(a[0], b[0]) and given_names_agree(_patronym(a[0]), _patronym(b[0]))


def _patronym(given: tuple[str, ...]) -> tuple[str, ...]:
    """The father's name of a patronymic name ("salman" of "Khalid bin Salman bin Abdulaziz"): two
    brothers share the rest ("Abdullah bin Zayed", "Khalifa bin Zayed"), cousins the first name."""
    at = next((i for i, w in enumerate(given) if w in PATRONYMIC), None)
    return given[at + 1 : at + 2] if at is not None else ()


# --- events -----------------------------------------------------------------------------------------


def _events(res: Resolution, meetings: list[tuple[date, str | None, str]], reference: dict) -> None:
    """Editions of the events meetings are at, by the days of their meetings (kg.reconcile.editions)."""
    res.starts = {iri: min(days) for iri, days in reference["start"].items() if len(min(days)) == 10}
    res.series = {iri: min(series) for iri, series in reference["series"].items()}  # the reference's editions
    res.country = {p: min(c) for p, c in reference["country"].items()}
    place_words = {t for ns in reference["Place"].values() for n in ns if n for t in tokens(n)}
    sigs = series_matcher(reference, place_words)
    dated = dated_editions(reference)

    def series_of(event: str) -> str | None:
        if event in reference["series"]:
            return min(reference["series"][event])
        if event in sigs:
            return event
        d = res.described.get(event)
        return best_series(sigs, d.label(), place_words) if d is not None else None

    by_key: dict[str, list[tuple[date, str | None, str]]] = defaultdict(list)
    for m in meetings:
        d = res.described.get(m[2])
        if d is not None and press_event(d.label()):
            res.no_event.add(m[2])
            continue
        series = series_of(m[2])
        if series is not None:
            res.series[m[2]] = series
        by_key[series or m[2]].append(m)
    # one gathering of no series the releases name two ways ("Summit of the Leaders of the United
    # States and the GCC", "Summit of the United States and the GCC"): one event
    loose = {k: ms for k, ms in by_key.items() if k not in sigs and k not in dated}
    named = {k: _label_of(k, res, reference) for k in loose}
    res.canon.update(same := spellings(named, {k: [m[0] for m in ms] for k, ms in loose.items()}))
    for b, a in same.items():
        by_key[a] += by_key.pop(b)
    for key, ms in by_key.items():
        series = key in sigs
        groups, minted = group_editions(
            key, ms, dated.get(key, []), res.country, series, _label_of(key, res, reference)
        )
        res.editions[key], res.dated[key] = groups, dated.get(key, [])
        for iri, (of, place, label) in minted.items():
            res.labels[iri] = label
            res.edition_of[iri] = (of, place)


def edition(res: Resolution, event: str, day: date, venue: str | None) -> str | None:
    """The edition node of the event a meeting on `day` at `venue` was held at (None: at none of
    them, e.g. weeks ahead of the edition the reference dates)."""
    if event in res.no_event:
        return None
    key = res.series.get(event) or res.of(event)
    found, iri = edition_at(res.editions.get(key, []), res.dated.get(key, []), day, venue, res.country)
    if found:
        return iri
    return None if res.series.get(event) or res.dated.get(key) else key
