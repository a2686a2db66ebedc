"""The re-ingest file cache (kg/ingest/cache.py): it only ever saves work, never changes a result.

Each test ingests real files into a real on-disk store twice or more and checks what a user sees:
the report's counts and failures and the graphs in the store.
"""

from __future__ import annotations

import json
from pathlib import Path

import pyoxigraph as ox

from kg.ingest import ingest
from kg.ingest.cache import CACHE_NAME
from kg.store import EmbeddedStore
from tests.test_crash import RELEASE, write_releases


def release_graphs(store: EmbeddedStore) -> dict[str, frozenset[str]]:
    graphs: dict[str, set[str]] = {}
    for q in store.quads():
        g = q.graph_name
        if isinstance(g, ox.NamedNode) and g.value.startswith(RELEASE):
            graphs.setdefault(g.value, set()).add(str(q))
    return {g: frozenset(qs) for g, qs in graphs.items()}


def run(folder: Path, store_dir: Path, **kw):
    store = EmbeddedStore(store_dir)
    try:
        report = ingest([folder], store, workers=kw.pop("workers", 1), **kw)
        return report, release_graphs(store)
    finally:
        store.close()


def test_unchanged_files_are_skipped_and_their_reading_errors_reported_again(tmp_path):
    write_releases(tmp_path / "in", 12, seed=2)
    (tmp_path / "in" / "broken.md").write_text("no front matter here\n", encoding="utf-8")
    first, graphs = run(tmp_path / "in", tmp_path / "s")
    assert (tmp_path / "s" / CACHE_NAME).exists()
    second, again = run(tmp_path / "in", tmp_path / "s")
    assert (first.ingested, first.unchanged) == (12, 0)
    assert (second.read, second.ingested, second.unchanged) == (12, 0, 12)
    assert [(e.locator, e.reason) for e in second.failed] == [(e.locator, e.reason) for e in first.failed]
    assert len(second.failed) == 1 and second.failed[0].locator == "broken.md"
    assert again == graphs


def test_a_changed_file_is_read_again_and_replaces_its_release(tmp_path):
    write_releases(tmp_path / "in", 6, seed=3)
    run(tmp_path / "in", tmp_path / "s")
    target = sorted((tmp_path / "in").iterdir())[0]
    text = target.read_text(encoding="utf-8")
    target.write_text(text.replace("the agenda of", "a new agenda for") + "\nMore.\n", encoding="utf-8")
    report, graphs = run(tmp_path / "in", tmp_path / "s")
    assert (report.ingested, report.unchanged) == (1, 5)
    _, clean = run(tmp_path / "in", tmp_path / "clean")
    assert graphs == clean  # the same graphs as a fresh ingest of the changed folder


def test_a_release_missing_from_the_store_is_ingested_again_despite_the_cache(tmp_path):
    write_releases(tmp_path / "in", 5, seed=4)
    _, graphs = run(tmp_path / "in", tmp_path / "s")
    dropped = sorted(graphs)[0]
    store = EmbeddedStore(tmp_path / "s")
    store.update(f"DROP GRAPH <{dropped}>")
    store.close()
    report, after = run(tmp_path / "in", tmp_path / "s")
    assert (report.ingested, report.unchanged) == (1, 4)
    assert after == graphs


def test_a_damaged_cache_or_force_reads_everything(tmp_path):
    write_releases(tmp_path / "in", 5, seed=5)
    _, graphs = run(tmp_path / "in", tmp_path / "s")
    (tmp_path / "s" / CACHE_NAME).write_text("{not json", encoding="utf-8")
    report, after = run(tmp_path / "in", tmp_path / "s")
    assert (report.ingested, report.unchanged) == (0, 5) and after == graphs
    forced, after_force = run(tmp_path / "in", tmp_path / "s", force=True)
    assert forced.ingested == 5 and after_force == graphs


def test_parallel_workers_give_the_same_graphs_and_counts_as_one(tmp_path):
    write_releases(tmp_path / "in", 80, seed=6)  # over the threshold at which workers start
    serial, one = run(tmp_path / "in", tmp_path / "one", workers=1)
    parallel, two = run(tmp_path / "in", tmp_path / "two", workers=2)
    counts = (serial.read, serial.ingested, serial.meetings)
    assert (parallel.read, parallel.ingested, parallel.meetings) == counts
    assert one == two


def test_folders_ingested_one_after_the_other_keep_their_entries(tmp_path):
    write_releases(tmp_path / "a", 4, seed=7)
    write_releases(tmp_path / "b", 3, seed=8)
    run(tmp_path / "a", tmp_path / "s")
    run(tmp_path / "b", tmp_path / "s")
    files = json.loads((tmp_path / "s" / CACHE_NAME).read_text(encoding="utf-8"))["files"]
    assert len(files) == 7  # both folders are remembered
    report, _ = run(tmp_path / "a", tmp_path / "s")
    assert (report.ingested, report.unchanged) == (0, 4)
