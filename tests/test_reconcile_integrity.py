"""The reconciled graph as a researcher counts it: one event per real meeting, the same in every run.

- the side-by-side view names an event's states by their ISO codes (not by whichever of a code and a
  label sorts first);
- the reconciled and entities graphs do not depend on the hash seed: the same releases reconciled in
  two processes with different `PYTHONHASHSEED`s give the same quads.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import replace
from datetime import date
from pathlib import Path

from kg.model import Document, Entity, Evidence, Extraction, Meeting, Statement
from kg.namespaces import release_iri, slug
from kg.queries import ask
from kg.query import run_query
from kg.rdf import extraction_to_quads
from kg.reconcile import cross_reported_events, reconcile
from kg.store import EmbeddedStore, load_reference_data
from tests.helpers import UKRAINE, WHITE_HOUSE, publisher_release, reconciled_store
from tests.test_cross_reported_counts import cross_reported_pair

REPO = Path(__file__).resolve().parents[1]


def test_the_side_by_side_view_names_an_events_states_by_their_codes(tmp_path):
    """Croatia's label sorts before its code (HR): the view still gives the code."""
    extractions = cross_reported_pair()
    for ex in extractions:
        ex.meetings[0].countries.append(Entity("country", "HR", "Croatia", props={"iso": "HR"}))
    store = EmbeddedStore(tmp_path / "s")
    try:
        load_reference_data(store)
        store.write_releases(
            [(str(release_iri(ex.document.key)), extraction_to_quads(ex)) for ex in extractions]
        )
        reconcile(store)
        (event,) = cross_reported_events(store)
        assert event.countries == ["HR", "RU", "US"]
    finally:
        store.close()


# Releases of the reconciliation tests (group calls, summits, officials named by office, spouses, mentions
# in passing), reconciled in a fresh process; prints every quad of the store, sorted.
_DUMP = """
import sys
from pathlib import Path
from kg.model import Document
import tests.test_reconcile_sealed_kinds as sealed, tests.test_reconcile_unseen_kinds as unseen
from tests.helpers import reconciled_store
docs = {d.key: d for m in (unseen, sealed) for d in vars(m).values() if isinstance(d, Document)}
store = reconciled_store(Path(sys.argv[1]), [docs[k] for k in sorted(docs)])
sys.stdout.write("\\n".join(sorted(str(q) for q in store.quads())))
store.close()
"""


