"""Messages between the front and its workers over pipes: a JSON header and an optional binary
payload, both length-prefixed, one message per request and one per answer."""

from __future__ import annotations

import json
import os
import struct
from typing import Any, BinaryIO, cast

PREFIX = struct.Struct(">II")
MAX_HEADER = 1 << 20


def send(out: BinaryIO, header: dict[str, Any], payload: bytes = b"") -> None:
    """Write one message (raw, unbuffered pipe: written in full)."""
    data = json.dumps(header).encode("utf-8")
    view = memoryview(PREFIX.pack(len(data), len(payload)) + data + payload)
    while view:
        written = out.write(view)
        if written is None:  # a non-blocking pipe would; ours block
            continue
        view = view[written:]


def read_exact(inp: BinaryIO, size: int) -> bytes:
    """Exactly `size` bytes, or EOFError when the other side is gone."""
    parts = []
    while size:
        chunk = inp.read(size)
        if not chunk:
            raise EOFError("the pipe closed")
        parts.append(chunk)
        size -= len(chunk)
    return b"".join(parts)


def recv(inp: BinaryIO) -> tuple[dict[str, Any], bytes]:
    """Read one message."""
    head_size, payload_size = PREFIX.unpack(read_exact(inp, PREFIX.size))
    if head_size > MAX_HEADER:
        raise EOFError("a malformed message")
    header = json.loads(read_exact(inp, head_size))
    return header, read_exact(inp, payload_size) if payload_size else b""


def raw_pipe(fd: int, mode: str) -> BinaryIO:
    """An unbuffered binary file over a file descriptor."""
    return cast(BinaryIO, os.fdopen(fd, mode, buffering=0))
