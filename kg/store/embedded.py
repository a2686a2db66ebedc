"""The embedded store: pyoxigraph on disk (RocksDB) in a directory.

Each release lives in its own named graph. Writes are batched and transactional: a batch of
releases is written in one transaction, replacing the graphs of changed releases, so a store
only ever holds whole releases. One process writes at a time (RocksDB's lock): a second writer
waits for the lock (KG_LOCK_TIMEOUT seconds), while read-only openers proceed at once.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO, Any, Self

import pyoxigraph as ox

from kg.model import KgError
from kg.namespaces import extractor_version_of
from kg.store.base import CONTENT_HASH, StoreError, dump

GENERATED_BY = ox.NamedNode("http://www.w3.org/ns/prov#wasGeneratedBy")
LOCK_TIMEOUT_ENV = "KG_LOCK_TIMEOUT"
DEFAULT_LOCK_TIMEOUT = 600.0
BULK_MAX_QUADS = 500_000  # larger batches are split by the bulk loader, so no longer atomic

log = logging.getLogger(__name__)


class EmbeddedStore:
    """pyoxigraph's RocksDB-backed store in a directory."""

    def __init__(
        self, path: str | os.PathLike[str], read_only: bool = False, lock_timeout: float | None = None
    ) -> None:
        self.location = str(path)
        self.read_only = read_only
        if read_only:
            self._store = _open_read_only(self.location)
        else:
            try:
                Path(self.location).mkdir(parents=True, exist_ok=True)
            except OSError as e:
                raise StoreError(f"cannot create the store folder {self.location}: {e}") from e
            self._store = _open_writable(self.location, lock_timeout)

    @property
    def native(self) -> ox.Store:
        """The underlying pyoxigraph store (for the query layer)."""
        return self._store

    def content_hashes(self) -> dict[str, str]:
        """Release graph IRI -> content hash of every release in the store."""
        return {
            _value(q.subject): _value(q.object)
            for q in self._store.quads_for_pattern(None, CONTENT_HASH, None, None)
            if isinstance(q.graph_name, ox.NamedNode) and q.graph_name == q.subject
        }

    def extractor_versions(self) -> dict[str, str]:
        """Release graph IRI -> the extractor version that made it (named by its prov:SoftwareAgent)."""
        out: dict[str, str] = {}
        # each release by its content hash, then its agent: every statement names the agent too
        for h in self._store.quads_for_pattern(None, CONTENT_HASH, None, None):
            if isinstance(h.graph_name, ox.NamedNode) and h.graph_name == h.subject:
                for q in self._store.quads_for_pattern(h.subject, GENERATED_BY, None, h.graph_name):
                    version = extractor_version_of(_value(q.object))
                    if version is not None:
                        out[h.graph_name.value] = version
        return out

    def write_releases(self, releases: Sequence[tuple[str, list[ox.Quad]]], replace: bool = True) -> None:
        """Write a batch of release graphs in one transaction, replacing those already present."""
        if not releases:
            return
        existing = [g for g, _ in releases if replace and self._store.contains_named_graph(ox.NamedNode(g))]
        if not existing:
            self._store.extend(
                q
                if isinstance(q.graph_name, ox.NamedNode)
                else ox.Quad(q.subject, q.predicate, q.object, ox.NamedNode(g))
                for g, quads in releases
                for q in quads
            )
            return
        # One SPARQL update is one transaction: drop the old graphs and insert the new ones together.
        drops = " ;\n".join(f"DROP SILENT GRAPH <{g}>" for g in existing)
        self._store.update(f"{drops} ;\nINSERT DATA {{ {_as_graph_blocks(releases)} }}")

    def write_nquads(self, releases: Sequence[tuple[str, bytes]]) -> None:
        """`write_releases` for releases given as N-Quads bytes (what ingest workers send back).

        New releases go through pyoxigraph's bulk loader: it writes sorted files and adds them to
        every index in one atomic step (one RocksDB ingestion of all column families, for batches
        under its 1M-quad chunk), several times faster than a transaction. Replacements and very
        large batches take the transactional path."""
        if not releases:
            return
        data = b"".join(d if d.endswith(b"\n") else d + b"\n" for _, d in releases if d)
        existing = any(self._store.contains_named_graph(ox.NamedNode(g)) for g, _ in releases)
        if not existing and data.count(b"\n") < BULK_MAX_QUADS:
            self._store.bulk_load(data, format=ox.RdfFormat.N_QUADS)
            return
        # each release's own bytes: its graph is replaced, the entity descriptions it carries are added
        self.write_releases([(g, list(ox.parse(d, format=ox.RdfFormat.N_QUADS))) for g, d in releases])

    def replace_graph(self, graph: str, quads: Iterable[ox.Quad]) -> None:
        node = ox.NamedNode(graph)
        quads = [ox.Quad(q.subject, q.predicate, q.object, node) for q in quads]
        if len(quads) < BULK_MAX_QUADS and not self._store.contains_named_graph(node):
            # a new graph (the reconciled graph of a first ingest): the bulk loader, atomic too
            self._store.bulk_load(
                ox.serialize(quads, format=ox.RdfFormat.N_QUADS), format=ox.RdfFormat.N_QUADS
            )
            return
        self.write_releases([(graph, quads)])

    def query(self, sparql: str, substitutions: dict[str, ox.NamedNode | ox.Literal] | None = None) -> Any:
        """pyoxigraph's QuerySolutions, QueryBoolean or QueryTriples (see `kg.results.wrap`)."""
        subs: dict[ox.Variable, Any] = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        try:
            return self._store.query(sparql, substitutions=subs or None, use_default_graph_as_union=True)
        except SyntaxError as e:
            raise KgError(f"SPARQL syntax error: {e}") from e

    def update(self, sparql: str) -> None:
        self._store.update(sparql)

    def quads(self) -> Iterator[ox.Quad]:
        return iter(self._store.quads_for_pattern(None, None, None, None))

    def dump(self, output: IO[bytes] | str | None, fmt: str) -> bytes | None:
        return dump(self, output, fmt)

    def __len__(self) -> int:
        return len(self._store)

    def flush(self) -> None:
        self._store.flush()

    def compact(self) -> None:
        """Merge the store's files into one sorted level (RocksDB compaction).

        After a large bulk load a look-up has to probe several overlapping files; compacted, the
        named questions answer about 20% faster. Costs ~0.5 s per million quads, ~1.5 s even for a
        small change to a large store, so ingest calls it only after large writes."""
        if not self.read_only:
            self._store.optimize()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()

    def close(self) -> None:
        """Flush and release the store (and its lock); closing twice is harmless."""
        store = self.__dict__.pop("_store", None)
        if store is not None and not self.read_only:  # a read-only instance has nothing to flush
            try:
                store.flush()
            except OSError:
                pass


