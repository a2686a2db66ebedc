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
from datetime import date

import pyoxigraph as ox

from kg.model import KgError
from kg.namespaces import PREFIXES
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
from kg.store import Store

__all__ = [
    "RDF_FORMATS",
    "TABLE_FORMATS",
    "Param",
    "Question",
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

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
ParamValue = Term | str | int | float | bool | date

XSD = PREFIXES["xsd"]
_PARAM = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?::([a-z]+))?=(.*)$", re.S)


def to_term(value: ParamValue, kind: str | None = None) -> Term:
    """An RDF term from a Python value, or from a string read as `kind` (str, int, float, bool,
    date, iri)."""
    if isinstance(value, (ox.NamedNode, ox.BlankNode, ox.Literal, ox.Triple)):
        return value
    try:
        if kind in (None, "str", "string") and isinstance(value, str):
            return ox.Literal(value)
        if kind == "iri":
            if not isinstance(value, str) or not re.match(
                r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|^`\\]*$", value
            ):
                raise ValueError("not an absolute IRI")
            return ox.NamedNode(value)
        if isinstance(value, bool) or kind == "bool":
            text = str(value).lower()
            if text not in ("true", "false", "1", "0"):
                raise ValueError("not a boolean")
            return ox.Literal(text in ("true", "1"))
        if isinstance(value, int) or kind in ("int", "integer"):
            number = int(value)  # type: ignore[arg-type]  # a date here is the caller's TypeError
            return ox.Literal(str(number), datatype=ox.NamedNode(XSD + "integer"))
        if isinstance(value, float) or kind in ("float", "decimal", "double"):
            real = float(value)  # type: ignore[arg-type]  # as above
            return ox.Literal(str(real), datatype=ox.NamedNode(XSD + "double"))
        if isinstance(value, date) or kind == "date":
            d = value if isinstance(value, date) else date.fromisoformat(str(value))
            return ox.Literal(d.isoformat(), datatype=ox.NamedNode(XSD + "date"))
    except ValueError as e:
        raise KgError(f"{value!r} is not a valid {kind or type(value).__name__}: {e}") from e
    raise KgError(f"unknown parameter type {kind!r}; use str, int, float, bool, date or iri")


def parse_param(text: str) -> tuple[str, Term]:
    """`name=value` (string), `name:int=3`, `name:date=2023-01-01`, `name:iri=https://…`."""
    m = _PARAM.match(text)
    if not m:
        raise KgError(f"parameter {text!r} should look like name=value or name:type=value")
    name, kind, value = m.groups()
    return name, to_term(value, kind or "str")


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


class QuerySyntaxError(KgError):
    """A query that does not parse, located in the user's own text."""


_ERROR_AT = re.compile(r"error at (\d+):(\d+): (.*)", re.S)


def syntax_error(sparql: str, prefixed: str) -> QuerySyntaxError | None:
    """Where `sparql` (the user's text) fails to parse, counted in the user's own lines (not the
    PREFIX lines `with_prefixes` added), with a short message; None when it parses."""
    try:
        ox.Store().query(prefixed)  # an empty store: the parse is what is wanted
    except SyntaxError as e:
        m = _ERROR_AT.search(str(e))
        if m is None:
            return QuerySyntaxError(f"SPARQL syntax error: {str(e).splitlines()[0]}")
        added = prefixed.count("\n") - sparql.count("\n")
        line, column = max(1, int(m[1]) - added), int(m[2])
        lines = sparql.splitlines() or [""]
        near = lines[min(line, len(lines)) - 1].strip()
        where = f'line {line}, column {column} (in "{near[:60]}")' if near else f"line {line}"
        return QuerySyntaxError(f"SPARQL syntax error at {where}: {_short_reason(m[3])}")
    except Exception:  # it parses; what failed was the evaluation, reported as it was
        return None
    return None


def _short_reason(expected: str) -> str:
    """The parser's expected-token set, shortened to something a reader can act on."""
    first = expected.splitlines()[0].strip()
    if "Prefix not found" in first:
        return "unknown prefix (declare it with PREFIX; the predeclared ones are in `kg query --help`)"
    items = first.removeprefix("expected one of ").removeprefix("expected ").split(", ")
    if len(items) <= 4 and len(first) <= 60 and not any("[" in i for i in items):
        return first
    return "cannot parse the query here (a missing or extra term, bracket, quote or dot?)"


def with_prefixes(sparql: str) -> str:
    """The query with the project's PREFIX declarations added for the prefixes it does not declare."""
    declared = {m.lower() for m in re.findall(r"(?im)^\s*PREFIX\s+([\w-]*):", sparql)}
    missing = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items() if p.lower() not in declared)
    return missing + sparql


