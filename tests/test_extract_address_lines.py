"""More forms an evening address uses to tell the day's meetings: a line of names after a meeting noun
with no verb ("Talks with X, Y and Z."), thanks for the day's conversation, the speaker informing or
receiving a leader, the counterpart and the speaker as one subject, a state's delegation received; and
what stays no meeting (domestic audiences, support thanked for, letters, plans, lines that go on to say
something else). The releases are written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract
from kg.model import Meeting
from tests.helpers import ua_release

RELEASED = date(2022, 3, 9)
LEAD = (
    "Strong people of a strong country! Our defenders held their positions today in the north and the "
    "south. The humanitarian corridors worked for the third day. Thousands of people were evacuated."
)
SPEAKER = "Volodymyr Zelenskyy"


def _address(sentence: str) -> list[Meeting]:
    title = "We will hold on - address by President of Ukraine Volodymyr Zelenskyy"
    text = LEAD + "\n\n" + sentence + " We agreed on new steps.\n\nGlory to Ukraine!"
    doc = ua_release(title, text, RELEASED)
    return [m for m in extract(doc).meetings if m.status == "held" and (not m.mentioned or m.news)]


def _counterparts(meetings: list[Meeting]) -> set[str]:
    return {p.label for m in meetings for p in m.participants} - {SPEAKER}


@pytest.mark.parametrize(
    ("sentence", "counterparts"),
    [
        (
            "Talks with President of Poland Andrzej Duda, Prime Minister of Canada Justin Trudeau and German "
            "Chancellor Olaf Scholz.",
            {"Andrzej Duda", "Justin Trudeau", "Olaf Scholz"},
        ),
        ("Important conversation with President of Poland Andrzej Duda.", {"Andrzej Duda"}),
        ("Also today - negotiations with Prime Minister of Canada Justin Trudeau.", {"Justin Trudeau"}),
        ("Spoke with President of France Emmanuel Macron.", {"Emmanuel Macron"}),
    ],
)
def test_a_line_of_names_after_a_meeting_noun_or_a_verb_without_subject_is_the_speaker_s_talks(
    sentence: str, counterparts: set[str]
):
    meetings = _address(sentence)
    assert _counterparts(meetings) == counterparts
    assert all(SPEAKER in {p.label for p in m.participants} and m.date == RELEASED for m in meetings)


@pytest.mark.parametrize(
    "sentence",
    [
        "Talks with President Putin are impossible while they shell our cities.",
        "Negotiations with the Russian Federation continue.",
        "Meeting with President of Poland Andrzej Duda is planned for tomorrow.",
    ],
)
def test_a_meeting_noun_whose_line_goes_on_to_say_something_else_tells_no_meeting(sentence: str):
    assert not _address(sentence)


def test_thanks_for_today_s_conversation_tell_the_conversation_with_whom_is_thanked():
    assert _counterparts(_address("I thank President of Poland Andrzej Duda for today's conversation.")) == {
        "Andrzej Duda"
    }
    assert _counterparts(_address("Thank you, Andrzej Duda, for today's conversation.")) == {"Andrzej Duda"}
    assert _counterparts(
        _address("I am grateful to Prime Minister of Canada Justin Trudeau for the talks.")
    ) == {"Justin Trudeau"}
    # thanks for support, or a future thanks, tell no meeting
    assert not _address("I thank President of Poland Andrzej Duda for his support.")
    assert not _address("I will thank President of Poland Andrzej Duda for the meeting tomorrow.")


def test_the_speaker_informing_or_receiving_a_leader_and_a_leader_and_the_speaker_as_one_subject():
    informed = _address("I informed the President of Egypt about the situation in our cities.")
    assert _counterparts(informed) == {"Abdel Fattah Al Sisi"}
    hosted = _address("Today I hosted Prime Minister of Poland Mateusz Morawiecki in Kyiv.")
    assert _counterparts(hosted) == {"Mateusz Morawiecki"} and {m.mode for m in hosted} == {"in_person"}
    both = _address("President of France Emmanuel Macron and I had a long phone call.")
    assert _counterparts(both) == {"Emmanuel Macron"} and {m.mode for m in both} == {"phone"}
    # … not a letter received, nor an audience at home, nor a welcome long ago
    assert not _address("I received a letter from President of France Emmanuel Macron.")
    assert not _address("I informed the Verkhovna Rada about the situation.")
    assert not _address("A few months ago I welcomed President of Poland Andrzej Duda in Kyiv.")


def test_a_state_s_delegation_received_today_is_a_meeting_with_that_state():
    meetings = _address("Today I received a delegation of Qatar.")
    assert {c.label for m in meetings for c in m.countries} == {"Ukraine", "Qatar"}
    assert not _address("I had a meeting with our governors.")
