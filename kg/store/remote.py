"""A store behind a SPARQL 1.1 endpoint (Oxigraph, Fuseki, GraphDB, Virtuoso…), same API as EmbeddedStore.

Queries go to the query endpoint (SPARQL 1.1 Protocol, POST form), writes to the update endpoint
(one `DROP SILENT GRAPH …; INSERT DATA { GRAPH … }` request per batch), whole-store reads to the
Graph Store Protocol endpoint. Bound parameters are sent as a VALUES block injected at the start
of the query's outer WHERE group (`kg.sparql.bind_values`), built from escaped terms.

URL convention: a bare server URL (`http://127.0.0.1:7878`) means Oxigraph's layout, `/query`,
`/update` and `/store`, with the union of all graphs as the default graph; any other URL is the
query endpoint itself, with `update_url` / `gsp_url` (or KG_UPDATE_URL / KG_GSP_URL) for the rest.
KG_TOKEN, when set, is sent as a bearer token.
"""

from __future__ import annotations

import os
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping, Sequence
from typing import IO, Any, Self

import pyoxigraph as ox

from kg.model import KgError
from kg.namespaces import extractor_version_of
from kg.sparql import bind_values
from kg.store.base import StoreError, dump
from kg.vocab import DMO

RESULTS_JSON = "application/sparql-results+json"
N_TRIPLES = "application/n-triples"
N_QUADS = "application/n-quads"
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple


