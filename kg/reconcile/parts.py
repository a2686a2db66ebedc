"""A record telling its leader's part in several gatherings, as one account of each.

A nightly address reports the day's speeches to several summits ("Today I have delivered some
important speeches. To the participants of the NATO summit, the G7 summit, to the summit of the
leaders of the European Union."): extraction keeps the key's one record of the day, at none of them
(eval/CONVENTIONS.md §11), and names each summit with `dmo:gathering`. Each is a meeting of its own,
the leader's part in that summit, which the other publishers report: reconciliation counts one
account of each, so that every summit's event has this publisher's account beside the others'.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import Any, Protocol, TypeVar, cast

Span = tuple[date, date]


class Told(Protocol):
    """What `parts` reads of an account (kg.reconcile.accounts.Account)."""

    @property
    def date(self) -> date: ...
    @property
    def home(self) -> str | None: ...
    @property
    def facts(self) -> dict[str, tuple[str, ...]]: ...


A = TypeVar("A", bound=Told)


def parts(a: A, words: dict[str, set[str]], spans: dict[str, set[Span]]) -> list[A]:
    """An account telling its leader's part in several gatherings (dmo:gathering; it is at none), as
    one account of each: at that gathering, its sides its publisher's alone (the others' accounts of
    the gathering name theirs), its states only its publisher's (the record does not say which state
    was at which gathering). Any other account as it is."""
    told = a.facts.get("gathering", ())
    if not told or a.facts.get("sidelinesOf"):
        return [a]
    home = frozenset({a.home} if a.home else ())
    own = tuple(c for c in a.facts.get("country", ()) if c.rsplit("/", 1)[-1] in home)
    return [
        replace(
            cast(Any, a),  # an Account, a dataclass
            part=e,
            sides=home,
            headline=frozenset(),
            countries=home,
            gathering=frozenset(words.get(e, ())),
            span=min((sp for sp in spans.get(e, ()) if sp[0] <= a.date <= sp[1]), default=None),
            facts={
                **{k: v for k, v in a.facts.items() if k != "gathering"},
                "country": own,
                "sidelinesOf": (e,),
            },
        )
        for e in told
    ]
