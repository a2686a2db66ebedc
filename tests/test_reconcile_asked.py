"""A plan told only in a reporter's question ("And does tomorrow's call rule out that the two presidents
might also meet?") is no announcement: it counts as a meeting only as a part of another account, never
on its own (kg.reconcile.accounts)."""

from __future__ import annotations

from datetime import date

from kg.model import Document, Entity, Evidence, Extraction, Meeting, Statement
from kg.namespaces import release_iri
from kg.rdf import extraction_to_quads
from kg.reconcile import reconcile
from kg.store import EmbeddedStore, load_reference_data
from tests.helpers import country

CALL = "Tomorrow, President Biden will speak with President Putin by telephone."
ASKED = "Q And does tomorrow's call rule out that Presidents Putin and Biden might also meet in person?"
TEXT = f"{CALL} {ASKED}"
BIDEN = Entity("person", "joseph-r-biden-jr", "Joseph R. Biden, Jr.", props={"country": "US"})
PUTIN = Entity("person", "vladimir-putin", "Vladimir Putin", props={"country": "RU"})


def _meeting(mode: str, sentence: str) -> Meeting:
    start = TEXT.index(sentence)
    ev = Evidence(sentence, start, start + len(sentence))
    return Meeting(
        status="planned",
        date=date(2031, 3, 5),
        mode=mode,  # type: ignore[arg-type]
        participants=[BIDEN, PUTIN],
        countries=[country("US", "United States"), country("RU", "Russia")],
        evidence=[Statement("status", "planned", ev), Statement("date", "2031-03-05", ev)]
        + [Statement("participant", p, ev) for p in (BIDEN, PUTIN)],
    )


def _counted(tmp_path, meetings: list[Meeting]) -> int:
    doc = Document(
        reader="whitehouse",
        identifier="press-briefings/preview-call.md",
        title="Background Press Call Previewing the President's Call",
        text=TEXT,
        date=date(2031, 3, 4),
        url="https://example.org/preview-call",
        publisher="The White House",
    )
    ex = Extraction(document=doc, meetings=meetings, extractor="kg.test.v1", home="US")
    store = EmbeddedStore(tmp_path / "store")
    try:
        load_reference_data(store)
        store.write_releases([(str(release_iri(doc.key)), extraction_to_quads(ex))])
        return reconcile(store).meetings
    finally:
        store.close()


def test_a_plan_told_only_in_a_reporters_question_is_not_counted_on_its_own(tmp_path):
    assert _counted(tmp_path / "a", [_meeting("phone", CALL), _meeting("in_person", ASKED)]) == 1
    assert _counted(tmp_path / "b", [_meeting("in_person", ASKED)]) == 0
    assert _counted(tmp_path / "c", [_meeting("in_person", CALL)]) == 1  # said, not asked
