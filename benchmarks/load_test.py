"""Load test of the SPARQL endpoint (`kg serve`), not part of pytest.

Ingests the sample releases (data/) into a temporary store, starts `kg serve` on 127.0.0.1 (a
free port), then runs N concurrent clients (threads, urllib, loopback only) for a bounded time,
each issuing a random mix of the named questions of kg/queries/*.rq (parameters bound to
entities found in the store) and a few plain SELECTs. Then one client sends `--in-a-row` cheap
queries (`ASK { ?s ?p ?o }`) one after the other on a keep-alive connection (the old Oxigraph
child died after about 16,000 of them within one time-limit window), and the server must still
answer afterwards. Prints a table of throughput, errors and latency percentiles per question and
writes them as JSON; exits 1 on any error.

    .venv/bin/python benchmarks/load_test.py                    # 50 clients, 60 s, then 100,000 in a row
    .venv/bin/python benchmarks/load_test.py --clients 10 --seconds 10 --in-a-row 1000 --out /tmp/load.json
"""

from __future__ import annotations

import argparse
import http.client
import json
import random
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

import pyoxigraph as ox

REPO = Path(__file__).resolve().parents[1]
KIND_CLASS = {
    "person": "dmo:Person",
    "country": "dmo:Country",
    "organization": "dmo:Organization",
    "event": "dmo:Event",
    "framework": "dmo:Framework",
    "topic": "skos:Concept",
}
VALUE_SAMPLES = {
    "date": ["2023-01-01", "2024-06-30"],
    "int": ["2023", "2024"],
    "str": ["month", "year"],
    "float": ["1.0"],
    "bool": ["true"],
}
PLAIN = {
    "count-quads": "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    "meetings-by-date": "SELECT ?m ?d WHERE { ?m a dmo:Meeting ; dmo:date ?d } ORDER BY DESC(?d) LIMIT 20",
    "label-search": (
        'SELECT ?x ?l WHERE { ?x rdfs:label ?l FILTER(CONTAINS(LCASE(STR(?l)), "tokayev")) } LIMIT 10'
    ),
}


@dataclass
class Stats:
    latencies: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    errors: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    error_samples: list[str] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)


def build_mix(store_dir: Path) -> dict[str, list[str]]:
    """Query name -> SPARQL texts: each named question bound to entities that exist, plus PLAIN."""
    from kg.queries import questions
    from kg.query import bind_values, to_term, with_prefixes
    from kg.store import EmbeddedStore

    store = EmbeddedStore(store_dir, read_only=True)
    try:
        found = {}
        for kind, cls in KIND_CLASS.items():
            rows = store.query(with_prefixes(f"SELECT DISTINCT ?x WHERE {{ ?x a {cls} }} LIMIT 6"))
            found[kind] = [r["x"] for r in rows]
    finally:
        store.close()
    mix: dict[str, list[str]] = {name: [with_prefixes(q)] for name, q in PLAIN.items()}
    for q in questions().values():
        texts = []
        for variant in range(4):
            bound: dict[str, ox.NamedNode | ox.Literal] = {}
            for p in q.params:
                if p.kinds:
                    candidates = [iri for kind in p.kinds for iri in found.get(kind, [])]
                    if candidates:
                        bound[p.name] = candidates[variant % len(candidates)]
                elif p.type == "iri":  # an IRI with no entity kind (e.g. an event): leave it unbound
                    continue
                elif not p.optional or variant % 2:
                    samples = VALUE_SAMPLES.get(p.type, [p.default or "x"])
                    bound[p.name] = to_term(samples[variant % len(samples)], p.type)
            if all(p.name in bound or p.optional for p in q.params):
                texts.append(bind_values(with_prefixes(q.sparql), bound))
        if texts:
            mix[q.name] = texts
    return mix


