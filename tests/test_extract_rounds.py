"""A round of delegation talks that a leader's nightly address tells as the day's news (CONVENTIONS §20
under §1): held, no delegate named, its states ours and the other side the address is about. The
releases are written for the test."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Document
from tests.helpers import ua_release


def _address(text: str) -> Document:
    title = "We hold on - address by President Volodymyr Zelenskyy"
    return ua_release(title, text, date(2022, 3, 7))


ROUND = (
    "Free people of a free country! Russian troops shelled our cities again. Russian pilots bombed "
    "the suburbs.\n\n"
    "The third round of negotiations in Belarus took place today. We will insist on peace.\n\n"
    "Glory to Ukraine!"
)


def test_a_round_of_talks_an_address_says_took_place_today_is_held_between_the_two_states():
    held = [m for m in extract(_address(ROUND)).meetings if m.status == "held"]
    assert len(held) == 1
    assert {c.props.get("iso") for c in held[0].countries} == {"UA", "RU"}
    assert held[0].date == date(2022, 3, 7) and not held[0].participants


def test_a_round_recalled_or_to_come_is_no_meeting_of_the_address():
    for text in (
        ROUND.replace("took place today", "took place last week"),
        ROUND.replace("took place today", "will take place tomorrow"),
    ):
        assert not [m for m in extract(_address(text)).meetings if m.status == "held"]
