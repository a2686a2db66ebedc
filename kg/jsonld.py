"""JSON-LD export that keeps the named graphs and reads as JSON: an @context with the project's prefixes.

pyoxigraph writes JSON-LD in expanded form (every IRI in full, no context). This module wraps that
in `{"@context": {prefix: namespace, …}, "@graph": [...]}` and writes IRIs as compact IRIs
(`dmo:date`, `dmr:release/…`) wherever JSON-LD expands them back: property names, `@id` and `@type`
values. Literal values are never touched. Each release stays a named graph:
`{"@id": "dmr:release/…", "@graph": [...]}`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import IO, Any

import pyoxigraph as ox

from kg.namespaces import PREFIXES

# JSON-LD 1.1 uses a term as a prefix only when its IRI ends with a gen-delim: all of ours do.
CONTEXT: dict[str, str] = {p: iri for p, iri in PREFIXES.items() if iri[-1] in "/#:?[]@"}


def compact_iri(iri: str, context: dict[str, str] = CONTEXT) -> str:
    """`prefix:rest` for an IRI under one of the context's namespaces (longest match), else the IRI."""
    best = max((ns for ns in context.values() if iri.startswith(ns)), key=len, default=None)
    if best is None:
        return iri
    rest = iri[len(best) :]
    if not rest or rest.startswith("//"):  # "p://…" would be read as an absolute IRI
        return iri
    prefix = next(p for p, ns in context.items() if ns == best)
    return f"{prefix}:{rest}"


def _compact(node: Any) -> Any:
    if isinstance(node, list):
        return [_compact(n) for n in node]
    if not isinstance(node, dict):
        return node
    if "@value" in node:  # a literal: only its datatype is an IRI
        return {k: (compact_iri(v) if k == "@type" else v) for k, v in node.items()}
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key == "@id":
            out[key] = compact_iri(value)
        elif key == "@type":
            out[key] = [compact_iri(v) for v in value] if isinstance(value, list) else compact_iri(value)
        elif key.startswith("@"):
            out[key] = _compact(value)
        else:
            out[compact_iri(key)] = _compact(value)
    return out


def to_jsonld(quads: Iterable[ox.Quad]) -> dict[str, Any]:
    """The quads as one JSON-LD document: @context with the prefixes, @graph with named graphs."""
    expanded = json.loads(ox.serialize(quads, None, ox.RdfFormat.JSON_LD) or b"[]")
    return {"@context": dict(CONTEXT), "@graph": _compact(expanded)}


def dump_jsonld(quads: Iterable[ox.Quad], output: IO[bytes] | str | None) -> bytes | None:
    """Write the JSON-LD document to a file name or binary stream, or return it as bytes."""
    data = json.dumps(to_jsonld(quads), ensure_ascii=False, indent=1).encode("utf-8") + b"\n"
    if output is None:
        return data
    if isinstance(output, str):
        with open(output, "wb") as f:
            f.write(data)
    else:
        output.write(data)
    return None
