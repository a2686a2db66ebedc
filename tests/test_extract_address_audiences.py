"""A leader's nightly address telling what he took part in that day, in passing: the leaders of a group
he addressed, a council meeting he joined (CONVENTIONS §1, §11), and a spouse's trip to meet a foreign
leader's spouse told by a briefing (§24). The releases are written for the test."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Document, Meeting

RELEASED = date(2022, 3, 9)
LEAD = (
    "Free people of a free country! Our defenders held their positions today in the south and the east. "
    "The humanitarian corridors worked for the second day."
)


def _address(sentence: str) -> list[Meeting]:
    text = LEAD + "\n\n" + sentence + "\n\nGlory to Ukraine!"
    doc = Document(
        "ukraine-csv", "zelenskyy.csv#9", "We keep fighting - address by President Volodymyr Zelenskyy", text,
        RELEASED, publisher="President of Ukraine",
    )  # fmt: skip
    return [m for m in extract(doc).meetings if m.status == "held" and (not m.mentioned or m.news)]


def test_an_address_to_a_groups_leaders_today_is_the_groups_meeting_by_video():
    (m,) = _address("Today I addressed the leaders of the JEF countries. We need more weapons.")
    assert [p.label for p in m.participants] == ["Volodymyr Zelenskyy"]
    assert {"UA", "GB", "NO", "EE", "LT"} <= {c.key for c in m.countries}
    assert m.mode == "video" and m.date == RELEASED


def test_a_council_meeting_the_leader_took_part_in_today_is_held():
    (m,) = _address("I took part in the European Council meeting today. We discussed sanctions.")
    assert m.mode == "video" and m.event is not None and "European Council" in m.event.label
    assert [o.label for o in m.organizations] == ["European Council"]  # its members are not expanded
    assert {c.key for c in m.countries} == {"UA"}


def test_leaders_of_states_named_or_addressed_another_day_are_no_groups_meeting():
    assert _address("Yesterday I addressed the leaders of the JEF countries. We need more weapons.") == []
    for m in _address("Today I spoke to the leaders of France and Germany. We discussed sanctions."):
        assert m.mode != "video" and "NO" not in {c.key for c in m.countries}


def test_a_spouse_who_traveled_today_to_meet_a_foreign_leaders_spouse_met_her():
    doc = Document(
        "whitehouse", "wh-spouse.html", "Background Press Call by a Senior Administration Official",
        "Today, the First Lady traveled to Uzhhorod, Ukraine, to meet with the First Lady of Ukraine. "
        "They talked about the children displaced by the war.", RELEASED, publisher="The White House",
    )  # fmt: skip
    (m,) = [m for m in extract(doc).meetings if m.status == "held"]
    assert m.news and m.mode == "in_person" and m.date == RELEASED
    assert sorted(p.label for p in m.participants) == ["Jill Biden", "Olena Zelenska"]
    assert sorted(c.key for c in m.countries) == ["UA", "US"]


def test_the_states_listed_after_their_regions_name_take_part():
    (m,) = _address("Today I spoke with the leaders of the Baltic states – Estonia, Latvia and Lithuania.")
    assert {"UA", "EE", "LV", "LT"} == {c.key for c in m.countries}


def test_a_fact_sheet_telling_the_leader_joined_a_meeting_of_a_group_and_a_leader():
    doc = Document(
        "whitehouse", "wh-g7.html", "FACT SHEET: Continued Support for Ukraine",
        "Yesterday the President joined a virtual meeting of the G7 leaders and President Zelenskyy. "
        "The United States will continue to stand with Ukraine.", RELEASED, publisher="The White House",
    )  # fmt: skip
    (m,) = [m for m in extract(doc).meetings if m.status == "held"]
    assert m.news and m.mode == "video" and m.date == date(2022, 3, 8)
    assert sorted(p.label for p in m.participants) == ["Joseph R. Biden, Jr.", "Volodymyr Zelenskyy"]
    assert {"US", "UA", "GB", "JP", "CA"} <= {c.key for c in m.countries}
