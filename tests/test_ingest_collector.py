"""The ingest tunes Python's garbage collector for its own run only (kg.ingest.worker.prepare):
a program that calls `ingest` gets its collector back as it was."""

from __future__ import annotations

import gc
import importlib
from pathlib import Path

from kg.ingest import ingest
from kg.ingest.worker import YOUNG_THRESHOLD
from kg.store import EmbeddedStore

DATA = Path(__file__).resolve().parent.parent / "data"


def test_an_ingest_leaves_the_collector_as_it_found_it(tmp_path, monkeypatch):
    release = tmp_path / "in" / "release.txt"
    release.parent.mkdir()
    release.write_text((DATA / "2024-05-17-tokayev-mirziyoyev-astana.txt").read_text(encoding="utf-8"))
    run = importlib.import_module("kg.ingest.run")
    during: list[tuple[int, ...]] = []

    def release_collector() -> None:  # the thresholds the run had, just before they are given back
        during.append(gc.get_threshold())
        real()

    real = run.release_collector
    monkeypatch.setattr(run, "release_collector", release_collector)
    before = gc.get_threshold()
    store = EmbeddedStore(tmp_path / "store")
    report = ingest([tmp_path / "in"], store, workers=1, doc_timeout=None)
    store.close()
    assert report.summary().startswith("1 documents read: 1 ingested")
    assert during and during[0][0] == YOUNG_THRESHOLD > before[0]  # young objects waited while it ran
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0  # and the collector is as it was
