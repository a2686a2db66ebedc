"""The worker side of `kg ingest`: read one file, skip unchanged releases, extract, map to N-Quads.

Workers read the files themselves (the main process only walks folders), so reading, parsing
and hashing run in parallel too. What travels back is plain tuples and N-Quads bytes (cheap to
pickle; the store parses them natively); a DocumentError would not survive unpickling. The
messages follow kg.ingest_pool: ("start", identifier) before an extraction, so an overrun can
name its document.
"""

from __future__ import annotations

import itertools
import os
from collections.abc import Iterator
from typing import TYPE_CHECKING

from kg.ingest_cache import file_digest
from kg.model import Document, DocumentError, Extraction, KgError
from kg.namespaces import release_iri
from kg.rdf import extraction_to_quads
from kg.readers import read_found
from kg.reference import load_reference

if TYPE_CHECKING:
    from kg.reference import Reference

# ("error", locator, reason) or ("doc", identifier, key, graph, content hash, nquads | None, meetings, error)
Item = tuple
Message = tuple  # see kg.ingest_pool
# ("file", FoundFile, file key, reader, max_bytes), ("cached", file key, bytes digest, docs) or an error Item
Task = tuple

_known: dict[str, str] = {}  # in a worker: release graph -> content hash in the store
_ref: Reference | None = None  # in a worker: the reference data, loaded once (load_reference lists files)


def _extract_one(doc: Document, ref: Reference | None = None) -> Extraction | DocumentError:
    from kg.extract import extract

    try:
        return extract(doc, ref)
    except KgError as e:
        return DocumentError(doc.identifier, str(e))
    except Exception as e:  # a bug must not stop the ingest: report the document and go on
        return DocumentError(doc.identifier, f"extraction failed ({type(e).__name__}: {e})")


def _doc_item(doc: Document, known: dict[str, str], ref: Reference | None) -> Item:
    import pyoxigraph as ox

    graph, digest = str(release_iri(doc.key)), doc.content_hash
    if known.get(graph) == digest:  # unchanged: neither extracted nor mapped
        return ("doc", doc.identifier, doc.key, graph, digest, None, 0, None)
    result = _extract_one(doc, ref)
    if isinstance(result, DocumentError):
        return ("doc", doc.identifier, doc.key, graph, digest, None, 0, result.reason)
    data = ox.serialize(extraction_to_quads(result), format=ox.RdfFormat.N_QUADS)
    return ("doc", doc.identifier, doc.key, graph, digest, data, len(result.meetings), None)


def file_messages(task: Task, skip: int) -> Iterator[Message]:
    """Messages of one file task (kg.ingest_pool): ("start", identifier) before each extraction,
    ("item", item) for each document or reading error after the first `skip`, then ("done", digest)."""

    _, found, _key, reader, max_bytes = task
    digest: str | None = None
    if found.size <= max_bytes:  # an oversized file is reported by the reader, never read or hashed
        try:
            digest = file_digest(found.path)
        except OSError:
            digest = None  # the reader reports why
    for doc in itertools.islice(read_found(found, reader, max_bytes=max_bytes), skip, None):
        if isinstance(doc, DocumentError):
            yield ("item", ("error", doc.locator, doc.reason))
            continue
        if _known.get(str(release_iri(doc.key))) != doc.content_hash:
            yield ("start", doc.identifier)
        yield ("item", _doc_item(doc, _known, _ref))
    yield ("done", digest)


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

    global _known, _ref
    _known = known
    _ref = load_reference() if n_files else None
