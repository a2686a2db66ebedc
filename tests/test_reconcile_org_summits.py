"""A summit of a state with an organization is one meeting, whoever each release names for the
organization (kg.reconcile.org_summits): a joint statement naming the EU and no one for it
(eval/CONVENTIONS.md 25, 45) and the remarks naming both of its presidents join by the summit; a talk
with one of its officers, another day, or someone of a third state stays apart."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kg.reconcile import Account, clusters, same_meeting

P = "https://w3id.org/dmkg/id/person/"
ORG = "https://w3id.org/dmkg/id/organization/"
BIDEN, MICHEL, VDL = P + "joseph-r-biden-jr", P + "charles-michel", P + "ursula-von-der-leyen"
MACRON = P + "emmanuel-macron"
NATION = {BIDEN: "US", MICHEL: "BE", VDL: "DE", MACRON: "FR"}
OFFICERS = {MICHEL, VDL}  # hold a post in a body of the EU on the day
DAY = "2031-05-12"


def account(n: int, title: str, people: set[str], bodies: set[str], **kw) -> Account:
    """A White House account of release r<n>: its sides the publisher's and the states of the people
    its title names (an EU president's nationality, as reconciliation reads a title)."""
    day = date.fromisoformat(kw.pop("day", DAY))
    named = kw.pop("named", set())
    return Account(
        meeting=f"m{n}",
        release=f"r{n}",
        publisher="The White House",
        title=title,
        released=day,
        date=day,
        mode=kw.pop("mode", "InPerson"),
        participants=frozenset(people),
        countries=frozenset({"US"}),
        nationality=tuple(sorted((p, NATION[p]) for p in people)),
        home="US",
        sides=frozenset({"US"} | {NATION[p] for p in named}),
        headline=frozenset(named),
        bodies=frozenset(ORG + b for b in bodies),
        officers=frozenset(people & OFFICERS),
        **kw,
    )


STATEMENT = account(
    1, "U.S.-EU Summit Joint Statement", {BIDEN}, {"eu"}, gathering=frozenset({"eu", "summit"})
)
REMARKS = account(
    2,
    "Remarks by President Biden, President Michel, and President von der Leyen Before Their Meeting",
    {BIDEN, MICHEL, VDL},
    {"eu"},
    named={MICHEL, VDL},
)


def test_a_state_organization_summit_naming_no_one_for_the_organization_joins_the_remarks_naming_them():
    assert same_meeting(STATEMENT, REMARKS)
    announcement = account(
        3, "Statement on the U.S.-EU Summit", {BIDEN, MICHEL, VDL}, {"eu"}, status="Planned"
    )
    assert [{a.meeting for a in g} for g in clusters([STATEMENT, REMARKS, announcement])] == [
        {"m1", "m2", "m3"}
    ]


def test_a_talk_with_one_officer_another_day_or_a_third_state_stays_apart():
    talk = account(
        4, "Readout of President Biden's Meeting with President von der Leyen", {BIDEN, VDL}, {"eu"}
    )
    assert not same_meeting(STATEMENT, talk)  # a talk beside the summit, by its title
    assert not same_meeting(
        REMARKS, replace(talk, title="Remarks by President Biden and President von der Leyen")
    )
    assert not same_meeting(STATEMENT, replace(REMARKS, date=date(2031, 5, 13), released=date(2031, 5, 13)))
    assert not same_meeting(STATEMENT, replace(REMARKS, mode="Video"))
    with_macron = account(5, "Remarks by President Biden and President Macron", {BIDEN, MACRON}, {"eu"})
    assert not same_meeting(STATEMENT, with_macron)
    assert not same_meeting(STATEMENT, replace(REMARKS, bodies=frozenset({ORG + "nato"})))
