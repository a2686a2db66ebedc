"""One nationality per person: a person releases give two keeps the state of most of his meetings."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Protocol

import pyoxigraph as ox

from kg.namespaces import SPARQL_PREFIXES
from kg.reconcile.accounts import rows
from kg.store import Store


class Described(Protocol):
    """What the store says of a person (kg.reconcile.entities.Described): its IRI and descriptions."""

    iri: str
    other: set[tuple[str, ox.NamedNode | ox.Literal]]


NATIONALITY = "https://schema.org/nationality"


def one_nationality(store: Store, described: Iterable[Described]) -> None:
    """A person releases give two nationalities (one read him as Australian, others as of the Cook
    Islands) keeps one: the state of the most of his meetings' accounts (ties: the first code)."""
    several = [d for d in described if sum(p == NATIONALITY for p, _ in d.other) > 1]
    if not several:
        return
    values = " ".join(f"<{d.iri}>" for d in several)
    counts: Counter = Counter()
    for r in rows(
        store,
        SPARQL_PREFIXES
        + f"""SELECT ?p ?c (COUNT(DISTINCT ?m) AS ?n) WHERE {{ VALUES ?p {{ {values} }}
          GRAPH ?g {{ ?m dmo:participant ?p ; dmo:country ?c }} }} GROUP BY ?p ?c""",
    ):
        counts[(r["p"], r["c"])] = int(r["n"] or 0)
    for d in several:
        states = sorted(
            (o for p, o in d.other if p == NATIONALITY), key=lambda o: (-counts[(d.iri, o.value)], o.value)
        )
        d.other -= {(NATIONALITY, o) for o in states[1:]}
