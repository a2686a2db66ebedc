"""Query results: one result type, and the ways of printing it.

`QueryResult` holds rows (SELECT), a boolean (ASK) or triples (CONSTRUCT/DESCRIBE). `serialize`
writes it as an aligned table, CSV/TSV, the SPARQL 1.1 JSON and XML results formats, or an RDF
format. What the table prints as an IRI can be pasted back into a query as is: a prefixed name
when the local part is a valid SPARQL PN_LOCAL, else the full IRI in angle brackets (`iri_text`).
"""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from typing import Literal as Kind
from xml.sax.saxutils import escape, quoteattr

import pyoxigraph as ox

from kg.model import KgError
from kg.namespaces import PREFIXES
from kg.store.base import FORMATS, RDF_FORMATS

Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple

XSD = PREFIXES["xsd"]
TABLE_FORMATS = ("table", "csv", "tsv", "json", "xml")
DEFAULT_MAX_WIDTH = 60


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
        return [{c: _value(v) for c, v in zip(self.columns, row, strict=False)} for row in self.rows]

    def column(self, name: str) -> list[str | None]:
        i = self.columns.index(name)
        return [_value(row[i]) for row in self.rows]


def _value(term: Term | None) -> str | None:
    """The IRI, blank node label or literal value; a quoted triple's text; None when unbound."""
    if term is None:
        return None
    return str(term) if isinstance(term, ox.Triple) else term.value


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


# --- output --------------------------------------------------------------------------------------


# SPARQL 1.1 grammar, PN_LOCAL: what may follow `prefix:` in a prefixed name.
_PN_CHARS_BASE = (
    "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u02ff\u0370-\u037d\u037f-\u1fff\u200c-\u200d"
    "\u2070-\u218f\u2c00-\u2fef\u3001-\ud7ff\uf900-\ufdcf\ufdf0-\ufffd\U00010000-\U000effff"
)
_PN_CHARS_U = _PN_CHARS_BASE + "_"
_PN_CHARS = _PN_CHARS_U + "\\-0-9\u00b7\u0300-\u036f\u203f-\u2040"
_PLX = "%[0-9A-Fa-f]{2}"
_PN_LOCAL = re.compile(
    f"(?:[{_PN_CHARS_U}:0-9]|{_PLX})(?:(?:[{_PN_CHARS}.:]|{_PLX})*(?:[{_PN_CHARS}:]|{_PLX}))?"
)


def is_pn_local(text: str) -> bool:
    """Whether `text` can stand unescaped after `prefix:` in SPARQL (and Turtle)."""
    return _PN_LOCAL.fullmatch(text) is not None


def iri_text(iri: str) -> str:
    """An IRI as it can be pasted into a query: `dmo:Meeting` when the local part is a valid
    PN_LOCAL for one of the project's prefixes, else `<https://…>` in full."""
    for p, ns in PREFIXES.items():
        if iri.startswith(ns) and is_pn_local(iri[len(ns) :]):
            return f"{p}:{iri[len(ns) :]}"
    return f"<{iri}>"


def compact(term: Term | None) -> str:
    """A short form that reads well and pastes back: IRIs as `iri_text`, bare literal values."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return iri_text(term.value)
    if isinstance(term, ox.Literal):
        return term.value
    return str(term)


def _cut(cell: str, max_width: int) -> str:
    if not max_width or len(cell) <= max_width or (cell.startswith("<") and cell.endswith(">")):
        return cell
    return cell[: max_width - 1] + "…"


def format_table(
    columns: list[str], rows: Iterable[Iterable[str]], max_width: int = DEFAULT_MAX_WIDTH
) -> str:
    """An aligned plain-text table; cells longer than `max_width` are cut (0: never cut), except
    IRIs in angle brackets, which are always whole so they can be pasted back."""
    cells = [[_cut(c, max_width) for c in row] for row in rows]
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


def serialize(result: QueryResult, fmt: str = "table", max_width: int = DEFAULT_MAX_WIDTH) -> str:
    """The result as text: table, csv, tsv, json (SPARQL 1.1 JSON), xml (SPARQL XML) for
    SELECT/ASK; an RDF format (turtle, nt, nquads, trig, jsonld, rdfxml) for CONSTRUCT/DESCRIBE.
    Table cells are cut at `max_width` characters (0: never)."""
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
        return format_table(cols, ([compact(v) for v in row] for row in rows), max_width)
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
    rdf_format = FORMATS.get(fmt)
    if rdf_format is None or fmt in TABLE_FORMATS:
        raise KgError(f"a CONSTRUCT or DESCRIBE result is a graph: use one of {', '.join(RDF_FORMATS)}")
    if rdf_format == ox.RdfFormat.JSON_LD:
        from kg.jsonld import dump_jsonld

        quads = [ox.Quad(t.subject, t.predicate, t.object) for t in triples]
        return (dump_jsonld(quads, None) or b"").decode("utf-8")
    prefixes = {k: v for k, v in PREFIXES.items() if k not in ("sh", "time")}
    kwargs: dict[str, Any] = (
        {} if rdf_format in (ox.RdfFormat.N_TRIPLES, ox.RdfFormat.N_QUADS) else {"prefixes": prefixes}
    )
    data = ox.serialize(
        triples
        if rdf_format not in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG)
        else [ox.Quad(t.subject, t.predicate, t.object) for t in triples],
        None,
        rdf_format,
        **kwargs,
    )
    return (data or b"").decode("utf-8")
