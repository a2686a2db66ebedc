"""Detection on releases written for the test: held, planned, or no meeting at all."""

from __future__ import annotations

from datetime import date

from kg.extract import EXTRACTOR, extract
from tests.helpers import akorda_release, kremlin_release, wh_release


def test_a_telephone_conversation_with_a_foreign_leader_is_held():
    ex = extract(
        akorda_release(
            "Head of State has telephone conversation with President of Lowlandia",
            "Kassym-Jomart Tokayev had a telephone conversation with President of Azerbaijan Ilham Aliyev. "
            "The sides discussed trade and transport.",
            released=date(2023, 8, 15),
        )
    )
    assert ex.extractor == EXTRACTOR
    assert [m.status for m in ex.meetings] == ["held"]
    m = ex.meetings[0]
    assert m.mode == "phone" and m.date == date(2023, 8, 15)
    assert {c.key for c in m.countries} == {"KZ", "AZ"}


def test_an_announced_visit_is_planned():
    ex = extract(
        akorda_release(
            "Head of State to visit Italy",
            "Kassym-Jomart Tokayev will pay an official visit to Italy next week. "
            "He will meet President of Italy Sergio Mattarella on Thursday in Rome.",
            released=date(2024, 1, 12),
        )
    )
    assert [m.status for m in ex.meetings] == ["planned"]
    assert ex.meetings[0].date == date(2024, 1, 18)


def test_proclamations_and_greetings_report_no_meeting():
    procl = wh_release(
        "A Proclamation on National Fish Week, 2023",
        "Today we honor fishermen. The President met with them last year in Lisbon.",
        released=date(2023, 8, 15),
    )
    greetings = kremlin_release(
        "Greetings to the Forum",
        "Vladimir Putin sent a message of greetings to the participants of the forum.",
        released=date(2023, 8, 15),
    )
    assert extract(procl).meetings == [] and extract(greetings).meetings == []


def test_a_meeting_with_own_officials_only_is_not_a_diplomatic_meeting():
    ex = extract(
        akorda_release(
            "Head of State receives Minister of Energy",
            "Kassym-Jomart Tokayev received Minister of Energy Almasadam Satkaliyev. "
            "The Minister reported on the oil sector.",
            released=date(2023, 8, 15),
        )
    )
    assert ex.meetings == []


def test_a_separate_meeting_in_the_same_release_is_its_own_meeting():
    ex = extract(
        akorda_release(
            "Readout of the President's Meeting with Prime Minister Olaf Tvedt of Norway",
            "President Kassym-Jomart Tokayev met today in Astana with Prime Minister Olaf Tvedt of Norway. "
            "They discussed energy and trade. "
            "Foreign Minister Murat Nurtleu also met separately with "
            "Foreign Minister Ingrid Lunde of Norway.",
            released=date(2023, 8, 15),
        )
    )
    assert len(ex.meetings) == 2
    main, other = ex.meetings
    assert {p.label for p in main.participants} == {"Kassym-Jomart Tokayev", "Olaf Tvedt"}
    assert {p.label.split()[-1] for p in other.participants} == {"Nurtleu", "Lunde"}
    assert {c.key for c in other.countries} >= {"NO"}


def test_a_briefing_by_ones_own_official_is_not_a_second_meeting():
    ex = extract(
        akorda_release(
            "Readout of the President's Call with Prime Minister Olaf Tvedt of Norway",
            "President Kassym-Jomart Tokayev spoke today with Prime Minister Olaf Tvedt of Norway. "
            "President Tokayev also spoke this evening with Minister of Energy Almasadam Satkaliyev.",
            released=date(2023, 8, 15),
        )
    )
    assert len(ex.meetings) == 1
    assert "Satkaliyev" not in {p.label.split()[-1] for p in ex.meetings[0].participants}


def test_talks_between_others_mentioned_in_remarks_are_not_a_second_meeting():
    ex = extract(
        wh_release(
            "Remarks by President Biden and Prime Minister Modi of India Before Bilateral Meeting",
            "President Biden met with Prime Minister Narendra Modi of India. "
            "Prime Minister Modi said he also suggested that there be direct talks between President Putin "
            "and President Zelenskyy.",
            released=date(2022, 4, 11),
        )
    )
    assert len(ex.meetings) == 1
    assert {p.label for p in ex.meetings[0].participants} == {"Joseph R. Biden, Jr.", "Narendra Modi"}


def test_a_call_with_a_former_president_is_not_one_with_the_present_one():
    ex = extract(
        kremlin_release(
            "Telephone conversation with Nursultan Nazarbayev",
            "During a telephone conversation, Vladimir Putin warmly congratulated Nursultan Nazarbayev on "
            "the "
            "30th anniversary of his victory in the first general election for President of the Republic of "
            "Kazakhstan.",
            released=date(2021, 12, 1),
        )
    )
    assert [{p.label for p in m.participants} for m in ex.meetings] == [
        {"Vladimir Putin", "Nursultan Nazarbayev"}
    ]


