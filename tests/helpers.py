"""Small builders of real model objects for tests (no mocks: these go through kg.rdf into a real store)."""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from typing import Any

from kg.model import Document, Entity, Evidence, Extraction, Meeting, Statement

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
DATA = REPO / "data"


def person(name: str, country: str | None = None, alt: tuple[str, ...] = ()) -> Entity:
    """A person keyed by full name; the surname (or the given aliases) as alternative labels."""
    props = {"country": country} if country else {}
    return Entity("person", name, name, list(alt) or [name.split()[-1]], props=props)


def country(iso: str, name: str) -> Entity:
    return Entity("country", iso, name, props={"iso": iso})


def make_extraction(
    key: str = "sample-1",
    text: str = "President A met President B in Astana today. They discussed trade.",
    participants: tuple[str, ...] = ("Alpha Person", "Beta Person"),
    when: date = date(2024, 3, 1),
) -> Extraction:
    doc = Document(reader="akorda", identifier=f"{key}.txt", title=f"Title {key}", text=text, date=when)
    people = [person(n) for n in participants]
    sentence_end = text.index(".") + 1
    ev = Evidence(text[:sentence_end], 0, sentence_end)
    meeting = Meeting(
        status="held",
        date=when,
        mode="in_person",
        participants=people,
        countries=[country("KZ", "Kazakhstan")],
        venue=Entity("place", "astana", "Astana"),
        topics=[Entity("topic", "economic", "Economic", props={"notation": "economic"})],
        evidence=[Statement("participant", p, ev) for p in people],
    )
    return Extraction(document=doc, meetings=[meeting], extractor="kg.test.v1")


def who_took_part(doc: Document) -> tuple[list[str], list[str]]:
    """The participants' labels and the countries' codes of the one meeting a release reports (not
    counting meetings it mentions in passing)."""
    from kg.extract import extract

    meetings = [m for m in extract(doc).meetings if not m.mentioned]
    assert len(meetings) == 1, meetings
    m = meetings[0]
    return [p.label for p in m.participants], [c.props.get("iso", c.key) for c in m.countries]


def stop_process(proc: subprocess.Popen, timeout: float = 15) -> None:
    """Terminate a server the test started, kill it if it does not stop, and close its pipe."""
    proc.terminate()
    try:
        proc.wait(timeout=timeout)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    if proc.stderr:
        proc.stderr.close()


def kg_command(store: Path, *args: str) -> list[str]:
    """The command line of `python -m kg --store STORE ARGS` with this interpreter."""
    return [sys.executable, "-m", "kg", "--store", str(store), *args]


