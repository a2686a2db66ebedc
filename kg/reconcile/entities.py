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
- events: a recurring summit is one event per edition, keyed by its series, year and place
  ("2022 NATO Summit, Madrid"); the reference data's editions are used where they exist;
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

from kg.names import fold, gathering_words, given_names_agree, has_lookalikes, person_parts, tokens
from kg.namespaces import DMR, ENTITIES_GRAPH, REFERENCE_GRAPH, SPARQL_PREFIXES, slug
from kg.query import wrap
from kg.reconcile.accounts import rows
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
    editions: dict[tuple[str, int], list[tuple[str, str | None]]] = field(default_factory=dict)
    starts: dict[str, str] = field(default_factory=dict)  # reference event IRI -> its start date
    unlabelled: set[str] = field(default_factory=set)  # reference entities without an rdfs:label
    edition_of: dict[str, tuple[str, str | None]] = field(default_factory=dict)  # minted: (series, place)

    def of(self, iri: str) -> str:
        return self.canon.get(iri, iri)


_ENTITIES = f"SELECT ?s ?p ?o WHERE {{ GRAPH <{ENTITIES_GRAPH}> {{ ?s ?p ?o }} }}"
_REFERENCE = (
    SPARQL_PREFIXES
    + f"""
SELECT ?s ?t ?l ?alt ?series ?place ?start WHERE {{ GRAPH <{REFERENCE_GRAPH}> {{
  ?s a ?t . VALUES ?t {{ dmo:Person dmo:Country dmo:Place dmo:Organization
    dmo:Event dmo:Framework skos:Concept }}
  OPTIONAL {{ ?s rdfs:label ?l }} OPTIONAL {{ ?s skos:altLabel ?alt }}
  OPTIONAL {{ ?s dmo:eventSeries ?series }} OPTIONAL {{ ?s schema:location ?place }}
  OPTIONAL {{ ?s schema:startDate ?start }} }} }}"""
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
        if r["series"]:
            reference["series"][r["s"] or ""].add(r["series"])
            reference["edition"][r["series"]].add(f"{(r['start'] or '')[:10]}|{r['s']}|{r['place'] or ''}")
    return described, reference


def resolve(
    store: Store, used: dict[str, set[str]], meetings: list[tuple[date, str | None, str]]
) -> Resolution:
    """Canonical IRIs for the entities `used` (kind -> IRIs) by the counted meetings.

    `meetings` are (date, venue IRI, event IRI) of the meetings held at an event: editions of a
    recurring event are keyed by the year and place of its meetings."""
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
            if k not in ("alt", "series", "edition", "start")
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
    """Editions: (series, year, place) of the meetings held at each event."""
    res.starts = {iri: min(days) for iri, days in reference["start"].items() if len(min(days)) == 10}
    res.series = {iri: min(series) for iri, series in reference["series"].items()}  # the reference's editions
    series_sig: dict[str, list[frozenset[str]]] = defaultdict(list)
    for iri, names in reference["Event"].items():
        if iri not in reference["series"]:
            series_sig[iri] += [
                gathering_words(n)
                for n in names | reference["alt"].get(iri, set())
                if n and gathering_words(n)
            ]
    place_words = {t for ns in reference["Place"].values() for n in ns if n for t in tokens(n)}

    def series_of(event: str) -> str | None:
        if event in reference["series"]:
            return min(reference["series"][event])
        if event in series_sig:
            return event
        d = res.described.get(event)
        if d is None:
            return None
        sig = gathering_words(d.label()) - place_words
        best = [(len(s), iri) for iri, sigs in series_sig.items() for s in sigs if s and s <= sig]
        return max(best)[1] if best else None

    found: dict[tuple[str, int], Counter] = defaultdict(Counter)
    for day, venue, event in meetings:
        series = series_of(event)
        if series is None:
            continue
        res.series[event] = series
        found[(series, day.year)][venue] += 1
    for (series, year), venues in found.items():
        known = [v for v, _ in venues.most_common() if v]
        # in date order: a set's order changes from one process to the next, and so would the edition
        editions = sorted(e for e in reference["edition"].get(series, ()) if e.startswith(str(year)))
        out: list[tuple[str, str | None]] = []
        for v in known or [None]:
            ref = next((e.split("|")[1] for e in editions if not v or e.split("|")[2] == v), None)
            if ref is None and len(editions) == 1 and len(known) <= 1:
                ref = editions[0].split("|")[1]
            place = (v or "").rsplit("/", 1)[-1]
            if ref is None:
                iri = str(
                    DMR[
                        f"event/{slug(series.rsplit('/', 1)[-1])}-{year}"
                        + (f"-{place}" if place and len(known) > 1 else "")
                    ]
                )
                where = _label_of(v, res, reference) if v else ""
                res.labels[iri] = f"{year} {_label_of(series, res, reference)}" + (
                    f", {where}" if where else ""
                )
                res.edition_of[iri] = (series, v)
            out.append((ref or iri, v))
        res.editions[(series, year)] = out


# days a meeting at an edition may be before its start or after it (a COP lasts two weeks)
AHEAD, AFTER = 3, 14


def edition(res: Resolution, event: str, day: date, venue: str | None) -> str | None:
    """The edition of a recurring event a meeting on `day` at `venue` was held at (else the event;
    None when the reference dates that edition weeks away from the day)."""
    series = res.series.get(event)
    if series is None:
        return res.of(event) if _near(res, res.of(event), day) else None
    options = res.editions.get((series, day.year), [])
    for iri, v in options:
        if venue and v == venue:
            return iri if _near(res, iri, day) else None
    chosen = options[0][0] if options else event
    # no place told: of the reference's editions of the series dated that year, the one nearest the day
    dated = [
        e for e, s in res.series.items() if s == series != e and res.starts.get(e, "")[:4] == str(day.year)
    ]
    if not venue and len(dated) > 1:
        chosen = min(dated, key=lambda e: (abs((date.fromisoformat(res.starts[e]) - day).days), e))
    return chosen if _near(res, chosen, day) else None


def _near(res: Resolution, event: str, day: date) -> bool:
    """Could a meeting on `day` be held at `event`: not weeks or months from the start the reference
    gives it (a meeting weeks ahead of a summit is not at it; an event it does not date may be)."""
    start = res.starts.get(event)
    return start is None or -AHEAD <= (day - date.fromisoformat(start)).days <= AFTER
