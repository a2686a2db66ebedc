"""Officials' titles with a rank before them ("Assistant Secretary of State", "Under Secretary-General"),
names with a middle initial or a compound given name after a portfolio, and the state of an official
listed after a foreign official ("met with Kosovo President X and Prime Minister Y")."""

from __future__ import annotations

from datetime import date

from kg.extract.gazetteer import scan
from kg.extract.people import People, find_in_text, resolve_roles
from kg.extract.titles import role_of
from kg.model import Document, Meeting
from kg.reference import load_reference
from tests.helpers import reported_meetings, wh_release


def _find(text: str, on: date = date(2022, 3, 2), home: str = "US") -> People:
    ref = load_reference()
    return find_in_text(text, scan(text, ref), ref, on, home)


def _labels(f: People) -> dict[str, str | None]:
    return {p.label: p.title for p in f.people.values()}


def _meetings(title: str, text: str, released: date = date(2022, 11, 2)) -> list[Meeting]:
    doc = wh_release(title, text, released)
    return reported_meetings(doc)


def test_a_rank_before_a_title_is_part_of_it_and_names_no_office_holder():
    assert role_of("Assistant Secretary of State") is None
    assert role_of("Under Secretary-General") is None
    f = _find("Deputy Assistant Secretary of State Hal Quimby met with Under Secretary-General Ola Brandvik.")
    people = _labels(f)
    assert people["Hal Quimby"] == "Deputy Assistant Secretary of State"
    assert people["Ola Brandvik"] == "Under Secretary-General"


def test_a_middle_initial_or_a_known_given_name_stays_in_the_name_after_a_portfolio():
    f = _find(
        "Assistant Secretary of State Corwin T. Ashby met with Minister of Foreign Trade Ana Maria Velandro."
    )
    people = _labels(f)
    assert people["Corwin T. Ashby"] == "Assistant Secretary of State"
    assert "Ana Maria Velandro" in people
    assert people["Ana Maria Velandro"].startswith("Minister of Foreign Trade")


def test_an_official_listed_after_a_foreign_official_is_of_the_same_state():
    (m,) = _meetings(
        "Readout of the Homeland Security Advisor's Visit to Kosovo",
        "The Homeland Security Advisor traveled to Pristina and met with Kosovo President Vjosa "
        "Osmani-Sadriu and Minister of Interior Halvor Brekke and visited a camp. They discussed security.",
    )
    people = {p.label: p.props.get("country") for p in m.participants}
    assert people["Halvor Brekke"] == "XK"


def test_the_subject_after_a_list_is_not_of_the_list_s_state():
    (m,) = _meetings(
        "Readout of the Deputy Administrator's Travel to Guatemala",
        "Deputy Administrator Dr. Wren Tollman traveled to Guatemala. During meetings with President "
        "Alejandro Giammattei and Minister of Economy Ivo Pralen, Dr. Tollman discussed trade.",
    )
    people = {p.label: p.props.get("country") for p in m.participants}
    assert people.get("Ivo Pralen") == "GT"
    assert people.get("Wren Tollman") != "GT"


def test_a_label_ending_in_a_first_name_gives_way_to_the_full_name_of_the_person_named_next():
    # "President Michel" (a label of the European Council's President) before "Aoun": Michel Aoun
    (m,) = _meetings(
        "Readout of President Biden's Call with President Michel Aoun of Lebanon",
        "President Biden spoke today with President Michel Aoun of Lebanon about the maritime boundary. "
        "President Biden thanked President Aoun for his work.",
        date(2022, 10, 11),
    )
    assert [p.label for p in m.participants if p.label != "Joseph R. Biden, Jr."] == ["Michel Aoun"]
    assert m.organizations == []


def test_a_body_of_the_publisher_s_state_is_no_participating_organization():
    (m,) = _meetings(
        "Readout of the Deputy National Security Advisor's Call with the UN Special Coordinator",
        "The Deputy National Security Advisor spoke with UN Special Coordinator for the Middle East Peace "
        "Process Tor Wennesland, joined by USAID Administrator Samantha Power, and they discussed "
        "humanitarian access.",
        date(2023, 10, 14),
    )
    assert [o.label for o in m.organizations] == ["United Nations"]


