"""People of a found meeting named in the forms readouts use for delegations and guests: a delegation
"– led by A, B and C –" or "of officials, including X"; a bulleted "joined by: • Name, Title • …" list;
a meeting told as "In <place>, X had a meeting with Y"; an adviser whose title joins words with "and"
("Foreign Affairs and Defense Advisor to …") (kg/extract/participants.py, kg/extract/people)."""

from __future__ import annotations

from datetime import date

from kg.model import Document
from tests.helpers import who_took_part


def _people(title: str, text: str, source: str = "whitehouse") -> list[str]:
    doc = Document(source, f"{source}/statements-releases/delegations.md", title, text, date(2022, 5, 10))
    return [" ".join(p.split()) for p in who_took_part(doc)[0]]


def test_the_members_of_a_delegation_set_off_by_dashes_take_part():
    people = _people(
        "Readout of Senior Administration Travel to Fiji",
        "On May 10, a U.S. delegation – led by Coordinator Walter Brennick, Assistant Secretary of State "
        "Orla Venstrom, and Deputy Administrator Kofi Tamberlane – visited Suva, Fiji. The delegation met "
        "with Prime Minister Frank Bainimarama to discuss the partnership.",
    )
    assert {"Walter Brennick", "Orla Venstrom", "Kofi Tamberlane"} <= set(people)


def test_the_officials_a_delegation_includes_take_part():
    people = _people(
        "Readout of National Security Advisor Jake Sullivan’s Travel to Guatemala",
        "National Security Advisor Jake Sullivan and a delegation of senior U.S. officials, including "
        "Deputy Administrator Marla Quenneville, traveled to Guatemala on May 9 to meet with President "
        "Alejandro Giammattei. They discussed migration and security.",
    )
    assert "Marla Quenneville" in people


def test_each_guest_of_a_bulleted_list_takes_part_with_the_title_after_the_name():
    people = _people(
        "Readout of Vice President Harris’s Meeting with Prime Minister Prayut Chan-o-cha of Thailand",
        "Vice President Kamala Harris met with Prime Minister Prayut Chan-o-cha of Thailand in Bangkok "
        "today. They discussed clean energy. The Vice "
        "President was joined by: • Rowan Pellick, U.S. Ambassador to Thailand • Tida Somboonkit, Founder "
        "of the Mekong Water Group • Arun Wattanachai, Executive Director of the River Network.",
    )
    assert {"Rowan Pellick", "Tida Somboonkit", "Arun Wattanachai"} <= set(people)
    assert not any("•" in p for p in people)


def test_a_meeting_told_as_had_a_meeting_with_in_a_trip_leg_names_its_counterpart():
    people = _people(
        "Ihor Zhovkva discussed European integration with Slovenian officials",
        "Deputy Head of the Office of the President of Ukraine Ihor Zhovkva paid a working visit to "
        "Slovenia. He discussed cooperation in the energy sector.\n\n"
        "In Ljubljana, Ihor Zhovkva had a meeting with President of the National Council of the "
        "Republic of Slovenia Marjan Podobnikar. The parties discussed inter-parliamentary dialogue.",
        source="ukraine",
    )
    assert "Marjan Podobnikar" in people


def test_an_adviser_whose_title_joins_words_with_and_is_the_counterpart():
    people = _people(
        "Statement on National Security Advisor Jake Sullivan’s Call with Pieter van Dalsum, Foreign "
        "Affairs and Defense Advisor to the Prime Minister of the Netherlands",
        "National Security Advisor Jake Sullivan spoke by phone today with Pieter van Dalsum, Foreign "
        "Affairs and Defense Advisor to the Prime Minister of the Netherlands. They discussed cyber "
        "security.",
    )
    assert "Pieter van Dalsum" in people


def test_a_delegation_recalled_from_another_year_still_names_no_one():
    people = _people(
        "Readout of President Biden’s Meeting with President Andrzej Duda of Poland",
        "President Biden met with President Andrzej Duda of Poland today. They recalled that in 2019 a "
        "delegation – led by Senator Horace Quimby – had visited Warsaw.",
    )
    assert "Horace Quimby" not in people


def test_the_head_of_a_delegation_whose_earlier_visit_is_praised_takes_no_part():
    people = _people(
        "Volodymyr Zelenskyy had a phone conversation with Emmanuel Macron",
        "President of Ukraine Volodymyr Zelenskyy had a phone conversation with President of France "
        "Emmanuel Macron. The Presidents praised the visit of the Ukrainian delegation led by Minister "
        "of Economy Olena Hrytsenko to Paris the day before.",
        source="ukraine",
    )
    assert "Olena Hrytsenko" not in people


def test_the_counterpart_named_in_a_readout_of_the_meeting_takes_part():
    people = _people(
        "Readout of National Security Advisor Jake Sullivan Leading a Virtual Meeting of the U.S.-Israel "
        "Strategic Consultative Group",
        "National Security Advisor Jake Sullivan led a virtual meeting of the U.S.-Israel Strategic "
        "Consultative Group today. The officials discussed regional security. Mr. Sullivan invited his "
        "Israeli counterpart, Avner Golan, to visit Washington for follow-up consultations.",
    )
    assert "Avner Golan" in people


def test_heads_of_bodies_written_in_lower_case_who_report_take_part():
    people = _people(
        "President held a meeting on the security situation in the eastern regions",
        "President of Ukraine Volodymyr Zelenskyy held a meeting on the security situation in the "
        "eastern regions. The event was attended by representatives of the diplomatic corps accredited "
        "in Ukraine. The participants of the meeting heard a report by Head of the Sumy regional "
        "state administration Dmytro Zhyvytskyi and Head of the Poltava regional military "
        "administration Dmytro Lunin on the defense of the regions. Head of the Chernihiv regional "
        "state administration Viacheslav Chaus reported on the formation of territorial defense units.",
        source="ukraine",
    )
    assert {"Dmytro Zhyvytskyi", "Dmytro Lunin", "Viacheslav Chaus"} <= set(people)


def test_a_cochair_set_off_after_a_title_joining_words_with_and_takes_part():
    people = _people(
        "Readout of the Meeting of the Donor Coordination Platform Steering Committee",
        "Deputy National Security Advisor Mike Pyle, together with Finance Minister of Ukraine, Sergii "
        "Marchenko, and European Commission Director-General for Neighborhood and Enlargement "
        "Negotiations, Hendrik Jan Vossberg, co-chaired the meeting of the Steering Committee today. "
        "They discussed energy repairs.",
    )
    assert {"Sergii Marchenko", "Hendrik Jan Vossberg"} <= set(people)
