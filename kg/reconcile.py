"""Reconciliation: one event for a meeting that several releases report (docs/decisions/0005).

When two governments meet, both publish. Each release's account stays in its own named graph;
`reconcile(store)` finds the accounts of the same meeting and writes, into `dmr:graph/reconciled`
only, one canonical event per cluster of two or more accounts:

    <dmr:reconciled/2021-12-07-ru-us-remote> a dmo:Meeting ; dmo:status dmo:Held ;
        prov:wasDerivedFrom <rel1>, <rel2> ; dmo:reportedBy <rel1>, <rel2> ;
        skos:exactMatch <account1>, <account2> ;            # each release's own meeting
        dmo:date …  (only when every account gives the same day) ;
        sem:hasEarliestBeginTimeStamp … ; sem:hasLatestEndTimeStamp … ;   # the accounts' range
        dmo:mode …  (only when the accounts stating one agree) ; dmo:participant, dmo:country (named by every account) .
    [] a rdf:Statement ; rdf:subject <event> ; rdf:predicate dmo:date ; rdf:object … ;
        dmo:accordingTo <rel1> .                            # each account's date and mode
    <rel> prov:wasAttributedTo <dmr:publisher/…> .  <dmr:publisher/…> prov:actedOnBehalfOf <country> .

The event asserts only what all its accounts agree on, so a release's own facts (and a per-release
score) never gain the other side's claims. Identity: accounts match when both are held, their dates
agree within a day (the same day within one publisher), their release was published within days of
it, their modes agree (phone and video are both calls; a publisher never contradicts itself), they
have the same two or more sides (publisher's country + countries named by the title, or, for a
release reporting several meetings under a title naming none of their counterparts, by each meeting's
own lead sentence; for a meeting mentioned in passing, by its participants) and share the people of every side both name. Clusters are grown greedily, best
pairs first, with every pair in a cluster compatible and one account per release. The whole graph is
recomputed in one transaction, so the result does not depend on ingest order and re-ingesting a
release leaves no orphans.
"""

from __future__ import annotations

import hashlib
import re
import time
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, timedelta

import pyoxigraph as ox

from kg.namespaces import DMO, DMR, PREFIXES, RECONCILE_GRAPH, REFERENCE_GRAPH, SPARQL_PREFIXES, slug
from kg.store import Store

RECONCILER = "kg.reconcile.v1"
DAY_TOLERANCE = 1  # accounts from different publishers may be a day apart (time zones, "yesterday")
_EDGE_MARGIN = 366  # days: accounts this close to the calendar's ends (years 1, 9999) are not compared
PUBLISHED_WITHIN = (3, 1)  # an account's meeting lies at most 3 days before / 1 day after its release
HOME_BY_PUBLISHER = {"white house": "US"}  # publishers whose name does not name their country

_D, _P, _S = str(DMO), PREFIXES["prov"], PREFIXES["skos"]
_SEM, _RDF, _XSD = PREFIXES["sem"], PREFIXES["rdf"], PREFIXES["xsd"]
GRAPH = ox.NamedNode(str(RECONCILE_GRAPH))
REMOTE = {"Phone", "Video"}


@dataclass(frozen=True)
class Account:
    """One release's held meeting, as reconciliation sees it."""

    meeting: str
    release: str
    publisher: str
    title: str
    released: date | None
    date: date
    mode: str | None  # local name: InPerson, Phone, Video
    participants: frozenset[str]
    countries: frozenset[str]  # ISO codes
    nationality: tuple[tuple[str, str], ...]  # (person IRI, ISO) for participants whose nationality is known
    home: str | None  # ISO code of the publisher's country
    sides: frozenset[str]  # home + countries named by the title (directly or through a participant)
    headline: frozenset[str] = frozenset()  # participants the title names

    def people_of(self, iso: str, headline: bool = False) -> set[str]:
        return {p for p, c in self.nationality if c == iso and (not headline or p in self.headline)}


@dataclass
class ReconcileReport:
    """What a reconciliation did."""

    accounts: int = 0
    events: int = 0
    cross_publisher: int = 0
    seconds: float = 0.0

    def summary(self) -> str:
        return (
            f"{self.accounts} held meetings compared: {self.events} events reported by several releases "
            f"({self.cross_publisher} by several publishers); {self.seconds:.1f} s"
        )


