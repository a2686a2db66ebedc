"""Crash safety: `kg ingest` killed with SIGKILL at random points leaves a store that opens, holds
only whole releases, and completes (equal to a clean single run) when the same command runs again.

Also home of `write_releases`, the generator of small akorda-style releases the reliability tests
share (tests/test_concurrency.py imports it).
"""

from __future__ import annotations

import random
import shutil
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pyoxigraph as ox
import pytest

from kg.store import EmbeddedStore
from tests.helpers import kg_command

pytestmark = pytest.mark.system  # slow: `pytest -m "not system"` leaves it out

REPO = Path(__file__).resolve().parents[1]
RELEASE = "https://w3id.org/dmkg/id/release/"
DMO = "https://w3id.org/dmkg/ontology#"
CONTENT_HASH = ox.NamedNode(DMO + "contentHash")
TITLE = ox.NamedNode("http://purl.org/dc/terms/title")
TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
MEETING = ox.NamedNode(DMO + "Meeting")

LEADERS = [
    ("President of Uzbekistan", "Shavkat Mirziyoyev"),
    ("President of Russia", "Vladimir Putin"),
    ("President of China", "Xi Jinping"),
    ("President of Türkiye", "Recep Tayyip Erdoğan"),
    ("Prime Minister of India", "Narendra Modi"),
    ("President of France", "Emmanuel Macron"),
    ("Chancellor of Germany", "Olaf Scholz"),
    ("President of Kyrgyzstan", "Sadyr Japarov"),
    ("Prime Minister of Japan", "Fumio Kishida"),
    ("President of Azerbaijan", "Ilham Aliyev"),
]
TOPICS = [
    "trade and investment",
    "energy cooperation",
    "water management",
    "transport and logistics",
    "education and culture",
    "digital technologies",
    "agriculture",
]
VERBS = ["met with", "held talks with", "had a telephone conversation with"]


