"""`kg serve`: a SPARQL 1.1 Protocol endpoint on an on-disk store.

The real server is Oxigraph's (`oxigraph serve-read-only`, or `oxigraph serve` when updates are
allowed), run on a private loopback port with the union of all graphs as default graph and a
query timeout. In front of it a small stdlib HTTP server (the only public port):

- serves the offline query page (kg/assets/query.html) at `/`;
- passes `/query` (GET and POST) through, with content negotiation left to Oxigraph, and cuts
  answers larger than `max_bytes` (413);
- refuses `/update` and Graph Store Protocol writes on `/store` (403) unless updates are
  allowed, and then only with `Authorization: Bearer <token>` (401 otherwise).
"""

from __future__ import annotations

import hmac
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from importlib.resources import files
from pathlib import Path

from kg.model import KgError

PASSED_HEADERS = ("Content-Type", "Accept", "Accept-Encoding", "Content-Length")
RETURNED_HEADERS = ("Content-Type", "Content-Disposition", "Vary")


@dataclass(frozen=True)
class ServeConfig:
    """How to serve a store."""

    location: str
    host: str = "127.0.0.1"
    port: int = 7878
    allow_updates: bool = False
    token: str | None = None
    timeout: int = 60  # seconds per query
    max_bytes: int = 50_000_000  # largest answer passed through


def oxigraph_binary() -> str:
    """The `oxigraph` server binary (from the `oxigraph` PyPI package)."""
    found = shutil.which("oxigraph") or str(Path(sys.executable).parent / "oxigraph")
    if not Path(found).exists():
        raise KgError("the Oxigraph server is not installed: pip install 'diplomatic-kg[server]'")
    return found


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_oxigraph(config: ServeConfig) -> tuple[subprocess.Popen[bytes], str]:
    """Start Oxigraph on a private loopback port; returns the process and its base URL."""
    if config.allow_updates and not config.token:
        raise KgError("--allow-updates needs --token: Oxigraph itself has no authentication")
    if not Path(config.location).is_dir():
        raise KgError(f"no store at {config.location}: run kg ingest first or give --store")
    port = _free_port()
    mode = "serve" if config.allow_updates else "serve-read-only"
    cmd = [
        oxigraph_binary(),
        mode,
        "--location",
        config.location,
        "--bind",
        f"127.0.0.1:{port}",
        "--union-default-graph",
        "--timeout-s",
        str(config.timeout),
    ]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    url = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            err = proc.stderr.read().decode("utf-8", "replace") if proc.stderr else ""
            raise KgError(
                f"Oxigraph could not open {config.location} (is a kg ingest writing to it?): {err.strip()}"
            )
        try:
            urllib.request.urlopen(url + "/query?query=ASK%7B%7D", timeout=2).close()
            return proc, url
        except OSError:
            time.sleep(0.1)
    proc.kill()
    raise KgError("Oxigraph did not start within 30 s")


def make_handler(config: ServeConfig, backend: str) -> type[BaseHTTPRequestHandler]:
    """The request handler class of the front server."""
    page = (files("kg.assets") / "query.html").read_bytes()

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
            sys.stderr.write(f"{self.address_string()} {format % args}\n")

        def _send(
            self,
            code: int,
            body: bytes,
            ctype: str = "text/plain; charset=utf-8",
            extra: dict[str, str] | None = None,
        ) -> None:
            self.send_response(code)
            self.send_header("Content-Type", ctype)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)

        def _body(self) -> bytes | None:
            length = int(self.headers.get("Content-Length") or 0)
            return self.rfile.read(length) if length else None

        def _authorized_write(self) -> bool:
            if not config.allow_updates:
                self._send(
                    403, b"this endpoint is read-only (start kg serve with --allow-updates --token T)\n"
                )
                return False
            given = self.headers.get("Authorization", "")
            expected = f"Bearer {config.token}"
            if not hmac.compare_digest(given.encode(), expected.encode()):
                self._send(
                    401, b"updates need Authorization: Bearer <token>\n", extra={"WWW-Authenticate": "Bearer"}
                )
                return False
            return True

        def _proxy(self, body: bytes | None) -> None:
            headers = {
                k: self.headers[k] for k in PASSED_HEADERS if self.headers.get(k) and k != "Content-Length"
            }
            req = urllib.request.Request(backend + self.path, data=body, headers=headers, method=self.command)
            try:
                resp = urllib.request.urlopen(req, timeout=config.timeout + 5)
            except urllib.error.HTTPError as e:
                self._send(e.code, e.read(), e.headers.get("Content-Type", "text/plain"))
                return
            except (urllib.error.URLError, OSError) as e:
                self._send(504 if "timed out" in str(e) else 502, f"backend error: {e}\n".encode())
                return
            with resp:
                data = resp.read(config.max_bytes + 1)
                if len(data) > config.max_bytes:
                    self._send(
                        413, f"the answer is larger than {config.max_bytes} bytes: add a LIMIT\n".encode()
                    )
                    return
                extra = {k: resp.headers[k] for k in RETURNED_HEADERS[1:] if resp.headers.get(k)}
                self._send(
                    resp.status, data, resp.headers.get("Content-Type", "application/octet-stream"), extra
                )

        def _route(self) -> None:
            path = self.path.split("?", 1)[0]
            body = self._body() if self.command in ("POST", "PUT") else None
            if path in ("/", "/index.html") and self.command in ("GET", "HEAD"):
                self._send(200, page, "text/html; charset=utf-8")
            elif path == "/query" and self.command in ("GET", "HEAD", "POST"):
                self._proxy(body)
            elif path == "/update" and self.command == "POST":
                if self._authorized_write():
                    self._proxy(body)
            elif path == "/store":
                if self.command in ("GET", "HEAD") or self._authorized_write():
                    self._proxy(body)
            else:
                self._send(404 if path not in ("/query", "/update") else 405, b"not found\n")

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _route

    return Handler


class _EndpointServer(ThreadingHTTPServer):
    """Threaded HTTP front; a deep accept queue so bursts of clients are queued, not reset."""

    daemon_threads = True
    request_queue_size = 128

    def handle_error(self, request: object, client_address: object) -> None:
        """A client that hangs up mid-answer is routine, not a traceback; anything else is logged."""
        if isinstance(sys.exc_info()[1], (ConnectionResetError, BrokenPipeError)):
            return
        super().handle_error(request, client_address)  # type: ignore[arg-type]


def serve(config: ServeConfig, ready: Callable[[str], None] | None = None) -> None:
    """Run the endpoint until interrupted (Ctrl-C or SIGTERM); stops Oxigraph on the way out."""
    proc, backend = start_oxigraph(config)
    try:
        server = _EndpointServer((config.host, config.port), make_handler(config, backend))
    except OSError as e:
        proc.terminate()
        raise KgError(f"cannot listen on {config.host}:{config.port}: {e}") from e

    def stop(signum: int, frame: object) -> None:
        raise KeyboardInterrupt

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        if ready:
            ready(f"http://{config.host}:{server.server_address[1]}")
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        signal.signal(signal.SIGTERM, previous)
        server.server_close()
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
