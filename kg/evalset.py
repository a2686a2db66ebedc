"""The project's whole key: the dev key and the annotated batches, split, read and scored in-process.

`load_key("all")` returns every keyed document (the dev key `../shared/gold/dev.jsonl`, whose
locators are relative to `../shared/gold/dev-corpus`, and `eval/annotations/batch-*.jsonl`,
relative to `../shared/corpus`), each row tagged with its split (`kg.eval.split_of`), its
source and its root. `read_documents` reads only the files the key names (a CSV or JSON-lines
file once, its rows picked by link or line). `measure` extracts them in-process (extract +
extraction_to_quads into an in-memory store, no reconciliation) and scores them with kg.eval's
definitions per split and per source. `agreement` scores one annotator's key against another's.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

from kg.eval import Scorecard, collect, read_gold, score, split_of

__all__ = ["agreement", "load_key", "measure", "read_documents", "read_gold", "source_of"]
from kg.model import Document, Extraction
from kg.rdf import extraction_to_quads
from kg.readers import read_paths
from kg.reference import load_reference

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DEV_KEY = SHARED / "gold" / "dev.jsonl"
DEV_ROOT = SHARED / "gold" / "dev-corpus"
CORPUS_ROOT = SHARED / "corpus"
ANNOTATIONS = REPO / "eval" / "annotations"
SECOND = ANNOTATIONS / "second-annotator.jsonl"
SOURCES = ("whitehouse", "kremlin", "ukraine", "kz-news", "akorda*")

Extractor = Callable[[Document], Extraction]


def source_of(locator: str) -> str:
    """The source family of a locator: whitehouse, kremlin, ukraine, kz-news or akorda*."""
    head = locator.split("#", 1)[0].split("/", 1)[0]
    return "akorda*" if head.startswith("akorda") else head


def available() -> bool:
    """Is the shared material (dev key, corpus) present?"""
    return DEV_KEY.exists() and CORPUS_ROOT.is_dir()


def load_key(which: str = "all", split: str | None = None) -> list[dict]:
    """Keyed documents: which = 'dev' (the dev key), 'project' (eval/annotations batches) or 'all'.

    Each row gets `_root` (where its locator is relative to), `_split` and `_source`."""
    rows: list[dict] = []
    if which in ("dev", "all") and DEV_KEY.exists():
        rows += [dict(r, _root=str(DEV_ROOT)) for r in read_gold(DEV_KEY)]
    if which in ("project", "all"):
        for path in sorted(ANNOTATIONS.glob("batch-*.jsonl")):
            rows += [dict(r, _root=str(CORPUS_ROOT)) for r in read_gold(path)]
    if which not in ("dev", "project", "all"):
        raise ValueError(f"unknown key {which!r} (dev, project or all)")
    for r in rows:
        r["_split"] = split_of(r["doc"])
        r["_source"] = source_of(r["doc"])
    return [r for r in rows if split is None or r["_split"] == split]


def _matches(doc: Document, row: dict, line: int | None) -> bool:
    if row.get("url") and doc.url and doc.url.strip() == row["url"].strip():
        return True
    if line is not None:
        return doc.identifier.endswith(f"#{line}")
    return False


def read_documents(rows: Iterable[dict]) -> dict[str, Document]:
    """Locator -> Document for the keyed rows, reading each file the key names once."""

    by_file: dict[Path, list[dict]] = defaultdict(list)
    for r in rows:
        by_file[Path(r["_root"]) / r["doc"].split("#", 1)[0]].append(r)
    out: dict[str, Document] = {}
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
            if hit is None and frag:
                hit = next((d for d in docs if d.url and d.url.strip() == frag), None)
            if hit is not None:
                out[r["doc"]] = hit
    return out


def rel_of(extractions: Iterable[Extraction]) -> dict[str, dict]:
    """The scorer's view (kg.eval.collect) of extractions put in an in-memory store."""

    store = ox.Store()
    quads: list[ox.Quad] = []
    for ex in extractions:
        quads.extend(extraction_to_quads(ex))
    store.bulk_extend(quads)
    return collect(store)


