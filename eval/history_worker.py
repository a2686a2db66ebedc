"""Run inside an old checkout (eval.history): the rules' answer of that extractor for given releases.

Reads a JSON list of {"doc", "url", "root"} on stdin and writes {locator: {"rules": held / planned /
none, "mention": bool}} on stdout, with the checkout's own reader and `kg.extract.extract` (its
learned steps skipped where it has them). It imports nothing of the present tree: run it with the
old checkout on PYTHONPATH. A release the old code cannot read or extract is left out.
"""

from __future__ import annotations

import json
import sys
from collections import defaultdict
from pathlib import Path


def _matches(doc, row: dict, line: int | None) -> bool:  # type: ignore[no-untyped-def]
    if row.get("url") and doc.url and doc.url.strip() == row["url"].strip():
        return True
    return line is not None and doc.identifier.endswith(f"#{line}")


def read(rows: list[dict]) -> dict:
    """Locator -> Document, read with the old checkout's reader (as kg.evalset matches them)."""
    from kg.model import Document
    from kg.readers import read_paths

    by_file: dict[Path, list[dict]] = defaultdict(list)
    for r in rows:
        by_file[Path(r["root"]) / r["doc"].split("#", 1)[0]].append(r)
    out = {}
    for path, file_rows in sorted(by_file.items()):
        if not path.exists():
            continue
        docs = [d for d in read_paths([path]) if isinstance(d, Document)]
        for r in file_rows:
            frag = r["doc"].split("#", 1)[1] if "#" in r["doc"] else None
            line = int(frag) if frag and frag.isdigit() and path.suffix == ".jsonl" else None
            if frag is None and len(docs) == 1:
                out[r["doc"]] = docs[0]
                continue
            hit = next((d for d in docs if _matches(d, r, line)), None)
            if hit is not None:
                out[r["doc"]] = hit
    return out


def main() -> int:
    from kg.extract import pipeline
    from kg.reference import load_reference

    rows = json.load(sys.stdin)
    ref = load_reference()
    skip = getattr(pipeline, "LEARNED", ())
    out = {}
    for loc, doc in sorted(read(rows).items()):
        try:
            meetings = (
                pipeline.extract(doc, ref, skip=skip).meetings
                if skip
                else pipeline.extract(doc, ref).meetings
            )
        except Exception as e:  # noqa: BLE001 (an old extractor's failure on one release)
            print(f"{loc}: {type(e).__name__}: {e}", file=sys.stderr)
            continue
        statuses = {m.status for m in meetings if not m.mentioned}
        status = "held" if "held" in statuses else "planned" if "planned" in statuses else "none"
        out[loc] = {"rules": status, "mention": any(m.mentioned for m in meetings)}
    json.dump(out, sys.stdout, sort_keys=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
