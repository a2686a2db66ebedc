"""The worker processes behind `kg serve`, supervised by the front.

Query workers open the store read-only; with updates allowed, one more worker holds it
read-write and applies updates one at a time (query workers reopen the store after each). A
request takes an idle worker, sends it the request and waits at most the time limit for the whole
answer; a worker that overruns is killed (that is the cancellation) and replaced, a worker that
dies is replaced, by a background thread, so the pool heals itself. Workers talk over pipes only:
nothing but the front listens on a socket.
"""

from __future__ import annotations

import os
import queue
import select
import signal
import subprocess
import sys
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kg.model import KgError
from kg.serve import frames
from kg.serve.answers import Reply, error
from kg.serve.config import ServeConfig

START_SECONDS = 60.0


@dataclass(eq=False)
class Worker:
    """One worker process and its pipes."""

    mode: str  # "read" or "write"
    proc: subprocess.Popen[bytes]
    born: float = field(default_factory=time.monotonic)

    def alive(self) -> bool:
        return self.proc.poll() is None

    def kill(self) -> None:
        """SIGKILL and reap: the work stops at once."""
        if self.proc.poll() is None:
            self.proc.kill()
        self.proc.wait()
        for pipe in (self.proc.stdin, self.proc.stdout):
            if pipe:
                pipe.close()


def _wait_readable(fd: int, deadline: float) -> bool:
    """Wait until `fd` has data or the deadline passes."""
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return False
        readable, _, _ = select.select([fd], [], [], left)
        if readable:
            return True


