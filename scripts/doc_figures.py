"""Regenerate the figures the docs quote, from the commands that produce them.

README.md and docs/tutorial.md mark each such block:

    <!-- doc-figures: NAME -->
    ...what the command printed...
    <!-- /doc-figures -->

`python scripts/doc_figures.py` rewrites every marked block from its command (run it after a
merge that changes extraction or output); `--check` only reports blocks that differ (exit 1),
which is what tests/test_doc_figures.py runs. Blocks whose inputs are absent (the shared gold key
beside the repository) are left as they are and reported as skipped.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DOCS = [REPO / "README.md", REPO / "docs" / "tutorial.md"]
BLOCK = re.compile(r"(<!-- doc-figures: ([\w-]+) -->\n)(.*?)(<!-- /doc-figures -->)", re.S)


class Skipped(Exception):
    """A block's inputs are not on this machine."""


def kg(*args: str, cwd: Path = REPO) -> str:
    """The standard output of `python -m kg ARGS` (a failure is an error of the docs)."""
    proc = subprocess.run(
        [sys.executable, "-m", "kg", *args], cwd=cwd, capture_output=True, text=True, check=False
    )
    if proc.returncode not in (0, 1) or not proc.stdout:
        raise RuntimeError(f"kg {' '.join(args)} failed:\n{proc.stderr}")
    return proc.stdout


def build_output() -> str:
    """What `kg build` prints for the sample releases, timing left out (it varies from run to run)."""
    with tempfile.TemporaryDirectory() as tmp:
        out = kg("--store", f"{tmp}/store", "build", "-q", "-o", f"{tmp}/out")
        out = out.replace(f"{tmp}/out", "out")
    out = re.sub(r"; [\d.]+ s$", "; … s", out, flags=re.M)
    return "".join(f"    {line}\n" if line else "\n" for line in out.splitlines())


def scorecard() -> str:
    """The extraction scorecard: `kg eval` on the development key, as printed."""
    gold, corpus = SHARED / "gold" / "dev.jsonl", SHARED / "gold" / "dev-corpus"
    if not (gold.is_file() and corpus.is_dir()):
        raise Skipped(f"{gold} or {corpus} is absent")
    table = kg("eval", str(gold), str(corpus))
    return (
        "`kg eval ../shared/gold/dev.jsonl ../shared/gold/dev-corpus` prints:\n\n"
        "```text\n" + table.rstrip("\n") + "\n```\n"
    )


def validation() -> str:
    """The figures that count: the validation split of the project's key, per source (never tuned on)."""
    if not (SHARED / "gold" / "dev.jsonl").is_file():
        raise Skipped("../shared/gold is absent")
    table = kg("eval", "--key", "all", "--split", "validation", "--by-source")
    return (
        "`kg eval --key all --split validation --by-source` prints:\n\n"
        "```text\n" + table.rstrip("\n") + "\n```\n"
    )


GENERATORS: dict[str, Callable[[], str]] = {
    "build": build_output,
    "scorecard": scorecard,
    "validation": validation,
}


def regenerate(text: str, cache: dict[str, str], skipped: set[str]) -> str:
    """The document with every marked block rewritten (skipped blocks left as they are)."""

    def replace(m: re.Match[str]) -> str:
        name = m.group(2)
        if name not in GENERATORS:
            raise KeyError(f"unknown doc-figures block {name!r}; known: {', '.join(GENERATORS)}")
        if name not in cache and name not in skipped:
            try:
                cache[name] = GENERATORS[name]()
            except Skipped:
                skipped.add(name)
        return m.group(1) + cache[name] + m.group(4) if name in cache else m.group(0)

    return BLOCK.sub(replace, text)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="Only report blocks that differ (exit 1).")
    args = parser.parse_args(argv)
    cache: dict[str, str] = {}
    skipped: set[str] = set()
    stale = []
    for path in DOCS:
        text = path.read_text(encoding="utf-8")
        new = regenerate(text, cache, skipped)
        if new != text:
            stale.append(path.relative_to(REPO))
            if not args.check:
                path.write_text(new, encoding="utf-8")
    for name in sorted(skipped):
        print(f"skipped {name}: its inputs are absent", file=sys.stderr)
    verb = "differ from their commands" if args.check else "rewritten"
    for path in stale:
        print(f"{path}: figures {verb}")
    return 1 if stale and args.check else 0


if __name__ == "__main__":
    sys.exit(main())
