"""What every store offers (the `Store` protocol), its error, and whole-store serialization.

The bottom of the store package: it imports only the model, the namespaces and pyoxigraph, so the
embedded and the remote store, the query layer and everything above can import it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import IO, Any, Protocol, Self

import pyoxigraph as ox

from kg.jsonld import dump_jsonld
from kg.model import KgError
from kg.namespaces import PREFIXES
from kg.vocab import DMO

CONTENT_HASH = ox.NamedNode(str(DMO["contentHash"]))  # on each graph, of what it was made from

# RDF serializations by the names users type (FORMATS takes aliases too; RDF_FORMATS are the names
# shown in help and errors): the one table of the package (export, query results, dumps)
RDF_FORMATS = ("turtle", "nt", "nquads", "trig", "jsonld", "rdfxml")
FORMATS: dict[str, ox.RdfFormat] = {
    "turtle": ox.RdfFormat.TURTLE,
    "ttl": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "nquads": ox.RdfFormat.N_QUADS,
    "nq": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "jsonld": ox.RdfFormat.JSON_LD,
    "json-ld": ox.RdfFormat.JSON_LD,
    "rdfxml": ox.RdfFormat.RDF_XML,
    "xml": ox.RdfFormat.RDF_XML,
}
QUAD_FORMATS = {ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG}


class StoreError(KgError):
    """The store cannot be opened, read or written."""


class Store(Protocol):
    """What every store offers the rest of the package."""

    location: str

    def content_hashes(self) -> dict[str, str]: ...

    def extractor_versions(self) -> dict[str, str]: ...

    def write_releases(self, releases: Sequence[tuple[str, list[ox.Quad]]], replace: bool = True) -> None: ...

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None: ...

    def query(
        self, sparql: str, substitutions: dict[str, ox.NamedNode | ox.Literal] | None = None
    ) -> Any: ...

    def quads(self) -> Iterator[ox.Quad]: ...

    def __len__(self) -> int: ...

    def update(self, sparql: str) -> None: ...

    def write_nquads(self, releases: Sequence[tuple[str, bytes]]) -> None: ...

    def dump(self, output: IO[bytes] | str | None, fmt: str) -> bytes | None: ...

    def flush(self) -> None: ...

    def compact(self) -> None: ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(self, *exc_info: object) -> None: ...


def dump(store: Store, output: IO[bytes] | str | None, fmt: str) -> bytes | None:
    """Serialize the whole store; triple formats get the union of all graphs."""
    rdf_format = FORMATS.get(fmt.lower())
    if rdf_format is None:
        raise KgError(f"unknown format {fmt!r}; choose one of {', '.join(RDF_FORMATS)}")
    if rdf_format == ox.RdfFormat.JSON_LD:  # named graphs kept, with an @context of the prefixes
        return dump_jsonld(store.quads(), output)
    prefixes = {k: v for k, v in PREFIXES.items() if k not in ("sh", "time")}
    if rdf_format in QUAD_FORMATS:
        data: Iterable[Any] = store.quads()
    else:
        data = list(dict.fromkeys(ox.Triple(q.subject, q.predicate, q.object) for q in store.quads()))
    kwargs: dict[str, Any] = (
        {"prefixes": prefixes} if rdf_format not in (ox.RdfFormat.N_QUADS, ox.RdfFormat.N_TRIPLES) else {}
    )
    return ox.serialize(data, output, rdf_format, **kwargs)
