"""The graph as a researcher counts it, on the whole of ../shared/corpus (issue 15).

- the meetings of pairs of leaders, against lists the team wrote by reading the releases
  (tests/data/leader_pair_meetings.jsonl: every distinct meeting, every release reporting it):
  duplicates, invented meetings and the share of real ones found;
- one node per person among the most connected, and no person node that is a place, an
  organization or a fragment;
- one number of meetings: the ingest summary, `kg stats` and `?m a dmo:DistinctMeeting`;
- every entity a counted meeting names has its label;
- each SPARQL example of the README and docs/queries.md returns no duplicate row, fast.

The corpus store is built once per session (tests/conftest.py `corpus_store`, about two minutes).
"""

from __future__ import annotations

import json
import re
import time
from datetime import date
from pathlib import Path

import pytest

from kg.names import fold, person_parts
from kg.queries import ask
from kg.query import run_query
from kg.resolve import resolve
from kg.stats import count_meetings, store_stats

pytestmark = pytest.mark.system  # slow: `pytest -m "not system"` leaves it out

REPO = Path(__file__).resolve().parents[1]
PAIRS = [
    json.loads(line)
    for line in (REPO / "tests/data/leader_pair_meetings.jsonl").read_text("utf-8").splitlines()
]
# Summits and conferences both leaders of a pair attended that the pair's list does not count as a
# meeting between them (its convention: the annual summits themselves are not): the graph may hold
# them as meetings of both (everyone at a multilateral meeting takes part), so they are neither
# required nor invented, nor duplicates of a listed meeting of those days. Each is a line of the
# cross-reported key, read in both texts, or read in the releases of the summit.
GATHERINGS = [
    json.loads(line)
    for line in (REPO / "tests/data/leader_pair_gatherings.jsonl").read_text("utf-8").splitlines()
]
MODE = {"Phone": "phone", "Video": "video", "InPerson": "in_person"}
# what the graph achieves today on each pair (recall, duplicates, invented), measured by this test's
# own matching; the targets are recall >= 0.9 with no duplicate and no invented meeting.
# A pair meeting the targets needs no entry; an entry that the graph beats fails the test (update it).
# Measured on 2026-12-05 (shared corpus, extractor of this commit, learned detection on): recall 0.94
# (227 of the 241 listed meetings), no duplicate, none invented; at the start of the day 0.88, 5, 5,
# and before the previous round 0.77, 9, 18. What closed the gap: passing mentions compared the same
# way round and joining the group call they are a part of (G7 2022-05-08, the Quint 2023-10-09); a
# title's state whose people take no part is a subject, not a side; a release about something else
# telling a call without a day joins its publisher's readout of the day before; leaders' joint
# statements naming them its authors or saying they spoke (Geneva 2021-06-16, the Quint 2023-10-22,
# Biden-Macron 2021-09-22); "today … following the launch on October 3" dated today; an address or a
# headline telling the day's calls without "today" or without a verb ("With President of Poland …");
# leaders named as initiators, as leading an earlier summit or in another call a mention follows up
# on are not participants; remarks of two leaders together are their meeting, a transcript begun later
# in the day than it was published dated the day before (state dinners).
# Since session 10 a summit's communiqué saying its leaders met is their meeting (Biden-Macron: the G7
# of June 2021 is a gathering both attended). What is left: a joint tour
# told only in one leader's remarks (Biden-Yoon 2022-05-20), and a call told without a verb of
# talking ("Thanked my and our friend Erdoğan", 2022-02-26).
# Since session 14 a group's leaders designated by its name alone ("G7 Leaders") are not filled in
# (eval/CONVENTIONS.md 25): the G7 meetings whose releases name Scholz, Macron or Kishida only so are
# gatherings both attended (moved to tests/data/leader_pair_gatherings.jsonl), not required.
KNOWN_SHORT: dict[tuple[str, str], tuple[float, int, int]] = {
    ("Volodymyr Zelenskyy", "Recep Tayyip Erdoğan"): (0.86, 0, 0),
}


def _blocks(path: Path) -> list[str]:
    return re.findall(r"```sparql\n(.*?)```", path.read_text(encoding="utf-8"), flags=re.S)


QUERIES = [("README", q) for q in _blocks(REPO / "README.md")] + [
    ("docs/queries.md", q) for q in _blocks(REPO / "docs" / "queries.md")
]


