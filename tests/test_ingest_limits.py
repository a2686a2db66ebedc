"""Issue 19, `kg ingest`: one document never stalls or sinks an ingest.

Inputs that were slow (quadratic patterns) run in a subprocess under a generous time limit, a
guard only: once linear they take a fraction of it. A document over the time budget is made
slow on purpose (extraction patched before the workers fork, so they inherit it).
"""

from __future__ import annotations

import importlib
import os
import random
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.store import EmbeddedStore

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"
GUARD_S = 60  # the limit a linear run stays far under (each one takes about a second)


def run_guarded(code: str, timeout: float = GUARD_S) -> str:
    """Run `code` in a fresh interpreter; fail if it takes longer than `timeout` seconds."""
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        timeout=timeout,
        cwd=REPO,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return proc.stdout


# --- patterns that re-scanned: linear now -----------------------------------------------------------


def test_a_200_kb_release_of_names_joined_by_and_is_extracted_quickly():
    out = run_guarded("""
        import time
        from datetime import date
        from kg.extract import extract
        from kg.model import Document
        names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"]
        text = "President Tokayev met " + " and ".join(
            names[i % 7] + " " + names[i * 3 % 7] for i in range(12000)) + "."
        assert len(text) > 190_000
        doc = Document(reader="text", identifier="names.txt", title="Talks", text=text, date=date(2024, 5, 5))
        t = time.perf_counter(); extract(doc); print(round(time.perf_counter() - t, 2))
    """)
    assert float(out) < GUARD_S


@pytest.mark.parametrize("unit", ["<!--", "<s>", "<script x>", "![", "<del>a</s>"])
def test_200_kb_of_unclosed_markdown_comments_and_blocks_is_read_quickly(unit):
    out = run_guarded(f"""
        import time
        from kg.readers.markdown import markdown_to_paragraphs
        body = {unit!r} * (200_000 // len({unit!r})) + "</x> end"
        t = time.perf_counter(); markdown_to_paragraphs(body); print(round(time.perf_counter() - t, 2))
    """)
    assert float(out) < GUARD_S


