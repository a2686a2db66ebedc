"""Checks on the team-written reference data in ontology/reference/*.ttl.

What a user of the graph relies on: every file parses, every entity has one English label and a
well-formed IRI minted by kg.namespaces, office memberships are complete and never overlap, the
required governments (KZ, US, RU, UA) are covered without gaps, countries match ISO 3166-1, and
the gold key's leaders can be resolved to persons.
"""

from __future__ import annotations

import csv
import datetime as dt
import json
import re
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

import pycountry
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import ORG, RDF, RDFS, SKOS

from kg.namespaces import DMR, TIME, entity_iri, slug
from kg.vocab import DMO

ROOT = Path(__file__).resolve().parents[1]
REFERENCE = ROOT / "ontology" / "reference"
SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FILES = ["countries", "organizations", "frameworks", "places", "events", "offices"]

# class -> IRI path segment of its instances
KINDS = {
    DMO.Country: "country",
    DMO.Organization: "organization",
    DMO.Framework: "framework",
    DMO.Place: "place",
    DMO.Event: "event",
    DMO.Person: "person",
    ORG.Post: "post",
}
ROLES = {
    DMO.HeadOfState,
    DMO.HeadOfGovernment,
    DMO.ForeignMinister,
    DMO.OrganizationHead,
    DMO.CollegeMember,
    DMO.ViceHeadOfState,
    DMO.NationalSecurityAdviser,
    DMO.PermanentRepresentative,
    DMO.DiplomaticServiceHead,
    DMO.DefenceMinister,
    DMO.Monarch,
    DMO.Leader,
}
REQUIRED_COUNTRIES = ["KZ", "US", "RU", "UA"]
REQUIRED_ROLES = [DMO.HeadOfState, DMO.HeadOfGovernment, DMO.ForeignMinister]
WINDOW = (dt.date(2019, 6, 12), dt.date(2025, 6, 30))
FAR_FUTURE = dt.date(9999, 12, 31)


@pytest.fixture(scope="module")
def graphs() -> dict[str, Graph]:
    out = {}
    for name in FILES:
        g = Graph()
        g.parse(REFERENCE / f"{name}.ttl", format="turtle")
        out[name] = g
    return out


@pytest.fixture(scope="module")
def merged(graphs: dict[str, Graph]) -> Graph:
    g = Graph()
    for part in graphs.values():
        g += part
    return g


def _date(g: Graph, node, prop) -> dt.date | None:
    instant = g.value(node, prop)
    if instant is None:
        return None
    value = g.value(instant, TIME.inXSDDate)
    assert isinstance(value, Literal), f"{node}: {prop} without time:inXSDDate"
    return value.toPython()


def _seats(g: Graph) -> list:
    """Memberships of states and organizations in groups (the G7's seats), not people's tenures."""
    members = set(g.subjects(RDF.type, DMO.Country)) | set(g.subjects(RDF.type, DMO.Organization))
    return [m for m in g.subjects(RDF.type, ORG.Membership) if g.value(m, ORG.member) in members]


def _memberships(g: Graph) -> list[dict]:
    rows = []
    seats = set(_seats(g))
    for m in g.subjects(RDF.type, ORG.Membership):
        if m in seats:
            continue
        interval = g.value(m, ORG.memberDuring)
        rows.append(
            {
                "iri": m,
                "person": g.value(m, ORG.member),
                "post": g.value(m, DMO.post),
                "org": g.value(m, ORG.organization),
                "roles": set(g.objects(m, ORG.role)),
                "start": _date(g, interval, TIME.hasBeginning) if interval else None,
                "end": _date(g, interval, TIME.hasEnd) if interval else None,
            }
        )
    return rows


@pytest.mark.parametrize("name", FILES)
def test_file_parses_and_is_not_empty(name: str) -> None:
    g = Graph()
    g.parse(REFERENCE / f"{name}.ttl", format="turtle")
    assert len(g) > 100


