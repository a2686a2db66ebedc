"""Supervised extraction workers of `kg ingest`: a time budget per document, results as they come.

Each file to read is one task, sent to a worker process over its own pipe. The worker sends back
one message per step (`Started(identifier)` before it extracts a document, the item when it has
one, `Done(digest)` at the end of the file), and the ingest takes each one as it comes:
a slow document holds back nobody else's results. A worker that stays silent longer than the
budget (`doc_timeout` seconds) while reading or extracting one document is killed and replaced;
the document is reported ("took longer than N s, skipped"), and when it was being extracted, the
rest of its file is read again by another worker, skipping what was already sent. A worker that
dies (a crash in a parser, the kernel's out-of-memory killer) is reported and replaced the same way.

Without a budget and with one worker, tasks run in this process (the old path, for debugging).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import time
from collections import deque
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

HEARTBEAT = 1.0  # seconds without a message after which the pool says so (`Idle`)


@dataclass(frozen=True)
class Started:
    """A worker starts extracting this document (so an overrun can name it)."""

    identifier: str


@dataclass(frozen=True)
class Done:
    """A task's last message: the hash of its file's bytes (None when unknown or cut short)."""

    digest: str | None


@dataclass(frozen=True)
class Lost:
    """A document over the time budget, or one whose worker died: reported and skipped."""

    locator: str
    reason: str


@dataclass(frozen=True)
class Idle:
    """Nothing came for HEARTBEAT seconds (the ingest may write what it holds)."""


# What a task yields: Started before an extraction, its items (any other object), one Done at the end.
Message = Any
# An event for the ingest: (task index, message), the pool's own messages being Lost and Idle.
Event = tuple[int, Message]
RunTask = Callable[[Any, int], Iterator[Message]]  # (task, documents to skip) -> messages


@dataclass
class _Worker:
    process: Any
    conn: Connection
    task: int | None = None
    skip: int = 0  # documents of the task skipped (sent before a restart)
    sent: int = 0  # items received for the task, skipped ones included
    current: str | None = None  # the document being extracted, None while reading
    since: float = field(default_factory=time.monotonic)


def _worker_main(conn: Connection, run: RunTask, init: Callable[[], None] | None) -> None:
    if init is not None:
        init()
    while True:
        try:
            job = conn.recv()
        except EOFError:
            return
        if job is None:
            return
        task, skip = job
        for message in run(task, skip):
            conn.send(message)


def run_tasks(
    tasks: list[Any],
    run: RunTask,
    *,
    workers: int,
    doc_timeout: float | None,
    locator: Callable[[Any], str],
    init: Callable[[], None] | None = None,
) -> Generator[Event, None, None]:
    """Run the tasks and yield their messages as they arrive, as (task index, message).

    `locator(task)` names a task's file in a skip report. A document over the budget, or a worker
    that died, yields (index, Lost(locator, reason)); its task then ends with Done(None).
    A second without any message yields (-1, Idle()).
    """
    if not tasks:
        return
    if doc_timeout is None and workers <= 1:  # `init` prepares workers only: the caller prepared this one
        for index, task in enumerate(tasks):
            for message in run(task, 0):
                yield index, message
        return
    yield from _Pool(tasks, run, min(workers, len(tasks)), doc_timeout, locator, init).events()


class _Pool:
    """The parent's side: hands out tasks, watches the clock, replaces workers."""

    def __init__(
        self,
        tasks: list[Any],
        run: RunTask,
        size: int,
        doc_timeout: float | None,
        locator: Callable[[Any], str],
        init: Callable[[], None] | None,
    ) -> None:
        self.tasks, self.run, self.size, self.timeout, self.locator, self.init = (
            tasks,
            run,
            max(1, size),
            doc_timeout,
            locator,
            init,
        )
        self.queue: deque[tuple[int, int]] = deque((i, 0) for i in range(len(tasks)))
        self.ctx: Any = mp.get_context("fork" if "fork" in mp.get_all_start_methods() else "spawn")
        self.workers: list[_Worker] = []

    def _start(self) -> _Worker:
        parent, child = self.ctx.Pipe()
        process = self.ctx.Process(target=_worker_main, args=(child, self.run, self.init), daemon=True)
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self.workers.append(worker)
        return worker

    def _give(self, worker: _Worker) -> None:
        if not self.queue:
            worker.task = None
            return
        index, skip = self.queue.popleft()
        worker.task, worker.skip, worker.sent, worker.current = index, skip, skip, None
        worker.since = time.monotonic()
        worker.conn.send((self.tasks[index], skip))

    def _retire(self, worker: _Worker) -> None:
        worker.process.kill()
        worker.process.join()
        worker.conn.close()
        self.workers.remove(worker)

    def _lost(self, worker: _Worker, reason: str) -> Iterator[Event]:
        """The worker overran or died: report its document, requeue the rest of its file, replace it."""
        index = worker.task
        assert index is not None
        if worker.current is not None:
            yield index, Lost(worker.current, reason)
            self.queue.appendleft((index, worker.sent + 1))  # the rest of the file, after that document
        else:
            name = self.locator(self.tasks[index])
            after = f" (after {worker.sent} documents)" if worker.sent else ""
            yield index, Lost(name, reason + after)
            yield index, Done(None)
        self._retire(worker)
        if self.queue:
            self._give(self._start())

    def events(self) -> Iterator[Event]:
        try:
            for _ in range(min(self.size, len(self.queue))):
                self._give(self._start())
            while any(w.task is not None for w in self.workers):
                busy = [w for w in self.workers if w.task is not None]
                wait_for = HEARTBEAT
                if self.timeout is not None:
                    deadline = min(w.since for w in busy) + self.timeout - time.monotonic()
                    wait_for = max(0.0, min(wait_for, deadline))
                ready = wait([w.conn for w in busy], timeout=wait_for)
                now = time.monotonic()
                if not ready:
                    yield -1, Idle()  # nothing came: the ingest may write what it holds
                for worker in busy:
                    if worker.conn in ready:
                        yield from self._receive(worker)
                    elif self.timeout is not None and now - worker.since > self.timeout:
                        yield from self._lost(worker, f"took longer than {self.timeout:g} s, skipped")
        finally:
            for worker in list(self.workers):
                try:
                    worker.conn.send(None)
                except OSError:
                    pass
            for worker in list(self.workers):
                worker.process.join(timeout=1)
                self._retire(worker)

    def _receive(self, worker: _Worker) -> Iterator[Event]:
        index = worker.task
        assert index is not None
        try:
            message = worker.conn.recv()
        except (EOFError, OSError):
            worker.process.join(timeout=1)
            code = worker.process.exitcode
            yield from self._lost(worker, f"its worker process died (exit code {code}), skipped")
            return
        worker.since = time.monotonic()
        if isinstance(message, Started):
            worker.current = message.identifier
            return
        worker.current = None
        if not isinstance(message, Done):  # an item
            worker.sent += 1
            yield index, message
            return
        yield index, message
        self._give(worker)


def default_workers() -> int:
    """One worker per core."""
    return max(1, os.cpu_count() or 1)
