"""Shared fixtures: a small hand-made graph in a real on-disk store, and a real Oxigraph server.

`sample_store` is an EmbeddedStore in tmp_path holding the sample (nine releases built from
kg.model objects through kg.rdf); `any_store` is the same graph in the embedded store and in a
remote Oxigraph server (parametrized), so one suite checks both give identical answers.
`oxigraph_server` starts `oxigraph serve` on a free loopback port for the session.
"""

from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from kg.model import Document, Entity, Evidence, Extraction, Meeting, Statement
from kg.namespaces import release_iri
from kg.rdf import extraction_to_quads
from kg.reconcile import reconcile
from tests.helpers import country as _country
from tests.helpers import person as _person
from tests.helpers import stop_process

TOKAYEV = _person("Kassym-Jomart Tokayev", "KZ")
TEDROS = _person("Tedros Adhanom Ghebreyesus", "ET", ("Tedros",))
KLUGE = _person("Hans Kluge", "BE")
PUTIN = _person("Vladimir Putin", "RU")
XI = _person("Xi Jinping", "CN")
LUKASHENKO = _person("Alexander Lukashenko", "BY")
SCHALLENBERG = _person("Alexander Schallenberg", "AT")
ERDOGAN = _person("Recep Tayyip Erdoğan", "TR")
KZ, RU, CN, BY, AT, TR = (
    _country(*c)
    for c in (
        ("KZ", "Kazakhstan"),
        ("RU", "Russia"),
        ("CN", "China"),
        ("BY", "Belarus"),
        ("AT", "Austria"),
        ("TR", "Türkiye"),
    )
)
WHO = Entity("organization", "who", "World Health Organization", ["WHO"])
ASTANA = Entity("place", "astana", "Astana")
PHC = Entity("event", "astana-phc-2023", "Astana International Conference on Primary Health Care")
SCO_SUMMIT = Entity("event", "sco-summit-2024", "SCO Summit 2024")
SCO = Entity("framework", "sco", "Shanghai Cooperation Organisation", ["SCO"])
ALMA_ATA = Entity("framework", "alma-ata-declaration", "Alma-Ata Declaration")
HEALTH = Entity("topic", "health", "Health", props={"notation": "health"})
PHC_TOPIC = Entity(
    "topic",
    "primary_health_care",
    "Primary health care",
    props={"notation": "primary_health_care", "broader": "https://w3id.org/dmkg/id/topic/health"},
)
ECONOMIC = Entity("topic", "economic", "Economic", props={"notation": "economic"})


def _release(
    key: str, when: date, mode: str, people: list[Entity], countries: list[Entity], **kw
) -> Extraction:
    text = " and ".join(p.label for p in people) + f" held talks on {when.isoformat()}."
    doc = Document(
        reader="akorda",
        identifier=f"{key}.txt",
        title=f"Release {key}",
        text=text,
        date=when,
        url=f"https://example.org/news/{key}",
    )
    ev = Evidence(text, 0, len(text))
    meeting = Meeting(
        status=kw.pop("status", "held"),
        date=when,
        mode=mode,  # type: ignore[arg-type]
        participants=people,
        countries=countries,
        evidence=[Statement("participant", p, ev) for p in people],
        **kw,
    )
    return Extraction(document=doc, meetings=[meeting], extractor="kg.test.v1")


def sample_extractions() -> list[Extraction]:
    """Nine releases, one meeting each (see the module docstring of tests/conftest.py)."""
    return [
        _release(
            "tedros",
            date(2023, 10, 28),
            "in_person",
            [TOKAYEV, TEDROS],
            [KZ],
            organizations=[WHO],
            venue=ASTANA,
            event=PHC,
            topics=[PHC_TOPIC],
            frameworks=[ALMA_ATA],
        ),
        _release(
            "kluge",
            date(2023, 10, 27),
            "in_person",
            [TOKAYEV, KLUGE],
            [KZ],
            organizations=[WHO],
            venue=ASTANA,
            event=PHC,
            topics=[HEALTH],
        ),
        _release("putin-call", date(2024, 2, 10), "phone", [TOKAYEV, PUTIN], [KZ, RU], topics=[ECONOMIC]),
        _release("putin-xi", date(2024, 5, 16), "in_person", [PUTIN, XI], [RU, CN], topics=[ECONOMIC]),
        _release(
            "xi",
            date(2024, 7, 2),
            "in_person",
            [TOKAYEV, XI],
            [KZ, CN],
            venue=ASTANA,
            event=SCO_SUMMIT,
            frameworks=[SCO],
            topics=[ECONOMIC],
        ),
        _release(
            "putin-sco",
            date(2024, 7, 3),
            "in_person",
            [TOKAYEV, PUTIN],
            [KZ, RU],
            venue=ASTANA,
            event=SCO_SUMMIT,
            frameworks=[SCO],
        ),
        _release("lukashenko", date(2024, 1, 15), "phone", [PUTIN, LUKASHENKO], [RU, BY]),
        _release("schallenberg", date(2023, 3, 1), "video", [TOKAYEV, SCHALLENBERG], [KZ, AT]),
        _release("erdogan", date(2023, 11, 3), "in_person", [TOKAYEV, ERDOGAN], [KZ, TR]),
    ]


