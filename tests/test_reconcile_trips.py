"""A trip's announcement (one planned record naming every counterpart of the trip) and the readout of
one meeting it announced, published by the same government on a day of the trip: one event, held,
with both accounts; not a readout of a meeting it did not announce, nor before the trip, nor a call."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kg.reconcile import Account, clusters, same_meeting

P = "https://w3id.org/dmkg/id/person/"
ADVISOR, ENVOY, AIDE, OTHER = P + "an-advisor", P + "a-chinese-envoy", P + "an-italian-aide", P + "a-minister"
DEPUTY = P + "a-deputy-advisor"  # a person of no state the reference knows
NATION = {ADVISOR: "US", ENVOY: "CN", AIDE: "IT", OTHER: "CN"}


def _account(n: int, day: str, people: set[str], status: str = "Held", **kw) -> Account:
    return Account(
        meeting=f"m{n}",
        release=f"r{n}",
        publisher=kw.pop("publisher", "The White House"),
        title=kw.pop("title", ""),
        released=date.fromisoformat(kw.pop("released", day)),
        date=date.fromisoformat(day),
        mode=kw.pop("mode", "InPerson"),
        participants=frozenset(people),
        countries=frozenset(NATION[p] for p in people if p in NATION) | {"US"},
        nationality=tuple(sorted((p, NATION[p]) for p in people if p in NATION)),
        home="US",
        sides=frozenset(kw.pop("sides", {NATION.get(p, "US") for p in people})),
        status=status,
        **kw,
    )


# "On Monday, the National Security Advisor will be in Rome. He will meet with <envoy> … He will also
# meet with <aide>": one planned record of the trip, dated by its release (Sunday)
TRIP = _account(
    1, "2022-03-13", {ADVISOR, ENVOY, AIDE}, "Planned", title="Travel to Rome", sides={"US"}, undated=True
)
READOUT = _account(2, "2022-03-14", {ADVISOR, ENVOY}, title="Readout of the Advisor's Meeting with the envoy")


def test_a_trips_announcement_and_the_readout_of_a_meeting_it_announced_are_one_held_event():
    assert same_meeting(TRIP, READOUT) and same_meeting(READOUT, TRIP)
    [event] = clusters([TRIP, READOUT])
    assert {a.meeting for a in event} == {"m1", "m2"}
    # a meeting of the trip's days a few days on (the plan dated by its first day, three stops)
    assert same_meeting(
        replace(TRIP, undated=False), replace(READOUT, date=date(2022, 3, 17), released=date(2022, 3, 17))
    )
    assert len(clusters([TRIP, replace(READOUT, date=date(2022, 3, 17), released=date(2022, 3, 17))])) == 1


def test_look_alikes_of_a_trip_and_its_meetings_stay_apart():
    later = date(2022, 3, 25)
    assert not same_meeting(TRIP, replace(READOUT, date=later, released=later))  # after the trip
    before = date(2022, 3, 12)
    assert not same_meeting(TRIP, replace(READOUT, date=before, released=before))  # before it was announced
    assert not same_meeting(
        TRIP,
        replace(
            READOUT, participants=frozenset({ADVISOR, OTHER}), nationality=((ADVISOR, "US"), (OTHER, "CN"))
        ),
    )  # another counterpart
    assert not same_meeting(TRIP, replace(READOUT, mode="Phone"))  # a call, not the meeting in Rome
    assert not same_meeting(TRIP, replace(READOUT, publisher="Ministry of Foreign Affairs"))
    # a plan of one counterpart on a named day is that day's meeting only, not one two days later
    visit = _account(3, "2022-03-14", {ADVISOR, ENVOY}, "Planned", released="2022-03-10")
    assert not same_meeting(visit, replace(READOUT, date=date(2022, 3, 16), released=date(2022, 3, 16)))


def test_a_travel_announcement_of_one_state_covers_the_trips_days():
    # "… will travel to <country> July 21-23 for meetings with <envoy>": dated by its first day
    plan = _account(
        4, "2022-07-21", {DEPUTY, ENVOY}, "Planned", title="Statement on Official Travel to China"
    )
    readout = _account(5, "2022-07-23", {DEPUTY, ENVOY}, released="2022-07-24", title="Readout of the Travel")
    assert same_meeting(plan, readout)
    # a plan of one meeting on a named day, its title no trip: that day's meeting only (above)
    assert not same_meeting(replace(plan, title="Statement on the Meeting"), readout)


def test_announcements_of_one_meeting_dated_apart_join_its_held_accounts_together():
    """A preview the evening before, dated by its release, and the statement naming the day: each
    announces the meeting the readout tells, though they are two days apart."""
    preview = _account(
        6, "2023-11-12", {ADVISOR, ENVOY}, "Planned", undated=True, title="Background Call Previewing"
    )
    statement = _account(7, "2023-11-14", {ADVISOR, ENVOY}, "Planned", released="2023-11-07")
    readout = _account(8, "2023-11-13", {ADVISOR, ENVOY}, title="Readout of the Meeting")
    assert not same_meeting(preview, statement)
    assert len(clusters([preview, statement, readout])) == 1
    # without a held account, two announcements that do not match stay apart
    assert len(clusters([preview, statement])) == 2


def test_a_release_naming_no_counterpart_state_over_a_talk_with_one_is_that_talk():
    """ "Background Press Call on the President's Meetings at <an organization's seat>" telling his
    talks with one foreign person, and the readout of those talks: one meeting; not a mention in
    passing, nor a plan, nor an account at a summit (a leader's part in it)."""
    call = _account(
        9, "2022-03-24", {ADVISOR, ENVOY}, title="Background Press Call on Meetings", sides={"US"}
    )
    readout = _account(10, "2022-03-24", {ADVISOR, ENVOY}, title="Readout of the Meeting with the Envoy")
    assert same_meeting(call, readout) and same_meeting(readout, call)
    assert not same_meeting(
        replace(call, facts={"sidelinesOf": ("summit",)}, gathering=frozenset({"summit"})), readout
    )
    assert not same_meeting(
        call,
        replace(
            readout, participants=frozenset({ADVISOR, OTHER}), nationality=((ADVISOR, "US"), (OTHER, "CN"))
        ),
    )


def test_a_plan_whose_sentence_names_no_day_dated_by_the_trip_joins_its_meeting_days_later():
    # "Tomorrow, the Advisor will depart on a trip to … He will also meet with <envoy>." (a briefing
    # the day before): dated by the trip's first day, the meeting two days into it
    plan = _account(9, "2022-07-13", {ADVISOR, ENVOY}, "Planned", released="2022-07-12", day_said=False)
    held = _account(10, "2022-07-15", {ADVISOR, ENVOY}, title="Readout of the Advisor's Meeting")
    assert same_meeting(plan, held)
    assert len(clusters([plan, held])) == 1
    assert not same_meeting(replace(plan, day_said=True), held)  # "on Wednesday": that day's meeting only


def test_the_other_sides_announcement_of_a_trip_joins_the_held_meeting_not_another_announcement():
    # the envoy's government: "Today the envoy will take part in the conference in Rome and meet with the
    # Advisor and <aide>"; the White House: "The Advisor will attend the conference" and its remarks
    # before the Advisor's meeting with the envoy, that day
    conference = frozenset({"security", "conference"})
    theirs = replace(
        _account(11, "2022-03-14", {ADVISOR, ENVOY, AIDE}, "Planned", sides={"CN"}, gathering=conference),
        publisher="Ministry of Foreign Affairs of China",
        home="CN",
    )
    ours = _account(12, "2022-03-14", {ADVISOR}, "Planned", sides={"US"}, gathering=conference)
    remarks = _account(13, "2022-03-14", {ADVISOR, ENVOY}, title="Remarks Before Bilateral Meeting")
    assert same_meeting(theirs, remarks) and same_meeting(theirs, ours)
    assert sorted(({a.meeting for a in g} for g in clusters([theirs, ours, remarks])), key=len) == [
        {"m12"},
        {"m11", "m13"},
    ]
    # not a government none of whose people the announcement names
    assert not same_meeting(replace(theirs, participants=frozenset({ENVOY, AIDE})), remarks)
