"""Who else took part, told with the verb first: "Also in attendance were X and Y", "Also participating
was Z" (kg/extract/participants.py PRESENCE_MORE)."""

from __future__ import annotations

from datetime import date

from tests.helpers import wh_release, who_took_part


def _people(text: str) -> list[str]:
    doc = wh_release(
        "Readout of the Vice President’s Meeting with President Andrzej Duda of Poland",
        text,
        date(2022, 3, 10),
    )
    return who_took_part(doc)[0]


def test_those_in_attendance_named_after_the_verb_take_part():
    people = _people(
        "Vice President Harris met with President Andrzej Duda in Warsaw today. Also in attendance were "
        "Polish Foreign Minister Zbigniew Rau and U.S. Ambassador Mark Brzezinski."
    )
    assert {"Zbigniew Rau", "Mark Brzezinski"} <= set(people)


def test_those_participating_named_after_the_verb_take_part():
    people = _people(
        "Vice President Harris met with President Andrzej Duda in Warsaw today. Also participating was "
        "Foreign Minister Zbigniew Rau."
    )
    assert "Zbigniew Rau" in people


def test_who_opened_the_meeting_takes_part():
    people = _people(
        "Vice President Harris met with President Andrzej Duda in Warsaw today. The two leaders discussed "
        "energy security.\n\nSecretary of State Blinken opened the meeting by recalling the security "
        "assistance delivered this year."
    )
    assert "Antony J. Blinken" in people
