"""The real akorda.kz release of 2023-10-28 (WHO leadership at the Astana primary health care conference)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.extract import extract
from kg.model import DocumentError
from kg.readers import read_paths

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
RELEASE = SHARED / "corpus" / "akorda" / "000_28b1885bf16bbd9d.txt"


@pytest.fixture(scope="module")
def extraction():
    if not RELEASE.exists():
        pytest.skip(f"shared corpus not available at {RELEASE}")
    docs = [d for d in read_paths([RELEASE]) if not isinstance(d, DocumentError)]
    assert len(docs) == 1
    return extract(docs[0])


def _labels(entities) -> set[str]:
    return {name for e in entities for name in (e.label, *e.alt_labels)}


def test_one_held_in_person_meeting_on_the_release_day(extraction):
    assert len(extraction.meetings) == 1
    m = extraction.meetings[0]
    assert (m.status, m.mode, m.date) == ("held", "in_person", date(2023, 10, 28))


def test_participants_organization_and_country(extraction):
    m = extraction.meetings[0]
    surnames = {p.label.split()[-1] for p in m.participants}
    assert {"Tokayev", "Ghebreyesus", "Kluge"} <= surnames and len(m.participants) == 3
    assert "WHO" in _labels(m.organizations)
    assert [c.key for c in m.countries] == ["KZ"]


def test_venue_and_event(extraction):
    m = extraction.meetings[0]
    assert m.venue is not None and "Astana" in _labels([m.venue])
    assert m.event is not None and "Astana International Conference on Primary Health Care" in _labels(
        [m.event]
    )


def test_frameworks_and_topic(extraction):
    m = extraction.meetings[0]
    names = _labels(m.frameworks)
    assert {"SCO", "Alma-Ata Declaration", "Astana Declaration", "CARM"} <= names
    assert any("2030 Agenda" in n or n in ("SDGs", "Sustainable Development Goals") for n in names)
    assert "WHO" not in names  # WHO takes part, so it is not a mere reference
    assert [t.key for t in m.topics][0] == "health"


def test_every_statement_points_at_its_sentence(extraction):
    doc = extraction.document
    evidence = [st.evidence for st in extraction.meetings[0].evidence if st.evidence is not None]
    assert evidence
    assert all(doc.text[ev.start : ev.end] == ev.text for ev in evidence)