def test_the_author_of_plans_and_the_founder_of_a_body_take_no_part():
    (m,) = _meetings(
        "Readout of the National Security Advisor's Call with Chief Advisor Ibrahim Kalin",
        "National Security Advisor Jake Sullivan spoke today with Ibrahim Kalin, Chief Advisor to the "
        "President of Turkey. Mr. Sullivan welcomed the resumption of talks, and he expressed support "
        "for plans by United Nations Secretary General Guterres to resume talks on Cyprus.",
        date(2021, 2, 2),
    )
    assert "António Guterres" not in [p.label for p in m.participants]
    assert m.organizations == []
    (m,) = _meetings(
        "Readout of the National Security Advisor's Meeting with The Elders",
        "National Security Advisor Jake Sullivan met today with Mary Robinson of Ireland, Chair of The "
        "Elders, an organization founded in 2007 by former President Nelson Mandela. They discussed climate.",
        date(2021, 6, 2),
    )
    assert "Nelson Mandela" not in [p.label for p in m.participants]


def test_a_former_head_of_an_organization_does_not_bring_it():
    (m,) = _meetings(
        "Readout of the National Security Advisor's Meeting with Former Leaders",
        "National Security Advisor Jake Sullivan met today with former leaders. The representatives "
        "included: Former Prime Minister of Norway, Former World Health Organization Director-General "
        "Halvard Ostby. They discussed pandemic preparedness.",
        date(2021, 6, 2),
    )
    assert "Halvard Ostby" in [p.label for p in m.participants]
    assert m.organizations == []


def _other(publisher: str, title: str, text: str, released: date) -> list[Meeting]:
    doc = Document("jsonl", "mine.jsonl#1", title, text, released, "https://example.org/y", publisher)
    return reported_meetings(doc)


def test_a_foreign_minister_named_by_office_and_his_counterpart_by_state():
    (m,) = _other(
        "Government of the United Kingdom",
        "Foreign Secretary meets Japanese counterpart",
        "The Foreign Secretary met his Japanese counterpart in London today. They discussed the "
        "Indo-Pacific and the war in Ukraine.",
        date(2023, 1, 12),
    )
    assert sorted(p.label for p in m.participants) == ["James Cleverly", "Yoshimasa Hayashi"]
    assert sorted(c.props["iso"] for c in m.countries) == ["GB", "JP"]
    (m,) = _other(
        "Ministry of External Affairs, India",
        "Visit of External Affairs Minister to Australia",
        "The External Affairs Minister held talks with his Australian counterpart in Canberra on 10 "
        "October. The two Ministers reviewed the Comprehensive Strategic Partnership.",
        date(2022, 10, 10),
    )
    assert sorted(p.label for p in m.participants) == ["Penny Wong", "Subrahmanyam Jaishankar"]


def test_a_secretary_of_state_for_a_portfolio_is_no_foreign_minister():
    f = _find("The Secretary of State for Defence visited the troops.", date(2023, 1, 12), "GB")
    assert [p.label for p in f.people.values()] == []
    roles = resolve_roles(f, "The Secretary of State for Defence visited the troops.")
    assert roles == []


def test_a_given_name_that_is_also_a_title_starts_the_name_before_a_patronymic():
    f = _find(
        "The talks were attended by Qatari Minister of State for Foreign Affairs "
        "Sultan bin Saad Al-Muraikhi.",
        date(2023, 10, 10),
        "KZ",
    )
    assert "Sultan bin Saad Al-Muraikhi" in [p.label for p in f.people.values()]


def test_a_whole_title_keeps_a_three_word_name_and_a_delegation_s_members_take_its_state():
    f = _find("He met Minister of Defence Bjørn Arild Gram of Norway.", date(2023, 2, 2), "UA")
    assert "Bjørn Arild Gram" in [p.label for p in f.people.values()]
    (m,) = _meetings(
        "Readout of the Secretary's Meeting with the Colombian Delegation",
        "The Secretary of State met today with the Colombian delegation. The Colombian delegation was led "
        "by Minister of Foreign Affairs Alvaro Leyva and included Minister of Defense Ivan Velasquez. "
        "They discussed security.",
        date(2022, 10, 3),
    )
    people = {p.label: p.props.get("country") for p in m.participants}
    assert people["Ivan Velasquez"] == "CO"
