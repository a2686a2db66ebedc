"""Ingest: read documents, extract meetings, map them to RDF and write them to the store.

Extraction runs in parallel worker processes; the store is written in batches, one
transaction each, so an interrupted ingest leaves only whole releases. Unchanged releases
(same content hash) are skipped; changed ones replace their named graph.
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from kg.model import Document, DocumentError, Extraction, KgError
from kg.namespaces import release_iri
from kg.rdf import extraction_to_quads
from kg.store import Store, load_reference_data

ProgressCallback = Callable[[int], None]


@dataclass
class IngestReport:
    """What an ingest did."""

    read: int = 0
    ingested: int = 0
    unchanged: int = 0
    meetings: int = 0
    failed: list[DocumentError] = field(default_factory=list)
    quads_before: int = 0
    quads_after: int = 0
    seconds: float = 0.0

    @property
    def ok(self) -> bool:
        return not self.failed

    def summary(self) -> str:
        return (
            f"{self.read} documents read: {self.ingested} ingested, {self.unchanged} unchanged, "
            f"{len(self.failed)} failed; {self.meetings} meetings; "
            f"{self.quads_after - self.quads_before:+d} quads ({self.quads_after} in the store); "
            f"{self.seconds:.1f} s"
        )


def _extract_one(doc: Document) -> Extraction | DocumentError:
    from kg.extract import extract

    try:
        return extract(doc)
    except KgError as e:
        return DocumentError(doc.identifier, str(e))
    except Exception as e:  # a bug must not stop the ingest: report the document and go on
        return DocumentError(doc.identifier, f"extraction failed ({type(e).__name__}: {e})")


def _extract_to_quads(doc: Document) -> tuple[str, list, int] | DocumentError:
    result = _extract_one(doc)
    if isinstance(result, DocumentError):
        return result
    return str(release_iri(doc.key)), extraction_to_quads(result), len(result.meetings)


def _die_with_parent() -> None:
    """Linux: a worker gets SIGKILL when the ingest process dies, so a killed ingest leaves no strays."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):  # not Linux: workers still exit when their pipe closes
        pass


def _worker_init() -> None:
    from kg.reference import load_reference

    _die_with_parent()
    load_reference()


def _parallel_map(docs: Iterable[Document], workers: int) -> Iterator[tuple[str, list, int] | DocumentError]:
    if workers <= 1:
        yield from map(_extract_one_quads_safe, docs)
        return
    ctx = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
    with ctx.Pool(workers, initializer=_worker_init) as pool:
        yield from pool.imap(_extract_to_quads_pickled, docs, chunksize=8)


def _extract_one_quads_safe(doc: Document) -> tuple[str, list, int] | DocumentError:
    return _extract_to_quads(doc)


def _extract_to_quads_pickled(doc: Document):
    """Worker side: quads travel back as N-Quads text (pyoxigraph terms do not pickle)."""
    result = _extract_to_quads(doc)
    if isinstance(result, DocumentError):
        return result
    graph, quads, n = result
    return graph, "\n".join(f"{q.subject} {q.predicate} {q.object} {q.graph_name} ." for q in quads), n


def _decode(quads: list | str) -> list:
    if isinstance(quads, list):
        return quads
    import pyoxigraph as ox

    return list(ox.parse(quads.encode("utf-8"), format=ox.RdfFormat.N_QUADS)) if quads else []


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    store: Store,
    *,
    reader: str | None = None,
    workers: int | None = None,
    batch_size: int = 256,
    force: bool = False,
    progress: ProgressCallback | None = None,
) -> IngestReport:
    """Ingest files and folders into the store; returns what was done, failures included."""
    from kg.readers import read_paths

    start = time.perf_counter()
    report = IngestReport(quads_before=len(store))
    load_reference_data(store)
    known = {} if force else store.content_hashes()

    seen: set[str] = set()

    def todo() -> Iterator[Document]:
        for item in read_paths([Path(p) for p in paths], reader=reader):
            if progress:
                progress(1)
            if isinstance(item, DocumentError):
                report.failed.append(item)
                continue
            report.read += 1
            graph = str(release_iri(item.key))
            if known.get(graph) == item.content_hash or graph in seen:
                report.unchanged += 1
                continue
            seen.add(graph)
            yield item

    n_workers = workers if workers is not None else max(1, os.cpu_count() or 1)
    batch: list[tuple[str, list]] = []
    for result in _parallel_map(todo(), n_workers):
        if isinstance(result, DocumentError):
            report.failed.append(result)
            continue
        graph, quads, n_meetings = result
        batch.append((graph, _decode(quads)))
        report.ingested += 1
        report.meetings += n_meetings
        if len(batch) >= batch_size:
            store.write_releases(batch)
            batch = []
    store.write_releases(batch)
    report.quads_after = len(store)
    report.seconds = time.perf_counter() - start
    return report