def test_every_entity_has_exactly_one_english_label(merged: Graph) -> None:
    bad = []
    for cls in KINDS:
        for s in merged.subjects(RDF.type, cls):
            labels = list(merged.objects(s, RDFS.label))
            if len(labels) != 1 or labels[0].language != "en" or not str(labels[0]).strip():
                bad.append((str(s), labels))
    assert not bad, bad[:10]


def test_alt_labels_are_english_and_differ_from_the_label(merged: Graph) -> None:
    bad = []
    for s, alt in merged.subject_objects(SKOS.altLabel):
        if not isinstance(alt, Literal) or alt.language != "en" or alt == merged.value(s, RDFS.label):
            bad.append((str(s), alt))
    assert not bad, bad[:10]


def test_entity_iris_are_minted_by_the_namespace_scheme(merged: Graph) -> None:
    bad = []
    for cls, segment in KINDS.items():
        for s in merged.subjects(RDF.type, cls):
            iri = str(s)
            prefix = f"{DMR}{segment}/"
            key = iri[len(prefix) :] if iri.startswith(prefix) else None
            if key is None:
                bad.append(iri)
            elif segment == "post":
                if key != slug(key):
                    bad.append(iri)
            elif URIRef(iri) != entity_iri(segment, key):
                bad.append(iri)
    assert not bad, bad[:10]


def test_each_entity_is_defined_once_with_one_kind(graphs: dict[str, Graph]) -> None:
    owner: dict[URIRef, str] = {}
    clashes = []
    for name, g in graphs.items():
        for cls in KINDS:
            for s in g.subjects(RDF.type, cls):
                if s in owner and owner[s] != name:
                    clashes.append((str(s), owner[s], name))
                owner[s] = name
                kinds = {c for c in g.objects(s, RDF.type) if c in KINDS}
                if len(kinds) != 1:
                    clashes.append((str(s), kinds))
    assert not clashes, clashes[:10]


def test_links_between_entities_resolve(merged: Graph) -> None:
    typed = {s for cls in KINDS for s in merged.subjects(RDF.type, cls)}
    link_props = [
        URIRef("https://schema.org/containedInPlace"),
        URIRef("https://schema.org/location"),
        URIRef("https://schema.org/nationality"),
        DMO.eventSeries,
        ORG.postIn,
        ORG.heldBy,
        SKOS.broader,
    ]
    dangling = [
        (str(s), str(p), str(o))
        for p in link_props
        for s, o in merged.subject_objects(p)
        if str(o).startswith(str(DMR)) and o not in typed
    ]
    assert not dangling, dangling[:10]


def test_wikidata_links_look_like_item_ids(merged: Graph) -> None:
    bad = [
        str(o)
        for o in merged.objects(None, SKOS.exactMatch)
        if not re.fullmatch(r"http://www\.wikidata\.org/entity/Q[1-9]\d*", str(o))
    ]
    assert not bad, bad
    qids = [o for o in merged.objects(None, SKOS.exactMatch)]
    assert len(qids) == len(set(qids)), "two entities share a Wikidata id"


def test_every_iso_country_is_present_with_a_matching_code(graphs: dict[str, Graph]) -> None:
    g = graphs["countries"]
    codes = {}
    for s in g.subjects(RDF.type, DMO.Country):
        iso = [str(o) for o in g.objects(s, DMO.isoCode)]
        assert len(iso) == 1 and re.fullmatch(r"[A-Z]{2}", iso[0]), (str(s), iso)
        assert str(s) == f"{DMR}country/{iso[0]}"
        codes[iso[0]] = s
    assert {c.alpha_2 for c in pycountry.countries} <= set(codes)
    assert "XK" in codes


