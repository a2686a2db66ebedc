"""Golden files: what the extractor writes today, kept to catch any change it was not meant to make.

`tests/golden/<name>.nq` holds the N-Quads of every release of a folder as `extract` and
`extraction_to_quads` write them (no store, no reconciliation), one release graph after another
in identifier order; `tests/golden/dev-scorecard.json` holds the dev key's figures. A change to
extraction that is meant updates them on purpose:

    python -m tests.golden            # rewrite every golden file from the current extractor
    python -m tests.golden --diff     # only print what would change (per release, per meeting;
                                      # documents of the validation split are only counted)

and the commit message carries the diff it printed.
"""

from __future__ import annotations

import json
import re
import sys
from collections import defaultdict
from pathlib import Path

from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.namespace import DCTERMS

from kg.eval import split_of
from kg.extract import extract
from kg.model import Document
from kg.rdf import extraction_to_quads
from kg.readers import read_paths
from kg.reference import load_reference

REPO = Path(__file__).resolve().parents[1]
GOLDEN = REPO / "tests" / "golden"
SHARED = REPO.parent / "shared"
DEV_GOLD = SHARED / "gold" / "dev.jsonl"
# name of the golden file -> folder whose releases it holds
SOURCES = {"data": REPO / "data", "dev-corpus": SHARED / "gold" / "dev-corpus"}
SCORECARD = GOLDEN / "dev-scorecard.json"
_DMO = "https://w3id.org/dmkg/ontology#"
# the extractor's name carries a digest of its code and data (kg/extract/version.py): it changes with
# every edit, so the comparison reads it as one placeholder on both sides
_EXTRACTOR = re.compile(r"kg\.extract\.rules\.v\d+(?:\+[0-9a-f]+)?")


def normalise(nquads: str) -> str:
    """N-Quads with the extractor version replaced by a placeholder."""
    return _EXTRACTOR.sub("kg.extract.rules.VERSION", nquads)


def current_nquads(folder: Path) -> str:
    """N-Quads of every release the folder holds, as the current extractor writes them."""
    ref = load_reference()
    blocks: list[tuple[str, str]] = []
    for doc in read_paths([folder]):
        if not isinstance(doc, Document):
            continue
        lines = sorted({str(q) + " .\n" for q in extraction_to_quads(extract(doc, ref))})
        blocks.append((doc.identifier, "".join(lines)))
    return "".join(text for _, text in sorted(blocks))


ENTITY_SEGMENTS = ("/person/", "/country/", "/organization/", "/place/", "/event/", "/framework/", "/topic/")


def release_graphs(nquads: str) -> dict[str, Graph]:
    """One rdflib graph per release graph name, and one "entities" graph: what every graph says of
    the entities (people, countries, ...), wherever it is written, so that moving descriptions
    between graphs is no change and a changed label is one."""
    ds = Dataset()
    ds.parse(data=nquads, format="nquads")
    out: dict[str, Graph] = {"entities": Graph()}
    for ctx in ds.graphs():
        g = Graph()
        for t in ctx:
            target = out["entities"] if any(x in str(t[0]) for x in ENTITY_SEGMENTS) else g
            target.add(t)
        if len(g):
            out[str(ctx.identifier)] = g
    return out


def _meeting_lines(g: Graph) -> dict[str, list[str]]:
    """Each meeting (and statement) subject of a graph as sorted readable lines."""
    by_subject: dict[str, list[str]] = defaultdict(list)
    for s, p, o in g:
        p_short = str(p).replace(_DMO, "dmo:")
        by_subject[str(s).rsplit("/", 2)[-1] if "/meeting/" in str(s) else str(s)].append(f"{p_short} {o}")
    return {k: sorted(v) for k, v in by_subject.items()}


def diff(expected: str, actual: str) -> list[str]:
    """Readable differences between two N-Quads texts: release graphs added, removed or changed, and
    for a changed one the triples only the expected (-) or only the actual (+) side has, by subject."""
    want, have = release_graphs(expected), release_graphs(actual)
    out: list[str] = []
    hidden = 0
    # entities are shown when a release graph outside the validation split names them
    shown = {
        o
        for graphs in (want, have)
        for name, g in graphs.items()
        if name != "entities" and not _validation(g)
        for o in g.objects()
    }
    for name in sorted(set(want) | set(have)):
        if name not in have:
            out.append(f"release graph gone: {name}")
            continue
        if name not in want:
            out.append(f"release graph new: {name}")
            continue
        if isomorphic(want[name], have[name]):
            continue
        if _validation(have[name]):
            hidden += 1
            continue
        _, only_want, only_have = graph_diff(to_isomorphic(want[name]), to_isomorphic(have[name]))
        out.append(f"release graph changed: {name}")
        for sign, g in (("-", only_want), ("+", only_have)):
            if name == "entities":
                g = _only(g, shown)
            for subject, lines in sorted(_meeting_lines(g).items()):
                out.extend(f"  {sign} {subject} {line}" for line in lines)
    if hidden:
        out.append(
            f"{hidden} release graphs of the validation split changed (not shown: read errors on train only)"
        )
    return out


def _only(g: Graph, subjects: set) -> Graph:
    """The triples of `g` about the given subjects."""
    out = Graph()
    for t in g:
        if t[0] in subjects:
            out.add(t)
    return out


def _validation(g: Graph) -> bool:
    """Is this release graph a document of the key's validation split? Its changes stay unread."""
    return any(split_of(str(o)) == "validation" for o in g.objects(None, DCTERMS.identifier))


def current_scorecard() -> dict:
    from kg.eval import evaluate

    card = evaluate(DEV_GOLD, [SOURCES["dev-corpus"]], workers=1)
    return card.figures()


def main(argv: list[str]) -> int:
    only_diff = "--diff" in argv
    GOLDEN.mkdir(parents=True, exist_ok=True)
    for name, folder in SOURCES.items():
        if not folder.is_dir():
            print(f"{name}: {folder} absent, skipped")
            continue
        path = GOLDEN / f"{name}.nq"
        text = current_nquads(folder)
        old = path.read_text(encoding="utf-8") if path.exists() else ""
        changes = diff(normalise(old), normalise(text)) if old else [f"{name}: new golden file"]
        print(f"{name}: {len(changes)} difference lines")
        for line in changes:
            print(line)
        if not only_diff:
            path.write_text(text, encoding="utf-8")
    if DEV_GOLD.exists():
        figures = current_scorecard()
        old = json.loads(SCORECARD.read_text()) if SCORECARD.exists() else {}
        for f in sorted(set(figures) | set(old)):
            if figures.get(f) != old.get(f):
                print(f"scorecard {f}: {old.get(f)} -> {figures.get(f)}")
        if not only_diff:
            SCORECARD.write_text(json.dumps(figures, indent=1, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
