"""Every sample release in data/ yields the meeting facts data/README.md lists for it, and every
extracted fact carries evidence whose offsets slice the text exactly (here and in the akorda-style
corpus of /work/shared)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.extract import extract
from kg.model import Document, DocumentError, Extraction, Meeting
from kg.readers import read_paths
from kg.reference.tables import fold

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "data"
AKORDA_STYLE = REPO.parent / "shared" / "corpus" / "akorda-style"

TOKAYEV, ERDOGAN, GUTERRES = "Kassym-Jomart Tokayev", "Recep Tayyip Erdoğan", "António Guterres"
MIRZIYOYEV, JAPAROV, TEDROS = "Shavkat Mirziyoyev", "Sadyr Japarov", "Tedros Adhanom Ghebreyesus"
MIDDLE = "Middle Corridor"

# identifier -> expected meetings: (status, date, mode, participants, countries, organizations,
# venue or None, event named or not, frameworks that must be found, topics (half must be found))
EXPECTED: dict[str, list[tuple]] = {
    "2023-05-29-tokayev-erdogan-call.txt": [
        (
            "held",
            "2023-05-29",
            "phone",
            {TOKAYEV, ERDOGAN},
            {"KZ", "TR"},
            set(),
            None,
            False,
            {"Organization of Turkic States", MIDDLE},
            {"economic", "energy", "transport"},
        ),
    ],
    "2023-09-19-tokayev-guterres-new-york.txt": [
        (
            "held",
            "2023-09-19",
            "in_person",
            {TOKAYEV, GUTERRES},
            {"KZ"},
            {"United Nations"},
            "New York",
            True,
            {"Sustainable Development Goals", "UN Charter"},
            {"environment", "natural_resource", "cbrn"},
        ),
    ],
    "2024-02-05-water-concept-decree.txt": [],
    "2024-05-17-tokayev-mirziyoyev-astana.txt": [
        (
            "held",
            "2024-05-17",
            "in_person",
            {TOKAYEV, MIRZIYOYEV},
            {"KZ", "UZ"},
            set(),
            "Astana",
            False,
            {"Shanghai Cooperation Organisation", MIDDLE},
            {"economic", "natural_resource", "transport"},
        ),
    ],
    "2024-07-04-erdogan-guterres-sco-astana.txt": [
        (
            "held",
            "2024-07-04",
            "in_person",
            {TOKAYEV, ERDOGAN},
            {"KZ", "TR"},
            set(),
            "Astana",
            True,
            {MIDDLE},
            {"economic", "energy", "transport"},
        ),
        (
            "held",
            "2024-07-04",
            "in_person",
            {TOKAYEV, GUTERRES},
            {"KZ"},
            {"United Nations"},
            "Astana",
            True,
            {"Sustainable Development Goals"},
            {"environment", "natural_resource"},
        ),
    ],
    "2025-02-14-tokayev-japarov-video.txt": [
        (
            "held",
            "2025-02-14",
            "video",
            {TOKAYEV, JAPAROV},
            {"KZ", "KG"},
            set(),
            None,
            False,
            {"Kambarata-1"},
            {"energy", "natural_resource"},
        ),
    ],
    "2025-05-29-tokayev-tedros-astana.txt": [
        (
            "held",
            "2025-05-29",
            "in_person",
            {TOKAYEV, TEDROS},
            {"KZ"},
            {"World Health Organization"},
            "Astana",
            True,
            {"Alma-Ata Declaration", "Astana Declaration", "WHO Pandemic Agreement"},
            {"health"},
        ),
    ],
    "2025-08-28-tokayev-china-visit-announcement.txt": [
        (
            "planned",
            "2025-08-31",
            "in_person",
            {TOKAYEV, "Xi Jinping"},
            {"KZ", "CN"},
            set(),
            "Tianjin",
            True,
            {"Shanghai Cooperation Organisation"},
            {"economic", "transport", "energy"},
        ),
    ],
    "2023-09-19-readout-biden-c5plus1-summit.md": [
        (
            "held",
            "2023-09-19",
            "in_person",
            {"Joseph R. Biden, Jr.", TOKAYEV, JAPAROV, "Emomali Rahmon", "Serdar Berdimuhamedov", MIRZIYOYEV},
            {"US", "KZ", "KG", "TJ", "TM", "UZ"},
            set(),
            "New York",
            True,
            {
                "C5+1",
                "C5+1 Critical Minerals Dialogue",
                "Partnership for Global Infrastructure and Investment",
                MIDDLE,
            },
            {"economic", "natural_resource", "environment", "terrorism", "transport"},
        ),
    ],
    "kremlin-sample.csv#http://en.kremlin.ru/events/president/news/75671": [
        (
            "held",
            "2024-11-27",
            "in_person",
            {"Vladimir Putin", TOKAYEV},
            {"RU", "KZ"},
            set(),
            "Astana",
            False,
            {"Eurasian Economic Union"},
            {"economic", "energy", "transport"},
        ),
    ],
    "kremlin-sample.csv#http://en.kremlin.ru/events/president/news/74602": [
        (
            "held",
            "2024-07-24",
            "phone",
            {"Vladimir Putin", MIRZIYOYEV},
            {"RU", "UZ"},
            set(),
            None,
            False,
            set(),
            {"economic", "energy"},
        ),
    ],
    "2024-09-12-mirziyoyev-japarov-tashkent.html": [
        (
            "held",
            "2024-09-12",
            "in_person",
            {MIRZIYOYEV, JAPAROV},
            {"UZ", "KG"},
            set(),
            "Tashkent",
            False,
            {"China–Kyrgyzstan–Uzbekistan railway", "Kambarata-1"},
            {"transport", "energy", "natural_resource"},
        ),
    ],
    "kazinform-sample.jsonl#1": [
        (
            "held",
            "2024-08-09",
            "in_person",
            {TOKAYEV, "Ilham Aliyev"},
            {"KZ", "AZ"},
            set(),
            "Astana",
            True,
            {MIDDLE},
            {"transport", "energy"},
        ),
    ],
    "kazinform-sample.jsonl#2": [
        (
            "held",
            "2025-03-12",
            "phone",
            {TOKAYEV, MIRZIYOYEV},
            {"KZ", "UZ"},
            set(),
            None,
            False,
            set(),
            {"natural_resource", "economic"},
        ),
    ],
}


def _documents(paths: list[Path]) -> list[Document]:
    return [d for d in read_paths(paths) if not isinstance(d, DocumentError)]


@pytest.fixture(scope="module")
def samples() -> dict[str, Extraction]:
    return {d.identifier: extract(d) for d in _documents([DATA])}


def _names(entities) -> set[str]:
    return {fold(n) for e in entities for n in (e.label, *e.alt_labels)}


def _has(found: set[str], name: str) -> bool:
    """A name is found when one of the labels of an extracted entity contains it (or vice versa)."""
    n = fold(name)
    return any(n == f or (len(f) > 3 and (n in f or f in n)) for f in found)


def test_every_sample_release_is_covered(samples):
    assert set(samples) == set(EXPECTED)


@pytest.mark.parametrize("identifier", sorted(EXPECTED))
def test_sample_release_gives_the_facts_of_the_readme(samples, identifier):
    meetings = samples[identifier].meetings
    expected = EXPECTED[identifier]
    assert len(meetings) == len(expected), [[p.label for p in m.participants] for m in meetings]
    for m, facts in zip(meetings, expected, strict=True):
        status, day, mode, people, isos, orgs, venue, event, fws, tops = facts
        assert (m.status, m.date, m.mode) == (status, date.fromisoformat(day), mode)
        assert len(m.participants) == len(people)
        assert [p for p in people if not _has(_names(m.participants), p)] == []
        assert {c.key for c in m.countries} == isos
        assert {o.label for o in m.organizations} == orgs
        assert (m.venue.label if m.venue else None) == venue
        assert (m.event is not None) == event
        found = _names(m.frameworks)
        assert [f for f in fws if not _has(found, f)] == []
        # topics are ranked by cue counts, a judgement call: half of the listed ones must be found
        assert len(tops & {t.key for t in m.topics}) * 2 >= len(tops), [t.key for t in m.topics]


def _check_evidence(doc: Document, m: Meeting) -> None:
    facts = (
        [("participant", p.key) for p in m.participants]
        + [("country", c.key) for c in m.countries]
        + [("organization", o.key) for o in m.organizations]
        + [("framework", f.key) for f in m.frameworks]
        + [("topic", t.key) for t in m.topics]
        + ([("venue", m.venue.key)] if m.venue is not None else [])
        + ([("event", m.event.key)] if m.event is not None else [])
        + [("status", m.status), ("date", m.date.isoformat() if m.date else None), ("mode", m.mode)]
    )
    evidenced = {}
    for st in m.evidence:
        key = st.value if isinstance(st.value, str) else st.value.key
        assert st.evidence is not None, (doc.identifier, st.field, key)
        ev = st.evidence
        assert doc.text[ev.start : ev.end] == ev.text and ev.text.strip(), (doc.identifier, st.field, key)
        evidenced[(st.field, key)] = ev
    assert [f for f in facts if f not in evidenced] == [], doc.identifier


def test_every_fact_of_the_samples_has_exact_evidence(samples):
    meetings = [(x.document, m) for x in samples.values() for m in x.meetings]
    assert len(meetings) == 14  # 13 held (two in one release) and 1 planned
    for doc, m in meetings:
        _check_evidence(doc, m)


def test_every_fact_of_the_akorda_style_corpus_has_exact_evidence():
    if not AKORDA_STYLE.is_dir():
        pytest.skip(f"shared corpus not available at {AKORDA_STYLE}")
    meetings = [(d, m) for d in _documents([AKORDA_STYLE]) for m in extract(d).meetings]
    assert meetings
    for doc, m in meetings:
        _check_evidence(doc, m)