def write_releases(folder: Path, n: int, seed: int = 0) -> dict[str, bool]:
    """Write `n` akorda-style releases (" date YYYY-MM-DD <title> | Akorda", then paragraphs) to
    `folder`; every fifth is a decree, not a meeting. Returns file name -> reports a meeting."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    meetings = {}
    for i in range(n):
        post, name = rng.choice(LEADERS)
        when = date(2022, 1, 1) + timedelta(days=rng.randrange(1000))
        topic = rng.choice(TOPICS)
        is_meeting = i % 5 != 4
        if is_meeting:
            verb = rng.choice(VERBS)
            title = f"Kassym-Jomart Tokayev {verb} {post} {name} ({i})"
            body = [
                f"President of Kazakhstan Kassym-Jomart Tokayev {verb} {post} {name} in Astana.",
                f"The sides discussed {topic} and the agenda of bilateral cooperation.",
                "The Head of State invited his counterpart to visit Kazakhstan.",
            ]
        else:
            title = f"Head of State signs a decree on {topic} no. {i}"
            body = [
                f"Kassym-Jomart Tokayev signed a decree on {topic}.",
                "The decree enters into force today.",
            ]
        file = folder / f"{i:04d}_{when:%Y%m%d}.txt"
        file.write_text(
            f" date {when.isoformat()} {title} | Akorda\n\n" + "\n\n".join(body) + "\n", encoding="utf-8"
        )
        meetings[file.name] = is_meeting
    return meetings


def graphs_of(location: Path) -> dict[str, frozenset[str]]:
    """Named graph IRI -> its quads (as N-Quads text), read through a read-only open of the store."""
    store = EmbeddedStore(location, read_only=True)
    try:
        graphs: dict[str, set[str]] = {}
        for q in store.quads():
            graphs.setdefault(q.graph_name.value, set()).add(str(q))
        return {g: frozenset(qs) for g, qs in graphs.items()}
    finally:
        store.close()


def assert_whole_releases(
    graphs: dict[str, frozenset[str]], clean: dict[str, frozenset[str]], meetings: dict[str, bool]
) -> int:
    """Every release graph is exactly its graph in the clean store, with hash, title and meeting."""
    releases = [g for g in graphs if g.startswith(RELEASE)]
    for g in releases:
        quads = graphs[g]
        node = f"<{g}>"
        assert any(q.startswith(f"{node} <{CONTENT_HASH.value}> ") for q in quads), f"{g} has no content hash"
        assert any(q.startswith(f"{node} <{TITLE.value}> ") for q in quads), f"{g} has no title"
        identifier = next(q for q in quads if q.startswith(f"{node} <http://purl.org/dc/terms/identifier> "))
        name = identifier.split('"')[1]
        has_meeting = any(f"<{TYPE.value}> <{MEETING.value}>" in q for q in quads)
        assert has_meeting == meetings[name], f"{name}: meeting expected: {meetings[name]}"
        assert quads == clean[g], f"{g} differs from the clean store: half a release?"
    return len(releases)


def test_ingest_killed_at_random_points_leaves_whole_releases_and_completes_on_rerun(tmp_path):
    meetings = write_releases(tmp_path / "in", 300, seed=7)
    assert sum(meetings.values()) == 240

    # The clean single run and a run over nothing, timed, so the kills spread over the ingest's work.
    (tmp_path / "empty").mkdir()
    started = time.monotonic()
    subprocess.run(
        kg_command(tmp_path / "warm", "ingest", "-q", str(tmp_path / "empty")),
        capture_output=True,
        timeout=300,
    )
    startup = time.monotonic() - started
    clean_run = subprocess.run(
        kg_command(tmp_path / "clean", "ingest", "-q", str(tmp_path / "in")),
        capture_output=True,
        text=True,
        timeout=300,
    )
    work = max(0.1, time.monotonic() - started - 2 * startup)
    assert clean_run.returncode == 0, clean_run.stderr
    clean = graphs_of(tmp_path / "clean")
    assert assert_whole_releases(clean, clean, meetings) == 300

    store = tmp_path / "crashed"
    rng = random.Random(2024)
    outcomes = []
    left = 1.0  # share of the releases not yet in the store
    for fraction in (0.1, 0.3, 0.5, 0.7, 0.9):
        delay = startup + work * left * rng.uniform(fraction - 0.1, fraction + 0.1)
        proc = subprocess.Popen(
            kg_command(store, "ingest", "-q", str(tmp_path / "in")),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        if not (store / "CURRENT").exists():  # killed before the store was created
            outcomes.append((round(delay, 2), proc.returncode, None))
            continue
        graphs = graphs_of(store)  # the store opens after the kill
        whole = assert_whole_releases(graphs, clean, meetings)
        outcomes.append((round(delay, 2), proc.returncode, whole))
        left = max(0.2, 1 - whole / 300)
    print("kills (delay s, exit code, whole releases in the store):", outcomes)

    rerun = subprocess.run(
        kg_command(store, "ingest", "-q", str(tmp_path / "in")), capture_output=True, text=True, timeout=300
    )
    assert rerun.returncode == 0, rerun.stderr
    final = graphs_of(store)
    assert assert_whole_releases(final, clean, meetings) == 300
    assert final == clean  # the same graphs holding the same quads (reference blank nodes included)

    again = subprocess.run(
        kg_command(store, "ingest", "-q", str(tmp_path / "in")), capture_output=True, text=True, timeout=300
    )
    assert again.returncode == 0 and "0 ingested, 300 unchanged" in again.stdout, again.stdout + again.stderr


def test_a_killed_ingest_leaves_no_worker_processes(tmp_path):
    psutil = pytest.importorskip("psutil")
    write_releases(tmp_path / "in", 300, seed=3)
    command = kg_command(tmp_path / "s", "ingest", "-q", "--workers", "2", str(tmp_path / "in"))
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    parent = psutil.Process(proc.pid)
    deadline = time.monotonic() + 60
    children: list = []
    while time.monotonic() < deadline and proc.poll() is None and len(children) < 2:
        children = parent.children(recursive=True)
        time.sleep(0.01)
    assert children, "the ingest ended before its workers started"
    proc.send_signal(signal.SIGKILL)
    _, err = proc.communicate(timeout=60)
    gone, alive = psutil.wait_procs(children, timeout=30)
    assert not alive, f"stray workers after the kill: {alive}"
    assert b"Traceback" not in err, err.decode(errors="replace")


def test_a_killed_reingest_of_changed_releases_leaves_each_release_old_or_new(tmp_path):
    """Replacing changed releases (one DROP + INSERT update per batch) is all or nothing too."""
    from kg.ingest import ingest

    meetings = write_releases(tmp_path / "in", 200, seed=8)
    old_store = EmbeddedStore(tmp_path / "old")
    ingest([tmp_path / "in"], old_store, workers=1)
    old_store.close()
    shutil.copytree(tmp_path / "old", tmp_path / "crashed")
    for file in sorted((tmp_path / "in").iterdir())[::2]:  # change every other release
        file.write_text(
            file.read_text(encoding="utf-8")
            .replace("the agenda of", "a new agenda for")
            .replace("enters into force today", "enters into force tomorrow"),
            encoding="utf-8",
        )
    new_store = EmbeddedStore(tmp_path / "new")
    ingest([tmp_path / "in"], new_store, workers=1)
    new_store.close()
    old, new = graphs_of(tmp_path / "old"), graphs_of(tmp_path / "new")
    assert sum(old[g] != new[g] for g in new if g.startswith(RELEASE)) == 100

    # A timed re-ingest on a copy, so the kills land in the second half of one (where the writing is).
    shutil.copytree(tmp_path / "old", tmp_path / "probe")
    started = time.monotonic()
    subprocess.run(
        kg_command(tmp_path / "probe", "ingest", "-q", str(tmp_path / "in")), capture_output=True, timeout=300
    )
    duration = time.monotonic() - started
    rng = random.Random(99)
    outcomes = []
    for fraction in (0.6, 0.75, 0.9):
        proc = subprocess.Popen(
            kg_command(tmp_path / "crashed", "ingest", "-q", str(tmp_path / "in")),
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        time.sleep(duration * rng.uniform(fraction - 0.1, fraction + 0.1))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        graphs = graphs_of(tmp_path / "crashed")
        assert set(graphs) == set(old)
        state = {
            g: "new" if graphs[g] == new[g] else "old" if graphs[g] == old[g] else "HALF"
            for g in graphs
            if g.startswith(RELEASE) and old[g] != new[g]
        }
        assert "HALF" not in state.values(), [g for g, s in state.items() if s == "HALF"][:5]
        outcomes.append((proc.returncode, sum(s == "new" for s in state.values())))
    print("kills during re-ingest (exit code, changed releases already replaced):", outcomes)

    rerun = subprocess.run(
        kg_command(tmp_path / "crashed", "ingest", "-q", str(tmp_path / "in")),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr
    final = graphs_of(tmp_path / "crashed")
    assert final == new
    assert assert_whole_releases(final, new, meetings) == 200


TORN_WRITER = """
import os, sys
import pyoxigraph as ox
from kg.store import EmbeddedStore
store = EmbeddedStore(sys.argv[1])
for b in range(6):
    g = ox.NamedNode(f"https://w3id.org/dmkg/id/release/torn{b}")
    store.write_releases([(g.value, [ox.Quad(g, ox.NamedNode("http://x/p"), ox.Literal(str(i) * 40), g)
                                     for i in range(200)])])
