"""Genres of White House releases that report a meeting without a meeting word in their title, found by
reading releases nobody keyed: a leaders' joint statement whose leader "is honored to welcome" the guest,
remarks given together with an international body's head or a guest named with an honorific, and a fact
sheet opening with the meeting it follows; and what must stay no meeting."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.learned import rules_status
from kg.model import Document


def _status(title: str, text: str, released: date = date(2023, 5, 4)) -> str:
    doc = Document("whitehouse", "whitehouse/t.md", title, text, released)
    return rules_status(extract(doc, skip={"learned detection"}).meetings)


def _people(title: str, text: str) -> set[str]:
    doc = Document("whitehouse", "whitehouse/t.md", title, text, date(2023, 5, 4))
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


def test_remarks_given_with_an_international_body_s_head_or_an_honorific_guest_report_a_meeting():
    text = (
        "SECRETARY GENERAL STOLTENBERG: Mr. President, welcome to NATO headquarters.\n\n"
        "PRESIDENT BIDEN: Thank you. It is good to be with you, Jens."
    )
    assert (
        _status(
            "Remarks by President Biden and NATO Secretary General Jens Stoltenberg During Greeting", text
        )
        == "held"
    )
    text = "PRESIDENT BIDEN: Please be seated. President Moon and I had a very productive afternoon."
    title = "Remarks by President Biden and H.E. Moon Jae-in, President of the Republic of Korea"
    title += " at Press Conference"
    assert _status(title, text, date(2021, 5, 21)) == "held"
    # remarks given with our own officials stay no meeting
    text = "THE PRESIDENT: Thank you all for being here. Kamala and I have a lot to talk about today."
    assert _status("Remarks by President Biden and Vice President Harris at a Reception", text) == "none"


def test_a_fact_sheet_opening_with_the_meeting_it_follows_reports_that_meeting():
    text = (
        "Following a bilateral meeting with Mexican President Andrés Manuel López Obrador, and in light of "
        "the deep ties between our countries, Vice President Harris announces the following:\n\n"
        "Economic Dialogue: The United States and Mexico agreed to deepen economic cooperation."
    )
    assert _status("FACT SHEET: U.S.-Mexico Cooperation", text, date(2021, 6, 8)) == "held"
    assert "Andrés Manuel López Obrador" in _people("FACT SHEET: U.S.-Mexico Cooperation", text)
    text = (
        "The United States and India share a deep partnership. Today, President Biden welcomed Prime "
        "Minister Narendra Modi of India to the White House, where the leaders launched new initiatives."
    )
    assert _status("FACT SHEET: The United States and India", text) == "held"


def test_a_fact_sheet_recalling_an_older_meeting_or_meeting_our_own_people_stays_none():
    text = (
        "One year ago, President Biden hosted leaders from across the hemisphere for the Summit of the "
        "Americas in Los Angeles. Since then, the Administration has delivered on its commitments."
    )
    assert _status("FACT SHEET: Marking One Year Since the Summit", text) == "none"
    text = (
        "Today, President Biden met with private sector leaders and university presidents to discuss "
        "the nation's cybersecurity. The companies announced new commitments."
    )
    assert _status("FACT SHEET: Private Sector Leaders Announce Cybersecurity Commitments", text) == "none"


def test_the_leader_s_own_press_conference_abroad_reports_the_day_s_meeting_and_one_at_home_does_not():
    text = (
        "Grand Hotel Lisbon, Portugal\n\n6:10 P.M. WEST\n\n"
        "THE PRESIDENT: Good evening, everyone. We have just wrapped up two days of work with our Allies "
        "here, and I want to thank our hosts for their hospitality."
    )
    assert _status("Remarks by President Biden in a Press Conference", text) == "held"
    text = (
        "East Room\n\n4:02 P.M. EST\n\nTHE PRESIDENT: Good afternoon, everyone. I want to talk about the "
        "economy before I take your questions."
    )
    assert _status("Remarks by President Biden in Press Conference", text) == "none"


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
