"""What travels between the ingest and its workers: small frozen dataclasses, cheap to pickle.

A `FileTask` goes to a worker (one file to read); a `CachedTask` is a file the re-ingest cache
vouches for (kg.ingest.cache), never read. A worker sends back one `Release` per document read
(its N-Quads when extracted, None when unchanged or failed) and a `ReadError` for what a reader
could not read (a DocumentError would not survive unpickling). The cache keeps both as short
tuples (`entry()`), which `from_entry` turns back into items.
"""

from __future__ import annotations

from dataclasses import dataclass

from kg.readers.walk import FoundFile


@dataclass(frozen=True)
class FileTask:
    """One file for a worker to read and extract."""

    found: FoundFile
    key: str  # the cache key (kg.ingest.cache.file_key)
    reader: str | None  # a forced reader name, else chosen per file
    max_bytes: int


@dataclass(frozen=True)
class CachedTask:
    """A file unchanged since the last ingest whose releases the store holds unchanged: not read."""

    key: str
    digest: str  # hash of the file's bytes
    entries: list[tuple[str, ...]]  # what the cache keeps of its items (`entry()`)


@dataclass(frozen=True)
class Release:
    """One document read: its release graph and content hash, and what extracting it gave."""

    identifier: str
    key: str  # the release key the graph IRI is minted from
    graph: str
    digest: str  # the document's content hash
    nquads: bytes | None = None  # None: unchanged in the store, failed, or from the cache
    meetings: int = 0
    error: str | None = None  # why extraction failed

    def entry(self) -> tuple[str, ...]:
        return (self.identifier, self.key, self.graph, self.digest)


@dataclass(frozen=True)
class ReadError:
    """What a reader could not read, and why."""

    locator: str
    reason: str

    def entry(self) -> tuple[str, ...]:
        return (self.locator, self.reason)


Item = Release | ReadError


def from_entry(entry: tuple[str, ...]) -> Item:
    """The item a cache entry stands for (a release's four fields, or a reading error's two)."""
    return Release(*entry) if len(entry) == 4 else ReadError(*entry)
