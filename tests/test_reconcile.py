"""Reconciliation of cross-reported meetings: one event for the accounts both sides published.

The key, tests/data/cross_reported_pairs.jsonl, lists by hand the meetings of October 2021 -
March 2022 that the White House and the Kremlin, or the White House and the Ukrainian presidency,
both reported (found by grepping the White House readouts, statements and remarks for Putin,
Zelenskyy, Yermak and Kuleba, and the two CSVs for Biden, Harris, Blinken, Sullivan and "President
of the United States", then reading both texts), and pairs that must never merge (a call and a
meeting the same day, two calls on different days, a bilateral and the summit around it, the same
officials meeting two Americans the same day…), and one publisher's releases of one meeting that the
same-day audit found apart (an announcement and the meeting held in another mode, or announced months
ahead: `one_publisher`, sides a, b and also). The corpus tests ingest only those documents: the
White House files by path, and the CSV rows copied from the shared CSVs into tmp_path.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main as kg_main
from kg.extract.news import told
from kg.ingest import ingest
from kg.model import Document, Entity, Extraction, Meeting
from kg.namespaces import RECONCILE_GRAPH, release_iri
from kg.queries import ask
from kg.query import run_query
from kg.rdf import extraction_to_quads
from kg.reconcile import Account, cross_reported_events, reconcile, same_meeting
from kg.reconcile.accounts import Names
from kg.store import EmbeddedStore, load_reference_data
from tests.helpers import publisher_release, reconciled_store

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
WH = CORPUS / "whitehouse"
KEY = [
    json.loads(line)
    for line in (REPO / "tests/data/cross_reported_pairs.jsonl").read_text("utf-8").splitlines()
]
POSITIVE = [k for k in KEY if not k.get("must_not_merge") and not k.get("one_publisher")]
NEGATIVE = [k for k in KEY if k.get("must_not_merge")]
# one publisher's releases of one meeting (an announcement and the meeting's readout): sides a, b, also
ONE_PUBLISHER = [k for k in KEY if k.get("one_publisher")]


def _sides(k: dict) -> list[dict]:
    return [k["a"], k["b"], *k.get("also", [])]


# Missed in the key but now reconciled: the Ukrainian release of five Munich bilaterals is split into one
# meeting per counterpart, and the Harris one is matched by its own lead sentence.
CSV_FILES = {"kremlin": CORPUS / "kremlin/putin.csv", "ukraine": CORPUS / "ukraine/zelenskyy.csv"}
# A meeting only the White House reported (Sullivan's call with Yermak), for "who is silent".
ONE_SIDED = (
    "statements-releases/2021-11/2021-11-26-statement-by-nsc-spokesperson-emily-horne-on-national-security-"
    "advisor-jake-sullivans-call-with-head-of-presidential-office-andriy-yermak-of-ukraine-2.md"
)
DEC7_WH = POSITIVE[1]["whitehouse_path"]
DEC7_KREMLIN = POSITIVE[1]["other"]
SPARQL = """
PREFIX dmo: <https://w3id.org/dmkg/ontology#>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX schema: <https://schema.org/>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX sem: <http://semanticweb.cs.vu.nl/2009/11/sem/>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
"""


def _merged(case: dict) -> bool:
    return case["expect"] == "merged"


def _need_corpus() -> None:
    if not CSV_FILES["kremlin"].exists() or not WH.is_dir():
        pytest.skip(f"the shared corpus is not at {CORPUS}")


def _write_rows(folder: Path, source: str, links: set[str]) -> Path:
    """Copy the CSV rows with these links (and the header) from the shared CSV into `folder`."""
    csv.field_size_limit(sys.maxsize)
    src = CSV_FILES[source]
    with src.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        rows = [r for r in reader if r["link"] in links]
        fields = reader.fieldnames
    assert {r["link"] for r in rows} == links, f"rows missing from {src.name}"
    folder.mkdir(parents=True, exist_ok=True)
    out = folder / src.name
    with out.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=fields)
        w.writeheader()
        w.writerows(rows)
    return out


def _csv_links(source: str) -> set[str]:
    prefix = "http://en.kremlin.ru" if source == "kremlin" else "https://www.president.gov.ua"
    links = {k["other"] for k in POSITIVE} | {a["url"] for k in POSITIVE for a in k.get("other_also", [])}
    links |= {side["url"] for k in NEGATIVE + ONE_PUBLISHER for side in _sides(k) if "path" not in side}
    return {u for u in links if u.startswith(prefix)}


def _wh_paths() -> list[Path]:
    paths = {k["whitehouse_path"] for k in POSITIVE} | {ONE_SIDED}
    paths |= {a["path"] for k in POSITIVE for a in k.get("whitehouse_also", [])}
    paths |= {side["path"] for k in NEGATIVE + ONE_PUBLISHER for side in _sides(k) if "path" in side}
    return sorted(WH / p for p in paths)


def _event_urls(store) -> list[set[str]]:
    return [{a.url for a in ev.accounts} for ev in cross_reported_events(store)]


def _node(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _reconciled(store) -> set[str]:
    return {str(q) for q in store.quads() if q.graph_name.value == str(RECONCILE_GRAPH)}


@pytest.fixture(scope="module")
def key_store(tmp_path_factory):
    """Every document the key names, ingested in one run into a real on-disk store."""
    _need_corpus()
    tmp = tmp_path_factory.mktemp("key")
    csvs = [_write_rows(tmp / src, src, _csv_links(src)) for src in CSV_FILES]
    store = EmbeddedStore(tmp / "store")
    report = ingest([*_wh_paths(), *csvs], store, workers=1)
    assert report.ok, report.failed
    yield store
    store.close()


# --- the key, on the real releases --------------------------------------------------------------------


@pytest.mark.parametrize(
    "case",
    [
        pytest.param(
            k,
            id=f"{k['date']}-{k['other_source']}",
            marks=() if _merged(k) else pytest.mark.xfail(strict=True, reason=k.get("why_missed", "")),
        )
        for k in POSITIVE
    ],
)
def test_a_meeting_both_sides_reported_is_one_event_with_both_releases(key_store, case):
    events = [urls for urls in _event_urls(key_store) if {case["whitehouse"], case["other"]} <= urls]
    assert len(events) == 1, f"{case['event']} on {case['date']}: {_event_urls(key_store)}"
    derived = run_query(
        key_store,
        SPARQL
        + f"""
        SELECT ?url WHERE {{ GRAPH <{RECONCILE_GRAPH}> {{ ?e prov:wasDerivedFrom ?rel ; dmo:status dmo:Held }}
                             ?rel schema:url ?url }}""",
    )
    by_event = set(derived.column("url"))
    assert {case["whitehouse"], case["other"]} <= by_event


@pytest.mark.parametrize("case", ONE_PUBLISHER, ids=[f"{k['date']}-{k['kind']}" for k in ONE_PUBLISHER])
def test_one_publishers_releases_of_one_meeting_are_one_event(key_store, case):
    """An announcement and the meeting's own releases (held in another mode than announced, or
    announced months ahead): one event."""
    urls = {side["url"] for side in _sides(case)}
    assert [u for u in _event_urls(key_store) if urls <= u], f"{case['event']}: {case['why']}"


@pytest.mark.parametrize("pair", NEGATIVE, ids=[f"{k['date']}-{i}" for i, k in enumerate(NEGATIVE)])
def test_distinct_meetings_are_never_merged(key_store, pair):
    both = {pair["a"]["url"], pair["b"]["url"]}
    assert not [urls for urls in _event_urls(key_store) if both <= urls], pair["why"]


ALSO = [
    (k, a) for k in POSITIVE if _merged(k) for a in k.get("whitehouse_also", []) + k.get("other_also", [])
]


@pytest.mark.parametrize(
    "case, also",
    [
        pytest.param(
            k,
            a,
            id=f"{k['date']}-{a['url'].rstrip('/').rsplit('/', 1)[-1][:40]}",
            marks=pytest.mark.xfail(strict=True, reason=a["apart"]) if a.get("apart") else (),
        )
        for k, a in ALSO
    ],
)
def test_every_further_account_the_key_lists_joins_its_event(key_store, case, also):
    """A briefing, an address or a second statement on the meeting joins the event of the two sides'
    releases (`whitehouse_also`, `other_also`; `apart` says why one does not yet)."""
    events = [urls for urls in _event_urls(key_store) if {case["whitehouse"], case["other"]} <= urls]
    assert events and also["url"] in events[0], f"{case['event']}: {also['url']}"


def test_every_event_is_one_the_key_expects(key_store):
    """No merge across publishers beyond the key: each such event's releases are those of one expected
    meeting. (One publisher's several releases of one meeting, such as a video call and the address
    that evening telling it, are merged too; the must-not-merge pairs above keep those honest.)"""
    expected = [
        {
            k["whitehouse"],
            k["other"],
            *(a["url"] for a in k.get("whitehouse_also", []) + k.get("other_also", [])),
        }
        for k in POSITIVE
        if _merged(k)
    ]
    events = [
        {a.url for a in ev.accounts} for ev in cross_reported_events(key_store, cross_publisher_only=True)
    ]
    assert len(events) == len(expected)
    for urls in events:
        assert any(urls <= e for e in expected), urls


def test_a_release_telling_its_leaders_part_in_several_summits_is_an_account_of_each(key_store):
    """A release the key lists as an account of several summits (a nightly address: "Today I have
    delivered some important speeches. To the participants of the NATO summit, the G7 summit, to the
    summit of the leaders of the European Union.") is in each summit's event, beside the other
    publisher's account of it, though extraction gives it one record (eval/CONVENTIONS.md §11)."""
    summits = [k for k in POSITIVE if _merged(k) and k["kind"] == "multilateral"]
    told: dict[str, list[dict]] = {}
    for k in summits:
        for a in k.get("whitehouse_also", []) + k.get("other_also", []):
            told.setdefault(a["url"], []).append(k)
    several = {url: ks for url, ks in told.items() if len(ks) > 1}
    assert several, "the key lists a release telling several summits"
    events = _event_urls(key_store)
    for url, ks in several.items():
        for k in ks:
            (urls,) = [u for u in events if {k["whitehouse"], k["other"]} <= u]
            assert url in urls, f"{url} is not an account of {k['event']}"


def test_each_account_stays_in_its_release_graph_and_the_meeting_holds_its_accounts_facts(key_store):
    for ev in cross_reported_events(key_store):
        assert len({a.release for a in ev.accounts}) == len(ev.accounts) >= 2
        days = {a.date for a in ev.accounts}
        assert min(days) <= ev.date <= ev.latest <= max(days)
        assert ev.mode is None or ev.mode in {a.mode for a in ev.accounts}
        for acc in ev.accounts:  # each release's claims are in its own graph, attributed to its publisher
            said = run_query(
                key_store,
                SPARQL
                + """SELECT ?d ?pub WHERE { GRAPH ?rel { ?m dmo:date ?d }
                ?st rdf:subject ?e ; rdf:predicate dmo:date ; rdf:object ?d ; dmo:accordingTo ?rel .
                ?rel <http://purl.org/dc/terms/publisher> ?pub }""",
                {"m": _node(acc.meeting), "rel": _node(acc.release), "e": _node(ev.iri)},
            )
            assert [(r["d"], r["pub"]) for r in said.records()] == [(acc.date, acc.publisher)]
    # whatever a counted meeting says, one of its accounts said (of the entity or of a spelling of it)
    invented = key_store.query(
        SPARQL
        + f"""PREFIX owl: <http://www.w3.org/2002/07/owl#>
        ASK {{ GRAPH <{RECONCILE_GRAPH}> {{ ?e a dmo:DistinctMeeting ; ?p ?x }}
          VALUES ?p {{ dmo:participant dmo:country dmo:organization dmo:topic }}
          FILTER NOT EXISTS {{ GRAPH <{RECONCILE_GRAPH}> {{ ?e skos:exactMatch ?acc }}
                               GRAPH ?g {{ ?acc ?p ?y }}
                               FILTER(?y = ?x || EXISTS {{ ?y owl:sameAs ?x }}) }} }}"""
    )
    assert not bool(invented), "a counted meeting names something none of its accounts names"


def test_the_named_questions_answer_both_sides_one_side_and_side_by_side(key_store):
    both = ask(key_store, "reported-by-both").records()
    merged = [k for k in POSITIVE if _merged(k)]
    assert len(both) == len(merged) and all(r["publishers"] == "2" for r in both)
    dec7 = next(r for r in both if r["date"] == "2021-12-07")
    assert DEC7_KREMLIN in dec7["urls"] and "President of Russia" in dec7["accounts"]
    with_russia = [r["date"] for r in ask(key_store, "reported-by-both", {"country": "Russia"}).records()]
    kremlin = sorted((k for k in merged if k["other_source"] == "kremlin"), key=lambda k: k["date"])
    # an event of several days (the G20 summit, 30-31 October) is dated on one of its days
    assert len(with_russia) == len(kremlin), with_russia
    assert all(
        k["date"] <= d <= k.get("date_end", k["date"]) for d, k in zip(with_russia, kremlin, strict=True)
    ), with_russia
    assert {"2021-10-27", "2021-12-07", "2021-12-30", "2022-02-12"} <= set(with_russia)  # a summit too

    silent = ask(key_store, "reported-by-one-side", {"silent": "Ukraine"}).records()
    assert any(
        r["date"] == "2021-11-26"
        and r["reported_by"] == "The White House"
        and r["silent_publisher"].startswith("President of Ukraine")
        for r in silent
    ), silent
    merged_urls = {u for k in merged for u in (k["whitehouse"], k["other"])}
    assert not {r["url"] for r in silent} & merged_urls, "a meeting both sides reported is not one-sided"

    side = ask(key_store, "accounts-side-by-side", {"event": dec7["event"]}).records()
    white_house = 1 + len(
        POSITIVE[1].get("whitehouse_also", [])
    )  # the readout, and the briefing recalling it
    kremlin_accounts = 1 + len(POSITIVE[1].get("other_also", []))  # the readout, the news conference after
    assert (
        sorted(r["publisher"] for r in side)
        == ["President of Russia (kremlin.ru)"] * kremlin_accounts + ["The White House"] * white_house
    )
    for row in side:  # the topics shown are exactly those of that release's own account of the event
        topics = run_query(
            key_store,
            SPARQL
            + f"""SELECT DISTINCT ?n WHERE {{
            GRAPH ?rel {{ ?m dmo:topic ?t }} ?t skos:notation ?n . ?rel schema:url ?url .
            GRAPH <{RECONCILE_GRAPH}> {{ ?e skos:exactMatch ?m }} }}""",
            {"url": ox.Literal(row["url"]), "e": _node(dec7["event"])},
        )
        assert set((row["topics"] or "").split(", ")) - {""} == set(topics.column("n"))
    # both readouts say what was discussed (each side's own words, read as topics)
    assert all(row["topics"] for row in side if "readout" in row["url"] or "kremlin" in row["url"]), side


# --- order, separate runs, re-ingest ----------------------------------------------------------------------


def test_order_and_separate_runs_give_the_same_event_and_reingest_leaves_no_orphan(tmp_path):
    _need_corpus()
    kremlin = _write_rows(tmp_path / "kremlin", "kremlin", {DEC7_KREMLIN})
    wh = WH / DEC7_WH
    a, b = EmbeddedStore(tmp_path / "a"), EmbeddedStore(tmp_path / "b")
    for store, order in ((a, [wh, kremlin]), (b, [kremlin, wh])):
        for path in order:
            assert ingest([path], store, workers=1).ok
    assert _reconciled(a) == _reconciled(b)
    (event,) = cross_reported_events(a)
    assert event.iri.startswith("https://w3id.org/dmkg/id/reconciled/2021-12-07-ru-us")

    before = _reconciled(a)
    ingest([kremlin], a, workers=1, force=True)
    row = kremlin.read_text("utf-8").replace(
        "sincere and business-like atmosphere", "business-like atmosphere"
    )
    kremlin.write_text(row, encoding="utf-8")  # a corrected release: its graph is replaced
    assert ingest([kremlin], a, workers=1).ingested == 1
    assert [e.iri for e in cross_reported_events(a)] == [event.iri]
    assert len(_reconciled(a)) == len(before)
    orphans = a.query(
        SPARQL
        + f"""ASK {{ GRAPH <{RECONCILE_GRAPH}> {{ ?e a dmo:DistinctMeeting ; skos:exactMatch ?m }}
        FILTER NOT EXISTS {{ GRAPH ?g {{ ?m a dmo:Meeting }} FILTER(?g != <{RECONCILE_GRAPH}>) }} }}"""
    )
    assert not bool(orphans)
    a.close()
    b.close()

    result = CliRunner().invoke(
        kg_main, ["--store", str(tmp_path / "a"), "reconcile", "--list"], catch_exceptions=False
    )
    assert result.exit_code == 0, result.output
    assert "2021-12-07" in result.output and DEC7_KREMLIN in result.output
    assert "1 reported by several releases (1 by several publishers)" in result.output


def test_the_scorecard_of_each_release_is_the_same_with_and_without_the_reconciled_graph(tmp_path):
    """The scorer merges every held meeting derived from a release: the event must add nothing to it."""
    _need_corpus()
    gold = SHARED / "gold/dev.jsonl"
    urls = {POSITIVE[1]["whitehouse"], DEC7_KREMLIN}
    lines = [line for line in gold.read_text("utf-8").splitlines() if json.loads(line).get("url") in urls]
    assert len(lines) == 2, "both accounts of the 7 December call are in the dev key"
    (tmp_path / "gold.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    store = EmbeddedStore(tmp_path / "s")
    ingest([WH / DEC7_WH, _write_rows(tmp_path / "k", "kremlin", {DEC7_KREMLIN})], store, workers=1)
    assert len(cross_reported_events(store)) == 1
    full = tmp_path / "full.nq"
    store.dump(str(full), "nquads")
    store.close()
    without = tmp_path / "without.nq"
    without.write_text(
        "".join(
            line + "\n" for line in full.read_text("utf-8").splitlines() if f"<{RECONCILE_GRAPH}>" not in line
        ),
        encoding="utf-8",
    )

    def score(graph: Path) -> str:
        out = subprocess.run(
            [sys.executable, str(SHARED / "tools/score.py"), str(graph), str(tmp_path / "gold.jsonl")],
            capture_output=True,
            text=True,
            check=True,
        )
        return out.stdout

    assert score(full) == score(without)


# --- identity rules on plain accounts ----------------------------------------------------------------------

P = "https://w3id.org/dmkg/id/person/"
BIDEN, PUTIN, ZELENSKYY = P + "joseph-r-biden-jr", P + "vladimir-putin", P + "volodymyr-zelenskyy"
SULLIVAN, BLINKEN, YERMAK = P + "jake-sullivan", P + "antony-j-blinken", P + "andriy-yermak"
NATION = {BIDEN: "US", PUTIN: "RU", ZELENSKYY: "UA", SULLIVAN: "US", BLINKEN: "US", YERMAK: "UA"}
HOME = {"The White House": "US", "President of Russia": "RU", "President of Ukraine": "UA"}


def account(
    n: int,
    publisher: str,
    day: str,
    mode: str,
    people: set[str],
    sides: set[str],
    released: str | None = None,
    headline: set[str] = frozenset(),
) -> Account:
    return Account(
        meeting=f"m{n}",
        release=f"r{n}",
        publisher=publisher,
        title="",
        date=date.fromisoformat(day),
        released=date.fromisoformat(released or day),
        mode=mode,
        participants=frozenset(people),
        countries=frozenset(NATION[p] for p in people),
        nationality=tuple(sorted((p, NATION[p]) for p in people)),
        home=HOME[publisher],
        sides=frozenset(sides),
        headline=frozenset(headline),
    )


def test_identity_rules():
    wh = account(1, "The White House", "2021-12-07", "Video", {BIDEN, PUTIN}, {"US", "RU"})
    # the Kremlin calls the video call a "meeting": accepted across publishers, the same day
    assert same_meeting(
        wh, account(2, "President of Russia", "2021-12-07", "InPerson", {BIDEN, PUTIN}, {"RU", "US"})
    )
    # … but never a day apart, and never within one publisher (a call and a meeting the same day)
    assert not same_meeting(
        wh, account(3, "President of Russia", "2021-12-08", "InPerson", {BIDEN, PUTIN}, {"RU", "US"})
    )
    assert not same_meeting(
        wh, account(4, "The White House", "2021-12-07", "InPerson", {BIDEN, PUTIN}, {"RU", "US"})
    )
    # a day apart across time zones is the same call; two days is not; one publisher needs the same day
    assert same_meeting(
        wh, account(5, "President of Russia", "2021-12-08", "Phone", {BIDEN, PUTIN}, {"RU", "US"})
    )
    assert not same_meeting(
        wh, account(6, "President of Russia", "2021-12-09", "Video", {BIDEN, PUTIN}, {"RU", "US"})
    )
    assert not same_meeting(
        wh, account(7, "The White House", "2021-12-08", "Video", {BIDEN, PUTIN}, {"RU", "US"})
    )
    # another side (a Putin call with a third country that mentions Biden) is another meeting
    assert not same_meeting(
        wh, account(8, "President of Russia", "2021-12-07", "Video", {BIDEN, PUTIN}, {"RU", "FI"})
    )
    # a release recalling a meeting a week old is not an account of it
    assert not same_meeting(
        wh,
        account(
            9,
            "President of Russia",
            "2021-12-07",
            "Video",
            {BIDEN, PUTIN},
            {"RU", "US"},
            released="2021-12-14",
        ),
    )
    # the same Ukrainians meeting two Americans the same day: two meetings
    sullivan = account(10, "The White House", "2021-11-10", "InPerson", {SULLIVAN, YERMAK}, {"US", "UA"})
    assert not same_meeting(
        sullivan,
        account(11, "President of Ukraine", "2021-11-10", "InPerson", {BLINKEN, YERMAK}, {"UA", "US"}),
    )
    # titles naming different people of one side: an audience and a meeting the same day
    assert not same_meeting(
        account(
            12,
            "The White House",
            "2021-11-10",
            "InPerson",
            {SULLIVAN, BLINKEN, YERMAK},
            {"US", "UA"},
            headline={SULLIVAN},
        ),
        account(
            13,
            "President of Ukraine",
            "2021-11-10",
            "InPerson",
            {SULLIVAN, BLINKEN, YERMAK},
            {"UA", "US"},
            headline={BLINKEN},
        ),
    )


def test_a_mention_joins_the_group_call_it_is_part_of_whichever_comes_first():
    """A briefing's "yesterday the President spoke with Zelenskyy" and a fact sheet's mention of the
    G7 call with him (both mentions): one meeting, whichever account is compared first."""
    g7 = replace(
        account(1, "The White House", "2022-05-08", "Video", {BIDEN, ZELENSKYY}, {"US", "UA", "DE", "FR"}),
        mentioned=True,
    )
    briefing = replace(
        account(2, "The White House", "2022-05-08", "Phone", {BIDEN, ZELENSKYY}, {"US", "UA"}, "2022-05-09"),
        mentioned=True,
    )
    assert same_meeting(g7, briefing) and same_meeting(briefing, g7)
    # … but not a group call of other states
    other = replace(briefing, sides=frozenset({"US", "PL"}), meeting="m3", release="r3")
    assert not same_meeting(g7, other) and not same_meeting(other, g7)


def test_reconcile_on_an_empty_store_writes_no_event(tmp_path):
    store = EmbeddedStore(tmp_path / "s")
    report = reconcile(store)
    assert (report.accounts, report.events) == (0, 0) and cross_reported_events(store) == []
    store.close()


def test_a_state_the_title_gives_an_office_holder_of_is_a_side_whoever_extraction_took_him_for():
    names = Names([("Bahrain", "BH"), ("Bahraini", "BH"), ("Israel", "IL"), ("Russia", "RU")])
    assert names.of_officeholders("Readout of Sullivan's Meeting with Bahraini Crown Prince Salman") == {"BH"}
    assert names.of_officeholders("Call with Crown Prince Salman bin Hamad Al Khalifa of Bahrain") == {"BH"}
    # a state the title speaks about is no office holder's
    assert names.of_officeholders("Joint Statement on Israel") == set()
    assert names.of_officeholders("Head of State: We have done everything to make Russia say today") == set()


def test_a_release_about_something_else_telling_a_call_without_a_day_joins_the_days_before_readout():
    readout = replace(
        account(1, "President of Ukraine", "2021-12-09", "Phone", {BIDEN, ZELENSKYY}, {"UA", "US"}),
        title="President of Ukraine had a phone conversation with the President of the United States",
    )
    interview = replace(
        account(2, "President of Ukraine", "2021-12-10", "Phone", {BIDEN, ZELENSKYY}, {"UA", "US"}),
        title="Head of State: We have done everything to make Russia say today that it is not going to",
        undated=True,
    )
    assert same_meeting(readout, interview) and same_meeting(interview, readout)
    # a readout of its own the next day is another call (two calls on consecutive days), dated or not
    second = replace(interview, title="President of Ukraine had a phone conversation with Joseph Biden")
    assert not same_meeting(readout, second)
    assert not same_meeting(readout, replace(interview, undated=False))
    plural = replace(
        interview, title="Telephone conversations with President of Belarus and Prime Minister of Armenia"
    )
    assert not same_meeting(readout, plural)  # a readout of its own, of several calls
    # remarks of both the next day, their title naming them ("… at Osan Air Base"): a meeting of that day
    together = replace(
        interview, title="Remarks by Biden and Zelenskyy at the Air Base", headline={BIDEN, ZELENSKYY}
    )
    assert not same_meeting(readout, together)


def test_a_headline_telling_talks_held_makes_its_meetings_the_releases_news():
    assert told("Vladimir Putin had several telephone conversations with heads of CSTO member states")
    assert not told("Press Briefing by Press Secretary Jen Psaki, February 11, 2021")
    assert not told("Remarks by President Biden on the Terrorist Attacks in Israel")


# --- officials named by office on one side (written releases) ---------------------------------------------


def _cross_reported_urls(tmp_path: Path, docs: list[Document]) -> list[list[str]]:
    """The releases of each event reported by more than one, after ingesting `docs` and reconciling."""
    store = reconciled_store(tmp_path / "s", docs)
    try:
        return [sorted({a.url for a in ev.accounts}) for ev in cross_reported_events(store)]
    finally:
        store.close()


def test_counterparts_named_by_office_are_one_meeting_with_the_other_sides_readout_naming_them(tmp_path):
    """A briefing's "their Ukrainian counterparts" resolves through the offices held that day to the
    two ministers the Ukrainian readout names: one event; another minister's call the same day stays apart."""
    briefing = publisher_release(
        "The White House",
        "briefing",
        "2022-03-09",
        "Press Briefing by Press Secretary Jen Psaki",
        "Good afternoon, everyone. The President will travel to Poland on Thursday.\n\nSecretary Blinken "
        "and Secretary Austin had conversations with their Ukrainian counterparts today.\n\nQ Thank you.",
    )
    ua = "President of Ukraine (president.gov.ua)"
    readout = publisher_release(
        ua,
        "ua-1",
        "2022-03-09",
        "Dmytro Kuleba and Oleksii Reznikov held a phone call with Antony Blinken and Lloyd Austin",
        "Minister of Foreign Affairs Dmytro Kuleba and Minister of Defense Oleksii Reznikov held a phone "
        "call with US Secretary of State Antony Blinken and US Secretary of Defense Lloyd Austin.",
    )
    other = publisher_release(
        ua,
        "ua-2",
        "2022-03-09",
        "Dmytro Kuleba held a phone call with Victoria Nuland",
        "Minister of Foreign Affairs Dmytro Kuleba held a phone call with US Under Secretary of State "
        "Victoria Nuland. They discussed sanctions.",
    )
    assert _cross_reported_urls(tmp_path, [briefing, readout, other]) == [
        ["https://example.org/briefing", "https://example.org/ua-1"]
    ]


def test_a_counterpart_whose_office_no_reference_post_holds_is_matched_by_the_readout_naming_him(tmp_path):
    """ "Jake Sullivan spoke with his Ukrainian counterpart again today": no reference post for national
    security advisers, so no one to resolve; the Ukrainian readout of the call names Yermak and
    Sullivan: one event. The Foreign Minister's call with another American the same day stays apart."""
    briefing = publisher_release(
        "The White House",
        "nsa-briefing",
        "2022-03-09",
        "Press Briefing by Press Secretary Jen Psaki",
        "Good afternoon, everyone.\n\nJake Sullivan spoke with his Ukrainian counterpart again today. "
        "They discussed the security situation.\n\nQ Thank you.",
    )
    ua = "President of Ukraine (president.gov.ua)"
    readout = publisher_release(
        ua,
        "ua-nsa",
        "2022-03-09",
        "Andriy Yermak had a phone conversation with Jake Sullivan",
        "Head of the Office of the President of Ukraine Andriy Yermak had a phone conversation with US "
        "National Security Advisor Jake Sullivan. They discussed the security situation.",
    )
    other = publisher_release(
        ua,
        "ua-fm",
        "2022-03-09",
        "Dmytro Kuleba held a phone call with Victoria Nuland",
        "Minister of Foreign Affairs Dmytro Kuleba held a phone call with US Under Secretary of State "
        "Victoria Nuland. They discussed sanctions.",
    )
    assert _cross_reported_urls(tmp_path, [briefing, readout, other]) == [
        ["https://example.org/nsa-briefing", "https://example.org/ua-nsa"]
    ]


def _summit_release(url: str, publisher: str, home: str, title: str, meetings: list[list[tuple[str, str]]]):
    """A release of meetings at COP26 on 1 November 2021, each with these (person key, ISO) participants
    ("" for a person of no state)."""
    day = date(2021, 11, 1)
    doc = Document("akorda", url.rsplit("/", 1)[-1], title, title, day, url=url, publisher=publisher)
    cop26 = Entity("event", "cop26", "COP26")
    found = [
        Meeting(
            status="held",
            date=day,
            mode="in_person",
            participants=[Entity("person", k, k, props={"country": iso} if iso else {}) for k, iso in people],
            event=cop26,
        )
        for people in meetings
    ]
    return Extraction(document=doc, meetings=found, extractor="kg.test.v1", home=home)


def test_talks_beside_a_summit_are_apart_from_the_leaders_session(tmp_path):
    """COP26, 1 November 2021: each side's account of its President's part in the leaders' session is
    one event, even when the release also tells a talk beside it (several leaders named: the session);
    a release of "short meetings" on the sidelines (one with the EBRD's president, of no state) feeds
    no part of it."""
    wh = _summit_release(
        "https://example.org/wh-cop26",
        "The White House",
        "US",
        "Remarks by President Biden at the COP26 Leaders Statement",
        [[("joseph-r-biden-jr", "US")]],
    )
    zelenskyy = ("volodymyr-zelenskyy", "UA")
    session = [zelenskyy, ("joseph-r-biden-jr", "US"), ("emmanuel-macron", "FR")]
    ua = "President of Ukraine (president.gov.ua)"
    at_summit = _summit_release(
        "https://example.org/ua-cop26",
        ua,
        "UA",
        "President at COP26: the world must change its priorities",
        [session, [zelenskyy, ("angela-merkel", "DE")]],
    )
    beside = _summit_release(
        "https://example.org/ua-sidelines",
        ua,
        "UA",
        "Volodymyr Zelenskyy spoke with a number of foreign leaders on the sidelines of COP26",
        [[zelenskyy, ("odile-renaud-basso", "")], [zelenskyy, ("gitanas-nauseda", "LT")]],
    )
    store = EmbeddedStore(tmp_path / "s")
    load_reference_data(store)
    releases = (wh, at_summit, beside)
    store.write_releases([(str(release_iri(ex.document.key)), extraction_to_quads(ex)) for ex in releases])
    reconcile(store)
    try:
        (event,) = cross_reported_events(store)
        people = {a.url: len(a.participants) for a in event.accounts}
        assert people == {"https://example.org/wh-cop26": 1, "https://example.org/ua-cop26": 3}
    finally:
        store.close()
