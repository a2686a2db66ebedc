"""Extraction CPU of this tree against a baseline revision, paired, and whether their output is the same.

    .venv/bin/python benchmarks/extract_cpu.py [--baseline main] [--every 4] [--rounds 3] [--chunk 50]

On a machine shared with other work, wall-clock times of an ingest move by more than a change of a
few per cent, and so do the CPU seconds of whole runs taken one after the other (cache and memory
contention follow the load). Here two processes run side by side, one per tree (the baseline in a
detached `git worktree`, and this tree), each with the same releases read (every `--every`-th file
of the White House corpus), the reference data loaded once and the collector set as an ingest's
workers set it. They extract the releases chunk by chunk (`--chunk` releases), one tree and at once
the other, the first of them alternating, so the load of any minute falls on both; each reports the
CPU seconds (`time.process_time`) of its extraction alone. Per round (a pass over all releases by
each tree) it prints both sums and their ratio; at the end the median ratio, and whether the N-Quads
of both trees' extractions are the same once the extractor version is masked (a digest).

A benchmark, not a test: it asserts nothing. Writes benchmarks/results/extract-cpu.json.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# run in the tree measured (its own `kg` first on the path): reads the releases, then answers commands
# on stdin, one JSON line each: "i j" extracts releases i to j-1 (CPU seconds), "digest" the output's digest
_CHILD = r"""
import gc, hashlib, json, sys, time
from pathlib import Path
import kg
from kg.readers import read_paths
from kg.extract.pipeline import extract
from kg.reference import load_reference
from kg.rdf import extraction_to_quads
every, folder = int(sys.argv[1]), Path(sys.argv[2])
files = sorted(folder.rglob("*.md"))[::every]
docs = [d for d in read_paths(files, follow_symlinks=True) if hasattr(d, "title")]
ref = load_reference()
extract(docs[0], ref)
gc.collect(); gc.freeze(); gc.set_threshold(50_000, *gc.get_threshold()[1:])  # as an ingest's workers
out = {}
print(json.dumps({"docs": len(docs), "kg": kg.__file__}), flush=True)
for line in sys.stdin:
    if line.strip() == "digest":
        digest = hashlib.blake2b(digest_size=12)
        for i in sorted(out):
            ex = out[i]
            if isinstance(ex, str):  # a release whose extraction failed: its error
                digest.update(ex.encode())
                continue
            lines = sorted(str(q) for q in extraction_to_quads(ex))
            digest.update("\n".join(lines).replace(ex.extractor, "VERSION").encode())
        print(json.dumps({"digest": digest.hexdigest(), "extracted": len(out)}), flush=True)
        continue
    i, j = map(int, line.split())
    t0 = time.process_time()
    for k in range(i, j):
        try:
            out[k] = extract(docs[k], ref)
        except Exception as e:
            out[k] = repr(e)
    print(json.dumps({"cpu": time.process_time() - t0}), flush=True)
