"""`kg serve` as a real subprocess: SPARQL 1.1 Protocol clients (SPARQLWrapper, rdflib's
SPARQLStore, curl) get the right rows in each format; updates need --allow-updates and the token."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator

import pyoxigraph as ox
import pytest
from conftest import free_port, sample_releases, wait_for_http

from tests.helpers import stop_process

pytestmark = pytest.mark.server

WHO_MET = """PREFIX dmo: <https://w3id.org/dmkg/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?name WHERE {
  ?m dmo:participant <https://w3id.org/dmkg/id/person/kassym-jomart-tokayev>, ?p .
  ?p rdfs:label ?name .
  FILTER(?p != <https://w3id.org/dmkg/id/person/kassym-jomart-tokayev>)
} ORDER BY ?name"""
EXPECTED = [
    "Alexander Schallenberg",
    "Hans Kluge",
    "Recep Tayyip Erdoğan",
    "Tedros Adhanom Ghebreyesus",
    "Vladimir Putin",
    "Xi Jinping",
]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def _make_store(path) -> str:
    from kg.reconcile import reconcile
    from kg.store import EmbeddedStore

    store = EmbeddedStore(path)
    store.write_releases(sample_releases())
    reconcile(store)  # as every ingest does
    store.close()
    return str(path)


def _start(location: str, *options: str) -> tuple[subprocess.Popen, str]:
    port = free_port()
    proc = subprocess.Popen(
        [sys.executable, "-m", "kg", "--store", location, "serve", "--port", str(port), *options],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    url = f"http://127.0.0.1:{port}"
    wait_for_http(url + "/", proc)
    return proc, url


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> Iterator[str]:
    """`kg serve` (read-only, the default) on a store holding the sample releases."""
    proc, url = _start(_make_store(tmp_path_factory.mktemp("served") / "store"))
    yield url
    stop_process(proc)


@pytest.fixture
def writable(tmp_path) -> Iterator[str]:
    proc, url = _start(
        _make_store(tmp_path / "store"), "--allow-updates", "--token", "s3cret", "--max-bytes", "5000"
    )
    yield url
    stop_process(proc)


def _http(
    url: str, data: bytes | None = None, headers: dict[str, str] | None = None, method: str | None = None
) -> tuple[int, str, bytes]:
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=30) as resp:
            return resp.status, resp.headers.get("Content-Type", ""), resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers.get("Content-Type", ""), e.read()


def _count(url: str) -> int:
    _, _, body = _http(
        url + "/query?" + urllib.parse.urlencode({"query": COUNT}),
        headers={"Accept": "application/sparql-results+json"},
    )
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def test_sparqlwrapper_gets_the_rows(served):
    from SPARQLWrapper import JSON, SPARQLWrapper

    client = SPARQLWrapper(served + "/query")
    client.setQuery(WHO_MET)
    client.setReturnFormat(JSON)
    rows = client.query().convert()["results"]["bindings"]
    assert [r["name"]["value"] for r in rows] == EXPECTED


def test_rdflib_sparqlstore_gets_the_rows(served):
    from rdflib import Graph
    from rdflib.plugins.stores.sparqlstore import SPARQLStore

    graph = Graph(store=SPARQLStore(served + "/query", returnFormat="json"))
    assert [str(r[0]) for r in graph.query(WHO_MET)] == EXPECTED


def test_curl_gets_the_rows_as_csv(served):
    curl = shutil.which("curl")
    if curl is None:
        pytest.skip("curl is not installed")
    out = subprocess.run(
        [curl, "-sf", "-H", "Accept: text/csv", "--data-urlencode", f"query={WHO_MET}", served + "/query"],
        capture_output=True,
        check=True,
        timeout=30,
    )
    rows = list(csv.reader(io.StringIO(out.stdout.decode("utf-8"))))
    assert rows == [["name"]] + [[n] for n in EXPECTED]


@pytest.mark.parametrize(
    "accept, fmt",
    [
        ("application/sparql-results+json", ox.QueryResultsFormat.JSON),
        ("application/sparql-results+xml", ox.QueryResultsFormat.XML),
        ("text/csv", None),
        ("text/tab-separated-values", ox.QueryResultsFormat.TSV),
    ],
)
def test_content_negotiation_for_select(served, accept, fmt):
    status, ctype, body = _http(
        served + "/query",
        urllib.parse.urlencode({"query": WHO_MET}).encode(),
        {"Accept": accept, "Content-Type": "application/x-www-form-urlencoded"},
    )
    assert status == 200 and ctype.startswith(accept)
    if fmt is None:  # CSV is lossy: pyoxigraph does not parse it back
        assert list(csv.reader(io.StringIO(body.decode("utf-8")))) == [["name"]] + [[n] for n in EXPECTED]
    else:
        assert [s["name"].value for s in ox.parse_query_results(body, format=fmt)] == EXPECTED


def test_content_negotiation_for_construct_gives_turtle(served):
    query = (
        "PREFIX dmo: <https://w3id.org/dmkg/ontology#> CONSTRUCT { ?m dmo:mode dmo:Phone } "
        "WHERE { ?m a dmo:DistinctMeeting ; dmo:mode dmo:Phone }"
    )
    status, ctype, body = _http(
        served + "/query?" + urllib.parse.urlencode({"query": query}), headers={"Accept": "text/turtle"}
    )
    assert status == 200 and ctype.startswith("text/turtle")
    assert len(list(ox.parse(body, format=ox.RdfFormat.TURTLE))) == 2


def test_read_only_by_default(served):
    before = _count(served)
    status, _, _ = _http(served + "/update", b"DROP ALL", {"Content-Type": "application/sparql-update"})
    assert status == 403
    status, _, _ = _http(
        served + "/store?default",
        b"<http://a> <http://b> <http://c> .",
        {"Content-Type": "application/n-triples"},
        method="PUT",
    )
    assert status == 403
    assert _count(served) == before > 0


def test_the_query_page_is_offline(served):
    status, ctype, body = _http(served + "/")
    page = body.decode("utf-8")
    assert status == 200 and ctype.startswith("text/html") and "<textarea" in page
    assert 'src="http' not in page and 'href="http' not in page and "@import" not in page


def test_the_remote_store_reads_through_kg_serve(served):
    from kg.queries import ask
    from kg.store.remote import RemoteStore

    for store in (RemoteStore(served), RemoteStore(served + "/query")):
        assert ask(store, "who-met", {"person": "Tedros"}).column("name") == ["Kassym-Jomart Tokayev"]


def test_the_graph_store_gives_every_quad(served):
    from kg.store.remote import RemoteStore

    store = RemoteStore(served)
    assert len(list(store.quads())) == len(store) == _count(served) > 0


def test_updates_need_the_token(writable):
    before = _count(writable)
    update = b"DROP ALL"
    headers = {"Content-Type": "application/sparql-update"}
    assert _http(writable + "/update", update, headers)[0] == 401
    assert _http(writable + "/update", update, {**headers, "Authorization": "Bearer wrong"})[0] == 401
    assert _count(writable) == before
    insert = b"INSERT DATA { GRAPH <http://example.org/g> { <http://a> <http://b> <http://c> } }"
    assert _http(writable + "/update", insert, {**headers, "Authorization": "Bearer s3cret"})[0] in (200, 204)
    assert _count(writable) == before + 1


def test_answers_over_the_size_limit_are_refused(writable):
    status, _, body = _http(
        writable + "/query?" + urllib.parse.urlencode({"query": "SELECT * WHERE { ?s ?p ?o }"}),
        headers={"Accept": "application/sparql-results+json"},
    )
    assert status == 413 and b"LIMIT" in body


def test_updates_without_a_token_cannot_be_allowed(tmp_path):
    out = subprocess.run(
        [
            sys.executable,
            "-m",
            "kg",
            "--store",
            _make_store(tmp_path / "s"),
            "serve",
            "--port",
            str(free_port()),
            "--allow-updates",
        ],
        capture_output=True,
        text=True,
        timeout=60,
        env={k: v for k, v in os.environ.items() if k != "KG_TOKEN"},
    )
    assert out.returncode == 1 and "--token" in out.stderr
