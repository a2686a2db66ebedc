"""Counterparts the reference data does not know (issue 14): a head of a body no list holds, an
official named by title only, the sides of talks named in the title. The meeting is kept and the
person (and an intergovernmental body) minted with the labels the release gives; a body of the
publisher's own state, or one whose name does not say its side, makes no counterpart."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.people.bodies import body_side
from kg.model import Document, Entity, Meeting
from kg.reference import load_reference
from tests.helpers import kremlin_release, release, reported_meetings, ua_release, wh_release


def _own(doc: Document) -> list[Meeting]:
    return reported_meetings(doc)


def test_the_head_of_an_unknown_intergovernmental_body_is_a_counterpart_and_the_body_is_minted():
    meetings = _own(
        ua_release(
            "Deputy Head of the Office met with the Secretary General of the LSEC",
            "Deputy Head of the Office of the President of Ukraine Andriy Sybiha met with Secretary General "
            "of the Parliamentary Assembly of the Lowland Sea Economic Cooperation (LSEC) Maren Halvorsen. "
            "The parties discussed the work of the Assembly.",
            released=date(2022, 2, 10),
        )
    )
    assert len(meetings) == 1
    m = meetings[0]
    assert m.status == "held"
    assert "Maren Halvorsen" in [p.label for p in m.participants]
    orgs = [o.label for o in m.organizations]
    assert orgs == ["Parliamentary Assembly of the Lowland Sea Economic Cooperation"]
    # a participant is written with the title the release gives
    halvorsen = next(p for p in m.participants if p.label == "Maren Halvorsen")
    assert halvorsen.props.get("post") == "Secretary General"


def test_the_head_of_a_body_of_the_publisher_s_own_state_makes_no_meeting():
    assert (
        _own(
            ua_release(
                "Meeting with Director of the Federal Customs Service Ivan Petrenko",
                "The President held a working meeting with Director of the Federal Customs Service "
                "Ivan Petrenko. They discussed customs revenues.",
                released=date(2022, 2, 10),
            )
        )
        == []
    )
    assert (
        _own(
            ua_release(
                "Meeting with Prosecutor General of Ukraine Olha Marchenko",
                "The President met with Prosecutor General of Ukraine Olha Marchenko. They discussed "
                "investigations.",
                released=date(2022, 2, 10),
            )
        )
        == []
    )


def test_a_company_head_whose_company_says_no_state_makes_no_meeting():
    assert (
        _own(
            ua_release(
                "Meeting with Dniprosteel CEO Taras Hrytsenko",
                "The President met with Dniprosteel CEO Taras Hrytsenko. They discussed exports of steel.",
                released=date(2022, 2, 10),
            )
        )
        == []
    )


def test_a_body_s_side_is_read_from_its_name():
    ref = load_reference()
    assert body_side(ref, "UA", "Organization for Democracy and Economic Development").side == "international"
    assert body_side(ref, "UA", "National Bank of Ukraine").side == "home"
    assert body_side(ref, "UA", "Federal Customs Service").side == "home"
    polish = body_side(ref, "UA", "Polish Investment and Trade Agency")
    assert polish is not None and (polish.side, polish.iso) == ("state", "PL")
    assert body_side(ref, "UA", "Dniprosteel") is None
    assert body_side(ref, "UA", "Lowland Steel Company", "Secretary General") is None  # a company
    assert body_side(ref, "UA", "Lowland Sea Secretariat", "Secretary-General").side == "international"
    # a government's own office, whatever words of international affairs follow
    assert body_side(ref, "US", "Treasury for International Finance").side == "home"
    assert (
        body_side(ref, "US", "Office of the United Nations High Commissioner for Refugees").side
        == "international"
    )
    assert body_side(ref, "US", "International Finance Corporation").company is False


def test_an_official_named_by_title_and_demonym_is_a_counterpart_of_that_state():
    meetings = _own(
        ua_release(
            "Head of the Office of the President held talks with the Polish Prime Minister's adviser",
            "Head of the Office of the President of Ukraine Andriy Yermak held talks with the Polish "
            "delegation. They discussed border crossings.",
            released=date(2022, 2, 10),
        )
    )
    assert len(meetings) == 1
    assert {c.props.get("iso", c.key) for c in meetings[0].countries} >= {"UA", "PL"}


def test_the_sides_of_talks_named_in_the_title_make_the_meeting():
    meetings = _own(
        ua_release(
            "Ukrainian and Moldovan delegations held the second round of consultations on the border",
            "The delegations held the second round of consultations in Chisinau. "
            "The parties discussed the demarcation of the border in detail.",
            released=date(2022, 2, 10),
        )
    )
    assert len(meetings) == 1
    assert meetings[0].status == "held"
    assert {c.props.get("iso", c.key) for c in meetings[0].countries} >= {"UA", "MD"}


def test_a_rank_abbreviation_and_a_title_of_a_body_s_head_lead_to_the_name():
    meetings = _own(
        ua_release(
            "Call with Lowlandian counterparts",
            "Head of the Office of the President of Ukraine Andriy Yermak held a call with Foreign Minister "
            "of Poland Jan Kowalczyk and Commander-in-Chief of the Polish Armed Forces Gen. Piotr Nowicki.",
            released=date(2022, 2, 10),
        )
    )
    assert len(meetings) == 1
    names = [p.label for p in meetings[0].participants]
    assert "Piotr Nowicki" in names and "Jan Kowalczyk" in names


def test_an_international_body_named_as_taking_part_is_the_counterpart():
    meetings = _own(
        ua_release(
            "Head of the Office met with representatives of the International Federation of Lowland Rowing",
            "Head of the Office of the President of Ukraine Andriy Yermak met with representatives of the "
            "International Federation of Lowland Rowing Associations. They discussed a championship in Kyiv.",
            released=date(2022, 2, 10),
        )
    )
    assert len(meetings) == 1
    assert [o.label for o in meetings[0].organizations] == [
        "International Federation of Lowland Rowing Associations"
    ]


def test_a_counterpart_after_a_title_in_lower_case_gets_the_state_of_his_title():
    meetings = _own(
        ua_release(
            "Prime Minister meets Polish regional leader",
            "Prime Minister of Ukraine Denys Shmyhal held a meeting with governor of Poland's Lublin "
            "province Adam Wrona. The meeting focused on cross-border trade.",
            released=date(2022, 2, 10),
        )
    )
    assert len(meetings) == 1
    wrona = next(p for p in meetings[0].participants if p.label == "Adam Wrona")
    assert wrona.props.get("country") == "PL"
    # the same words about one's own governor make no meeting
    assert (
        _own(
            ua_release(
                "Prime Minister meets regional leader",
                "Prime Minister of Ukraine Denys Shmyhal held a meeting with governor of Lviv region "
                "Maksym Kozytskyi. The meeting focused on roads.",
                released=date(2022, 2, 10),
            )
        )
        == []
    )


def test_two_leaders_signing_a_declaration_met():
    meetings = _own(
        ua_release(
            "The President and the Prime Minister of Slovenia signed a declaration on Ukraine's future",
            "President of Ukraine Volodymyr Zelenskyy and Prime Minister of Slovenia Janez Janša signed a "
            "Declaration in support of the European perspective of Ukraine.",
            released=date(2022, 2, 10),
        )
    )
    assert len(meetings) == 1 and meetings[0].status == "held"
    assert {c.props.get("iso", c.key) for c in meetings[0].countries} == {"UA", "SI"}


def test_a_leader_and_his_guest_at_a_state_luncheon_met_but_a_speech_at_a_luncheon_is_no_meeting():
    text = "THE PRESIDENT: Good evening. Mr. President, welcome to the White House."
    guest = wh_release(
        "Remarks by President Biden and President Alain Moreau of France at State Luncheon",
        text,
        released=date(2022, 12, 1),
    )
    alone = wh_release(
        "Remarks by President Biden at the Annual Luncheon of the Press Club",
        text,
        released=date(2022, 12, 1),
    )
    assert len(_own(guest)) == 1
    assert _own(alone) == []


def test_a_leaders_statement_naming_them_in_its_first_sentence_makes_them_participants():
    meetings = _own(
        wh_release(
            "Lowland Statement on the Trilateral Partnership",
            "Today in Phnom Penh, Prime Minister Kishida Fumio of Japan, President Yoon Suk Yeol of the "
            "Republic of Korea, and President Joseph R. Biden, Jr. of the United States reaffirmed their "
            "partnership. In their second trilateral meeting this year, the Leaders resolved to act.",
            released=date(2022, 11, 13),
        )
    )
    assert len(meetings) == 1
    assert {"JP", "KR", "US"} <= {c.props.get("iso", c.key) for c in meetings[0].countries}
    assert len(meetings[0].participants) == 3


def test_an_office_of_a_leader_named_in_the_title_does_not_make_the_leader_a_participant():
    doc = ua_release(
        "The Head of the President's Office and the Minister for Foreign Affairs of Ukraine met with the "
        "US President's National Security Advisor Jacob Sullivan",
        "Head of the Office of the President Andriy Yermak and Minister for Foreign Affairs of Ukraine "
        "Dmytro Kuleba met with National Security Advisor Jacob Sullivan in Washington.",
        released=date(2021, 11, 11),
    )
    (m,) = _own(doc)
    people = {p.label for p in m.participants}
    assert {"Andriy Yermak", "Dmytro Kuleba", "Jake Sullivan"} <= people
    assert not people & {"Volodymyr Zelenskyy", "Joseph R. Biden, Jr."}


def test_an_institution_named_after_a_leader_is_not_the_leader():
    doc = ua_release(
        "Joint statement following the meeting of the delegations of Ukraine and Poland",
        "On January 31, 2022, on the initiative of President Volodymyr Zelenskyy and President of the "
        "Republic of Poland Andrzej Duda, the meeting between Minister of "
        "Infrastructure of Ukraine Oleksandr Kubrakov and Minister of Infrastructure of Poland Andrzej "
        "Adamczyk was held in the presence of Head of the Office of the President of Ukraine Andriy Yermak "
        "and Secretary of State in the Chancellery of the President of Poland, Head of the Bureau for "
        "International Policy Jakub Kumoch.",
        released=date(2022, 1, 31),
    )
    (m,) = _own(doc)
    people = {p.label for p in m.participants}
    assert {"Andriy Yermak", "Oleksandr Kubrakov"} <= people
    assert not people & {"Andrzej Duda", "Volodymyr Zelenskyy"}


def test_the_members_of_delegations_listed_after_represented_by_take_part():
    text = (
        "On July 25, 2023 Lowlandia's Secretary of Security Rosa Ilena Rodarte hosted U.S. Homeland "
        "Security Advisor Dr. Elizabeth Sherwood-Randall in the second meeting of the Trilateral "
        "Committee.\n\n"
        "The delegations discussed the trafficking of synthetic drugs.\n\n"
        "Canada was represented by the Associate Deputy Minister of Public Safety Canada, Tricia "
        "Gedderley; the Executive Director of the Opioid Response Team at Health Canada, Jenna Novakova; "
        "and the Counsellor at the Canadian Embassy in Washington D.C., Marek Holmberg."
    )
    meetings = _own(
        wh_release(
            "Joint Statement Following the Second Trilateral Committee Meeting",
            text,
            date(2023, 7, 27),
        )
    )
    assert len(meetings) == 1
    people = {p.label for p in meetings[0].participants}
    assert {"Tricia Gedderley", "Jenna Novakova", "Marek Holmberg"} <= people
    assert not people & {"Public Safety", "Opioid Response"}
    said = {
        e.value.label: e.evidence.text
        for e in meetings[0].evidence
        if e.field == "participant" and isinstance(e.value, Entity) and e.evidence
    }
    assert said["Marek Holmberg"].startswith("Canada was represented by")


def test_the_signers_listed_at_the_end_of_a_leaders_statement_take_part():
    text = (
        "We, the leaders of Lowlandia, Fiji and the United States, met today at the White House in "
        "Washington for the second summit of our partnership.\n\n"
        "We reaffirm our commitment to the health of the Pacific Ocean.\n\n"
        "September 25, 2023\n\n"
        "Prime Minister Sitoni Rabukava of the Republic of Fiji President Joseph R. Biden, Jr. of the "
        "United States of America Permanent Secretary Colm Beckett of Lowlandia"
    )
    meetings = _own(wh_release("U.S.-Pacific Leaders Statement on Our Partnership", text, date(2023, 9, 25)))
    assert len(meetings) == 1
    people = {p.label for p in meetings[0].participants}
    assert {"Sitoni Rabukava", "Colm Beckett", "Joseph R. Biden, Jr."} <= people


def test_names_in_a_closing_paragraph_that_says_something_are_no_signers():
    text = (
        "We, the leaders of Lowlandia, Fiji and the United States, met today at the White House in "
        "Washington for the second summit of our partnership.\n\n"
        "We reaffirm our commitment to the health of the Pacific Ocean.\n\n"
        "We recall the words of Prime Minister Sitoni Rabukava of Fiji and of Permanent Secretary Colm "
        "Beckett of Lowlandia at the first summit."
    )
    meetings = _own(wh_release("U.S.-Pacific Leaders Statement on Our Partnership", text, date(2023, 9, 25)))
    people = {p.label for m in meetings for p in m.participants}
    assert not people & {"Sitoni Rabukava", "Colm Beckett"}


def test_who_speaks_in_the_report_of_the_meeting_takes_part():
    text = (
        "Deputy Head of the Office of the President Kyrylo Tymoshenko held a meeting with "
        "representatives of the International Federation of Basketball Associations of Europe "
        "(FIBA Europe).\n\n"
        "Mykola Brodenko, President of the Basketball Federation of Ukraine, noted that the arenas "
        "are ready. Head of Competitions at FIBA Europe Ljubo Mandicic stressed the support.\n\n"
        "As Volodymyr Zelenskyy said at this year's forum, sport unites the nation."
    )
    meetings = _own(
        ua_release(
            "Ukraine will host the championship - Deputy Head of the Office", text, released=date(2022, 2, 10)
        )
    )
    assert len(meetings) == 1
    people = {p.label for p in meetings[0].participants}
    assert {"Mykola Brodenko", "Ljubo Mandicic"} <= people


def test_someone_invited_to_attend_takes_part_and_the_host_still_does():
    text = (
        "An informal meeting of the heads of state of the Commonwealth of Independent States took place "
        "in St Petersburg. Taking part in the meeting were President of Azerbaijan Ilham Aliyev and Prime "
        "Minister of Armenia Nikol Pashinyan. Anna Popova, Head of the Federal Service for the Oversight "
        "of Consumer Protection and Welfare, was also invited to attend the meeting."
    )
    meetings = _own(kremlin_release("Informal meeting of the CIS heads of state", text, date(2021, 12, 28)))
    assert len(meetings) == 1
    people = {p.label for p in meetings[0].participants}
    assert {"Anna Popova", "Vladimir Putin", "Ilham Aliyev"} <= people


def test_a_ship_named_after_a_queen_is_no_participant():
    text = (
        "President Biden met today with Prime Minister Boris Johnson of the United Kingdom in Cornwall. "
        "They welcomed visits in the Indo-Pacific by the Carrier Strike Group, led by HMS Queen Elizabeth."
    )
    meetings = _own(
        wh_release(
            "Readout of President Biden's Meeting with Prime Minister Johnson",
            text,
            date(2021, 6, 12),
        )
    )
    people = {p.label for m in meetings for p in m.participants}
    assert "Boris Johnson" in people
    assert not [p for p in people if "Elizabeth" in p]


def test_who_convened_other_meetings_on_other_days_is_not_at_this_one():
    text = (
        "Vice President Kamala Harris today spoke with Prime Minister Andrew Holness of Jamaica.\n\n"
        "The Vice President and Prime Minister Holness welcomed progress made on the committees that "
        "President Biden and the Vice President launched in June.\n\n"
        "On April 29, the Vice President convened Caribbean leaders virtually and on June 9, President "
        "Biden and the Vice President convened Caribbean leaders at the Summit of the Americas."
    )
    meetings = _own(
        wh_release(
            "Readout of Vice President Harris's Call with Prime Minister Holness",
            text,
            date(2022, 8, 8),
        )
    )
    people = {p.label for m in meetings for p in m.participants}
    assert {"Kamala Harris", "Andrew Holness"} <= people
    assert not [p for p in people if "Biden" in p]


def test_the_chairs_of_a_standing_dialogue_named_in_a_joint_statement_are_not_at_the_meeting():
    text = (
        "President Biden met today with President Abdel Fattah Al Sisi of Egypt in Jeddah.\n\n"
        "The two leaders renewed their commitment to the U.S.-Egypt Strategic Dialogue co-chaired by "
        "Secretary of State Antony J. Blinken and Minister of Foreign Affairs Sameh Shoukry."
    )
    meetings = _own(
        wh_release(
            "Joint Statement Following Meeting Between President Biden and President Al Sisi",
            text,
            date(2022, 7, 16),
        )
    )
    people = {p.label for m in meetings for p in m.participants}
    assert "Joseph R. Biden, Jr." in people
    assert not [p for p in people if "Blinken" in p or "Shoukry" in p]


def test_a_meeting_told_as_earlier_gives_no_participant():
    text = (
        "Head of State Kassym-Jomart Tokayev has had a telephone conversation with the President of "
        "Russia, Vladimir Putin.\n\nThe presidents discussed cooperation in trade.\n\n"
        "Earlier, the Kazakh President held a meeting with the President of North Macedonia, Gordana "
        "Siljanovska-Davkova."
    )
    meetings = _own(release("Kazakh, Russian presidents talk over phone", text, date(2024, 6, 3), "kz-news"))
    people = {p.label for m in meetings for p in m.participants}
    assert "Vladimir Putin" in people
    assert not [p for p in people if "Siljanovska" in p]


def test_the_people_of_a_sentence_dated_to_another_month_are_not_at_the_meeting():
    text = (
        "Deputy Head of the Office of the President of Ukraine Ihor Zhovkva held a meeting with Head of "
        "the NATO Representation to Ukraine Alexander Vinnikov.\n\n"
        "During the meeting, the parties discussed the participation of President of Ukraine Volodymyr "
        "Zelenskyy in the NATO Summit in Madrid in June 2022."
    )
    meetings = _own(
        ua_release(
            "Ihor Zhovkva held a meeting with Head of the NATO Representation",
            text,
            released=date(2022, 9, 1),
        )
    )
    people = {p.label for m in meetings for p in m.participants}
    assert {"Alexander Vinnikov"} <= people
    assert not [p for p in people if "Zelensk" in p]


def test_who_signed_documents_in_the_leaders_presence_took_part():
    doc = Document(
        "ukraine",
        "test/signing",
        "Following the talks of the Presidents of Ukraine and Turkey, a Free Trade Agreement was signed",
        "Following the meeting of President of Ukraine Volodymyr Zelenskyy with President of the Republic of "
        "Turkey Recep Tayyip Erdoğan, a Free Trade Agreement between Ukraine and Turkey was signed in Kyiv. "
        "The document was signed by Prime Minister of Ukraine Denys Shmyhal and Minister of Trade of Turkey "
        "Mehmet Muş. The agreement signed in 1998 was the first step.",
        date(2022, 2, 3),
        url="https://www.president.gov.ua/en/news/test-signing",
    )
    people = {p.label for m in extract(doc).meetings for p in m.participants}
    assert {"Volodymyr Zelenskyy", "Recep Tayyip Erdoğan", "Denys Shmyhal", "Mehmet Muş"} <= people
