"""Idempotence and concurrency: the same release ingested twice, or by two processes at once, is
stored once; a second writer waits for the store's lock (with a message and a time limit); a
reader polling during an ingest only ever sees whole releases.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.store import EmbeddedStore, StoreError
from tests.helpers import kg_command
from tests.test_crash import RELEASE, graphs_of, write_releases

pytestmark = pytest.mark.system  # slow: `pytest -m "not system"` leaves it out

WAITING = "waiting for another kg process to finish writing to"

# Holds the store open read-write until its standard input closes: another kg process, as far as
# the store's lock is concerned.
HOLDER = """
import sys
from kg.store import EmbeddedStore
store = EmbeddedStore(sys.argv[1])
print("holding", flush=True)
sys.stdin.read()
store.close()
"""

# An ingest in small batches (many transactions) from a slow source (20 ms a document), so readers
# can catch it between transactions many times.
SLOW_WRITER = """
import sys, time
from kg.ingest import ingest
from kg.store import open_store
store = open_store(sys.argv[1])
report = ingest([sys.argv[2]], store, workers=1, batch_size=int(sys.argv[3]),
                progress=lambda n: time.sleep(0.02))
print(report.summary(), flush=True)
store.close()
"""

PER_GRAPH = """
PREFIX dmo: <https://w3id.org/dmkg/ontology#>
SELECT ?g (COUNT(*) AS ?n) (SAMPLE(?h) AS ?hash) WHERE {
  GRAPH ?g { ?s ?p ?o OPTIONAL { ?g dmo:contentHash ?h } }
  FILTER(STRSTARTS(STR(?g), "https://w3id.org/dmkg/id/release/"))
} GROUP BY ?g
"""


def release_counts(graphs: dict[str, frozenset[str]]) -> dict[str, int]:
    return {g: len(q) for g, q in graphs.items() if g.startswith(RELEASE)}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory) -> tuple[Path, dict[str, frozenset[str]]]:
    """120 generated releases and the graphs of a clean single ingest of them."""
    root = tmp_path_factory.mktemp("corpus")
    write_releases(root / "in", 120, seed=11)
    store = EmbeddedStore(root / "clean")
    report = ingest([root / "in"], store, workers=1)
    store.close()
    assert report.ok and report.ingested == 120
    return root / "in", graphs_of(root / "clean")


def start_holder(store: Path) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(store)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout.readline().strip() == "holding"
    return holder


def test_ingesting_the_same_folder_twice_stores_each_release_once(tmp_path, corpus):
    folder, clean = corpus
    store = EmbeddedStore(tmp_path / "s")
    first = ingest([folder], store, workers=1)
    n = len(store)
    second = ingest([folder], store, workers=2)
    assert (second.ingested, second.unchanged) == (0, 120)
    assert len(store) == n
    store.close()
    assert release_counts(graphs_of(tmp_path / "s")) == release_counts(clean)
    assert first.ingested == 120


def test_the_same_release_twice_in_one_run_is_stored_once(tmp_path, corpus):
    folder, clean = corpus
    one = sorted(folder.iterdir())[0]
    for sub in ("a", "b"):
        (tmp_path / "in" / sub).mkdir(parents=True)
        shutil.copy(one, tmp_path / "in" / sub / one.name)
    store = EmbeddedStore(tmp_path / "s")
    report = ingest([tmp_path / "in"], store, workers=1)
    store.close()
    assert (report.ingested, report.repeated) == (1, 1)  # the second copy: not written again, and counted
    releases = release_counts(graphs_of(tmp_path / "s"))
    assert len(releases) == 1
    assert releases.items() <= release_counts(clean).items()


def test_two_ingests_at_once_give_one_copy(tmp_path, corpus):
    folder, clean = corpus
    procs = [
        subprocess.Popen(
            kg_command(tmp_path / "s", "ingest", "-q", str(folder)),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    results = [p.communicate(timeout=300) for p in procs]
    for proc, (_, err) in zip(procs, results, strict=True):
        assert proc.returncode == 0, err
    outputs = sorted(out for out, _ in results)
    assert "120 ingested" in "".join(outputs)  # one of them did the work, the other found it done
    final = graphs_of(tmp_path / "s")
    assert final == clean


def test_a_second_writer_waits_for_the_lock_then_ingests(tmp_path, corpus):
    folder, clean = corpus
    holder = start_holder(tmp_path / "s")
    ingest_proc = subprocess.Popen(
        kg_command(tmp_path / "s", "ingest", "-q", str(folder)),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "KG_LOCK_TIMEOUT": "300"},
    )
    first_line = ingest_proc.stderr.readline()  # blocks until the ingest says it is waiting
    assert WAITING in first_line and str(tmp_path / "s") in first_line
    assert ingest_proc.poll() is None
    holder.stdin.close()
    holder.wait(timeout=60)
    out, err = ingest_proc.communicate(timeout=300)
    assert ingest_proc.returncode == 0, err
    assert "120 ingested" in out
    assert release_counts(graphs_of(tmp_path / "s")) == release_counts(clean)


def test_a_second_writer_gives_up_after_the_timeout_and_changes_nothing(tmp_path, corpus):
    folder, _ = corpus
    holder = start_holder(tmp_path / "s")
    try:
        proc = subprocess.run(
            kg_command(tmp_path / "s", "ingest", "-q", str(folder)),
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "KG_LOCK_TIMEOUT": "0.5"},
        )
    finally:
        holder.stdin.close()
        holder.wait(timeout=60)
    assert proc.returncode == 1
    assert WAITING in proc.stderr
    assert "another kg process is still writing to" in proc.stderr and "KG_LOCK_TIMEOUT" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert release_counts(graphs_of(tmp_path / "s")) == {}


def test_opening_a_store_twice_in_one_process_fails_at_once(tmp_path):
    store = EmbeddedStore(tmp_path / "s")
    try:
        with pytest.raises(StoreError, match="already open in this process"):
            EmbeddedStore(tmp_path / "s", lock_timeout=300)
    finally:
        store.close()


def test_readers_during_an_ingest_see_only_whole_releases(tmp_path):
    folder = tmp_path / "in"
    write_releases(folder, 240, seed=5)
    clean_store = EmbeddedStore(tmp_path / "clean")
    ingest([folder], clean_store, workers=1)
    clean_store.close()
    expected = release_counts(graphs_of(tmp_path / "clean"))

    writer = subprocess.Popen(
        [sys.executable, "-c", SLOW_WRITER, str(tmp_path / "s"), str(folder), "8"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    # CLI readers too, in a thread: `kg query` and `kg stats` must answer while the ingest runs.
    cli_failures: list[str] = []
    cli_runs = [0]

    def poll_cli() -> None:
        query = kg_command(tmp_path / "s", "query", PER_GRAPH, "--format", "tsv")
        while writer.poll() is None:
            for cmd in (query, kg_command(tmp_path / "s", "stats")):
                proc = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
                cli_runs[0] += 1
                if proc.returncode != 0 and "there is no store" not in proc.stderr:
                    cli_failures.append(f"{' '.join(cmd[-3:])}: exit {proc.returncode}: {proc.stderr}")
                elif cmd is query:
                    for line in proc.stdout.splitlines()[1:]:
                        g, n, h = line.split("\t")
                        if not h or int(n.split('"')[1]) != expected.get(g.strip("<>"), -1):
                            cli_failures.append(line)

    thread = threading.Thread(target=poll_cli)
    thread.start()
    seen_sizes = set()
    polls = 0
    while writer.poll() is None:
        if not (tmp_path / "s" / "CURRENT").exists():
            time.sleep(0.01)
            continue
        reader = EmbeddedStore(tmp_path / "s", read_only=True)
        try:
            rows = list(reader.query(PER_GRAPH))
        finally:
            reader.close()
        polls += 1
        for row in rows:
            graph = row["g"].value
            assert row["hash"] is not None, f"{graph} seen without its content hash"
            assert int(row["n"].value) == expected[graph], f"{graph} seen with part of its quads"
        seen_sizes.add(len(rows))
    thread.join(timeout=300)
    out, err = writer.communicate(timeout=60)
    assert writer.returncode == 0, err
    assert not cli_failures, cli_failures[:3]
    print(f"{polls} in-process polls saw release counts {sorted(seen_sizes)}; {cli_runs[0]} CLI reads")
    assert release_counts(graphs_of(tmp_path / "s")) == expected


def test_two_different_releases_with_one_key_are_reported_not_silently_dropped(tmp_path, corpus):
    folder, _ = corpus
    one = sorted(folder.iterdir())[0]
    original = one.read_text(encoding="utf-8")
    for sub, text in (("a", original), ("b", original + "\nMore.\n")):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / one.name).write_text(text, encoding="utf-8")
    store = EmbeddedStore(tmp_path / "s")
    report = ingest([tmp_path / "in"], store, workers=1)
    store.close()
    assert report.ingested == 1
    assert [e.locator.replace("\\", "/").split("/")[-2] for e in report.failed] == ["b"]
    assert "same release key" in report.failed[0].reason
