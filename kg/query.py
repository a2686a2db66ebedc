"""SPARQL over any store with bound parameters, one result type, and result serializations.

`run_query(store, sparql, params)` runs SELECT, ASK, CONSTRUCT or DESCRIBE on an embedded or a
remote store and returns a `QueryResult` (columns and rows, a boolean, or triples). Values from
users are never pasted into query text: they become RDF terms, serialized and escaped by
pyoxigraph, in a VALUES block that binds the variables at the start of the outer WHERE group.
The same binding serves the embedded and the remote store (pyoxigraph's own `substitutions`
refuse variables missing from a SELECT projection, which named questions need), so both give
identical answers.
Named questions (`.rq` files and `ask`) live in kg.queries, above this module.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pyoxigraph as ox

from kg.model import KgError
from kg.results import (
    RDF_FORMATS,
    TABLE_FORMATS,
    QueryResult,
    compact,
    format_table,
    iri_text,
    serialize,
    wrap,
)
from kg.sparql import (
    ParamValue,
    QuerySyntaxError,
    Term,
    bind_values,
    parse_param,
    syntax_error,
    to_term,
    with_prefixes,
)
from kg.store import Store

__all__ = [
    "RDF_FORMATS",
    "TABLE_FORMATS",
    "QuerySyntaxError",
    "Term",
    "QueryResult",
    "bind_values",
    "compact",
    "format_table",
    "iri_text",
    "meeting_summaries",
    "parse_param",
    "run_query",
    "serialize",
    "to_term",
    "with_prefixes",
    "wrap",
]


def run_query(store: Store, sparql: str, params: Mapping[str, ParamValue] | None = None) -> QueryResult:
    """Run a SPARQL query with `params` bound to its variables (never pasted into the text).

    The project's prefixes (dmo:, dmr:, schema:, …) are declared unless the query declares them."""
    terms = {name.lstrip("?$"): to_term(v) for name, v in (params or {}).items()}
    text = with_prefixes(sparql)
    try:
        return wrap(store.query(bind_values(text, terms) if terms else text))
    except KgError as e:
        located = syntax_error(sparql, text)
        if located is None:
            raise
        raise located from e


def meeting_summaries(store: Store, meetings: Sequence[str]) -> dict[str, tuple[str, str]]:
    """(date, label) of each meeting or reconciled event IRI ("" where the store has none)."""
    if not meetings:
        return {}
    values = " ".join(str(ox.NamedNode(m)) for m in dict.fromkeys(meetings))
    result = run_query(
        store,
        f"""SELECT ?m (SAMPLE(?d) AS ?date) (SAMPLE(?l) AS ?label) WHERE {{
  VALUES ?m {{ {values} }}
  OPTIONAL {{ ?m dmo:date ?d }} OPTIONAL {{ ?m rdfs:label ?l }}
}} GROUP BY ?m""",
    )
    found = {r["m"] or "": (r["date"] or "", r["label"] or "") for r in result.records()}
    return {m: found.get(m, ("", "")) for m in meetings}