# --- reading the accounts ---------------------------------------------------------------------------

_ACCOUNTS = (
    SPARQL_PREFIXES
    + """
SELECT ?m ?kind ?rel ?date ?mode ?pub ?title ?released WHERE {
  VALUES ?kind { dmo:Meeting dmo:MentionedMeeting }
  GRAPH ?rel { ?m a ?kind ; dmo:status dmo:Held ; prov:wasDerivedFrom ?rel ; dmo:date ?date .
               OPTIONAL { ?m dmo:mode ?mode } }
  ?rel a dmo:Release .
  OPTIONAL { ?rel dcterms:publisher ?pub } OPTIONAL { ?rel dcterms:title ?title }
  OPTIONAL { ?rel dcterms:date ?released }
}"""
)
_PARTICIPANTS = (
    SPARQL_PREFIXES
    + """
SELECT DISTINCT ?m ?p WHERE { VALUES ?kind { dmo:Meeting dmo:MentionedMeeting }
  GRAPH ?rel { ?m a ?kind ; dmo:status dmo:Held ; dmo:participant ?p } }"""
)
_COUNTRIES = (
    SPARQL_PREFIXES
    + """
SELECT DISTINCT ?m ?iso WHERE {
  VALUES ?kind { dmo:Meeting dmo:MentionedMeeting }
  GRAPH ?rel { ?m a ?kind ; dmo:status dmo:Held ; dmo:country ?c } ?c dmo:isoCode ?iso }"""
)
_PEOPLE = (
    SPARQL_PREFIXES
    + """
SELECT DISTINCT ?p ?name ?iso WHERE {
  { SELECT DISTINCT ?p WHERE { VALUES ?kind { dmo:Meeting dmo:MentionedMeeting }
                               ?m a ?kind ; dmo:status dmo:Held ; dmo:participant ?p } }
  { ?p rdfs:label ?name } UNION { ?p skos:altLabel ?name }
  UNION { ?p schema:nationality ?c . ?c dmo:isoCode ?iso }
}"""
)
# the sentence a meeting's status was read from: its own lead, in a release reporting several meetings
_LEADS = (
    SPARQL_PREFIXES
    + """
SELECT ?m ?s WHERE { GRAPH ?rel {
  ?st rdf:subject ?m ; rdf:predicate dmo:status ; dmo:sentence ?s .
  VALUES ?kind { dmo:Meeting dmo:MentionedMeeting }
  ?m a ?kind ; dmo:status dmo:Held } }"""
)
_COUNTRY_NAMES = (
    SPARQL_PREFIXES
    + """
SELECT DISTINCT ?iso ?name WHERE { GRAPH <@REFERENCE@> {
  ?c dmo:isoCode ?iso .
  { ?c rdfs:label ?name } UNION { ?c skos:altLabel ?name } UNION { ?c dmo:demonym ?name } } }
""".replace("@REFERENCE@", str(REFERENCE_GRAPH))
)


def _rows(store: Store, sparql: str) -> Iterable[dict[str, str | None]]:
    from kg.query import wrap

    yield from wrap(store.query(sparql)).records()


def _clean(text: str) -> str:
    return text.replace("\\", "").replace("\u00a0", " ").replace("\u2019", "'")


def _finder(names: Iterable[str]) -> re.Pattern[str] | None:
    """One case-sensitive, whole-word pattern for a set of names (short or lower-case ones are skipped)."""
    usable = sorted(
        {_clean(n).strip() for n in names if n and len(n.strip()) >= 2 and n.strip()[0].isupper()},
        key=len,
        reverse=True,
    )
    if not usable:
        return None
    return re.compile(r"(?<![\w.])(?:" + "|".join(re.escape(n) for n in usable) + r")(?![\w])")


def _surname(label: str) -> str:
    words = [
        w
        for w in re.split(r"[\s,]+", label)
        if w and w.rstrip(".").lower() not in {"jr", "sr", "ii", "iii", "iv"}
    ]
    return words[-1] if len(words) >= 2 and len(words[-1]) >= 3 else ""


