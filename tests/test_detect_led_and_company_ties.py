"""Meetings told by who led them (kg.extract.detect_cues' LED_MEETING) and a company's head met when
the release ties the company to another state (kg.extract.companies.tied_company_head; eval/CONVENTIONS.md 8).
Texts written here."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Document

WH = (
    "whitehouse",
    "whitehouse/statements-releases/2023-03/t.md",
    "https://www.whitehouse.gov/x",
    "The White House",
)
UA = (
    "ukraine-csv",
    "zelenskyy.csv#https://www.president.gov.ua/en/news/t-1",
    "https://www.president.gov.ua/en/news/t-1",
    "President of Ukraine (president.gov.ua)",
)


def _held(source: tuple[str, str, str, str], title: str, text: str) -> list[list[str]]:
    """The labels of the people of each meeting the release reports held."""
    reader, identifier, url, publisher = source
    doc = Document(reader, identifier, title, text, date(2023, 3, 3), url, publisher)
    return [
        [p.label for p in m.participants]
        for m in extract(doc).meetings
        if m.status == "held" and not m.mentioned
    ]


def test_officials_who_led_their_sides_meeting_with_its_day_between_report_it_held():
    text = (
        "Deputy National Security Advisor Jon Finer and Japanese Deputy Foreign Minister Takeo Mori led a "
        "March 2 meeting in Tokyo of the U.S.-Japan Economic Security Group. The delegations discussed "
        "supply chains and export controls."
    )
    held = _held(WH, "Joint Statement on the Meeting of the U.S.-Japan Economic Security Group", text)
    assert held and any("Jon Finer" in people for people in held)


def test_a_company_head_tied_to_another_state_is_a_counterpart():
    visitor = (
        "President Volodymyr Zelenskyy met with Rheinmetall CEO Armin Papperger, who arrived in Kyiv. They "
        "discussed the production of ammunition."
    )
    assert _held(UA, "The President met with the CEO of Rheinmetall", visitor)
    demonym = (
        "President Biden met with Akio Toyoda, Chairman of Toyota Motor Corporation, the Japanese automaker. "
        "They discussed the company's new battery plant."
    )
    assert _held(WH, "Readout of President Biden’s Meeting with the Chairman of Toyota", demonym)


def test_a_company_head_of_the_publisher_s_own_state_is_not():
    text = (
        "President Biden met with Mary Barra, Chair and CEO of General Motors, the American automaker. "
        "They discussed electric vehicles."
    )
    assert _held(WH, "Readout of President Biden’s Meeting with the CEO of General Motors", text) == []
