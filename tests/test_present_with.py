"""The people a release puts in the room with the sides take part in the meeting ("in the room were
…", "I'm pleased to be joined by …"), but not a briefer a briefing's host introduces, nor someone who
will join later (kg.extract.present_with). Texts written here."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from tests.helpers import wh_release

DAY = date(2023, 7, 12)


def _people(title: str, text: str, skip: tuple[str, ...] = ()) -> list[str]:
    doc = wh_release(title, text, DAY)
    held = [m for m in extract(doc, skip=set(skip)).meetings if m.status == "held" and not m.mentioned]
    assert held
    return [e.label for m in held for e in m.participants]


CALL_TITLE = "Background Press Call on President Biden’s Call with President Arnaldo Veiga of Portugal"
CALL_TEXT = (
    "Via Teleconference\n\nMODERATOR: Thanks, everyone, for joining.\n\n"
    "SENIOR ADMINISTRATION OFFICIAL: President Biden spoke with President Arnaldo Veiga of Portugal this "
    "morning for about two hours. And in the room were the National Security Advisor, Mark Tolliver; "
    "Deputy National Security Advisor Hanna Brisco; and Senior Director Oskar Lindqvist. The two leaders "
    "discussed trade and energy."
)


def test_the_people_in_the_room_for_a_call_take_part_in_it():
    people = _people(CALL_TITLE, CALL_TEXT)
    for name in ("Tolliver", "Brisco", "Lindqvist"):
        assert [p for p in people if name in p], name
    assert [p for p in people if "Veiga" in p]
    # the step switched off: only the leaders
    without = _people(CALL_TITLE, CALL_TEXT, skip=("present with",))
    assert not [p for p in without if "Tolliver" in p]


def test_a_speaker_joined_by_his_ministers_at_the_meeting_has_them_take_part():
    title = "Remarks by President Biden and Prime Minister Halvard Eng of Norway Before Bilateral Meeting"
    text = (
        "Oval Office\n\nPRESIDENT BIDEN: Mr. Prime Minister, welcome. I’m pleased to be joined today by "
        "Secretary Ruth Calloway and Ambassador Dean Morrow, as well as members of Congress — Senator Paul "
        "Wendt. We have a lot to talk about.\n\n"
        "PRIME MINISTER ENG: Thank you, Mr. President."
    )
    people = _people(title, text)
    assert [p for p in people if "Calloway" in p] and [p for p in people if "Morrow" in p]
    assert not [p for p in people if "Wendt" in p]  # a lawmaker in the audience


def test_a_briefer_introduced_or_someone_joining_later_takes_no_part():
    title = (
        "Press Briefing by Press Secretary Ann Fowler on President Biden’s Call with President Arnaldo Veiga"
    )
    text = (
        "MS. FOWLER: Good afternoon. We are joined today by Deputy National Security Advisor Hanna Brisco. "
        "President Biden spoke with President Arnaldo Veiga of Portugal this morning."
    )
    assert not [p for p in _people(title, text) if "Brisco" in p]
    title = "Remarks by President Biden and Prime Minister Halvard Eng of Norway Before Bilateral Meeting"
    text = (
        "Oval Office\n\nPRESIDENT BIDEN: Mr. Prime Minister, welcome. Tomorrow we’re going to be joined by "
        "Secretary Ruth Calloway in Oslo.\n\nPRIME MINISTER ENG: Thank you, Mr. President."
    )
    assert _people(title, text) == _people(title, text, skip=("present with",))


def test_a_speaker_happy_to_have_his_minister_with_him_has_him_take_part():
    title = "Remarks by President Biden and Prime Minister Halvard Eng of Norway Before Bilateral Meeting"
    text = (
        "Oval Office\n\nPRESIDENT BIDEN: Mr. Prime Minister, welcome. I’m happy to have with me today the "
        "members of my team: Secretary of Labor, Ruth Calloway; she has worked with me for years.\n\n"
        "PRIME MINISTER ENG: Thank you, Mr. President."
    )
    assert [p for p in _people(title, text) if "Calloway" in p]