def start_server(store_dir: Path, timeout: int) -> tuple[subprocess.Popen, str]:
    proc = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "kg",
            "--store",
            str(store_dir),
            "serve",
            "--port",
            "0",
            "--timeout",
            str(timeout),
            "--quiet",
        ],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    line = proc.stderr.readline()
    if "SPARQL endpoint at" not in line:
        proc.kill()
        raise SystemExit(f"kg serve did not start: {line}{proc.stderr.read()}")
    threading.Thread(target=lambda: [None for _ in proc.stderr], daemon=True).start()  # drain the access log
    return proc, line.split("SPARQL endpoint at ", 1)[1].split("/query", 1)[0]


def client(url: str, mix: dict[str, list[str]], deadline: float, stats: Stats, seed: int, cap: int) -> None:
    rng = random.Random(seed)
    names = list(mix)
    for _ in range(cap):
        if time.monotonic() >= deadline:
            return
        name = rng.choice(names)
        data = urllib.parse.urlencode({"query": rng.choice(mix[name])}).encode()
        req = urllib.request.Request(
            url + "/query",
            data=data,
            headers={
                "Accept": "application/sparql-results+json",
                "Content-Type": "application/x-www-form-urlencoded",
            },
        )
        start = time.perf_counter()
        error = None
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                json.loads(resp.read())
        except urllib.error.HTTPError as e:
            error = f"HTTP {e.code}: {e.read()[:200]!r}"
        except (OSError, ValueError) as e:
            error = f"{type(e).__name__}: {e}"
        elapsed = time.perf_counter() - start
        with stats.lock:
            stats.latencies[name].append(elapsed)
            if error:
                stats.errors[name] += 1
                if len(stats.error_samples) < 10:
                    stats.error_samples.append(f"{name}: {error}")


def in_a_row(url: str, count: int) -> dict:
    """`count` cheap queries from one client, one after the other (a keep-alive connection, opened
    again if the server closes it); then one more on a new connection: is the server still up?"""
    netloc = urllib.parse.urlsplit(url).netloc
    path = "/query?" + urllib.parse.urlencode({"query": "ASK { ?s ?p ?o }"})
    conn = http.client.HTTPConnection(netloc, timeout=30)
    errors, samples, latencies = 0, [], []
    start = time.monotonic()
    for _ in range(count):
        begin = time.perf_counter()
        try:
            conn.request("GET", path, headers={"Accept": "application/sparql-results+json"})
            resp = conn.getresponse()
            body = resp.read()
            ok = resp.status == 200 and json.loads(body)["boolean"] is True
            if resp.will_close:
                conn.close()
        except (OSError, ValueError, http.client.HTTPException) as e:
            ok, body = False, repr(e).encode()
            conn.close()
        latencies.append(time.perf_counter() - begin)
        if not ok:
            errors += 1
            if len(samples) < 10:
                samples.append(body[:200].decode("utf-8", "replace"))
    elapsed = time.monotonic() - start
    conn.close()
    try:
        with urllib.request.urlopen(url + path, timeout=30) as resp:
            still_up = resp.status == 200
    except OSError:
        still_up = False
    return {
        "queries": count,
        "errors": errors,
        "seconds": round(elapsed, 1),
        "throughput_rps": round(count / elapsed, 1) if elapsed else 0.0,
        "p50_ms": 1000 * statistics.median(latencies) if latencies else None,
        "p99_ms": 1000 * percentile(latencies, 99),
        "max_ms": 1000 * max(latencies) if latencies else None,
        "still_answering": still_up,
        "error_samples": samples,
    }


def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(q / 100 * len(ordered)) - 1))]


