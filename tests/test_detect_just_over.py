"""A press conference or press call given right after talks reports them (kg.extract.detect_just_over):
its opening tells the meeting just over. Texts written here."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.learned import rules_status
from tests.helpers import wh_release

PLACE = "Hotel Bellevue\nLisbon, Portugal\n\n6:10 P.M. WEST\n\nTHE PRESIDENT: Good evening. Please sit down. "


def _meetings(title: str, text: str):
    doc = wh_release(title, text, date(2023, 5, 4))
    return extract(doc, skip=("learned detection",)).meetings


def test_a_press_conference_opening_on_talks_just_concluded_reports_them():
    text = PLACE + (
        "I just concluded several hours of meetings with Prime Minister António Costa of Portugal, and they "
        "were productive. We talked about energy and trade."
    )
    meetings = _meetings("Remarks by President Biden in Press Conference", text)
    assert rules_status(meetings) == "held"
    held = next(m for m in meetings if m.status == "held" and not m.mentioned)
    assert held.date == date(2023, 5, 4)
    assert {"Joseph R. Biden, Jr.", "António Costa"} <= {p.label for p in held.participants}


def test_a_press_call_after_a_summit_session_reports_it_though_its_title_names_the_meeting_alone():
    text = (
        "Via Teleconference\n\n3:10 P.M. EDT\n\nMODERATOR: Thanks for joining us. "
        "This call is on background. "
        "SENIOR ADMINISTRATION OFFICIAL: Thanks. So we just wrapped up a long meeting at the G7, and the "
        "leaders agreed on new steps."
    )
    assert rules_status(_meetings("Background Press Call on the President’s Meetings", text)) == "held"


def test_talks_just_over_with_no_foreign_side_or_in_a_question_report_nothing():
    domestic = PLACE + "I just finished a call with governors from across the country about the storm."
    assert rules_status(_meetings("Remarks by President Biden in Press Conference", domestic)) == "none"
    question = PLACE + "Thank you. Q Mr. President, you just finished a meeting with Prime Minister Costa?"
    assert rules_status(_meetings("Remarks by President Biden in Press Conference", question)) == "none"


def _conference(text: str):
    doc = wh_release(
        "Remarks by President Biden in Press Conference | Lisbon, Portugal", text, date(2023, 5, 4)
    )
    return [m for m in extract(doc, skip=("learned detection",)).meetings if not m.mentioned]


def test_a_leader_s_press_conference_at_a_summit_abroad_tells_his_part_in_it_and_its_host_thanked():
    text = PLACE + (
        "Let me start by thanking Prime Minister António Costa for the warm hospitality he showed all of us. "
        "I think we can all agree that this has been a historic NATO Summit. We agreed on a new strategy."
    )
    (summit,) = _conference(text)
    assert summit.status == "held" and summit.date == date(2023, 5, 4)
    assert summit.event is not None and "NATO" in summit.event.label
    assert {"Joseph R. Biden, Jr.", "António Costa"} <= {p.label for p in summit.participants}


def test_a_summit_ahead_or_at_home_is_no_part_told_by_a_press_conference():
    ahead = PLACE + "Next week will be a historic NATO Summit, and this summit will be about our Alliance."
    assert _conference(ahead) == []
    home = (
        "East Room\n\n4:02 P.M. EST\n\nTHE PRESIDENT: Good afternoon. This has been a historic NATO Summit."
    )
    assert _conference(home) == []


def test_remarks_given_abroad_that_open_on_the_talks_just_had_report_them_not_at_home_nor_long_ago():
    title = "Remarks by President Biden on Vaccines for the World"
    abroad = (
        PLACE + "Prime Minister António Costa and I had a very productive meeting. We agreed on vaccines."
    )
    meetings = _meetings(title, abroad)
    assert rules_status(meetings) == "held"
    assert "António Costa" in {p.label for m in meetings for p in m.participants}
    home = "East Room\n\n4:02 P.M. EST\n\nTHE PRESIDENT: Good afternoon. " + abroad[len(PLACE) :]
    assert rules_status(_meetings(title, home)) == "none"
    recalled = PLACE + "Prime Minister António Costa and I had a very productive meeting last year."
    assert rules_status(_meetings(title, recalled)) == "none"


def test_a_briefing_topper_telling_the_president_s_call_of_the_morning_reports_it_not_a_question():
    title = "Press Gaggle by Principal Deputy Press Secretary Karine Jean-Pierre"
    opening = "Aboard Air Force One\n\n10:02 A.M. EDT\n\nMS. JEAN-PIERRE: Good morning, everyone. "
    topper = opening + (
        "The President spoke with Prime Minister António Costa of Portugal again this morning about energy. "
        "Q Thanks. What about the budget?"
    )
    meetings = _meetings(title, topper)
    assert rules_status(meetings) == "held"
    assert "António Costa" in {p.label for m in meetings for p in m.participants}
    asked = (
        opening + "Q Did the President speak with Prime Minister António Costa today? MS. JEAN-PIERRE: Yes."
    )
    assert rules_status(_meetings(title, asked)) != "held"


def test_a_briefing_recapping_the_meetings_its_title_names_reports_them_not_a_preview():
    opening = "Lisbon, Portugal\n\nSENIOR ADMINISTRATION OFFICIAL: Good evening, everybody. "
    recap = opening + (
        "So I will give a brief recap of the Vice President’s meetings, then take questions. "
        "She had the opportunity to meet with Prime Minister António Costa of Portugal. Q Thanks."
    )
    title = "Background Press Briefing on the Vice President’s Meetings in Portugal"
    meetings = _meetings(title, recap)
    assert rules_status(meetings) == "held"
    assert "António Costa" in {p.label for m in meetings for p in m.participants}
    preview = "Background Press Call Previewing the Vice President’s Meetings in Portugal"
    assert rules_status(_meetings(preview, recap)) != "held"