def match_pair(store, pair: dict) -> tuple[int, list[tuple[date, str]], list[tuple[date, str]], list[dict]]:
    """The pair's held meetings in the graph matched one to one with the list (the same day or one
    apart, the same mode first): (matched, duplicates, invented, missed)."""
    a, b = (resolve(store, name, ("person",)) for name in pair["pair"])
    since, until = pair["period"]
    rows = [
        r
        for r in ask(store, "meetings-between", {"a": a, "b": b, "since": since, "until": until}).records()
        if r["status"] == "Held"
    ]
    gold = [(date.fromisoformat(m["date"]), m) for m in pair["meetings"]]
    found = [(date.fromisoformat(r["date"] or ""), r) for r in rows]
    candidates = sorted(
        (abs((g - f).days), MODE.get(r["mode"] or "") != m["mode"], i, j)
        for i, (g, m) in enumerate(gold)
        for j, (f, r) in enumerate(found)
        if abs((g - f).days) <= 1
    )
    used_gold: set[int] = set()
    used_found: set[int] = set()
    for _, _, i, j in candidates:
        if i not in used_gold and j not in used_found:
            used_gold.add(i)
            used_found.add(j)
    extra = [(found[j][0], found[j][1]["meeting"] or "") for j in range(len(found)) if j not in used_found]
    attended = [date.fromisoformat(g["date"]) for g in GATHERINGS if g["pair"] == pair["pair"]]
    # a summit both attended is neither a duplicate of a listed meeting of those days nor invented
    gathering = [x for x in extra if any(abs((x[0] - d).days) <= 1 for d in attended)]
    duplicates = [x for x in extra if x not in gathering and any(abs((x[0] - g).days) <= 1 for g, _ in gold)]
    invented = [x for x in extra if x not in duplicates and x not in gathering]
    missed = [m for i, (_, m) in enumerate(gold) if i not in used_gold]
    return len(used_gold), duplicates, invented, missed


@pytest.mark.slow
@pytest.mark.parametrize("pair", PAIRS, ids=["-".join(p["pair"]) for p in PAIRS])
def test_the_meetings_of_a_pair_of_leaders_are_the_real_ones_once(corpus_store, pair):
    store, _ = corpus_store
    matched, duplicates, invented, missed = match_pair(store, pair)
    recall = matched / len(pair["meetings"]) if pair["meetings"] else 1.0
    figures = (round(recall, 2), len(duplicates), len(invented))
    known = KNOWN_SHORT.get(tuple(pair["pair"]))
    missed_dates = [m["date"] for m in missed]
    report = f"recall {figures[0]}, duplicates {duplicates}, invented {invented}, missed {missed_dates}"
    if known is None:
        assert recall >= 0.9 and not duplicates and not invented, report
    else:  # no worse than measured, and the entry goes once the graph is better
        assert figures[0] >= known[0] and figures[1] <= known[1] and figures[2] <= known[2], report
        assert figures != known or not (recall >= 0.9 and not duplicates and not invented), report


@pytest.mark.slow
@pytest.mark.parametrize(
    "a,b,day,why",
    [
        (
            "Joseph R. Biden",
            "Vladimir Putin",
            "2021-06-16",
            "the Geneva summit: the presidents' joint statement of the day",
        ),
        (
            "Joseph R. Biden",
            "Volodymyr Zelenskyy",
            "2023-02-20",
            "the visit to Kyiv: the remarks of both presidents in Kyiv",
        ),
    ],
)
def test_well_known_meetings_are_held_once(corpus_store, a, b, day, why):
    store, _ = corpus_store
    pa, pb = (resolve(store, name, ("person",)) for name in (a, b))
    rows = ask(store, "meetings-between", {"a": pa, "b": pb, "since": day, "until": day}).records()
    assert [(r["status"], r["mode"]) for r in rows] == [("Held", "InPerson")], (why, rows)


