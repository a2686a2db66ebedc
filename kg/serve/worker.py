"""A worker process of `kg serve`: `python -m kg.serve.worker LOCATION MODE PARENT_PID SPOOL MEMORY_MB`.

It opens the store itself (read-only for queries, read-write for the single update worker),
then answers one request at a time from the front over its stdin/stdout pipes (kg.serve.frames),
forever. It listens on no socket. The front kills it when a request overruns the time limit,
which is what stops the work; it dies with the front (PR_SET_PDEATHSIG on Linux). With a memory
limit (RLIMIT_AS), a query that needs more aborts the worker instead of the machine swapping.
"""

from __future__ import annotations

import ctypes
import os
import resource
import signal
import sys
import time
from typing import Any

import pyoxigraph as ox

from kg.serve import frames
from kg.serve.answers import Reply, dump_graph, error, run_query, run_update, write_graph


def _die_with_parent(parent: int) -> None:
    """Be killed when the front dies; exit now if it already has."""
    if sys.platform.startswith("linux"):
        ctypes.CDLL(None, use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    if os.getppid() != parent:
        os._exit(0)


def open_store(location: str, mode: str) -> ox.Store:
    """The store, read-write for the update worker, else read-only. A read-only open next to a
    writer can fail for a moment (RocksDB creating or compacting files): retried a few times."""
    if mode == "write":
        return ox.Store(location)
    for delay in (0.05, 0.1, 0.2, 0.4, 0.8):
        try:
            return ox.Store.read_only(location)
        except OSError:
            time.sleep(delay)
    return ox.Store.read_only(location)


def answer(store: ox.Store, request: dict[str, Any], payload: bytes, spool: str) -> Reply:
    """Dispatch one request to kg.serve.answers."""
    op = request["op"]
    limit = int(request.get("max_bytes", 0))
    if op == "query":
        return run_query(store, request, limit, spool)
    if op == "gsp_get":
        return dump_graph(store, request, limit, spool)
    if op == "update":
        return run_update(store, request)
    if op == "gsp_write":
        return write_graph(store, request, payload)
    return error(400, f"unknown operation {op}")


def main(argv: list[str]) -> int:
    """Serve requests until the front closes the pipe."""
    location, mode, parent, spool, memory_mb = argv[0], argv[1], int(argv[2]), argv[3], int(argv[4])
    _die_with_parent(parent)
    if memory_mb > 0:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C reaches the whole group: the front stops us
    out = frames.raw_pipe(os.dup(1), "wb")
    os.dup2(2, 1)  # a stray print goes to stderr, never into the answers
    inp = frames.raw_pipe(0, "rb")
    try:
        store = open_store(location, mode)
    except OSError as e:
        frames.send(out, {"ready": False, "error": str(e)})
        return 1
    frames.send(out, {"ready": True})
    generation = 0
    while True:
        try:
            request, payload = frames.recv(inp)
        except EOFError:
            return 0
        if mode == "read" and request.get("generation", 0) != generation:
            del store  # see the updates committed since this store was opened
            store = open_store(location, mode)
            generation = request["generation"]
        try:
            reply = answer(store, request, payload, spool)
        except Exception as e:  # noqa: BLE001 - one bad request must not end the worker
            reply = error(500, f"{type(e).__name__}: {e}")
        frames.send(out, reply.header(), reply.body)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
