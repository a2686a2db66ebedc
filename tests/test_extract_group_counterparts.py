"""A group of states met as one side and named by the group alone (kg/extract/group_counterparts.py,
kg/extract/groups.py): each member state takes part, and no person is filled in from the group's name
(eval/CONVENTIONS.md 4, 25 and 32)."""

from __future__ import annotations

from datetime import date

from tests.helpers import wh_release, who_took_part

B9 = {"BG", "CZ", "EE", "HU", "LT", "LV", "PL", "RO", "SK"}
C5 = {"KZ", "KG", "TJ", "TM", "UZ"}


def test_a_group_that_is_the_counterpart_of_the_call_brings_its_member_states():
    people, countries = who_took_part(
        wh_release(
            "Readout of President Biden’s Call on Eastern Flank Security",
            "This afternoon President Biden spoke by phone with the Bucharest Nine (B9) about the troop "
            "build-up near Ukraine. They agreed to keep in close touch.",
            date(2022, 2, 15),
        )
    )
    assert B9 <= set(countries)
    assert people == ["Joseph R. Biden, Jr."]


def test_a_group_s_official_or_a_group_without_the_article_is_not_the_group_as_a_side():
    # "the NATO Secretary General" is one official of the group, not its members
    _, countries = who_took_part(
        wh_release(
            "Readout of the Vice President’s Meeting in Brussels",
            "Vice President Harris met today with the NATO Secretary General Jens Stoltenberg in Brussels "
            "to discuss the defence of the Alliance.",
            date(2022, 2, 18),
        )
    )
    assert not {"PL", "RO", "NO"} & set(countries)


def test_a_meeting_with_the_group_still_to_come_is_not_the_held_meeting_s_side():
    people, countries = who_took_part(
        wh_release(
            "Readout of President Biden’s Call with Prime Minister Justin Trudeau of Canada",
            "President Biden spoke today with Prime Minister Justin Trudeau of Canada. The President will "
            "meet with the Quad next week in Tokyo.",
            date(2022, 5, 16),
        )
    )
    assert not {"AU", "IN", "JP"} & set(countries)


def test_a_group_s_counterparts_bring_its_member_states():
    people, countries = who_took_part(
        wh_release(
            "Statement on National Security Advisor Jake Sullivan’s Call with B9 Counterparts",
            "National Security Advisor Jake Sullivan held a call today with his B9 counterparts on the "
            "security of the eastern flank and the diplomacy ahead.",
            date(2022, 1, 20),
        )
    )
    assert B9 <= set(countries)
    assert people == ["Jake Sullivan"]


def test_a_group_named_with_a_plus_sign_is_recognized():
    _, countries = who_took_part(
        wh_release(
            "Readout of President Biden’s Meeting with the C5+1 Leaders",
            "President Biden met today in New York with the leaders of the C5+1 to discuss regional "
            "connectivity and security.",
            date(2023, 9, 19),
        )
    )
    assert C5 <= set(countries)
