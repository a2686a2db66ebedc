"""SHACL validation of the knowledge graph against ontology/shapes.ttl, with a readable report.

`validate(source)` takes an rdflib Graph or Dataset, a pyoxigraph Store or a `kg.store` store;
it validates the union of all graphs (classes may be asserted in one named graph and used in
another), with the ontology added so `sh:class` sees its subclass axioms. No RDFS inference is
run: range inference would make every `sh:class` constraint pass trivially.
`validate_store(location)` opens a store read-only and validates it.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, NamedTuple

import pyoxigraph as ox
from pyshacl import validate as shacl_validate
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH, XSD
from rdflib.term import Node

from kg.model import KgError
from kg.namespaces import PREFIXES
from kg.store import open_store
from kg.vocab import load_ontology, shapes_path

SEVERITIES = {SH.Violation: "Violation", SH.Warning: "Warning", SH.Info: "Info"}


class ValidationResult(NamedTuple):
    """One SHACL result: terms written compactly (`dmr:meeting/…`, `dmo:status`)."""

    focus: str
    path: str
    message: str
    severity: str  # "Violation", "Warning" or "Info"
    shape: str = ""  # the shape that produced it, e.g. "dmsh:MeetingStatus"
    value: str = ""  # the offending value, when there is one
    constraint: str = ""  # the constraint that failed, e.g. "maxCount", "pattern"


@dataclass
class ValidationReport:
    """The outcome of validating a graph: `conforms` is false when there is any Violation."""

    conforms: bool
    results: list[ValidationResult] = field(default_factory=list)
    text: str = ""

    @property
    def violations(self) -> int:
        return sum(1 for r in self.results if r.severity == "Violation")


def validate(source: Any, max_examples: int = 5) -> ValidationReport:
    """Validate `source`: an rdflib Graph or Dataset, a pyoxigraph Store, or a kg.store store."""
    data = _union_graph(source)
    for triple in load_ontology():  # so sh:class sees the ontology's rdfs:subClassOf
        data.add(triple)
    shapes = Graph().parse(shapes_path(), format="turtle")
    _, results_graph, _ = shacl_validate(
        data,
        shacl_graph=shapes,
        inference="none",
        allow_warnings=True,
        allow_infos=True,
        inplace=True,
    )
    results = _read_results(results_graph, shapes)
    conforms = not any(r.severity == "Violation" for r in results)
    return ValidationReport(conforms, results, format_report(conforms, results, data, max_examples))


def validate_store(location: str | Path, max_examples: int = 5) -> ValidationReport:
    """Validate the store at `location`: a directory (opened read-only) or a SPARQL endpoint URL."""

    loc = str(location)
    if not loc.startswith(("http://", "https://")) and not Path(loc).is_dir():
        raise KgError(f"no store at {loc}: ingest releases first (kg ingest), or give --store")
    store = open_store(loc, read_only=True)
    return validate(store, max_examples)  # read-only: nothing to flush; closed when collected


# ---------------------------------------------------------------- building the data graph


def _union_graph(source: Any) -> Graph:
    """A new rdflib Graph holding every triple of every graph of `source` (never modifies it)."""
    if isinstance(source, Dataset):
        g = Graph()
        for s, p, o, _ in source.quads((None, None, None, None)):
            g.add((s, p, o))
        return g
    if isinstance(source, Graph):
        g = Graph()
        for triple in source:
            g.add(triple)
        return g
    if isinstance(source, ox.Store):
        return graph_from_quads(source.quads_for_pattern(None, None, None, None))
    if callable(getattr(source, "quads", None)):  # a kg.store.Store
        return graph_from_quads(source.quads())
    if callable(getattr(source, "to_rdflib", None)):
        return _union_graph(source.to_rdflib())
    raise KgError(f"cannot validate a {type(source).__name__}: give an rdflib Graph or a store")


def graph_from_quads(quads: Iterable[ox.Quad]) -> Graph:
    """An rdflib Graph of the triples of pyoxigraph `quads`, all graph names merged."""
    g = Graph()
    conv = _Converter()
    # rdflib logs a traceback for each ill-typed literal; SHACL reports those as results instead
    log = logging.getLogger("rdflib.term")
    was_disabled, log.disabled = log.disabled, True
    try:
        for q in quads:
            g.add((conv.term(q.subject), conv.term(q.predicate), conv.term(q.object)))
    finally:
        log.disabled = was_disabled
    return g


class _Converter:
    """pyoxigraph term -> rdflib term, remembering IRIs (most terms repeat)."""

    def __init__(self) -> None:
        self.iris: dict[str, URIRef] = {}

    def term(self, t: Any) -> Node:
        if isinstance(t, ox.NamedNode):
            iri = self.iris.get(t.value)
            if iri is None:
                iri = self.iris[t.value] = URIRef(t.value)
            return iri
        if isinstance(t, ox.BlankNode):
            return BNode(t.value)
        if isinstance(t, ox.Literal):
            if t.language:
                return Literal(t.value, lang=t.language)
            if t.datatype.value == str(XSD.string):
                return Literal(t.value)
            return Literal(t.value, datatype=self.term(t.datatype))
        raise KgError(f"cannot validate RDF-star triple terms: {t}")


# ---------------------------------------------------------------- reading and writing results


def _read_results(results_graph: Graph, shapes: Graph) -> list[ValidationResult]:
    out = []
    for r in results_graph.subjects(RDF.type, SH.ValidationResult):
        severity = SEVERITIES.get(results_graph.value(r, SH.resultSeverity), "Violation")
        message = results_graph.value(r, SH.resultMessage)
        out.append(
            ValidationResult(
                focus=_compact(results_graph.value(r, SH.focusNode)),
                path=_compact(results_graph.value(r, SH.resultPath)),
                message=str(message) if message is not None else "",
                severity=severity,
                shape=_shape_name(results_graph.value(r, SH.sourceShape), shapes),
                value=_compact(results_graph.value(r, SH.value)),
                constraint=_constraint_name(results_graph.value(r, SH.sourceConstraintComponent)),
            )
        )
    out.sort(key=lambda r: (r.severity != "Violation", r.shape, r.focus, r.value))
    return out


def _shape_name(shape: Node | None, shapes: Graph) -> str:
    """A shape's compact IRI; a blank property shape is named after its node shape and path."""
    if isinstance(shape, BNode):
        parent = shapes.value(None, SH.property, shape)
        path = shapes.value(shape, SH.path)
        return f"{_compact(parent)} {_compact(path)}".strip()
    return _compact(shape)


