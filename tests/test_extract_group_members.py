"""Everyone at a group's meeting (issue 14): a group's summit named as a dated edition or as its council,
groups of fixed member states from the reference data, a group the leader met the same day told outside
the meeting's own sentences, and the chair a group's readout thanks (eval/CONVENTIONS.md 4, 25, 32)."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Document
from tests.helpers import release, wh_release, who_took_part

NATO_2022 = {"AL", "BE", "BG", "CA", "HR", "CZ", "DK", "EE", "FR", "DE", "GR", "HU", "IS", "IT", "LV"}


def test_a_summit_named_as_an_edition_of_a_group_s_summits_brings_its_members():
    _, countries = who_took_part(
        release(
            "The President spoke at the NATO summit",
            "Volodymyr Zelenskyy addressed the NATO summit in Madrid.",
            date(2022, 6, 29),
            reader="ukraine",
        )
    )
    assert NATO_2022 <= set(countries)
    assert "FI" not in countries  # not a member yet


def test_a_summit_months_away_from_the_meeting_brings_no_members():
    _, countries = who_took_part(
        release(
            "The Deputy Head of the Office met with the Head of the NATO Mission",
            "Ihor Zhovkva met with the Head of the NATO Mission in Ukraine Karen McTear. They discussed the "
            "participation of the President in the NATO Summit in Madrid in June 2022.",
            date(2022, 1, 20),
            reader="ukraine",
        )
    )
    assert not NATO_2022 & set(countries)


def test_a_session_of_a_group_s_council_brings_its_members():
    _, countries = who_took_part(
        release(
            "Meeting of the CSTO Collective Security Council",
            "Vladimir Putin took part in a meeting of the CSTO Collective Security Council by video.",
            date(2022, 1, 10),
            reader="kremlin",
        )
    )
    assert {"RU", "AM", "BY", "KZ", "KG", "TJ"} == set(countries)
    _, countries = who_took_part(
        release(
            "Meeting of the Council of Heads of State of the SCO",
            "Vladimir Putin took part in the meeting of the Council of Heads of State of the Shanghai "
            "Cooperation Organisation.",
            date(2022, 9, 16),
            reader="kremlin",
        )
    )
    assert {"RU", "CN", "IN", "KZ", "KG", "PK", "TJ", "UZ"} == set(countries)


def test_groups_of_fixed_states_from_the_reference_data():
    _, countries = who_took_part(
        wh_release(
            "Remarks by the President at the GCC+3 Summit",
            "The President attended the GCC+3 Summit in Jeddah today.",
            date(2022, 7, 16),
        )
    )
    assert {"US", "BH", "KW", "OM", "QA", "SA", "AE", "EG", "IQ", "JO"} == set(countries)
    _, countries = who_took_part(
        release(
            "The President met with the leaders of the Associated Trio",
            "Volodymyr Zelenskyy met with the leaders of the Associated Trio countries in Brussels.",
            date(2021, 12, 15),
            reader="ukraine",
        )
    )
    assert {"UA", "GE", "MD"} == set(countries)


def test_the_chair_a_group_s_readout_thanks_takes_part():
    people, _ = who_took_part(
        wh_release(
            "Readout of the President’s Call with G7 Leaders",
            "Today, the President participated in a call with G7 Leaders. The President thanked Prime "
            "Minister Kishida for his leadership of the G7 this year.",
            date(2023, 2, 24),
        )
    )
    assert "Fumio Kishida" in people
    assert "Olaf Scholz" not in people  # the group's other leaders stay unnamed (25)


def test_the_chair_who_opened_a_group_s_call_takes_part():
    people, _ = who_took_part(
        wh_release(
            "Readout of the President’s Call with G7 Leaders",
            "Today the President joined G7 Leaders for a call. Prime Minister Sunak, who holds the G7 "
            "presidency, opened the call.",
            date(2023, 2, 24),
        )
    )
    assert "Rishi Sunak" in people


def test_a_host_of_a_later_meeting_thanked_in_a_group_s_readout_is_not_there():
    people, _ = who_took_part(
        wh_release(
            "Readout of the President’s Meeting with Quad Leaders",
            "Today, the President met with the Quad leaders. The leaders thanked Chancellor Scholz for "
            "hosting the G7 summit next year.",
            date(2023, 2, 24),
        )
    )
    assert "Olaf Scholz" not in people


def test_a_group_s_partners_met_are_its_members():
    _, countries = who_took_part(
        wh_release(
            "Readout of the President’s Call with G7 Partners",
            "The President convened a call today with our G7 partners to discuss Ukraine.",
            date(2022, 3, 24),
        )
    )
    assert {"US", "CA", "FR", "DE", "IT", "JP", "GB"} == set(countries)


def test_the_head_of_a_sports_federation_brings_it_as_organization():
    meetings = extract(
        release(
            "The President met with the UEFA President",
            "Volodymyr Zelenskyy met with UEFA President Aleksander Čeferin in Kyiv today.",
            date(2021, 12, 9),
            reader="ukraine",
        )
    ).meetings
    assert ["Union of European Football Associations"] == [o.label for o in meetings[0].organizations]


def test_a_leader_thanked_for_his_leadership_outside_a_group_s_meeting_is_not_added():
    meetings = extract(
        wh_release(
            "Readout of the President’s Meeting with President Macron",
            "Today, the President met with President Macron of France. He thanked Prime Minister Kishida of "
            "Japan for his leadership of the G7 this year.",
            date(2023, 2, 24),
        )
    ).meetings
    assert all("Fumio Kishida" not in [p.label for p in m.participants] for m in meetings)


def test_an_address_telling_the_summit_of_a_group_or_its_participants_today():
    title = "We must be strong - address by President of Ukraine Volodymyr Zelenskyy"
    _, countries = who_took_part(
        release(
            title,
            "Today I took part in the summit of the Joint Expeditionary Force. We talked about security.",
            date(2022, 3, 15),
            reader="ukraine",
        )
    )
    assert {"UA", "GB", "DK", "EE", "FI", "IS", "LV", "LT", "NL", "NO", "SE"} == set(countries)
    _, countries = who_took_part(
        release(
            title,
            "Today I spoke to the participants of the NATO summit. I said what I wanted to say.",
            date(2022, 3, 15),
            reader="ukraine",
        )
    )
    assert NATO_2022 <= set(countries)


def test_the_big_seven_is_the_g7():
    _, countries = who_took_part(
        release(
            "The President met with the ambassadors of the Big Seven",
            "Volodymyr Zelenskyy met with the ambassadors of the Big Seven countries in Kyiv today.",
            date(2022, 6, 27),
            reader="ukraine",
        )
    )
    assert {"UA", "US", "FR", "DE", "JP", "GB", "IT", "CA"} == set(countries)


def test_heads_of_more_international_bodies_bring_their_body():
    for who, body in [
        ("President of the OSCE Parliamentary Assembly Margareta Cederfelt", "OSCE Parliamentary Assembly"),
        ("President of the African Development Bank Akinwumi Adesina", "African Development Bank"),
    ]:
        meetings = extract(
            release(
                f"The President met with the {who.split(' ')[0]}",
                f"Volodymyr Zelenskyy met with {who} in Kyiv today.",
                date(2022, 6, 27),
                reader="ukraine",
            )
        ).meetings
        assert [body] == [o.label for o in meetings[0].organizations]


def test_a_group_s_virtual_summit_the_leader_took_part_in_brings_its_members():
    _, countries = who_took_part(
        wh_release(
            "Readout of President Biden’s Participation in the Bucharest Nine Virtual Summit",
            "President Biden spoke today with eastern flank Allies in a virtual summit of the Bucharest Nine "
            "hosted by the President of Romania. He underscored his commitment to the Alliance.",
            date(2021, 5, 10),
        )
    )
    assert {"BG", "CZ", "EE", "HU", "LV", "LT", "PL", "RO", "SK", "US"} == set(countries)


def _organizations(doc: Document) -> list[str]:
    return [o.label for m in extract(doc).meetings if not m.mentioned for o in m.organizations]


def test_a_session_of_the_european_council_the_leader_addressed_brings_the_council_not_its_members():
    doc = release(
        "President addressed the participants of the European Council meeting",
        "President of Ukraine Volodymyr Zelenskyy addressed the participants of the European Council meeting "
        "via video link. He called for a decision on candidate status.",
        date(2022, 6, 23),
        "ukraine",
    )
    assert _organizations(doc) == ["European Council"]
    assert who_took_part(doc)[1] == ["UA"]
    # a meeting on its sidelines is not the session
    doc = release(
        "President met with the Prime Minister of Estonia",
        "On the sidelines of the European Council meeting, President of Ukraine Volodymyr Zelenskyy met with "
        "Prime Minister of Estonia Kaja Kallas. They discussed defense support.",
        date(2022, 6, 23),
        "ukraine",
    )
    assert "European Council" not in _organizations(doc)


def test_a_phone_conversation_with_a_group_s_leaders_brings_its_members():
    _, countries = who_took_part(
        release(
            "Head of State held a phone conversation with the leaders of the Bucharest Nine",
            "President of Ukraine Volodymyr Zelenskyy held a phone conversation with the leaders of the "
            "Bucharest Nine countries. They discussed the security situation.",
            date(2022, 2, 25),
            "ukraine",
        )
    )
    assert {"UA", "BG", "CZ", "EE", "HU", "LV", "LT", "PL", "RO", "SK"} == set(countries)


def test_remarks_at_a_session_of_a_group_s_leaders_bring_its_members():
    _, countries = who_took_part(
        wh_release(
            "Remarks by President Biden at the G20 Leaders’ Session on Food and Energy Security",
            "THE PRESIDENT: Thank you, Mr. President. And thank you, fellow leaders.",
            date(2022, 11, 15),
        )
    )
    assert {"US", "CN", "IN", "BR", "ZA", "DE", "JP"} <= set(countries)
