"""Accounts told far from the meeting's day: a release's own account of a meeting held weeks before
("the commitment she and President-elect Castro made during their December 10 phone call"), or an
announcement months ahead ("the President will host the summit in December"). Neither is news of the
meeting (kg.reconcile.identity's `prompt`), so neither matches another account. Alone each stays a
meeting of its own (the one release to tell it); when releases of the day report that meeting, it is
one of its accounts: the one meeting held on its day (a day apart across publishers) that a
recollection tells (the same sides, held accounts naming all the people it names, agreeing modes) or
that the announcement would match were it news (every held account of it). A summit's preview naming
none of its people (a background call dated by its release) joins the one reported meeting at the
same summit on its day or the few days after.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from kg.reconcile.accounts import Account
from kg.reconcile.identity import (
    ANNOUNCED_WITHIN,
    DAY_TOLERANCE,
    PUBLISHED_WITHIN,
    SHORT_SUMMIT,
    modes_agree,
    prompt,
    same_gathering_words,
    same_meeting,
)


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


def distant_plan(a: Account) -> bool:
    """A meeting a release announces further ahead than news does."""
    return (
        a.status == "Planned"
        and not a.mentioned
        and a.released is not None
        and a.date - a.released > timedelta(days=ANNOUNCED_WITHIN)
    )


def _announces(a: Account, b: Account) -> bool:
    """Would the distant plan `a` be an account of the held account `b`'s meeting, were it news?"""
    return same_meeting(replace(a, released=None), b)


def preview_naming_no_one(a: Account) -> bool:
    """A plan of a summit or session naming none of its people, dated by its release alone."""
    return (
        a.status == "Planned"
        and not a.mentioned
        and not a.participants
        and a.undated
        and bool(a.gathering or a.facts.get("sidelinesOf"))
    )


def _at_the_summit(a: Account, b: Account) -> bool:
    """Is the account `b` at the summit the preview `a` names (the same event, or its words)?"""
    events = set(a.facts.get("sidelinesOf", ()))
    return bool(events & set(b.facts.get("sidelinesOf", ()))) or same_gathering_words(a, b)


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
    """The meetings, each recollection, distant plan or summit's preview told alone joined to the one
    meeting the day's releases report that it tells (kg.reconcile.identity's groups, sorted as they
    are)."""
    reported = [g for g in groups if any(prompt(b) and b.status == "Held" for b in g)]
    by_day: dict[date, list[list[Account]]] = {}
    for g in reported:
        for d in {b.date for b in g}:
            by_day.setdefault(d, []).append(g)
    joined: dict[int, list[Account]] = {}
    gone: set[int] = set()
    for g in groups:
        if len(g) != 1:
            continue
        a = g[0]
        preview = preview_naming_no_one(a)
        if not (preview or recollection(a) or distant_plan(a)):
            continue
        days = range(0, SHORT_SUMMIT + 1) if preview else range(-DAY_TOLERANCE, DAY_TOLERANCE + 1)
        near = {id(h): h for delta in days for h in by_day.get(a.date + timedelta(days=delta), ())}
        if preview:
            fits = [h for h in near.values() if any(_at_the_summit(a, b) for b in h)]
        else:
            tells = _recalls if a.status == "Held" else _announces
            fits = [h for h in near.values() if all(tells(a, b) for b in h if b.status == "Held")]
        if len(fits) == 1:
            target = fits[0]
            joined[id(target)] = sorted(joined.get(id(target), target) + [a], key=lambda x: x.key)
            gone.add(id(g))
    out = [joined.get(id(g), g) for g in groups if id(g) not in gone]
    return sorted(out, key=lambda g: (min(a.date for a in g), g[0].key))