"""


class _Pass:
    """A process extracting with the `kg` of `tree`, on command."""

    def __init__(self, tree: Path, every: int, folder: Path) -> None:
        env = {**os.environ, "PYTHONPATH": str(tree)}
        cmd = [sys.executable, "-c", _CHILD, str(every), str(folder)]
        self.proc = subprocess.Popen(
            cmd, cwd=tree, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
        )
        self.tree = tree
        ready = self.ask(None)
        if not Path(ready["kg"]).resolve().is_relative_to(tree.resolve()):
            raise SystemExit(f"the pass in {tree} imported {ready['kg']}")
        self.docs: int = ready["docs"]

    def ask(self, command: str | None) -> dict:
        """Send a command (None: only read the next answer) and read its answer."""
        assert self.proc.stdin is not None and self.proc.stdout is not None
        if command is not None:
            self.proc.stdin.write(command + "\n")
            self.proc.stdin.flush()
        line = self.proc.stdout.readline()
        if not line:
            raise SystemExit(f"extraction in {self.tree} failed (exit {self.proc.wait()})")
        return json.loads(line)

    def close(self) -> None:
        if self.proc.stdin is not None:
            self.proc.stdin.close()
        self.proc.wait()


def _worktree(rev: str, at: Path) -> None:
    """A detached worktree of `rev`, with the ontology link a worktree needs (kg/ontology -> ../ontology)."""
    subprocess.run(["git", "worktree", "add", "--detach", "-q", str(at), rev], cwd=REPO, check=True)
    link = at / "kg" / "ontology"
    if not link.exists():
        link.symlink_to("../ontology")


def paired(base: Path, rounds: int, every: int, folder: Path, chunk: int) -> dict:
    """`rounds` passes over the releases by both trees, chunk by chunk: each chunk of `chunk` releases is
    extracted by one tree and at once by the other (the first of them alternating), so a change of
    the machine's load falls on both; CPU seconds per tree and round, and their ratios."""
    trees = {"baseline": _Pass(base, every, folder), "this tree": _Pass(REPO, every, folder)}
    try:
        docs = trees["baseline"].docs
        cpu: dict[str, list[float]] = {"baseline": [], "this tree": []}
        ratios = []
        flip = False
        for i in range(rounds):
            spent = dict.fromkeys(trees, 0.0)
            for at in range(0, docs, chunk):
                for name in sorted(trees, reverse=flip):
                    spent[name] += trees[name].ask(f"{at} {min(at + chunk, docs)}")["cpu"]
                flip = not flip
            for name in trees:
                cpu[name].append(round(spent[name], 2))
            ratios.append(round(spent["this tree"] / spent["baseline"], 3))
            print(
                f"  round {i + 1}: baseline {spent['baseline']:6.2f} s, "
                f"this tree {spent['this tree']:6.2f} s CPU,"
                f" ratio {ratios[-1]}",
                flush=True,
            )
        digests = {name: p.ask("digest")["digest"] for name, p in trees.items()}
    finally:
        for p in trees.values():
            p.close()
    return {
        "documents": docs,
        "cpu_s": cpu,
        "ratios": ratios,
        "median_ratio": round(statistics.median(ratios), 3),
        "medians_s": {k: statistics.median(v) for k, v in cpu.items()},
        "same_output": digests["baseline"] == digests["this tree"],
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--baseline", default="main", help="revision to compare with (default: main)")
    ap.add_argument("--every", type=int, default=4, help="every n-th White House file (default 4: 25%%)")
    ap.add_argument("--rounds", type=int, default=3, help="passes over the releases by each tree (default 3)")
    ap.add_argument("--chunk", type=int, default=50, help="releases extracted by one tree before the other")
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    args = ap.parse_args(argv)
    folder = (args.corpus / "whitehouse").resolve()
    rev = subprocess.run(
        ["git", "rev-parse", "--short", args.baseline], cwd=REPO, capture_output=True, text=True, check=True
    ).stdout.strip()
    print(
        f"extraction CPU of every {args.every}th White House file, {rev} vs this tree, {args.rounds} rounds:"
    )
    with tempfile.TemporaryDirectory(prefix="kg-extract-cpu-") as tmp:
        base = Path(tmp) / "baseline"
        _worktree(rev, base)
        try:
            res = {
                "baseline": rev,
                "every": args.every,
                "chunk": args.chunk,
                **paired(base, args.rounds, args.every, folder, args.chunk),
            }
        finally:
            subprocess.run(["git", "worktree", "remove", "--force", str(base)], cwd=REPO, check=False)
    res["load_avg"] = os.getloadavg()
    print(
        f"  medians: {res['medians_s']}; median ratio {res['median_ratio']}; "
        f"same output: {res['same_output']}"
    )
    out = REPO / "benchmarks" / "results" / "extract-cpu.json"
    out.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    print(f"written {out.relative_to(REPO)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
