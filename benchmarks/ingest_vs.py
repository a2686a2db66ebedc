"""Ingest speed against a baseline revision, and where the time of an ingest goes.

    .venv/bin/python benchmarks/ingest_vs.py [--baseline 8f013d8] [--rounds 2] [--profile-share 0.25]

1. The White House corpus plus the Kremlin and Ukraine CSVs, ingested into a fresh store by the
   baseline revision (a detached `git worktree` in a temporary folder, run with this interpreter
   and its installed dependencies) and by this tree, alternately (`--rounds` times each, so load on
   the machine falls on both), through the real CLI; the ratio of the medians is what issue 14's
   "speed stays" asks about (at most 1.4). 8f013d8 is the first version, as the issue measured it.
2. Where the time goes: one in-process ingest (one worker, no time budget) of a share of the White
   House corpus under cProfile; the cumulative seconds of reading, each extraction step
   (`kg.extract.pipeline.STEPS`, looked up by code object), the release analysis, the learned
   re-detection, RDF mapping, store writes and reconciliation.

A benchmark, not a test: it asserts nothing. Writes benchmarks/results/ingest-vs.json.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import pstats
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from benchmarks.run import load_avg, subset  # noqa: E402

FIRST_VERSION = "8f013d8"


def _ingest_with(tree: Path, store: Path, paths: list[Path]) -> float:
    """Seconds of `python -m kg ingest` run from `tree` (its own `kg` package first on the path)."""
    cmd = [sys.executable, "-m", "kg", "--store", str(store), "ingest", "-q", *map(str, paths)]
    t0 = time.perf_counter()
    done = subprocess.run(cmd, cwd=tree, capture_output=True, text=True)
    seconds = time.perf_counter() - t0
    if done.returncode not in (0, 1):  # 1: some documents failed, as in any real corpus
        raise SystemExit(f"ingest from {tree} failed: {done.stderr.strip()[-500:]}")
    return seconds


def _check_runs_from(tree: Path) -> None:
    """Make sure `python -m kg` started in `tree` imports that tree's code (not the installed one)."""
    probe = "import importlib; print(importlib.import_module('kg.extract.pipeline').__file__)"
    found = subprocess.run([sys.executable, "-c", probe], cwd=tree, capture_output=True, text=True)
    if not Path(found.stdout.strip()).resolve().is_relative_to(tree.resolve()):
        raise SystemExit(f"python in {tree} imports kg from {found.stdout.strip() or found.stderr[-300:]}")


def versus(baseline: str, paths: list[Path], rounds: int, work: Path) -> dict:
    """Alternate ingests by the baseline and this tree; medians and their ratio."""
    base_tree = work / "baseline"
    subprocess.run(
        ["git", "worktree", "add", "--detach", "-q", str(base_tree), baseline], cwd=REPO, check=True
    )
    try:
        for tree in (base_tree, REPO):
            _check_runs_from(tree)
        times: dict[str, list[float]] = {"baseline": [], "this tree": []}
        for i in range(rounds):
            for name, tree in (("baseline", base_tree), ("this tree", REPO)):
                seconds = _ingest_with(tree, work / f"{name.replace(' ', '-')}-{i}", paths)
                times[name].append(round(seconds, 2))
                print(f"  {name:9}  round {i + 1}: {seconds:6.1f} s", flush=True)
    finally:
        subprocess.run(["git", "worktree", "remove", "--force", str(base_tree)], cwd=REPO, check=False)
    base, now = statistics.median(times["baseline"]), statistics.median(times["this tree"])
    return {"baseline": baseline, "seconds": times, "ratio": round(now / base, 2)}


def _cumulative(stats: pstats.Stats, fn: Callable) -> float:
    code = getattr(fn, "__code__", None)
    if code is None:
        return 0.0
    key = (code.co_filename, code.co_firstlineno, code.co_name)
    entry = stats.stats.get(key)  # type: ignore[attr-defined]
    return entry[3] if entry else 0.0


def where_time_goes(folder: Path, share: float, work: Path) -> dict:
    """Cumulative seconds per stage of one in-process ingest of `share` of `folder`."""
    from kg.extract import detect, doc, learned, participants, pipeline
    from kg.ingest import ingest
    from kg.rdf import extraction_to_quads
    from kg.readers import read_paths
    from kg.reconcile import reconcile
    from kg.store import EmbeddedStore

    sample = subset(folder, share, work / "sample")
    t0 = time.perf_counter()
    documents = sum(1 for _ in read_paths([sample], follow_symlinks=True))
    reading = time.perf_counter() - t0
    store = EmbeddedStore(work / "profiled")
    profiler = cProfile.Profile()
    t0 = time.perf_counter()
    profiler.enable()
    report = ingest([sample], store, workers=1, doc_timeout=None, follow_symlinks=True)
    profiler.disable()
    total = time.perf_counter() - t0
    store.close()
    stats = pstats.Stats(profiler)
    stages: dict[str, float] = {"reading (outside the profile)": reading}
    stages["ingest (all, profiled)"] = total
    stages["extraction (all)"] = _cumulative(stats, pipeline.extract)
    stages["detection rules (title and lead)"] = _cumulative(stats, detect.detection)
    stages["release analysis (sentences, gazetteer, people)"] = _cumulative(stats, doc.analyse)
    stages["participants"] = _cumulative(stats, participants.participants)
    stages["meetings mentioned in passing"] = _cumulative(stats, pipeline.mentioned_meetings)
    stages["learned re-detection"] = _cumulative(stats, learned.redetect)
    stages["describing meetings (all STEPS)"] = _cumulative(stats, pipeline.describe)
    for name, step in pipeline.STEPS.items():
        stages[f"step: {name}"] = _cumulative(stats, step)
    stages["RDF mapping"] = _cumulative(stats, extraction_to_quads)
    stages["reconciliation"] = _cumulative(stats, reconcile)
    return {
        "documents": documents,
        "summary": report.summary(),
        "profiled_total_s": round(total, 2),
        "stages_s": {k: round(v, 2) for k, v in stages.items()},
        "note": "profiled times are inflated by cProfile; compare stages with each other",
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", default=FIRST_VERSION, help="revision to compare with")
    ap.add_argument("--rounds", type=int, default=2, help="ingests by each side, alternately")
    ap.add_argument("--profile-share", type=float, default=0.25, help="share of the White House corpus")
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument("--skip-versus", action="store_true")
    args = ap.parse_args(argv)
    corpus = args.corpus.resolve()
    paths = [corpus / "whitehouse", corpus / "kremlin" / "putin.csv", corpus / "ukraine" / "zelenskyy.csv"]
    res: dict = {"load_avg_start": load_avg()}
    with tempfile.TemporaryDirectory(prefix="kg-ingest-vs-") as tmp:
        work = Path(tmp)
        if not args.skip_versus:
            print(f"ingest of the White House corpus and the two CSVs, {args.baseline} vs this tree:")
            res["versus"] = versus(args.baseline, paths, args.rounds, work)
            print(f"  ratio (this tree / baseline, medians): {res['versus']['ratio']}")
        print(f"where the time goes ({args.profile_share:.0%} of the White House corpus, profiled):")
        res["profile"] = where_time_goes(corpus / "whitehouse", args.profile_share, work)
        for stage, seconds in res["profile"]["stages_s"].items():
            print(f"  {stage:50} {seconds:7.2f} s")
    res["load_avg_end"] = load_avg()
    out = REPO / "benchmarks" / "results" / "ingest-vs.json"
    out.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    print(f"written {out.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
