"""A person whose label is a royal style ("Philippe of Belgium") has no surname in it: the state named
alone ("the ambassadors of Sweden and Belgium") is not the monarch (kg/reference/loader.py)."""

from __future__ import annotations

from datetime import date

from kg.model import Document
from tests.helpers import release, who_took_part


def _release(text: str) -> Document:
    return release(
        "Meeting with ambassadors", text, date(2022, 6, 19), reader="ukraine", url="http://x/styles"
    )


def test_a_state_named_after_of_is_not_its_monarch():
    people, countries = who_took_part(
        _release(
            "Deputy Head of the Office of the President Ihor Zhovkva met today with the ambassadors of "
            "Sweden and Belgium to discuss the candidate status."
        )
    )
    assert "Philippe of Belgium" not in people
    assert {"SE", "BE"} <= set(countries)


def test_the_monarch_is_still_named_by_his_style():
    people, _ = who_took_part(
        _release("President Volodymyr Zelenskyy met today with King Philippe of Belgium in Kyiv.")
    )
    assert "Philippe of Belgium" in people