def _reconciled_in_a_process(store: Path, seed: str) -> list[str]:
    env = {**os.environ, "PYTHONHASHSEED": seed, "PYTHONPATH": str(REPO)}
    out = subprocess.run(
        [sys.executable, "-c", _DUMP, str(store)],
        cwd=REPO,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.splitlines()


def test_the_reconciled_graph_does_not_depend_on_the_hash_seed(tmp_path):
    first = _reconciled_in_a_process(tmp_path / "a", "1")
    second = _reconciled_in_a_process(tmp_path / "b", "2")
    reconciled = [q for q in first if "graph/reconciled>" in q]
    entities = [q for q in first if "graph/entities>" in q]
    assert len(reconciled) > 100 and entities  # several events were reconciled
    assert "DistinctMeeting" in "".join(reconciled)
    assert first == second, sorted(set(first) ^ set(second))[:20]


STOLTENBERG_TALKS = publisher_release(
    UKRAINE,
    "ua-nato-talks",
    "2021-12-16",
    "Volodymyr Zelenskyy held a meeting with Jens Stoltenberg in Brussels",
    "President of Ukraine Volodymyr Zelenskyy held a meeting with NATO Secretary General Jens Stoltenberg in "
    "Brussels. The interlocutors discussed the security situation and cooperation between Ukraine and NATO.",
)
# the same meeting, its release titled by what was said about a third state none of whose people took part
STOLTENBERG_SUBJECT = publisher_release(
    UKRAINE,
    "ua-nato-russia",
    "2021-12-16",
    "An escalation by Russia would meet a united response of the Alliance - Volodymyr Zelenskyy",
    "In Brussels, President of Ukraine Volodymyr Zelenskyy met with NATO Secretary General Jens Stoltenberg. "
    "An escalation by Russia would meet a united response of the Alliance, the Head of State said after the "
    "meeting.",
)


def _events_of(tmp_path: Path, docs: list[Document]) -> list[list[str]]:
    """The releases (their keys) of each counted meeting, in a fixed order."""
    store = reconciled_store(tmp_path / "store", docs)
    try:
        rows = run_query(
            store,
            """SELECT ?e ?url WHERE { GRAPH dmr:graph\\/reconciled { ?e a dmo:DistinctMeeting ;
                 dmo:reportedBy ?rel } ?rel schema:url ?url }""",
        ).records()
    finally:
        store.close()
    events: dict[str, list[str]] = {}
    for r in rows:
        events.setdefault(r["e"] or "", []).append((r["url"] or "").rsplit("/", 1)[-1])
    return sorted(sorted(v) for v in events.values())


def test_a_title_naming_a_state_only_spoken_of_does_not_split_talks_with_an_official_of_another(tmp_path):
    """A state the title names none of whose people take part is what was discussed, not a side, when
    someone of another state or body does take part: both releases are one meeting."""
    events = _events_of(tmp_path, [STOLTENBERG_TALKS, STOLTENBERG_SUBJECT])
    assert len(events) == 1, events


def test_talks_with_the_same_official_another_day_stay_apart(tmp_path):
    later = publisher_release(
        UKRAINE, "ua-nato-later", "2021-12-18", STOLTENBERG_SUBJECT.title, STOLTENBERG_SUBJECT.text
    )
    assert len(_events_of(tmp_path, [STOLTENBERG_TALKS, later])) == 2


def _meeting_of(key: str, day: str, people: list[tuple[str, str]]) -> Extraction:
    """A release's held meeting of these (name, ISO code) people, as extraction would give it."""
    text = "The two met in the capital. They discussed trade."
    doc = Document("akorda", f"{key}.txt", f"Title {key}", text, date.fromisoformat(day), publisher="Test")
    found = [Entity("person", slug(name), name, props={"country": iso}) for name, iso in people]
    ev = Evidence(text[:27], 0, 27)
    meeting = Meeting(
        status="held",
        date=date.fromisoformat(day),
        mode="in_person",
        participants=found,
        countries=[Entity("country", iso, iso, props={"iso": iso}) for iso in sorted({i for _, i in people})],
        evidence=[Statement("participant", p, ev) for p in found],
    )
    return Extraction(document=doc, meetings=[meeting], extractor="kg.test.v1")


def _counted_people(tmp_path: Path, extractions: list[Extraction]) -> list[str]:
    store = EmbeddedStore(tmp_path / "people")
    try:
        load_reference_data(store)
        store.write_releases(
            [(str(release_iri(ex.document.key)), extraction_to_quads(ex)) for ex in extractions]
        )
        reconcile(store)
        rows = run_query(
            store,
            """SELECT DISTINCT ?label WHERE {
                 ?m a dmo:DistinctMeeting ; dmo:participant ?p . ?p rdfs:label ?label }""",
        ).records()
    finally:
        store.close()
    return sorted(r["label"] or "" for r in rows)


def test_a_patronymic_name_without_its_family_name_is_the_person_of_the_full_name(tmp_path):
    host = ("Aldan Serikov", "KZ")
    people = _counted_people(
        tmp_path,
        [
            _meeting_of("a", "2023-03-01", [host, ("Faisal bin Nasser", "AE")]),
            _meeting_of("b", "2023-05-02", [host, ("Faisal bin Nasser Al Qasimi", "AE")]),
            _meeting_of("c", "2023-07-03", [host, ("Omar bin Nasser", "AE")]),  # a brother: another person
        ],
    )
    assert people == ["Aldan Serikov", "Faisal bin Nasser Al Qasimi", "Omar bin Nasser"]


def test_two_transliterations_or_a_short_form_of_a_given_name_are_one_person(tmp_path):
    host = ("Aldan Serikov", "KZ")
    people = _counted_people(
        tmp_path,
        [
            _meeting_of("a", "2023-03-01", [host, ("Yuriy Petrenko", "RU")]),
            _meeting_of("b", "2023-05-02", [host, ("Yury Petrenko", "RU")]),
            _meeting_of("c", "2023-07-03", [host, ("Benny Adler", "IL")]),
            _meeting_of("d", "2023-09-04", [host, ("Benjamin Adler", "IL")]),
            _meeting_of("e", "2023-10-05", [host, ("Ivan Petrenko", "RU")]),  # another given name
        ],
    )
    assert people == ["Aldan Serikov", "Benjamin Adler", "Ivan Petrenko", "Yuriy Petrenko"]


def test_a_given_name_in_another_language_or_without_its_first_part_is_one_person(tmp_path):
    host = ("Aldan Serikov", "KZ")
    people = _counted_people(
        tmp_path,
        [
            _meeting_of("a", "2023-03-01", [host, ("Juan Ortega", "BZ")]),
            _meeting_of("b", "2023-05-02", [host, ("John Ortega", "BZ")]),
            _meeting_of("c", "2023-07-03", [host, ("Luz Marina Ortiz", "MX")]),
            _meeting_of("d", "2023-09-04", [host, ("Marina Ortiz", "MX")]),
            _meeting_of("e", "2023-10-05", [host, ("Marina Ortiz", "CO")]),  # another state: another person
        ],
    )
    assert people == ["Aldan Serikov", "John Ortega", "Luz Marina Ortiz", "Marina Ortiz"]


PACIFIC_TITLE = (
    "Remarks by President Biden and Vice President Harris During Meeting with Leaders of "
    "Pacific Island Nations"
)
PACIFIC_TEXT = """State Dining Room

2:10 P.M. EDT

THE PRESIDENT: Well, good afternoon. It is an honor to welcome the leaders of the Pacific Island nations to
the White House today. We are going to talk about climate and about the fisheries that sustain your economies.

THE VICE PRESIDENT: Thank you, Mr. President. I look forward to our discussion.

END 2:25 P.M. EDT"""


def test_a_release_posted_twice_is_one_meeting(tmp_path):
    """The same transcript posted twice the same day ("…-2"), its meeting naming no counterpart state."""
    again = publisher_release(
        WHITE_HOUSE, "remarks-2", "2022-09-29", PACIFIC_TITLE, PACIFIC_TEXT.replace("2:25", "2:26")
    )  # a corrected time
    assert _events_of(
        tmp_path,
        [publisher_release(WHITE_HOUSE, "remarks", "2022-09-29", PACIFIC_TITLE, PACIFIC_TEXT), again],
    ) == [["remarks", "remarks-2"]]


def test_releases_of_one_title_on_two_days_stay_two_meetings(tmp_path):
    assert (
        len(
            _events_of(
                tmp_path,
                [
                    publisher_release(WHITE_HOUSE, "remarks", "2022-09-29", PACIFIC_TITLE, PACIFIC_TEXT),
                    publisher_release(WHITE_HOUSE, "remarks-2", "2022-09-30", PACIFIC_TITLE, PACIFIC_TEXT),
                ],
            )
        )
        == 2
    )


def test_a_meeting_at_a_summit_told_without_its_place_is_at_the_edition_of_that_year_nearest_its_day(
    tmp_path,
):
    """Two editions of the G7 summit in 2022 (the extraordinary one of March, the June one): a
    meeting at "the G7 summit" is at the one held when it took place."""
    from kg.reconcile.entities import edition, resolve

    g7 = "https://w3id.org/dmkg/id/event/g7-summit"
    march, june = date(2022, 3, 24), date(2022, 6, 27)
    store = EmbeddedStore(tmp_path / "s")
    try:
        load_reference_data(store)
        res = resolve(store, {"sidelinesOf": {g7}}, [(march, None, g7), (june, None, g7)])
    finally:
        store.close()
    assert edition(res, g7, march, None) == g7 + "-2022-03"
    assert edition(res, g7, june, None) == g7 + "-2022"


def test_the_side_by_side_view_gives_what_one_release_says_of_an_event_once(tmp_path):
    """A briefing mentioning one call twice (two accounts of one release in the event) and the
    readout: one row per release."""
    readout, briefing = cross_reported_pair()
    briefing.meetings[0].mentioned = True
    briefing.meetings[0].mode = "video"
    briefing.meetings.append(replace(briefing.meetings[0]))
    briefing.document = replace(briefing.document, publisher="The White House", title="Press Briefing")
    store = EmbeddedStore(tmp_path / "s")
    try:
        load_reference_data(store)
        store.write_releases(
            [(str(release_iri(ex.document.key)), extraction_to_quads(ex)) for ex in (readout, briefing)]
        )
        reconcile(store)
        (event,) = cross_reported_events(store)
        assert len(event.accounts) == 3  # the readout's, and the briefing's two mentions
        rows = ask(store, "accounts-side-by-side").records()
    finally:
        store.close()
    assert sorted(r["url"] for r in rows) == sorted([readout.document.url, briefing.document.url])


def test_a_family_name_with_or_without_its_hyphen_and_a_longer_lineage_are_one_person(tmp_path):
    """ "Khalid bin Salman bin Abdulaziz Al-Saud" and "Khalid bin Salman Al Saud" are one person; a
    cousin of the same first name and another father is not."""
    host = ("Aldan Serikov", "KZ")
    people = _counted_people(
        tmp_path,
        [
            _meeting_of("a", "2023-03-01", [host, ("Faisal bin Nasser bin Rashid Al-Qasimi", "AE")]),
            _meeting_of("b", "2023-05-02", [host, ("Faisal bin Nasser Al Qasimi", "AE")]),
            _meeting_of("c", "2023-07-03", [host, ("Faisal bin Omar Al Qasimi", "AE")]),  # a cousin
            _meeting_of("d", "2023-09-04", [host, ("Hamad bin Jaber Al-Sabri", "QA")]),
            _meeting_of("e", "2023-10-05", [host, ("Hamad bin Jaber Al Sabri", "QA")]),
        ],
    )
    assert people[:3] == [
        "Aldan Serikov",
        "Faisal bin Nasser bin Rashid Al-Qasimi",
        "Faisal bin Omar Al Qasimi",
    ]
    assert people[3:] in (
        ["Hamad bin Jaber Al Sabri"],
        ["Hamad bin Jaber Al-Sabri"],
    )  # one node, either label


def _distinct_meetings(tmp_path: Path, extractions: list[Extraction]) -> int:
    store = EmbeddedStore(tmp_path / "distinct")
    try:
        load_reference_data(store)
        store.write_releases(
            [(str(release_iri(ex.document.key)), extraction_to_quads(ex)) for ex in extractions]
        )
        reconcile(store)
        rows = run_query(store, "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a dmo:DistinctMeeting }")
        return int(str(rows.records()[0]["n"]))
    finally:
        store.close()


STATE_NAMES = {"KZ": "Kazakhstan", "SE": "Sweden", "NO": "Norway"}


def _titled(ex: Extraction, title: str) -> Extraction:
    return replace(ex, document=replace(ex.document, title=title))


def _preview(key: str, day: str, states: tuple[str, str]) -> Extraction:
    """A background call previewing the day's visit: the states named, nobody ("the Chancellor's visit")."""
    ex = _meeting_of(key, day, [("Anyone", states[0]), ("Someone", states[1])])
    m = replace(ex.meetings[0], status="planned", participants=[], evidence=[])
    names = " and ".join(STATE_NAMES[s] for s in states)
    return _titled(replace(ex, meetings=[m]), f"Background Press Call Previewing the Visit: {names}")


def test_a_preview_naming_nobody_joins_the_meeting_of_its_day_and_states(tmp_path):
    readout = _titled(
        _meeting_of("readout", "2023-03-03", [("Aldan Serikov", "KZ"), ("Otto Lindqvist", "SE")]),
        "Readout of the Meeting between Kazakhstan and Sweden",
    )
    preview = _preview("preview", "2023-03-03", ("KZ", "SE"))
    assert _distinct_meetings(tmp_path / "a", [readout, preview]) == 1
    # another day's, or other states', preview stays apart
    other = _preview("other-day", "2023-03-05", ("KZ", "SE"))
    elsewhere = _preview("other-states", "2023-03-03", ("KZ", "NO"))
    assert _distinct_meetings(tmp_path / "b", [readout, other, elsewhere]) == 3
