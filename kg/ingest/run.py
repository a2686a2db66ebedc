"""Ingest: read documents, extract meetings, map them to RDF and write them to the store.

Files are read and extracted in supervised worker processes (kg.ingest.pool, kg.ingest.worker),
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
from pathlib import Path

from kg.ingest.cache import FileCache, code_version, file_digest, file_key, open_cache
from kg.ingest.items import CachedTask, FileTask, Item, ReadError, Release, from_entry
from kg.ingest.pool import Done, Lost, run_tasks
from kg.ingest.report import IngestReport
from kg.ingest.worker import file_messages, prepare, release_collector, worker_init
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


DEFAULT_DOC_TIMEOUT = 30.0  # seconds a worker may spend reading or extracting one document
# a batch waiting longer than this is written, so a kill loses little: 10 s, not 2, since each bulk load
# costs the writer a fixed share (140k quads in 16k-quad loads: 2.0 s CPU; in 80k: 1.2 s), taken from
# the workers on a machine they keep busy
FLUSH_SECONDS = 10.0
COMPACT_SHARE = 0.1  # compact the store after an ingest that wrote at least this share of its quads
BATCH_BYTES = 32 * 2**20  # ~150k quads: the bulk loader's cost per quad falls until about there

# What the walk gives, in order: a file to read, one the cache vouches for, a folder entry not read
# on purpose, or what could not be walked.
Task = FileTask | CachedTask | Skipped | DocumentError


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
        if isinstance(found, (Skipped, DocumentError)):
            tasks.append(found)
            continue
        key = file_key(found.path, found.root)
        if cache.entries.get(key) is not None and found.size <= DEFAULT_MAX_BYTES:
            try:
                digest = file_digest(found.path)
            except OSError:
                digest = ""
            cached = cache.lookup(key, digest, known)
            if cached is not None:
                tasks.append(CachedTask(key, digest, cached))
                continue
        tasks.append(FileTask(found, key, reader, DEFAULT_MAX_BYTES))
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


def _task_locator(task: FileTask) -> str:
    return locator_for(task.found.path, task.found.root)


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

    def accept(item: Item | DocumentError) -> Release | None:
        """Bookkeeping of one item (counts, failures, duplicates); the release to write, if any."""
        if progress:
            progress(1)
        if not isinstance(item, Release):
            report.failed.append(DocumentError(item.locator, item.reason))
            return None
        report.read += 1
        if item.graph in seen:  # the same release key twice in one run: one copy, and say so if they differ
            first, first_digest = seen[item.graph]
            if first_digest == item.digest:
                report.repeated += 1
            else:
                report.failed.append(
                    DocumentError(
                        item.identifier,
                        f"same release key {item.key!r} as {first} but a different text: "
                        "skipped (rename one of the files, or give the releases their URLs)",
                    )
                )
            return None
        seen[item.graph] = (item.identifier, item.digest)
        if known.get(item.graph) == item.digest:
            report.unchanged += 1
            return None
        if item.error is not None:
            report.failed.append(DocumentError(item.identifier, item.error))
            return None
        return item

    def take(item: Item) -> bool:
        """Accept one item and queue its release; False when it failed (the file is not cached)."""
        failed_before = len(report.failed)
        release = accept(item)
        if release is not None and release.nquads is not None:
            written.append((release.graph, release.digest))
            report.ingested += 1
            report.reextracted += stale.get(release.graph) == release.digest
            report.meetings += release.meetings
            report.quads_written += release.nquads.count(b"\n")
            writer.add(release.graph, release.nquads)
        return not (isinstance(item, Release) and len(report.failed) > failed_before)

    writer = _Writer(store, batch_size)
    files: list[FileTask] = []
    for task in tasks:
        if isinstance(task, DocumentError):
            accept(task)
        elif isinstance(task, Skipped):
            report.skipped.append(DocumentError(task.locator, task.reason))
        elif isinstance(task, CachedTask):
            if all([take(from_entry(entry)) for entry in task.entries]):
                next_cache[task.key] = (task.digest, task.entries)
        else:
            files.append(task)
    n_workers = workers if workers is not None else max(1, os.cpu_count() or 1)
    prepare(known, len(files))
    try:
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
                if isinstance(message, (Release, ReadError)):
                    received.setdefault(index, []).append(message.entry())
                    whole[index] = take(message) and whole.get(index, True)
                elif isinstance(message, Lost):
                    if progress:
                        progress(1)
                    report.failed.append(DocumentError(message.locator, message.reason))
                    report.timed_out += "took longer" in message.reason
                    whole[index] = False
                elif isinstance(message, Done):
                    entries, key = received.pop(index, []), files[index].key
                    if message.digest and whole.pop(index, True):
                        next_cache[key] = (message.digest, entries)
                writer.flush_if_waiting()
        finally:
            events.close()  # on an error (a full disk), the workers are stopped before it goes up
        tell("writing")
        writer.flush()
        # The reconciled graph is recomputed unless it was computed from exactly these releases.
        fingerprint = None if force else _releases_fingerprint(known, written, report.extractor)
        reconciled = fingerprint is not None and fingerprint == cache.reconciled
        changed = bool(written) or reference_changed or not reconciled
        if not reconciled:
            try:  # one event per meeting reported by several releases (kg.reconcile); never fails an ingest
                tell("reconciling")
                reconcile(store, None if force else _extractors_after(made_with, written, report.extractor))
                reconciled = True
            except Exception as e:  # `kg reconcile` re-runs it
                log.warning("reconciliation skipped: %s", e)
                fingerprint = None
        # files of other folders ingested into this store keep their entries; those read now are replaced
        read_now = {t.key for t in tasks if isinstance(t, (FileTask, CachedTask))}
        kept = {k: v for k, v in cache.entries.items() if k not in read_now}
        cache.save({**kept, **next_cache}, fingerprint if reconciled else None)
        report.quads_after = len(store) if changed else report.quads_before
        report.distinct_meetings = count_meetings(store)
        report.compacted = _compact_if_worth_it(store, report, tell)
        report.seconds = time.perf_counter() - start
    finally:
        release_collector()  # what `prepare` froze is the collector's again, whatever happened
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


def _extractors_after(made_with: dict[str, str], written: list[tuple[str, str]], extractor: str) -> set[str]:
    """The extractor versions the store's releases name after this run (those of the releases not
    written now, and this one's if it wrote any), without asking the store again."""
    rewritten = {g for g, _ in written}
    return {v for g, v in made_with.items() if g not in rewritten} | ({extractor} if written else set())


def _releases_fingerprint(known: dict[str, str], written: list[tuple[str, str]], extractor: str) -> str:
    """A hash of every graph's content hash after this run (reference data included), of the
    extractor that made them and of the reconciliation code: what the reconciled graph is computed
    from (a new extractor re-extracts releases of unchanged content, so it must reconcile again)."""
    state = dict(known)
    state.update(written)
    h = hashlib.blake2b(digest_size=16)
    h.update(extractor.encode())
    for module in sorted((Path(__file__).parents[1] / "reconcile").glob("*.py")):
        h.update(module.read_bytes())
    h.update("\n".join(f"{g}\t{state[g]}" for g in sorted(state)).encode())
    return h.hexdigest()
