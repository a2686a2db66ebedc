"""Named questions and name resolution: the answers a user checks, on the embedded and a remote
store, through Python and `kg ask`; hostile names are names, and leave the store unchanged."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.queries import ask, bind_arguments, get_question, questions
from kg.resolve import ResolveError, normalize, resolve

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DMR = "https://w3id.org/dmkg/id/"
HOSTILE = 'x" } ; DROP ALL ; #'


def close_quietly(store) -> None:
    try:
        store.close()
    except (AttributeError, RuntimeError, OSError):  # already closed, or read-only (no flush)
        pass


def test_every_question_is_documented():
    qs = questions()
    assert {
        "who-met",
        "meetings-between",
        "counterparts",
        "meetings-on-topic",
        "meetings-referencing",
        "meetings-at-event",
        "country-partners",
        "meeting-modes",
    } <= set(qs)
    for q in qs.values():
        assert q.summary and q.summary != q.name
        assert q.params and all(p.doc for p in q.params), q.name


def test_who_met_tokayev(any_store):
    names = ask(any_store, "who-met", {"person": "Tokayev"}).column("name")
    assert names == [
        "Alexander Schallenberg",
        "Hans Kluge",
        "Tedros Adhanom Ghebreyesus",
        "Recep Tayyip Erdoğan",
        "Vladimir Putin",
        "Xi Jinping",
        "Vladimir Putin",
    ]


def test_who_met_between_dates(any_store):
    result = ask(any_store, "who-met", {"person": "tokayev", "since": "2023-10-01", "until": "2023-10-31"})
    assert result.column("name") == ["Hans Kluge", "Tedros Adhanom Ghebreyesus"]
    assert result.column("date") == ["2023-10-27", "2023-10-28"]


def test_meetings_between_two_people_with_first_and_last(any_store):
    result = ask(any_store, "meetings-between", {"a": "Putin", "b": "Kassym-Jomart Tokayev"})
    assert result.column("date") == ["2024-02-10", "2024-07-03"]
    assert set(result.column("first")) == {"2024-02-10"}
    assert set(result.column("last")) == {"2024-07-03"}
    assert set(result.column("total")) == {"2"}


def test_meetings_between_two_countries(any_store):
    assert ask(any_store, "meetings-between", {"a": "Kazakhstan", "b": "China"}).column("date") == [
        "2024-07-02"
    ]


def test_counterparts_ranked(any_store):
    result = ask(any_store, "counterparts", {"person": "Vladimir Putin"})
    assert result.column("name") == ["Kassym-Jomart Tokayev", "Alexander Lukashenko", "Xi Jinping"]
    assert result.column("meetings") == ["2", "1", "1"]


def test_meetings_on_a_topic_include_narrower_topics(any_store):
    result = ask(any_store, "meetings-on-topic", {"topic": "health"})
    assert result.column("date") == ["2023-10-27", "2023-10-28"]
    assert result.column("tagged") == ["health", "primary_health_care"]


def test_meetings_referencing_a_framework_by_acronym(any_store):
    assert ask(any_store, "meetings-referencing", {"framework": "SCO"}).column("date") == [
        "2024-07-02",
        "2024-07-03",
    ]


def test_meetings_at_an_event(any_store):
    result = ask(
        any_store, "meetings-at-event", {"event": "astana international conference on primary health care"}
    )
    assert result.column("date") == ["2023-10-27", "2023-10-28"]


def test_country_partners_in_a_year(any_store):
    result = ask(any_store, "country-partners", {"country": "KZ", "year": "2024"})
    assert list(zip(result.column("name"), result.column("meetings"), strict=False)) == [
        ("Russia", "2"),
        ("China", "1"),
    ]
    all_years = ask(any_store, "country-partners", {"country": "Kazakhstan"}).column("partner")
    # the states of its meetings only: the WHO's Kluge and Tedros do not bring Belgium or Ethiopia
    assert sorted(p.rsplit("/", 1)[-1] for p in all_years) == ["AT", "CN", "RU", "TR"]


def test_phone_versus_in_person_by_year_and_month(any_store):
    by_year = ask(any_store, "meeting-modes", {"person": "Tokayev", "by": "year"}).records()
    assert by_year == [
        {"period": "2023", "in_person": "3", "phone": "0", "video": "1", "meetings": "4"},
        {"period": "2024", "in_person": "2", "phone": "1", "video": "0", "meetings": "3"},
    ]
    by_month = ask(any_store, "meeting-modes", {"person": "Tokayev"}).column("period")
    assert by_month == ["2023-03", "2023-10", "2023-11", "2024-02", "2024-07"]


# --- name resolution ---------------------------------------------------------------------------------


def test_normalize_ignores_case_accents_and_punctuation():
    assert normalize("  Recep Tayyip ERDOĞAN ") == "recep tayyip erdogan"
    assert normalize("Kassym-Jomart") == "kassym jomart"


def test_names_resolve_by_label_alias_surname_and_accents(sample_store):
    assert resolve(sample_store, "Tedros", ["person"]) == DMR + "person/tedros-adhanom-ghebreyesus"
    assert resolve(sample_store, "erdogan", ["person"]) == DMR + "person/recep-tayyip-erdogan"
    assert resolve(sample_store, "WHO", ["organization"]) == DMR + "organization/who"
    assert resolve(sample_store, "turkiye", ["country"]) == DMR + "country/TR"


def test_an_ambiguous_name_lists_the_candidates(sample_store):
    with pytest.raises(ResolveError) as err:
        resolve(sample_store, "Alexander", ["person"])
    assert "ambiguous" in str(err.value)
    assert {label for label, _ in err.value.candidates} == {"Alexander Lukashenko", "Alexander Schallenberg"}


def test_an_unknown_name_suggests_close_ones(sample_store):
    with pytest.raises(ResolveError) as err:
        resolve(sample_store, "Tokayv", ["person"])
    assert "no person called 'Tokayv'" in str(err.value)
    assert "Kassym-Jomart Tokayev" in str(err.value)


def test_positional_and_named_arguments():
    q = get_question("who-met")
    assert bind_arguments(q, ["Tokayev"], {"since": "2023-01-01"}) == {
        "person": "Tokayev",
        "since": "2023-01-01",
    }
    assert bind_arguments(q, ["Tokayev", "2023-01-01"]) == {"person": "Tokayev", "since": "2023-01-01"}


# --- the CLI, and hostile names on every command that takes one ---------------------------------------


def _run(store_location: str, *args: str):
    return CliRunner().invoke(main, ["--store", store_location, *args], catch_exceptions=False)


def test_kg_ask_positional_convenience(sample_store):
    loc = sample_store.location
    close_quietly(sample_store)
    out = _run(loc, "ask", "who-met", "Tokayev", "--since", "2024-01-01", "--format", "csv")
    assert out.exit_code == 0, out.output
    assert [line.split(",")[1] for line in out.output.splitlines()[1:]] == [
        "Vladimir Putin",
        "Xi Jinping",
        "Vladimir Putin",
    ]
    listing = _run(loc, "ask", "--list")
    assert all(name in listing.output for name in questions())
    ambiguous = _run(loc, "ask", "who-met", "Alexander")
    assert ambiguous.exit_code == 1 and "Alexander Lukashenko" in ambiguous.output


NAME_COMMANDS = [
    ["ask", "who-met", HOSTILE],
    ["ask", "meetings-between", HOSTILE, "Tokayev"],
    ["ask", "counterparts", HOSTILE],
    ["ask", "meetings-on-topic", HOSTILE],
    ["ask", "meetings-referencing", HOSTILE],
    ["ask", "meetings-at-event", HOSTILE],
    ["ask", "country-partners", HOSTILE],
    ["ask", "meeting-modes", HOSTILE],
    ["graph", "path", HOSTILE, "Tedros"],
    ["graph", "ego", HOSTILE],
    ["graph", "centrality", "--topic", HOSTILE],
    ["graph", "communities", "--framework", HOSTILE],
    ["timeline", HOSTILE],
    ["timeline", "Tokayev", "--topic", HOSTILE],
]


@pytest.mark.parametrize("args", NAME_COMMANDS, ids=lambda a: " ".join(a[:2]))
def test_a_hostile_name_is_just_not_found_and_changes_nothing(sample_store, args):
    loc = sample_store.location
    before = len(sample_store)
    close_quietly(sample_store)
    out = _run(loc, *args)
    assert out.exit_code == 1
    assert "called 'x\" } ; DROP ALL ; #'" in out.output
    from kg.store import EmbeddedStore

    after = EmbeddedStore(loc, read_only=True)
    assert len(after) == before
    close_quietly(after)


# --- the sample releases and the real corpus ------------------------------------------------------------


def _ingested(tmp_path, paths):
    from kg.ingest import ingest
    from kg.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    ingest(paths, store, workers=1)
    return store


def test_who_met_tokayev_in_the_real_akorda_release(tmp_path):
    corpus = SHARED / "corpus" / "akorda"
    if not corpus.is_dir():
        pytest.skip("the shared corpus (../shared/corpus/akorda) is not present")
    store = _ingested(tmp_path, [corpus])
    names = {n.lower() for n in ask(store, "who-met", {"person": "Tokayev"}).column("name") if n}
    assert any("tedros" in n for n in names), names
    assert any("kluge" in n for n in names), names
    from kg.analytics import people_network, shortest_paths

    g = people_network(store)
    kluge, tedros = resolve(store, "Kluge", ["person"]), resolve(store, "Tedros", ["person"])
    paths = shortest_paths(g, kluge, tedros)
    assert paths, "Kluge and Tedros should be linked"
    meetings = {m for hop in paths[0] for m in hop.meetings}
    who_met = set(ask(store, "who-met", {"person": "Tokayev"}).column("meeting"))
    assert meetings & who_met
    close_quietly(store)


def test_named_questions_answer_on_the_sample_releases(tmp_path):
    """The network data/README.md describes: Tokayev's counterparts, Mirziyoyev three times."""
    data = REPO / "data"
    if not (data / "README.md").exists():
        pytest.skip("no sample releases in data/")
    store = _ingested(tmp_path, [data])
    result = ask(store, "counterparts", {"person": "Tokayev"})
    counts = dict(zip(result.column("name"), result.column("meetings"), strict=True))
    expected = {
        "Recep Tayyip Erdoğan",
        "António Guterres",
        "Shavkat Mirziyoyev",
        "Sadyr Japarov",
        "Tedros Adhanom Ghebreyesus",
        "Ilham Aliyev",
        "Vladimir Putin",
    }
    assert expected <= set(counts), expected - set(counts)
    assert counts["Shavkat Mirziyoyev"] == "3"
    from kg.analytics import people_network, shortest_paths

    g = people_network(store)
    mirziyoyev, tedros = resolve(store, "Mirziyoyev", ["person"]), resolve(store, "Tedros", ["person"])
    hops = shortest_paths(g, mirziyoyev, tedros)[0]
    assert hops[0].target == resolve(store, "Tokayev", ["person"]) and len(hops) == 2
    close_quietly(store)


