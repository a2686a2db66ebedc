"""The rules' answers as they were before each key batch joined (`eval/history.json`).

Each `eval/annotations/batch-NN.jsonl` was added by a commit; the extractor at that commit's parent
had never been tuned to the batch. For each such parent this checks it out in a detached worktree
under /tmp/hist22, runs its own reader and extractor (eval.history_worker, in a subprocess with the
old checkout on PYTHONPATH) over the batch's TRAIN releases, and records per release the rules'
status (held / planned / none of the reported meetings) and whether a meeting was mentioned in
passing. The dev key has no untuned history: its releases are not in the file (eval.train_detect
leaves them out of a fit on history). Validation releases are never run.

    python -m eval.history            # writes eval/history.json (minutes: one old extractor a commit)
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections import defaultdict
from pathlib import Path

from kg.eval import read_gold, split_of
from kg.evalset import ANNOTATIONS, CORPUS_ROOT, REPO

HISTORY = REPO / "eval" / "history.json"
WORKER = REPO / "eval" / "history_worker.py"
CHECKOUTS = Path("/tmp/hist22")


def git(*args: str) -> str:
    return subprocess.run(
        ["git", "-C", str(REPO), *args], check=True, capture_output=True, text=True
    ).stdout.strip()


def batches_by_parent() -> dict[str, list[Path]]:
    """Parent commit -> the batch files its child added (batches added in one commit share it)."""
    out: dict[str, list[Path]] = defaultdict(list)
    for path in sorted(ANNOTATIONS.glob("batch-*.jsonl")):
        added = git("log", "--diff-filter=A", "--format=%H", "--", str(path.relative_to(REPO))).split()
        if added:
            out[git("rev-parse", added[-1] + "^")].append(path)
    return dict(out)


def run_old(parent: str, rows: list[dict]) -> dict[str, dict]:
    """The old extractor's answers for `rows`, from a detached worktree of `parent` (removed after)."""
    tree = CHECKOUTS / parent[:10]
    if not tree.exists():
        git("worktree", "add", "--detach", str(tree), parent)
    try:
        link = tree / "kg" / "ontology"
        if not link.exists():
            link.symlink_to("../ontology")
        env = dict(os.environ, PYTHONPATH=str(tree), PYTHONHASHSEED="0")
        done = subprocess.run(
            [sys.executable, str(WORKER)],
            input=json.dumps(rows),
            capture_output=True,
            text=True,
            env=env,
            cwd=tree,
        )
        if done.returncode != 0:
            print(done.stderr[-2000:], file=sys.stderr)
            return {}
        if done.stderr.strip():
            print(done.stderr.strip()[-1000:], file=sys.stderr)
        return json.loads(done.stdout)
    finally:
        git("worktree", "remove", "--force", str(tree))


def load(path: Path = HISTORY) -> dict[str, dict]:
    """Locator -> {"rules": held / planned / none, "mention": bool} of eval/history.json."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return {loc: {"rules": a[0], "mention": bool(a[1])} for loc, a in data["answers"].items()}


def write(answers: dict[str, list], parents: dict[str, str], path: Path = HISTORY) -> None:
    """The file: the parent commit each batch was run at, then one release a line (status, mention)."""
    lines = [json.dumps(loc) + ":" + json.dumps(a) for loc, a in sorted(answers.items())]
    head = json.dumps(dict(sorted(parents.items())), sort_keys=True)
    path.write_text('{"parents":' + head + ',\n"answers":{\n' + ",\n".join(lines) + "}}\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    only = set(argv if argv is not None else sys.argv[1:])  # parent commits (prefixes) to redo
    old = json.loads(HISTORY.read_text(encoding="utf-8")) if only and HISTORY.exists() else {}
    answers: dict[str, list] = old.get("answers", {})
    parents: dict[str, str] = old.get("parents", {})
    for parent, paths in batches_by_parent().items():
        if only and not any(parent.startswith(p) for p in only):
            continue
        rows = [
            {"doc": r["doc"], "url": r.get("url"), "root": str(CORPUS_ROOT)}
            for path in paths
            for r in read_gold(path)
            if split_of(r["doc"]) == "train"
        ]
        got = run_old(parent, rows)
        print(
            f"{parent[:10]} ({','.join(p.stem for p in paths)}): {len(got)} of {len(rows)} train releases",
            file=sys.stderr,
        )
        parents.update({p.stem: parent[:10] for p in paths})
        answers.update({loc: [a["rules"], int(a["mention"])] for loc, a in got.items()})
    write(answers, parents)
    print(f"wrote {HISTORY} ({len(answers)} releases)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