def test_countries_resolve_the_names_releases_use(graphs: dict[str, Graph]) -> None:
    g = graphs["countries"]
    names: dict[str, set[str]] = defaultdict(set)
    for prop in (RDFS.label, SKOS.altLabel, DMO.demonym):
        for s, o in g.subject_objects(prop):
            names[str(o)].add(str(s).rsplit("/", 1)[1])
    expected = {
        "Russia": "RU",
        "South Korea": "KR",
        "ROK": "KR",
        "DPRK": "KP",
        "Türkiye": "TR",
        "Turkey": "TR",
        "U.S.": "US",
        "USA": "US",
        "UK": "GB",
        "Britain": "GB",
        "the Kyrgyz Republic": "KG",
        "Czech Republic": "CZ",
        "Côte d'Ivoire": "CI",
        "Vatican": "VA",
        "Holy See": "VA",
        "Taiwan": "TW",
        "Palestine": "PS",
        "Kosovo": "XK",
        "Kazakh": "KZ",
        "Uzbek": "UZ",
        "Emirati": "AE",
        "Saudi": "SA",
        "Korean": "KR",
        "Turkish": "TR",
        "Chinese": "CN",
    }
    wrong = {n: names.get(n) for n, code in expected.items() if code not in names.get(n, set())}
    assert not wrong, wrong
    assert "Turkic" not in names
    demonyms = {s for s in g.subjects(DMO.demonym, None)}
    assert len(demonyms) >= 120


def test_memberships_are_complete(merged: Graph) -> None:
    persons = set(merged.subjects(RDF.type, DMO.Person))
    posts = set(merged.subjects(RDF.type, ORG.Post))
    rows = _memberships(merged)
    assert len(rows) > 400
    bad = []
    for r in rows:
        post_roles = set(merged.objects(r["post"], ORG.role))
        if (
            r["person"] not in persons
            or r["post"] not in posts
            or not r["roles"]
            or not r["roles"] <= ROLES
            or r["roles"] != post_roles
            or r["org"] != merged.value(r["post"], ORG.postIn)
            or r["start"] is None
            or (r["end"] is not None and r["end"] < r["start"])
        ):
            bad.append(r)
    assert not bad, bad[:5]


def test_holders_of_a_post_never_overlap(merged: Graph) -> None:
    by_post = defaultdict(list)
    for r in _memberships(merged):
        by_post[r["post"]].append(r)
    overlaps = []
    for post, rows in by_post.items():
        rows.sort(key=lambda r: r["start"])
        for prev, nxt in zip(rows, rows[1:], strict=False):
            prev_end = prev["end"] or FAR_FUTURE
            # handover: the old holder's last day may be the new holder's first day
            if nxt["start"] < prev_end:
                overlaps.append((str(post), str(prev["person"]), str(nxt["person"])))
    assert not overlaps, overlaps


def test_a_role_has_one_holder_per_country_or_organization_at_a_time(merged: Graph) -> None:
    """'Who was WHO's head on a day?' must have one answer: the Director-General, not a regional director."""
    by_role = defaultdict(list)
    for r in _memberships(merged):
        for role in r["roles"] - {DMO.CollegeMember}:  # a college has many members at once, by definition
            by_role[(role, r["org"])].append(r)
    clashes = []
    for key, rows in by_role.items():
        rows.sort(key=lambda r: r["start"])
        for prev, nxt in zip(rows, rows[1:], strict=False):
            if nxt["start"] < (prev["end"] or FAR_FUTURE):
                clashes.append((str(key[0]), str(key[1]), str(prev["person"]), str(nxt["person"])))
    assert not clashes, clashes


@pytest.mark.parametrize("country", REQUIRED_COUNTRIES)
@pytest.mark.parametrize("role", REQUIRED_ROLES, ids=lambda r: str(r).rsplit("#", 1)[1])
def test_required_offices_are_covered_without_gaps(merged: Graph, country: str, role) -> None:
    org = URIRef(f"{DMR}country/{country}")
    spans = sorted(
        (r["start"], r["end"] or FAR_FUTURE)
        for r in _memberships(merged)
        if r["org"] == org and role in r["roles"]
    )
    covered_until = WINDOW[0]
    for start, end in spans:
        if end < covered_until:
            continue
        assert start <= covered_until, f"{country} {role}: nobody in office from {covered_until} to {start}"
        covered_until = max(covered_until, end)
    assert covered_until >= WINDOW[1], f"{country} {role}: covered only until {covered_until}"


