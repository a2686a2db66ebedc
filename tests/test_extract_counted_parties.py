"""The meeting as a researcher counts it: the parties a title names jointly stay in the one meeting,
a name marked "[sic]" is no other person, the people of a past occasion recalled are not at this one,
and an official of a state's party or commission stands for that state. Releases written for the test."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.doc import analyse
from kg.model import Document, Meeting
from kg.reference import load_reference


def _meetings(title: str, text: str, day: date = date(2023, 5, 10)) -> list[Meeting]:
    doc = Document("whitehouse", f"test/{title[:30]}.md", title, text, day, publisher="The White House")
    return extract(doc).meetings


def _people(m: Meeting) -> set[str]:
    return {p.label for p in m.participants}


TRILATERAL = (
    "Remarks by President Biden, Prime Minister Støre of Norway, and Prime Minister Frederiksen of Denmark "
    "after Trilateral Meeting"
)
TRILATERAL_TEXT = (
    "East Room\n\n"
    "THE PRESIDENT: Good afternoon. It has been an honor to host Prime Minister Støre and Prime Minister "
    "Frederiksen for a trilateral meeting today. We discussed the security of the Arctic and our support "
    "for Ukraine.\n\n"
    "PRIME MINISTER FREDERIKSEN: Thank you, Mr. President, for hosting us. Our three countries stand "
    "together. And later today, Prime Minister Støre and I will meet Senator Ashworth and other "
    "members of the Senate.\n\n"
    "PRIME MINISTER STØRE: Thank you, Mr. President. Norway is grateful for this partnership.\n\n"
    "END"
)


def test_a_party_the_title_names_stays_in_the_meeting_when_he_goes_on_to_another():
    (m,) = [m for m in _meetings(TRILATERAL, TRILATERAL_TEXT) if not m.mentioned]
    assert {"Jonas Gahr Støre", "Mette Frederiksen", "Joseph R. Biden, Jr."} <= _people(m)
    assert {"NO", "DK", "US"} <= {c.key for c in m.countries}


def test_a_person_taken_out_for_talks_that_make_no_meeting_comes_back():
    text = (
        "President Biden met today with Prime Minister Kishida of Japan at the White House. Prime Minister "
        "Albanese of Australia joined the leaders for a discussion of maritime security in the Indo-Pacific. "
        "Prime Minister Albanese also met separately with Senator Ashworth and Senator Pellham."
    )
    title = "Readout of President Biden's Trilateral Meeting with the Leaders of Japan and Australia"
    main = next(m for m in _meetings(title, text) if "Fumio Kishida" in _people(m))
    assert "Anthony Albanese" in _people(main)


def test_a_name_marked_sic_is_the_person_one_letter_off_or_no_one():
    text = (
        "Oval Office\n\nTHE PRESIDENT: Well, Prime Minister Kishidda [sic] — Prime Minister Kishida, welcome "
        "to the White House, and Foreign Minister Hayashy [sic] as well. We have a lot to talk about.\n\n"
        "PRIME MINISTER KISHIDA: Thank you."
    )
    title = "Remarks by President Biden and Prime Minister Kishida of Japan Before Bilateral Meeting"
    doc = Document("whitehouse", "test/sic.md", title, text, date(2023, 5, 10), publisher="The White House")
    pp = analyse(doc, load_reference()).with_people(doc.date).found
    assert "kishidda" not in pp.people and "hayashy" not in pp.people
    assert [pm.key for pm in pp.mentions if text[pm.start : pm.end] == "Kishidda"] == ["fumio-kishida"]


def test_the_people_of_a_past_occasion_recalled_are_not_participants():
    text = (
        "THE PRESIDENT: Good evening. Prime Minister Albanese, welcome to the White House. This year is the "
        "70th anniversary of the first dinner for an Australian leader here, hosted by President Hollings "
        "and also attended by Senator Varnworth. We discussed our alliance and clean energy.\n\n"
        "PRIME MINISTER ALBANESE: Thank you, Mr. President."
    )
    (m,) = _meetings("Remarks by President Biden and Prime Minister Albanese of Australia at Dinner", text)
    assert _people(m) == {"Joseph R. Biden, Jr.", "Anthony Albanese"}


def test_a_forebear_recalled_from_years_ago_is_not_a_participant():
    text = (
        "President Joseph R. Biden, Jr. met today with King Abdullah II of Jordan at the White House. The "
        "two discussed the significance of the King's address to a Joint Meeting of Congress, 40 years "
        "after an address by his father President Talaal Hashem, reflective of the enduring partnership."
    )
    (m,) = _meetings("Readout of President Joe Biden's Meeting with King Abdullah II of Jordan", text)
    assert _people(m) == {"Joseph R. Biden, Jr.", "Abdullah II"}


def test_an_official_of_a_states_party_commission_stands_for_that_state():
    text = (
        "National Security Advisor Jake Sullivan met with the Chairman of the Communist Party of Cuba’s "
        "Central International Relations Commission, Emilio Varcárcel at the White House on May 9, 2023. "
        "They discussed migration and humanitarian assistance. Mr. Sullivan and Chairman Varcárcel agreed "
        "to stay in touch."
    )
    (m,) = _meetings(
        "Readout of National Security Advisor Jake Sullivan’s Meeting with Communist Party of Cuba "
        "International Relations Commission Chairman Emilio Varcárcel",
        text,
    )
    assert {c.key for c in m.countries} == {"US", "CU"}


def test_a_rulers_title_naming_an_emirate_gives_its_state():
    text = (
        "National Security Advisor Jake Sullivan spoke today with Mansour bin Tahnoun Al Suwaidi, the Crown "
        "Prince of Dubai. The two discussed regional security and energy cooperation."
    )
    title = "Readout of National Security Advisor Jake Sullivan's Call with Mansour bin Tahnoun Al Suwaidi"
    (m,) = _meetings(title, text)
    assert {c.key for c in m.countries} == {"US", "AE"}


def test_a_surname_after_another_given_name_is_another_person():
    text = (
        "THE PRESIDENT: Taoiseach, welcome. Forty years ago the first of these lunches was hosted by "
        "Speaker Declan Moriarty. I am joined today by party leaders from Northern Ireland, including "
        "Aoife Moriarty and Colm Brennan. We discussed the Windsor Framework and investment.\n\n"
        "THE TAOISEACH: Thank you, Mr. President."
    )
    title = "Remarks by President Biden and Taoiseach Leo Varadkar of Ireland at the Annual Luncheon"
    doc = Document("whitehouse", "test/given.md", title, text, date(2023, 3, 17), publisher="The White House")
    pp = analyse(doc, load_reference()).with_people(doc.date).found
    at = text.index("Aoife Moriarty") + len("Aoife ")
    assert not any(pm.start == at and pm.key == "declan moriarty" for pm in pp.mentions)


def test_community_leaders_from_a_home_state_named_like_a_country_make_no_meeting():
    text = (
        "Today, the White House Office of Public Engagement hosted elected officials and community leaders "
        "from Georgia at the White House for a forum on infrastructure. Participants heard from Secretary "
        "of Transportation Pete Buttigieg on investments for working families in Georgia, and from Georgia "
        "state and local officials on broadband."
    )
    meetings = _meetings("Readout of White House Forum with Georgia Community Leaders", text)
    assert not any("GE" in {c.key for c in m.countries} for m in meetings)
    assert not any(p.country == "GE" for m in meetings for p in m.participants if hasattr(p, "country"))


def test_leaders_of_the_country_georgia_are_still_its_leaders():
    text = (
        "President Biden met today with leaders from Georgia and Moldova at the White House. They discussed "
        "security in the Black Sea region and reforms on the path to European integration."
    )
    (m,) = _meetings("Readout of President Biden's Meeting with Leaders of Georgia and Moldova", text)
    assert {"GE", "MD", "US"} <= {c.key for c in m.countries}
