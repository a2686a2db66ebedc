"""Draw the documents to annotate: a fixed, seeded sample of `../shared/corpus`, every source.

Half of each source's share comes from releases whose title looks like a meeting, half from all of
its releases; documents already in the development key are left out. Writes
`eval/batches/batch-NN.txt` (one locator a line) and, for annotators, the texts under a folder
outside the project (`--texts DIR`, default /tmp/kg-annotate).

    python -m eval.sample --total 400 --batches 5                  # round 1: batch-01 .. batch-05
    python -m eval.sample --total 200 --batches 4 --start 6        # round 2: batch-06 .. batch-09
    python -m eval.sample --total 200 --batches 4 --start 10 --shares whitehouse=0.5,kremlin=0.25,ukraine=0.25
                                                                   # round 3: batch-10 .. batch-13
    python -m eval.sample --total 200 --batches 4 --start 14 --shares whitehouse=0.5,kremlin=0.25,ukraine=0.25
                                                                   # round 4: batch-14 .. batch-17
    python -m eval.sample --total 200 --batches 4 --start 18 --shares whitehouse=0.5,kremlin=0.25,ukraine=0.25
                                                                   # round 5: batch-18 .. batch-21
    python -m eval.sample --total 200 --batches 4 --start 22 --shares whitehouse=0.5,ukraine=0.35,kremlin=0.15
                                                                   # round 6: batch-22 .. batch-25
    python -m eval.sample --total 120 --batches 3 --start 26 --shares whitehouse=0.45,ukraine=0.3,kremlin=0.25
                                                                   # round 7: batch-26 .. batch-28
    python -m eval.sample --total 120 --batches 3 --start 29 --shares whitehouse=0.6,ukraine=0.2,kremlin=0.2
                                                                   # round 8: batch-29 .. batch-31
    python -m eval.sample --total 40 --batches 1 --start 41 --shares whitehouse=0.5,ukraine=0.2,kremlin=0.3
                                                                   # round 12: batch-41 (8 Ukraine left)
    python -m eval.sample --total 120 --batches 3 --start 42 --shares whitehouse=0.7,kremlin=0.3
                                                                   # round 13: batch-42 .. batch-44
    python -m eval.sample --total 120 --batches 3 --start 45 --shares whitehouse=0.9,kremlin=0.1
                                                                   # round 14: batch-45 .. batch-47

A later round (`--start N`) leaves out every document of the batches before N and draws with its
own seed, so the earlier rounds stay as they were drawn.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import tempfile
from pathlib import Path

from kg.model import Document
from kg.readers import read_paths

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
DEV = SHARED / "gold" / "dev.jsonl"
# share of the sample per source folder (akorda-style is written for the project, kz-news all keyed)
SHARES = {"whitehouse": 0.6, "kremlin": 0.2, "ukraine": 0.2}
MEETING_TITLE = re.compile(
    r"(?i)\b(meet|met|meeting|call|talks|conversation|visit|readout|summit|bilateral|receiv|"
    r"negotiat|video|phone|held|hosts?|trilateral|leaders)\w*"
)
SEED = 20261205


def corpus_documents() -> list[Document]:
    with tempfile.TemporaryDirectory() as tmp:
        for name in SHARES:
            (Path(tmp) / name).symlink_to(CORPUS / name, target_is_directory=True)
        return [d for d in read_paths([tmp], follow_symlinks=True) if isinstance(d, Document)]


def drawn_before(start: int) -> set[str]:
    """Locators of the batches numbered below `start` (the earlier rounds)."""
    out: set[str] = set()
    for b in range(1, start):
        path = REPO / "eval" / "batches" / f"batch-{b:02d}.txt"
        if path.exists():
            out.update(line.strip() for line in path.read_text().splitlines() if line.strip())
    return out


def parse_shares(text: str) -> dict[str, float]:
    """`whitehouse=0.5,kremlin=0.25,ukraine=0.25` -> {"whitehouse": 0.5, ...}; shares must sum to 1."""
    shares = {name.strip(): float(value) for name, value in (part.split("=") for part in text.split(","))}
    unknown = set(shares) - set(SHARES)
    if unknown or abs(sum(shares.values()) - 1) > 1e-9:
        raise SystemExit(f"--shares: folders among {sorted(SHARES)}, shares summing to 1 (got {text})")
    return shares


def draw(total: int, start: int = 1, shares: dict[str, float] = SHARES) -> list[Document]:
    keyed = {json.loads(line)["doc"] for line in DEV.read_text(encoding="utf-8").splitlines() if line.strip()}
    keyed |= drawn_before(start)
    docs = [d for d in corpus_documents() if d.identifier not in keyed]
    rng = random.Random(SEED + start - 1)
    chosen: list[Document] = []
    for source, share in shares.items():
        pool = sorted((d for d in docs if d.identifier.startswith(source + "/")), key=lambda d: d.identifier)
        n = round(total * share)
        meetingish = [d for d in pool if MEETING_TITLE.search(d.title or "")]
        first = rng.sample(meetingish, min(n // 2, len(meetingish)))
        rest = [d for d in pool if d not in first]
        chosen += first + rng.sample(rest, n - len(first))
    return chosen


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--total", type=int, default=400)
    ap.add_argument("--batches", type=int, default=5)
    ap.add_argument("--start", type=int, default=1, help="number of the round's first batch")
    ap.add_argument("--texts", default="/tmp/kg-annotate")
    ap.add_argument(
        "--shares", help="share of each source folder, e.g. whitehouse=0.5,kremlin=0.25,ukraine=0.25"
    )
    args = ap.parse_args()
    shares = parse_shares(args.shares) if args.shares else SHARES
    chosen = draw(args.total, args.start, shares)
    random.Random(SEED + args.start).shuffle(chosen)
    out = REPO / "eval" / "batches"
    out.mkdir(parents=True, exist_ok=True)
    for b in range(args.batches):
        part = chosen[b :: args.batches]
        number = args.start + b
        (out / f"batch-{number:02d}.txt").write_text("".join(d.identifier + "\n" for d in part))
        folder = Path(args.texts) / f"batch-{number:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        for i, d in enumerate(part, 1):
            (folder / f"{i:03d}.txt").write_text(
                f"locator: {d.identifier}\nurl: {d.url}\nrelease date: {d.date}\npublisher: {d.publisher}\n"
                f"title: {d.title}\n\n{d.text}\n",
                encoding="utf-8",
            )
    print(f"{len(chosen)} documents in {args.batches} batches under {out}; texts under {args.texts}")


if __name__ == "__main__":
    main()
