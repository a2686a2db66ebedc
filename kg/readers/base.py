"""The reader interface: what a source-format plugin implements to be registered in `kg.readers`.

A reader is a class with a `name`, a `sniff(path, head) -> float` confidence (0 = not mine,
1 = certainly mine) computed from the file name and its first bytes, and
`read(path, root) -> Iterator[Document | DocumentError]`. `read` yields one Document per release
(one per row or line for tabular formats) and yields a DocumentError for each row it cannot
read; it may raise DocumentError when the whole file is unreadable (the registry turns that
into a yielded error and goes on with the next file).
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from kg.model import Document, DocumentError


def locator_for(path: Path, root: Path | None) -> str:
    """The document identifier: `path` relative to the root that was given (its name if none)."""
    if root is not None:
        try:
            return path.relative_to(root).as_posix()
        except ValueError:
            pass
    return path.name


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
