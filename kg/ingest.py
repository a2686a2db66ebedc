"""Ingest: read documents, extract meetings, map them to RDF and write them to the store.

Files are read and extracted in supervised worker processes (kg.ingest_pool, kg.ingest_worker),
each document within a time budget; results are taken as they arrive and written in batches, one
transaction each (a full batch, or one that waited FLUSH_SECONDS), so an interrupted ingest leaves
only whole releases and loses little. Unchanged releases
(same content hash, made by the same extractor version: kg/extract/version.py) are skipped; changed
ones, and those an older extractor made, replace their named graph.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import os
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from kg.ingest_cache import FileCache, code_version, file_digest, file_key, open_cache
from kg.ingest_pool import run_tasks
from kg.ingest_worker import file_messages, prepare, worker_init
from kg.model import DocumentError, KgError
from kg.readers import DEFAULT_MAX_BYTES, get_reader, iter_files
from kg.readers.base import locator_for
from kg.readers.walk import Skipped
from kg.reconcile import reconcile
from kg.stats import count_meetings
from kg.store import EmbeddedStore, Store, load_reference_data

ProgressCallback = Callable[[int], None]
StageCallback = Callable[[str], None]  # told the name of each final stage as it starts
log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    """What an ingest did."""

    read: int = 0  # documents the readers parsed (those they could not read are among `failed`)
    ingested: int = 0
    unchanged: int = 0
    reextracted: int = 0  # unchanged releases extracted again because the extractor version changed
    extractor: str = ""
    repeated: int = 0  # the same release a second time in one run, with the same text
    meetings: int = 0  # per-release meeting accounts extracted in this run
    distinct_meetings: int = 0  # dmo:DistinctMeeting in the store afterwards (what kg stats counts)
    failed: list[DocumentError] = field(default_factory=list)
    skipped: list[DocumentError] = field(default_factory=list)  # entries of folders not read, and why
    timed_out: int = 0  # documents over the time budget (also in `failed`)
    quads_before: int = 0
    quads_after: int = 0
    seconds: float = 0.0
    quads_written: int = 0
    compacted: bool = False

    @property
    def ok(self) -> bool:
        return not self.failed

    @property
    def documents(self) -> int:
        """Every item the readers gave (the progress bar's count).

        That is ingested + unchanged + repeated + failed.
        """
        return self.ingested + self.unchanged + self.repeated + len(self.failed)

    def summary(self) -> str:
        return (
            f"{self.documents} documents read: {self.ingested} ingested, {self.unchanged} unchanged, "
            f"{self.repeated} repeated, {len(self.failed)} failed"
            + (f" ({self.timed_out} over the time limit)" if self.timed_out else "")
            + (f", {len(self.skipped)} skipped" if self.skipped else "")
            + (f" ({self.reextracted} re-extracted by {self.extractor})" if self.reextracted else "")
            + f"; {self.meetings} meeting accounts extracted, {self.distinct_meetings} distinct meetings "
            "in the store; "
            f"{self.quads_after - self.quads_before:+d} quads ({self.quads_after} in the store); "
            f"{self.seconds:.1f} s"
        )


DEFAULT_DOC_TIMEOUT = 30.0  # seconds a worker may spend reading or extracting one document
FLUSH_SECONDS = 2.0  # a batch waiting longer than this is written, so a kill loses little
COMPACT_SHARE = 0.1  # compact the store after an ingest that wrote at least this share of its quads
BATCH_BYTES = 32 * 2**20  # ~150k quads: the bulk loader's cost per quad falls until about there


Item = tuple  # see kg.ingest_worker
Task = tuple


def _tasks(
    paths: Iterable[str | os.PathLike[str]],
    reader: str | None,
    cache: FileCache,
    known: dict[str, str],
    follow_symlinks: bool = False,
) -> list[Task]:
    """One task per file, in walking order: files the cache vouches for are not read again."""

    if reader is not None:
        get_reader(reader)  # an unknown reader name fails before anything is read
    tasks: list[Task] = []
    for found in iter_files([Path(p) for p in paths], follow_symlinks=follow_symlinks, report_skipped=True):
        if isinstance(found, Skipped):
            tasks.append(("skipped", found.locator, found.reason))
            continue
        if isinstance(found, DocumentError):
            tasks.append(("error", found.locator, found.reason))
            continue
        key = file_key(found.path, found.root)
        if cache.entries.get(key) is not None and found.size <= DEFAULT_MAX_BYTES:
            try:
                digest = file_digest(found.path)
            except OSError:
                digest = ""
            cached = cache.lookup(key, digest, known)
            if cached is not None:
                tasks.append(("cached", key, digest, cached))
                continue
        tasks.append(("file", found, key, reader, DEFAULT_MAX_BYTES))
    return tasks


def _write(store: Store, batch: list[tuple[str, bytes]]) -> None:
    """One batch of releases (N-Quads bytes) in one transaction."""
    store.write_nquads(batch)


class _Writer:
    """Releases written in batches, one transaction each: when a batch is full, or has waited
    FLUSH_SECONDS, so results are stored as they come and a killed ingest loses little."""

    def __init__(self, store: Store, batch_size: int) -> None:
        self.store, self.batch_size = store, batch_size
        self.batch: list[tuple[str, bytes]] = []
        self.bytes = 0
        self.since = time.monotonic()

    def add(self, graph: str, data: bytes) -> None:
        if not self.batch:
            self.since = time.monotonic()
        self.batch.append((graph, data))
        self.bytes += len(data)
        if len(self.batch) >= self.batch_size or self.bytes >= BATCH_BYTES:
            self.flush()

    def flush_if_waiting(self) -> None:
        if self.batch and time.monotonic() - self.since > FLUSH_SECONDS:
            self.flush()

    def flush(self) -> None:
        try:
            _write(self.store, self.batch)
        except OSError as e:  # a full disk: one line; the batch is one transaction, so nothing half-written
            raise KgError(f"cannot write to the store: {e.strerror or e}") from None
        self.batch, self.bytes = [], 0


def _task_locator(task: Task) -> str:

    return locator_for(task[1].path, task[1].root)


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    store: Store,
    *,
    reader: str | None = None,
    workers: int | None = None,
    batch_size: int = 4096,
    force: bool = False,
    progress: ProgressCallback | None = None,
    stage: StageCallback | None = None,
    doc_timeout: float | None = DEFAULT_DOC_TIMEOUT,
    follow_symlinks: bool = False,
) -> IngestReport:
    """Ingest files and folders into the store; returns what was done, failures included.

    Files are read and extracted in worker processes; a document that takes longer than
    `doc_timeout` seconds is reported and skipped (None: no limit, and one worker runs here).
    Symbolic links are followed only within the given folders unless `follow_symlinks`.
    `progress(n)` is called for every item read; `stage(name)` when each final step starts
    ("writing", "reconciling", "compacting"), so a progress display can show them."""
    from kg.extract.version import extractor_version

    tell = stage or (lambda name: None)

    start = time.perf_counter()
    report = IngestReport(quads_before=len(store), extractor=extractor_version())
    reference_changed = load_reference_data(store)
    # the skip key is (content hash, extractor version): a release an older extractor made is stale
    made_with = {} if force else store.extractor_versions()
    hashes = {} if force else store.content_hashes()
    stale = {g: hashes[g] for g, v in made_with.items() if v != report.extractor and g in hashes}
    known = {g: h for g, h in hashes.items() if g not in stale}
    cache = open_cache(getattr(store, "location", None), code_version(reader, DEFAULT_MAX_BYTES))
    tasks = _tasks(paths, reader, cache, known, follow_symlinks)
    next_cache: dict[str, tuple[str, list[tuple[str, ...]]]] = {}
    written: list[tuple[str, str]] = []  # (graph, content hash) of the releases written this run

    seen: dict[str, tuple[str, str]] = {}  # release graph -> (identifier, content hash) read this run

    def accept(item: Item) -> tuple[str, bytes, int] | None:
        """Bookkeeping of one item (counts, failures, duplicates); the release to write, if any."""
        if progress:
            progress(1)
        if item[0] == "error":
            report.failed.append(DocumentError(item[1], item[2]))
            return None
        _, identifier, key, graph, digest, data, n_meetings, error = item
        report.read += 1
        if graph in seen:  # the same release key twice in one run: one copy, and say so if they differ
            first, first_digest = seen[graph]
            if first_digest == digest:
                report.repeated += 1
            else:
                report.failed.append(
                    DocumentError(
                        identifier,
                        f"same release key {key!r} as {first} but a different text: "
                        "skipped (rename one of the files, or give the releases their URLs)",
                    )
                )
            return None
        seen[graph] = (identifier, digest)
        if known.get(graph) == digest:
            report.unchanged += 1
            return None
        if error is not None:
            report.failed.append(DocumentError(identifier, error))
            return None
        return graph, data, n_meetings

    def take(item: Item) -> bool:
        """Accept one item and queue its release; False when it failed (the file is not cached)."""
        failed_before = len(report.failed)
        release = accept(item)
        if release is not None:
            graph, data, n_meetings = release
            written.append((graph, item[4]))
            report.ingested += 1
            report.reextracted += stale.get(graph) == item[4]
            report.meetings += n_meetings
            report.quads_written += data.count(b"\n")
            writer.add(graph, data)
        return not (item[0] == "doc" and len(report.failed) > failed_before)

    writer = _Writer(store, batch_size)
    files: list[Task] = []
    for task in tasks:
        if task[0] == "error":
            accept(task)
        elif task[0] == "skipped":
            report.skipped.append(DocumentError(task[1], task[2]))
        elif task[0] == "cached":
            _, key, digest, cached = task
            items = [("doc", *i, None, 0, None) if len(i) == 4 else ("error", *i) for i in cached]
            if all([take(item) for item in items]):
                next_cache[key] = (digest, cached)
        else:
            files.append(task)
    n_workers = workers if workers is not None else max(1, os.cpu_count() or 1)
    prepare(known, len(files))
    received: dict[int, list[tuple[str, ...]]] = {}  # what the cache keeps of the files being read
    whole: dict[int, bool] = {}  # whether each of them read without a failure
    events = run_tasks(
        files,
        file_messages,
        workers=n_workers,
        doc_timeout=doc_timeout,
        locator=_task_locator,
        init=functools.partial(worker_init, os.getpid()),
    )
    try:
        for index, message in events:
            if message[0] == "item":
                item = message[1]
                received.setdefault(index, []).append(item[1:5] if item[0] == "doc" else item[1:3])
                whole[index] = take(item) and whole.get(index, True)
            elif message[0] == "skip":
                if progress:
                    progress(1)
                report.failed.append(DocumentError(message[1], message[2]))
                report.timed_out += "took longer" in message[2]
                whole[index] = False
            elif message[0] == "done":
                items, key, digest = received.pop(index, []), files[index][2], message[1]
                if digest and whole.pop(index, True):
                    next_cache[key] = (digest, items)
            writer.flush_if_waiting()
    finally:
        events.close()  # on an error (a full disk), the workers are stopped before it goes up
    tell("writing")
    writer.flush()
    # The reconciled graph is recomputed unless it was computed from exactly these releases.
    fingerprint = None if force else _releases_fingerprint(known, written)
    reconciled = fingerprint is not None and fingerprint == cache.reconciled
    changed = bool(written) or reference_changed or not reconciled
    if not reconciled:
        try:  # one event per meeting reported by several releases (kg.reconcile); never fails an ingest
            tell("reconciling")
            reconcile(store)
            reconciled = True
        except Exception as e:  # `kg reconcile` re-runs it
            log.warning("reconciliation skipped: %s", e)
            fingerprint = None
    # files of other folders ingested into this store keep their entries; those read now are replaced
    read_now = {t[2] if t[0] == "file" else t[1] for t in tasks if t[0] in ("file", "cached")}
    kept = {k: v for k, v in cache.entries.items() if k not in read_now}
    cache.save({**kept, **next_cache}, fingerprint if reconciled else None)
    report.quads_after = len(store) if changed else report.quads_before
    report.distinct_meetings = count_meetings(store)
    report.compacted = _compact_if_worth_it(store, report, tell)
    report.seconds = time.perf_counter() - start
    return report


def _compact_if_worth_it(store: Store, report: IngestReport, tell: StageCallback) -> bool:
    """Compact after writes of at least COMPACT_SHARE of the store: a large load leaves files that
    every look-up probes; a small change to a large store is not worth rewriting it."""
    if not isinstance(store, EmbeddedStore) or report.quads_written < COMPACT_SHARE * max(
        report.quads_after, 1
    ):
        return False
    tell("compacting")
    try:
        store.compact()
    except OSError as e:  # the data is whole without it; only look-ups are slower
        log.warning("could not compact the store: %s", e)
        return False
    return True


def _releases_fingerprint(known: dict[str, str], written: list[tuple[str, str]]) -> str:
    """A hash of every graph's content hash after this run (reference data included) and of the
    reconciliation code: what the reconciled graph is computed from."""
    state = dict(known)
    state.update(written)
    h = hashlib.blake2b(digest_size=16)
    for module in sorted((Path(__file__).parent / "reconcile").glob("*.py")):
        h.update(module.read_bytes())
    h.update("\n".join(f"{g}\t{state[g]}" for g in sorted(state)).encode())
    return h.hexdigest()