class _Names:
    """Finds names (country names and demonyms, people's names) in a title: name -> keys."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        self.keys: dict[str, set[str]] = defaultdict(set)
        for name, key in pairs:
            if name and key:
                self.keys[_clean(name).strip()].add(key)
        self.pattern = _finder(self.keys)

    def found(self, text: str) -> set[str]:
        return {k for m in self.pattern.findall(text) for k in self.keys[m]} if self.pattern else set()


def _home(publisher: str, countries: _Names) -> str | None:
    low = publisher.lower()
    for key, iso in HOME_BY_PUBLISHER.items():
        if key in low:
            return iso
    found = countries.found(publisher)
    return found.pop() if len(found) == 1 else None


def load_accounts(store: Store) -> list[Account]:
    """Every held, dated meeting of every release, with what identity needs."""
    country_names = _Names((r["name"] or "", r["iso"] or "") for r in _rows(store, _COUNTRY_NAMES))
    person_names: dict[str, set[str]] = defaultdict(set)
    nationalities: dict[str, set[str]] = defaultdict(set)
    for r in _rows(store, _PEOPLE):
        p = r["p"] or ""
        if r["name"]:
            person_names[p].update({r["name"], _surname(r["name"])})
        if r["iso"]:
            nationalities[p].add(r["iso"])
    nationality = {p: min(isos) for p, isos in nationalities.items()}
    people = _Names((n, p) for p, ns in person_names.items() for n in ns if p in nationality)
    parts: dict[str, set[str]] = defaultdict(set)
    for r in _rows(store, _PARTICIPANTS):
        parts[r["m"] or ""].add(r["p"] or "")
    countries: dict[str, set[str]] = defaultdict(set)
    for r in _rows(store, _COUNTRIES):
        countries[r["m"] or ""].add(r["iso"] or "")

    leads = {r["m"] or "": _clean(r["s"] or "") for r in _rows(store, _LEADS)}
    rows = list(_rows(store, _ACCOUNTS))
    per_release: dict[str, set[str]] = defaultdict(set)
    for r in rows:
        per_release[r["rel"] or ""].add(r["m"] or "")

    accounts: dict[str, Account] = {}
    for r in rows:
        m = r["m"] or ""
        try:
            day = date.fromisoformat((r["date"] or "")[:10])
        except ValueError:
            continue
        if not _EDGE_MARGIN <= day.toordinal() <= date.max.toordinal() - _EDGE_MARGIN:
            continue  # a date no arithmetic can be done on (year 1, 9999) would stop reconciliation
        released = None
        if r["released"]:
            try:
                released = date.fromisoformat(r["released"][:10])
                if not _EDGE_MARGIN <= released.toordinal() <= date.max.toordinal() - _EDGE_MARGIN:
                    released = None
            except ValueError:
                released = None
        publisher = r["pub"] or ""
        title = _clean(r["title"] or "")
        home = _home(publisher, country_names)
        ppl = frozenset(parts.get(m, ()))
        # the sides the title names: countries, and the participants it names (by nationality)
        headline = frozenset(people.found(title) & ppl)
        named = country_names.found(title) | {nationality[p] for p in headline}
        if (r["kind"] or "").endswith("MentionedMeeting"):
            # mentioned in passing, one meeting per counterpart: its sides are its own participants'
            headline = ppl
            named = set(countries.get(m, ())) | {nationality[p] for p in ppl if p in nationality}
        elif len(per_release[r["rel"] or ""]) > 1 and not named - {home}:
            # a title over several meetings names none of their counterparts: each meeting's own lead
            # sentence ("During the talks with US Vice President Kamala Harris, …") says whose it is
            lead = leads.get(m, "")
            headline = frozenset(people.found(lead) & ppl)
            named = country_names.found(lead) | {nationality[p] for p in headline}
        acc = Account(
            meeting=m,
            release=r["rel"] or "",
            publisher=publisher,
            title=title,
            released=released,
            date=day,
            mode=(r["mode"] or "").rsplit("#", 1)[-1] or None,
            participants=ppl,
            countries=frozenset(countries.get(m, ())),
            nationality=tuple(sorted((p, nationality[p]) for p in ppl if p in nationality)),
            home=home,
            sides=frozenset(named | ({home} if home else set())),
            headline=headline,
        )
        prev = accounts.get(m)  # a meeting with two dates or modes: keep the first, in a fixed order
        if prev is None or (acc.date, acc.mode or "") < (prev.date, prev.mode or ""):
            accounts[m] = acc
    return sorted(accounts.values(), key=lambda a: a.meeting)


# --- identity ----------------------------------------------------------------------------------------


def _modes_agree(a: Account, b: Account) -> bool:
    return a.mode is None or b.mode is None or a.mode == b.mode or {a.mode, b.mode} <= REMOTE


def _prompt(a: Account) -> bool:
    """Is the meeting the release's news (not an old meeting it recalls)?"""
    if a.released is None:
        return True
    before, after = PUBLISHED_WITHIN
    return a.released - timedelta(days=before) <= a.date <= a.released + timedelta(days=after)