@contextmanager
def serving(store: Path, *options: str) -> Iterator[tuple[str, subprocess.Popen]]:
    """Run `kg serve --port 0 OPTIONS` on `store`; yields the base URL and the process."""
    proc = subprocess.Popen(
        kg_command(store, "serve", "--port", "0", *options),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stderr is not None
        line = proc.stderr.readline()
        assert "SPARQL endpoint at" in line, line + (proc.stderr.read() if proc.poll() is not None else "")
        url = line.split("SPARQL endpoint at ", 1)[1].split("/query", 1)[0]
        threading.Thread(target=proc.stderr.read, daemon=True).start()  # keep the access log flowing
        yield url, proc
    finally:
        stop_process(proc, timeout=30)


def reconciled_store(path: Path, docs: list[Document]) -> Any:
    """An embedded store at `path` holding the reference data and `docs` as extracted, reconciled (as an
    ingest leaves it); the caller closes it."""
    from kg.extract import extract
    from kg.namespaces import release_iri
    from kg.rdf import extraction_to_quads
    from kg.reconcile import reconcile
    from kg.store import EmbeddedStore, load_reference_data

    store = EmbeddedStore(path)
    load_reference_data(store)
    store.write_releases([(str(release_iri(d.key)), extraction_to_quads(extract(d))) for d in docs])
    reconcile(store)
    return store


def counted_participant_labels(path: Path, docs: list[Document]) -> list[str]:
    """The labels of the people taking part in counted meetings (dmo:DistinctMeeting) once `docs` are
    ingested and reconciled into a store at `path`, sorted."""
    from kg.query import run_query

    store = reconciled_store(path, docs)
    try:
        rows = run_query(
            store,
            "SELECT DISTINCT ?l WHERE { ?m a dmo:DistinctMeeting ; dmo:participant ?p . ?p rdfs:label ?l }",
        ).records()
    finally:
        store.close()
    return sorted(r["l"] or "" for r in rows)


WHITE_HOUSE, UKRAINE = "The White House", "President of Ukraine (president.gov.ua)"
KREMLIN, AKORDA = "President of Russia (kremlin.ru)", "President of the Republic of Kazakhstan (akorda.kz)"
RELEASED = date(2022, 5, 11)  # a release date, where a test's does not matter


# a release of each government the readers know, as its reader gives it (reader, locator, address,
# publisher), with a title, text and release date
def wh_release(title: str, text: str, released: date = RELEASED) -> Document:
    """A White House release."""
    url = "https://www.whitehouse.gov/briefing-room/statements-releases/t/"
    return Document(
        "whitehouse", "whitehouse/statements-releases/t.md", title, text, released, url, WHITE_HOUSE
    )


def ua_release(title: str, text: str, released: date = RELEASED) -> Document:
    """A release of the Ukrainian presidency."""
    url = "https://www.president.gov.ua/en/news/t"
    return Document("ukraine-csv", "zelenskyy.csv#t", title, text, released, url, UKRAINE)


def kremlin_release(title: str, text: str, released: date = RELEASED) -> Document:
    """A release of the Kremlin."""
    return Document("kremlin-csv", "putin.csv#t", title, text, released, "http://kremlin.ru/t", KREMLIN)


def akorda_release(title: str, text: str, released: date = RELEASED) -> Document:
    """A release of the Kazakh presidency (Akorda)."""
    return Document("akorda", "akorda/t.txt", title, text, released, "https://www.akorda.kz/en/t", AKORDA)


def release(
    title: str,
    text: str,
    released: date = RELEASED,
    reader: str = "jsonl",
    publisher: str | None = None,
    url: str | None = None,
    location: str | None = None,
) -> Document:
    """A release of another reader (a news agency's, another government's, one the extractor knows no
    country of), with its publisher, address and dateline place when given."""
    return Document(reader, f"{reader}/t.jsonl#1", title, text, released, url, publisher, location)


def reported_meetings(doc: Document) -> list[Meeting]:
    """The meetings a release reports, not those it mentions in passing."""
    from kg.extract import extract

    return [m for m in extract(doc).meetings if not m.mentioned]


def main_meeting(doc: Document) -> Meeting:
    """The one meeting a release reports, every statement of it pointing to a sentence of the release."""
    reported = reported_meetings(doc)
    assert len(reported) == 1, reported
    m = reported[0]
    for st in m.evidence:
        assert st.evidence is not None and st.evidence.text in doc.text, st
    return m


def publisher_release(publisher: str, key: str, day: str | date, title: str, text: str) -> Document:
    """A release of the White House or the Ukrainian presidency (its reader by publisher), at
    https://example.org/KEY, released on `day` (a date or its ISO form)."""
    reader = "whitehouse" if publisher == WHITE_HOUSE else "ukraine-csv"
    return Document(
        reader,
        key,
        title,
        text,
        day if isinstance(day, date) else date.fromisoformat(day),
        url=f"https://example.org/{key}",
        publisher=publisher,
    )


def reported_together(path: Path, docs: list[Document]) -> list[list[str]]:
    """After ingesting `docs` into a store at `path` and reconciling: the keys (last part of the
    address) of the releases of each event reported by more than one, sorted."""
    from kg.reconcile import cross_reported_events

    store = reconciled_store(path / "s", docs)
    try:
        events = [
            sorted({a.url.rsplit("/", 1)[-1] for a in ev.accounts}) for ev in cross_reported_events(store)
        ]
    finally:
        store.close()
    return sorted(events)
