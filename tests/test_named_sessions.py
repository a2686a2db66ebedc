"""A meeting that is a session of a named standing format (a task force, dialogue, council of several
states) is at that format's meeting; the publisher's own
councils and organizations the reference data knows are no such format (kg.extract.online_editions).
Texts written here."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.online_editions import named_session
from kg.model import Document

DAY = date(2023, 7, 12)


def _held(title: str, text: str, skip: tuple[str, ...] = ()) -> list:
    doc = Document("whitehouse", "whitehouse/t.md", title, text, DAY, "https://www.whitehouse.gov/x")
    return [m for m in extract(doc, skip=set(skip)).meetings if m.status == "held" and not m.mentioned]


TITLE = "Joint Statement on the U.S.-Norway Energy Security Task Force Meeting"
TEXT = (
    "The U.S.-Norway Energy Security Task Force met for the third time on July 11, 2023, in Washington, "
    "convened by co-chairs Special Coordinator Ellis Varga and Norwegian Minister of Energy Tomas Hald. "
    "They discussed gas supplies for the coming winter and the deployment of renewable energy."
)


def test_a_task_force_meeting_is_its_event():
    held = _held(TITLE, TEXT)
    assert held
    m = held[0]
    assert m.event is not None and "Energy Security Task Force" in m.event.label
    assert any(st.field == "event" and "met for the third time" in st.evidence.text for st in m.evidence)
    # the step switched off: no event; the frameworks are the same either way
    off = _held(TITLE, TEXT, skip=("named session",))
    assert all(m.event is None for m in off)
    assert [f.key for f in off[0].frameworks] == [f.key for f in m.frameworks]


def test_the_formats_read_and_those_left_alone():
    assert named_session(["Readout of the Inaugural Meeting of the Freedonia Donor Coordination Platform"])
    assert named_session(["The Trilateral Economic Security Dialogue met for the first time today."])
    assert named_session(["Readout of the U.S.-Freedonia High-Level Economic Dialogue"])
    # the publisher's own council, a summit, a meeting with people (no format)
    assert named_session(["Readout of the Meeting of the National Security Council"]) is None
    assert named_session(["Remarks by President Biden at the Freedonia Leaders Summit"]) is None
    assert (
        named_session(["Readout of President Biden's Meeting with President Ana Ruiz of Freedonia"]) is None
    )