def test_one_person_is_one_entity_across_posts(merged: Graph) -> None:
    putin = entity_iri("person", "Vladimir Putin")
    shmyhal = entity_iri("person", "Denys Shmyhal")
    assert (putin, RDF.type, DMO.Person) in merged
    shmyhal_posts = {r["post"] for r in _memberships(merged) if r["person"] == shmyhal}
    assert len(shmyhal_posts) == 2
    names = defaultdict(set)
    for s in merged.subjects(RDF.type, DMO.Person):
        names[str(merged.value(s, RDFS.label)).casefold()].add(s)
    assert all(len(v) == 1 for v in names.values())


def test_holder_on_a_date(merged: Graph) -> None:
    """The lookup an extractor makes: who was Ukraine's foreign minister on 2022-03-01?"""
    day = dt.date(2022, 3, 1)
    ua = URIRef(f"{DMR}country/UA")
    holders = [
        r["person"]
        for r in _memberships(merged)
        if r["org"] == ua
        and DMO.ForeignMinister in r["roles"]
        and r["start"] <= day <= (r["end"] or FAR_FUTURE)
    ]
    assert holders == [entity_iri("person", "Dmytro Kuleba")]


def test_gen_countries_output_is_up_to_date() -> None:
    proc = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "gen_countries.py"), "--check"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert proc.returncode == 0, proc.stderr


# ---- gold key coverage -------------------------------------------------------------------

TITLE = re.compile(
    r"\b(President|Prime Minister|Premier|Chancellor|King|Queen|Emir|Amir|Pope|His Holiness|"
    r"His Majesty|Her Majesty|Head of State|Highness)\b"
)
NOT_HEAD = re.compile(r"\b(Vice|Deputy|former|Former|ex-|First Lady)\s*$")


def _document_text(locator: str) -> str | None:
    for root in (SHARED / "gold" / "dev-corpus", SHARED / "corpus"):
        path_part, _, link = locator.partition("#")
        path = root / path_part
        if not path.exists():
            continue
        if not link:
            return path.read_text(encoding="utf-8", errors="replace")
        csv.field_size_limit(1 << 30)
        with path.open(encoding="utf-8", newline="") as fh:
            for row in csv.DictReader(fh):
                if row.get("link") == link:
                    return " ".join(row.get(k) or "" for k in ("headline", "summary", "body"))
    return None


def _titled_as_head(text: str, names: list[str]) -> bool:
    """True if the text puts a head-of-state/government title right before one of the names."""
    for name in names:
        if len(name) < 4:
            continue
        for m in re.finditer(re.escape(name), text):
            window = re.split(r"[.;\n]", text[max(0, m.start() - 90) : m.start()])[-1]
            titles = list(TITLE.finditer(window))
            if titles and not NOT_HEAD.search(window[: titles[-1].start()]):
                return True
    return False


def test_gold_heads_of_state_and_government_are_known_persons(merged: Graph) -> None:
    gold = SHARED / "gold" / "dev.jsonl"
    if not gold.exists():
        pytest.skip(f"gold key not found at {gold}")
    known = set()
    for prop in (RDFS.label, SKOS.altLabel):
        for s, o in merged.subject_objects(prop):
            if (s, RDF.type, DMO.Person) in merged:
                known.add(str(o).casefold())
    covered = {
        str(o).rsplit("/", 1)[1]
        for p in merged.subjects(RDF.type, ORG.Post)
        if set(merged.objects(p, ORG.role)) & {DMO.HeadOfState, DMO.HeadOfGovernment}
        for o in merged.objects(p, ORG.postIn)
        if str(o).startswith(f"{DMR}country/")
    }
    heads, missing = 0, []
    for line in gold.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        if not set(doc.get("countries") or []) & covered:
            continue
        text = _document_text(doc["doc"])
        if text is None:
            continue
        for names in doc.get("participants") or []:
            if not _titled_as_head(text, names):
                continue
            heads += 1
            if not any(n.casefold() in known for n in names):
                missing.append(names[0])
    if heads == 0:
        pytest.skip("no gold documents with readable text")
    coverage = 1 - len(missing) / heads
    resolved = heads - len(missing)
    print(f"gold heads of state/government resolved: {resolved}/{heads} ({coverage:.0%}); missing: {missing}")
    assert coverage >= 0.8, missing


