"""Content negotiation for SPARQL answers: which serialization an `Accept` header asks for."""

from __future__ import annotations

import pyoxigraph as ox

# Offers in the server's order of preference (the first one is the default).
RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
RESULT_ALIASES = {
    "application/json": "application/sparql-results+json",
    "application/xml": "application/sparql-results+xml",
    "text/xml": "application/sparql-results+xml",
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "text/n3": ox.RdfFormat.N3,
}
DATASET_FORMATS: dict[str, ox.RdfFormat] = {
    "application/n-quads": ox.RdfFormat.N_QUADS,
    "application/trig": ox.RdfFormat.TRIG,
}
GRAPH_ALIASES = {
    "application/x-turtle": "text/turtle",
    "text/plain": "application/n-triples",
    "application/xml": "application/rdf+xml",
    "application/json": "application/ld+json",
}


def _ranges(accept: str) -> list[tuple[str, float]]:
    """(media range, q) pairs of an Accept header; malformed q values count as 0."""
    ranges = []
    for part in accept.split(","):
        media, *params = part.split(";")
        media = media.strip().lower()
        if not media:
            continue
        q = 1.0
        for param in params:
            key, _, value = param.partition("=")
            if key.strip().lower() == "q":
                try:
                    q = min(1.0, max(0.0, float(value)))
                except ValueError:
                    q = 0.0
        ranges.append((media, q))
    return ranges


def choose(accept: str | None, offers: list[str], aliases: dict[str, str]) -> str | None:
    """The offer the client prefers (the most specific matching range sets its q), ties going to the
    server's order; the first offer when there is no Accept header; None when nothing is acceptable."""
    ranges = _ranges(accept or "")
    if not ranges:
        return offers[0]
    best, best_q = None, 0.0
    for offer in offers:
        kind = offer.split("/")[0]
        level, q = 0, 0.0
        for media, weight in ranges:
            media = aliases.get(media, media)
            rank = 3 if media == offer else 2 if media == f"{kind}/*" else 1 if media == "*/*" else 0
            if rank > level:
                level, q = rank, weight
            elif rank == level and rank:
                q = max(q, weight)
        if q > best_q:
            best, best_q = offer, q
    return best


def result_format(accept: str | None) -> tuple[str, ox.QueryResultsFormat] | None:
    """Media type and format for SELECT and ASK answers."""
    media = choose(accept, list(RESULT_FORMATS), RESULT_ALIASES)
    return (media, RESULT_FORMATS[media]) if media else None


def graph_format(accept: str | None, datasets: bool = False) -> tuple[str, ox.RdfFormat] | None:
    """Media type and format for CONSTRUCT and DESCRIBE answers (and quads when `datasets`)."""
    offers = {**DATASET_FORMATS, **GRAPH_FORMATS} if datasets else GRAPH_FORMATS
    media = choose(accept, list(offers), GRAPH_ALIASES)
    return (media, offers[media]) if media else None
