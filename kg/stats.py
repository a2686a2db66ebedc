"""Counts that describe what a store holds: releases, meetings by status and mode, entities."""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.namespaces import SPARQL_PREFIXES
from kg.store import Store

_COUNTS = SPARQL_PREFIXES + """
SELECT
  (COUNT(DISTINCT ?rel) AS ?releases)
  (COUNT(DISTINCT ?m) AS ?meetings)
WHERE {
  { ?rel a dmo:Release } UNION { ?m a dmo:Meeting }
}
"""

_BY = SPARQL_PREFIXES + """
SELECT ?what ?value (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { ?x a dmo:Meeting ; dmo:status ?s . BIND("status" AS ?what) BIND(REPLACE(STR(?s), "^.*#", "") AS ?value) }
  UNION { ?x a dmo:Meeting ; dmo:mode ?md . BIND("mode" AS ?what) BIND(REPLACE(STR(?md), "^.*#", "") AS ?value) }
  UNION { ?m a dmo:Meeting ; dmo:participant ?x . BIND("entities" AS ?what) BIND("people" AS ?value) }
  UNION { ?m a dmo:Meeting ; dmo:country ?x . BIND("entities" AS ?what) BIND("countries" AS ?value) }
  UNION { ?m a dmo:Meeting ; dmo:organization ?x . BIND("entities" AS ?what) BIND("organizations" AS ?value) }
  UNION { ?m a dmo:Meeting ; dmo:references ?x . BIND("entities" AS ?what) BIND("frameworks" AS ?value) }
  UNION { ?m a dmo:Meeting ; dmo:sidelinesOf ?x . BIND("entities" AS ?what) BIND("events" AS ?value) }
  UNION { ?m a dmo:Meeting ; dmo:venue ?x . BIND("entities" AS ?what) BIND("places" AS ?value) }
  UNION { ?m a dmo:Meeting ; dmo:topic ?x . BIND("entities" AS ?what) BIND("topics" AS ?value) }
} GROUP BY ?what ?value ORDER BY ?what ?value
"""


@dataclass
class StoreStats:
    quads: int
    releases: int
    meetings: int
    by: dict[str, dict[str, int]] = field(default_factory=dict)

    def lines(self) -> list[str]:
        out = [f"quads        {self.quads}", f"releases     {self.releases}", f"meetings     {self.meetings}"]
        for what, values in self.by.items():
            out.append(f"{what:<12} " + ", ".join(f"{k} {v}" for k, v in values.items()))
        return out


def _value(term) -> str:
    return term.value if hasattr(term, "value") else str(term)


def store_stats(store: Store) -> StoreStats:
    row = next(iter(store.query(_COUNTS)))
    stats = StoreStats(quads=len(store), releases=int(_value(row["releases"])), meetings=int(_value(row["meetings"])))
    for r in store.query(_BY):
        stats.by.setdefault(_value(r["what"]), {})[_value(r["value"])] = int(_value(r["n"]))
    return stats