def same_meeting(a: Account, b: Account) -> bool:
    """Are two accounts, from two releases, of one and the same meeting?"""
    if a.release == b.release or not (_prompt(a) and _prompt(b)):
        return False
    same_publisher = a.publisher == b.publisher
    gap = abs((a.date - b.date).days)
    if gap > (0 if same_publisher else DAY_TOLERANCE):
        return False
    if len(a.sides) < 2 or a.sides != b.sides:
        return False
    shared = a.participants & b.participants
    for s in a.sides:
        if not a.people_of(s) & b.people_of(s) & shared:
            return False  # both name the same principal(s) of every side
        ha, hb = a.people_of(s, headline=True), b.people_of(s, headline=True)
        if ha and hb and not ha & hb:
            return False  # the titles name different people of a side: an audience, then a meeting
    if _modes_agree(a, b):
        return True
    # In person against a call: two governments may frame one meeting differently (the Kremlin titles
    # the 7 December 2021 video call "Meeting with US President Joseph Biden"); accepted only across
    # publishers and on the same day.
    return not same_publisher and gap == 0


def _score(a: Account, b: Account) -> tuple:
    mode = 2 if a.mode == b.mode else 1 if _modes_agree(a, b) else 0
    jp = len(a.participants & b.participants) / max(1, len(a.participants | b.participants))
    jc = len(a.countries & b.countries) / max(1, len(a.countries | b.countries))
    return (mode, int(a.date == b.date), round(jp + jc, 6))


def clusters(accounts: list[Account]) -> list[list[Account]]:
    """Groups of accounts of the same meeting by two or more publishers (complete linkage, best pairs first).

    Only accounts from different publishers are paired; two releases of one publisher join an event
    when each matches the other side's account and they agree with each other."""
    by_day: dict[date, list[Account]] = defaultdict(list)
    for a in accounts:
        by_day[a.date].append(a)
    pairs = []
    for a in accounts:
        for delta in range(0, DAY_TOLERANCE + 1):
            for b in by_day.get(a.date + timedelta(days=delta), ()):
                if a.publisher != b.publisher and (delta or a.meeting < b.meeting) and same_meeting(a, b):
                    pairs.append((_score(a, b), min(a.meeting, b.meeting), max(a.meeting, b.meeting)))
    pairs.sort(key=lambda p: (-p[0][0], -p[0][1], -p[0][2], p[1], p[2]))
    index = {a.meeting: a for a in accounts}
    group: dict[str, list[Account]] = {}
    for _, x, y in pairs:
        gx, gy = group.get(x, [index[x]]), group.get(y, [index[y]])
        if gx is gy:
            continue
        if {a.release for a in gx} & {b.release for b in gy}:
            continue
        if not all(same_meeting(a, b) for a in gx for b in gy):
            continue
        merged = sorted(gx + gy, key=lambda a: a.meeting)
        for a in merged:
            group[a.meeting] = merged
    unique = {id(g): g for g in group.values()}
    return sorted(unique.values(), key=lambda g: (min(a.date for a in g), g[0].meeting))


# --- writing the reconciled graph ----------------------------------------------------------------------


def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _q(s: ox.NamedNode, p: str, o: ox.NamedNode | ox.Literal) -> ox.Quad:
    return ox.Quad(s, _n(p), o, GRAPH)


def _day(d: date) -> ox.Literal:
    return ox.Literal(d.isoformat(), datatype=_n(_XSD + "date"))


def event_key(group: list[Account]) -> str:
    """The readable, deterministic local name of a cluster's event: earliest day, sides, mode class."""
    modes = {a.mode for a in group if a.mode}
    kind = "in-person" if modes == {"InPerson"} else "remote" if modes and modes <= REMOTE else "meeting"
    sides = "-".join(sorted(s.lower() for s in group[0].sides))
    return f"{min(a.date for a in group).isoformat()}-{sides}-{kind}"