# Heads of the organizations the project promises office data for (EAEU: its executive body, the
# Eurasian Economic Commission; EU: the Commission and the European Council).
REQUIRED_ORGANIZATIONS = [
    "un",
    "who",
    "european-commission",
    "european-council",
    "nato",
    "sco",
    "cis",
    "eurasian-economic-commission",
    "csto",
    "ots",
]
ORG_WINDOW = (dt.date(2021, 1, 1), dt.date(2024, 12, 31))


@pytest.mark.parametrize("key", REQUIRED_ORGANIZATIONS)
def test_required_organization_heads_are_covered_without_gaps(merged: Graph, key: str) -> None:
    org = URIRef(f"{DMR}organization/{key}")
    spans = sorted(
        (r["start"], r["end"] or FAR_FUTURE)
        for r in _memberships(merged)
        if r["org"] == org and DMO.OrganizationHead in r["roles"]
    )
    covered_until = ORG_WINDOW[0]
    for start, end in spans:
        if end < covered_until:
            continue
        assert start <= covered_until + dt.timedelta(days=1), (
            f"{key}: no head from {covered_until} to {start}"
        )
        covered_until = max(covered_until, end)
    assert covered_until >= ORG_WINDOW[1], f"{key}: head known only until {covered_until}"


GROUPS = {"organization/g7": 9, "organization/quad": 4, "framework/bucharest-nine": 9}


def test_a_group_seat_is_a_post_of_its_member(merged: Graph) -> None:
    """Each seat at a group's leaders' table is a post of the member state (or of a body of the
    member organization: the EU's Presidents of the European Council and of the Commission)."""
    bad = []
    for m in _seats(merged):
        member, post = merged.value(m, ORG.member), merged.value(m, DMO.post)
        if post is None:  # a member whose seat the data leaves open (NATO, ASEAN, the G20's EU)
            if (member, RDF.type, DMO.Country) not in merged and (
                member,
                RDF.type,
                DMO.Organization,
            ) not in merged:
                bad.append((str(m), str(member), "no post"))
            continue
        where = merged.value(post, ORG.postIn)
        if where is None or (where != member and merged.value(where, SKOS.broader) != member):
            bad.append((str(m), str(member), str(post)))
        if merged.value(m, ORG.organization) is None:
            bad.append((str(m), "no group", ""))
    assert _seats(merged) and not bad, bad


def test_a_group_has_its_members_of_the_day() -> None:
    """Finland is a NATO member from 4 April 2023, Sweden from 7 March 2024; ASEAN has ten, and nine at
    its leaders' meetings since October 2021 (Myanmar's leader kept away: CONVENTIONS 4)."""
    from kg.reference import load_reference

    ref = load_reference()

    def members(group: str, day: dt.date) -> set[str]:
        return {ref.iso_of(m) or m for m in ref.group_members(f"{DMR}organization/{group}", day)}

    assert len(members("nato", dt.date(2023, 1, 1))) == 30 and "FI" not in members(
        "nato", dt.date(2023, 1, 1)
    )
    assert {"FI"} == members("nato", dt.date(2023, 5, 1)) - members("nato", dt.date(2023, 1, 1))
    assert len(members("nato", dt.date(2024, 6, 1))) == 32
    assert members("asean", dt.date(2021, 6, 1)) == set("BN KH ID LA MY MM PH SG TH VN".split())
    assert members("asean", dt.date(2023, 9, 6)) == set("BN KH ID LA MY PH SG TH VN".split())


@pytest.mark.parametrize("group", sorted(GROUPS))
def test_every_seat_of_a_group_has_a_holder_2021_2024(group: str) -> None:
    from kg.reference import load_reference

    ref = load_reference()
    for day in (dt.date(2021, 1, 21) + dt.timedelta(days=d) for d in range(0, 4 * 365, 7)):
        leaders = ref.group_leaders(f"{DMR}{group}", day)
        assert len(leaders) == GROUPS[group], (group, day, [e.label for e, _ in leaders])
        assert all(e.kind == "person" for e, _ in leaders)
