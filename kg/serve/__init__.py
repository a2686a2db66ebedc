"""`kg serve`: a SPARQL 1.1 Protocol endpoint on an on-disk store.

One stdlib HTTP front (the only listening socket) and a pool of worker processes that open the
store with pyoxigraph and answer over pipes:

- `/` serves the offline query page (kg/assets/query.html);
- `/query` (GET and POST) runs queries with the union of all graphs as default graph, content
  negotiation for SPARQL JSON/XML/CSV/TSV and RDF formats; answers larger than `max_bytes` get
  413; a query past the time limit has its worker killed and gets 504;
- `SERVICE` (federation) is refused unless `allow_service`;
- `/update` and Graph Store writes on `/store` get 403 unless updates are allowed, and then need
  `Authorization: Bearer <token>` (401 otherwise);
- Host headers other than loopback names, IP literals, the bound host and `allowed_hosts` get 403.

Modules: config (ServeConfig), front (HTTP), guard (checks before work), sparql (federation
check), pool (supervised workers), worker (a worker process), answers (running and serializing),
negotiate (Accept), frames (the pipe protocol).
"""

from __future__ import annotations

import shutil
import signal
import sys
import tempfile
import threading
from collections.abc import Callable
from http.server import ThreadingHTTPServer
from pathlib import Path
from typing import Any

from kg.model import KgError
from kg.serve.config import ServeConfig
from kg.serve.front import make_handler
from kg.serve.pool import WorkerPool

__all__ = ["ServeConfig", "serve"]

BUSY = (
    b"HTTP/1.1 503 Service Unavailable\r\nContent-Type: text/plain\r\nContent-Length: 31\r\n"
    b"Retry-After: 1\r\nConnection: close\r\n\r\ntoo many connections; retry.\r\n\r\n"
)


class EndpointServer(ThreadingHTTPServer):
    """Threaded HTTP front: a deep accept queue (bursts are queued, not reset) and a cap on the
    connections served at once (more get an immediate 503)."""

    daemon_threads = True
    request_queue_size = 128

    def __init__(self, address: tuple[str, int], handler: Any, max_connections: int) -> None:
        self.slots = threading.BoundedSemaphore(max_connections)
        super().__init__(address, handler)

    def process_request(self, request: Any, client_address: Any) -> None:
        if not self.slots.acquire(blocking=False):
            try:
                request.settimeout(1.0)
                request.sendall(BUSY)
            except OSError:
                pass
            self.shutdown_request(request)
            return
        super().process_request(request, client_address)

    def process_request_thread(self, request: Any, client_address: Any) -> None:
        try:
            super().process_request_thread(request, client_address)
        finally:
            self.slots.release()

    def handle_error(self, request: Any, client_address: Any) -> None:
        """A client that hangs up is no error of ours: nothing is logged. Anything else is one line
        on standard error, not socketserver's traceback."""
        error = sys.exc_info()[1]
        if isinstance(error, (ConnectionError, TimeoutError)):
            return
        print(f"kg serve: error while answering {client_address[0]}: {error!r}", file=sys.stderr)


def check(config: ServeConfig) -> None:
    """Refuse configurations that cannot be served safely."""
    if config.allow_updates and not config.token:
        raise KgError("--allow-updates needs --token: updates are only accepted with the token")
    if not Path(config.location).is_dir():
        raise KgError(f"no store at {config.location}: run kg ingest first or give --store")
    if config.workers < 1 or config.timeout <= 0 or config.max_connections < 1:
        raise KgError("--workers, --timeout and --max-connections must be positive")


def serve(config: ServeConfig, ready: Callable[[str], None] | None = None, quiet: bool = False) -> None:
    """Run the endpoint until interrupted (Ctrl-C or SIGTERM); stops the workers on the way out."""
    check(config)
    spool = tempfile.mkdtemp(prefix="kg-serve-")  # 0700: answers too large to pass through a pipe
    pool = WorkerPool(config, spool)
    try:
        pool.start()
        try:
            server = EndpointServer(
                (config.host, config.port), make_handler(config, pool, quiet), config.max_connections
            )
        except OSError as e:
            raise KgError(f"cannot listen on {config.host}:{config.port}: {e}") from e

        def stop(signum: int, frame: object) -> None:
            raise KeyboardInterrupt

        previous = signal.signal(signal.SIGTERM, stop)
        try:
            if ready:
                host = f"[{config.host}]" if ":" in config.host else config.host
                ready(f"http://{host}:{server.server_address[1]}")
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            signal.signal(signal.SIGTERM, previous)
            server.server_close()
    finally:
        pool.close()
        shutil.rmtree(spool, ignore_errors=True)
