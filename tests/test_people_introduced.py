"""Who takes part when a release introduces people its title does not name: the speakers a transcript of
remarks at the meeting gives turns to, one who spoke to the meeting by video, a titled name that is the
office's holder (kg.extract.presence, kg.extract.participants, kg.extract.people.holders)."""

from datetime import date

from kg.extract import extract
from tests.helpers import wh_release

SUMMIT = """Presidential Palace

2:20 P.M. EEST

PRESIDENT NIINISTÖ: Mr. President, welcome to this meeting of the Nordic leaders.

PRESIDENT BIDEN: It is good to be here with all of you.

PRIME MINISTER KRISTERSSON: Thank you for hosting us again.

PRIME MINISTER FREDERIKSEN: Thank you, Sauli.

END 2:40 P.M. EEST
"""


def test_the_leaders_who_speak_in_turn_at_a_summit_take_part_in_it() -> None:
    doc = wh_release(
        "Remarks by President Biden at the U.S.-Nordic Leaders' Summit", SUMMIT, date(2023, 7, 13)
    )
    (m,) = extract(doc).meetings
    assert m.status == "held"
    assert {"Sauli Niinistö", "Ulf Kristersson", "Mette Frederiksen", "Joseph R. Biden, Jr."} <= {
        p.label for p in m.participants
    }
    assert {"FI", "SE", "DK", "US"} <= {c.key for c in m.countries}


BRIEFING = """Via Teleconference

MODERATOR: Good morning, everyone.

SENIOR ADMINISTRATION OFFICIAL: The President met the Nordic leaders today in Helsinki.

PRIME MINISTER KRISTERSSON: (This line is invented to test the rule.)
"""


def test_a_press_call_gives_no_one_a_part_by_a_speaker_label() -> None:
    doc = wh_release(
        "Background Press Call on the President's Meetings in Helsinki", BRIEFING, date(2023, 7, 13)
    )
    for m in extract(doc).meetings:
        assert "Ulf Kristersson" not in {p.label for p in m.participants}


VIDEO = """NATO leaders met today in Brussels to reaffirm their support for Ukraine. We had the privilege
of hearing directly from President Zelenskyy, and we discussed our collective defense.
"""


def test_a_leader_heard_at_the_meeting_by_video_takes_part() -> None:
    doc = wh_release(
        "Statement from President Biden on the Extraordinary NATO Summit", VIDEO, date(2022, 3, 24)
    )
    meetings = [m for m in extract(doc).meetings if m.status == "held"]
    assert meetings and "Volodymyr Zelenskyy" in {p.label for p in meetings[0].participants}
    assert "UA" in {c.key for c in meetings[0].countries}


def test_a_titled_surname_the_data_does_not_spell_alone_is_the_holder_of_the_office() -> None:
    text = "President Biden spoke today with Prime Minister Martin of Ireland about Northern Ireland."
    doc = wh_release(
        "Readout of President Biden's Call with Prime Minister Martin of Ireland", text, date(2022, 3, 17)
    )
    (m,) = extract(doc).meetings
    assert "Micheál Martin" in {p.label for p in m.participants}
    assert "Martin" not in {p.label for p in m.participants}


def test_a_surname_that_is_a_given_name_does_not_name_its_holder_before_another_name() -> None:
    text = "President Biden spoke today with Governor Henry McMaster of South Carolina about the storm."
    doc = wh_release(
        "Readout of President Biden's Call with Governor Henry McMaster", text, date(2022, 9, 30)
    )
    for m in extract(doc).meetings:
        assert "Ariel Henry" not in {p.label for p in m.participants}