def test_press_statements_following_talks_report_talks_held():
    ex = extract(
        kremlin_release(
            "Press statements following Russian-Mongolian talks",
            "Vladimir Putin and President of Mongolia Ukhnaagiin Khurelsukh made statements for the press "
            "on the results of the Russian-Mongolian talks.\n\n"
            "President of Russia Vladimir Putin: Good afternoon. We will sign a treaty and will meet again. "
            "During the talks we also spoke about President Biden's proposals.",
            released=date(2021, 12, 16),
        )
    )
    assert [m.status for m in ex.meetings] == ["held"]
    # a speaker's words about others do not make them participants
    assert {p.label for p in ex.meetings[0].participants} == {"Vladimir Putin", "Ukhnaagiin Khurelsukh"}


def test_a_meeting_with_the_head_of_a_national_body_is_not_diplomatic():
    ex = extract(
        kremlin_release(
            "Meeting with RDIF CEO Kirill Dmitriev",
            "Vladimir Putin had a working meeting with CEO of the Russian Direct Investment Fund (RDIF) "
            "Kirill Dmitriev.",
            released=date(2021, 12, 30),
        )
    )
    assert ex.meetings == []


def test_two_leaders_joint_statement_naming_them_its_authors_reports_their_meeting():
    text = (
        "We, President of the United States of America Joseph R. Biden and President of the Russian "
        "Federation Vladimir Putin, note the United States and Russia have demonstrated that they are able "
        "to make progress on our shared goals."
    )
    ex = extract(
        wh_release(
            "U.S.-Russia Presidential Joint Statement on Strategic Stability",
            text,
            released=date(2021, 6, 16),
        )
    )
    assert [(m.status, m.date) for m in ex.meetings] == [("held", date(2021, 6, 16))]
    assert {p.label for p in ex.meetings[0].participants} >= {"Vladimir Putin"}
    # a group's statement in its own voice is no report of a meeting
    group = "We, the Leaders of the Group of Seven, condemn the attack."
    assert extract(wh_release("G7 Leaders' Statement", group, released=date(2023, 8, 15))).meetings == []


def test_leaders_who_decided_or_led_an_earlier_summit_are_not_at_their_officials_meeting():
    """'On the initiative of President X and President Y, the meeting between Minister A and Minister B
    was held', 'Following the … Summit … led by Prime Minister X, President Y, and President Z, the
    officials convened …': the leaders are named, not present."""
    initiative = extract(
        wh_release(
            "Joint statement following the meeting of the delegations of Ukraine and Poland",
            "On January 31, 2022, on the initiative of President Volodymyr Zelenskyy and President of "
            "Poland Andrzej Duda, the meeting between Minister of Infrastructure of Ukraine Oleksandr "
            "Kubrakov and Minister of Infrastructure of Poland Andrzej Adamczyk was held in Kyiv.",
            released=date(2022, 1, 31),
        )
    )
    people = {p.label for m in initiative.meetings for p in m.participants}
    assert "Andrzej Adamczyk" in people and not people & {"Andrzej Duda", "Volodymyr Zelenskyy"}
    summit = extract(
        wh_release(
            "Readout of the Trilateral Economic Security Dialogue",
            "Following the November 13, 2022 Phnom Penh Summit of the Trilateral Partnership led by "
            "Prime Minister Kishida Fumio of Japan, President Yoon Suk Yeol of the Republic of Korea, and "
            "President Joseph R. Biden, Jr. of the United States, senior officials convened the meeting of "
            "the Dialogue in Honolulu.",
            released=date(2023, 2, 28),
        )
    )
    people = {p.label for m in summit.meetings for p in m.participants}
    assert not people & {"Yoon Suk Yeol", "Fumio Kishida", "Joseph R. Biden, Jr."}


def test_leaders_joint_statement_saying_they_spoke_today_reports_their_call():
    text = (
        "Today, President Joseph R. Biden, Prime Minister Trudeau of Canada, President Emmanuel Macron of "
        "France, Chancellor Olaf Scholz of Germany, Prime Minister Giorgia Meloni of Italy, and Prime "
        "Minister Rishi Sunak of the United Kingdom spoke regarding the ongoing conflict. The leaders "
        "reiterated their support. They welcomed the release of two hostages."
    )
    ex = extract(wh_release("Joint Statement on Israel", text, released=date(2023, 10, 22)))
    assert [m.status for m in ex.meetings] == ["held"]
    assert {"Olaf Scholz", "Emmanuel Macron", "Justin Trudeau"} <= {
        p.label for p in ex.meetings[0].participants
    }


def test_remarks_of_two_leaders_together_report_their_meeting():
    title = (
        "Remarks by President Biden and President Yoon Suk Yeol of the Republic of Korea at the Air "
        "Operations Center's Combat Operations Floor on Osan Air Base"
    )
    text = "PRESIDENT BIDEN: Well, thank you all very much. It's an honor to be here with President Yoon."
    ex = extract(wh_release(title, text, released=date(2022, 5, 22)))
    assert [(m.status, m.date) for m in ex.meetings] == [("held", date(2022, 5, 22))]
    assert "Yoon Suk Yeol" in {p.label for p in ex.meetings[0].participants}
    # one leader's remarks, or a leader's with an official of his own, report none
    alone = "Remarks by President Biden After Touring Samsung Electronics Pyeongtaek Campus"
    assert extract(wh_release(alone, text, released=date(2022, 5, 20))).meetings == []
    own = "Remarks by President Biden and Vice President Harris on the Economy"
    assert extract(wh_release(own, "THE PRESIDENT: Thank you.", released=date(2023, 8, 15))).meetings == []
