"""Source readers: a small registry of format plugins, and `read_paths` to read files and folders.

Readers are registered by name with the dotted path of their class and imported on first use
(as rdflib's plugin registry does); third-party packages register theirs the same way, or
through the `kg.readers` entry-point group (`name = "package.module:Class"`). Each file is given
to the reader whose `sniff(path, head)` is most confident, unless a reader is named.

`read_paths` never raises for bad input: a file, row or line that cannot be read is yielded as a
`DocumentError(locator, reason)` and the walk goes on.

    >>> for item in read_paths(["data"]):
    ...     print(item.identifier if isinstance(item, Document) else item)
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterable, Iterator
from datetime import date
from importlib.metadata import entry_points
from pathlib import Path

from kg.model import Document, DocumentError, KgError
from kg.readers.base import Reader, locator_for
from kg.readers.walk import FoundFile, iter_files

__all__ = [
    "DEFAULT_MAX_BYTES",
    "FoundFile",
    "Reader",
    "choose_reader",
    "count_documents",
    "get_reader",
    "iter_files",
    "read_found",
    "read_paths",
    "reader_names",
    "register",
]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024  # 20 MB: larger files are reported, not read
HEAD_BYTES = 4096  # what sniffing sees of each file

_targets: dict[str, str | type[Reader]] = {}
_instances: dict[str, Reader] = {}
_entry_points_loaded = False

Paths = Iterable[str | os.PathLike[str]] | str | os.PathLike[str]


def register(name: str, target: str | type[Reader]) -> None:
    """Register a reader class under `name`, as a class or a lazy `"module.path:ClassName"` string."""
    if isinstance(target, str) and ":" not in target:
        raise KgError(f"reader target {target!r} should read 'module.path:ClassName'")
    _targets[name] = target
    _instances.pop(name, None)


def _load_entry_points() -> None:
    global _entry_points_loaded
    if not _entry_points_loaded:
        _entry_points_loaded = True
        for ep in entry_points(group="kg.readers"):
            _targets.setdefault(ep.name, ep.value)


def reader_names() -> list[str]:
    """Names of the registered readers, in registration order."""
    _load_entry_points()
    return list(_targets)


def get_reader(name: str) -> Reader:
    """The reader registered as `name` (imported on first use); KgError if there is none."""
    _load_entry_points()
    if name not in _instances:
        target = _targets.get(name)
        if target is None:
            raise KgError(f"unknown reader {name!r}; known readers: {', '.join(reader_names())}")
        if isinstance(target, str):
            module, _, attr = target.partition(":")
            try:
                target = getattr(importlib.import_module(module), attr)
            except (ImportError, AttributeError) as e:
                raise KgError(f"reader {name!r} cannot be loaded from {_targets[name]!r}: {e}") from None
        reader = target()
        reader.name = name
        _instances[name] = reader
    return _instances[name]


def choose_reader(path: Path, head: bytes) -> Reader | None:
    """The most confident reader for `path` (ties go to the first registered), or None."""
    best, best_score = None, 0.0
    for name in reader_names():
        reader = get_reader(name)
        score = reader.sniff(path, head)
        if score > best_score:
            best, best_score = reader, score
    return best


def _size(n: int) -> str:
    if n < 2**20:
        return f"{n:,} bytes"
    return f"{n / 2**20:g} MB" if n % 2**20 == 0 else f"{n / 2**20:.1f} MB"


def _as_list(paths: Paths) -> list[str | os.PathLike[str]]:
    return [paths] if isinstance(paths, str | os.PathLike) else list(paths)


def _head(path: Path) -> bytes:
    with path.open("rb") as fh:
        return fh.read(HEAD_BYTES)


def _reader_for(found: FoundFile, reader: str | None, locator: str) -> Reader | DocumentError:
    if found.size == 0:
        return DocumentError(locator, "empty file (0 bytes)")
    if reader is not None:
        return get_reader(reader)
    try:
        head = _head(found.path)
    except OSError as e:
        return DocumentError(locator, f"cannot be read: {e.strerror or e}")
    chosen = choose_reader(found.path, head)
    if chosen is None:
        kind = found.path.suffix or "no extension"
        return DocumentError(locator, f"unsupported file type ({kind}); no reader recognizes it")
    return chosen


def read_paths(
    paths: Paths,
    reader: str | None = None,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    follow_symlinks: bool = False,
) -> Iterator[Document | DocumentError]:
    """Read files and folders (walked recursively, in sorted order) into Documents.

    `reader` forces one registered reader for every file instead of sniffing. Files larger than
    `max_bytes` are reported, not read. Bad files, rows and lines are yielded as DocumentError.
    An unknown `reader` name raises KgError before anything is read. Symbolic links out of `paths`
    are followed only with `follow_symlinks` (see kg.readers.walk).
    """
    if reader is not None:
        get_reader(reader)
    for found in iter_files(_as_list(paths), follow_symlinks=follow_symlinks):
        if isinstance(found, FoundFile):
            yield from read_found(found, reader, max_bytes=max_bytes)
        elif isinstance(found, DocumentError):
            yield found


def read_found(
    found: FoundFile, reader: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES
) -> Iterator[Document | DocumentError]:
    """The documents of one walked file, as `read_paths` yields them (lets ingest workers read files)."""
    locator = locator_for(found.path, found.root)
    if found.size > max_bytes:
        yield DocumentError(
            locator,
            f"file is {_size(found.size)}, over the {_size(max_bytes)} size limit "
            "(raise max_bytes to read it)",
        )
        return
    chosen = _reader_for(found, reader, locator)
    if isinstance(chosen, DocumentError):
        yield chosen
        return
    try:
        for doc in chosen.read(found.path, found.root):
            yield _dated(doc) if isinstance(doc, Document) else doc
    except DocumentError as e:
        yield e
    except OSError as e:
        yield DocumentError(locator, f"cannot be read: {e.strerror or e}")
    except Exception as e:  # a reader bug must not stop the walk; the reason names it
        yield DocumentError(locator, f"reader {chosen.name!r} failed: {type(e).__name__}: {e}")


# Release dates the extraction and reconciliation can count days and years from: the calendar
# ends (years 1 and 9999) are refused by the readers, not left to fail later.
EARLIEST, LATEST = date(1000, 1, 1), date(8999, 12, 31)


def _dated(doc: Document) -> Document | DocumentError:
    if EARLIEST <= doc.date <= LATEST:
        return doc
    return DocumentError(
        doc.identifier,
        f"date {doc.date.isoformat()} is out of range ({EARLIEST.year}-{LATEST.year}): refused",
    )


def count_documents(paths: Paths, reader: str | None = None, *, max_bytes: int = DEFAULT_MAX_BYTES) -> int:
    """A cheap estimate of how many items `read_paths` yields (rows and lines counted), for progress bars."""
    total = 0
    for found in iter_files(_as_list(paths)):
        if not isinstance(found, FoundFile) or found.size > max_bytes:
            total += 1
            continue
        chosen = _reader_for(found, reader, "")
        total += chosen.count(found.path) if isinstance(chosen, Reader) else 1
    return total


register("akorda", "kg.readers.akorda:AkordaReader")
register("whitehouse", "kg.readers.whitehouse:WhiteHouseReader")
register("markdown", "kg.readers.whitehouse:MarkdownReader")
register("kremlin-csv", "kg.readers.kremlin:KremlinCsvReader")
register("ukraine-csv", "kg.readers.ukraine:UkraineCsvReader")
register("csv", "kg.readers.csv_table:CsvReader")
register("html", "kg.readers.html_page:HtmlReader")
register("jsonl", "kg.readers.jsonl:JsonLinesReader")
