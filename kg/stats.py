"""Counts that describe what a store holds: releases, meetings by status and mode, entities.

Meetings are counted as events: a meeting several releases report (a reconciled event in
dmr:graph/reconciled, docs/decisions/0005) counts once, its per-release accounts are folded into
it; a meeting only one release reports counts as itself. `folded` says how many accounts that was.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from kg.namespaces import RECONCILE_GRAPH, SPARQL_PREFIXES
from kg.store import Store

# ?x is a counted meeting: a reconciled event, or an account no event folds.
_UNIT = """
  { GRAPH <@R@> { ?x a dmo:Meeting } }
  UNION
  { GRAPH ?g { ?x a dmo:Meeting } FILTER(?g != <@R@>)
    FILTER NOT EXISTS { GRAPH <@R@> { ?x skos:exactMatch ?ev . ?ev a dmo:Meeting } } }
"""

_COUNTS = (
    SPARQL_PREFIXES
    + """
SELECT
  (COUNT(DISTINCT ?rel) AS ?releases)
  (COUNT(DISTINCT ?x) AS ?meetings)
  (COUNT(DISTINCT ?ev) AS ?events)
  (COUNT(DISTINCT ?acc) AS ?folded)
WHERE {
  { ?rel a dmo:Release }
  UNION { @UNIT@ }
  UNION { GRAPH <@R@> { ?ev a dmo:Meeting ; skos:exactMatch ?acc } }
}
""".replace("@UNIT@", _UNIT).replace("@R@", str(RECONCILE_GRAPH))
)

# Status and mode of each counted meeting: an event's are those its accounts agree on.
_BY = (
    SPARQL_PREFIXES
    + """
SELECT ?what ?value (COUNT(DISTINCT ?x) AS ?n) WHERE {
  { { @UNIT@ }
    { ?x dmo:status ?s . BIND("status" AS ?what) BIND(REPLACE(STR(?s), "^.*#", "") AS ?value) }
    UNION { ?x dmo:mode ?md . BIND("mode" AS ?what) BIND(REPLACE(STR(?md), "^.*#", "") AS ?value) } }
  UNION { GRAPH <@R@> { ?x a dmo:Meeting ; skos:exactMatch ?acc . FILTER NOT EXISTS { ?x dmo:mode ?agreed } }
          GRAPH ?ga { ?acc dmo:mode ?said } BIND("mode" AS ?what) BIND("accounts differ" AS ?value) }
  UNION { ?m a dmo:Meeting ; dmo:participant ?x . BIND("entities" AS ?what) BIND("people" AS ?value) }
  UNION { ?m a dmo:Meeting ; dmo:country ?x . BIND("entities" AS ?what) BIND("countries" AS ?value) }
  UNION { ?m a dmo:Meeting ; dmo:organization ?x . BIND("entities" AS ?what) BIND("organizations" AS ?value) }
  UNION { ?m a dmo:Meeting ; dmo:references ?x . BIND("entities" AS ?what) BIND("frameworks" AS ?value) }
  UNION { ?m a dmo:Meeting ; dmo:sidelinesOf ?x . BIND("entities" AS ?what) BIND("events" AS ?value) }
  UNION { ?m a dmo:Meeting ; dmo:venue ?x . BIND("entities" AS ?what) BIND("places" AS ?value) }
  UNION { ?m a dmo:Meeting ; dmo:topic ?x . BIND("entities" AS ?what) BIND("topics" AS ?value) }
} GROUP BY ?what ?value ORDER BY ?what ?value
""".replace("@UNIT@", _UNIT).replace("@R@", str(RECONCILE_GRAPH))
)


# The extractor version each release was made with (kg/extract/version.py).
_EXTRACTORS = (
    SPARQL_PREFIXES
    + """
SELECT ?v (COUNT(DISTINCT ?g) AS ?n) WHERE {
  GRAPH ?g { ?g a dmo:Release ; prov:wasGeneratedBy ?a . ?a a prov:SoftwareAgent ; rdfs:label ?v }
} GROUP BY ?v ORDER BY DESC(?n) ?v
"""
)


@dataclass
class StoreStats:
    quads: int
    releases: int
    meetings: int  # events: a meeting several releases report counts once
    by: dict[str, dict[str, int]] = field(default_factory=dict)
    cross_reported: int = 0  # meetings reported by several releases (reconciled events)
    folded: int = 0  # per-release accounts folded into those events
    extractors: dict[str, int] = field(default_factory=dict)  # extractor version -> releases it made

    def lines(self) -> list[str]:
        meetings = f"meetings     {self.meetings}"
        if self.cross_reported:
            meetings += (
                f" ({self.cross_reported} reported by several releases, "
                f"folding {self.folded} per-release accounts)"
            )
        out = [f"quads        {self.quads}", f"releases     {self.releases}", meetings]
        if self.extractors:
            out.append("extractor    " + ", ".join(f"{k} ({v} releases)" for k, v in self.extractors.items()))
        for what, values in self.by.items():
            out.append(f"{what:<12} " + ", ".join(f"{k} {v}" for k, v in values.items()))
        return out


def _value(term) -> str:
    return term.value if hasattr(term, "value") else str(term)


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
        stats.extractors[_value(r["v"])] = int(_value(r["n"]))
    return stats
