"""A summit's fact sheet tells the leader's part in it (kg.extract.gatherings, CONVENTIONS §2) when a
lead sentence opens at the summit, after sentences on the fact sheet's subject and with a dotted
name ("At the U.S.-Pacific Leaders Summit, …"). Texts written here in the manner of the fact sheets."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Document, Meeting

SUBJECT = (
    "Clean water is the foundation of healthy communities and thriving economies. Access to it is not only "
    "a matter of dignity, it is also a strategic investment that reduces disease and promotes growth. "
)


def _held(title: str, text: str) -> list[Meeting]:
    doc = Document(
        "whitehouse", "whitehouse/t.md", title, text, date(2024, 9, 25), "https://www.whitehouse.gov/x", None
    )
    return [m for m in extract(doc, skip=("learned detection",)).meetings if m.status == "held"]


def test_a_lead_sentence_opening_at_a_summit_tells_the_leader_s_part_in_it():
    title = "FACT SHEET: U.S.-Pacific Partnership on Clean Water"
    for opening in (
        "At the U.S.-Pacific Islands Leaders Summit, President Biden announced $40 million for clean water.",
        "Today at the U.S.-Pacific Islands Leaders Summit, Vice President Harris launched a new water fund.",
    ):
        held = _held(title, SUBJECT + opening + " The funds will reach twelve island states.")
        assert len(held) == 1, opening
        assert held[0].event is not None and "Summit" in held[0].event.label


def test_a_summit_of_another_time_in_a_fact_sheet_s_lead_tells_no_part():
    title = "FACT SHEET: U.S.-Pacific Partnership on Clean Water"
    opening = (
        "At the recent U.S.-Pacific Islands Leaders Summit, President Biden announced $40 million for water."
    )
    assert not _held(title, SUBJECT + opening + " The funds will reach twelve island states.")
