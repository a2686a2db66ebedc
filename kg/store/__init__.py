"""The store behind one API: pyoxigraph on disk (default) or a remote SPARQL 1.1 endpoint.

`open_store(location)` gives an `EmbeddedStore` (kg.store.embedded) for a directory or a
`RemoteStore` (kg.store.remote) for an http(s) URL; both follow the `Store` protocol
(kg.store.base) and are context managers (`with open_store(DIR) as store:` closes it).
`load_reference_data` (kg.store.reference) loads the ontology and the reference data.
"""

from __future__ import annotations

import os

from kg.store.base import CONTENT_HASH, FORMATS, QUAD_FORMATS, RDF_FORMATS, Store, StoreError, dump
from kg.store.embedded import (
    DEFAULT_LOCK_TIMEOUT,
    LOCK_TIMEOUT_ENV,
    EmbeddedStore,
    lock_timeout_default,
)
from kg.store.reference import load_reference_data
from kg.store.remote import RemoteStore

__all__ = [
    "CONTENT_HASH",
    "DEFAULT_LOCK_TIMEOUT",
    "FORMATS",
    "LOCK_TIMEOUT_ENV",
    "QUAD_FORMATS",
    "RDF_FORMATS",
    "EmbeddedStore",
    "RemoteStore",
    "Store",
    "StoreError",
    "dump",
    "load_reference_data",
    "lock_timeout_default",
    "open_store",
]


def open_store(
    location: str | os.PathLike[str], read_only: bool = False, lock_timeout: float | None = None
) -> Store:
    """Open the store at a directory (embedded) or an http(s) SPARQL endpoint URL (remote).

    A writer waits up to `lock_timeout` seconds (default: KG_LOCK_TIMEOUT, else 600) while another
    process writes to the same directory; readers never wait (they see the last committed batch)."""
    loc = str(location)
    if loc.startswith(("http://", "https://")):
        return RemoteStore(loc)
    return EmbeddedStore(loc, read_only=read_only, lock_timeout=lock_timeout)
