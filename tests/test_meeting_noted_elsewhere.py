"""A meeting the talks only speak of ("noted the importance of the meeting of the leaders of A, B and
C") is another meeting: its leaders and states are not the talks' participants (kg/extract/elsewhere.py)."""

from __future__ import annotations

from datetime import date

from kg.model import Document
from tests.helpers import who_took_part


def test_leaders_of_a_meeting_whose_importance_is_noted_do_not_take_part():
    people, countries = who_took_part(
        Document(
            "ukraine",
            "test/noted.md",
            "Ihor Zhovkva held a consultation with the adviser to the Prime Minister of Latvia",
            "Deputy Head of the Office of the President Ihor Zhovkva held an online consultation with the "
            "Foreign Policy Adviser to the Prime Minister of Latvia Andris Ozols. Zhovkva stressed the "
            "significance of the meeting of the leaders of Ukraine, Georgia and Moldova in Batumi and "
            "thanked Latvia for its support.",
            date(2021, 12, 28),
            url="http://x/noted",
        )
    )
    assert set(countries) == {"UA", "LV"}
    assert not {"Maia Sandu", "Irakli Garibashvili", "Volodymyr Zelenskyy"} & set(people)
