"""How `kg serve` is configured: one frozen dataclass the CLI fills and every part reads."""

from __future__ import annotations

import os
from dataclasses import dataclass, field


def default_workers() -> int:
    """One query worker per core, at least 2 (a runaway query never blocks every worker) and at most 8."""
    return max(2, min(8, os.cpu_count() or 2))


@dataclass(frozen=True)
class ServeConfig:
    """How to serve a store."""

    location: str
    host: str = "127.0.0.1"
    port: int = 7878
    allow_updates: bool = False
    token: str | None = None
    timeout: int = 60  # seconds per query: the worker running it is killed after that
    max_bytes: int = 50_000_000  # largest answer sent back (413 above it)
    workers: int = field(default_factory=default_workers)  # query worker processes
    allow_service: bool = False  # SPARQL federation (SERVICE, and LOAD in updates)
    allowed_hosts: tuple[str, ...] = ()  # Host header names accepted beyond loopback names and IP literals
    idle_timeout: float = 20.0  # seconds a connection may stay silent (reading a request or an answer)
    max_connections: int = 128  # connections served at once; more get 503
    max_query_bytes: int = 1_000_000  # largest query request body (anyone may send one)
    max_update_bytes: int = 64_000_000  # largest update or Graph Store body (token holders only)
    worker_memory_mb: int = 4096  # address space a worker may use (RLIMIT_AS); 0: no limit