# Each question that takes a period, with the other arguments it needs on the sample releases, and the
# column that gives a row's day (meeting-modes gives a month, country-partners none: its rows count).
PERIOD_QUESTIONS = {
    "who-met": ({"person": "Tokayev"}, "date"),
    "counterparts": ({"person": "Tokayev"}, "first"),
    "meetings-between": ({"a": "Kazakhstan", "b": "Russia"}, "date"),
    "meetings-on-topic": ({"topic": "economic"}, "date"),
    "meetings-referencing": ({"framework": "SCO"}, "date"),
    "meetings-at-event": ({"event": "SCO Summit 2024"}, "date"),
    "meeting-modes": ({"person": "Tokayev", "by": "month"}, "period"),
    "country-partners": ({"country": "Kazakhstan"}, None),
}


@pytest.mark.parametrize("name", sorted(PERIOD_QUESTIONS))
def test_the_period_of_every_question_filters_its_rows(sample_store, name):
    """`since` and `until` keep exactly the meetings of the period (each question, on its own)."""
    assert {"since", "until"} <= {p.name for p in get_question(name).params}
    args, column = PERIOD_QUESTIONS[name]
    everything = ask(sample_store, name, args).records()
    assert everything, name
    days = sorted(r[column] for r in everything) if column else []
    july = name in ("meetings-at-event", "meetings-referencing")  # their meetings are all in July 2024
    since, until = ("2024-07-03", "2024-07-03") if july else ("2023-11-01", "2024-05-31")
    inside = ask(sample_store, name, {**args, "since": since, "until": until}).records()
    if column:
        assert inside and len(inside) < len(everything), (name, days)
        assert all(since[: len(r[column])] <= r[column] <= until[: len(r[column])] for r in inside), inside
    else:  # country partners: fewer meetings counted in the period
        total = {r["partner"]: int(r["meetings"]) for r in everything}
        part = {r["partner"]: int(r["meetings"]) for r in inside}
        assert part and sum(part.values()) < sum(total.values())