def _events_of(store, identifier: str) -> dict[str, tuple[set[str], set[str]]]:
    """The counted meetings a release (by its path) reports: each one's releases (paths) and people."""
    rows = run_query(
        store,
        f"""SELECT ?m ?id ?p WHERE {{
          ?m a dmo:DistinctMeeting ; dmo:reportedBy ?r0 . ?r0 dcterms:identifier "{identifier}" .
          {{ ?m dmo:reportedBy ?r . ?r dcterms:identifier ?id }} UNION {{ ?m dmo:participant ?p }} }}""",
    ).records()
    out: dict[str, tuple[set[str], set[str]]] = {}
    for r in rows:
        ids, people = out.setdefault(r["m"] or "", (set(), set()))
        ids |= {r["id"]} if r["id"] else set()
        people |= {(r["p"] or "").rsplit("/", 1)[-1]} if r["p"] else set()
    return out


WH_2022 = "{kind}/2022-{month}/2022-{month}-{name}.md"


@pytest.mark.slow
def test_a_meeting_two_releases_tell_differently_is_one_event(corpus_store):
    """A group's statement naming only the guest its leaders met joins the fact sheet's account of that
    meeting (the G7's video conference with Ukraine's President, 2022-05-08); a daily briefing's call
    of a minister, told by his office beside the President's call with another leader, joins the next
    day's briefing naming him, without the President (2022-02-15)."""
    store, _ = corpus_store
    statement = WH_2022.format(kind="statements-releases", month="05", name="08-g7-leaders-statement-2")
    fact_sheet = WH_2022.format(
        kind="statements-releases",
        month="05",
        name="08-fact-sheet-united-states-and-g7-partners-impose-severe-costs-for-putins-war-against-ukraine",
    )
    events = _events_of(store, statement)
    assert len(events) == 1 and fact_sheet in next(iter(events.values()))[0], events
    first = WH_2022.format(
        kind="press-briefings",
        month="02",
        name="15-press-briefing-by-press-secretary-jen-psaki-february-15-2022",
    )
    second = WH_2022.format(
        kind="press-briefings",
        month="02",
        name="16-press-briefing-by-press-secretary-jen-psaki-february-16-2022",
    )
    minister = [
        (ids, people) for ids, people in _events_of(store, first).values() if "sergey-lavrov" in people
    ]
    assert len(minister) == 1 and second in minister[0][0], minister
    assert minister[0][1] == {"antony-j-blinken", "sergey-lavrov"}, minister


@pytest.mark.slow
def test_leaders_who_did_not_meet_have_no_meeting(corpus_store):
    store, _ = corpus_store
    none = [p for p in PAIRS if not p["meetings"]]
    assert none, "the list keeps at least one pair that did not meet"
    for pair in none:
        _, duplicates, invented, _ = match_pair(store, pair)
        assert not duplicates and not invented, (pair["pair"], invented)


def _people(store, top: int) -> list[tuple[str, str, str | None, int]]:
    rows = run_query(
        store,
        """SELECT ?p ?label ?iso (COUNT(?m) AS ?n) WHERE {
             ?m a dmo:DistinctMeeting ; dmo:participant ?p . ?p rdfs:label ?label .
             OPTIONAL { ?p schema:nationality/dmo:isoCode ?iso }
           } GROUP BY ?p ?label ?iso ORDER BY DESC(?n) ?p""",
    ).records()
    return [(r["p"] or "", r["label"] or "", r["iso"], int(r["n"] or 0)) for r in rows][:top]


@pytest.mark.slow
def test_one_node_per_person_among_the_most_connected(corpus_store):
    """No two of the 100 most connected people share a surname, a first initial and a nationality,
    except two the reference data says are married (Joseph R. Biden, Jr. and Jill Biden)."""
    store, _ = corpus_store
    people = _people(store, 100)
    assert len({p for p, *_ in people}) == len(people), "a person with two labels"
    married = {
        frozenset((r["a"], r["b"]))
        for r in run_query(store, "SELECT ?a ?b WHERE { ?a schema:spouse ?b }").records()
    }
    keys: dict[tuple[str, str, str | None], list[str]] = {}
    for p, label, iso, _ in people:
        keys.setdefault(_key(label, iso), []).append(p)
    shared = [ps for ps in keys.values() if len(ps) > 1 and frozenset(ps) not in married]
    assert not shared, [(label, iso) for p, label, iso, _ in people if any(p in ps for ps in shared)]


def _key(label: str, iso: str | None) -> tuple[str, str, str | None]:
    given, last = person_parts(label)
    return last, given[0][:1] if given else "", iso