class RemoteStore:
    """A remote SPARQL endpoint used as the project's store."""

    def __init__(
        self,
        url: str,
        update_url: str | None = None,
        gsp_url: str | None = None,
        token: str | None = None,
        timeout: float = 120.0,
        batch_quads: int = 20000,
    ) -> None:
        base = url.rstrip("/")
        parsed = urllib.parse.urlsplit(base)
        self.oxigraph_layout = parsed.path in ("", "/")
        self.location = url
        self.query_url = base + "/query" if self.oxigraph_layout else base
        self.update_url = (
            update_url
            or os.environ.get("KG_UPDATE_URL")
            or (base + "/update" if self.oxigraph_layout else None)
        )
        self.gsp_url = (
            gsp_url or os.environ.get("KG_GSP_URL") or (base + "/store" if self.oxigraph_layout else None)
        )
        self.token = token if token is not None else os.environ.get("KG_TOKEN")
        self.timeout = timeout
        self.batch_quads = batch_quads

    # --- HTTP ----------------------------------------------------------------------------------

    def _request(
        self, url: str, data: bytes | None, headers: dict[str, str], method: str | None = None
    ) -> tuple[str, bytes]:
        if self.token:
            headers = {**headers, "Authorization": f"Bearer {self.token}"}
        req = urllib.request.Request(url, data=data, headers=headers, method=method)
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                return resp.headers.get("Content-Type", ""), resp.read()
        except urllib.error.HTTPError as e:
            detail = e.read().decode("utf-8", "replace").strip()[:500]
            if e.code == 400:
                raise KgError(f"the endpoint rejected the request: {detail}") from e
            raise StoreError(f"{url} answered {e.code} {e.reason}: {detail}") from e
        except (urllib.error.URLError, OSError) as e:
            raise StoreError(f"cannot reach the SPARQL endpoint {url}: {e}") from e

    def _query_raw(self, sparql: str, accept: str, union: bool = True) -> tuple[str, bytes]:
        fields = [("query", sparql)]
        if union and self.oxigraph_layout:
            fields.append(("union-default-graph", ""))
        body = urllib.parse.urlencode(fields).encode("utf-8")
        return self._request(
            self.query_url, body, {"Content-Type": "application/x-www-form-urlencoded", "Accept": accept}
        )

    def query(self, sparql: str, substitutions: Mapping[str, Term] | None = None, union: bool = True) -> Any:
        """Run a query; returns pyoxigraph QuerySolutions / QueryBoolean, or a list of Triples."""
        text = bind_values(sparql, substitutions) if substitutions else sparql
        ctype, body = self._query_raw(text, f"{RESULTS_JSON}, {N_TRIPLES};q=0.9", union)
        ctype = ctype.split(";")[0].strip().lower()
        if ctype in (RESULTS_JSON, "application/json"):
            return ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        fmt = ox.RdfFormat.from_media_type(ctype) or ox.RdfFormat.N_TRIPLES
        return [ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(body, format=fmt)]

    def update(self, sparql: str) -> None:
        if not self.update_url:
            raise StoreError(f"no update endpoint known for {self.location}: set KG_UPDATE_URL")
        self._request(self.update_url, sparql.encode("utf-8"), {"Content-Type": "application/sparql-update"})

    # --- the Store API -------------------------------------------------------------------------

    def content_hashes(self) -> dict[str, str]:
        rows = self.query(
            f"SELECT ?g ?h WHERE {{ GRAPH ?g {{ ?g <{DMO['contentHash']}> ?h }} }}", union=False
        )
        return {r["g"].value: r["h"].value for r in rows}

    def extractor_versions(self) -> dict[str, str]:
        rows = self.query(
            "SELECT ?g ?a WHERE { GRAPH ?g { ?g <http://www.w3.org/ns/prov#wasGeneratedBy> ?a } }",
            union=False,
        )
        versions = {r["g"].value: extractor_version_of(r["a"].value) for r in rows}
        return {g: v for g, v in versions.items() if v is not None}

    def write_releases(self, releases: Sequence[tuple[str, list[ox.Quad]]], replace: bool = True) -> None:
        """Write release graphs, one update request (drop then insert) per batch of about `batch_quads`."""
        batch: list[tuple[str, list[ox.Quad]]] = []
        size = 0
        for graph, quads in releases:
            batch.append((graph, quads))
            size += len(quads)
            if size >= self.batch_quads:
                self._write_batch(batch, replace)
                batch, size = [], 0
        if batch:
            self._write_batch(batch, replace)

    def _write_batch(self, batch: Sequence[tuple[str, list[ox.Quad]]], replace: bool) -> None:
        drops = "".join(f"DROP SILENT GRAPH {ox.NamedNode(g)} ;\n" for g, _ in batch) if replace else ""
        by_graph: dict[str, list[str]] = {}
        for g, quads in batch:  # each quad in its own graph (entity descriptions), else the release's
            for q in quads:
                name = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else g
                by_graph.setdefault(name, []).append(f"{q.subject} {q.predicate} {q.object} .\n")
        blocks = "\n".join(f"GRAPH {ox.NamedNode(g)} {{\n" + "".join(t) + "}" for g, t in by_graph.items())
        self.update(f"{drops}INSERT DATA {{\n{blocks}\n}}")

    def write_nquads(self, releases: Sequence[tuple[str, bytes]]) -> None:
        """`write_releases` for releases given as N-Quads bytes (what ingest workers send back)."""
        self.write_releases([(g, list(ox.parse(d, format=ox.RdfFormat.N_QUADS))) for g, d in releases])

    def compact(self) -> None:
        """Nothing to do: the server manages its own files."""

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        node = ox.NamedNode(graph)
        self.write_releases([(graph, [ox.Quad(q.subject, q.predicate, q.object, node) for q in quads])])

    def quads(self) -> Iterator[ox.Quad]:
        """Every quad: a Graph Store Protocol GET of the dataset, else a SELECT over named graphs."""
        if self.gsp_url:
            _, body = self._request(self.gsp_url, None, {"Accept": N_QUADS})
            return iter(ox.parse(body, format=ox.RdfFormat.N_QUADS))
        rows = self.query("SELECT ?s ?p ?o ?g WHERE { GRAPH ?g { ?s ?p ?o } }", union=False)
        return iter([ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows])

    def dump(self, output: IO[bytes] | str | None, fmt: str) -> bytes | None:
        return dump(self, output, fmt)

    def __len__(self) -> int:
        """Quads in named graphs (the project writes nothing else; a server may serve the union
        of its graphs as default graph, so the default graph cannot be counted apart)."""
        rows = self.query("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", union=False)
        return int(next(iter(rows))["n"].value)

    def flush(self) -> None:
        """Nothing to do: every request is applied by the server."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Nothing to release: requests do not keep connections open."""
