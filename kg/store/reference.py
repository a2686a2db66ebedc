"""Loading the ontology and the reference data shipped in kg.ontology into their own graphs."""

from __future__ import annotations

import hashlib
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from kg.model import KgError
from kg.namespaces import ONTOLOGY_GRAPH, REFERENCE_GRAPH
from kg.reference import loader
from kg.store.base import CONTENT_HASH, Store


def _ontology_files() -> tuple[list[Path], list[Path]]:
    """The ontology, and the reference data files: the very list extraction reads
    (kg.reference.loader.default_paths), so the store's reference graph is what extraction used."""
    ontology = [Path(str(resources.files("kg.ontology") / "dmo.ttl"))]
    return [p for p in ontology if p.exists()], loader.default_paths()


def _stable(term: Any, labels: dict[ox.BlankNode, ox.BlankNode], digest: str) -> Any:
    """Blank nodes renamed in parse order (the parser's labels are random), so every store that
    loads the same reference files holds the same quads."""
    if not isinstance(term, ox.BlankNode):
        return term
    if term not in labels:
        labels[term] = ox.BlankNode(f"r{digest[:12]}n{len(labels)}")
    return labels[term]


def load_reference_data(store: Store) -> bool:
    """Load the ontology and the reference data into their own graphs when they changed.

    Returns True when anything was (re)loaded."""
    changed = False
    ontology, reference = _ontology_files()
    hashes = store.content_hashes()
    for graph, files in ((ONTOLOGY_GRAPH, ontology), (REFERENCE_GRAPH, reference)):
        if not files:
            continue
        digest = hashlib.sha256(b"".join(p.read_bytes() for p in files)).hexdigest()
        graph_iri = str(graph)
        if hashes.get(graph_iri) == digest:
            continue
        node = ox.NamedNode(graph_iri)
        quads: list[ox.Quad] = []
        labels: dict[ox.BlankNode, ox.BlankNode] = {}
        for path in files:
            try:
                quads.extend(
                    ox.Quad(
                        _stable(q.subject, labels, digest),
                        q.predicate,
                        _stable(q.object, labels, digest),
                        node,
                    )
                    for q in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)
                )
            except SyntaxError as e:
                raise KgError(f"reference file {path.name} is not valid Turtle: {e}") from e
        quads.append(ox.Quad(node, CONTENT_HASH, ox.Literal(digest), node))
        store.write_releases([(graph_iri, quads)])
        changed = True
    return changed
