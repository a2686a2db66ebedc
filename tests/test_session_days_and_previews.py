"""A session of a multi-day meeting dated by its range of days, and a briefing previewing a meeting
ahead (invented releases)."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.calendar_text import explicit_dates
from kg.extract.dates import meeting_date
from kg.extract.day_ranges import range_end, session_number
from kg.extract.events import chaired_event
from kg.extract.pipeline import extract
from kg.model import Document
from kg.reference import load_reference
from tests.helpers import wh_release


@pytest.mark.parametrize(
    ("text", "end"),
    [
        ("the summit held on March 14-15 in Lisbon", date(2024, 3, 15)),
        ("the summit held on 14–15 March in Lisbon", date(2024, 3, 15)),
        ("a tour from March 30 to April 2, 2024", date(2024, 4, 2)),
        ("talks on March 14 and 15", date(2024, 3, 15)),
        ("talks on March 14 in Lisbon", None),
        ("March 14 and 40 leaders", None),
    ],
)
def test_the_last_day_of_a_range(text, end):
    (offset, first), *_ = explicit_dates(text, date(2024, 3, 20))
    assert range_end(text, offset, first) == end


def test_which_session_of_a_meeting_a_text_names():
    assert session_number(["Second session of the summit"]) == 2
    assert session_number(["The leaders met on day two of the forum."]) == 2
    assert session_number(["He spoke at the closing session."]) == -1
    assert session_number(["He spoke at the summit."]) is None


SUMMIT = "The leaders of the group met at the summit held on March 14-15 in Lisbon."


def test_a_numbered_session_of_a_summit_takes_its_day_of_the_range():
    # the second session of a two-day summit, released on the day after it: its second day
    assert meeting_date(["Summit second session", SUMMIT], date(2024, 3, 16), False)[0] == date(2024, 3, 15)
    # a session told without its number, released during the summit: the release's day
    assert meeting_date(["Summit session on energy", SUMMIT], date(2024, 3, 15), False)[0] == date(
        2024, 3, 15
    )
    # a text about the whole summit keeps its first day, whenever released
    assert meeting_date(["Summit declaration", SUMMIT], date(2024, 3, 15), False)[0] == date(2024, 3, 14)
    # a plan for the final day of a meeting ahead
    plan = "The President will attend the final session of the summit on March 14-16."
    assert meeting_date([plan], date(2024, 3, 1), True)[0] == date(2024, 3, 16)


def _briefing(title: str, body: str, day: date) -> Document:
    return wh_release(title, body, day)


def test_a_background_call_previewing_a_video_call_is_the_planned_call_of_the_next_day():
    doc = _briefing(
        "Background Press Call on President Biden's Upcoming Call with President Macron of France",
        "Via Teleconference\n\n4:10 P.M. EST\n\nMODERATOR: Thanks for joining this call on background.\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Thank you. President Biden and President Macron will hold a "
        "secure video call tomorrow. They will discuss energy and trade. We will read it out afterwards.",
        date(2022, 2, 7),
    )
    meetings = extract(doc).meetings
    assert meetings, "the previewed call is found"
    call = meetings[0]
    assert (call.status, call.date, call.mode) == ("planned", date(2022, 2, 8), "video")


def test_a_briefing_on_a_call_already_held_keeps_its_day():
    doc = _briefing(
        "Background Press Call on President Biden's Call with President Macron of France",
        "Via Teleconference\n\n4:10 P.M. EST\n\nMODERATOR: Thanks for joining this call on background.\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Thank you. President Biden and President Macron spoke by phone "
        "earlier today for about an hour. They will meet again next month.",
        date(2022, 2, 7),
    )
    held = [m for m in extract(doc).meetings if m.status == "held"]
    assert held and held[0].date == date(2022, 2, 7)


@pytest.mark.parametrize(
    ("title", "event"),
    [
        ("Chair's Summary of the Harbour Forum on Oceans Held by President Doe", "Harbour Forum on Oceans"),
        ("Chair’s Statement on the Northern Leaders’ Meeting", "Northern Leaders’ Meeting"),
        ("Chair's Summary: Island Resilience Summit", "Island Resilience Summit"),
        (
            "Meeting of the Coastal States on Fisheries March 3, 2024: Chair's Summary",
            "Meeting of the Coastal States on Fisheries",
        ),
        # a statement of principles names a subject, not the gathering
        ("Chair's Statement on Principles for Port Security", None),
    ],
)
def test_a_chairs_summary_names_the_gathering_it_chaired(title, event):
    found = chaired_event(title, load_reference())
    assert (found.label if found is not None else None) == event


def test_two_accounts_of_one_forum_name_the_same_event():
    """The chair's summary and a readout of the same forum both say which forum it was."""
    body = (
        "Today President Biden convened the forum by video. Prime Minister Trudeau of Canada and "
        "President Macron of France took part."
    )
    summary = extract(
        _briefing(
            "Chair's Summary of the Harbour Forum on Oceans Held by President Biden", body, date(2024, 3, 4)
        )
    ).meetings
    readout = extract(
        _briefing(
            "Readout of President Biden's Meeting of the Harbour Forum on Oceans",
            "Today President Biden met Prime Minister Trudeau of Canada and President Macron of France "
            "at the Harbour Forum on Oceans.",
            date(2024, 3, 4),
        )
    ).meetings
    assert summary and readout
    assert summary[0].event is not None and readout[0].event is not None
    assert summary[0].event.label == readout[0].event.label == "Harbour Forum on Oceans"


def test_a_summary_saying_its_participants_joined_a_virtual_gathering_is_video():
    """Its lead says only "convened"; the list of those who joined, further down, says virtual."""
    points = " ".join(f"Participants stressed point number {k} on ocean finance." for k in range(1, 7))
    body = (
        "On March 4, 2024, President Biden convened the Harbour Forum on Oceans with Prime Minister "
        f"Trudeau of Canada. {points}\n\nPresident Biden was joined in the March 4 virtual, closed-door "
        "gathering by President Macron of France."
    )
    title = "Chair's Summary of the Harbour Forum on Oceans Held by President Biden"
    meetings = extract(_briefing(title, body, date(2024, 3, 5))).meetings
    assert meetings and (meetings[0].date, meetings[0].mode) == (date(2024, 3, 4), "video")
    # joined in person: no video
    in_person = body.replace("virtual, closed-door", "closed-door")
    assert extract(_briefing(title, in_person, date(2024, 3, 5))).meetings[0].mode == "in_person"
