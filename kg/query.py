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

import csv
import io
import json
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Literal as Kind
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.model import KgError
from kg.namespaces import PREFIXES
from kg.store import FORMATS, Store

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
ParamValue = Term | str | int | float | bool | date

XSD = PREFIXES["xsd"]
TABLE_FORMATS = ("table", "csv", "tsv", "json", "xml")
RDF_FORMATS = ("turtle", "nt", "nquads", "trig", "jsonld", "rdfxml")
_PARAM = re.compile(r"^([A-Za-z_][A-Za-z0-9_]*)(?::([a-z]+))?=(.*)$", re.S)


@dataclass
class QueryResult:
    """The answer of a query: rows (SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE)."""

    kind: Kind["select", "ask", "graph"]
    columns: list[str] = field(default_factory=list)
    rows: list[tuple[Term | None, ...]] = field(default_factory=list)
    boolean: bool | None = None
    triples: list[ox.Triple] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.rows) if self.kind == "select" else len(self.triples)

    def records(self) -> list[dict[str, str | None]]:
        """Rows as dicts of plain strings (IRI or literal value), None where unbound."""
        return [
            {c: (v.value if v is not None else None) for c, v in zip(self.columns, row, strict=False)}
            for row in self.rows
        ]

    def column(self, name: str) -> list[str | None]:
        i = self.columns.index(name)
        return [row[i].value if row[i] is not None else None for row in self.rows]


def wrap(raw: object) -> QueryResult:
    """One QueryResult from what a store's `query` returned (pyoxigraph objects or plain ones)."""
    if isinstance(raw, (bool, ox.QueryBoolean)):
        return QueryResult("ask", boolean=bool(raw))
    if isinstance(raw, ox.QuerySolutions):
        columns = [v.value for v in raw.variables]
        # a solution iterates its values in `variables` order (None where unbound): no look-up by name
        return QueryResult("select", columns, [tuple(s) for s in raw])
    triples: list[ox.Triple] = []
    for t in raw:  # type: ignore[attr-defined]
        triples.append(t if isinstance(t, ox.Triple) else ox.Triple(t.subject, t.predicate, t.object))
    return QueryResult("graph", triples=triples)


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
            return ox.Literal(str(int(value)), datatype=ox.NamedNode(XSD + "integer"))
        if isinstance(value, float) or kind in ("float", "decimal", "double"):
            return ox.Literal(str(float(value)), datatype=ox.NamedNode(XSD + "double"))
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
    return wrap(store.query(bind_values(text, terms) if terms else text))


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


# --- output --------------------------------------------------------------------------------------


