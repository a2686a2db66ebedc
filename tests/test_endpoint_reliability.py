"""Reliability of the endpoint (`kg serve`, a real process on loopback): writes without the token are
refused and change nothing; a runaway query times out and a huge answer is cut, while other
clients keep being answered; a `kg ingest` waits for (then gives up on) a store an updating
endpoint holds. The query engineer's tests/test_serve.py covers the protocol itself.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import threading
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from kg.ingest import ingest
from kg.store import EmbeddedStore
from tests.helpers import kg_command, serving
from tests.test_crash import write_releases

pytestmark = [pytest.mark.server, pytest.mark.system]

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"
RUNAWAY = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
TOKEN = "s3cret-token"


@pytest.fixture(scope="module")
def served_store(tmp_path_factory) -> Path:
    root = tmp_path_factory.mktemp("endpoint")
    write_releases(root / "in", 60, seed=4)
    store = EmbeddedStore(root / "s")
    assert ingest([root / "in"], store, workers=1).ok
    store.close()
    return root / "s"


def request(
    url: str,
    path: str,
    data: bytes | None = None,
    method: str | None = None,
    headers: dict[str, str] | None = None,
    timeout: float = 120,
) -> tuple[int, bytes]:
    req = urllib.request.Request(url + path, data=data, method=method, headers=headers or {})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read()
    except urllib.error.HTTPError as e:
        return e.code, e.read()


def select(url: str, query: str, timeout: float = 120) -> tuple[int, bytes]:
    return request(
        url,
        "/query",
        urllib.parse.urlencode({"query": query}).encode(),
        headers={
            "Accept": "application/sparql-results+json",
            "Content-Type": "application/x-www-form-urlencoded",
        },
        timeout=timeout,
    )


def count(url: str) -> int:
    status, body = select(url, COUNT)
    assert status == 200, body
    return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])


def update(url: str, text: str, token: str | None = None) -> int:
    headers = {"Content-Type": "application/sparql-update"}
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    return request(url, "/update", text.encode(), headers=headers)[0]


WRITES = ["DROP ALL", "CLEAR DEFAULT", 'INSERT DATA { <http://x/s> <http://x/p> "o" }']


def test_a_read_only_endpoint_refuses_every_write(served_store):
    with serving(served_store) as (url, _):
        before = count(url)
        for text in WRITES:
            assert update(url, text) == 403
            assert update(url, text, TOKEN) == 403
        for method in ("PUT", "POST", "DELETE"):
            status, _ = request(
                url,
                "/store?default",
                b"<http://x/s> <http://x/p> <http://x/o> .",
                method,
                {"Content-Type": "application/n-triples"},
            )
            assert status == 403, method
        assert count(url) == before


def test_updates_need_the_token(served_store, tmp_path):
    store = tmp_path / "s"
    shutil.copytree(served_store, store)
    with serving(store, "--allow-updates", "--token", TOKEN) as (url, _):
        before = count(url)
        for text in WRITES:
            assert update(url, text) == 401
            assert update(url, text, "wrong") == 401
            assert update(url, text, TOKEN + "x") == 401
        status, _ = request(url, "/store?default", None, "DELETE")
        assert status == 401
        assert count(url) == before
        # the right token does write: the checks above could have seen a change
        insert = 'INSERT DATA { GRAPH <http://x/g> { <http://x/s> <http://x/p> "o" } }'
        assert update(url, insert, TOKEN) in (200, 204)
        assert count(url) == before + 1


def test_a_runaway_query_times_out_while_other_clients_are_answered(served_store):
    with serving(served_store, "--timeout", "2") as (url, _):
        expected = count(url)
        runaway: list[int] = []
        thread = threading.Thread(target=lambda: runaway.append(select(url, RUNAWAY, timeout=120)[0]))
        thread.start()
        answers = [count(url) for _ in range(10)]  # while the runaway query runs
        thread.join(timeout=150)
        assert not thread.is_alive()
        assert runaway and runaway[0] >= 500, runaway  # an error, not an answer
        assert answers == [expected] * 10
        assert count(url) == expected  # and the endpoint still answers afterwards


def test_a_huge_answer_is_refused_and_the_endpoint_goes_on(served_store):
    with serving(served_store, "--max-bytes", "20000") as (url, _):
        status, body = select(url, "SELECT * WHERE { ?s ?p ?o }")
        assert status == 413, body[:200]
        status, _ = select(url, "SELECT * WHERE { ?s ?p ?o } LIMIT 5")
        assert status == 200
        status, _ = select(url, "SELECT * WHERE { ?s ?p ")  # malformed
        assert 400 <= status < 500
        assert count(url) > 0


def test_an_ingest_waits_for_an_updating_endpoint_then_gives_up(served_store, tmp_path):
    store = tmp_path / "s"
    shutil.copytree(served_store, store)
    write_releases(tmp_path / "more", 5, seed=99)
    with serving(store, "--allow-updates", "--token", TOKEN) as (url, _):
        before = count(url)
        proc = subprocess.run(
            kg_command(store, "ingest", "-q", str(tmp_path / "more")),
            capture_output=True,
            text=True,
            timeout=300,
            env={**os.environ, "KG_LOCK_TIMEOUT": "1"},
        )
        assert proc.returncode == 1
        assert "waiting for another kg process to finish writing to" in proc.stderr
        assert "another kg process is still writing to" in proc.stderr
        assert count(url) == before
