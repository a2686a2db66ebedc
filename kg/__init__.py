"""diplomatic-kg: government releases about diplomatic meetings as a queryable knowledge graph.

The library in one script::

    import kg

    with kg.open_store("my-store") as store:
        kg.ingest(["data"], store)
        print(kg.run_query(store, "SELECT (COUNT(*) AS ?n) WHERE { ?m a dmo:DistinctMeeting }").rows)
        print(kg.ask(store, "who-met", {"person": "Tokayev"}).records())

`open_store` opens an embedded (directory) or remote (SPARQL endpoint URL) store; `ingest` reads
files and folders (`read_paths`), extracts meetings (`extract`) and writes one named graph per
release, then `reconcile`s accounts of the same meeting; `run_query` runs SPARQL with bound
parameters and `ask` runs a named question (`questions`), resolving names with `resolve`.

The heavy pieces load on first use: `kg.viz` (pyvis), `kg.validate` (pySHACL), `kg.analytics`
(networkx projections) and `kg.export` (GraphML, GEXF); `kg.stats` counts what a store holds.
Note that `ingest`, `extract`, `reconcile` and `resolve` here are the functions: import their
modules with `from kg.extract import pipeline`, not `import kg.extract.x as y`.
"""

import importlib
import importlib.metadata
import types

from kg.extract import extract
from kg.ingest import IngestReport, ingest
from kg.model import Document, DocumentError, Entity, Evidence, Extraction, KgError, Meeting, Statement
from kg.queries import ask, questions
from kg.query import run_query
from kg.readers import read_paths
from kg.reconcile import ReconcileReport, reconcile
from kg.resolve import ResolveError, resolve
from kg.results import QueryResult
from kg.sparql import QuerySyntaxError
from kg.store import Store, StoreError, open_store

try:
    __version__ = importlib.metadata.version("diplomatic-kg")
except importlib.metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
    __version__ = "0+unknown"

__all__ = [
    "Document",
    "DocumentError",
    "Entity",
    "Evidence",
    "Extraction",
    "IngestReport",
    "KgError",
    "Meeting",
    "QueryResult",
    "QuerySyntaxError",
    "ReconcileReport",
    "ResolveError",
    "Statement",
    "Store",
    "StoreError",
    "__version__",
    "ask",
    "extract",
    "ingest",
    "open_store",
    "questions",
    "read_paths",
    "reconcile",
    "resolve",
    "run_query",
]

# Submodules imported on first attribute access (`kg.viz.…`), so `kg --help` and the ingest
# workers do not pay for pyvis, pySHACL or networkx.
_LAZY_MODULES = ("analytics", "export", "stats", "viz", "validate")


def __getattr__(name: str) -> types.ModuleType:
    if name in _LAZY_MODULES:
        return importlib.import_module(f"kg.{name}")
    raise AttributeError(f"module 'kg' has no attribute {name!r}")