def compact(term: Term | None) -> str:
    """A short human-readable form: prefixed IRIs, bare literal values."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        for p, iri in PREFIXES.items():
            if term.value.startswith(iri) and len(term.value) > len(iri):
                return f"{p}:{term.value[len(iri) :]}"
        return term.value
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def format_table(columns: list[str], rows: Iterable[Iterable[str]], max_width: int = 60) -> str:
    """An aligned plain-text table (cells cut at `max_width`)."""
    cells = [[c if len(c) <= max_width else c[: max_width - 1] + "…" for c in row] for row in rows]
    widths = [max([len(c)] + [len(r[i]) for r in cells]) for i, c in enumerate(columns)]
    lines = [
        "  ".join(c.ljust(w) for c, w in zip(columns, widths, strict=False)).rstrip(),
        "  ".join("-" * w for w in widths),
    ]
    lines += ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=False)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"


def _json_term(t: Term) -> dict[str, object]:
    if isinstance(t, ox.NamedNode):
        return {"type": "uri", "value": t.value}
    if isinstance(t, ox.BlankNode):
        return {"type": "bnode", "value": t.value}
    if isinstance(t, ox.Triple):
        return {
            "type": "triple",
            "value": {k: _json_term(getattr(t, k)) for k in ("subject", "predicate", "object")},
        }
    out: dict[str, object] = {"type": "literal", "value": t.value}
    if t.language:
        out["xml:lang"] = t.language
    elif t.datatype.value != XSD + "string":
        out["datatype"] = t.datatype.value
    return out


def _xml_term(t: Term) -> str:
    if isinstance(t, ox.NamedNode):
        return f"<uri>{escape(t.value)}</uri>"
    if isinstance(t, ox.BlankNode):
        return f"<bnode>{escape(t.value)}</bnode>"
    if isinstance(t, ox.Literal):
        if t.language:
            return f"<literal xml:lang={quoteattr(t.language)}>{escape(t.value)}</literal>"
        if t.datatype.value != XSD + "string":
            return f"<literal datatype={quoteattr(t.datatype.value)}>{escape(t.value)}</literal>"
        return f"<literal>{escape(t.value)}</literal>"
    return f"<literal>{escape(str(t))}</literal>"


def serialize(result: QueryResult, fmt: str = "table") -> str:
    """The result as text: table, csv, tsv, json (SPARQL 1.1 JSON), xml (SPARQL XML) for
    SELECT/ASK; an RDF format (turtle, nt, nquads, trig, jsonld, rdfxml) for CONSTRUCT/DESCRIBE."""
    fmt = fmt.lower()
    if result.kind == "graph":
        return _serialize_graph(result.triples, "turtle" if fmt == "table" else fmt)
    if fmt in RDF_FORMATS:
        raise KgError(f"{fmt} is for CONSTRUCT and DESCRIBE queries; use one of {', '.join(TABLE_FORMATS)}")
    if result.kind == "ask":
        b = bool(result.boolean)
        if fmt == "json":
            return json.dumps({"head": {}, "boolean": b}) + "\n"
        if fmt == "xml":
            return (
                '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">'
                f"<head/><boolean>{str(b).lower()}</boolean></sparql>\n"
            )
        return ("true" if b else "false") + "\n"
    cols, rows = result.columns, result.rows
    if fmt == "table":
        return format_table(cols, ([compact(v) for v in row] for row in rows))
    if fmt in ("csv", "tsv"):
        buf = io.StringIO()
        if fmt == "csv":
            w = csv.writer(buf, lineterminator="\r\n")
            w.writerow(cols)
            w.writerows(
                [("" if v is None else v.value if not isinstance(v, ox.Triple) else str(v)) for v in row]
                for row in rows
            )
        else:
            buf.write("\t".join("?" + c for c in cols) + "\n")
            for row in rows:
                buf.write("\t".join("" if v is None else str(v) for v in row) + "\n")
        return buf.getvalue()
    if fmt == "json":
        bindings = [
            {c: _json_term(v) for c, v in zip(cols, row, strict=False) if v is not None} for row in rows
        ]
        return (
            json.dumps({"head": {"vars": cols}, "results": {"bindings": bindings}}, ensure_ascii=False) + "\n"
        )
    if fmt == "xml":
        head = "".join(f"<variable name={quoteattr(c)}/>" for c in cols)
        body = "".join(
            "<result>"
            + "".join(
                f"<binding name={quoteattr(c)}>{_xml_term(v)}</binding>"
                for c, v in zip(cols, row, strict=False)
                if v is not None
            )
            + "</result>\n"
            for row in rows
        )
        return (
            '<?xml version="1.0"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n'
            f"<head>{head}</head>\n<results>\n{body}</results>\n</sparql>\n"
        )
    raise KgError(f"unknown format {fmt!r}; use one of {', '.join(TABLE_FORMATS + RDF_FORMATS)}")


def _serialize_graph(triples: list[ox.Triple], fmt: str) -> str:
    rdf_format = ox.RdfFormat.RDF_XML if fmt == "rdfxml" else FORMATS.get(fmt)
    if rdf_format is None or fmt in TABLE_FORMATS:
        raise KgError(f"a CONSTRUCT or DESCRIBE result is a graph: use one of {', '.join(RDF_FORMATS)}")
    prefixes = {k: v for k, v in PREFIXES.items() if k not in ("sh", "time")}
    kwargs = {} if rdf_format in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS) else {"prefixes": prefixes}
    data = ox.serialize(
        triples
        if rdf_format not in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG)
        else [ox.Quad(t.subject, t.predicate, t.object) for t in triples],
        None,
        rdf_format,
        **kwargs,
    )
    return (data or b"").decode("utf-8")


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