def sample_releases() -> list[tuple[str, list]]:
    return [(str(release_iri(ex.document.key)), extraction_to_quads(ex)) for ex in sample_extractions()]


@pytest.fixture
def sample_release_quads() -> list[tuple[str, list]]:
    """The sample releases as (graph IRI, quads) pairs, ready for Store.write_releases."""
    return sample_releases()


@pytest.fixture
def sample_extraction_list() -> list[Extraction]:
    """The sample releases as Extraction objects (fresh ones each time: tests may change them)."""
    return sample_extractions()


@pytest.fixture
def sample_store(tmp_path):
    """An embedded store on disk holding the sample releases."""
    from kg.store import EmbeddedStore

    store = EmbeddedStore(tmp_path / "store")
    store.write_releases(sample_releases())
    reconcile(store)  # as every ingest does: the counted meetings and the entity descriptions
    yield store
    close_quietly(store)


def close_quietly(store) -> None:
    """Close a store a test may already have closed (e.g. to let a CLI command open it)."""
    try:
        store.close()
    except (AttributeError, RuntimeError, OSError):
        pass


# --- a real Oxigraph server ------------------------------------------------------------------------


def oxigraph_binary() -> str | None:
    found = shutil.which("oxigraph")
    if found:
        return found
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else None


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_for_http(url: str, proc: subprocess.Popen | None = None, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if proc is not None and proc.poll() is not None:
            raise RuntimeError(
                f"server exited with {proc.returncode}: {proc.stderr.read() if proc.stderr else ''}"
            )
        try:
            urllib.request.urlopen(url, timeout=2).close()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


@pytest.fixture(scope="session")
def oxigraph_server(tmp_path_factory) -> Iterator[str]:
    """The base URL of a real `oxigraph serve` on a temporary store (one per test session)."""
    binary = oxigraph_binary()
    if binary is None:
        pytest.skip("the oxigraph server binary is not installed (pip install oxigraph)")
    port = free_port()
    location = tmp_path_factory.mktemp("oxigraph")
    proc = subprocess.Popen(
        [binary, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_for_http(url + "/query?query=ASK%7B%7D", proc)
        yield url
    finally:
        stop_process(proc, timeout=10)


@pytest.fixture
def remote_store(oxigraph_server):
    """A RemoteStore on the session's Oxigraph server, emptied first."""
    from kg.store.remote import RemoteStore

    store = RemoteStore(oxigraph_server)
    store.update("DROP SILENT ALL")
    return store


@pytest.fixture(params=["embedded", pytest.param("remote", marks=pytest.mark.server)])
def any_store(request, tmp_path):
    """The sample releases in an embedded store, then (second run) in a remote Oxigraph server."""
    if request.param == "embedded":
        from kg.store import EmbeddedStore

        store = EmbeddedStore(tmp_path / "any-store")
    else:
        store = request.getfixturevalue("remote_store")
    store.write_releases(sample_releases())
    reconcile(store)
    yield store
    close_quietly(store)


@pytest.hookimpl(tryfirst=True)  # before xdist's own hook reads the groups
def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Groups for pytest-xdist's `--dist loadgroup` (pyproject's addopts run the suite on the
    machine's cores): a file's tests run in one worker, so its module fixtures are built once, and
    every test of the whole-corpus store runs in the same worker, so that store is built once."""
    for item in items:
        corpus = "corpus_store" in getattr(item, "fixturenames", ())
        item.add_marker(pytest.mark.xdist_group("corpus" if corpus else item.nodeid.split("::")[0]))


SHARED_CORPUS = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"
CORPUS_FOLDERS = ("whitehouse", "kremlin", "ukraine", "akorda")


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory):
    """The whole of ../shared/corpus (White House, Kremlin, Ukraine, akorda) ingested once, as a user
    would with `kg ingest`, and the ingest report; skipped when the corpus is absent."""
    from kg.ingest import ingest
    from kg.store import EmbeddedStore

    folders = [SHARED_CORPUS / name for name in CORPUS_FOLDERS]
    if not all(f.is_dir() for f in folders):
        pytest.skip(f"the shared corpus is not at {SHARED_CORPUS}")
    store = EmbeddedStore(tmp_path_factory.mktemp("corpus") / "store")
    report = ingest([str(f) for f in folders], store)
    yield store, report
    close_quietly(store)