def _value(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple) -> str:
    """An IRI, blank node label or literal value (quoted triples have none: their text)."""
    return str(term) if isinstance(term, ox.Triple) else term.value


def lock_timeout_default() -> float:
    """Seconds a writer waits for another process's lock: KG_LOCK_TIMEOUT, else 600."""
    raw = os.environ.get(LOCK_TIMEOUT_ENV, "")
    try:
        return max(0.0, float(raw)) if raw.strip() else DEFAULT_LOCK_TIMEOUT
    except ValueError as e:
        raise StoreError(f"{LOCK_TIMEOUT_ENV}={raw!r} is not a number of seconds") from e


def _locked_by_another_process(error: OSError) -> bool:
    # RocksDB: "While lock file: …/LOCK: Resource temporarily unavailable" (another process) versus
    # "lock hold by current process" (this process opened it already: waiting would never end).
    text = str(error)
    return "LOCK" in text and "current process" not in text


def _open_writable(path: str, lock_timeout: float | None) -> ox.Store:
    """Open read-write, waiting (with backoff) while another process holds the store's lock."""
    timeout = lock_timeout_default() if lock_timeout is None else lock_timeout
    deadline = time.monotonic() + timeout
    delay, warned = 0.05, False
    while True:
        try:
            return ox.Store(path)
        except RuntimeError as e:  # pyoxigraph reports damaged data this way ("Corruption: …")
            raise StoreError(f"cannot open the store at {path}: {e}") from e
        except OSError as e:
            if not _locked_by_another_process(e):
                hint = " (it is already open in this process)" if "current process" in str(e) else ""
                raise StoreError(f"cannot open the store at {path}{hint}: {e}") from e
            if time.monotonic() >= deadline:
                raise StoreError(
                    f"another kg process is still writing to {path} after {timeout:g} s; try again when "
                    f"it has finished, set {LOCK_TIMEOUT_ENV} to wait longer, or use --store for another "
                    "directory."
                ) from e
        if not warned:
            log.warning("waiting for another kg process to finish writing to %s…", path)
            warned = True
        time.sleep(max(0.0, min(delay, deadline - time.monotonic())))
        delay = min(delay * 2, 1.0)


def _open_read_only(path: str, attempts: int = 5) -> ox.Store:
    """Open a read-only view, retried: a writer creating the store or compacting it can make an open
    fail for a moment ("Column family not found", a file gone)."""
    if not (Path(path) / "CURRENT").exists():
        raise StoreError(f"there is no store at {path}: run `kg ingest` first, or give --store.")
    for attempt in range(attempts):
        try:
            return ox.Store.read_only(path)
        except (OSError, RuntimeError) as e:
            if attempt == attempts - 1:
                raise StoreError(f"cannot open the store at {path} for reading: {e}") from e
            time.sleep(0.05 * 2**attempt)
    raise AssertionError("unreachable")


def _as_graph_blocks(releases: Sequence[tuple[str, list[ox.Quad]]]) -> str:
    """INSERT DATA blocks: each quad in its own named graph (entity descriptions go to the entities
    graph), else in the release graph it was given with."""
    by_graph: dict[str, list[str]] = {}
    for graph, quads in releases:
        for q in quads:
            g = q.graph_name.value if isinstance(q.graph_name, ox.NamedNode) else graph
            by_graph.setdefault(g, []).append(f"{q.subject} {q.predicate} {q.object}")
    return "\n".join(f"GRAPH <{g}> {{ {' .'.join(t)} }}" for g, t in by_graph.items())
