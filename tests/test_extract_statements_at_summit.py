"""A body's leaders' statement released on a day of that body's summit is an account of the summit
(eval/CONVENTIONS.md 16: a statement adopted at a named summit is held; 46: the summit is fixed by the
release date): held, at the summit, its members taking part, though its sentences never say the leaders
met. One issued between the body's summits, or at a leaders' video meeting, is not. Invented text.
"""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from tests.helpers import wh_release

SHIPPING = (
    "Building clean and resilient shipping remains our shared priority for the decade ahead. We are taking "
    "further steps today to cut emissions from ports and vessels. We will work with partners to finance "
    "green corridors."
)
G7_STATES = {"Canada", "France", "Germany", "Italy", "Japan", "United Kingdom", "United States"}


def _held(title: str, day: date) -> list:
    return [
        m
        for m in extract(wh_release(title, SHIPPING, day)).meetings
        if m.status == "held" and not m.mentioned
    ]


def test_a_groups_leaders_statement_released_at_its_summit_is_the_summits_account():
    (m,) = _held("G7 Leaders’ Statement on Clean Shipping", date(2023, 5, 20))
    assert m.event is not None and m.event.label == "G7 Summit"
    assert {c.label for c in m.countries} == G7_STATES


def test_the_same_statement_between_summits_reports_no_meeting():
    assert _held("G7 Leaders’ Statement on Clean Shipping", date(2023, 10, 30)) == []


def test_a_statement_of_a_leaders_video_meeting_is_at_no_summit():
    """The G7 leaders' video meeting of 8 May 2022 is an online edition: a standing body's call, no summit."""
    assert all(m.event is None for m in _held("G7 Leaders’ Statement on Clean Shipping", date(2022, 5, 8)))


def test_a_statement_of_one_government_at_the_summit_is_no_leaders_statement():
    assert _held("Statement by the Press Secretary on Clean Shipping", date(2023, 5, 20)) == []
