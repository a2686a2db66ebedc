"""Recollections: a release's own account of a meeting held well before it ("the commitment she and
President-elect Castro made during their December 10 phone call"), which is no news of the meeting
(kg.reconcile.identity's `prompt`) and so matches no other account. Alone it stays a meeting of its
own (the one release to tell it); when releases of the day report that meeting, it is one of its
accounts: the one meeting of the same sides on its day (a day apart across publishers) whose held
accounts name all the people the recollection names, in agreeing modes.
"""

from __future__ import annotations

from datetime import timedelta

from kg.reconcile.accounts import Account
from kg.reconcile.identity import DAY_TOLERANCE, PUBLISHED_WITHIN, modes_agree, prompt


def recollection(a: Account) -> bool:
    """A held meeting a release tells as its own long after it took place."""
    return (
        a.status == "Held"
        and not a.mentioned
        and a.released is not None
        and a.released - a.date > timedelta(days=PUBLISHED_WITHIN[0])
        and len(a.sides) >= 2
        and bool(a.participants)
    )


def _recalls(a: Account, b: Account) -> bool:
    """Is the held account `b` of the meeting the recollection `a` tells?"""
    gap = abs((a.date - b.date).days)
    return (
        a.release != b.release
        and gap <= (0 if a.publisher == b.publisher else DAY_TOLERANCE)
        and a.sides == b.sides
        and a.participants <= b.participants
        and modes_agree(a, b)
    )


def with_recollections(groups: list[list[Account]]) -> list[list[Account]]:
    """The meetings, each recollection told alone joined to the one meeting the day's releases report
    that it tells (kg.reconcile.identity's groups, sorted as they are)."""
    reported = [g for g in groups if any(prompt(b) and b.status == "Held" for b in g)]
    by_day: dict = {}
    for g in reported:
        for d in {b.date for b in g}:
            by_day.setdefault(d, []).append(g)
    joined: dict[int, list[Account]] = {}
    gone: set[int] = set()
    for g in groups:
        if len(g) != 1 or not recollection(g[0]):
            continue
        a = g[0]
        near = {
            id(h): h
            for delta in range(-DAY_TOLERANCE, DAY_TOLERANCE + 1)
            for h in by_day.get(a.date + timedelta(days=delta), ())
        }
        fits = [h for h in near.values() if all(_recalls(a, b) for b in h if b.status == "Held")]
        if len(fits) == 1:
            target = fits[0]
            joined[id(target)] = sorted(joined.get(id(target), target) + [a], key=lambda x: x.key)
            gone.add(id(g))
    out = [joined.get(id(g), g) for g in groups if id(g) not in gone]
    return sorted(out, key=lambda g: (min(a.date for a in g), g[0].key))
