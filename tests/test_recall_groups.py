"""Working-level meetings the participant steps name no counterpart of: a named group of an
international format met (kg.extract.working_sides.group_met), and talks between sides that third
states facilitate or that a state's government is a side of (kg.extract.facilitators). Invented
releases."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Document


def _held(title: str, text: str, publisher: str | None = "The White House") -> list:
    reader = "whitehouse" if publisher == "The White House" else "jsonl"
    doc = Document(reader, "x.md", title, text, date(2024, 4, 9), publisher=publisher)
    return [m for m in extract(doc).meetings if m.status == "held" and not m.mentioned]


def test_a_format_group_that_met_is_a_held_meeting() -> None:
    held = _held(
        "Statement on the Quad Senior Cyber Group Meeting",
        "Cyber threats keep growing. This week the Quad Senior Cyber Group met in Canberra for two days "
        "of discussions on protecting critical infrastructure.",
    )
    assert len(held) == 1


def test_a_domestic_body_that_met_is_no_diplomatic_meeting() -> None:
    assert not _held(
        "Statement on the Cabinet Meeting",
        "This week the President's Cabinet met in the East Room to review the budget for the coming year.",
    )


def test_talks_facilitated_by_third_states_are_held_with_them_as_countries() -> None:
    held = _held(
        "Ceasefire talks resume in Jeddah",
        "Talks between the two armed forces of the country resumed in Jeddah on Sunday, facilitated by "
        "Saudi Arabia and the United States.",
        publisher="Regional News Agency",
    )
    assert len(held) == 1
    assert {c.label for c in held[0].countries} >= {"Saudi Arabia", "United States"}


def test_facilitated_by_without_talks_between_sides_makes_no_meeting() -> None:
    assert not _held(
        "New trade rules take effect",
        "Exports of grain rose sharply this year, facilitated by Saudi Arabia and the United States, "
        "officials said.",
        publisher="Regional News Agency",
    )


def test_talks_with_a_side_named_by_its_government_are_held_with_that_state() -> None:
    held = _held(
        "Peace negotiations open in Havana",
        "Peace negotiations between the Government of Colombia and a rebel group opened in Havana on "
        "Monday with both delegations present.",
        publisher="Regional News Agency",
    )
    assert len(held) == 1
    assert "Colombia" in {c.label for c in held[0].countries}


def test_a_facilitating_publisher_is_among_the_countries() -> None:
    held = _held(
        "Statement on the Resumed Talks",
        "Talks between the two armed forces of the country resumed in Jeddah today, facilitated by Saudi "
        "Arabia and the United States.",
    )
    assert {c.label for c in held[0].countries} >= {"Saudi Arabia", "United States"}
