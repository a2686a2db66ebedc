"""SPARQL text and terms, below both the stores and the queries: RDF terms from Python values
(`to_term`, `parse_param`), the project's prefixes (`with_prefixes`), parameters bound as a VALUES
block at the start of the outer WHERE group (`bind_values`, a small lexer that skips strings, IRIs
and comments), syntax errors located in the user's own text (`syntax_error`), and the one pattern
for "a meeting, counted once" (`counted`).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

import pyoxigraph as ox

from kg.model import KgError
from kg.namespaces import PREFIXES

__all__ = [
    "COUNTED",
    "ParamValue",
    "QuerySyntaxError",
    "Term",
    "bind_values",
    "counted",
    "parse_param",
    "syntax_error",
    "to_term",
    "with_prefixes",
]

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
ParamValue = Term | str | int | float | bool | date

XSD = PREFIXES["xsd"]
# "A meeting, counted once": a node of the documented class dmo:DistinctMeeting, one per real meeting
# however many releases report it (kg.reconcile writes them into dmr:graph/reconciled). Every count
# and list of meetings uses this one pattern: `kg stats`, the ingest summary, the networks, the explorer
# through `counted`, and the named questions (kg/queries/*.rq) as written here, so that they stay plain
# SPARQL. tests/test_counted_meeting.py fails on any other spelling in kg/.
COUNTED = "a dmo:DistinctMeeting"
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


def counted(var: str) -> str:
    """The triple pattern saying that `?var` is a meeting, counted once: `?var a dmo:DistinctMeeting`
    (more predicates may follow it after `;`)."""
    return f"?{var} {COUNTED}"


def parse_param(text: str) -> tuple[str, Term]:
    """`name=value` (string), `name:int=3`, `name:date=2023-01-01`, `name:iri=https://…`."""
    m = _PARAM.match(text)
    if not m:
        raise KgError(f"parameter {text!r} should look like name=value or name:type=value")
    name, kind, value = m.groups()
    return name, to_term(value, kind or "str")


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