@pytest.mark.slow
def test_no_person_node_is_a_place_an_organization_or_a_fragment(corpus_store):
    store, _ = corpus_store
    places = {
        fold(r["l"] or "")
        for r in run_query(
            store,
            """SELECT DISTINCT ?l WHERE { GRAPH dmr:graph\\/reference {
                 VALUES ?c { dmo:Country dmo:Place dmo:Organization }
                 ?x a ?c ; rdfs:label|skos:altLabel ?l } }""",
        ).records()
    }
    for _, label, _, _ in _people(store, 10_000):
        assert fold(label) not in places, f"{label!r} is a place, a country or an organization"
        assert not re.search(r"(?i)\b(hotel|palace|street|airport|ministry|embassy|university)\b", label), (
            label
        )
        assert label[:1].isupper() and not re.match(r"(?i)(the|this|that|of|and|with)\b", label), label


def _spelling_key(label: str) -> tuple[str, str]:
    """A name as a researcher would group spellings: the surname without hyphens or apostrophes
    ("Tae-yong" and "Taeyong", "Al-Sheikh" and "AlSheikh"), and the first given name's initial."""
    given, last = person_parts(label)
    return re.sub(r"[-'’]", "", last), given[0][:1] if given else ""


@pytest.mark.slow
def test_one_person_node_per_name_written_with_or_without_a_hyphen(corpus_store):
    """The number of person nodes of one nationality whose names differ only by a hyphen or an
    apostrophe ("Cho Tae-yong" and "Cho Taeyong") is one."""
    store, _ = corpus_store
    nodes: dict[tuple[str, str, str | None], dict[str, str]] = {}
    for p, label, iso, _ in _people(store, 10_000):
        nodes.setdefault((*_spelling_key(label), iso), {})[p] = label
    shared = [
        sorted(labels.values())
        for labels in nodes.values()
        if len(labels) > 1
        and len({fold(x).replace("-", "").replace("'", "") for x in labels.values()}) < len(labels)
    ]
    assert not shared, shared


@pytest.mark.slow
def test_no_person_label_carries_punctuation_or_invisible_marks_around_the_name(corpus_store):
    store, _ = corpus_store
    labels = [label for _, label, _, _ in _people(store, 10_000)]
    assert not [x for x in labels if re.search(r"[,;:]\s*$|^\W|[\u00ad\u200b-\u200f\ufeff]", x)]


@pytest.mark.slow
def test_each_person_of_a_counted_meeting_has_one_nationality(corpus_store):
    """Counting meetings by the participants' nationality counts each person once."""
    store, _ = corpus_store
    rows = run_query(
        store,
        """SELECT ?p (COUNT(DISTINCT ?c) AS ?n) WHERE { ?m a dmo:DistinctMeeting ; dmo:participant ?p .
             ?p schema:nationality ?c } GROUP BY ?p HAVING (COUNT(DISTINCT ?c) > 1)""",
    ).records()
    assert not rows, rows


@pytest.mark.slow
def test_an_official_of_an_international_organization_and_of_no_state_adds_no_state(corpus_store):
    """A release's account of a meeting (held, planned or mentioned) of two states at most with the EU High
    Representative (a post at the EU, no state's) lists his state only when someone else of that state
    takes part (a summit of a group lists its member states, whoever is named)."""
    from kg.reference import load_reference

    store, _ = corpus_store
    ref = load_reference()
    rows = run_query(
        store,
        """SELECT ?m ?d ?p ?iso WHERE { GRAPH ?g { ?m dmo:date ?d ; dmo:participant ?p }
             OPTIONAL { GRAPH ?g { ?m dmo:country ?c } ?c dmo:isoCode ?iso }
             FILTER(STRSTARTS(STR(?g), STR(dmr:release\\/))) }""",
    ).records()
    by_meeting: dict[str, tuple[date, set[str], set[str]]] = {}
    for r in rows:
        day, people, isos = by_meeting.setdefault(
            r["m"] or "", (date.fromisoformat(r["d"] or ""), set(), set())
        )
        people.add(r["p"] or "")
        if r["iso"]:
            isos.add(r["iso"])
    wrong = []
    for m, (day, people, isos) in by_meeting.items():
        for p in people:
            held = [ref.post_role(t)[1] for t in ref.posts_of(p, day)]
            if not held or any(ref.iso_of(w) for w in held):
                continue  # no post known, or a state's post: he may act for his state
            own = ref.iso_of(ref.entities[p].props.get("country_iri"))
            others = {
                ref.iso_of(ref.entities[q].props.get("country_iri"))
                for q in people - {p}
                if q in ref.entities
            }
            if own in isos and own not in others and len(isos) <= 2:  # (not a group's member states)
                wrong.append((m, ref.entities[p].label, own))
    assert not wrong, wrong


