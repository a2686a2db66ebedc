"""Ingest: read documents, extract meetings, map them to RDF and write them to the store.

`ingest(paths, store)` returns an `IngestReport`. The package: `run` (the ingest itself: tasks,
batched writes, reconciliation, compaction), `worker` (what a worker process does with one file),
`pool` (the supervised worker processes and their time budget), `items` (the small dataclasses
that travel between them), `cache` (the re-ingest file cache next to an embedded store) and
`report`.

Note that `kg.ingest` is the function at the top level (`kg/__init__.py`): import this package's
modules with `from kg.ingest import cache`, not `import kg.ingest.cache as c`.
"""

from kg.ingest.report import IngestReport
from kg.ingest.run import ingest

__all__ = ["IngestReport", "ingest"]
