"""Who is given the floor at the meeting (kg/extract/floor.py): the speaker of remarks at the meeting
hands over to the next one, who is in the room. Releases written for the test."""

from __future__ import annotations

from datetime import date

from kg.model import Document
from tests.helpers import wh_release, who_took_part


def _remarks(title: str, text: str) -> Document:
    return wh_release(title, text, date(2022, 12, 15))


def test_the_next_speaker_handed_the_floor_takes_part():
    people, _ = who_took_part(
        _remarks(
            "Remarks by Vice President Harris at the Leaders Summit Working Lunch on Cooperation",
            "THE VICE PRESIDENT: Good afternoon, everyone. Welcome to this working lunch with the leaders "
            "of Africa, hosted today with President Macky Sall of Senegal.\n\n"
            "We gather to strengthen our partnership in the institutions we share. I look forward to our "
            "discussion.\n\nAnd with that, I will now invite Chairperson Faki to speak. (Applause.)",
        )
    )
    assert "Moussa Faki Mahamat" in people


def test_a_hand_over_to_a_briefer_is_no_participant():
    people, _ = who_took_part(
        _remarks(
            "Press Briefing on President Biden’s Meeting at the Leaders Summit",
            "President Biden met today with President Macky Sall of Senegal at the summit.\n\n"
            "MS. JEAN-PIERRE: With that, I will turn it over to Secretary Blinken to take your questions.",
        )
    )
    assert "Antony J. Blinken" not in people
