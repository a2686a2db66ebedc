"""The pipeline as named steps (kg/extract/pipeline.py): each can be switched off or replaced by name."""

from __future__ import annotations

from pathlib import Path

import pytest

from kg.extract import extract
from kg.extract.pipeline import FINDERS, LEARNED, STEPS
from kg.readers import read_paths

SAMPLE = Path(__file__).resolve().parents[1] / "data" / "2025-05-29-tokayev-tedros-astana.txt"


def _doc():
    return next(iter(read_paths([SAMPLE])))


def test_the_steps_are_registered_by_name_in_order():
    assert list(STEPS) == [
        "status",
        "date",
        "mode",
        "learned mode",
        "preview",
        "group leaders",
        "host offices",
        "briefing offices",
        "participants",
        "briefers",
        "present with",
        "countries and organizations",
        "home namesakes",
        "chaired bodies",
        "organization offices",
        "listed sides",
        "venue and event",
        "body event",
        "online event",
        "summit address",
        "principal at the event",
        "planned principal",
        "frameworks",
        "learned frameworks",
        "summit editions",
        "named session",
        "topics",
        "learned topics",
        "evidence",
    ]
    assert all(step.__doc__ for step in STEPS.values())
    assert FINDERS == ("several", "mentioned", "summit", "round", "group call", "learned detection")
    assert set(LEARNED) <= set(STEPS) | set(FINDERS)


def test_a_step_switched_off_leaves_the_other_findings_as_they_were():
    whole = extract(_doc()).meetings[0]
    assert whole.topics
    without = extract(_doc(), skip={"topics", "learned topics"}).meetings[0]
    assert without.topics == [] and not any(st.field == "topic" for st in without.evidence)
    assert without.participants == whole.participants and without.venue == whole.venue


def test_every_statement_has_its_sentence_and_an_unknown_step_name_is_an_error():
    m = extract(_doc()).meetings[0]
    text = _doc().text
    assert all(
        st.evidence is not None and text[st.evidence.start : st.evidence.end] == st.evidence.text
        for st in m.evidence
    )
    with pytest.raises(ValueError, match="no such extraction step"):
        extract(_doc(), skip={"topic"})
