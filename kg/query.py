"""SPARQL over any store with bound parameters, one result type, and result serializations.

`run_query(store, sparql, params)` runs SELECT, ASK, CONSTRUCT or DESCRIBE on an embedded or a
remote store and returns a `QueryResult` (columns and rows, a boolean, or triples). Values from
users are never pasted into query text: they become RDF terms, serialized and escaped by
pyoxigraph, in a VALUES block that binds the variables at the start of the outer WHERE group.
The same binding serves the embedded and the remote store (pyoxigraph's own `substitutions`
refuse variables missing from a SELECT projection, which named questions need), so both give
identical answers.
Named questions are kg/queries/*.rq files whose header comment documents them (`ask`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from kg.model import KgError
from kg.resolve import resolve
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
    "Param",
    "Question",
    "QuerySyntaxError",
    "Term",
    "QueryResult",
    "ask",
    "bind_arguments",
    "bind_values",
    "compact",
    "format_table",
    "get_question",
    "iri_text",
    "meeting_summaries",
    "parse_param",
    "questions",
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


# --- named questions (kg/queries/*.rq) ------------------------------------------------------------

_PARAM_LINE = re.compile(r"^#\s*param\s+(\w+)\s*:\s*([\w|]+)(\?)?\s*(?:=\s*(\S+))?\s*(.*)$")
VALUE_TYPES = ("str", "int", "float", "bool", "date", "iri")


@dataclass(frozen=True)
class Param:
    """A parameter of a named question: its name, type (a value type or entity kinds), default."""

    name: str
    type: str  # "date", "int", "str", "iri", … or entity kinds "person|country"
    optional: bool
    default: str | None
    doc: str

    @property
    def kinds(self) -> tuple[str, ...]:
        return () if self.type in VALUE_TYPES else tuple(self.type.split("|"))


@dataclass(frozen=True)
class Question:
    """A named SPARQL question: its text, one-line summary, longer doc and parameters."""

    name: str
    summary: str
    doc: str
    params: tuple[Param, ...]
    sparql: str


def parse_question(name: str, text: str) -> Question:
    """Read the header comment of a .rq file.

    First line: the summary; then prose; `# param NAME: TYPE[?] [= DEFAULT] doc` per parameter."""
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    params = tuple(
        Param(m[1], m[2], bool(m[3]) or m[4] is not None, m[4], m[5].strip())
        for m in (_PARAM_LINE.match(h) for h in header)
        if m
    )
    prose = [h.lstrip("#").strip() for h in header if not _PARAM_LINE.match(h)]
    summary = prose[0] if prose else name
    return Question(name, summary, "\n".join(prose[1:]).strip(), params, text)


def questions() -> dict[str, Question]:
    """All named questions shipped in kg/queries, by name (file stem)."""
    from importlib.resources import files

    root = files("kg.queries")
    out = {}
    for entry in sorted(root.iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = parse_question(name, entry.read_text(encoding="utf-8"))
    return out


def get_question(name: str) -> Question:
    """The named question `name` (reads only its own file; the list only to report an unknown name)."""
    from importlib.resources import files

    entry = files("kg.queries") / f"{name}.rq"
    if re.fullmatch(r"[A-Za-z0-9_-]+", name) and entry.is_file():
        return parse_question(name, entry.read_text(encoding="utf-8"))
    qs = questions()
    if name not in qs:
        raise KgError(f"no question called {name!r}; known: {', '.join(qs)} (see kg ask --list)")
    return qs[name]


def bind_arguments(
    question: Question, positional: Sequence[str] = (), named: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Named values, with positional values given to the parameters not named, in header order."""
    values = dict(named or {})
    unknown = [k for k in values if k not in {p.name for p in question.params}]
    if unknown:
        raise KgError(
            f"{question.name} has no parameter {', '.join(unknown)}; "
            f"its parameters: {', '.join(p.name for p in question.params)}"
        )
    free = [p.name for p in question.params if p.name not in values]
    if len(positional) > len(free):
        raise KgError(f"too many values for {question.name}: {' '.join(positional)}")
    values.update(zip(free, positional, strict=False))
    return values


def ask(store: Store, name: str, values: Mapping[str, ParamValue] | None = None) -> QueryResult:
    """Run a named question; names of people, countries… are resolved to IRIs by label."""
    question = get_question(name)
    given = dict(values or {})
    bound: dict[str, Term] = {}
    for p in question.params:
        value = given.get(p.name, p.default)
        if value is None or value == "":
            if not p.optional:
                raise KgError(f"{name} needs {p.name} ({p.doc or p.type})")
            continue
        if p.kinds and isinstance(value, str):
            bound[p.name] = ox.NamedNode(resolve(store, value, p.kinds))
        else:
            bound[p.name] = to_term(
                value, None if not isinstance(value, str) else (p.type if not p.kinds else "iri")
            )
    return run_query(store, question.sparql, bound)