os._exit(0)  # no flush, no close: the last batches live only in the write-ahead log
"""


@pytest.mark.parametrize("cut", [1, 2000, 60000])
def test_a_torn_write_ahead_log_loses_whole_batches_only(tmp_path, cut):
    """Power loss mid-commit: the end of the log is cut; the store keeps a prefix of whole batches."""
    subprocess.run([sys.executable, "-c", TORN_WRITER, str(tmp_path / "s")], check=True, timeout=120)
    log = max((tmp_path / "s").glob("*.log"), key=lambda p: p.stat().st_size)
    with open(log, "r+b") as f:
        f.truncate(max(0, log.stat().st_size - cut))
    store = EmbeddedStore(tmp_path / "s")  # opens read-write: recovery replays what is whole
    try:
        sizes = {}
        for q in store.quads():
            sizes[q.graph_name.value] = sizes.get(q.graph_name.value, 0) + 1
    finally:
        store.close()
    assert set(sizes.values()) <= {200}, sizes
    kept = sorted(int(g.rsplit("torn", 1)[1]) for g in sizes)
    assert kept == list(range(len(kept))), kept  # a prefix: batches 0..k, none missing in between
    assert len(kept) < 6  # the cut batch is gone


@pytest.mark.parametrize("command", [["ingest", "-q", "{data}"], ["stats"], ["query", "ASK { ?s ?p ?o }"]])
@pytest.mark.parametrize("damage", ["file-not-folder", "corrupt-current"])
def test_a_damaged_store_gives_a_one_line_error(tmp_path, command, damage):
    (tmp_path / "data").mkdir()
    write_releases(tmp_path / "data", 2)
    if damage == "file-not-folder":
        store = tmp_path / "store.txt"
        store.write_text("not a store", encoding="utf-8")
    else:
        store = tmp_path / "s"
        subprocess.run(
            kg_command(store, "ingest", "-q", str(tmp_path / "data")), check=True, capture_output=True
        )
        (store / "CURRENT").write_text("garbage\n", encoding="utf-8")
    args = [a.replace("{data}", str(tmp_path / "data")) for a in command]
    proc = subprocess.run(kg_command(store, *args), capture_output=True, text=True, timeout=120)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert proc.stderr.startswith("Error: ") and "Traceback" not in proc.stderr, proc.stderr
    assert str(store.name) in proc.stderr


BULK_WRITER = """
import sys
from kg.store import EmbeddedStore
store = EmbeddedStore(sys.argv[1])
start = len({q.graph_name.value for q in store.quads()})
print("open", flush=True)
for b in range(start, start + 10_000):  # until killed
    batch = []
    for r in range(4):
        g = f"https://w3id.org/dmkg/id/release/bulk{b}-{r}"
        text = "".join(f'<{g}> <http://x/p{i}> "{b} {i}" <{g}> .\\n' for i in range(1500))
        batch.append((g, text.encode()))
    store.write_nquads(batch)
"""


def test_bulk_loads_killed_midway_leave_whole_graphs(tmp_path):
    """New releases go in through pyoxigraph's bulk loader (write_nquads): kills never split one."""
    rng = random.Random(5)
    seen = []
    for _ in range(4):
        proc = subprocess.Popen(
            [sys.executable, "-c", BULK_WRITER, str(tmp_path / "s")],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        assert proc.stdout.readline().strip() == "open", proc.stderr.read()
        time.sleep(rng.uniform(0.2, 1.0))
        proc.send_signal(signal.SIGKILL)
        proc.communicate(timeout=60)
        sizes: dict[str, int] = {}
        for graph, quads in graphs_of(tmp_path / "s").items():
            sizes[graph] = len(quads)
        assert set(sizes.values()) <= {1500}, {g: n for g, n in sizes.items() if n != 1500}
        assert len(sizes) % 4 == 0, len(sizes)  # whole batches of 4 releases
        seen.append(len(sizes))
    print("graphs after each kill:", seen)
    assert seen[-1] > 0
