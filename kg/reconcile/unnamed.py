"""A side a release names no one of: its publisher's own leader, left unnamed.

A briefing on its own leader's call or meeting with a foreign leader often never names him
("Background Press Call … on the President's Call with Russian President Vladimir Putin": "the call
between the two presidents was professional"; a preview: "the two leaders tomorrow will …"): the
release's meeting has the foreign leader and no one of its publisher's side. That side is the leader
the other accounts of the meeting name. Only between leaders: a release naming a foreign minister or
a delegation met by unnamed officials of its own ("Ukrainian officials") is not its leader's meeting.
The foreign side still has to be the same people, and the modes must agree (kg.reconcile.identity).

A title naming a side by an office of its state and no one of it ("… Call with the Head of the Office of
the President of Ukraine": no reference post holds that office, so no one is resolved) is that side's
people the other account names, when it names the people of its other side and the other release says
that office (its title or lead sentence: "Head of the Office of the President of Ukraine Andriy Yermak").
"""

from __future__ import annotations

import re

from kg.reconcile.accounts import Account


def own_side_unnamed(a: Account, side: str, other: Account) -> bool:
    """Is `side` the publisher's own side of a two-sided meeting `a` reports as its own (not in
    passing), naming no one of it and a leader of the other side, and does `other` name a leader of
    `side` (who headed that state or government on its date)?"""
    return (
        side == a.home
        and not a.mentioned
        and len(a.sides) == 2
        and not a.people_of(side)
        and bool(other.people_of(side) & other.leaders)
        and all(a.people_of(s) & a.leaders for s in a.sides - {side})
    )


def office_unnamed(a: Account, side: str, other: Account) -> bool:
    """Is `side` a side `a`'s title names by an office of its state alone (its release's own account of
    a two-sided meeting, naming no one of that side and the people of the other), which `other`
    names people of?"""
    return (
        side in a.office_states
        and not a.mentioned
        and len(a.sides) == 2
        and not a.people_of(side)
        and all(a.people_of(s) for s in a.sides - {side})
        and bool(other.people_of(side))
        and same_office(a, side, other)
    )


def same_office(a: Account, side: str, other: Account) -> bool:
    """Does `other`'s title or lead sentence name the office `a`'s title names of `side` (every word of
    it: "National Security Advisor Jake Sullivan" for "the US National Security Advisor"), so that the
    person it names holds that office, not another of that state ("Secretary of State …")?"""
    words = {w for iso, w in a.office_words if iso == side}
    return bool(words) and words <= set(re.findall(r"[a-z]+", other.said.lower()))


def side_unnamed(a: Account, side: str, other: Account) -> bool:
    """A side `a` names no one of, which is the people `other` names of it: its publisher's own leader
    left unnamed, or an office its title names."""
    return own_side_unnamed(a, side, other) or office_unnamed(a, side, other)