def test_linear_markdown_removal_matches_the_patterns():
    from kg.readers import markdown as md

    alphabet = [
        "<!--",
        "-->",
        "<s>",
        "</s>",
        "</S >",
        "<del x>",
        "</del>",
        "<script>",
        "</script>",
        "<style",
        ">",
        "![",
        "]",
        "(",
        ")",
        "\n",
        "a",
        " ",
        "](x)",
        "![a](b)",
        "[",
        "<head>",
        "</head>",
    ]
    rng = random.Random(19)
    for _ in range(20_000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        assert md._remove_comments(s) == md._COMMENT.sub("", s), s
        assert md._remove_dropped(s) == md._DROPPED.sub("", s), s
        assert md._remove_images(s) == md._IMAGE.sub("", s), s


def test_2_mb_of_unclosed_nested_html_tags_is_refused_quickly(tmp_path):
    page = tmp_path / "nested.html"
    page.write_text(
        "<html><body>" + "<div><blockquote><p>x" * 100_000 + "<p>On 5 May 2024.</p>", encoding="utf-8"
    )
    assert page.stat().st_size > 2_000_000
    out = run_guarded(f"""
        from kg.readers import read_paths
        print([str(x) for x in read_paths([{str(page)!r}])])
    """)
    assert "nested more than 512 elements deep" in out


@pytest.mark.system
def test_a_19_mb_json_line_finishes_within_the_budget(tmp_path):
    import json

    sentence = "President Tokayev met the Prime Minister of Alpha and the Bravo Agreement was discussed. "
    line = json.dumps(
        {"date": "2024-05-05", "title": "Talks", "text": sentence * (19_000_000 // len(sentence))}
    )
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "big.jsonl").write_text(line + "\n", encoding="utf-8")
    started = time.monotonic()
    store = EmbeddedStore(tmp_path / "s")
    report = ingest([tmp_path / "in"], store, workers=1, doc_timeout=20)
    store.close()
    assert time.monotonic() - started < 20 + GUARD_S
    assert report.ingested + len(report.failed) == 1


# --- the time budget ----------------------------------------------------------------------------------


def _slow_extraction(monkeypatch, marker: str, seconds: float = 120) -> None:
    """Extraction of a release whose text holds `marker` sleeps (the workers fork with this patch)."""
    package = importlib.import_module("kg.extract")  # the package (`kg.extract` is the function)
    real = package.extract

    def slow(doc, ref=None, **kw):
        if marker in doc.text:
            time.sleep(seconds)
        return real(doc, ref, **kw)

    monkeypatch.setattr(package, "extract", slow)


def _good_releases(folder: Path, n: int, seed: int = 19) -> None:
    """`n` generated akorda-style releases (as the crash tests write them)."""
    from tests.test_crash import write_releases

    write_releases(folder, n, seed=seed)


@pytest.mark.parametrize("n_good", [3, 40])  # one worker (few files), then the parallel pool
def test_a_document_over_the_budget_is_skipped_on_one_line_and_the_rest_goes_in(
    tmp_path, monkeypatch, n_good
):
    _slow_extraction(monkeypatch, "SLOWMARKER")
    _good_releases(tmp_path / "in", n_good)
    slow = tmp_path / "in" / "000-slow.txt"
    slow.write_text(
        (DATA / "2024-05-17-tokayev-mirziyoyev-astana.txt").read_text(encoding="utf-8") + "\n\nSLOWMARKER\n",
        encoding="utf-8",
    )
    store = EmbeddedStore(tmp_path / "s")
    started = time.monotonic()
    report = ingest([tmp_path / "in"], store, workers=2, doc_timeout=2)
    elapsed = time.monotonic() - started
    store.close()
    assert [(e.locator, e.reason) for e in report.failed] == [
        ("000-slow.txt", "took longer than 2 s, skipped")
    ]
    assert report.timed_out == 1 and "1 over the time limit" in report.summary()
    assert report.ingested == n_good
    assert elapsed < 60


def test_the_rest_of_a_file_after_a_slow_line_is_still_read(tmp_path, monkeypatch):
    import json

    _slow_extraction(monkeypatch, "SLOWMARKER")
    text = (DATA / "2024-05-17-tokayev-mirziyoyev-astana.txt").read_text(encoding="utf-8").split("\n", 1)[1]
    lines = [
        {
            "date": "2024-05-17",
            "title": f"Talks {i}",
            "text": text + f" Note {i}.",
            "url": f"https://example.org/{i}",
        }
        for i in range(4)
    ]
    lines[1]["text"] += " SLOWMARKER"
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "r.jsonl").write_text("".join(json.dumps(x) + "\n" for x in lines), encoding="utf-8")
    store = EmbeddedStore(tmp_path / "s")
    report = ingest([tmp_path / "in"], store, workers=1, doc_timeout=2)
    store.close()
    assert [(e.locator, e.reason) for e in report.failed] == [("r.jsonl#2", "took longer than 2 s, skipped")]
    assert report.ingested == 3


def test_results_are_stored_while_a_slow_document_runs_and_a_kill_keeps_them(tmp_path):
    """A slow first file holds nothing back: the others are stored before it ends; SIGKILL keeps them."""
    _good_releases(tmp_path / "in", 5)
    (tmp_path / "in" / "000-slow.txt").write_text(
        (DATA / "2024-05-17-tokayev-mirziyoyev-astana.txt").read_text(encoding="utf-8") + "\n\nSLOWMARKER\n",
        encoding="utf-8",
    )
    script = f"""
        import importlib, time
        from kg.ingest import ingest
        from kg.store import EmbeddedStore
        package = importlib.import_module("kg.extract")
        real = package.extract
        def slow(doc, ref=None, **kw):
            if "SLOWMARKER" in doc.text:
                time.sleep(600)
            return real(doc, ref, **kw)
        package.extract = slow
        ingest([{str(tmp_path / "in")!r}], EmbeddedStore({str(tmp_path / "s")!r}), workers=2, doc_timeout=600)
    """
    proc = subprocess.Popen([sys.executable, "-c", textwrap.dedent(script)], cwd=REPO)
    try:
        seen = 0
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and seen < 5:
            time.sleep(1)
            if not (tmp_path / "s").exists():
                continue
            try:
                store = EmbeddedStore(tmp_path / "s", read_only=True)
            except Exception:
                continue
            seen = sum("/release/" in g for g in store.content_hashes())
            store.close()
        assert seen == 5  # the five good releases, while the slow one still runs
    finally:
        proc.kill()
        proc.wait(timeout=30)
    store = EmbeddedStore(tmp_path / "s", read_only=True)
    assert sum("/release/" in g for g in store.content_hashes()) == 5
    store.close()


# --- paths, links and special entries --------------------------------------------------------------


def _run_cli(store: Path, *args: str, timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kg", "--store", str(store), "ingest", "-q", *args],
        capture_output=True,
        timeout=timeout,
        cwd=REPO,
    )


def _long_path(root: Path) -> Path:
    """A folder whose path is over 4,096 bytes (made a name at a time, relative to its parent)."""
    fd = os.open(root, os.O_RDONLY)
    depth = 0
    try:
        for _ in range(20):
            os.mkdir("d" * 250, dir_fd=fd)
            nxt = os.open("d" * 250, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nxt
            depth += 1
        with open(os.open("deep.txt", os.O_WRONLY | os.O_CREAT, dir_fd=fd), "w") as fh:
            fh.write("far down")
    finally:
        os.close(fd)
    return root.joinpath(*["d" * 250] * depth)


def test_names_not_utf8_long_paths_and_newlines_are_reported_on_one_line(tmp_path):
    src = tmp_path / "in"
    _good_releases(src, 2)
    os.mkdir(os.fsencode(src) + b"/caf\xe9")
    (Path(os.fsdecode(os.fsencode(src) + b"/caf\xe9")) / "x.txt").write_text("text", encoding="utf-8")
    Path(os.fsdecode(os.fsencode(src) + b"/na\xefve.txt")).write_text("text", encoding="utf-8")
    (src / "line\nbreak.txt").write_text("no date here", encoding="utf-8")
    long_dir = _long_path(src)
    proc = _run_cli(tmp_path / "s", "--report", str(tmp_path / "report.tsv"), str(src))
    err = proc.stderr.decode("utf-8")
    assert "Traceback" not in err
    lines = err.splitlines()
    assert [x for x in lines if "caf\\xe9" in x] == [
        "error: caf\\xe9: the name is not UTF-8: rename it, skipped"
    ]
    assert [x for x in lines if "na\\xefve" in x] == [
        "error: na\\xefve.txt: the name is not UTF-8: rename it, skipped"
    ]
    assert len([x for x in lines if x.startswith("error: line\\nbreak.txt: ")]) == 1
    assert len([x for x in lines if "File name too long" in x or "too long" in x]) == 1
    rows = (tmp_path / "report.tsv").read_text(encoding="utf-8").splitlines()
    assert all(len(r.split("\t")) == 2 for r in rows) and len(rows) == len(
        [x for x in lines if x.startswith("error:")]
    )
    assert "2 ingested" in proc.stdout.decode()
    # a path over 4,096 bytes given on the command line
    proc = _run_cli(tmp_path / "s", str(long_dir / "deep.txt"))
    assert proc.returncode == 1 and b"Traceback" not in proc.stderr and len(proc.stderr.splitlines()) == 1


def test_links_stay_inside_the_given_folders_and_special_entries_are_counted(tmp_path):
    src, outside = tmp_path / "in", tmp_path / "private"
    _good_releases(src, 1)
    _good_releases(outside, 2, seed=7)
    (src / "proc").symlink_to("/proc", target_is_directory=True)
    (src / "self").symlink_to("/proc/self/environ")
    (src / "out").symlink_to(outside, target_is_directory=True)
    (src / "null").symlink_to("/dev/null")
    os.mkfifo(src / "pipe")
    (src / ".hidden.txt").write_text("secret", encoding="utf-8")
    store = EmbeddedStore(tmp_path / "s")
    report = ingest([src], store, workers=1)
    store.close()
    skipped = {e.locator: e.reason for e in report.skipped}
    assert set(skipped) == {"proc", "self", "out", "null", "pipe", ".hidden.txt"}
    assert (
        "into /proc" in skipped["proc"] and "into /proc" in skipped["self"] and "into /dev" in skipped["null"]
    )
    assert (
        "--follow-symlinks" in skipped["out"]
        and "FIFO" in skipped["pipe"]
        and "hidden" in skipped[".hidden.txt"]
    )
    assert report.ingested == 1 and report.ok and "6 skipped" in report.summary()
    store = EmbeddedStore(tmp_path / "s2")
    report = ingest([src], store, workers=1, follow_symlinks=True)
    store.close()
    assert report.ingested == 3 and "proc" in {e.locator for e in report.skipped}


# --- sizes, nesting, dates, full disk ---------------------------------------------------------------


def test_a_4_gb_file_is_refused_by_its_size_without_being_read(tmp_path):
    (tmp_path / "in").mkdir()
    with open(tmp_path / "in" / "huge.txt", "wb") as fh:
        fh.truncate(4 * 2**30)  # sparse: 4 GB by stat, nothing on disk
    out = run_guarded(
        f"""
        import resource
        from kg.ingest import ingest
        from kg.store import EmbeddedStore
        r = ingest([{str(tmp_path / "in")!r}], EmbeddedStore({str(tmp_path / "s")!r}), workers=1)
        print(r.failed[0].reason, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024)
    """,
        timeout=30,
    )
    reason, peak_mb = out.rsplit(" ", 1)
    assert "over the 20 MB size limit" in reason and int(peak_mb) < 1024


def test_a_json_line_nested_100000_deep_is_one_error_and_the_next_line_is_read(tmp_path):
    from kg.readers import read_paths

    good = '{"date": "2024-05-17", "text": "President Tokayev met President Mirziyoyev in Astana."}'
    (tmp_path / "r.jsonl").write_text("[" * 100_000 + "]" * 100_000 + "\n" + good + "\n", encoding="utf-8")
    items = list(read_paths([tmp_path / "r.jsonl"]))
    assert [str(x) for x in items[:1]] == ["r.jsonl#1: line 1 is JSON nested too deep to read"]
    assert items[1].identifier == "r.jsonl#2"


@pytest.mark.parametrize("day", ["0001-01-01", "9999-12-31"])
def test_dates_at_the_calendar_edges_are_refused_by_the_reader(tmp_path, day):
    from kg.readers import read_paths

    (tmp_path / "r.jsonl").write_text(f'{{"date": "{day}", "text": "President Tokayev met a guest."}}\n')
    assert [str(x) for x in read_paths([tmp_path / "r.jsonl"])] == [
        f"r.jsonl#1: date {day} is out of range (1000-8999): refused"
    ]


def test_29_february_of_a_release_before_it_is_not_lost():
    from datetime import date

    from kg.extract.dates import meeting_date

    day, _ = meeting_date(["The leaders met on 29 February."], date(2024, 2, 10), planned=False)
    assert day == date(2024, 2, 29) or day == date(2024, 2, 10)


def test_a_release_dated_9999_12_31_in_the_store_does_not_stop_reconciliation(tmp_path):
    from datetime import date

    from kg.rdf import extraction_to_quads
    from kg.reconcile import reconcile
    from tests.helpers import make_extraction

    store = EmbeddedStore(tmp_path / "s")
    for i, day in enumerate((date(9999, 12, 31), date(1, 1, 1), date(2024, 3, 1))):
        quads = list(extraction_to_quads(make_extraction(f"r{i}", when=day)))
        graph = next(q.graph_name.value for q in quads if "/release/" in q.graph_name.value)
        store.write_releases([(graph, quads)])
    reconcile(store)  # no OverflowError
    store.close()


def test_a_full_disk_is_one_line_and_leaves_no_temporary_file(tmp_path, monkeypatch):
    import errno

    from kg.ingest.cache import CACHE_NAME, FileCache
    from kg.model import KgError

    def full(self, batch):
        if batch:
            raise OSError(errno.ENOSPC, "No space left on device")

    _good_releases(tmp_path / "in", 2)
    monkeypatch.setattr(EmbeddedStore, "write_nquads", full)
    store = EmbeddedStore(tmp_path / "s")
    with pytest.raises(KgError, match="^cannot write to the store: No space left on device$"):
        ingest([tmp_path / "in"], store, workers=1)
    store.close()
    real_write = Path.write_text

    def half_write(self, data, *a, **kw):
        real_write(self, data[:10], *a, **kw)
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(Path, "write_text", half_write)
    FileCache(tmp_path / "s" / CACHE_NAME, "v", {}).save({}, None)
    assert not [p.name for p in (tmp_path / "s").iterdir() if p.name.startswith(CACHE_NAME)]


# --- the scenario of the issue ------------------------------------------------------------------------


@pytest.mark.system
def test_an_input_folder_of_attacks_beside_good_releases(tmp_path):
    """The name-list release, a name that is not UTF-8, a path over 4,096 bytes, a link to /proc, a JSON
    line nested 100,000 deep and a release dated 9999-12-31 beside good releases: the run ends within
    30 s plus the good releases' time, each bad entry has its one line, every good release is in,
    and reconciliation runs."""
    import json

    good, src = tmp_path / "good", tmp_path / "in"
    _good_releases(good, 20)
    started = time.monotonic()
    assert _run_cli(tmp_path / "clean", str(good)).returncode == 0
    good_s = time.monotonic() - started

    _good_releases(src, 20)
    names = ["Alpha", "Bravo", "Charlie", "Delta", "Echo", "Foxtrot", "Golf"]
    (src / "names.txt").write_text(
        " date 2024-05-05 Kassym-Jomart Tokayev receives guests | Akorda\n\nPresident Tokayev met "
        + " and ".join(names[i % 7] + " " + names[i * 3 % 7] for i in range(12000))
        + ".\n",
        encoding="utf-8",
    )
    Path(os.fsdecode(os.fsencode(src) + b"/r\xe9sum\xe9.txt")).write_text("text", encoding="utf-8")
    _long_path(src)
    (src / "proc").symlink_to("/proc", target_is_directory=True)
    good_line = {
        "date": "2024-05-17",
        "url": "https://example.org/after-the-deep-one",
        "text": "President of Kazakhstan Kassym-Jomart Tokayev held talks with President of "
        "Uzbekistan Shavkat Mirziyoyev in Astana.",
    }
    (src / "deep.jsonl").write_text(
        "[" * 100_000 + "]" * 100_000 + "\n" + json.dumps(good_line) + "\n", encoding="utf-8"
    )
    (src / "far.txt").write_text(
        " date 9999-12-31 Kassym-Jomart Tokayev meets a guest | Akorda\n\n"
        "President Kassym-Jomart Tokayev met President Shavkat Mirziyoyev.\n",
        encoding="utf-8",
    )
    started = time.monotonic()
    proc = _run_cli(tmp_path / "s", "--workers", "2", str(src), timeout=30 + good_s + GUARD_S)
    elapsed = time.monotonic() - started
    err = proc.stderr.decode("utf-8").splitlines()
    assert elapsed < 30 + good_s + 15, (elapsed, good_s)
    assert not any("Traceback" in x or "reconciliation skipped" in x for x in err), err
    for what in (
        "r\\xe9sum\\xe9.txt: the name is not UTF-8",
        "too long",
        "skipped: proc: symbolic link into /proc",
        "deep.jsonl#1: line 1 is JSON nested too deep",
        "far.txt: date 9999-12-31 is out of range",
    ):
        assert len([x for x in err if what in x]) == 1, (what, err)
    clean = EmbeddedStore(tmp_path / "clean", read_only=True)
    wanted = {g for g in clean.content_hashes() if "/release/" in g}
    clean.close()
    store = EmbeddedStore(tmp_path / "s", read_only=True)
    have = {g for g in store.content_hashes() if "/release/" in g}
    store.close()
    assert wanted <= have and len(have) == len(wanted) + 2  # the good ones, the names and the JSON line after
    # the fingerprint of what the reconciled graph was computed from is kept only when it was
    assert json.loads((tmp_path / "s" / "kg-ingest-files.json").read_text())["reconciled"]
