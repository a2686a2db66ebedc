"""A meeting two releases report counts once everywhere: stats, named questions, networks, explorer.

The store holds two accounts of one call (built with kg.model + kg.rdf, reconciled with
kg.reconcile into dmr:graph/reconciled): the White House says Biden and Putin held a video call
on 7 December 2021 and names Sullivan too; the Kremlin calls it a meeting with "Joseph Biden" and
gives other topics. Every count sees one event, and the explorer shows one event node carrying both
accounts. When the shared corpus is present, the same holds for the real readouts of that call.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.analytics import country_network, meeting_graph, people_network, timeline
from kg.model import Document, Entity, Evidence, Extraction, Meeting, Statement
from kg.namespaces import release_iri
from kg.queries import ask
from kg.rdf import extraction_to_quads
from kg.reconcile import cross_reported_events, reconcile
from kg.stats import store_stats
from kg.store import EmbeddedStore, load_reference_data
from kg.viz import ViewOptions, load_view, page_data

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DMR = "https://w3id.org/dmkg/id/"
BIDEN = DMR + "person/joseph-r-biden-jr"
PUTIN = DMR + "person/vladimir-putin"
SULLIVAN = DMR + "person/jake-sullivan"
US, RU = DMR + "country/US", DMR + "country/RU"
IMG = "<img src=x onerror=alert(1)>"
DAY = date(2021, 12, 7)
WH_URL = "https://example.org/whitehouse/readout-video-call"
KREMLIN_URL = "https://example.org/kremlin/67315"


def _person(key: str, label: str, iso: str) -> Entity:
    return Entity("person", key, label, props={"country": iso})


def _account(
    url: str,
    publisher: str,
    home: str,
    title: str,
    text: str,
    mode: str,
    people: list[Entity],
    topics: list[str],
) -> Extraction:
    doc = Document(
        reader="akorda",
        identifier=url.rsplit("/", 1)[-1],
        title=title,
        text=text,
        date=DAY,
        url=url,
        publisher=publisher,
    )
    ev = Evidence(text, 0, len(text))
    meeting = Meeting(
        status="held",
        date=DAY,
        mode=mode,  # type: ignore[arg-type]
        participants=people,
        countries=[
            Entity("country", "US", "United States", props={"iso": "US"}),
            Entity("country", "RU", "Russia", props={"iso": "RU"}),
        ],
        topics=[Entity("topic", t, t.title(), props={"notation": t}) for t in topics],
        frameworks=[Entity("framework", "minsk-agreements", "Minsk agreements")] if mode != "video" else [],
        evidence=[Statement("participant", p, ev) for p in people],
    )
    return Extraction(document=doc, meetings=[meeting], extractor="kg.test.v1", home=home)


def cross_reported_pair() -> list[Extraction]:
    """Two releases, two publishers, one video call (the Kremlin's account says "meeting")."""
    wh = _account(
        WH_URL,
        "The White House",
        "US",
        "Readout of President Biden's Video Call with President Vladimir Putin of Russia",
        "President Biden held a video call with President Vladimir Putin of Russia, joined by Jake Sullivan.",
        "video",
        [
            _person("joseph-r-biden-jr", "Joseph R. Biden, Jr.", "US"),
            _person("vladimir-putin", "Vladimir Putin", "RU"),
            _person("jake-sullivan", "Jake Sullivan", "US"),
        ],
        ["military", "cyber"],
    )
    kremlin = _account(
        KREMLIN_URL,
        "President of Russia (kremlin.ru)",
        "RU",
        "Meeting with US President Joseph Biden",
        f"Vladimir Putin had a lengthy conversation with President Joseph Biden. {IMG}",
        "in_person",
        [
            _person("joseph-r-biden-jr", "Joseph Biden", "US"),
            _person("vladimir-putin", "Vladimir Putin", "RU"),
        ],
        ["military", "territory"],
    )
    return [wh, kremlin]


def write_pair(path: Path) -> EmbeddedStore:
    """A real on-disk store with the reference data, both accounts and the reconciled graph."""
    store = EmbeddedStore(path)
    load_reference_data(store)
    store.write_releases(
        [(str(release_iri(ex.document.key)), extraction_to_quads(ex)) for ex in cross_reported_pair()]
    )
    report = reconcile(store)
    assert report.events == 1, report.summary()
    return store


@pytest.fixture(scope="module")
def pair_store(tmp_path_factory):
    store = write_pair(tmp_path_factory.mktemp("pair") / "store")
    yield store
    store.close()


@pytest.fixture(scope="module")
def event(pair_store) -> str:
    (ev,) = cross_reported_events(pair_store)
    assert len(ev.accounts) == 2 and ev.cross_publisher
    return ev.iri


def test_stats_count_one_event_and_say_how_many_accounts_were_folded(pair_store):
    stats = store_stats(pair_store)
    assert (stats.releases, stats.meetings, stats.cross_reported, stats.folded) == (2, 1, 1, 2)
    assert stats.by["status"] == {"Held": 1}
    assert stats.by["mode"] == {"not known or accounts differ": 1}  # video against "meeting"
    assert (
        "meetings     1 (1 reported by several releases, standing for 2 per-release accounts)"
        in stats.lines()
    )


def test_who_met_lists_the_counterpart_once_with_both_accounts(pair_store, event):
    rows = ask(pair_store, "who-met", {"person": BIDEN}).records()
    putin = [r for r in rows if r["counterpart"] == PUTIN]
    assert len(putin) == 1
    assert putin[0]["meeting"] == event and putin[0]["accounts"] == "2"
    assert putin[0]["date"] == "2021-12-07" and putin[0]["mode"] in ("InPerson/Video", "Video/InPerson")
    # Sullivan is named by one account only: he still met Biden, at the same (one) event
    assert [r["meeting"] for r in rows if r["counterpart"] == SULLIVAN] == [event]


def test_counterparts_meetings_between_and_country_partners_count_once(pair_store, event):
    counts = {
        r["counterpart"]: r["meetings"] for r in ask(pair_store, "counterparts", {"person": BIDEN}).records()
    }
    assert counts == {PUTIN: "1", SULLIVAN: "1"}
    between = ask(pair_store, "meetings-between", {"a": BIDEN, "b": PUTIN}).records()
    assert [(r["meeting"], r["total"], r["accounts"]) for r in between] == [(event, "1", "2")]
    partners = ask(pair_store, "country-partners", {"country": "US"}).records()
    assert [(r["partner"], r["meetings"]) for r in partners] == [(RU, "1")]
    modes = ask(pair_store, "meeting-modes", {"person": PUTIN}).records()
    assert modes == [{"period": "2021-12", "in_person": "0", "phone": "0", "video": "0", "meetings": "1"}]


def test_topics_of_the_event_are_the_union_of_its_accounts_each_attributed(pair_store, event):
    rows = {r["tagged"]: r for r in ask(pair_store, "meetings-on-topic", {"topic": "military"}).records()}
    assert set(rows) == {"military"} and rows["military"]["meeting"] == event
    assert sorted(rows["military"]["according_to"].split("; ")) == [
        "President of Russia (kremlin.ru)",
        "The White House",
    ]
    cyber = ask(pair_store, "meetings-on-topic", {"topic": "cyber"}).records()
    assert [(r["meeting"], r["according_to"]) for r in cyber] == [(event, "The White House")]


def test_networks_and_timelines_count_the_event_once(pair_store, event):
    people = people_network(pair_store)
    assert people.edges[BIDEN, PUTIN]["weight"] == 1
    assert people.edges[BIDEN, PUTIN]["meetings"] == [event]
    assert people.edges[PUTIN, SULLIVAN]["meetings"] == [event]
    assert country_network(pair_store).edges[US, RU]["weight"] == 1
    meetings = [n for n, d in meeting_graph(pair_store).nodes(data=True) if d["kind"] == "meeting"]
    assert meetings == [event]
    (row,) = timeline(pair_store, PUTIN)
    assert row["meeting"] == event and row["accounts"] == "2" and row["mode"] == "InPerson/Video"
    # the Kremlin's "Joseph Biden" and the White House's "Joseph R. Biden, Jr." are one person
    assert set(row["with"].split("; ")) == {"Joseph R. Biden, Jr.", "Jake Sullivan"}


def test_explorer_has_one_event_node_with_both_accounts_side_by_side(pair_store, event):
    graph = load_view(pair_store)
    meetings = [n for n in graph.nodes.values() if n.kind == "meeting"]
    assert [n.id for n in meetings] == [event]
    a = meetings[0].attrs
    assert a["reports"] == 2 and meetings[0].label == "Meeting: Sullivan – Biden +1, 2021-12-07 · 2 sources"
    assert a["modes"] == ["in_person", "video"] and a["mode"] == ""
    by_publisher = {acc["publisher"]: acc for acc in a["accounts"]}
    assert set(by_publisher) == {"The White House", "President of Russia (kremlin.ru)"}
    wh, kremlin = by_publisher["The White House"], by_publisher["President of Russia (kremlin.ru)"]
    assert (wh["mode"], kremlin["mode"]) == ("video", "in_person")
    assert any("Biden" in n for n in kremlin["participants"]) and "Joseph R. Biden, Jr." in wh["participants"]
    assert wh["topics"] == ["cyber", "military"] and kremlin["topics"] == ["military", "territory"]
    assert kremlin["frameworks"] == ["Minsk agreements"] and wh["frameworks"] == []
    assert kremlin["url"] == KREMLIN_URL and IMG in kremlin["evidence"][0]["sentence"]
    # the event links to everything any account names; people and entity counts see one meeting
    assert {"Jake Sullivan", "Cyber", "Territory"} <= {*a["participants"], *a["topics"]}
    assert graph.nodes[PUTIN].attrs["meetings"] == 1
    people = load_view(pair_store, ViewOptions(view="people"))
    assert {(e.source, e.target): e.weight for e in people.edges}[(BIDEN, PUTIN)] == 1
    assert {e.weight for e in people.edges} == {1}
    # the page marks it and adds a legend entry
    data = page_data(graph, "pair")
    (node,) = [n for n in data["nodes"] if n["id"] == event]
    assert node["borderWidth"] > 1 and node["reports"] == 2
    assert [(m["name"], m["count"]) for m in data["marks"]] == [("reported by 2 sources", 1)]


def _meetings(store, opt: ViewOptions) -> list[str]:
    return [n.id for n in load_view(store, opt).nodes.values() if n.kind == "meeting"]


def test_filters_keep_the_event_when_any_account_matches(pair_store, event):
    for opt in (
        ViewOptions(mode="video"),
        ViewOptions(mode="in_person"),
        ViewOptions(topic="territory"),
        ViewOptions(since="2021-12-07", until="2021-12-07"),
    ):
        assert _meetings(pair_store, opt) == [event], opt
    assert _meetings(pair_store, ViewOptions(mode="phone")) == []


def test_unfolded_view_shows_the_accounts_linked_to_their_event(pair_store, event):
    graph = load_view(pair_store, ViewOptions(fold=False))
    assert len([n for n in graph.nodes.values() if n.kind == "meeting"]) == 3
    assert sorted(e.relation for e in graph.edges if e.source == event and e.relation == "account") == [
        "account",
        "account",
    ]


def test_the_real_biden_putin_video_call_counts_once(tmp_path):
    """The White House readout and the Kremlin row of 7 December 2021, ingested from the corpus."""
    import test_reconcile as rec

    if not rec.CSV_FILES["kremlin"].exists() or not rec.WH.is_dir():
        pytest.skip(f"the shared corpus is not at {rec.CORPUS}")
    from kg.ingest import ingest

    store = EmbeddedStore(tmp_path / "store")
    kremlin = rec._write_rows(tmp_path / "kremlin", "kremlin", {rec.DEC7_KREMLIN})
    assert ingest([rec.WH / rec.DEC7_WH, kremlin], store, workers=1).ok
    try:
        (ev,) = cross_reported_events(store)
        rows = [r for r in ask(store, "who-met", {"person": BIDEN}).records() if r["counterpart"] == PUTIN]
        assert [(r["meeting"], r["accounts"]) for r in rows] == [(ev.iri, "2")]
        assert people_network(store).edges[BIDEN, PUTIN]["weight"] == 1
        stats = store_stats(store)
        assert (stats.meetings, stats.cross_reported, stats.folded) == (1, 1, 2)
        meetings = [n for n in load_view(store).nodes.values() if n.kind == "meeting"]
        assert [n.id for n in meetings] == [ev.iri] and len(meetings[0].attrs["accounts"]) == 2
        assert {a["url"] for a in meetings[0].attrs["accounts"]} == {
            rec.POSITIVE[1]["whitehouse"],
            rec.DEC7_KREMLIN,
        }
    finally:
        store.close()
