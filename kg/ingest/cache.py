"""A file-level cache that lets a re-ingest skip reading unchanged files.

Reading and parsing a release costs more than anything else a re-ingest does, so for each file
read by a successful ingest the cache remembers a hash of its bytes and the releases it yielded
(identifier, key, graph, content hash) or the reading errors it gave. Next time, a file whose
bytes hash the same is not parsed: its releases count as read and unchanged, provided the store
still holds every one of those graphs with the same content hash (the store stays the authority),
and its errors are reported again. The cache is keyed by the reader code (kg/readers, kg/model.py),
the forced reader, the size limit and the extractor version (kg/extract/version.py), so a change to
any of them reads everything again. It lives next to an embedded store (a JSON file in its folder);
a remote store has none. Losing or corrupting the file only costs one full re-read.

The file also keeps the fingerprint of the releases the reconciled graph was last computed from,
so a re-ingest that changed nothing does not recompute it.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

CACHE_NAME = "kg-ingest-files.json"

# (bytes digest, [(identifier, key, graph, content hash) or (locator, reason) of a reading error])
Entry = tuple[str, list[tuple[str, ...]]]


def file_digest(path: Path, chunk: int = 2**20) -> str:
    """Hash of a file's bytes, read in chunks (memory stays flat whatever the size)."""
    h = hashlib.blake2b(digest_size=16)
    with open(path, "rb") as fh:
        while block := fh.read(chunk):
            h.update(block)
    return h.hexdigest()


def file_key(path: Path, root: Path) -> str:
    """The cache key of a walked file: its absolute path and the root its identifier is relative to."""
    return f"{os.path.abspath(root)}\0{os.path.abspath(path)}"


def code_version(reader: str | None, max_bytes: int) -> str:
    """What the releases read from a file depend on besides its bytes (extraction included)."""
    import kg.model
    import kg.readers
    from kg.extract.version import extractor_version

    h = hashlib.blake2b(digest_size=16)
    sources = sorted(Path(kg.readers.__file__).parent.glob("*.py")) + [Path(kg.model.__file__)]
    for source in sources:
        h.update(source.read_bytes())
    h.update(repr((reader, max_bytes, kg.readers.reader_names(), extractor_version())).encode())
    return h.hexdigest()


@dataclass
class FileCache:
    """file key -> Entry, valid for one code version."""

    path: Path | None
    version: str
    entries: dict[str, Entry]
    reconciled: str | None = None  # fingerprint of the releases the reconciled graph was computed from

    def lookup(self, key: str, digest: str, known: dict[str, str]) -> list[tuple[str, ...]] | None:
        """The items of an unchanged file whose graphs the store holds unchanged, else None."""
        entry = self.entries.get(key)
        if entry is None or entry[0] != digest:
            return None
        items = entry[1]
        return items if all(len(i) != 4 or known.get(i[2]) == i[3] for i in items) else None

    def save(self, entries: dict[str, Entry], reconciled: str | None) -> None:
        """Replace the file with these entries, atomically."""
        if self.path is None:
            return
        tmp = self.path.with_name(self.path.name + ".tmp")
        data = {"version": self.version, "reconciled": reconciled, "files": entries}
        try:
            tmp.write_text(json.dumps(data), encoding="utf-8")
            os.replace(tmp, self.path)
        except OSError:  # a cache that cannot be written (a full disk) is only a slower next run
            tmp.unlink(missing_ok=True)


def open_cache(store_location: str | None, version: str) -> FileCache:
    """The cache of the embedded store at `store_location` (empty when absent, stale or unreadable)."""
    if not store_location or store_location.startswith(("http://", "https://")):
        return FileCache(None, version, {})
    path = Path(store_location) / CACHE_NAME
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        reconciled = data.get("reconciled")
        if data.get("version") != version:
            return FileCache(path, version, {}, reconciled)
        entries = {k: (v[0], [tuple(d) for d in v[1]]) for k, v in data["files"].items()}
        return FileCache(path, version, entries, reconciled)
    except (OSError, ValueError, KeyError, TypeError, IndexError):
        return FileCache(path, version, {})
