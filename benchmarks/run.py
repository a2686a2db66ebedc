"""All benchmarks in one command: ingest, re-ingest, scaling, queries (vs rdflib), analytics, viz.

    .venv/bin/python benchmarks/run.py [--quick] [--corpus ../shared/corpus] [--triples 1000000]

- ingest: the White House corpus plus the Kremlin and Ukraine CSVs into a fresh embedded store,
  through the real CLI (`python -m kg ingest`) in a subprocess: wall time, documents and MB per
  second, peak RSS of the whole process tree (main process + extraction workers, sampled by psutil);
- re-ingest of the same unchanged corpus (releases skipped by content hash);
- scaling: ingest time and peak RSS at 25%, 50% and 100% of the White House corpus (a folder of
  symbolic links in a temporary directory; nothing is copied);
- queries on a synthetic graph of about 1M triples (benchmarks/synthetic.py): every named question
  (kg.query.ask) and five analytic SPARQL queries, median and p95 latency; the analytic queries also
  on rdflib's in-memory engine (Dataset, default_union) over the same quads, as a ratio;
- analytics and viz: the co-participation network (kg.analytics.people_network) on that graph and
  a ~2,000-node HTML view (kg.viz.write_html_view) of a smaller synthetic store.

`--quick` runs the 25% ingest only and queries a 100k-triple graph. Prints a table and writes
benchmarks/results/latest.json (latest-quick.json with --quick) with the machine's cores, memory
and load. These are benchmarks, not tests: nothing asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

import psutil

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

import pyoxigraph as ox  # noqa: E402

from benchmarks.synthetic import synthetic_extractions, synthetic_graph  # noqa: E402

PREFIXES = """PREFIX dmo: <https://w3id.org/dmkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX schema: <https://schema.org/>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
"""
# Written as the project writes its questions (docs/queries.md): a meeting's facts are joined
# inside the release graph that reports it (GRAPH ?g), which every engine can index; the same
# text runs on rdflib. (Over oxigraph's union default graph, paths and OPTIONALs are much slower:
# see docs/performance.md.)
ANALYTIC = {
    # aggregation: meetings per country and year
    "aggregate-country-year": """
SELECT ?country ?year (COUNT(DISTINCT ?m) AS ?n) WHERE {
  GRAPH ?g { ?m a dmo:Meeting ; dmo:country ?c ; dmo:date ?d . ?c dmo:isoCode ?country . }
  BIND(YEAR(?d) AS ?year)
} GROUP BY ?country ?year ORDER BY DESC(?n) ?country ?year LIMIT 50""",
    # 2-hop join: people who met someone who met the busiest person
    "two-hop-counterparts": """
SELECT ?other (COUNT(DISTINCT ?m2) AS ?n) WHERE {
  GRAPH ?g1 { ?m1 dmo:participant <%(person)s>, ?mid . }
  FILTER(?mid != <%(person)s>)
  GRAPH ?g2 { ?m2 dmo:participant ?mid, ?other . }
  FILTER(?other != ?mid && ?other != <%(person)s>)
} GROUP BY ?other ORDER BY DESC(?n) ?other LIMIT 50""",
    # date filter: phone and video calls in one year, by month
    "date-filter-calls-2023": """
SELECT ?month (COUNT(DISTINCT ?m) AS ?n) WHERE {
  GRAPH ?g { ?m a dmo:Meeting ; dmo:date ?d ; dmo:mode ?mode . }
  FILTER(?d >= "2023-01-01"^^xsd:date && ?d <= "2023-12-31"^^xsd:date && ?mode != dmo:InPerson)
  BIND(MONTH(?d) AS ?month)
} GROUP BY ?month ORDER BY ?month""",
    # property paths: countries whose nationals met nationals of the busiest country
    "path-nationality": """
SELECT ?partner (COUNT(DISTINCT ?m) AS ?n) WHERE {
  GRAPH ?g {
    ?m dmo:participant/schema:nationality <%(country)s> ;
       dmo:participant/schema:nationality ?partner .
  }
  FILTER(?partner != <%(country)s>)
} GROUP BY ?partner ORDER BY DESC(?n) ?partner LIMIT 50""",
    # OPTIONAL + GROUP BY: per person, meetings, venues and events (when known)
    "optional-groupby-people": """