def event_quads(group: list[Account], iri: str, labels: dict[str, str]) -> list[ox.Quad]:
    """The reconciled graph's quads for one event: agreed facts, links to each account and release."""
    ev = _n(iri)
    agent = _n(str(DMR[f"extractor/{RECONCILER}"]))
    days = sorted({a.date for a in group})
    modes = {a.mode for a in group if a.mode}
    people = sorted(frozenset.intersection(*(a.participants for a in group)))
    countries = sorted(frozenset.intersection(*(a.countries for a in group)))
    pubs = sorted({a.publisher for a in group if a.publisher})
    kind = {"Phone": "Phone call", "Video": "Video call"}.get(
        next(iter(modes)) if len(modes) == 1 else "", "Meeting"
    )
    who = " and ".join(labels.get(p, p.rsplit("/", 1)[-1]) for p in people[:4])
    label = f"{kind}{' of ' + who if who else ''} on {days[0].isoformat()}, reported by {'; '.join(pubs)}"
    out = [
        _q(ev, _RDF + "type", _n(_D + "Meeting")),
        _q(ev, PREFIXES["rdfs"] + "label", ox.Literal(label, language="en")),
        _q(ev, _D + "status", _n(_D + "Held")),
        _q(ev, _SEM + "hasEarliestBeginTimeStamp", _day(days[0])),
        _q(ev, _SEM + "hasLatestEndTimeStamp", _day(days[-1])),
        _q(ev, _P + "wasGeneratedBy", agent),
        _q(agent, _RDF + "type", _n(_P + "SoftwareAgent")),
        _q(agent, PREFIXES["rdfs"] + "label", ox.Literal(RECONCILER)),
    ]
    if len(days) == 1:
        out.append(_q(ev, _D + "date", _day(days[0])))
    if len(modes) == 1:
        out.append(_q(ev, _D + "mode", _n(_D + next(iter(modes)))))
    out += [_q(ev, _D + "participant", _n(p)) for p in people]
    out += [_q(ev, _D + "country", _n(str(DMR[f"country/{iso}"]))) for iso in countries]
    for a in group:
        rel, acc = _n(a.release), _n(a.meeting)
        out += [
            _q(ev, _P + "wasDerivedFrom", rel),
            _q(ev, _D + "reportedBy", rel),
            _q(ev, _S + "exactMatch", acc),
            _q(acc, _S + "exactMatch", ev),
        ]
        claims: list[tuple[str, ox.NamedNode | ox.Literal]] = [(_D + "date", _day(a.date))]
        if a.mode:
            claims.append((_D + "mode", _n(_D + a.mode)))
        for prop, obj in claims:  # what each release says, side by side (a SEM view)
            digest = hashlib.sha1(f"{iri}|{prop}|{obj}|{a.release}".encode()).hexdigest()[:20]
            st = _n(str(DMR[f"statement/{digest}"]))
            out += [
                _q(st, _RDF + "type", _n(_RDF + "Statement")),
                _q(st, _RDF + "subject", ev),
                _q(st, _RDF + "predicate", _n(prop)),
                _q(st, _RDF + "object", obj),
                _q(st, _D + "accordingTo", rel),
            ]
    return out


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


def reconciled_quads(
    store: Store, accounts: list[Account] | None = None
) -> tuple[list[ox.Quad], list[list[Account]]]:
    """Everything the reconciled graph should hold for the store as it is, and the clusters."""
    accounts = load_accounts(store) if accounts is None else accounts
    groups = clusters(accounts)
    labels = {
        r["p"] or "": r["l"] or ""
        for r in _rows(
            store,
            SPARQL_PREFIXES
            + "SELECT ?p (MIN(?x) AS ?l) WHERE { ?p a dmo:Person ; rdfs:label ?x } GROUP BY ?p",
        )
    }
    quads: list[ox.Quad] = []
    taken: dict[str, int] = defaultdict(int)
    for g in groups:  # groups are sorted, so a repeated key gets the same suffix every time
        key = event_key(g)
        taken[key] += 1
        iri = str(DMR[f"reconciled/{key}" + (f"-{taken[key]}" if taken[key] > 1 else "")])
        quads += event_quads(g, iri, labels)
    quads += attribution_quads(accounts, store)
    try:
        from kg.vocab import alignment_quads
    except ImportError:  # pragma: no cover - the ontology module always ships
        return list(dict.fromkeys(quads)), groups
    return list(dict.fromkeys(quads + alignment_quads(quads))), groups


