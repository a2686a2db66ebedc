"""Everyone at a group's leaders' meeting (kg/extract/groups.py): "the G7 leaders met" names no one,
yet each holder of a seat on that day took part, with his or her state."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Document
from tests.helpers import reported_meetings, wh_release, who_took_part


def test_a_call_with_the_g7_leaders_has_each_member_state_but_names_no_leader():
    # the group's name gives its states; its leaders, named by no one, are not filled in
    # (eval/CONVENTIONS.md 4 and 25)
    people, countries = who_took_part(
        wh_release(
            "Readout of President Biden’s Virtual Meeting with G7 Leaders",
            "Today, President Joseph R. Biden, Jr. met virtually with G7 Leaders to discuss support for "
            "Ukraine.\n\nLeaders also discussed the situation in the Middle East.",
            date(2023, 12, 6),
        )
    )
    assert people == ["Joseph R. Biden, Jr."]
    assert {"US", "FR", "DE", "JP", "GB", "IT", "CA"} <= set(countries)


def test_the_publishers_own_seat_is_filled_in_from_the_group_s_statement():
    people, countries = who_took_part(
        wh_release(
            "G7 Leaders’ Statement",
            "We, the Leaders of the Group of Seven (G7), met today with Ukraine’s President Volodymyr "
            "Zelenskyy.\n\nWe condemn the attacks.",
            date(2022, 3, 24),
        )
    )
    assert {"Joseph R. Biden, Jr.", "Volodymyr Zelenskyy"} <= set(people)
    assert not {"Boris Johnson", "Mario Draghi", "Justin Trudeau"} & set(people)
    assert {"GB", "IT", "CA", "UA"} <= set(countries)


def test_a_state_whose_representative_is_named_sends_him_and_the_others_are_states_only():
    people, countries = who_took_part(
        wh_release(
            "Readout of President Biden’s Call with the Leaders of the Bucharest Nine",
            "President Biden spoke today with the leaders of the Bucharest Nine. Prime Minister Andrej "
            "Babiš of the Czech Republic joined the call.",
            date(2021, 12, 9),
        )
    )
    assert "Andrej Babiš" in people and "Miloš Zeman" not in people
    assert not {"Andrzej Duda", "Klaus Iohannis", "Gitanas Nausėda"} & set(people)
    assert {"PL", "RO", "CZ", "SK"} <= set(countries)


def test_a_group_meeting_to_come_is_not_the_held_meeting_of_the_release():
    people, _ = who_took_part(
        wh_release(
            "Readout of President Joe Biden Call with President Emmanuel Macron of France",
            "President Joe Biden and President Emmanuel Macron of France spoke today about Afghanistan. "
            "They welcomed the virtual G7 leaders’ meeting next week to help coordinate these efforts.",
            date(2021, 8, 19),
        )
    )
    assert set(people) == {"Joseph R. Biden, Jr.", "Emmanuel Macron"}


def test_attending_the_east_asia_summit_brings_its_member_states_of_that_day():
    _, countries = who_took_part(
        wh_release(
            "Readout of President Biden’s Participation in the East Asia Summit",
            "Today, President Joseph R. Biden, Jr. attended the East Asia Summit in Phnom Penh, Cambodia. "
            "He discussed the situation in the South China Sea.",
            date(2022, 11, 13),
        )
    )
    assert {"US", "CN", "IN", "JP", "AU", "RU", "KH", "VN", "NZ"} <= set(countries)
    assert "MM" not in countries  # kept from the leaders' meetings since October 2021


def test_the_leaders_of_a_format_with_fixed_members_bring_each_member_state():
    _, countries = who_took_part(
        wh_release(
            "Zelenskyy at a meeting of the Joint Expeditionary Force leaders",
            "President Volodymyr Zelenskyy joined by video a meeting of the Joint Expeditionary Force "
            "leaders chaired by Prime Minister of the United Kingdom Boris Johnson.",
            date(2022, 3, 15),
        )
    )
    assert {"UA", "GB", "DK", "EE", "FI", "IS", "LV", "LT", "NL", "NO", "SE"} <= set(countries)


def test_an_edition_of_a_summit_series_brings_the_series_members():
    doc = Document(
        "kremlin",
        "test/eas",
        "East Asia Summit",
        "The President addressed, via videoconference, the 16th East Asia Summit.\n\n"
        "Vladimir Putin: Your Majesty, colleagues, I am glad to greet you.",
        date(2021, 10, 27),
        url="http://en.kremlin.ru/events/president/news/test-eas",
    )
    _, countries = who_took_part(doc)
    assert {"RU", "CN", "IN", "JP", "US", "BN", "VN"} <= set(countries)
    assert "MM" not in countries


def test_a_summit_of_a_state_with_a_group_brings_the_group_s_members_of_that_day():
    _, countries = who_took_part(
        wh_release(
            "Remarks By President Biden at the U.S.-ASEAN Special Summit",
            "THE PRESIDENT: It has been wonderful to host you all in Washington. Let me thank Prime "
            "Minister Hun Sen as the 2022 ASEAN Chair.",
            date(2022, 5, 13),
        )
    )
    assert {"US", "BN", "KH", "ID", "LA", "MY", "PH", "SG", "TH", "VN"} <= set(countries)
    assert "MM" not in countries  # kept from ASEAN's leaders' meetings since October 2021


def test_some_of_a_group_s_leaders_are_not_the_group():
    _, countries = who_took_part(
        wh_release(
            "FACT SHEET: President Biden and Prime Minister Modi Host Leaders on Infrastructure",
            "At the 2023 G20 Summit in New Delhi, India, President Biden and Prime Minister Modi co-hosted a "
            "group of G20 leaders to accelerate investments in infrastructure.",
            date(2023, 9, 9),
        )
    )
    assert not {"AR", "MX", "ZA"} & set(countries)


def test_the_eu_of_a_group_whose_leaders_met_takes_part_as_an_organization():
    doc = wh_release(
        "Readout of President Biden’s Meeting with G20 Leaders",
        "Today, President Biden met virtually with G20 leaders to discuss the situation in Afghanistan.",
        date(2021, 10, 12),
    )
    meetings = reported_meetings(doc)
    assert "European Union" in {o.label for m in meetings for o in m.organizations}
    assert {"AR", "ZA", "TR"} <= {c.key.upper() for m in meetings for c in m.countries}


def _bodies(doc: Document) -> list[str]:
    return [o.label for m in extract(doc).meetings if not m.mentioned for o in m.organizations]


def test_a_summit_of_a_state_with_an_organization_naming_no_one_for_it_has_the_organization_itself():
    # "the U.S.-EU Summit" naming no EU body nor official: the state's leader and the EU as organization;
    # those who sit for the EU at leaders' meetings are not listed (eval/CONVENTIONS.md 25, 45: 48/007)
    doc = wh_release(
        "U.S.-EU Summit Joint Statement",
        "The United States and the European Union met today in Washington at the U.S.-EU Summit. The "
        "leaders reaffirmed their commitment to a transatlantic partnership that delivers for our people.",
        date(2023, 10, 20),
    )
    people, countries = who_took_part(doc)
    assert people == ["Joseph R. Biden, Jr."]
    assert _bodies(doc) == ["European Union"]
    assert countries == ["US"]


def test_a_meeting_ahead_of_such_a_summit_is_not_the_summit():
    people, _ = who_took_part(
        wh_release(
            "Readout of President Biden’s Meeting with Prime Minister Justin Trudeau of Canada",
            "Ahead of the EU-Canada Summit, President Biden met today with Prime Minister Justin Trudeau "
            "of Canada at the White House to discuss trade.",
            date(2023, 10, 20),
        )
    )
    assert "Charles Michel" not in people and "Ursula von der Leyen" not in people


def test_a_seat_holder_filled_in_from_the_group_s_name_brings_no_body_of_his_own():
    # the G7's EU seats are held by the Presidents of the European Council and the Commission; named only
    # as "G7 Leaders", their bodies are not organizations taking part (eval/CONVENTIONS.md 5 and 25)
    doc = wh_release(
        "Readout of President Biden’s Virtual Meeting with G7 Leaders",
        "Today, President Joseph R. Biden, Jr. met virtually with G7 Leaders to discuss support for Ukraine.",
        date(2023, 12, 6),
    )
    bodies = set(_bodies(doc))
    assert not bodies & {"European Council", "European Commission"}
    named = wh_release(
        "Readout of President Biden’s Meeting with President Charles Michel of the European Council",
        "President Biden met today with President Charles Michel of the European Council in Washington.",
        date(2023, 12, 6),
    )
    assert "European Council" in _bodies(named)


def test_a_groups_leaders_statement_telling_they_were_joined_that_day_has_each_member_state():
    # the authors ("we") named only in an earlier, commemorating sentence; the meeting is the day's guest
    people, countries = who_took_part(
        wh_release(
            "G7 Leaders’ Statement",
            "1. Today, on 8 May, we, the Leaders of the Group of Seven (G7), commemorate the end of the "
            "war.\n\n"
            "2. Today, we were honoured to be joined by Ukraine’s President Volodymyr Zelenskyy. We assured "
            "him of our support.",
            date(2022, 5, 8),
        )
    )
    assert "Volodymyr Zelenskyy" in people
    assert {"US", "FR", "DE", "JP", "GB", "IT", "CA", "UA"} <= set(countries)


def test_a_summit_of_a_group_the_leader_will_attend_has_each_member():
    people, countries = who_took_part(
        wh_release(
            "FACT SHEET: NATO Summit: Renewing the Alliance",
            "President Biden will participate on June 14 in the NATO Summit in Brussels that brings together "
            "the leaders of the Allied nations. Allies will agree on a new plan.",
            date(2021, 6, 13),
        )
    )
    assert people == ["Joseph R. Biden, Jr."]
    assert {"US", "FR", "DE", "TR", "NO", "PL"} <= set(countries)
