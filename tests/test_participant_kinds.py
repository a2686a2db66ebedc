"""Kinds of naming that decide who took part (issue 14): a leader named only as the possessor of his
government past his state ("President X of Chile's administration"), a meeting's co-chairs and who
opened it, a family name written first used alone ("Mr. Kim") for the one the text names in full, an
office holder named only as whom a staff member serves, a meeting the talks prepare for, talks told in
the future, a respelling, a three-word name after a portfolio, counterparts welcomed by their states.
Texts invented for the tests."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.gazetteer import scan
from kg.extract.people import find_in_text
from kg.model import Document, Meeting
from kg.reference import load_reference
from tests.helpers import reported_meetings


def _meetings(title: str, text: str, day: date, reader: str = "whitehouse") -> list[Meeting]:
    key = f"{reader}-{abs(hash((title, text)))}"
    doc = Document(reader, key, title, text, day, f"https://example.org/{key}")
    return reported_meetings(doc)


def _people(title: str, text: str, day: date, reader: str = "whitehouse") -> list[str]:
    (m,) = _meetings(title, text, day, reader)
    return sorted(p.label for p in m.participants)


def test_a_leader_named_as_the_possessor_of_his_administration_past_his_state_is_not_present():
    text = (
        "On Monday, Deputy National Security Advisor Mike Pyle visited Santiago and met with senior members "
        "of President Boric of Chile’s administration, including Finance Minister Mario Marcel. They "
        "discussed trade."
    )
    people = _people("Readout of Senior Administration Official Travel to Chile", text, date(2023, 5, 2))
    assert people == ["Mario Marcel", "Mike Pyle"]


def test_the_co_chairs_and_who_gave_opening_remarks_take_part():
    text = (
        "Today, Deputy National Security Advisor Mike Pyle co-chaired the first meeting of the Donor "
        "Platform’s Steering Committee. Pyle commended the Government of Ukraine. He welcomed opening "
        "remarks from the Prime Minister of Ukraine, Denys Shmyhal, and appreciated working with his "
        "co-chairs, Finance Minister of Ukraine, Sergii Marchenko, and the European Commission Director "
        "General for Neighbourhood and Enlargement, Gert Jan Koopman. The Committee will meet again in March."
    )
    people = _people(
        "Readout of the First Meeting of the Donor Platform Steering Committee", text, date(2023, 1, 26)
    )
    assert people == ["Denys Shmyhal", "Gert Jan Koopman", "Mike Pyle", "Sergii Marchenko"]


def test_a_family_name_alone_is_the_one_the_text_names_in_full_not_another_who_bears_it():
    title = (
        "Readout of National Security Advisor Jake Sullivan’s Call with Kim Sung-han of the Republic of Korea"
    )
    text = (
        "National Security Advisor Jake Sullivan spoke by phone today with Republic of Korea National "
        "Security Advisor Kim Sung-han. During the call, Mr. Sullivan congratulated Mr. Kim on his "
        "appointment."
    )
    assert _people(title, text, date(2022, 5, 12)) == ["Jake Sullivan", "Kim Sung-han"]
    # the Prime Minister who bears the family name is still read when he is the one named
    text = (
        "President Biden spoke today with Prime Minister Kim Boo-kyum. The President thanked Prime "
        "Minister Kim."
    )
    people = _people(
        "Readout of President Biden’s Call with Prime Minister Kim Boo-kyum", text, date(2022, 3, 1)
    )
    assert people == ["Joseph R. Biden, Jr.", "Kim Boo-kyum"]


def test_an_office_holder_named_as_whom_a_staff_member_serves_is_not_present():
    title = "Statement on National Security Advisor Jake Sullivan’s Call with Karin Wallensteen, State Secretary to Prime Minister Stefan Löfven of Sweden"  # noqa: E501
    text = (
        "National Security Advisor Jake Sullivan spoke by phone today with Karin Wallensteen, State "
        "Secretary to Prime Minister Stefan Löfven of Sweden. They discussed trade."
    )
    (m,) = _meetings(title, text, date(2021, 4, 13))
    assert sorted(p.label for p in m.participants) == ["Jake Sullivan", "Karin Wallensteen"]
    assert sorted(c.key for c in m.countries) == ["SE", "US"]
    # the Prime Minister himself, named as the counterpart, still is
    text = "President Biden spoke by phone today with Prime Minister Löfven. They discussed trade."
    people = _people(
        "Readout of President Biden’s Call with Prime Minister Stefan Löfven of Sweden",
        text,
        date(2021, 4, 13),
    )
    assert people == ["Joseph R. Biden, Jr.", "Stefan Löfven"]


def test_the_people_of_a_meeting_the_talks_prepare_for_are_not_present():
    text = (
        "National Security Advisor Jake Sullivan spoke today with Akiba Takeo, Secretary General of Japan’s "
        "National Security Secretariat, to prepare for the President’s meeting on January 21 with Prime "
        "Minister Kishida and to discuss the situation in Ukraine."
    )
    people = _people(
        "Readout of National Security Advisor Jake Sullivan’s Call with Akiba Takeo", text, date(2022, 1, 20)
    )
    assert people == ["Jake Sullivan", "Takeo Akiba"]


def test_a_state_named_with_a_possessive_in_its_own_name_makes_no_possessor():
    text = (
        "THE PRESIDENT: Good evening. I just met in person with Xi Jinping of the People’s Republic of China."
    )
    (m,) = [
        m
        for m in extract(
            Document(
                "whitehouse",
                "wh-xi",
                "Remarks by President Biden in a Press Conference",
                text,
                date(2022, 11, 14),
            )
        ).meetings
    ]
    assert "Xi Jinping" in {p.label for p in m.participants}


def test_a_three_word_name_after_a_portfolio_keeps_its_first_word():
    ref = load_reference()
    for text in (
        "It was co-chaired by European Commission Director-General for Neighborhood and Enlargement "
        "Negotiations Gert Jan Koopman.",
        "It was co-chaired by Director-General for Enlargement Gert Jan Koopman.",
    ):
        pp = find_in_text(text, scan(text, ref), ref, date(2023, 6, 21), "US")
        assert [p.label for p in pp.people.values()] == ["Gert Jan Koopman"]
    # the place of a mayor's title still ends before the first name
    text = "He met the Mayor of Melitopol Ivan Fedorov."
    pp = find_in_text(text, scan(text, ref), ref, date(2023, 6, 21), "UA")
    assert [p.label for p in pp.people.values()] == ["Ivan Fedorov"]


def test_a_leader_written_one_letter_apart_is_one_participant():
    title = "Readout of President Joe Biden’s Call with Crown Prince and Prime Minister Mohammed bin Salman"
    text = (
        "President Joseph R. Biden Jr. spoke today with Crown Prince and Prime Minister Mohamed bin Salman "
        "about the situation in the region. The President affirmed support."
    )
    assert _people(title, text, date(2023, 10, 24)) == ["Joseph R. Biden, Jr.", "Mohammed bin Salman"]
    # spelt otherwise with no other spelling in the release: still the one counterpart
    title = "Statement on Jake Sullivan’s Call with Russian Presidential Aide Yuriy Ushakov"
    text = (
        "National Security Advisor Jake Sullivan spoke by phone today with Russian Presidential Foreign "
        "Policy Advisor Yuriy Ushakov to follow up on the call between the Presidents. Mr. Sullivan "
        "stated concerns."
    )
    (m,) = _meetings(title, text, date(2021, 12, 15))
    assert len(m.participants) == 2 and "RU" in {c.key for c in m.countries}


def test_the_counterpart_of_talks_a_speaker_tells_in_the_future_is_not_present():
    text = (
        "Vladimir Putin received letters of credence from 20 newly arrived foreign ambassadors. Letters of "
        "credence were presented to the President of Russia by Lubomir Rehak (Slovak Republic), Dang Minh "
        "Khoi (Socialist Republic of Vietnam) and Pavan Kapoor (Republic of India).\n\nSpeech at ceremony "
        "for presenting letters of credence President of Russia Vladimir Putin: Ladies and gentlemen, good "
        "afternoon. During talks with Prime Minister Modi, we will outline new initiatives for our relations."
    )
    title = "Ceremony for presenting foreign ambassadors' letters of credence"
    (m,) = _meetings(title, text, date(2021, 12, 1), reader="kremlin")
    assert "Narendra Modi" not in {p.label for p in m.participants}
    assert {"Pavan Kapoor", "Vladimir Putin"} <= {p.label for p in m.participants}
    # talks told in the past still name the counterpart
    text = (
        "Vladimir Putin held talks with Prime Minister of India Narendra Modi. During the talks with Prime "
        "Minister Modi, the President noted the growth of trade."
    )
    people = _people("Talks with Prime Minister of India Narendra Modi", text, date(2021, 12, 6), "kremlin")
    assert people == ["Narendra Modi", "Vladimir Putin"]


def test_the_counterparts_a_speaker_at_the_meeting_welcomes_by_their_states_take_part():
    title = "Remarks by President Biden at the Virtual Leaders Summit on Climate Session 5"
    text = (
        "THE PRESIDENT: Welcome back. And today, I’m excited to welcome my counterparts in Spain, Nigeria, "
        "Vietnam, and Poland to share their thinking on jobs."
    )
    (m,) = _meetings(title, text, date(2021, 4, 23))
    assert {"Pedro Sánchez", "Muhammadu Buhari"} <= {p.label for p in m.participants}
    assert {"ES", "NG", "PL", "US", "VN"} == {c.key for c in m.countries}
    # a speech elsewhere that thanks leaders for something is no welcome at the meeting
    text = "THE PRESIDENT: I want to thank my counterparts in Spain and Nigeria for their commitments."
    (m,) = _meetings(title, text, date(2021, 4, 23))
    assert {c.key for c in m.countries} == {"US"}
