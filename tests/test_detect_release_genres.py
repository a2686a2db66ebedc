"""Genres of White House releases that report a meeting without a meeting word in their title, found by
reading releases nobody keyed: a leaders' joint statement whose leader "is honored to welcome" the guest,
remarks given together with a guest named with an honorific, a statement on an official's travel told as
done, and what must stay no meeting."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.learned import rules_status
from tests.helpers import wh_release


def _status(title: str, text: str, released: date = date(2023, 5, 4)) -> str:
    doc = wh_release(title, text, released)
    return rules_status(extract(doc, skip={"learned detection"}).meetings)


def _people(title: str, text: str) -> set[str]:
    doc = wh_release(title, text, date(2023, 5, 4))
    return {p.label for m in extract(doc, skip={"learned detection"}).meetings for p in m.participants}


def test_a_joint_statement_whose_leader_is_honored_to_welcome_the_guest_reports_the_visit_held():
    text = (
        "President Joseph R. Biden, Jr. is honored to welcome Prime Minister Fumio Kishida of Japan to the "
        "White House. The two leaders affirmed the strength of the Alliance and their shared vision."
    )
    assert _status("U.S.-Japan Joint Leaders’ Statement", text) == "held"
    # … after a heading, in a title joining the states with a dash
    text = "A Partnership for a New Century in the Pacific and Beyond\n\n" + text.replace(
        "Fumio Kishida of", "Kishida of"
    )
    assert _status("United States – Japan Joint Statement", text) == "held"
    # a welcome still ahead is an announcement
    text = (
        "President Joseph R. Biden, Jr. looks forward to welcoming Prime Minister Fumio Kishida of Japan to "
        "the White House next month. The leaders will discuss the Alliance."
    )
    assert _status("U.S.-Japan Joint Leaders’ Statement", text) != "held"


def test_remarks_given_with_an_honorific_guest_report_a_meeting():
    text = "PRESIDENT BIDEN: Please be seated. President Moon and I had a very productive afternoon."
    title = "Remarks by President Biden and H.E. Moon Jae-in, President of the Republic of Korea"
    title += " at Press Conference"
    assert _status(title, text, date(2021, 5, 21)) == "held"
    # remarks given with our own officials stay no meeting
    text = "THE PRESIDENT: Thank you all for being here. Kamala and I have a lot to talk about today."
    assert _status("Remarks by President Biden and Vice President Harris at a Reception", text) == "none"


def test_a_statement_on_an_official_s_travel_told_as_done_reports_meetings_with_the_states_visited():
    title = "Statement by NSC Spokesperson on Coordinator Brett McGurk’s Travel to Saudi Arabia and Oman"
    text = (
        "Coordinator for the Middle East and North Africa Brett McGurk traveled this week to Saudi Arabia "
        "and Oman to consult with partners on regional security and the humanitarian situation in Yemen."
    )
    assert _status(title, text) == "held"
    title = "Statement by NSC Spokesperson on Senior Administration Delegation Trip to the Gulf"
    text = (
        "This week, senior administration officials traveled to Qatar and Kuwait. The purpose of the trip "
        "was to discuss energy security and regional infrastructure."
    )
    assert _status(title, text) == "held"
    # a trip ahead is announced, a trip at home meets no one
    text = "Coordinator Brett McGurk will travel to Saudi Arabia and Oman next week to consult with partners."
    assert (
        _status("Statement by NSC Spokesperson on Coordinator McGurk’s Travel to Saudi Arabia", text)
        != "held"
    )
    text = "On Saturday, senior administration officials traveled to El Paso, Texas to review operations."
    assert _status("Readout of Senior Administration Officials’ Visit to the Border Region", text) == "none"
