"""Everyone at a multilateral meeting (issue 14): the states a release lists as taking part and the
leaders who speak for them on that day, a group's members, a summit's co-hosts; and leaders who are
only named as the authors of an earlier decision are not there (issue 15)."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from tests.helpers import release, reported_meetings, wh_release, who_took_part


def test_the_leaders_of_listed_states_are_those_who_speak_for_them_not_their_heads_of_state():
    people, countries = who_took_part(
        wh_release(
            "G7 Leaders’ Statement",
            "We, the Leaders of Canada, France, Germany, Italy, Japan, the United Kingdom and the United "
            "States held a call today with President Zelenskyy of Ukraine.\n\nWe condemn the attacks.",
            date(2022, 5, 8),
        )
    )
    assert {"Justin Trudeau", "Emmanuel Macron", "Olaf Scholz", "Mario Draghi", "Fumio Kishida"} <= set(
        people
    )
    assert {"Boris Johnson", "Joseph R. Biden, Jr.", "Volodymyr Zelenskyy"} <= set(people)
    assert not {"Naruhito", "Frank-Walter Steinmeier", "Sergio Mattarella"} & set(people)
    assert {"CA", "FR", "DE", "IT", "JP", "GB", "US", "UA"} == set(countries)


def test_heads_of_state_or_government_of_listed_states_are_each_state_s_leader():
    people, countries = who_took_part(
        release(
            "Joint Statement issued by the Heads of State/Government of the Association Trio",
            "We, the Heads of State/Government of Georgia, Republic of Moldova and Ukraine met in Brussels "
            "today on the margins of the 6th Eastern Partnership Summit.",
            date(2021, 12, 15),
            reader="ukraine",
        )
    )
    assert {"Irakli Garibashvili", "Maia Sandu", "Volodymyr Zelenskyy"} <= set(people)
    assert "Salome Zourabichvili" not in people  # Georgia's President does not lead it at summits
    assert {"GE", "MD", "UA"} <= set(countries)


def test_a_meeting_of_the_leaders_from_a_list_of_states_and_bodies():
    people, countries = who_took_part(
        wh_release(
            "FACT SHEET: President Biden and Prime Minister Modi Host Leaders on Infrastructure",
            "At the G20 Summit in New Delhi, President Biden and Prime Minister Modi co-hosted a group of "
            "G20 leaders to accelerate investments.\n\nThe meeting of the leaders from the United States, "
            "European Union (EU), France, Germany, India, Italy and Japan demonstrated the urgency of "
            "closing the infrastructure gap.",
            date(2023, 9, 9),
        )
    )
    assert {"Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni", "Fumio Kishida"} <= set(people)
    assert {"US", "IN", "FR", "DE", "IT", "JP"} <= set(countries)


def test_leaders_named_as_the_authors_of_an_earlier_decision_are_not_participants():
    doc = wh_release(
        "Joint Readout of the Inaugural U.S.-ROK Consultative Group Meeting",
        "In line with the historic decision by President Joseph R. Biden, Jr. and President Yoon Suk Yeol "
        "to establish the Consultative Group, National Security Advisor Jake Sullivan and National "
        "Security Advisor Cho Tae-yong of the Republic of Korea met today in Seoul for its inaugural "
        "meeting.\n\nAs President Biden and President Yoon agreed in April, the group will meet quarterly.",
        date(2023, 7, 18),
    )
    people = {p.label for m in extract(doc).meetings for p in m.participants}
    assert "Jake Sullivan" in people
    assert not people & {"Joseph R. Biden, Jr.", "Yoon Suk Yeol"}


def test_the_leaders_listed_after_a_clause_about_another_meeting_are_not_participants():
    doc = wh_release(
        "Readout of the Trilateral Economic Security Dialogue",
        "Following the November 13, 2022 Phnom Penh Summit led by Prime Minister Kishida Fumio of Japan, "
        "President Yoon Suk Yeol of the Republic of Korea (ROK), and President Joseph R. Biden, Jr. of the "
        "United States, National Security Advisor Jake Sullivan, Takeo Akiba of Japan and Cho Tae-yong of "
        "the ROK convened the inaugural meeting of the Dialogue in Honolulu.",
        date(2023, 2, 28),
    )
    people = {p.label for m in extract(doc).meetings for p in m.participants}
    assert not people & {"Joseph R. Biden, Jr.", "Yoon Suk Yeol", "Fumio Kishida"}


def test_the_members_of_a_group_whose_ambassadors_met_are_participant_countries():
    people, countries = who_took_part(
        release(
            "Andriy Yermak discussed with G7 and EU ambassadors the security situation",
            "Head of the Office of the President Andriy Yermak met with the Ambassadors of the G7 and the "
            "European Union to Ukraine.",
            date(2021, 12, 4),
            reader="ukraine",
        )
    )
    assert people == ["Andriy Yermak"]  # the ambassadors are not named, nor their leaders
    assert set(countries) == {"UA", "CA", "FR", "DE", "IT", "JP", "GB", "US"}


def test_a_group_s_members_are_those_of_the_meeting_day():
    def countries_on(day: date) -> set[str]:
        return set(
            who_took_part(
                wh_release(
                    "Readout of Secretary Blinken’s Meeting with NATO Foreign Ministers",
                    "Secretary Blinken met today with NATO foreign ministers in Brussels to discuss Ukraine.",
                    day,
                )
            )[1]
        )

    before, after = countries_on(date(2023, 1, 10)), countries_on(date(2023, 5, 10))
    assert len(before) == 30 and "FI" not in before and "SE" not in before
    assert after - before == {"FI"}


def test_the_states_a_joint_statement_s_title_names_as_its_authors_take_part():
    _, countries = who_took_part(
        wh_release(
            "Joint Statement from Canada, Mexico, and the United States Following the Second Trilateral "
            "Fentanyl Committee Meeting",
            "On July 25, 2023 Mexico’s Secretary of Security Rosa Icela Rodriguez hosted U.S. Homeland "
            "Security Advisor Dr. Elizabeth Sherwood-Randall in the second meeting of the Committee.",
            date(2023, 7, 27),
        )
    )
    assert {"CA", "MX", "US"} <= set(countries)


def test_the_co_hosts_thanked_at_a_summit_take_part():
    people, countries = who_took_part(
        wh_release(
            "Remarks by President Biden at the Global COVID-19 Summit",
            "THE PRESIDENT: Hello, everyone. Thank you for joining together for the second Global COVID-19 "
            "Summit. And a special thank you to the leaders of Belize, Germany, Indonesia, Senegal for "
            "cohosting this summit with the United States.",
            date(2022, 5, 12),
        )
    )
    assert {"Olaf Scholz", "Joko Widodo", "Macky Sall"} <= set(people)
    assert {"US", "BZ", "DE", "ID", "SN"} <= set(countries)


def test_the_members_of_a_group_named_by_its_acronym_after_an_unknown_name_and_our_own_state():
    _, countries = who_took_part(
        wh_release(
            "Readout of Vice President Harris’s Participation in the U.S.-ASEAN Summit",
            "Vice President Kamala Harris today joined leaders of the Association of Southeast Nations "
            "(ASEAN) member states, as well as the ASEAN Secretary General, for the annual U.S.-ASEAN "
            "Summit in Jakarta, Indonesia.",
            date(2023, 9, 6),
        )
    )
    # Myanmar's leader is kept from ASEAN's leaders' meetings since October 2021 (CONVENTIONS 4)
    assert set("BN KH ID LA MY PH SG TH VN US".split()) == set(countries)


def test_a_joint_statement_between_states_names_them_for_the_meeting_it_announces():
    doc = wh_release(
        "Joint Statement Between the United States, Belize, Germany, Indonesia, and Senegal on the "
        "Announcement of the Second Global COVID-19 Summit",
        "The United States, Belize, Germany, Indonesia, and Senegal will co-host the second Global COVID-19 "
        "Summit on May 12, 2022.",
        date(2022, 4, 18),
    )
    (m,) = reported_meetings(doc)
    assert {"US", "BZ", "DE", "ID", "SN"} == {c.props.get("iso") for c in m.countries}


def test_a_call_with_the_leaders_one_role_noun_lists_is_one_call():
    doc = wh_release(
        "Remarks by President Biden on the Terrorist Attacks in Israel",
        "THE PRESIDENT: Good afternoon. Yesterday, I also spoke with the leaders of France, Germany, "
        "Italy, and the UK to discuss the latest developments.",
        date(2023, 10, 10),
    )
    (m,) = extract(doc).meetings
    people = {p.label for p in m.participants}
    assert {"Emmanuel Macron", "Olaf Scholz", "Giorgia Meloni", "Rishi Sunak"} <= people
    assert m.date == date(2023, 10, 9)


def test_leaders_of_a_list_that_starts_with_a_body_are_not_resolved_state_by_state():
    doc = release(
        "Ukraine to consider severance of diplomatic relations with Russia",
        'President Volodymyr Zelenskyy met with President of Estonia Alar Karis in Kyiv. "In recent months, '
        "we have consulted with almost all the leaders of the EU, the United States and the United "
        'Kingdom," the President reminded.',
        date(2022, 2, 22),
        reader="ukraine",
    )
    people = {p.label for m in extract(doc).meetings for p in m.participants}
    assert not people & {"Joseph R. Biden, Jr.", "Boris Johnson"}


def test_the_authors_of_a_statement_are_not_there_and_a_nato_official_does_not_stand_for_his_state():
    people, countries = who_took_part(
        wh_release(
            "Readout of the Third United States – Nordic Leaders’ Summit",
            "On 13 July 2023, the Presidents of Finland and the United States and the Prime Ministers of "
            "Denmark, Norway, and Sweden met in Helsinki for the third U.S.-Nordic Leaders’ Summit. The "
            "leaders welcomed the 10 July 2023 statement by Sweden, Türkiye, and NATO Secretary General "
            "Stoltenberg.",
            date(2023, 7, 13),
        )
    )
    assert {"Sauli Niinistö", "Mette Frederiksen", "Jonas Gahr Støre", "Ulf Kristersson"} <= set(people)
    assert "Jens Stoltenberg" not in people
    assert {"US", "FI", "DK", "NO", "SE"} == set(countries)


def test_a_group_s_envoys_beside_another_body_s_and_a_state_s_delegation():
    _, countries = who_took_part(
        release(
            "Zelenskyy meets with G7, EU ambassadors to Ukraine",
            "President of Ukraine Volodymyr Zelenskyy met with the G7 and European Union ambassadors to "
            "Ukraine.",
            date(2021, 12, 17),
            reader="ukraine",
        )
    )
    assert set(countries) == {"UA", "CA", "FR", "DE", "IT", "JP", "GB", "US"}
    _, countries = who_took_part(
        release(
            "Volodymyr Zelenskyy met with a delegation of US senators",
            "President of Ukraine Volodymyr Zelenskyy had a meeting with a bipartisan delegation of the US "
            "Congress.",
            date(2022, 1, 17),
            reader="ukraine",
        )
    )
    assert set(countries) == {"UA", "US"}


def test_a_title_listing_the_presidents_of_states_without_an_article():
    people, countries = who_took_part(
        release(
            "Presidents of Ukraine and Azerbaijan signed a Joint Declaration on Strategic Partnership",
            "The heads of state held talks in Kyiv today and signed the Joint Declaration.",
            date(2021, 1, 14),
            reader="ukraine",
        )
    )
    assert {"Volodymyr Zelenskyy", "Ilham Aliyev"} <= set(people)
    assert {"UA", "AZ"} <= set(countries)
