"""A trip's announcement and the readout of a meeting it announced.

A trip announcement is one planned record with every counterpart it names ("the National Security
Advisor will travel to Rome ... to meet with X ... and will also meet with Y", eval/CONVENTIONS.md 3),
dated by the trip's first day or by its release. The readout of one of its meetings, published by
the same government on a day of the trip, tells fewer people and fewer states: the same meeting,
though their sides differ and they may be days apart. So does the other side's account of one of
them ("the President will meet with X, Y and Z in Munich today", and X's government's remarks
before the meeting): its people are the traveller's and a counterpart the announcement names.
"""

from __future__ import annotations

import re

from kg.reconcile.accounts import Account

# a release announcing a trip or a visit ("… on Senior Administration Official Travel to Colombia",
# "… on the Visit of …"): its one date is the first of the days it announces ("July 21-22")
TRAVEL = re.compile(r"(?i)\b(?:travel|trip|visit|tour)")
TRIP_DAYS = 6  # a trip's meetings lie at most this many days after its announced first day
REMOTE = {"Phone", "Video"}


def _foreign(a: Account, home: str | None) -> set[str]:
    return {p for p, iso in a.nationality if iso != home}


def _home_people(a: Account, home: str | None) -> set[str]:
    """Its people not of another state than `home` (of it, or of no state the reference knows)."""
    return set(a.participants) - _foreign(a, home)


def days_announced(plan: Account) -> int:
    """How many days after its date a plan's meetings may be: a trip's (counterparts of several
    states, a release announcing travel or a visit, or a plan whose sentence names no day, dated by its
    release, "on Monday", "this week", or by the trip: "Tomorrow, the President will depart on a trip
    to …" and later "He will also meet with X"), else its day only."""
    states = {iso for _, iso in plan.nationality} - {plan.home}
    dayless = plan.undated or not plan.day_said
    return TRIP_DAYS if len(states) >= 2 or dayless or TRAVEL.search(plan.title) else 0


def plan_of_trip(a: Account, b: Account) -> bool:
    """Are `a` and `b` an announcement and the held readout of a meeting it announced? The readout
    published on or after the announcement, dated within the announced days; its counterparts (people
    of other states than the announcement's publisher's) all among the announced ones and its own
    people shared (if both name any; the other side's account: always); modes that agree; neither a
    meeting mentioned in passing."""
    if {a.status, b.status} != {"Planned", "Held"} or a.mentioned or b.mentioned:
        return False
    plan, held = (a, b) if a.status == "Planned" else (b, a)
    if plan.released is None or held.date < plan.released:
        return False
    announced = {iso for _, iso in plan.nationality} - {plan.home}
    if held.publisher != plan.publisher and held.home not in announced:
        return False  # another publisher: the government of a counterpart it announced
    if not 0 <= (held.date - plan.date).days <= days_announced(plan):
        return False
    counterparts = _foreign(held, plan.home)
    if not counterparts or not counterparts <= plan.participants:
        return False
    ours_p, ours_h = _home_people(plan, plan.home), _home_people(held, plan.home)
    if (ours_p and ours_h or a.publisher != b.publisher) and not ours_p & ours_h:
        return False
    return (
        plan.mode is None or held.mode is None or plan.mode == held.mode or {plan.mode, held.mode} <= REMOTE
    )
