"""What a worker does with one request: run the query (or update) on its pyoxigraph store and
serialize the answer in full into a size-capped sink before anything is sent, so the status is
known first: a query that fails, overruns or grows too large never becomes a 200 with half a body.

An answer is a `Reply`: status, media type and bytes, held in memory when small and spilled to a
file in the front's private spool folder when large (the front streams the file and removes it).
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from typing import IO, Any, cast

import pyoxigraph as ox

from kg.serve.negotiate import graph_format, result_format

INLINE_BYTES = 256 * 1024  # larger answers are spilled to a file
TEXT = "text/plain; charset=utf-8"


class AnswerTooLarge(Exception):
    """The answer went over the size limit while being serialized."""


@dataclass
class Reply:
    """An answer ready to send: `body` when small, else the spool file `file` of `size` bytes."""

    status: int
    ctype: str = TEXT
    body: bytes = b""
    file: str | None = None
    size: int = 0

    def header(self) -> dict[str, Any]:
        """The message header describing this reply (the body travels as the payload)."""
        return {"status": self.status, "ctype": self.ctype, "file": self.file, "size": self.size}


def error(status: int, message: str) -> Reply:
    """A plain-text error reply."""
    body = (message.rstrip("\n") + "\n").encode("utf-8", "replace")
    return Reply(status, TEXT, body, size=len(body))


class CappedSink(io.RawIOBase):
    """A binary writer that keeps the first bytes in memory, spills to a file in `spool` beyond
    INLINE_BYTES, and raises AnswerTooLarge past `limit` bytes."""

    def __init__(self, limit: int, spool: str) -> None:
        super().__init__()
        self.limit, self.spool, self.size = limit, spool, 0
        self.memory = io.BytesIO()
        self.path: str | None = None
        self.spilled: io.BufferedWriter | None = None

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        chunk = bytes(data)
        self.size += len(chunk)
        if self.size > self.limit:
            raise AnswerTooLarge
        if self.spilled is None and self.size > INLINE_BYTES:
            fd, self.path = tempfile.mkstemp(prefix=f"{os.getpid()}-", dir=self.spool)
            self.spilled = os.fdopen(fd, "wb")
            self.spilled.write(self.memory.getvalue())
            self.memory = io.BytesIO()
        (self.spilled or self.memory).write(chunk)
        return len(chunk)

    def output(self) -> IO[bytes]:
        """This sink as the binary file pyoxigraph's serializers write to."""
        return cast(IO[bytes], self)

    def reply(self, ctype: str) -> Reply:
        """The finished answer."""
        if self.spilled is not None:
            self.spilled.close()
            return Reply(200, ctype, file=self.path, size=self.size)
        body = self.memory.getvalue()
        return Reply(200, ctype, body, size=len(body))

    def discard(self) -> None:
        """Drop a partial answer."""
        if self.spilled is not None:
            self.spilled.close()
        if self.path:
            os.unlink(self.path)


def _graphs(names: list[str]) -> list[ox.NamedNode]:
    return [ox.NamedNode(name) for name in names]


def run_query(store: ox.Store, request: dict[str, Any], limit: int, spool: str) -> Reply:
    """Run a SPARQL query; the default graph is the union of all graphs unless the request names
    default graphs (`default-graph-uri`)."""
    options: dict[str, Any] = {}
    if request.get("default_graphs"):
        options["default_graph"] = _graphs(request["default_graphs"])
    else:
        options["use_default_graph_as_union"] = True
    if request.get("named_graphs"):
        options["named_graphs"] = _graphs(request["named_graphs"])
    sink = CappedSink(limit, spool)
    try:
        result = store.query(request["query"], **options)
        if isinstance(result, ox.QueryTriples):
            chosen: tuple[str, Any] | None = graph_format(request.get("accept"))
        else:
            chosen = result_format(request.get("accept"))
        if chosen is None:
            return error(406, "no acceptable format for this answer (see the Accept header)")
        result.serialize(sink.output(), chosen[1])
        return sink.reply(chosen[0])
    except AnswerTooLarge:
        sink.discard()
        return error(413, f"the answer is larger than {limit} bytes: add a LIMIT")
    except (SyntaxError, ValueError) as e:
        sink.discard()
        return error(400, f"bad query: {e}")
    except OSError as e:  # reading the store, or a SERVICE call when federation is allowed
        sink.discard()
        return error(500, f"the query failed: {e}")


def dump_graph(store: ox.Store, request: dict[str, Any], limit: int, spool: str) -> Reply:
    """Graph Store Protocol GET: one named graph, the default graph (the union), or every quad."""
    graph = request.get("graph")
    chosen = graph_format(request.get("accept"), datasets=graph is None and not request.get("default"))
    if chosen is None:
        return error(406, "no acceptable RDF format (see the Accept header)")
    media, fmt = chosen
    sink = CappedSink(limit, spool)
    try:
        if graph is not None:
            node = ox.NamedNode(graph)
            if not store.contains_named_graph(node):
                return error(404, f"no graph {graph}")
            store.dump(sink.output(), fmt, from_graph=node)
        elif request.get("default") or not fmt.supports_datasets:
            everything = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }"
            triples = store.query(everything, use_default_graph_as_union=True)
            assert isinstance(triples, ox.QueryTriples)
            triples.serialize(sink.output(), fmt)
        else:
            store.dump(sink.output(), fmt)
        return sink.reply(media)
    except AnswerTooLarge:
        sink.discard()
        return error(413, f"the graph is larger than {limit} bytes")
    except ValueError as e:
        sink.discard()
        return error(400, f"bad graph name: {e}")


def run_update(store: ox.Store, request: dict[str, Any]) -> Reply:
    """A SPARQL update."""
    try:
        store.update(request["update"])
    except (SyntaxError, ValueError) as e:
        return error(400, f"bad update: {e}")
    except OSError as e:
        return error(500, f"the update failed: {e}")
    return Reply(204)


def write_graph(store: ox.Store, request: dict[str, Any], data: bytes) -> Reply:
    """Graph Store Protocol PUT (replace), POST (add) and DELETE of one graph or the default graph."""
    try:
        target: ox.NamedNode | ox.DefaultGraph = (
            ox.NamedNode(request["graph"]) if request.get("graph") else ox.DefaultGraph()
        )
        method = request["method"]
        if method == "DELETE":
            if isinstance(target, ox.NamedNode) and not store.contains_named_graph(target):
                return error(404, f"no graph {request['graph']}")
            store.remove_graph(target) if isinstance(target, ox.NamedNode) else store.clear_graph(target)
            return Reply(204)
        fmt = ox.RdfFormat.from_media_type(request.get("content_type") or "")
        if fmt is None:
            return error(415, "unknown RDF media type (Content-Type)")
        quads = [ox.Quad(t.subject, t.predicate, t.object, target) for t in ox.parse(data, format=fmt)]
        if method == "PUT":
            store.clear_graph(target)
        store.extend(quads)
        return Reply(201 if method == "PUT" else 204)
    except (SyntaxError, ValueError) as e:
        return error(400, f"bad RDF or graph name: {e}")
    except OSError as e:
        return error(500, f"the write failed: {e}")
