"""Editions of events by the days of their meetings (kg.reconcile.editions), on invented meetings."""

from __future__ import annotations

from datetime import date

from kg.reconcile.editions import (
    Dated,
    at_dated,
    clusters,
    explains,
    group_editions,
    press_event,
    spellings,
    words,
)
from kg.store import EmbeddedStore, load_reference_data

NATO = "https://w3id.org/dmkg/id/event/nato-summit"
TALKS = "https://w3id.org/dmkg/id/event/harbour-talks-meeting"


def test_a_series_words_must_explain_the_name_not_just_appear_in_it():
    assert not explains(words("Quad Leaders' Summit"), words("Quad Senior Cyber Group meeting"))
    assert not explains(
        words("Consultative Meeting of Central Asia"), words("Nuclear Consultative Group meeting")
    )
    assert explains(words("APEC Leaders' Meeting"), words("Welcome Reception and Dinner for APEC Leaders"))
    assert explains(words("ASEAN-U.S. Summit"), words("10thASEAN-U.S. Summit"))


def test_meetings_a_few_days_apart_are_one_run_months_apart_two():
    days = [date(2022, 3, 1), date(2022, 3, 3), date(2022, 6, 1)]
    assert clusters(days) == [(date(2022, 3, 1), date(2022, 3, 3)), (date(2022, 6, 1), date(2022, 6, 1))]


def test_a_dated_edition_holds_its_days_not_a_meeting_in_another_country_on_its_eve():
    summit = Dated(NATO + "-2031", date(2031, 7, 10), date(2031, 7, 11), "place/oslo")
    country = {"place/oslo": "country/no", "place/paris": "country/fr"}
    assert at_dated([summit], date(2031, 7, 11), None, country) == summit
    assert at_dated([summit], date(2031, 7, 8), "place/paris", country) is None
    assert at_dated([summit], date(2031, 6, 10), None, country) is None


def test_meetings_weeks_ahead_of_a_dated_edition_are_at_no_edition():
    summit = Dated(NATO + "-2031", date(2031, 7, 10), date(2031, 7, 11), "")
    groups, minted = group_editions(
        NATO, [(date(2031, 6, 12), None, NATO)], [summit], {}, series=True, label="NATO Summit"
    )
    assert [g.iri for g in groups] == [None] and minted == {}


def test_an_undated_series_gets_one_edition_per_run_of_days_labelled_by_month():
    meetings = [
        (date(2031, 3, 5), None, NATO),
        (date(2031, 3, 6), None, NATO),
        (date(2031, 9, 1), None, NATO),
    ]
    groups, minted = group_editions(NATO, meetings, [], {}, series=True, label="NATO Summit")
    assert len(groups) == 2 and len({g.iri for g in groups}) == 2
    assert sorted(label for _, _, label in minted.values()) == [
        "NATO Summit of March 2031",
        "NATO Summit of September 2031",
    ]


def test_an_event_of_no_series_held_months_apart_is_one_node_per_meeting_run():
    meetings = [(date(2031, 3, 5), None, TALKS), (date(2032, 5, 1), None, TALKS)]
    groups, minted = group_editions(TALKS, meetings, [], {}, series=False, label="Harbour Talks meeting")
    assert len({g.iri for g in groups}) == 2
    assert all(of == TALKS for of, _, _ in minted.values())
    one, none = group_editions(TALKS, meetings[:1], [], {}, series=False, label="Harbour Talks meeting")
    assert [g.iri for g in one] == [TALKS] and none == {}


def test_two_names_of_one_gathering_on_its_day_are_one_event_not_on_days_apart():
    names = {
        "a": "Summit of the Leaders of Ruritania and the Northern Lakes Council",
        "b": "Summit of Ruritania and the Northern Lakes Council and Elbonia",
        "c": "Northern Lakes Council Summit",
    }
    days = {"a": [date(2031, 7, 16)] * 2, "b": [date(2031, 7, 16)], "c": [date(2031, 11, 2)]}
    assert spellings(names, days) == {"b": "a"}


def test_a_press_conference_or_briefing_is_no_event():
    assert press_event("Joint Press Conference") and press_event("the press briefing")
    assert not press_event("Munich Security Conference")


def test_a_meeting_ahead_of_a_summit_the_reference_dates_is_not_at_it(tmp_path):
    """The reference dates the 2023 NATO summit (Vilnius, July): a meeting in June "to discuss the
    upcoming summit" is at no edition, one on its days is at it."""
    from kg.reconcile.entities import edition, resolve

    june, july = date(2023, 6, 12), date(2023, 7, 11)
    store = EmbeddedStore(tmp_path / "s")
    try:
        load_reference_data(store)
        res = resolve(store, {"sidelinesOf": {NATO}}, [(june, None, NATO), (july, None, NATO)])
    finally:
        store.close()
    assert edition(res, NATO, june, None) is None
    assert edition(res, NATO, july, None) == NATO + "-2023"


def test_a_phone_call_about_a_summit_is_held_at_no_event():
    """A call ahead of a summit the releases tie to it ("spoke by phone ahead of the summit"): the
    summit is its subject; a meeting in person there is at it."""
    from dataclasses import replace

    from kg.reconcile.entities import Resolution
    from kg.reconcile.write import meeting_quads
    from tests.test_reconcile_pairs import BIDEN, MACRON, account

    summit = "https://example.org/event/harbour-summit"
    call = account(
        1, "The White House", "2031-05-02", "Phone", {BIDEN, MACRON}, facts={"sidelinesOf": (summit,)}
    )
    talks = replace(call, mode="InPerson")

    def event_of(a) -> set[str]:
        a = replace(a, meeting="https://example.org/m1", release="https://example.org/r1")
        quads, _ = meeting_quads([a], "https://w3id.org/dmkg/id/reconciled/x", Resolution())
        return {q.object.value for q in quads if q.predicate.value.endswith("#sidelinesOf")}

    assert event_of(call) == set()
    assert event_of(talks) == {summit}


def test_an_acronym_and_its_expansion_are_both_the_series_words():
    from kg.reconcile.editions import best_series

    sigs = {"sco": [words("Shanghai Cooperation Organization Summit"), words("SCO Summit")]}
    assert (
        best_series(sigs, "meeting of the Shanghai Cooperation Organization and SCO Plus", {"shanghai"})
        == "sco"
    )
    assert best_series(sigs, "SCO Senior Cyber Working Group meeting", set()) is None