def _constraint_name(component: Node | None) -> str:
    """sh:MaxCountConstraintComponent -> "maxCount"."""
    if not isinstance(component, URIRef):
        return ""
    name = str(component).rsplit("#", 1)[-1].removesuffix("ConstraintComponent")
    return name[:1].lower() + name[1:]


_SHAPES_NS = "https://w3id.org/dmkg/shapes#"


def _compact(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, URIRef):
        iri = str(term)
        if iri.startswith(_SHAPES_NS):
            return "dmsh:" + iri[len(_SHAPES_NS) :]
        for prefix, ns in PREFIXES.items():
            if iri.startswith(ns) and len(iri) > len(ns):
                return f"{prefix}:{iri[len(ns) :]}"
        return f"<{iri}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        text = str(term)
        return repr(text[:60] + ("…" if len(text) > 60 else ""))
    return str(term)


def format_report(
    conforms: bool, results: list[ValidationResult], data: Graph | None, max_examples: int
) -> str:
    """Results grouped by shape: a count, the message and up to `max_examples` focus nodes each."""
    groups: dict[tuple[str, str, str], list[ValidationResult]] = defaultdict(list)
    for r in results:
        groups[(r.severity, r.shape, r.message)].append(r)
    counts = defaultdict(int)
    for r in results:
        counts[r.severity] += 1
    size = f" ({len(data)} triples)" if data is not None else ""
    head = "conforms" if conforms else "does NOT conform"
    summary = ", ".join(f"{n} {sev.lower()}{'s' if n != 1 else ''}" for sev, n in sorted(counts.items()))
    lines = [f"Graph{size} {head} to the shapes" + (f": {summary}" if summary else ".")]
    order = sorted(groups, key=lambda k: (k[0] != "Violation", -len(groups[k]), k[1]))
    for key in order:
        sev, shape, message = key
        items = groups[key]
        lines.append(f"\n[{sev}] {shape}: {message} ({len(items)} result{'s' if len(items) != 1 else ''})")
        for r in items[:max_examples]:
            value = f" value {r.value}" if r.value else ""
            lines.append(f"  - {r.focus}{value} ({r.constraint})")
        if len(items) > max_examples:
            lines.append(f"  … and {len(items) - max_examples} more")
    return "\n".join(lines)