def summarize(stats: Stats, seconds: float, clients: int, releases: int, quads: int) -> dict:
    rows = {}
    everything: list[float] = []
    for name, lat in sorted(stats.latencies.items()):
        everything += lat
        rows[name] = {
            "requests": len(lat),
            "errors": stats.errors.get(name, 0),
            "p50_ms": 1000 * statistics.median(lat),
            "p99_ms": 1000 * percentile(lat, 99),
            "max_ms": 1000 * max(lat),
        }
    total = len(everything)
    return {
        "clients": clients,
        "seconds": round(seconds, 2),
        "releases": releases,
        "quads": quads,
        "requests": total,
        "errors": sum(stats.errors.values()),
        "throughput_rps": round(total / seconds, 1) if seconds else 0.0,
        "p50_ms": 1000 * statistics.median(everything) if everything else None,
        "p95_ms": 1000 * percentile(everything, 95),
        "p99_ms": 1000 * percentile(everything, 99),
        "max_ms": 1000 * max(everything) if everything else None,
        "by_query": rows,
        "error_samples": stats.error_samples,
    }


def print_table(result: dict) -> None:
    print(f"{'query':<24}{'requests':>10}{'errors':>8}{'p50 ms':>10}{'p99 ms':>10}{'max ms':>10}")
    for name, r in result["by_query"].items():
        print(
            f"{name:<24}{r['requests']:>10}{r['errors']:>8}{r['p50_ms']:>10.1f}{r['p99_ms']:>10.1f}"
            f"{r['max_ms']:>10.1f}"
        )
    print(
        f"{'ALL':<24}{result['requests']:>10}{result['errors']:>8}{result['p50_ms']:>10.1f}"
        f"{result['p99_ms']:>10.1f}{result['max_ms']:>10.1f}"
    )
    print(
        f"{result['clients']} clients, {result['seconds']} s, {result['throughput_rps']} requests/s, "
        f"{result['errors']} errors; store: {result['releases']} releases, {result['quads']} quads"
    )
    for sample in result["error_samples"]:
        print("  error:", sample)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--data", type=Path, default=REPO / "data", help="releases to ingest")
    parser.add_argument("--timeout", type=int, default=30, help="kg serve --timeout (seconds per query)")
    parser.add_argument("--cap", type=int, default=100_000, help="most requests per client")
    parser.add_argument(
        "--in-a-row",
        type=int,
        default=100_000,
        help="cheap queries from one client after the concurrent phase (0: none)",
    )
    parser.add_argument("--out", type=Path, default=REPO / "benchmarks" / "results" / "load.json")
    args = parser.parse_args(argv)

    from kg.ingest import ingest
    from kg.store import EmbeddedStore

    with tempfile.TemporaryDirectory() as tmp:
        store_dir = Path(tmp) / "store"
        store = EmbeddedStore(store_dir)
        report = ingest([args.data], store, workers=1)
        quads = len(store)
        store.close()
        print(report.summary())
        mix = build_mix(store_dir)
        print(f"query mix: {', '.join(f'{k} ({len(v)})' for k, v in mix.items())}")
        proc, url = start_server(store_dir, args.timeout)
        stats = Stats()
        try:
            start = time.monotonic()
            deadline = start + args.seconds
            threads = [
                threading.Thread(target=client, args=(url, mix, deadline, stats, i, args.cap))
                for i in range(args.clients)
            ]
            for t in threads:
                t.start()
            for t in threads:
                t.join(timeout=args.seconds + 120)
            elapsed = time.monotonic() - start
            row = in_a_row(url, args.in_a_row) if args.in_a_row else None
        finally:
            proc.terminate()
            try:
                proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                proc.kill()
    result = summarize(stats, elapsed, args.clients, report.ingested, quads)
    print_table(result)
    if row is not None:
        result["in_a_row"] = row
        print(
            f"one client, {row['queries']} cheap queries in a row: {row['errors']} errors, "
            f"{row['seconds']} s "
            f"({row['throughput_rps']}/s), p50 {row['p50_ms']:.2f} ms, p99 {row['p99_ms']:.2f} ms, "
            f"max {row['max_ms']:.1f} ms; still answering: {row['still_answering']}"
        )
        for sample in row["error_samples"]:
            print("  error:", sample)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"written to {args.out}")
    failed = result["errors"] or (row is not None and (row["errors"] or not row["still_answering"]))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
