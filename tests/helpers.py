"""Small builders of real model objects for tests (no mocks: these go through kg.rdf into a real store)."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

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
