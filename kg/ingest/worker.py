"""The worker side of `kg ingest`: read one file, skip unchanged releases, extract, map to N-Quads.

Workers read the files themselves (the main process only walks folders), so reading, parsing
and hashing run in parallel too. What travels back is the small dataclasses of kg.ingest.items
with N-Quads bytes (cheap to pickle; the store parses them natively). The messages follow
kg.ingest.pool: `Started(identifier)` before an extraction, so an overrun can name its document.
"""

from __future__ import annotations

import gc
import itertools
import os
from collections.abc import Iterator
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.ingest.cache import file_digest
from kg.ingest.items import FileTask, ReadError, Release
from kg.ingest.pool import Done, Message, Started
from kg.model import Document, DocumentError, Extraction, KgError
from kg.namespaces import release_iri
from kg.rdf import extraction_to_quads
from kg.readers import read_found
from kg.reference import load_reference

if TYPE_CHECKING:
    from kg.reference import Reference

_known: dict[str, str] = {}  # in a worker: release graph -> content hash in the store
_ref: Reference | None = None  # in a worker: the reference data, loaded once (load_reference lists files)
# Young objects the collector lets pile up before it looks for cycles (Python's default is 700): an
# extraction builds and drops tens of thousands of objects, nearly all freed by reference counting, so
# at 700 the collector ran ~600 times per 1,000 releases for nothing (2-3% of the extraction's time)
YOUNG_THRESHOLD = 50_000
_threshold: tuple[int, ...] = ()  # the collector's thresholds before `prepare`


def _extract_one(doc: Document, ref: Reference | None = None) -> Extraction | DocumentError:
    from kg.extract import extract

    try:
        return extract(doc, ref)
    except KgError as e:
        return DocumentError(doc.identifier, str(e))
    except Exception as e:  # a bug must not stop the ingest: report the document and go on
        return DocumentError(doc.identifier, f"extraction failed ({type(e).__name__}: {e})")


def _release(doc: Document, known: dict[str, str], ref: Reference | None) -> Release:
    import pyoxigraph as ox

    read = Release(doc.identifier, doc.key, str(release_iri(doc.key)), doc.content_hash)
    if known.get(read.graph) == read.digest:  # unchanged: neither extracted nor mapped
        return read
    result = _extract_one(doc, ref)
    if isinstance(result, DocumentError):
        return replace(read, error=result.reason)
    data = ox.serialize(extraction_to_quads(result), format=ox.RdfFormat.N_QUADS)
    return replace(read, nquads=data, meetings=len(result.meetings))


def file_messages(task: FileTask, skip: int) -> Iterator[Message]:
    """Messages of one file task (kg.ingest.pool): Started(identifier) before each extraction, a
    Release or ReadError for each document or reading error after the first `skip`, then Done(digest)."""

    found, reader, max_bytes = task.found, task.reader, task.max_bytes
    digest: str | None = None
    if found.size <= max_bytes:  # an oversized file is reported by the reader, never read or hashed
        try:
            digest = file_digest(found.path)
        except OSError:
            digest = None  # the reader reports why
    for doc in itertools.islice(read_found(found, reader, max_bytes=max_bytes), skip, None):
        if isinstance(doc, DocumentError):
            yield ReadError(doc.locator, doc.reason)
            continue
        if _known.get(str(release_iri(doc.key))) != doc.content_hash:
            yield Started(doc.identifier)
        yield _release(doc, _known, _ref)
    yield Done(digest)


def _die_with_parent(parent: int) -> None:
    """Linux: a worker gets SIGKILL when the ingest process dies, so a killed ingest leaves no strays."""
    try:
        import ctypes
        import signal

        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        # a result written in the moment between the parent's death and that signal: die quietly
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    except (OSError, AttributeError):  # not Linux: workers still exit when their pipe closes
        return
    # The ingest died before prctl: no signal will come. Go now, or this worker may wait forever for
    # the result queue's lock that a killed sibling held.
    if os.getppid() != parent:
        os._exit(1)


def worker_init(parent: int) -> None:
    _die_with_parent(parent)


def prepare(known: dict[str, str], n_files: int) -> None:
    """Set what the workers use (forked, they inherit it): the store's hashes and the reference data."""

    global _known, _ref, _threshold
    _known = known
    _ref = load_reference() if n_files else None
    # What is loaded now (the reference data) lives as long as the ingest: frozen, the collector no
    # longer walks it at each full collection, here and in the workers forked after this (the ingest
    # unfreezes it at its end); the young generation waits for YOUNG_THRESHOLD objects.
    if n_files:
        gc.collect()
        gc.freeze()
        _threshold = gc.get_threshold()
        gc.set_threshold(YOUNG_THRESHOLD, *_threshold[1:])


def release_collector() -> None:
    """Undo what `prepare` did to the collector (at the end of an ingest): nothing frozen, old thresholds."""
    global _threshold
    gc.unfreeze()
    if _threshold:
        gc.set_threshold(*_threshold)
        _threshold = ()
