"""The HTTP front of `kg serve` (stdlib `http.server`), the only thing that listens.

Per request: Host checked, then the route and the token, then the declared body length, and only
then is the body read (queries up to `max_query_bytes`, updates up to `max_update_bytes`);
sockets time out when idle; the answer comes from a worker in full (status first) and is
streamed to the client from memory or from its spool file in 64 KB pieces.
"""

from __future__ import annotations

import os
import socket
import sys
import urllib.parse
from http.server import BaseHTTPRequestHandler
from importlib.resources import files
from typing import Any

from kg.serve.answers import Reply, error
from kg.serve.config import ServeConfig
from kg.serve.guard import body_length, host_allowed, token_ok
from kg.serve.pool import WorkerPool
from kg.serve.sparql import refuses_federation

CHUNK = 64 * 1024
FORM = "application/x-www-form-urlencoded"


def _media(value: str | None) -> str:
    return (value or "").split(";", 1)[0].strip().lower()


def make_handler(config: ServeConfig, pool: WorkerPool, quiet: bool = False) -> type[BaseHTTPRequestHandler]:
    """The request handler class of the front server."""
    page = (files("kg.assets") / "query.html").read_bytes()

    class Handler(BaseHTTPRequestHandler):
        server_version = "kg-serve"
        protocol_version = "HTTP/1.1"
        timeout = config.idle_timeout  # socket timeout: reading a request, writing an answer

        def setup(self) -> None:
            super().setup()
            # headers and body are two writes: without this, Nagle's algorithm and the client's
            # delayed ACK hold every keep-alive answer back 40 ms
            self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib signature
            if not quiet:
                sys.stderr.write(f"{self.address_string()} {format % args}\n")

        def handle_expect_100(self) -> bool:
            """Answer `Expect: 100-continue` with the refusal instead, when the request would be
            refused anyway: the client then never sends the body."""
            path = urllib.parse.urlsplit(self.path).path
            writes = path == "/update" or (path == "/store" and self.command in ("PUT", "POST"))
            limit = config.max_update_bytes if writes else config.max_query_bytes
            if not host_allowed(self.headers.get("Host"), config):
                return self._refuse(403, "this Host is not served here")
            if writes and not config.allow_updates:
                return self._refuse(403, "this endpoint is read-only")
            if writes and not token_ok(self.headers.get("Authorization"), config.token):
                return self._refuse(401, "updates need Authorization: Bearer <token>")
            status, _ = body_length(self.headers.get("Content-Length"), limit)
            if status != 200:
                return self._refuse(status, f"a Content-Length up to {limit} bytes is needed")
            return super().handle_expect_100()

        def _refuse(self, status: int, message: str) -> bool:
            self._fail(status, message, close=True)
            return False

        # --- sending ---------------------------------------------------------------------------

        def _send(self, reply: Reply, extra: dict[str, str] | None = None, close: bool = False) -> None:
            self.send_response(reply.status)
            self.send_header("Content-Type", reply.ctype)
            self.send_header("Content-Length", str(reply.size if reply.file else len(reply.body)))
            for key, value in (extra or {}).items():
                self.send_header(key, value)
            if close:
                self.close_connection = True
                self.send_header("Connection", "close")
            self.end_headers()
            if reply.file:
                self._stream(reply.file)
            elif self.command != "HEAD":
                self.wfile.write(reply.body)

        def _stream(self, path: str) -> None:
            """Send a spooled answer and remove its file (even when the client goes away)."""
            with open(path, "rb") as f:
                os.unlink(path)
                if self.command == "HEAD":
                    return
                while chunk := f.read(CHUNK):
                    self.wfile.write(chunk)

        def _fail(self, status: int, message: str, close: bool = False, **extra: str) -> None:
            self._send(error(status, message), {k.replace("_", "-"): v for k, v in extra.items()}, close)

        # --- reading ---------------------------------------------------------------------------

        def _body(self, limit: int) -> bytes | None:
            """The request body, its length checked before reading; None after an error reply."""
            if self.headers.get("Transfer-Encoding"):
                self._fail(411, "send a Content-Length (chunked bodies are not accepted)", close=True)
                return None
            status, length = body_length(self.headers.get("Content-Length"), limit)
            if status == 411:
                self._fail(411, "a Content-Length header is needed", close=True)
            elif status == 400:
                self._fail(400, "the Content-Length is not a length", close=True)
            elif status == 413:
                self._fail(413, f"the request body is larger than {limit} bytes", close=True)
            if length is None:
                return None
            data = self.rfile.read(length)
            if len(data) < length:
                self.close_connection = True
                return None
            return data

        def _params(self, data: bytes | None) -> dict[str, list[str]] | None:
            """Query-string parameters, plus the form fields of a form body."""
            query = urllib.parse.urlsplit(self.path).query
            try:
                params = urllib.parse.parse_qs(query, keep_blank_values=True, errors="strict")
                if data is not None and _media(self.headers.get("Content-Type")) == FORM:
                    for key, values in urllib.parse.parse_qs(
                        data.decode("utf-8"), keep_blank_values=True, errors="strict"
                    ).items():
                        params.setdefault(key, []).extend(values)
            except (UnicodeDecodeError, ValueError):
                self._fail(400, "the request is not valid UTF-8 form data")
                return None
            return params

        def _text(
            self, data: bytes | None, params: dict[str, list[str]], name: str, media: str
        ) -> str | None:
            """The query or update text: a form field, or the whole body of type `media`."""
            if data is not None and _media(self.headers.get("Content-Type")) == media:
                try:
                    return data.decode("utf-8")
                except UnicodeDecodeError:
                    self._fail(400, "the request body is not UTF-8")
                    return None
            values = params.get(name, [])
            if len(values) != 1:
                self._fail(400, f"give exactly one {name} (a parameter, or a {media} body)")
                return None
            return values[0]

        def _write_allowed(self) -> bool:
            if not config.allow_updates:
                self._fail(
                    403,
                    "this endpoint is read-only (start kg serve with --allow-updates --token T)",
                    close=True,
                )
                return False
            if not token_ok(self.headers.get("Authorization"), config.token):
                self._fail(
                    401, "updates need Authorization: Bearer <token>", close=True, WWW_Authenticate="Bearer"
                )
                return False
            return True

        # --- routes ----------------------------------------------------------------------------

        def _query(self) -> None:
            data = self._body(config.max_query_bytes) if self.command == "POST" else None
            if self.command == "POST" and data is None:
                return
            params = self._params(data)
            if params is None:
                return
            text = self._text(data, params, "query", "application/sparql-query")
            if text is None:
                return
            if not config.allow_service and (why := refuses_federation(text, update=False)):
                self._fail(403, why)
                return
            request: dict[str, Any] = {
                "op": "query",
                "query": text,
                "accept": self.headers.get("Accept"),
                "default_graphs": params.get("default-graph-uri", []),
                "named_graphs": params.get("named-graph-uri", []),
            }
            self._send(pool.run(request), {"Vary": "Accept"})

        def _update(self) -> None:
            if not self._write_allowed():
                return
            data = self._body(config.max_update_bytes)
            if data is None:
                return
            params = self._params(data)
            text = None if params is None else self._text(data, params, "update", "application/sparql-update")
            if text is None:
                return
            if not config.allow_service and (why := refuses_federation(text, update=True)):
                self._fail(403, why)
                return
            self._send(pool.run({"op": "update", "update": text}))

        def _store(self) -> None:
            params = self._params(None)
            if params is None:
                return
            graph = params.get("graph", [None])[0]
            if self.command in ("GET", "HEAD"):
                self._send(
                    pool.run(
                        {
                            "op": "gsp_get",
                            "graph": graph,
                            "default": "default" in params,
                            "accept": self.headers.get("Accept"),
                        }
                    )
                )
                return
            if not self._write_allowed():
                return
            data = b"" if self.command == "DELETE" else self._body(config.max_update_bytes)
            if data is None:
                return
            request = {
                "op": "gsp_write",
                "method": self.command,
                "graph": graph,
                "content_type": _media(self.headers.get("Content-Type")),
            }
            self._send(pool.run(request, data))

        def _route(self) -> None:
            if not host_allowed(self.headers.get("Host"), config):
                self._fail(
                    403, "this Host is not served here (kg serve --allow-host NAME allows it)", close=True
                )
                return
            path = urllib.parse.urlsplit(self.path).path
            if path in ("/", "/index.html") and self.command in ("GET", "HEAD"):
                self._send(Reply(200, "text/html; charset=utf-8", page))
            elif path == "/query" and self.command in ("GET", "HEAD", "POST"):
                self._query()
            elif path == "/update" and self.command == "POST":
                self._update()
            elif path == "/store" and self.command in ("GET", "HEAD", "PUT", "POST", "DELETE"):
                self._store()
            elif path in ("/query", "/update", "/store"):
                self._fail(405, "method not allowed", close=self.command in ("POST", "PUT"))
            else:
                self._fail(404, "not found", close=self.command in ("POST", "PUT"))

        do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = _route

    return Handler