SELECT ?p (SAMPLE(?label) AS ?name) (COUNT(DISTINCT ?m) AS ?meetings) (COUNT(DISTINCT ?venue) AS ?venues)
       (COUNT(DISTINCT ?event) AS ?events) WHERE {
  GRAPH ?g {
    ?m dmo:participant ?p .
    OPTIONAL { ?p rdfs:label ?label }
    OPTIONAL { ?m dmo:venue ?venue }
    OPTIONAL { ?m dmo:sidelinesOf ?event }
  }
} GROUP BY ?p ORDER BY DESC(?meetings) ?p LIMIT 100""",
}
TARGETS = {
    "ingest_s": 30.0,
    "ingest_rss_mb": 1024.0,
    "reingest_s": 3.0,
    "question_median_ms": 50.0,
    "speedup": 10.0,
}


# --- helpers ------------------------------------------------------------------------------------


class TreeSampler:
    """Samples the summed RSS of a process and its children (every 50 ms) while it runs."""

    def __init__(self, pid: int) -> None:
        self.proc = psutil.Process(pid)
        self.peak = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                procs = [self.proc, *self.proc.children(recursive=True)]
                total = 0
                for p in procs:
                    try:
                        total += p.memory_info().rss
                    except psutil.Error:
                        pass
                self.peak = max(self.peak, total)
            except psutil.Error:
                return
            time.sleep(0.05)

    def stop(self) -> int:
        self._stop.set()
        self._thread.join()
        return self.peak


def run_ingest(store: Path, paths: list[Path]) -> dict:
    """One `kg ingest` in a subprocess: wall seconds, peak tree RSS, and its summary line."""
    cmd = [
        sys.executable,
        "-m",
        "kg",
        "--store",
        str(store),
        "ingest",
        "-q",
        "--follow-symlinks",
        *map(str, paths),
    ]
    t0 = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=REPO)
    sampler = TreeSampler(proc.pid)
    out, err = proc.communicate()
    wall = time.perf_counter() - t0
    peak = sampler.stop()
    summary = next((line for line in out.splitlines() if "documents read" in line), out.strip()[-300:])
    m = re.search(r"(\d+) documents read: (\d+) ingested, (\d+) unchanged, (\d+) failed", summary)
    read, ingested, unchanged, failed = (int(x) for x in m.groups()) if m else (0, 0, 0, 0)
    quads = re.search(r"\((\d+) in the store\)", summary)
    return {
        "wall_s": round(wall, 2),
        "peak_rss_mb": round(peak / 2**20, 1),
        "documents": read,
        "ingested": ingested,
        "unchanged": unchanged,
        "failed": failed,
        "quads": int(quads.group(1)) if quads else None,
        "exit": proc.returncode,
        "summary": summary,
        "stderr_tail": err.strip().splitlines()[-3:] if proc.returncode not in (0, 1) else [],
    }


def corpus_size(paths: list[Path]) -> int:
    total = 0
    for p in paths:
        if p.is_file():
            total += p.stat().st_size
        else:
            total += sum(f.stat().st_size for f in p.rglob("*") if f.is_file())
    return total


def subset(folder: Path, share: float, dest: Path) -> Path:
    """Every n-th file of `folder` (same relative paths) as symbolic links under `dest`."""
    files = sorted(f for f in folder.rglob("*") if f.is_file() and not f.name.startswith(("LICENSE", ".")))
    step = round(1 / share)
    for f in files[::step]:
        link = dest / f.relative_to(folder)
        link.parent.mkdir(parents=True, exist_ok=True)
        link.symlink_to(f)
    return dest


def timed(fn, runs: int, budget_s: float = 120.0) -> dict:
    """Median, p95 and max in ms over `runs` calls (fewer when they exceed the budget); rows of the last."""
    times, rows = [], None
    start = time.perf_counter()
    for _ in range(runs):
        t = time.perf_counter()
        rows = fn()
        times.append((time.perf_counter() - t) * 1000)
        if time.perf_counter() - start > budget_s:
            break
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return {
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(p95, 2),
        "max_ms": round(times[-1], 2),
        "runs": len(times),
        "rows": rows,
    }


def load_avg() -> list[float]:
    return [round(x, 2) for x in os.getloadavg()]


# --- the benchmarks -----------------------------------------------------------------------------


def bench_ingest(corpus: Path, work: Path, quick: bool) -> dict:
    wh = corpus / "whitehouse"
    csvs = [corpus / "kremlin" / "putin.csv", corpus / "ukraine" / "zelenskyy.csv"]
    out: dict = {}
    if not quick:
        paths = [wh, *csvs]
        size = corpus_size(paths)
        first = run_ingest(work / "full", paths)
        first["mb"] = round(size / 2**20, 1)
        first["docs_per_s"] = round(first["documents"] / first["wall_s"], 1)
        first["mb_per_s"] = round(size / 2**20 / first["wall_s"], 2)
        out["ingest"] = first
        print(f"  ingest: {first['summary']}", flush=True)
        again = run_ingest(work / "full", paths)
        out["reingest"] = again
        print(f"  re-ingest: {again['summary']}", flush=True)
    scaling = {}
    for share in (0.25,) if quick else (0.25, 0.5, 1.0):
        folder = wh if share == 1.0 else subset(wh, share, work / f"wh-{int(share * 100)}" / "whitehouse")
        r = run_ingest(work / f"scale-{int(share * 100)}", [folder])
        r["mb"] = (
            round(corpus_size([folder]) / 2**20, 1) if share < 1 else round(corpus_size([wh]) / 2**20, 1)
        )
        scaling[f"{int(share * 100)}%"] = r
        print(f"  {int(share * 100)}%: {r['summary']}; peak RSS {r['peak_rss_mb']} MB", flush=True)
    out["scaling"] = scaling
    return out


def _pick(store, sparql: str) -> str:
    rows = list(store.query(PREFIXES + sparql))
    return rows[0][0].value if rows else ""


def rdflib_timed(ds, sparql: str, runs: int, timeout_s: float) -> dict:
    """`timed` for rdflib, each run in a forked child (sharing the loaded Dataset) that is killed
    after `timeout_s`: then the timeout is reported as a lower bound of the latency."""
    import multiprocessing as mp

    ctx = mp.get_context("fork")
    times: list[float] = []
    values = None
    for _ in range(runs):
        parent, child = ctx.Pipe(duplex=False)

        def work(conn=child) -> None:
            t = time.perf_counter()
            rows = [tuple(str(x) if x is not None else None for x in row) for row in ds.query(sparql)]
            conn.send(((time.perf_counter() - t) * 1000, rows))

        proc = ctx.Process(target=work)
        proc.start()
        if parent.poll(timeout_s):
            ms, values = parent.recv()
            times.append(ms)
            proc.join()
            if sum(times) > 120_000:  # slow enough: fewer runs
                break
        else:
            proc.kill()
            proc.join()
            return {
                "median_ms": round(timeout_s * 1000, 2),
                "p95_ms": None,
                "max_ms": None,
                "runs": 0,
                "rows": None,
                "timed_out": True,
            }
    times.sort()
    p95 = times[min(len(times) - 1, int(round(0.95 * (len(times) - 1))))]
    return {
        "median_ms": round(statistics.median(times), 2),
        "p95_ms": round(p95, 2),
        "max_ms": round(times[-1], 2),
        "runs": len(times),
        "rows": len(values or []),
        "values": values,
    }


def bench_queries(work: Path, triples: int, runs: int, rdflib_timeout: float = 300.0) -> dict:
    from kg.queries import ask, questions
    from kg.store import EmbeddedStore, load_reference_data

    t = time.perf_counter()
    releases = synthetic_graph(triples)
    gen_s = time.perf_counter() - t
    store = EmbeddedStore(work / "synthetic")
    t = time.perf_counter()
    load_reference_data(store)  # as `kg ingest` does: the ontology and reference graphs
    for i in range(0, len(releases), 2000):
        store.write_nquads(releases[i : i + 2000])
    store.compact()  # as `kg ingest` does after a large load
    load_s = time.perf_counter() - t
    n_quads = len(store)
    print(
        f"  synthetic graph: {len(releases)} releases, {n_quads} quads "
        f"(generated in {gen_s:.1f} s, loaded in {load_s:.1f} s)",
        flush=True,
    )

    top = "SELECT ?p (COUNT(?m) AS ?n) WHERE { ?m dmo:participant ?p } GROUP BY ?p ORDER BY DESC(?n) LIMIT 1"
    person = _pick(store, top)
    other = _pick(
        store,
        f"SELECT ?o (COUNT(?m) AS ?n) WHERE {{ ?m dmo:participant <{person}>, ?o . "
        f"FILTER(?o != <{person}>) }} GROUP BY ?o ORDER BY DESC(?n) LIMIT 1",
    )
    country = _pick(
        store,
        "SELECT ?c (COUNT(?m) AS ?n) WHERE { ?m dmo:participant/schema:nationality ?c } "
        "GROUP BY ?c ORDER BY DESC(?n) LIMIT 1",
    )
    params = {
        "person": person,
        "a": person,
        "b": other,
        "country": country,
        "topic": _pick(
            store,
            "SELECT ?t (COUNT(?m) AS ?n) WHERE { ?m dmo:topic ?t } GROUP BY ?t ORDER BY DESC(?n) LIMIT 1",
        ),
        "framework": _pick(
            store,
            "SELECT ?f (COUNT(?m) AS ?n) WHERE { ?m dmo:references ?f } GROUP BY ?f "
            "ORDER BY DESC(?n) LIMIT 1",
        ),
        "event": _pick(
            store,
            "SELECT ?e (COUNT(?m) AS ?n) WHERE { ?m dmo:sidelinesOf ?e } GROUP BY ?e "
            "ORDER BY DESC(?n) LIMIT 1",
        ),
    }
    named: dict = {}
    for name, q in questions().items():
        values = {p.name: params[p.name] for p in q.params if p.name in params}
        missing = [p.name for p in q.params if not p.optional and p.name not in values]
        if missing:
            named[name] = {"skipped": f"no value for {', '.join(missing)}"}
            continue
        try:
            ask(store, name, values)  # warm-up (and label resolution caches)
            r = timed(lambda n=name, v=values: len(ask(store, n, v)), runs)
        except Exception as e:  # a broken question is reported, the run goes on
            named[name] = {"error": f"{type(e).__name__}: {e}"}
            continue
        named[name] = r
        print(
            f"  ask {name}: median {r['median_ms']} ms, p95 {r['p95_ms']} ms ({r['rows']} rows)", flush=True
        )

    analytic: dict = {}
    texts = {k: PREFIXES + v % {"person": person, "country": country} for k, v in ANALYTIC.items()}
    ox_rows: dict[str, list] = {}
    for name, sparql in texts.items():
        ox_rows[name] = [
            tuple(t.value if t is not None else None for t in row) for row in store.query(sparql)
        ]
        r = timed(lambda s=sparql: len(list(store.query(s))), runs)
        analytic[name] = {"oxigraph": r}
        print(f"  {name}: oxigraph median {r['median_ms']} ms ({r['rows']} rows)", flush=True)

    # the same quads and queries on rdflib's in-memory engine
    import rdflib

    t = time.perf_counter()
    ds = rdflib.Dataset(default_union=True)
    ds.parse(data=store.dump(None, "nquads"), format="nquads")  # exactly the quads oxigraph holds
    rdflib_load = time.perf_counter() - t
    rss = psutil.Process().memory_info().rss
    print(f"  rdflib: {len(ds)} triples in the union, loaded in {rdflib_load:.1f} s", flush=True)
    for name, sparql in texts.items():
        r = rdflib_timed(ds, sparql, max(1, runs // 10), rdflib_timeout)
        ox_ms = analytic[name]["oxigraph"]["median_ms"]
        analytic[name]["rdflib"] = r
        analytic[name]["speedup"] = round(r["median_ms"] / max(ox_ms, 0.01), 1)
        if r.get("timed_out"):
            analytic[name]["speedup_is_lower_bound"] = True
        same = r.get("values") == ox_rows[name] if not r.get("timed_out") else None
        r.pop("values", None)
        analytic[name]["same_results"] = same
        print(
            f"  {name}: rdflib median {r['median_ms']} ms -> {'>= ' if r.get('timed_out') else ''}"
            f"{analytic[name]['speedup']}x{' (RESULTS DIFFER)' if same is False else ''}",
            flush=True,
        )
    del ds

    from kg import analytics

    net = timed(lambda: analytics.people_network(store).number_of_nodes(), 3)
    print(f"  people_network: median {net['median_ms']} ms ({net['rows']} nodes)", flush=True)
    store.close()
    return {
        "graph": {
            "releases": len(releases),
            "quads": n_quads,
            "generate_s": round(gen_s, 2),
            "load_s": round(load_s, 2),
            "rdflib_load_s": round(rdflib_load, 2),
            "rss_with_rdflib_mb": round(rss / 2**20),
        },
        "params": params,
        "named": named,
        "analytic": analytic,
        "people_network": net,
    }


def bench_viz(work: Path, nodes: int = 2000) -> dict:
    from kg.namespaces import release_iri
    from kg.rdf import extraction_to_quads
    from kg.store import EmbeddedStore
    from kg.viz import write_html_view

    store = EmbeddedStore(work / "viz")
    seen: set[str] = set()
    batch = []
    for ex in synthetic_extractions(meeting_share=1.0, seed=3):
        for m in ex.meetings:
            seen.add(f"{ex.document.key}#{id(m)}")
            for e in (
                *m.participants,
                *m.countries,
                *m.organizations,
                *m.frameworks,
                *m.topics,
                *(x for x in (m.venue, m.event) if x),
            ):
                seen.add(f"{e.kind}/{e.key}")
        batch.append((str(release_iri(ex.document.key)), extraction_to_quads(ex)))
        if len(seen) >= nodes:
            break
    store.write_releases(batch)
    out = work / "view.html"
    r = timed(lambda: len(write_html_view(store, out).nodes), 3)
    store.close()
    r["html_kb"] = round(out.stat().st_size / 1024)
    print(f"  viz: {r['rows']} nodes, median {r['median_ms']} ms, {r['html_kb']} KB", flush=True)
    return r


# --- report -------------------------------------------------------------------------------------


def table(res: dict) -> str:
    rows: list[tuple[str, str, str]] = []
    ing = res.get("ingest", {})
    if "ingest" in ing:
        i = ing["ingest"]
        rows.append(
            (
                "ingest White House + 2 CSVs (wall)",
                f"{i['wall_s']} s ({i['documents']} docs, {i['docs_per_s']} docs/s, {i['mb_per_s']} MB/s)",
                f"<= {TARGETS['ingest_s']:g} s",
            )
        )
        rows.append(
            ("  peak RSS (process tree)", f"{i['peak_rss_mb']} MB", f"<= {TARGETS['ingest_rss_mb']:g} MB")
        )
        rows.append(
            (
                "re-ingest unchanged (wall)",
                f"{ing['reingest']['wall_s']} s",
                f"<= {TARGETS['reingest_s']:g} s",
            )
        )
    for share, r in ing.get("scaling", {}).items():
        rows.append(
            (
                f"White House {share}: wall / peak RSS",
                f"{r['wall_s']} s / {r['peak_rss_mb']} MB ({r['documents']} docs)",
                "linear",
            )
        )
    q = res.get("queries")
    if q:
        rows.append(
            ("synthetic graph", f"{q['graph']['quads']} quads, {q['graph']['releases']} releases", "")
        )
        for name, r in q["named"].items():
            if "median_ms" in r:
                rows.append(
                    (
                        f"ask {name}",
                        f"{r['median_ms']} ms (p95 {r['p95_ms']})",
                        f"<= {TARGETS['question_median_ms']:g} ms",
                    )
                )
            else:
                rows.append((f"ask {name}", r.get("error") or r.get("skipped", ""), ""))
        for name, r in q["analytic"].items():
            bound = ">" if r.get("speedup_is_lower_bound") else ""
            rows.append(
                (
                    f"{name}",
                    f"{r['oxigraph']['median_ms']} ms (p95 {r['oxigraph']['p95_ms']}); rdflib "
                    f"{bound}{r['rdflib']['median_ms']} ms = {bound}{r['speedup']}x",
                    f">= {TARGETS['speedup']:g}x",
                )
            )
        n = q["people_network"]
        rows.append(("analytics people_network", f"{n['median_ms']} ms ({n['rows']} nodes)", ""))
    v = res.get("viz")
    if v:
        rows.append(("viz HTML view", f"{v['median_ms']} ms ({v['rows']} nodes, {v['html_kb']} KB)", ""))
    w = [max(len(r[i]) for r in rows) for i in range(3)]
    lines = [
        f"| {'benchmark':<{w[0]}} | {'result':<{w[1]}} | {'target':<{w[2]}} |",
        f"|{'-' * (w[0] + 2)}|{'-' * (w[1] + 2)}|{'-' * (w[2] + 2)}|",
    ]
    lines += [f"| {a:<{w[0]}} | {b:<{w[1]}} | {c:<{w[2]}} |" for a, b, c in rows]
    return "\n".join(lines)


def machine() -> dict:
    import rdflib

    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        commit = ""
    return {
        "cores": os.cpu_count(),
        "memory_gb": round(psutil.virtual_memory().total / 2**30, 1),
        "cpu": platform.processor() or platform.machine(),
        "python": platform.python_version(),
        "pyoxigraph": ox.__version__,
        "rdflib": rdflib.__version__,
        "commit": commit,
        "load_avg_start": load_avg(),
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description="Run all benchmarks; print a table and write JSON.")
    ap.add_argument("--quick", action="store_true", help="25%% ingest only, 100k-triple query graph")
    ap.add_argument("--corpus", type=Path, default=REPO.parent / "shared" / "corpus")
    ap.add_argument(
        "--triples", type=int, default=None, help="size of the query graph (default 1M, 100k quick)"
    )
    ap.add_argument("--runs", type=int, default=None, help="runs per query (default 30, 10 quick)")
    ap.add_argument("--skip", action="append", default=[], choices=["ingest", "queries", "viz"])
    ap.add_argument("--json", type=Path, default=None, help="output (default benchmarks/results/latest.json)")
    args = ap.parse_args(argv)
    triples = args.triples or (100_000 if args.quick else 1_000_000)
    runs = args.runs or (10 if args.quick else 30)
    res: dict = {
        "when": datetime.now(UTC).isoformat(timespec="seconds"),
        "quick": args.quick,
        "machine": machine(),
    }
    with tempfile.TemporaryDirectory(prefix="kg-bench-") as tmp:
        work = Path(tmp)
        if "ingest" not in args.skip:
            if not (args.corpus / "whitehouse").is_dir():
                print(f"no corpus at {args.corpus}: ingest benchmarks skipped", file=sys.stderr)
            else:
                print("ingest:", flush=True)
                res["ingest"] = bench_ingest(args.corpus.resolve(), work, args.quick)
        if "queries" not in args.skip:
            print(f"queries ({triples} triples):", flush=True)
            res["queries"] = bench_queries(work, triples, runs, 60.0 if args.quick else 300.0)
        if "viz" not in args.skip:
            print("viz:", flush=True)
            res["viz"] = bench_viz(work)
    res["machine"]["load_avg_end"] = load_avg()
    print()
    print(table(res))
    out = args.json or REPO / "benchmarks" / "results" / (
        "latest-quick.json" if args.quick else "latest.json"
    )
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(res, indent=1) + "\n", encoding="utf-8")
    print(f"\nwritten {out.relative_to(REPO) if out.is_relative_to(REPO) else out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
