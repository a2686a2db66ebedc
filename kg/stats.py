"""Counts that describe what a store holds: releases, meetings by status and mode, entities.

Meetings are counted as `dmo:DistinctMeeting` (kg.reconcile): one per real meeting, however many
releases report it. `cross_reported` says how many of them several releases report, `folded` how
many per-release accounts those stand for. Entities are those the counted meetings name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.namespaces import EXTRACTOR_PREFIX, RECONCILE_GRAPH, SPARQL_PREFIXES
from kg.sparql import counted
from kg.store import Store

_COUNTS = (
    SPARQL_PREFIXES
    + f"""
SELECT
  (COUNT(DISTINCT ?rel) AS ?releases)
  (COUNT(DISTINCT ?x) AS ?meetings)
  (COUNT(DISTINCT ?ev) AS ?events)
  (COUNT(DISTINCT ?acc) AS ?folded)
WHERE {{
  {{ ?rel a dmo:Release }}
  UNION {{ {counted("x")} }}
  UNION {{ {{ SELECT ?ev (COUNT(DISTINCT ?a) AS ?n) WHERE {{
             GRAPH <{RECONCILE_GRAPH}> {{ {counted("ev")} ; dmo:reportedBy ?a }} }} GROUP BY ?ev }}
          FILTER(?n > 1) GRAPH <{RECONCILE_GRAPH}> {{ ?ev skos:exactMatch ?acc }} }}
}}
"""
)

_BY = (
    SPARQL_PREFIXES
    + f"""
SELECT ?what ?value (COUNT(DISTINCT ?y) AS ?n) WHERE {{
  GRAPH <{RECONCILE_GRAPH}> {{
    {{ {counted("x")} ; dmo:status ?s . BIND("status" AS ?what)
       BIND(REPLACE(STR(?s), "^.*#", "") AS ?value) BIND(?x AS ?y) }}
    UNION {{ {counted("x")} ; dmo:mode ?md . BIND("mode" AS ?what)
       BIND(REPLACE(STR(?md), "^.*#", "") AS ?value) BIND(?x AS ?y) }}
    UNION {{ {counted("x")} . FILTER NOT EXISTS {{ ?x dmo:mode ?any }} BIND("mode" AS ?what)
       BIND("not known or accounts differ" AS ?value) BIND(?x AS ?y) }}
    UNION {{ ?x dmo:participant ?y . BIND("entities" AS ?what) BIND("people" AS ?value) }}
    UNION {{ ?x dmo:country ?y . BIND("entities" AS ?what) BIND("countries" AS ?value) }}
    UNION {{ ?x dmo:organization ?y . BIND("entities" AS ?what) BIND("organizations" AS ?value) }}
    UNION {{ ?x dmo:references ?y . BIND("entities" AS ?what) BIND("frameworks" AS ?value) }}
    UNION {{ ?x dmo:sidelinesOf ?y . BIND("entities" AS ?what) BIND("events" AS ?value) }}
    UNION {{ ?x dmo:venue ?y . BIND("entities" AS ?what) BIND("places" AS ?value) }}
    UNION {{ ?x dmo:topic ?y . BIND("entities" AS ?what) BIND("topics" AS ?value) }}
  }}
}} GROUP BY ?what ?value ORDER BY ?what ?value
"""
)
# The extractor version each release was made with (kg/extract/version.py).
_EXTRACTORS = (
    SPARQL_PREFIXES
    + """
SELECT ?version (COUNT(DISTINCT ?rel) AS ?n) WHERE {
  GRAPH ?rel { ?rel a dmo:Release ; prov:wasGeneratedBy ?agent }
  BIND(STRAFTER(STR(?agent), "@PREFIX@") AS ?version)
} GROUP BY ?version ORDER BY DESC(?n) ?version
""".replace("@PREFIX@", EXTRACTOR_PREFIX)
)


@dataclass
class StoreStats:
    quads: int
    releases: int
    meetings: int  # distinct meetings: a meeting several releases report counts once
    by: dict[str, dict[str, int]] = field(default_factory=dict)
    cross_reported: int = 0  # meetings reported by several releases
    folded: int = 0  # per-release accounts those meetings stand for
    extractors: dict[str, int] = field(default_factory=dict)  # extractor version -> releases

    def lines(self) -> list[str]:
        meetings = f"meetings     {self.meetings}"
        if self.cross_reported:
            meetings += (
                f" ({self.cross_reported} reported by several releases, "
                f"standing for {self.folded} per-release accounts)"
            )
        out = [f"quads        {self.quads}", f"releases     {self.releases}", meetings]
        for what, values in self.by.items():
            out.append(f"{what:<12} " + ", ".join(f"{k} {v}" for k, v in values.items()))
        if self.extractors:
            out.append("extractor    " + ", ".join(f"{k} ({v} releases)" for k, v in self.extractors.items()))
        return out


def _value(term) -> str:
    return term.value if hasattr(term, "value") else str(term)


def count_meetings(store: Store) -> int:
    """The number of distinct meetings (dmo:DistinctMeeting) in the store."""
    q = SPARQL_PREFIXES + f"SELECT (COUNT(DISTINCT ?x) AS ?n) WHERE {{ {counted('x')} }}"
    return int(_value(next(iter(store.query(q)))["n"]))


def store_stats(store: Store) -> StoreStats:
    row = next(iter(store.query(_COUNTS)))
    stats = StoreStats(
        quads=len(store),
        releases=int(_value(row["releases"])),
        meetings=int(_value(row["meetings"])),
        cross_reported=int(_value(row["events"])),
        folded=int(_value(row["folded"])),
    )
    for r in store.query(_BY):
        stats.by.setdefault(_value(r["what"]), {})[_value(r["value"])] = int(_value(r["n"]))
    for r in store.query(_EXTRACTORS):
        stats.extractors[_value(r["version"])] = int(_value(r["n"]))
    return stats