def _scored(rows: list[dict], docs: dict[str, Document], rel: dict[str, dict]) -> Scorecard:
    """Score rows whose documents were read; the key of each row is its document's URL when known."""
    keyed = []
    for r in rows:
        d = docs.get(r["doc"])
        if d is None:
            continue
        keyed.append(dict(r, url=d.url or r.get("url")))
    return score(rel, keyed)


@dataclass
class Measure:
    """Scorecards of one extractor on the key: by split, and by split and source."""

    cards: dict[str, Scorecard] = field(default_factory=dict)  # "train", "validation", "train/kremlin"...
    counts: dict[str, int] = field(default_factory=dict)

    def figures(self) -> dict[str, dict]:
        return {k: c.figures() | c.planned_figures() for k, c in self.cards.items()}


def measure(
    rows: list[dict],
    docs: dict[str, Document],
    extractor: Extractor,
    by_source: bool = True,
) -> Measure:
    """Extract every keyed document with `extractor` and score it per split (and per source)."""
    exs = {r["doc"]: extractor(docs[r["doc"]]) for r in rows if r["doc"] in docs}
    rel = rel_of(exs.values())
    groups: dict[str, list[dict]] = defaultdict(list)
    for r in rows:
        if r["doc"] not in docs:
            continue
        groups[r["_split"]].append(r)
        if by_source:
            groups[f"{r['_split']}/{r['_source']}"].append(r)
    out = Measure()
    for name in sorted(groups):
        out.cards[name] = _scored(groups[name], docs, rel)
        out.counts[name] = len(groups[name])
    return out


# -- agreement of two annotators ------------------------------------------------------------------
def key_as_rel(rows: Iterable[dict]) -> dict[str, dict]:
    """A key turned into the scorer's view of extracted meetings (one meeting per held/planned row)."""
    rel: dict[str, dict] = {}
    for r in rows:
        k = "url:" + r["url"].strip() if r.get("url") else "id:" + Path(r["doc"]).name
        status = r.get("status", "none")
        if status not in ("held", "planned"):
            rel[k] = {}
            continue
        m: dict[str, object] = {"status": {status}}
        if r.get("date"):
            m["date"] = {r["date"]}
        if r.get("mode"):
            m["mode"] = {r["mode"]}
        for fld in ("countries", "topics"):
            m[fld] = set(r.get(fld) or [])
        for fld in ("participants", "organizations", "frameworks"):
            m[fld] = {f"{fld}/{i}": set(names) for i, names in enumerate(r.get(fld) or [])}
        for fld in ("venue", "event"):
            if r.get(fld):
                m[fld] = {f"{fld}/0": set(r[fld])}
        rel[k] = {"meeting": m}
    return rel


def agreement(first: list[dict] | None = None, second: list[dict] | None = None) -> Scorecard:
    """The second annotator's key scored against the first's on the documents both keyed."""
    second = second if second is not None else read_gold(SECOND)
    if first is None:
        first = [r for path in sorted(ANNOTATIONS.glob("batch-*.jsonl")) for r in read_gold(path)]
    both = {r["doc"] for r in second}
    gold = [r for r in first if r["doc"] in both]
    return score(key_as_rel(second), gold)


def dumps(m: Measure) -> str:
    """Figures as JSON text (stable order)."""
    return json.dumps({"counts": m.counts, "figures": m.figures()}, indent=1, sort_keys=True)


def extractor_named(name: str) -> Extractor:
    """'rules': the rule-based pipeline alone; 'detect': the rules with the learned detection only;
    'default': the extractor as shipped (`kg.extract.extract`, every learned step switched on)."""
    from kg.extract import extract
    from kg.extract.pipeline import LEARNED

    ref = load_reference()
    detect_only = tuple(step for step in LEARNED if step != "learned detection")
    skip = {"rules": LEARNED, "detect": detect_only, "default": ()}[name]
    return lambda d: extract(d, ref, skip=skip)
