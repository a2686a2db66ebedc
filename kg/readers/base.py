"""The reader interface: what a source-format plugin implements to be registered in `kg.readers`.

A reader is a class with a `name`, a `sniff(path, head) -> float` confidence (0 = not mine,
1 = certainly mine) computed from the file name and its first bytes, and
`read(path, root) -> Iterator[Document | DocumentError]`. `read` yields one Document per release
(one per row or line for tabular formats) and yields a DocumentError for each row it cannot
read; it may raise DocumentError when the whole file is unreadable (the registry turns that
into a yielded error and goes on with the next file).
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path

from kg.model import Document, DocumentError

_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


def display_name(name: str) -> str:
    """A path as one printable line of UTF-8: bytes that are not UTF-8 (lone surrogates from the OS)
    and control characters such as a newline are written as backslash escapes."""
    if _CONTROL.search(name):
        name = _CONTROL.sub(lambda m: repr(m.group())[1:-1], name)
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:
        try:
            name = os.fsencode(name).decode("utf-8", "backslashreplace")
        except UnicodeError:  # a surrogate the OS did not make
            name = name.encode("utf-8", "backslashreplace").decode("utf-8")
    return name


def locator_for(path: Path, root: Path | None) -> str:
    """The document identifier: `path` relative to the root that was given (its name if none),
    as one printable line (see `display_name`)."""
    if root is not None:
        try:
            return display_name(path.relative_to(root).as_posix())
        except ValueError:
            pass
    return display_name(path.name)


class Reader:
    """Base class of the readers (subclasses set `name` and override `sniff` and `read`)."""

    name: str = ""

    def sniff(self, path: Path, head: bytes) -> float:
        """Confidence in [0, 1] that this reader reads `path`, whose first bytes are `head`."""
        return 0.0

    def read(self, path: Path, root: Path | None) -> Iterator[Document | DocumentError]:
        """Yield the documents of `path` (identifiers relative to `root`)."""
        raise NotImplementedError

    def count(self, path: Path) -> int:
        """A cheap count of the documents in `path`, for progress bars (one per file by default)."""
        return 1

    def __repr__(self) -> str:
        return f"<{type(self).__name__} {self.name!r}>"
