"""Wordings of meetings that foreign ministries and leaders' offices other than the four the rules grew
from write (issue 14), each release invented here in the manner of another government: a tête-à-tête,
a guest "received by" the host, a leader "interacted with", two leaders who "talked over the
telephone", a "virtual bilateral summit", a "video teleconference", a "telephone talk", a named round
of consultations, and a foreign minister as the principal a ministry's release names by office alone."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.learned import rules_status
from kg.model import Document, Meeting
from tests.helpers import main_meeting

MEA = ("Ministry of External Affairs", "https://www.mea.gov.in/press-releases.htm?dtl/x")
PIB = ("Press Information Bureau", "https://pib.gov.in/PressReleasePage.aspx?PRID=x")
PCO = ("Presidential Communications Office", "https://pco.gov.ph/news_releases/x")
MOFA_JP = ("Ministry of Foreign Affairs of Japan", "https://www.mofa.go.jp/press/release/x.html")
STATE_HOUSE_KE = ("State House Kenya", "https://www.statehouse.go.ke/x")
ITAMARATY = ("Ministry of Foreign Affairs", "https://www.gov.br/mre/en/contact-us/press-area/x")


def _release(title: str, text: str, publisher: tuple[str, str], released: date) -> Document:
    return Document("jsonl", "jsonl/t.jsonl#1", title, text, released, publisher[1], publisher[0])


def _meeting(title: str, text: str, publisher: tuple[str, str], released: date) -> Meeting:
    return main_meeting(_release(title, text, publisher, released))


def _people(m: Meeting) -> set[str]:
    return {p.label for p in m.participants}


def test_a_tete_a_tete_on_the_margins_of_a_summit_is_a_meeting_in_person():
    text = (
        "President Ferdinand Marcos Jr. held a tête-à-tête with Prime Minister Anthony Albanese of Australia "
        "on the margins of the ASEAN Summit in Jakarta on Tuesday. The two leaders agreed to deepen maritime "
        "cooperation."
    )
    m = _meeting("PBBM and Albanese in Jakarta", text, PCO, date(2023, 9, 6))
    assert m.status == "held" and m.mode == "in_person" and m.date == date(2023, 9, 5)
    assert {"Ferdinand Marcos Jr.", "Anthony Albanese"} <= _people(m)


def test_a_guest_received_by_the_host_in_the_passive_is_a_meeting():
    text = (
        "Prime Minister Fumio Kishida of Japan was received by Prime Minister Narendra Modi at Hyderabad "
        "House on 20 March 2023. The two Prime Ministers reviewed the Special Strategic and Global "
        "Partnership."
    )
    m = _meeting("Official visit of the Prime Minister of Japan", text, MEA, date(2023, 3, 20))
    assert m.status == "held" and m.date == date(2023, 3, 20)
    assert _people(m) == {"Fumio Kishida", "Narendra Modi"}


def test_a_leader_interacted_with_by_video_conferencing_is_a_video_meeting():
    text = (
        "Prime Minister Narendra Modi interacted with Prime Minister Pedro Sánchez of Spain via video "
        "conferencing today. The leaders discussed renewable energy and the fight against terrorism."
    )
    m = _meeting("PM's virtual engagement with the Prime Minister of Spain", text, PIB, date(2022, 5, 4))
    assert m.status == "held" and m.mode == "video" and m.date == date(2022, 5, 4)
    assert _people(m) == {"Narendra Modi", "Pedro Sánchez"}
    # interacting with one's own people is no meeting with another state
    text = "Prime Minister Narendra Modi interacted with students and teachers at a school in Varanasi today."
    doc = _release("PM interacts with students", text, PIB, date(2022, 5, 4))
    assert rules_status(extract(doc).meetings) == "none"


def test_two_leaders_who_talked_over_the_telephone_held_a_call_on_the_day_named():
    text = (
        "President William Ruto and President Yoweri Museveni of Uganda talked over the telephone on Sunday "
        "evening. They agreed to fast-track the oil pipeline."
    )
    m = _meeting("Ruto, Museveni discuss regional trade", text, STATE_HOUSE_KE, date(2023, 3, 7))
    assert m.status == "held" and m.mode == "phone" and m.date == date(2023, 3, 5)
    assert _people(m) == {"William Ruto", "Yoweri Museveni"}


def test_a_virtual_bilateral_summit_held_by_the_two_sides_is_a_video_meeting():
    text = (
        "President Luiz Inácio Lula da Silva and the Prime Minister of Canada, Justin Trudeau, held a "
        "virtual bilateral summit on Monday. They discussed the energy transition and the Amazon."
    )
    m = _meeting("Brazil and Canada: leaders' conversation", text, ITAMARATY, date(2023, 3, 7))
    assert m.status == "held" and m.mode == "video" and m.date == date(2023, 3, 6)
    assert {"Justin Trudeau"} <= _people(m)
    # a summit on a theme is not a meeting with another state by these words
    text = "The President held a virtual summit on food security with farmers' unions today."
    doc = _release("Food security summit", text, ITAMARATY, date(2023, 3, 7))
    assert rules_status(extract(doc).meetings) == "none"


def test_a_video_teleconference_meeting_is_held_by_video_and_a_telephone_talk_by_phone():
    text = (
        "On March 5, commencing at 5:00 p.m. for approximately 45 minutes, Mr. Yoshimasa Hayashi, Minister "
        "for Foreign Affairs of Japan, held a Japan-Norway Foreign Ministers' Video Teleconference Meeting "
        "with Ms. Anniken Huitfeldt, Minister of Foreign Affairs of Norway."
    )
    m = _meeting("Japan-Norway Foreign Ministers' Meeting", text, MOFA_JP, date(2023, 3, 6))
    assert m.status == "held" and m.mode == "video" and m.date == date(2023, 3, 5)
    text = (
        "On March 5, commencing at 9:00 a.m. for approximately 30 minutes, Mr. Fumio Kishida, Prime Minister "
        "of Japan, had a telephone talk with H.E. Mr. Jonas Gahr Støre, Prime Minister of Norway."
    )
    m = _meeting("Prime Minister Kishida and Prime Minister Støre", text, MOFA_JP, date(2023, 3, 6))
    assert m.status == "held" and m.mode == "phone"
    assert _people(m) == {"Fumio Kishida", "Jonas Gahr Støre"}


def test_a_numbered_round_of_named_consultations_held_is_a_meeting():
    text = (
        "Foreign Secretary Vinay Kwatra and State Secretary Eivind Vad Petersson of Norway held the 6th "
        "round of Foreign Office Consultations in Oslo on 5 March 2023. They reviewed trade and fisheries."
    )
    m = _meeting("Joint press release", text, MEA, date(2023, 3, 6))
    assert m.status == "held" and m.date == date(2023, 3, 5)


def test_a_foreign_minister_named_by_office_alone_is_the_publisher_s_side():
    text = (
        "External Affairs Minister met his counterpart, Foreign Minister Anniken Huitfeldt of Norway, in New "
        "Delhi on 5 March 2023. They discussed the Arctic and climate finance."
    )
    m = _meeting("EAM's meeting with the Foreign Minister of Norway", text, MEA, date(2023, 3, 6))
    assert _people(m) == {"Subrahmanyam Jaishankar", "Anniken Huitfeldt"}  # not the Prime Minister
    text = (
        "The Minister of Foreign Affairs received a telephone call from the Foreign Minister of Norway, "
        "Anniken Huitfeldt, on 5 March 2023. They discussed the war in Ukraine."
    )
    m = _meeting("Telephone call", text, MEA, date(2023, 3, 6))
    assert _people(m) == {"Subrahmanyam Jaishankar", "Anniken Huitfeldt"}


def test_consultations_of_two_ministries_are_held_by_the_officials_leading_each_side():
    # a joint press release of two ministries: who led each "side" takes part, of the side's state
    text = (
        "The Ministry of External Affairs of India and the Ministry of Foreign Affairs of Norway held "
        "political consultations in Oslo on 5 March 2023. The Indian side was led by Secretary (West) Sanjay "
        "Verma and the Norwegian side by State Secretary Eivind Vad Petersson. They discussed trade."
    )
    m = _meeting("Joint Press Release", text, MEA, date(2023, 3, 5))
    assert m.status == "held" and m.date == date(2023, 3, 5)
    assert _people(m) == {"Sanjay Verma", "Eivind Vad Petersson"}
    assert {p.label: p.props.get("country") for p in m.participants}["Eivind Vad Petersson"] == "NO"


def test_the_head_of_a_foreign_delegation_received_is_of_the_delegation_s_state():
    text = (
        "Prime Minister Narendra Modi received a Norwegian parliamentary delegation led by Speaker Masud "
        "Gharahkhani in New Delhi today. They discussed cooperation between the two parliaments."
    )
    m = _meeting("PM receives parliamentary delegation", text, MEA, date(2023, 3, 5))
    assert {c.props.get("iso") for c in m.countries} == {"IN", "NO"}


def test_a_visit_under_way_is_told_held_and_names_the_visitor_a_pronoun_stands_for():
    text = (
        "Prime Minister Jonas Gahr Støre of Norway is on an official visit to India from 4 to 6 March 2023. "
        "He met Prime Minister Narendra Modi today. The two leaders discussed trade and energy."
    )
    m = _meeting("Press release", text, MEA, date(2023, 3, 5))
    assert m.status == "held"
    assert _people(m) == {"Jonas Gahr Støre", "Narendra Modi"}


def test_a_visit_or_meeting_ahead_in_other_governments_words_is_planned_for_its_day():
    visiting = (
        "Prime Minister Narendra Modi will be visiting Norway from 10 to 12 March 2023. He will hold talks "
        "with Prime Minister Jonas Gahr Støre in Oslo."
    )
    co_chair = (
        "Prime Minister Narendra Modi and Prime Minister Jonas Gahr Støre of Norway will co-chair the first "
        "India-Norway Summit on 10 March 2023 in virtual format."
    )
    arriving = (
        "The Prime Minister of Norway will arrive in New Delhi on 10 March 2023 on an official visit. Talks "
        "with Prime Minister Narendra Modi are scheduled for 11 March."
    )
    set_for = (
        "A meeting between Prime Minister Narendra Modi and Prime Minister Jonas Gahr Støre of Norway is "
        "planned for 10 March 2023 in Oslo."
    )
    for text in (visiting, co_chair, arriving, set_for):
        m = _meeting("Press release", text + " They will discuss trade.", MEA, date(2023, 3, 5))
        assert m.status == "planned", text
        assert m.date == date(2023, 3, 10) or text == arriving, text  # (arriving: the visit's first day)
        assert _people(m) == {"Narendra Modi", "Jonas Gahr Støre"}, text


def test_two_leaders_doing_together_what_a_visit_brings_have_met():
    for act in (
        "jointly inaugurated the India-Norway Innovation Centre",
        "witnessed the exchange of four memoranda of understanding",
        "jointly addressed the India-Norway Business Forum",
        "held wide-ranging discussions on trade and climate",
    ):
        text = (
            f"Prime Minister Narendra Modi and Prime Minister Jonas Gahr Støre of Norway {act} in New Delhi "
            "on 5 March 2023. The visit marks twenty years of the partnership."
        )
        m = _meeting("Press release", text, MEA, date(2023, 3, 6))
        assert m.status == "held" and m.date == date(2023, 3, 5), act
        assert _people(m) == {"Narendra Modi", "Jonas Gahr Støre"}, act
    # what leaders launched at an earlier meeting, recalled in a readout of officials' talks, is not theirs
    text = (
        "National Security Advisor Ajit Doval met Norwegian State Secretary Eivind Vad Petersson in New "
        "Delhi today. Their meeting follows the summit in Oslo, in which Prime Minister Narendra Modi and "
        "Prime Minister Jonas Gahr Støre launched the Green Strategic Partnership."
    )
    m = _meeting("Press release", text, MEA, date(2023, 3, 6))
    assert "Jonas Gahr Støre" not in _people(m)


PTI = ("Press Trust of India", "https://www.ptinews.com/story/x")
STATE_HOUSE_NG = ("State House Nigeria", "https://statehouse.gov.ng/news/x")


def test_a_wire_s_here_puts_the_meeting_in_its_dateline_s_city():
    text = (
        "NEW DELHI, March 5 (PTI) - Prime Minister Narendra Modi held talks with his Norwegian counterpart "
        "Jonas Gahr Støre here on Sunday. The two leaders discussed trade and energy."
    )
    m = _meeting("Modi, Støre discuss green partnership", text, PTI, date(2023, 3, 5))
    assert m.venue is not None and m.venue.label == "New Delhi"
    # without "here" a wire's home dateline says nothing of where its leader met
    text = (
        "NEW DELHI, March 5 (PTI) - Prime Minister Narendra Modi held talks with his Norwegian counterpart "
        "Jonas Gahr Støre on Sunday. The two leaders discussed trade and energy."
    )
    assert _meeting("Modi, Støre discuss green partnership", text, PTI, date(2023, 3, 5)).venue is None


def test_a_villa_named_before_its_city_places_the_meeting_in_the_city():
    text = (
        "President Bola Tinubu on Sunday received the Prime Minister of Norway, Jonas Gahr Støre, at the "
        "Presidential Villa, Abuja. The two leaders discussed trade and energy."
    )
    m = _meeting("President receives Norwegian Prime Minister", text, STATE_HOUSE_NG, date(2023, 3, 5))
    assert m.venue is not None and m.venue.label == "Abuja"
