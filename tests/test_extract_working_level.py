"""Meetings below the leaders and meetings told by their participants: a named dialogue's round in a
spokesperson's statement, ministers' joint statement on their gathering, states listed as meeting."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.sentences import split_sentences
from tests.helpers import kremlin_release, main_meeting, ua_release, wh_release


def test_a_spokesperson_statement_on_a_dialogue_round_reports_the_meeting():
    m = main_meeting(
        wh_release(
            "Statement by NSC Spokesperson on the First Round of the U.S.-Germany Economic Dialogue",
            "Deputy National Security Advisor Daleep Singh met yesterday with German counterparts "
            "Lars-Hendrik Röller, Chief Economic Advisor of Chancellor Merkel, and Wolfgang Schmidt, "
            "State Secretary of the German Ministry of Finance, to discuss our close cooperation. "
            "This was the first round of talks under the aegis of the U.S.-Germany Economic Dialogue.",
            released=date(2021, 9, 21),
        )
    )
    assert m.status == "held" and m.date == date(2021, 9, 20)
    assert {c.key for c in m.countries} == {"US", "DE"}


def test_a_statement_on_something_else_is_still_no_meeting():
    ex = extract(
        wh_release(
            "Statement by NSC Spokesperson on the Attack in Kabul",
            "The United States condemns the attack. Our thoughts are with the families of the victims.",
            released=date(2021, 9, 21),
        )
    )
    assert [m for m in ex.meetings if not m.mentioned] == []


def test_ministers_joint_statement_on_their_gathering_is_held_with_their_states():
    m = main_meeting(
        wh_release(
            "Joint Statement of the Ministers from the Counter Ransomware Initiative Meeting",
            "Having gathered virtually on October 13 and 14 to discuss the threat from ransomware, "
            "we the Ministers and Representatives of Australia, Brazil, Canada, Germany, Japan, the "
            "United Kingdom, and the United States recognize that ransomware is a security threat.\n\n"
            "We will work together.",
            released=date(2021, 10, 14),
        )
    )
    assert m.status == "held"
    assert {"AU", "BR", "CA", "DE", "JP", "GB", "US"} <= {c.key for c in m.countries}


def test_states_listed_as_holding_the_meetings_take_part():
    m = main_meeting(
        wh_release(
            "Readout of AUKUS Joint Steering Group Meetings",
            "Australia, the United Kingdom and the United States of America recently held the inaugural "
            "meetings of the AUKUS Trilateral Joint Steering Groups. "
            "Both meetings were held at the Pentagon.",
            released=date(2021, 12, 17),
        )
    )
    assert m.status == "held"
    assert {c.key for c in m.countries} == {"AU", "GB", "US"}


def test_a_list_with_other_words_is_no_list_of_states():
    ex = extract(
        wh_release(
            "Readout of the Interagency Working Group Meeting",
            "Officials from Treasury, Commerce and the United States Trade Representative met today "
            "to review supply chains.",
            released=date(2021, 9, 21),
        )
    )
    assert [m for m in ex.meetings if not m.mentioned] == []


def test_an_abbreviation_closing_a_bracket_ends_no_sentence():
    text = "We gathered on the occasion of the 11th ASEAN-United States (U.S.) Summit in Jakarta. We met."
    assert [s.text for s in split_sentences(text)] == [
        "We gathered on the occasion of the 11th ASEAN-United States (U.S.) Summit in Jakarta.",
        "We met.",
    ]


def test_a_background_call_on_an_upcoming_visit_announces_it():
    m = main_meeting(
        wh_release(
            "Background Press Call on the Upcoming Visit of President Marcos of the Philippines",
            "Via Teleconference\n\nMODERATOR: Thank you all for joining today’s background call. "
            "As a reminder, this call is on background.",
            released=date(2023, 5, 1),
        )
    )
    assert m.status == "planned"
    assert "PH" in {c.key for c in m.countries}


def test_leaders_named_by_their_state_are_counterparts():
    m = main_meeting(
        wh_release(
            "Statement by Press Secretary on President Biden’s Travel to Israel",
            "President Joseph R. Biden, Jr. will travel to the Middle East region from July 13-16. "
            "The President will begin his travel in Jerusalem, where he will meet with Israeli leaders "
            "to discuss Israel’s security.",
            released=date(2022, 6, 14),
        )
    )
    assert m.status == "planned"
    assert {c.key for c in m.countries} == {"US", "IL"}


def test_peace_talks_with_a_state_named_as_the_other_side_are_held():
    m = main_meeting(
        ua_release(
            "During the negotiations with Russia, the Ukrainian delegation outlined its proposals",
            "During the talks with Russia in Turkey, the Ukrainian party officially outlined its proposals "
            "for a new system of security guarantees. This was announced by the head of the delegation.",
            released=date(2022, 3, 29),
        )
    )
    assert m.status == "held"
    assert {"UA", "RU"} <= {c.key for c in m.countries}


def test_talks_only_wished_for_are_no_meeting():
    ex = extract(
        ua_release(
            "President: we will not return the territories without direct talks with Russia",
            "The President stressed that he is ready for direct talks with the leadership of the Russian "
            "Federation. He said so in his address to the parliament.",
            released=date(2022, 3, 29),
        )
    )
    assert [m for m in ex.meetings if not m.mentioned] == []


def test_a_leader_meeting_the_heads_of_international_companies_is_held():
    m = main_meeting(
        ua_release(
            "President met with the heads of companies - members of the Chamber of Commerce",
            "President of Ukraine Volodymyr Zelenskyy met with the management of large international "
            "companies, which are among the largest investors in the economy. They discussed taxes.",
            released=date(2021, 11, 30),
        )
    )
    assert m.status == "held"
    assert [c.key for c in m.countries] == ["UA"]  # heads of companies bring no state of theirs


def test_a_leader_meeting_his_own_business_people_is_no_meeting():
    ex = extract(
        ua_release(
            "President met with the heads of Ukrainian companies",
            "President of Ukraine Volodymyr Zelenskyy met with the management of large Ukrainian "
            "companies. They discussed taxes.",
            released=date(2022, 3, 29),
        )
    )
    assert [m for m in ex.meetings if not m.mentioned] == []


def test_a_title_announcing_talks_makes_the_release_planned():
    m = main_meeting(
        kremlin_release(
            "On November 25, Vladimir Putin will hold talks with President of Serbia Aleksandar Vucic",
            "The discussion is to cover topical matters of Russian-Serbian strategic partnership "
            "in political, trade and economic spheres.",
            released=date(2021, 11, 24),
        )
    )
    assert m.status == "planned" and m.date == date(2021, 11, 25)
    assert {c.key for c in m.countries} == {"RU", "RS"}


def test_a_title_welcoming_a_role_announces_no_meeting():
    ex = extract(
        ua_release(
            "Ukraine will welcome the more active role of the United States in ending the war",
            "The President said so in an interview. He spoke about the war in Donbas.",
            released=date(2022, 3, 29),
        )
    )
    assert [m for m in ex.meetings if not m.mentioned] == []


def test_leaders_joint_statement_saying_they_meet_is_their_meeting():
    m = main_meeting(
        wh_release(
            "Joint Statement of the United States and Japan",
            "President Joseph R. Biden, Jr. of the United States and Prime Minister Kishida Fumio of Japan "
            "meet at a historic moment for our Alliance. Our cooperation today is unprecedented.",
            released=date(2023, 1, 13),
        )
    )
    assert m.status == "held" and {c.key for c in m.countries} == {"US", "JP"}


def test_a_joint_statement_welcoming_a_leader_after_its_paragraph_number_is_held():
    doc = wh_release(
        "Joint Statement of the Leaders of the United States and the Philippines",
        "1.\n\nPresident Joseph R. Biden, Jr. is honored to welcome Philippine President "
        "Ferdinand R. Marcos Jr. to Washington, DC. The leaders recognize the remarkable ties of friendship.",
        released=date(2023, 5, 1),
    )
    m = main_meeting(doc)
    assert m.status == "held" and {c.key for c in m.countries} == {"US", "PH"}
    status = next(st for st in m.evidence if st.field == "status")
    assert status.evidence is not None and "welcome" in status.evidence.text


def test_a_joint_statement_on_a_policy_is_no_meeting():
    ex = extract(
        wh_release(
            "Joint Statement on Further Restrictive Economic Measures",
            "We, the leaders of the European Commission, France, Germany, Italy, the United Kingdom, Canada, "
            "and the United States condemn Russia’s war. We stand with Ukraine.",
            released=date(2022, 2, 26),
        )
    )
    assert [m for m in ex.meetings if not m.mentioned] == []


def test_leaders_meeting_after_an_earlier_meeting_take_part_in_theirs():
    m = main_meeting(
        wh_release(
            "The Jeddah Communique: A Joint Statement Between the United States and Saudi Arabia",
            "Jeddah, Saudi Arabia\n\nPresident Joseph R. Biden conducted an official visit to the Kingdom "
            "of Saudi Arabia July 15-16, 2022. Following the meeting with King Salman, President Biden and "
            "Crown Prince Mohammed bin Salman held an official meeting, attended by senior officials.",
            released=date(2022, 7, 15),
        )
    )
    assert m.status == "held"
    assert {p.label for p in m.participants} >= {"Joseph R. Biden, Jr.", "Mohammed bin Salman"}
    assert {c.key for c in m.countries} == {"US", "SA"}


def test_what_a_leader_told_the_press_after_that_days_talks_reports_the_talks():
    m = main_meeting(
        ua_release(
            "Volodymyr Zelenskyy: A citizen is one who is in Ukraine today",
            "President of Ukraine Volodymyr Zelenskyy is grateful to all citizens who do not panic. "
            "The President said this during the meeting with media representatives following the "
            "negotiations with German Chancellor Olaf Scholz in Kyiv. He stressed the country's support.",
            released=date(2022, 2, 14),
        )
    )
    assert m.status == "held" and m.date == date(2022, 2, 14)
    assert {p.label for p in m.participants} == {"Volodymyr Zelenskyy", "Olaf Scholz"}
    assert {c.key for c in m.countries} == {"UA", "DE"}


def test_a_leader_meeting_foreign_states_diplomats_has_counterparts():
    from kg.extract.doc import analyse
    from kg.extract.sides import foreign_business
    from kg.reference import load_reference

    def says(text: str) -> bool:
        doc = analyse(
            ua_release("Head of State addressed diplomats", text, released=date(2022, 3, 29)),
            load_reference(),
        )
        return foreign_business(doc, doc.sents)

    assert says(
        "This was stated by President Volodymyr Zelenskyy during a meeting with heads of diplomatic "
        "missions of foreign states and international organizations accredited in Ukraine."
    )
    assert not says(
        "This was stated by President Volodymyr Zelenskyy during a meeting with ambassadors of Ukraine."
    )


def test_a_preview_of_a_trip_announces_meetings_with_the_states_it_goes_to():
    m = main_meeting(
        wh_release(
            "Background Press Call Previewing the Vice President’s Upcoming Travel to Japan and Korea",
            "Via Teleconference\n\nMODERATOR: Thank you all for joining today’s background call.",
            released=date(2022, 9, 23),
        )
    )
    assert m.status == "planned"
    assert {c.key for c in m.countries} == {"US", "JP", "KR"}


def test_a_preview_naming_a_leader_by_his_state_announces_the_visit():
    m = main_meeting(
        wh_release(
            "Background Press Call Previewing the German Chancellor’s Visit",
            "MODERATOR: Thank you, everyone, for joining us today on this background press call "
            "previewing the German Chancellor’s visit tomorrow.",
            released=date(2022, 2, 6),
        )
    )
    assert m.status == "planned" and "DE" in {c.key for c in m.countries}


def test_a_domestic_trip_preview_announces_no_meeting():
    ex = extract(
        wh_release(
            "Background Press Call Previewing the President’s Trip to Detroit, Michigan",
            "MODERATOR: Thank you all for joining today’s background call on the President’s trip.",
            released=date(2021, 9, 21),
        )
    )
    assert [m for m in ex.meetings if not m.mentioned] == []


def test_what_the_president_said_during_a_meeting_with_leaders_reports_it():
    m = main_meeting(
        wh_release(
            "Statement by Press Secretary Jen Psaki on President Biden’s Meeting with G7 Leaders",
            "During a meeting this morning with the G7 leaders, the President conveyed that our mission "
            "in Kabul will end based on the achievement of our objectives.",
            released=date(2021, 8, 24),
        )
    )
    assert m.status == "held" and {"US", "FR", "DE", "JP", "GB", "IT", "CA"} <= {c.key for c in m.countries}


def test_a_leader_meeting_business_executives_of_a_foreign_state_is_held():
    m = main_meeting(
        wh_release(
            "Readout of Vice President Harris’s Meeting with Japanese Business Executives",
            "Vice President Kamala Harris today convened a group of Japanese business executives involved in "
            "the semiconductor industry for a discussion on increasing investment.",
            released=date(2022, 9, 28),
        )
    )
    assert m.status == "held" and [c.key for c in m.countries] == ["US"]


def test_a_preview_of_the_summit_of_the_americas_announces_it():
    m = main_meeting(
        wh_release(
            "Background Press Call Previewing the 9th Summit of the Americas Economic Deliverables",
            "MODERATOR: Hello, everyone. Thank you so much for joining us today.",
            released=date(2022, 6, 7),
        )
    )
    assert m.status == "planned"


def test_the_states_a_readout_of_travel_names_are_the_sides_met():
    m = main_meeting(
        wh_release(
            "Readout of Senior Administration Official Travel to Nigeria, Equatorial Guinea, and Mauritania",
            "This week, a senior administration official traveled to Nigeria, Equatorial Guinea, and "
            "Mauritania. In Abuja, the official met with President Muhammadu Buhari to discuss regional "
            "security.",
            date(2021, 10, 21),
        )
    )
    assert {"US", "NG", "GQ", "MR"} <= {c.key.upper() for c in m.countries}


def test_the_chairs_of_a_council_meeting_told_in_its_joint_statement_take_part():
    m = main_meeting(
        wh_release(
            "U.S.-EU Trade and Technology Council Inaugural Joint Statement",
            "The U.S.-EU Trade and Technology Council (TTC) met for the first time in Pittsburgh on 29 "
            "September 2021. It was co-chaired by U.S. Secretary of State Antony Blinken, U.S. Trade "
            "Representative Katherine Tai and European Commission Executive Vice President Margrethe "
            "Vestager. We support the continued growth of the U.S.-EU trade relationship.",
            date(2021, 9, 29),
        )
    )
    people = {p.label for p in m.participants}
    assert {"Katherine Tai", "Margrethe Vestager"} <= people
    assert any("Blinken" in p for p in people)
