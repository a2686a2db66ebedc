"""A release's own account of a meeting held weeks before ("the commitment they made during their
December 10 phone call"), or an announcement months ahead, is one of that meeting's accounts when the
day's releases report it; alone it stays a meeting of its own, and it joins no other meeting (other
people, another day, another mode, two candidates)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kg.reconcile import Account, clusters
from kg.reconcile.recalled import with_recollections

P = "https://w3id.org/dmkg/id/person/"
VP, LEADER, MINISTER = P + "a-vice-president", P + "a-president-elect", P + "a-foreign-minister"
NATION = {VP: "US", LEADER: "HN", MINISTER: "HN"}


def _account(n: int, day: str, people: set[str], released: str, **kw) -> Account:
    return Account(
        meeting=f"m{n}",
        release=f"r{n}",
        publisher=kw.pop("publisher", "The White House"),
        title=kw.pop("title", ""),
        released=date.fromisoformat(released),
        date=date.fromisoformat(day),
        mode=kw.pop("mode", "Phone"),
        participants=frozenset(people),
        countries=frozenset(NATION[p] for p in people) | {"US"},
        nationality=tuple(sorted((p, NATION[p]) for p in people)),
        home="US",
        sides=frozenset({"US", "HN"}),
        status=kw.pop("status", "Held"),
        **kw,
    )


READOUT = _account(1, "2021-12-10", {VP, LEADER}, "2021-12-11", title="Readout of the Vice President's Call")
# a travel statement five weeks on: "… the commitment she and President-elect X made during their
# December 10 phone call" (the Vice President as "she": the president-elect alone is named)
RECALLED = _account(2, "2021-12-10", {LEADER}, "2022-01-18", title="Statement on the Vice President's Travel")


def _meetings(*accounts: Account) -> list[set[str]]:
    return [{a.meeting for a in g} for g in with_recollections(clusters(list(accounts)))]


def test_a_recollection_weeks_later_is_an_account_of_the_meeting_the_days_releases_report():
    assert len(clusters([READOUT, RECALLED])) == 2  # no news of the meeting: it matches nothing
    assert _meetings(READOUT, RECALLED) == [{"m1", "m2"}]


def test_a_recollection_alone_stays_a_meeting_of_its_own():
    assert _meetings(RECALLED) == [{"m2"}]


def test_a_recollection_joins_no_meeting_that_differs_or_is_one_of_two():
    other_day = replace(READOUT, date=date(2021, 12, 7), released=date(2021, 12, 7))
    in_person = replace(READOUT, mode="InPerson")
    someone_else = replace(RECALLED, participants=frozenset({MINISTER}))
    for readout, recalled in ((other_day, RECALLED), (in_person, RECALLED), (READOUT, someone_else)):
        assert len(_meetings(readout, recalled)) == 2
    # two meetings it could be (a recollection naming no mode; the day's call, and a meeting of the same
    # people that day): it joins neither
    second = replace(READOUT, meeting="m3", release="r3", mode="InPerson", title="Readout of a Meeting")
    unsaid = replace(RECALLED, mode=None)
    assert len(_meetings(READOUT, second)) == 2
    assert len(_meetings(READOUT, second, unsaid)) == 3
    assert _meetings(READOUT, unsaid) == [{"m1", "m2"}]


# an announcement four months ahead ("the Vice President will host the President-elect in May")
PLAN = _account(
    4,
    "2022-05-10",
    {VP, LEADER},
    "2022-01-05",
    status="Planned",
    mode="InPerson",
    title="Statement on a Visit",
)
VISIT = _account(5, "2022-05-10", {VP, LEADER}, "2022-05-10", mode="InPerson", title="Readout of the Meeting")


def test_an_announcement_months_ahead_is_an_account_of_the_meeting_held_on_its_day():
    assert len(clusters([PLAN, VISIT])) == 2  # no news of the meeting: it matches nothing
    assert _meetings(PLAN, VISIT) == [{"m4", "m5"}]
    assert _meetings(PLAN) == [{"m4"}]
    # not a meeting of other people that day
    other = replace(VISIT, participants=frozenset({VP, MINISTER}), nationality=((MINISTER, "HN"), (VP, "US")))
    assert len(_meetings(PLAN, other)) == 2


SUMMIT = "https://w3id.org/dmkg/id/event/a-leaders-summit"


def test_a_summits_preview_naming_no_one_joins_the_one_reported_meeting_at_that_summit():
    # a background call on Monday previewing the summit of Wednesday, naming none of its people
    preview = _account(
        6,
        "2022-03-07",
        set(),
        "2022-03-07",
        status="Planned",
        mode=None,
        undated=True,
        facts={"sidelinesOf": (SUMMIT,)},
    )
    preview = replace(preview, sides=frozenset({"US"}), countries=frozenset({"US"}))
    summit = _account(
        7, "2022-03-09", {VP, LEADER}, "2022-03-09", mode="InPerson", facts={"sidelinesOf": (SUMMIT,)}
    )
    assert _meetings(preview, summit) == [{"m6", "m7"}]
    # not a meeting elsewhere, nor a summit a week on, nor one of two meetings at the summit
    elsewhere = replace(summit, facts={})
    later = replace(summit, date=date(2022, 3, 14), released=date(2022, 3, 14))
    assert len(_meetings(preview, elsewhere)) == 2 and len(_meetings(preview, later)) == 2
    talks = replace(summit, meeting="m8", release="r8", participants=frozenset({VP, MINISTER}))
    assert len(_meetings(preview, summit, talks)) == len(_meetings(summit, talks)) + 1