def reconcile(store: Store) -> ReconcileReport:
    """Recompute the reconciled graph from the whole store and replace it in one transaction."""
    start = time.perf_counter()
    accounts = load_accounts(store)
    quads, groups = reconciled_quads(store, accounts)
    store.replace_graph(str(RECONCILE_GRAPH), quads)
    return ReconcileReport(
        accounts=len(accounts),
        events=len(groups),
        cross_publisher=sum(1 for g in groups if len({a.publisher for a in g}) > 1),
        seconds=time.perf_counter() - start,
    )


# --- reading events back (for the explorer and the docs) --------------------------------------------------


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


_EVENTS = (
    SPARQL_PREFIXES
    + """
SELECT ?e ?label ?first ?last ?mode ?acc ?rel WHERE {
  GRAPH <@RECONCILED@> { ?e a dmo:Meeting ; rdfs:label ?label ; sem:hasEarliestBeginTimeStamp ?first ;
                  sem:hasLatestEndTimeStamp ?last ; skos:exactMatch ?acc .
               OPTIONAL { ?e dmo:mode ?mode } }
  GRAPH ?rel { ?acc prov:wasDerivedFrom ?rel }
}""".replace("@RECONCILED@", str(RECONCILE_GRAPH))
)
_EVENT_FACTS = (
    SPARQL_PREFIXES
    + """
SELECT ?e ?field (MIN(?v0) AS ?v) WHERE {
  GRAPH <@RECONCILED@> { { ?e dmo:participant ?x . BIND("participant" AS ?field) }
               UNION { ?e dmo:country ?x . BIND("country" AS ?field) } }
  { ?x rdfs:label ?l } UNION { ?x dmo:isoCode ?iso }
  BIND(STR(COALESCE(?iso, ?l)) AS ?v0)
} GROUP BY ?e ?field ?x""".replace("@RECONCILED@", str(RECONCILE_GRAPH))
)
_ACCOUNT_FACTS = (
    SPARQL_PREFIXES
    + """
SELECT ?acc ?field ?v WHERE {
  GRAPH <@RECONCILED@> { ?e skos:exactMatch ?acc . ?e a dmo:Meeting }
  GRAPH ?rel {
    ?acc prov:wasDerivedFrom ?rel .
    { ?acc dmo:topic ?x . ?x skos:notation ?v . BIND("topic" AS ?field) }
    UNION { ?acc dmo:references ?x . ?x rdfs:label ?v . BIND("framework" AS ?field) }
    UNION { ?acc dmo:participant ?x . ?x rdfs:label ?v . BIND("participant" AS ?field) }
    UNION { ?acc dmo:date ?d . BIND(STR(?d) AS ?v) BIND("date" AS ?field) }
    UNION { ?acc dmo:mode ?md . BIND(REPLACE(STR(?md), "^.*#", "") AS ?v) BIND("mode" AS ?field) }
    UNION { ?rel dcterms:publisher ?v . BIND("publisher" AS ?field) }
    UNION { ?rel schema:url ?v . BIND("url" AS ?field) }
    UNION { ?rel dcterms:title ?v . BIND("title" AS ?field) }
  }
}""".replace("@RECONCILED@", str(RECONCILE_GRAPH))
)


def cross_reported_events(store: Store, cross_publisher_only: bool = False) -> list[CrossReportedEvent]:
    """The events of the reconciled graph, oldest first, each with every release's account.

    With `cross_publisher_only`, only events reported by more than one publisher."""
    facts: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in _rows(store, _ACCOUNT_FACTS):
        facts[r["acc"] or ""][r["field"] or ""].add(r["v"] or "")
    agreed: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in _rows(store, _EVENT_FACTS):
        agreed[r["e"] or ""][r["field"] or ""].add(r["v"] or "")
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
                release=r["rel"] or "",
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
    out = sorted(events.values(), key=lambda e: (e.date, e.iri))
    for ev in out:
        ev.accounts.sort(key=lambda a: (a.publisher or "", a.url or "", a.meeting))
    return [e for e in out if e.cross_publisher] if cross_publisher_only else out
