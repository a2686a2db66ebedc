"""A reference event the meeting refers to is a framework (CONVENTIONS 21f); the meeting's own
gathering, another edition of its series, a session of a body and a sporting event are not."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from tests.helpers import wh_release


def _frameworks(title: str, text: str) -> set[str]:
    doc = wh_release(title, text, date(2022, 9, 14))
    meeting = next(m for m in extract(doc).meetings if m.status == "held")
    return {n for fw in meeting.frameworks for n in (fw.label, *fw.alt_labels)}


def test_a_conference_named_in_a_call_is_a_framework():
    found = _frameworks(
        "Readout of President Biden's Call with President Zorbl of Quixotia",
        "President Biden spoke today with President Zorbl of Quixotia. The leaders discussed "
        "preparations for COP27 and the climate finance pledges the two countries will bring there.",
    )
    assert "COP27" in found


def test_a_series_beside_its_edition_is_that_edition():
    found = _frameworks(
        "Readout of President Biden's Call with President Zorbl of Quixotia",
        "President Biden spoke today with President Zorbl of Quixotia. The leaders discussed the "
        "United Nations Climate Change Conference, COP27, and its goals.",
    )
    assert "COP27" in found and "United Nations Climate Change Conference" not in found


def test_sessions_of_bodies_and_sporting_events_are_not_frameworks():
    found = _frameworks(
        "Readout of President Biden's Call with President Zorbl of Quixotia",
        "President Biden spoke today with President Zorbl of Quixotia. The leaders discussed the "
        "Winter Olympics and the outcome of the European Council meeting.",
    )
    assert not {"Winter Olympic Games", "European Council meeting"} & found


def test_a_format_named_by_its_numbers_is_a_framework():
    found = _frameworks(
        "Readout of President Biden's Call with President Zorbl of Quixotia",
        "President Biden spoke today with President Zorbl of Quixotia. The leaders welcomed the "
        'consultations of their foreign and defence ministers in the "2+2" format.',
    )
    assert "2+2 format" in found
