"""Benchmark of the HTML explorer on a synthetic graph of about 2,000 nodes.

Builds a store of synthetic releases (through kg.model -> kg.rdf, as ingest would), times the
export (`kg.viz.write_html_view`: SPARQL, layout, page) and then the first drawn frame in a
real headless Chromium (the page stamps `data-kg-drawn` with performance.now() when
vis-network fires its first `afterDrawing`). Prints a table and writes JSON.

    .venv/bin/python benchmarks/bench_viz.py [--nodes 2000] [--json benchmarks/results/viz.json]
    .venv/bin/python benchmarks/bench_viz.py --store STORE   # a store of your own, e.g. a corpus's

The synthetic releases are never reconciled; `--store` times a real store, whose events several
releases report (folded into one node) are part of the export's work.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests"))  # the CDP client shared with the browser tests

from kg.model import Document, Entity, Evidence, Extraction, Meeting, Statement  # noqa: E402
from kg.namespaces import release_iri  # noqa: E402
from kg.rdf import extraction_to_quads  # noqa: E402
from kg.store import EmbeddedStore  # noqa: E402
from kg.viz import ViewOptions, write_html_view  # noqa: E402

# Share of each kind among the entities (meetings are 45% of all nodes).
SHARES = {
    "person": 0.55,
    "country": 0.12,
    "organization": 0.08,
    "place": 0.07,
    "event": 0.05,
    "framework": 0.06,
    "topic": 0.07,
}


def synthetic_extractions(total_nodes: int = 2000, seed: int = 7) -> list[Extraction]:
    """Releases of one meeting each whose graph has about `total_nodes` nodes."""
    rng = random.Random(seed)
    n_meetings = int(total_nodes * 0.45)
    n_entities = total_nodes - n_meetings
    pools: dict[str, list[Entity]] = {}
    for kind, share in SHARES.items():
        count = max(2, round(n_entities * share))
        pools[kind] = [
            Entity(
                kind,
                f"{kind}-{i}",
                f"{kind.title()} {i}",
                props={"iso": f"Q{i}"}
                if kind == "country"
                else {"notation": f"t{i}"}
                if kind == "topic"
                else {},
            )
            for i in range(count)
        ]
    # Every entity is used at least once, then popular ones more often (a few hubs, many leaves).
    unused = {kind: list(pool) for kind, pool in pools.items()}

    def pick(kind: str, k: int) -> list[Entity]:
        chosen = [unused[kind].pop() for _ in range(min(k, len(unused[kind])))]
        pool = pools[kind]
        while len(chosen) < k:
            e = pool[min(int(rng.paretovariate(1.2)) - 1, len(pool) - 1)]
            if e not in chosen:
                chosen.append(e)
        return chosen

    out = []
    start = date(2020, 1, 1)
    for i in range(n_meetings):
        when = start + timedelta(days=rng.randrange(1800))
        people = pick("person", rng.choice((2, 2, 3)))
        text = " and ".join(p.label for p in people) + " held talks."
        ev = Evidence(text, 0, len(text))
        meeting = Meeting(
            status="held",
            date=when,
            mode=rng.choice(("in_person", "phone", "video")),
            participants=people,
            countries=pick("country", rng.choice((1, 2))),
            organizations=pick("organization", rng.random() < 0.2),
            venue=(pick("place", 1) or [None])[0] if rng.random() < 0.5 else None,
            event=(pick("event", 1) or [None])[0] if rng.random() < 0.2 else None,
            frameworks=pick("framework", rng.random() < 0.3),
            topics=pick("topic", rng.choice((0, 1, 2))),
            evidence=[Statement("participant", p, ev) for p in people],
        )
        doc = Document(
            reader="bench",
            identifier=f"r{i}.txt",
            title=f"Release {i}",
            text=text,
            date=when,
            url=f"https://example.org/r/{i}",
        )
        out.append(Extraction(doc, [meeting], "kg.bench.v1"))
    return out


def build_store(path: Path, total_nodes: int) -> EmbeddedStore:
    store = EmbeddedStore(path)
    releases = [
        (str(release_iri(ex.document.key)), extraction_to_quads(ex))
        for ex in synthetic_extractions(total_nodes)
    ]
    store.write_releases(releases)
    return store


def first_draw(html: Path, runs: int) -> list[dict[str, float]]:
    """Per run: ms from navigation start to the first drawn frame, as the page measured it, and
    the wall-clock time from asking to navigate until the marker was seen."""
    from headless_chromium import Chromium, available

    reason = available()
    if reason:
        print(f"skipping the browser part: {reason}", file=sys.stderr)
        return []
    results = []
    for _ in range(runs):
        with Chromium() as browser:
            t0 = time.perf_counter()
            browser.open(html.resolve().as_uri())
            page_ms = float(
                browser.wait_for(
                    "document.documentElement && document.documentElement.getAttribute('data-kg-drawn')", 60
                )
            )
            wall = (time.perf_counter() - t0) * 1000
            errors = browser.console_errors()
            results.append(
                {"first_draw_ms": page_ms, "wall_ms": round(wall, 1), "console_errors": len(errors)}
            )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--json", type=Path, default=REPO / "benchmarks" / "results" / "viz.json")
    parser.add_argument(
        "--store", type=Path, help="time this store (left unchanged) instead of a synthetic one"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = EmbeddedStore(args.store) if args.store else build_store(Path(tmp) / "store", args.nodes)
        html = Path(tmp) / "graph.html"
        exports = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            graph = write_html_view(store, html, ViewOptions())
            exports.append((time.perf_counter() - t0) * 1000)
        draws = first_draw(html, args.runs)
        report = {
            "nodes": len(graph.nodes),
            "edges": len(graph.edges),
            "html_bytes": html.stat().st_size,
            "export_ms": [round(x, 1) for x in exports],
            "browser": draws,
        }
        store.close()
    rows = [
        ("nodes / edges", f"{report['nodes']} / {report['edges']}"),
        ("HTML size", f"{report['html_bytes'] / 1e6:.2f} MB"),
        ("export (median of runs)", f"{sorted(exports)[len(exports) // 2] / 1000:.2f} s"),
    ]
    if draws:
        med = sorted(d["first_draw_ms"] for d in draws)[len(draws) // 2]
        wall = sorted(d["wall_ms"] for d in draws)[len(draws) // 2]
        rows += [
            ("first draw, page clock (median)", f"{med / 1000:.2f} s"),
            ("first draw, wall clock (median)", f"{wall / 1000:.2f} s"),
            ("console errors", str(sum(d["console_errors"] for d in draws))),
        ]
    width = max(len(r[0]) for r in rows)
    for name, value in rows:
        print(f"{name:<{width}}  {value}")
    args.json.parent.mkdir(parents=True, exist_ok=True)
    args.json.write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    print(f"wrote {args.json}")


if __name__ == "__main__":
    main()