class WorkerPool:
    """Query workers (and the update worker) for one store."""

    def __init__(self, config: ServeConfig, spool: str) -> None:
        self.config = config
        self.spool = spool
        self.generation = 0  # bumped after each write: query workers then reopen the store
        self.idle: dict[str, queue.Queue[Worker]] = {"read": queue.Queue(), "write": queue.Queue()}
        self.closed = threading.Event()
        self.lock = threading.Lock()
        self.everyone: set[Worker] = set()
        self.wanted: queue.Queue[str] = queue.Queue()  # modes of workers to start again

    # --- starting and replacing workers ------------------------------------------------------

    def _worker_env(self) -> dict[str, str]:
        """The worker's environment: under an address-space limit, few malloc arenas (glibc reserves
        64 MB of address space per arena, up to 8 per core: on a busy 2-core machine the store's
        threads could reserve a 1 GB limit whole and the worker abort while opening the store)."""
        env = dict(os.environ)
        if self.config.worker_memory_mb > 0:
            env.setdefault("MALLOC_ARENA_MAX", "2")
        return env

    def _spawn(self, mode: str) -> Worker:
        """Start a worker and wait until it has opened the store."""
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "kg.serve.worker",
                self.config.location,
                mode,
                str(os.getpid()),
                self.spool,
                str(self.config.worker_memory_mb),
            ],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            bufsize=0,
            env=self._worker_env(),
        )
        worker = Worker(mode, proc)
        with self.lock:
            self.everyone.add(worker)
        assert proc.stdout is not None
        try:
            if not _wait_readable(proc.stdout.fileno(), time.monotonic() + START_SECONDS):
                raise KgError(f"a worker did not open {self.config.location} within {START_SECONDS} s")
            hello, _ = frames.recv(proc.stdout)  # type: ignore[arg-type]
        except (EOFError, OSError) as e:
            self._forget(worker)
            raise KgError(f"a kg serve worker could not start: {e}") from e
        except KgError:
            self._forget(worker)
            raise
        if not hello.get("ready"):
            self._forget(worker)
            raise KgError(f"cannot open the store at {self.config.location}: {hello.get('error')}")
        return worker

    def _forget(self, worker: Worker) -> None:
        worker.kill()
        with self.lock:
            self.everyone.discard(worker)
        for leftover in Path(self.spool).glob(f"{worker.proc.pid}-*"):
            leftover.unlink(missing_ok=True)  # a killed worker's unfinished answer

    def _supervise(self) -> None:
        """The supervisor thread: starts a worker for each one lost. Workers must be started by a
        thread that lives as long as the pool: PR_SET_PDEATHSIG fires when the *thread* that
        started a worker ends."""
        while not self.closed.is_set():
            try:
                mode = self.wanted.get(timeout=0.5)
            except queue.Empty:
                continue
            self._replace(mode)

    def _replace(self, mode: str) -> None:
        """Start a worker in place of a lost one; retry (backing off) until it starts or the pool closes."""
        delay = 0.2
        while not self.closed.is_set():
            try:
                worker = self._spawn(mode)
            except KgError as e:
                sys.stderr.write(f"kg serve: {e}; retrying in {delay:.1f} s\n")
                self.closed.wait(delay)
                delay = min(delay * 2, 10.0)
                continue
            if self.closed.is_set():
                self._forget(worker)
                return
            self.idle[mode].put(worker)
            return

    def _lost(self, worker: Worker) -> None:
        """Kill a worker and start another in the background."""
        self._forget(worker)
        self.wanted.put(worker.mode)

    def start(self) -> None:
        """Start every worker; KgError when the store cannot be opened."""
        modes = ["read"] * self.config.workers + (["write"] if self.config.allow_updates else [])
        if self.config.allow_updates:  # the writer first: it takes the store's lock
            modes = modes[-1:] + modes[:-1]
        try:
            for mode in modes:
                self.idle[mode].put(self._spawn(mode))
        except KgError:
            self.close()
            raise
        threading.Thread(target=self._supervise, name="kg-serve-supervisor", daemon=True).start()

    def close(self) -> None:
        """Kill every worker."""
        self.closed.set()
        with self.lock:
            workers = list(self.everyone)
        for worker in workers:
            self._forget(worker)

    # --- answering ---------------------------------------------------------------------------

    def _checkout(self, mode: str, deadline: float) -> Worker | None:
        """An idle, live worker, or None when none frees up before the deadline."""
        while True:
            try:
                worker = self.idle[mode].get(timeout=max(0.0, deadline - time.monotonic()))
            except queue.Empty:
                return None
            if worker.alive():
                return worker
            self._lost(worker)  # died while idle (killed from outside, out of memory…)

    def run(self, request: dict[str, Any], payload: bytes = b"") -> Reply:
        """Have a worker answer `request` within the time limit. A read whose worker turns out to
        have been killed from outside (SIGKILL while idle, not yet reaped) is tried again on
        another, at most once per worker; a worker that dies of the request itself (out of
        memory, a crash) is replaced and the request is not tried again."""
        mode = "write" if request["op"] in ("update", "gsp_write") else "read"
        deadline = time.monotonic() + self.config.timeout
        request = {**request, "max_bytes": self.config.max_bytes}
        attempts = 1 if mode == "write" else self.config.workers + 1
        for _ in range(attempts):
            worker = self._checkout(mode, deadline)
            if worker is None:
                return error(503, f"every worker stayed busy for {self.config.timeout} s; retry later")
            reply = self._ask(worker, {**request, "generation": self.generation}, payload, deadline)
            if reply is not None:
                return reply
            if worker.proc.returncode != -signal.SIGKILL:
                return error(
                    500,
                    f"the worker answering this request stopped (exit status "
                    f"{worker.proc.returncode}: out of memory? the limit is "
                    f"{self.config.worker_memory_mb} MB a worker); it has been replaced",
                )
        return error(502, "the worker answering this request stopped; it has been replaced")

    def _ask(self, worker: Worker, request: dict[str, Any], payload: bytes, deadline: float) -> Reply | None:
        """One worker's answer; None when the worker died on the way."""
        assert worker.proc.stdin is not None and worker.proc.stdout is not None
        try:
            frames.send(worker.proc.stdin, request, payload)  # type: ignore[arg-type]
            if not _wait_readable(worker.proc.stdout.fileno(), deadline):
                self._lost(worker)
                return error(504, f"the request ran past the {self.config.timeout} s time limit: stopped")
            header, body = frames.recv(worker.proc.stdout)  # type: ignore[arg-type]
        except (EOFError, OSError):
            worker.proc.wait()  # its exit status tells a kill from outside from a death of its own
            self._lost(worker)
            return None
        if worker.mode == "write" and header["status"] < 300:
            self.generation += 1
        self.idle[worker.mode].put(worker)
        return Reply(header["status"], header["ctype"], body, header.get("file"), header.get("size", 0))
