"""Where the key's participants the extractor misses on the TRAIN split are (issue 14's recall).

    python -m eval.participants_ceiling [--fresh] [--list FILE]

Each key participant of a held train release that the release's held meetings miss (the scorer's
own name matching) is put in one class: the release has no held meeting found (detection's miss);
found by the people finder but not made a participant; named in the text but not found; not named
(designated by office or group). `--fresh` keeps round 21's releases (eval/batches/batch-66..68);
`--list` writes each miss with the sentence naming it (or its surname's first sentence). The
validation split is never read. After people24's ceiling (branch people24, not merged).
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from kg import evalset
from kg.eval import match_sets, name_match
from kg.extract import pipeline
from kg.reference import Reference, load_reference

_REF: Reference | None = None
_DOC: list = []
FRESH = ("batch-66.txt", "batch-67.txt", "batch-68.txt")


def _keep_doc(step):  # type: ignore[no-untyped-def]
    def run(doc, account, m):  # type: ignore[no-untyped-def]
        _DOC[:] = [doc]
        return step(doc, account, m)

    return run


def _one(args: tuple[dict, object]) -> tuple:
    r, document = args
    global _REF
    if _REF is None:
        _REF = load_reference()
        pipeline.STEPS["participants"] = _keep_doc(pipeline.STEPS["participants"])
    _DOC.clear()
    meetings = pipeline.extract(document, _REF).meetings  # type: ignore[arg-type]
    rules: dict[str, set[str]] = {}
    for m in (m for m in meetings if m.status == "held"):
        for e in m.participants:
            rules.setdefault(e.key, set()).update({e.label, *e.alt_labels})
    everyone = [{p.label, *p.alt_labels} for p in _DOC[0].found.people.values()] if _DOC else []
    found_held = any(m.status == "held" for m in meetings)
    return r["doc"], r.get("participants") or [], list(rules.values()), everyone, document.text, found_held  # type: ignore[attr-defined]


def _sentence(text: str, names: list[str]) -> str:
    for n in sorted(names, key=len, reverse=True):
        for part in (n, n.split()[-1]):
            i = text.find(part)
            if len(part) > 2 and i >= 0:
                a, b = text.rfind("\n", 0, i), text.find("\n", i)
                line = text[a + 1 : b if b >= 0 else None]
                s = max(line.rfind(". ", 0, i - a - 1) + 2, 0)
                return re.sub(r"\s+", " ", line[s : s + 300])
    return ""


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--fresh", action="store_true")
    ap.add_argument("--list")
    a = ap.parse_args()
    rows = [r for r in evalset.load_key("all", split="train") if r["status"] == "held"]
    if a.fresh:
        fresh = {ln.strip() for f in FRESH for ln in Path("eval/batches", f).read_text().splitlines()}
        rows = [r for r in rows if r["doc"] in fresh]
    docs = evalset.read_documents(rows)
    rows = [r for r in rows if r["doc"] in docs]
    with ProcessPoolExecutor(2) as pool:
        out = list(pool.map(_one, [(r, docs[r["doc"]]) for r in rows], chunksize=8))
    kinds: Counter = Counter()
    lines = []
    tp = npred = ngold = 0
    for loc, gold, rules, everyone, text, found_held in out:
        t, _, fn = match_sets(rules, gold, True)
        tp, npred, ngold = tp + t, npred + len(rules), ngold + len(gold)
        for g in (g for g in gold if g[0] in fn):
            if not found_held:
                k = "no held meeting found"
            elif any(name_match(lab, g, True) for labels in everyone for lab in labels):
                k = "found, not a participant"
            elif any(a in text for a in g if len(a) > 2):
                k = "named, not found"
            else:
                k = "not named"
            kinds[k] += 1
            lines.append(f"{k}\t{loc}\t{g[0]}\t{_sentence(text, g)}")
    total = sum(kinds.values())
    print(
        f"held releases {len(out)}; participants P {tp / max(npred, 1):.3f} R {tp / max(ngold, 1):.3f}",
        file=sys.stderr,
    )
    print(f"missed key participants: {total}", file=sys.stderr)
    for k, n in kinds.most_common():
        print(f"  {k}: {n} ({n / max(total, 1):.2f})", file=sys.stderr)
    if a.list:
        Path(a.list).write_text("\n".join(sorted(lines)) + "\n")


if __name__ == "__main__":
    main()