@pytest.mark.slow
def test_the_ingest_summary_stats_and_sparql_count_the_same_meetings(corpus_store):
    store, report = corpus_store
    counted = run_query(store, "SELECT (COUNT(?m) AS ?n) WHERE { ?m a dmo:DistinctMeeting }").records()
    assert report.distinct_meetings == store_stats(store).meetings == count_meetings(store)
    assert int(counted[0]["n"] or 0) == report.distinct_meetings
    assert f"{report.distinct_meetings} distinct meetings in the store" in report.summary()


@pytest.mark.slow
def test_each_triple_of_the_graph_is_once_in_the_union_of_its_graphs(corpus_store):
    """A triple written in several graphs comes back once per graph from a query over their union:
    the extractor's description in every release graph made `?a a prov:SoftwareAgent ; rdfs:label ?l`
    answer with the square of the number of releases."""
    store, _ = corpus_store
    agents = run_query(store, "SELECT ?a ?l WHERE { ?a a prov:SoftwareAgent ; rdfs:label ?l }").records()
    releases = {r["a"]: r["l"] for r in agents}
    assert len(agents) == len(releases) == 1 and store.extractor_versions()
    assert set(store.extractor_versions().values()) == set(releases.values())
    repeated = run_query(
        store,
        "SELECT ?s ?p ?o WHERE { GRAPH ?g1 { ?s ?p ?o } GRAPH ?g2 { ?s ?p ?o } "
        "FILTER(STR(?g1) < STR(?g2)) } LIMIT 5",
    ).records()
    assert not repeated, repeated


@pytest.mark.slow
def test_a_meeting_is_at_a_dated_edition_of_a_summit_only_in_its_days(corpus_store):
    """A meeting is at the edition of a recurring summit held when it took place: not at the
    anniversary summit in May for a session in January, nor at the in-person summit of September
    for the virtual one of March (and the same edition in every build)."""
    store, _ = corpus_store
    rows = run_query(
        store,
        """SELECT ?d ?start ?l WHERE {
             ?m a dmo:DistinctMeeting ; dmo:date ?d ; dmo:sidelinesOf ?e .
             ?e schema:startDate ?start ; rdfs:label ?l .
           }""",
    ).records()
    far = [
        (r["d"], r["start"], r["l"])
        for r in rows
        if not -3 <= (date.fromisoformat(str(r["d"])) - date.fromisoformat(str(r["start"]))).days <= 14
    ]
    assert rows and not far, far


@pytest.mark.slow
def test_every_entity_a_counted_meeting_names_has_one_label(corpus_store):
    store, _ = corpus_store
    rows = run_query(
        store,
        """SELECT ?x (COUNT(DISTINCT ?l) AS ?n) WHERE {
             ?m a dmo:DistinctMeeting ; ?p ?x .
             VALUES ?p { dmo:participant dmo:country dmo:organization dmo:venue dmo:sidelinesOf
                         dmo:references dmo:topic }
             OPTIONAL { ?x rdfs:label ?l }
           } GROUP BY ?x HAVING (COUNT(DISTINCT ?l) != 1)""",
    ).records()
    assert not rows, rows[:20]


@pytest.mark.slow
@pytest.mark.parametrize("where,sparql", QUERIES, ids=[f"{w}-{i}" for i, (w, _) in enumerate(QUERIES)])
def test_each_documented_query_answers_once_per_row_in_under_two_seconds(corpus_store, where, sparql):
    store, _ = corpus_store
    # CPU time, not wall time: a pathological plan burns CPU, a loaded machine only makes us wait
    start = time.process_time()
    result = run_query(store, sparql)
    seconds = time.process_time() - start
    assert seconds < 2.0, f"{where}: {seconds:.1f} s of CPU"
    if result.kind == "select":
        rows = [tuple(r.values()) for r in result.records()]
        assert len(rows) == len(set(rows)), f"{where}: {len(rows) - len(set(rows))} duplicate rows"
