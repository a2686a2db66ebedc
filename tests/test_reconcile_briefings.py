"""A daily briefing's account is the day's meetings it tells, one per counterpart state
(kg.reconcile.briefings, issue 17): each joins the readout of its meeting (the publisher's or the other
side's), one briefing feeding two events; a briefing is no duplicate of a meeting reported by a
readout, and stays apart from look-alikes (another day, another counterpart). Accounts written here."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kg.model import Document
from kg.reconcile.briefings import daily_briefing, told_meetings
from tests.test_reconcile import _cross_reported_urls
from tests.test_reconcile_pairs import (
    BIDEN,
    BLINKEN,
    LAVROV,
    MACRON,
    PUTIN,
    SCHOLZ,
    ZELENSKYY,
    account,
    meetings,
)

WH, KREMLIN, UA = "The White House", "President of Russia", "President of Ukraine"
DAILY = "Press Briefing by Press Secretary Ann Fowler, December 7, 2021"
# its lead sentence: "President Biden held a secure video call today with President Putin"
LEAD = frozenset({BIDEN, PUTIN})


def _briefing(people: set[str], mode: str | None = "InPerson", day: str = "2021-12-07"):
    # extraction's one account of the release: the people of every meeting its exchange tells, and a
    # mode read from some sentence of it ("in this meeting today")
    return account(1, WH, day, mode, people, title=DAILY, sides={"US", "RU"})


def test_a_daily_briefing_is_told_by_its_title_naming_no_meeting():
    assert daily_briefing(DAILY)
    assert daily_briefing("Press Gaggle by Press Secretary Ann Fowler En Route Chicago, IL")
    assert daily_briefing(
        "On-the-Record Press Call by NSC Coordinator for Strategic Communications Paul Reddick"
    )
    # a briefing on a meeting is that meeting's account (kg.reconcile.identity matches it as it is)
    assert not daily_briefing(
        "Background Press Call by a Senior Administration Official on the President's Call"
    )
    assert not daily_briefing("Readout of President Biden's Call with President Putin")


def test_a_briefing_telling_two_calls_feeds_both_events():
    briefing = _briefing({BIDEN, PUTIN, MACRON, SCHOLZ})
    putin = account(2, WH, "2021-12-07", "Video", {BIDEN, PUTIN})
    kremlin = account(3, KREMLIN, "2021-12-07", "InPerson", {BIDEN, PUTIN})
    group = account(4, WH, "2021-12-07", "Phone", {BIDEN, MACRON, SCHOLZ})
    told = told_meetings(briefing, LEAD)
    assert sorted(t.told for t in told) == ["DE", "FR", "RU"]
    assert all(t.mentioned and t.mode is None and len(t.sides) == 2 for t in told)
    assert [t.told for t in told if t.recent] == ["RU"]  # the day's news its lead sentence tells
    assert sorted(sorted(g) for g in meetings([*told, putin, kremlin, group])) == [
        ["m1", "m2", "m3"],
        ["m1", "m4"],
    ]
    # read as one account, whose people are of both calls, it joined neither readout: the call's
    # accounts split in two
    assert {"m2", "m3"} not in meetings([briefing, putin, kremlin, group])


def test_a_briefing_s_call_nobody_else_reports_counts_once():
    assert meetings(told_meetings(_briefing({BIDEN, PUTIN}), LEAD)) == [{"m1"}]
    # a leader only the rest of the exchange names (a question about him, a call of the day before)
    # counts only as a part of another release's meeting
    assert meetings(told_meetings(_briefing({BIDEN, MACRON}), LEAD)) == []


def test_a_briefing_stays_apart_from_look_alikes():
    told = told_meetings(_briefing({BIDEN, PUTIN}), LEAD)
    for other in (
        account(2, WH, "2021-12-08", "Phone", {BIDEN, PUTIN}),  # the next day
        account(2, WH, "2021-12-07", "Phone", {BIDEN, ZELENSKYY}),  # another counterpart
        account(2, UA, "2021-12-07", "Phone", {BIDEN, ZELENSKYY}),
        account(2, KREMLIN, "2021-12-07", "Phone", {PUTIN, MACRON}),  # the counterpart's call with another
    ):
        assert sorted(sorted(g) for g in meetings([*told, other])) == [["m1"], ["m2"]], other
    # the mode extraction read of the briefing is no conflict: its call is the readout's meeting
    assert meetings([*told, account(2, WH, "2021-12-07", "Phone", {BIDEN, PUTIN})]) == [{"m1", "m2"}]


def test_other_accounts_and_a_briefing_s_part_in_a_summit_are_left_as_they_are():
    readout = account(2, WH, "2021-12-07", "Video", {BIDEN, PUTIN}, title="Readout of the Call")
    assert told_meetings(readout, LEAD) == [readout]
    at_summit = replace(_briefing({BIDEN, PUTIN}), facts={"sidelinesOf": ("e1",)})
    assert told_meetings(at_summit, LEAD) == [at_summit]
    planned = replace(_briefing({BIDEN, PUTIN}), status="Planned")
    assert told_meetings(planned, LEAD) == [planned]


def test_a_call_of_the_day_before_a_question_is_about_joins_that_day_s_readout():
    # "President Biden spoke with President Zelenskyy yesterday and Prime Minister Johnson …": the
    # briefing's meeting is dated by the briefing, its lead sentence names Johnson's call
    told = told_meetings(_briefing({BIDEN, ZELENSKYY, MACRON}, day="2021-12-08"), frozenset({BIDEN, MACRON}))
    yesterday = account(2, WH, "2021-12-07", "Phone", {BIDEN, ZELENSKYY})
    assert sorted(sorted(g) for g in meetings([*told, yesterday])) == [["m1"], ["m1", "m2"]]
    # not the lead's call (the day's news), nor a readout of the day after
    assert sorted(
        sorted(g)
        for g in meetings(
            [
                *told,
                replace(
                    yesterday,
                    participants=frozenset({BIDEN, MACRON}),
                    nationality=((BIDEN, "US"), (MACRON, "FR")),
                    countries=frozenset({"US", "FR"}),
                    sides=frozenset({"US", "FR"}),
                ),
            ]
        )
    ) == [["m1"], ["m2"]]
    later = replace(yesterday, date=yesterday.date.replace(day=9), released=yesterday.date.replace(day=9))
    assert sorted(sorted(g) for g in meetings([*told, later])) == [["m1"], ["m2"]]


def test_a_briefing_s_call_by_another_official_carries_its_people_not_the_president_of_another_call():
    """ "Our Secretary of State spoke with Foreign Minister X earlier today. The President spoke with
    President Y earlier today as well.": the President is of Y's call only; X's call names no one of
    its publisher's side (an office), and joins the next day's "Secretary Z spoke with X yesterday"."""
    briefing = _briefing({BIDEN, LAVROV, MACRON})
    said_in = {LAVROV: frozenset({100}), BIDEN: frozenset({180}), MACRON: frozenset({180})}
    told = {t.told: t for t in told_meetings(briefing, frozenset({LAVROV}), said_in)}
    assert told["RU"].participants == {LAVROV} and told["FR"].participants == {BIDEN, MACRON}
    # where they were read not known: every one of the publisher's people, as before
    assert told_meetings(briefing, frozenset({LAVROV}))[1].participants == {BIDEN, LAVROV}
    next_day = account(
        2, WH, "2021-12-07", None, {BLINKEN, LAVROV}, title=DAILY, mentioned=True, released="2021-12-08"
    )
    assert sorted(sorted(g) for g in meetings([*told.values(), next_day])) == [["m1", "m2"]]
    # read as before (the President in every call the briefing tells), it stayed apart from it
    assert meetings([*told_meetings(briefing, frozenset({LAVROV})), next_day]) == [{"m1"}]
    # the President's own call with X that day stays apart from the minister's
    president = account(3, WH, "2021-12-07", "Phone", {BIDEN, LAVROV}, title="Readout of the Call")
    assert not any({"m2", "m3"} <= g for g in meetings([*told.values(), next_day, president]))


def _daily(key: str, day: str, answer: str) -> Document:
    return Document(
        "whitehouse",
        key,
        f"Press Briefing by Press Secretary Ann Fowler, {day}",
        "MS. FOWLER: Good afternoon, everyone.\n\nQ Could you say more about diplomacy?\n\n"
        f"MS. FOWLER: {answer}\n\nQ Thank you.",
        date.fromisoformat(day),
        url=f"https://example.org/{key}",
        publisher="The White House",
    )


def test_two_briefings_telling_one_ministers_call_are_one_event(tmp_path):
    """A briefing tells a minister's call by his office and the President's call with another leader;
    the next day's briefing names the minister: one event of the two briefings (made on text)."""
    first = _daily(
        "b1",
        "2022-03-08",
        "Our Secretary of State spoke with Foreign Minister Lavrov earlier today. The President spoke "
        "with President Macron earlier today as well.",
    )
    second = _daily(
        "b2",
        "2022-03-09",
        "The door remains open to diplomacy. Secretary Blinken spoke with Foreign Minister Lavrov "
        "yesterday. We remain in close touch with our partners.",
    )
    assert _cross_reported_urls(tmp_path, [first, second]) == [
        ["https://example.org/b1", "https://example.org/b2"]
    ]