# --- binding parameters: a VALUES block, never pasted text ----------------------------------------


_PARAMS_MARK = re.compile(r"(?m)^[ \t]*# @params[ \t]*$")


def bind_values(sparql: str, bindings: Mapping[str, Term]) -> str:
    """The query with `VALUES (?a ?b) { (term term) }` as the first element of its outer WHERE group.

    Terms are serialized in N-Triples syntax (escaped by pyoxigraph), so a value can never
    become query syntax. Parameters should be used in the outer group (filters inside nested
    groups are evaluated before the join, as the SPARQL algebra says). A line that is only the
    comment `# @params` (e.g. first in a sub-SELECT's WHERE group, which cannot see the outer
    VALUES) is replaced by the same block, so the sub-select is restricted to the values too."""
    names = list(bindings)
    block = (
        "VALUES ("
        + " ".join(f"?{n}" for n in names)
        + ") { ("
        + " ".join(_term_text(bindings[n]) for n in names)
        + ") }\n"
    )
    sparql = _PARAMS_MARK.sub(lambda _: block.rstrip("\n"), sparql)
    pos = _where_brace(sparql)
    if pos is None:
        return sparql + "\n" + block
    return sparql[: pos + 1] + "\n" + block + sparql[pos + 1 :]


def _term_text(term: Term) -> str:
    if isinstance(term, ox.BlankNode):
        raise KgError("a blank node cannot be bound as a parameter of a remote query")
    if isinstance(term, (ox.NamedNode, ox.Literal)):
        return str(term)
    raise KgError(f"cannot bind {term!r} as a parameter")


def _where_brace(sparql: str) -> int | None:
    """Index of the `{` opening the outer WHERE group (skipping strings, IRIs and comments)."""
    i, n, depth = 0, len(sparql), 0
    first_brace: int | None = None
    after_where = False
    upper = sparql.upper()
    while i < n:
        c = sparql[i]
        if c == "#":
            j = sparql.find("\n", i)
            i = n if j < 0 else j + 1
            continue
        if c in "\"'":
            quote = c * 3 if sparql.startswith(c * 3, i) else c
            j = i + len(quote)
            while j < n and not sparql.startswith(quote, j):
                j += 2 if sparql[j] == "\\" else 1
            i = j + len(quote)
            continue
        if c == "<":
            j = i + 1
            while j < n and sparql[j] not in '<>"{}|^`\\ \t\r\n':
                j += 1
            if j < n and sparql[j] == ">":
                i = j + 1
                continue
        if c == "{":
            if depth == 0:
                if after_where:
                    return i
                if first_brace is None:
                    first_brace = i
            depth += 1
        elif c == "}":
            depth -= 1
        elif (
            depth == 0
            and upper.startswith("WHERE", i)
            and (i == 0 or not (sparql[i - 1].isalnum() or sparql[i - 1] in "_?$:"))
            and (i + 5 >= n or not (sparql[i + 5].isalnum() or sparql[i + 5] == "_"))
        ):
            after_where = True
        i += 1
    # SELECT/ASK without the WHERE keyword: the first outer group is the pattern
    if first_brace is not None and not re.search(
        r"(?i)\b(CONSTRUCT|DESCRIBE)\b", _strip(sparql[:first_brace])
    ):
        return first_brace
    return None


def _strip(prologue: str) -> str:
    return re.sub(r"<[^>\s]*>", "", re.sub(r"#[^\n]*", "", prologue))


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
    from kg.resolve import resolve

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
