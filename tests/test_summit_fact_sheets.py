"""A summit's fact sheet tells the leader's part in it (kg.extract.gatherings, CONVENTIONS §2) when a
lead sentence opens at the summit, after sentences on the fact sheet's subject and with a dotted
name ("At the U.S.-Pacific Leaders Summit, …"). Texts written here in the manner of the fact sheets."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Meeting
from tests.helpers import wh_release

SUBJECT = (
    "Clean water is the foundation of healthy communities and thriving economies. Access to it is not only "
    "a matter of dignity, it is also a strategic investment that reduces disease and promotes growth. "
)


def _held(title: str, text: str) -> list[Meeting]:
    doc = wh_release(title, text, date(2024, 9, 25))
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


QUOTE = "“Clean water is a right, not a privilege.”\n\nPresident Joe Biden, September 25, 2024\n\n"


def test_a_fact_sheet_s_lead_telling_the_leader_opened_or_joined_a_summit_today_is_his_part():
    title = "Fact Sheet: Announcing the Global Clean Water Initiative"
    for said in (
        "Today, President Biden opened the Summit of the Americas in Los Angeles, a forum for leaders "
        "from across the hemisphere.",
        "Today, President Biden joins leaders from across the Pacific at the U.S.-Pacific Islands Leaders "
        "Summit to present the Honiara Declaration on Water.",
    ):
        assert len(_held(title, QUOTE + said + " The initiative will reach twelve states.")) == 1, said


def test_a_summit_told_weeks_after_it_began_is_a_recap():
    title = "Global Clean Water Summit: Summary of Outcomes"
    text = (
        "On September 9-10, 2024, President Biden brought together the leaders of twelve states at the "
        "U.S.-Pacific Islands Leaders Summit, a gathering that spurred commitments on water."
    )
    assert not _held(title, text)
