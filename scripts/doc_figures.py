"""Regenerate the figures the docs quote, from the commands that produce them.

README.md, docs/tutorial.md and docs/cross-reported.md mark each such block:

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
DOCS = [REPO / "README.md", REPO / "docs" / "tutorial.md", REPO / "docs" / "cross-reported.md"]
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


# The side-by-side table: the events of this period that two or more publishers report.
SIDE_BY_SIDE_PERIOD = ("2021-10-01", "2022-03-31")
PUBLISHERS = {  # column title per publisher (dcterms:publisher), in column order
    "The White House": "White House",
    "President of Russia (kremlin.ru)": "Kremlin",
    "President of Ukraine (president.gov.ua)": "Ukrainian presidency",
}
CORPUS_STORE: Path | None = None  # --corpus-store: a store of ../shared/corpus already ingested


def _said(rows: list[dict], key: str) -> set[str]:
    return {v.strip() for r in rows for v in (r[key] or "").split(",") if v.strip()}


def column_title(publisher: str) -> str:
    """A publisher's column title: the known ones' short titles, any other by its name before the
    site in brackets ("President of the Republic of Kazakhstan (akorda.kz)" is "President of the
    Republic of Kazakhstan")."""
    return PUBLISHERS.get(publisher) or publisher.split(" (", 1)[0]


def publisher_columns(publishers: set[str]) -> list[str]:
    """The table's publishers: the known ones in their order, then any other that reports one of
    its events (a summit's other members), by name."""
    return [p for p in PUBLISHERS if p in publishers] + sorted(publishers - set(PUBLISHERS))


def _differences(by_publisher: dict[str, list[dict]]) -> str:
    """Where the publishers' accounts of one event differ: day, mode, topics one side alone gives."""
    notes = []
    for key, what in (("said_date", "date"), ("said_mode", "mode")):
        said = {
            column_title(p): "/".join(sorted({r[key] or "not said" for r in rows}))
            for p, rows in by_publisher.items()
        }
        if len(set(said.values())) > 1:
            notes.append(f"{what}: " + ", ".join(f"{name} {value}" for name, value in said.items()))
    topics = {p: _said(rows, "topics") for p, rows in by_publisher.items()}
    for p, own in topics.items():
        alone = own - set().union(*(t for q, t in topics.items() if q != p))
        if alone:
            notes.append(f"only {column_title(p)}: {', '.join(sorted(alone))}")
    return "<br>".join(notes) or "—"


def side_by_side_table(store) -> str:
    """One row per event two or more publishers report in SIDE_BY_SIDE_PERIOD, one column per
    publisher (what it said was discussed, its releases), from `kg ask reported-by-both` and
    `kg ask accounts-side-by-side`."""
    import kg

    since, until = SIDE_BY_SIDE_PERIOD
    events = kg.ask(store, "reported-by-both", {"since": since, "until": until}).records()
    accounts = kg.ask(store, "accounts-side-by-side", {}).records()
    table: list[tuple[dict, dict[str, list[dict]]]] = []
    for event in events:
        by_publisher: dict[str, list[dict]] = {}
        for r in accounts:
            if r["event"] == event["event"] and r["publisher"]:
                by_publisher.setdefault(r["publisher"], []).append(r)
        if len(by_publisher) >= 2:
            table.append((event, by_publisher))
    columns = publisher_columns({p for _, by_publisher in table for p in by_publisher} | set(PUBLISHERS))
    head = ["date", "meeting"] + [column_title(p) for p in columns] + ["where the accounts differ"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for event, said in table:
        by_publisher = {p: said[p] for p in columns if p in said}  # in column order
        cells = []
        for p in columns:
            rs = by_publisher.get(p)
            if not rs:
                cells.append("—")
                continue
            links = " ".join(
                f"[{i}]({url})" for i, url in enumerate(sorted({r["url"] for r in rs if r["url"]}), 1)
            )
            topics = ", ".join(sorted(_said(rs, "topics"))) or "—"
            frameworks = (
                "; ".join(sorted({f for r in rs for f in (r["frameworks"] or "").split(", ") if f})) or "—"
            )
            cells.append(f"topics: {topics}<br>frameworks: {frameworks}<br>{links}")
        label = event["label"].replace("|", "/")
        lines.append(
            f"| {event['date']} | {label} | " + " | ".join(cells) + f" | {_differences(by_publisher)} |"
        )
    return "\n".join(lines) + "\n"


def side_by_side() -> str:
    """The table of side_by_side_table, from --corpus-store or a fresh ingest of ../shared/corpus."""
    import kg as library

    folders = [SHARED / "corpus" / name for name in ("whitehouse", "kremlin", "ukraine", "akorda")]
    if CORPUS_STORE is None and not all(f.is_dir() for f in folders):
        raise Skipped("../shared/corpus is absent")
    with tempfile.TemporaryDirectory() as tmp:
        location = CORPUS_STORE or Path(tmp) / "store"
        if CORPUS_STORE is None:
            kg("--store", str(location), "ingest", "-q", *map(str, folders))
        with library.open_store(location, read_only=True) as store:
            return side_by_side_table(store)


GENERATORS: dict[str, Callable[[], str]] = {
    "build": build_output,
    "scorecard": scorecard,
    "validation": validation,
    "side-by-side": side_by_side,
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
    parser.add_argument(
        "--corpus-store", type=Path, help="A store of ../shared/corpus already ingested (else one is built)."
    )
    args = parser.parse_args(argv)
    global CORPUS_STORE
    CORPUS_STORE = args.corpus_store
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
