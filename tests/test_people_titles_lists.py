"""Officials' titles with a rank before them ("Assistant Secretary of State", "Under Secretary-General"),
names with a middle initial or a compound given name after a portfolio, and the state of an official
listed after a foreign official ("met with Kosovo President X and Prime Minister Y")."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.gazetteer import scan
from kg.extract.people import People, find_in_text
from kg.extract.titles import role_of
from kg.model import Document, Meeting
from kg.reference import load_reference


def _find(text: str, on: date = date(2022, 3, 2), home: str = "US") -> People:
    ref = load_reference()
    return find_in_text(text, scan(text, ref), ref, on, home)


def _labels(f: People) -> dict[str, str | None]:
    return {p.label: p.title for p in f.people.values()}


def _meetings(title: str, text: str, released: date = date(2022, 11, 2)) -> list[Meeting]:
    doc = Document(
        "whitehouse", "whitehouse/statements-releases/x.md", title, text, released, "https://example.org/x"
    )
    return [m for m in extract(doc).meetings if not m.mentioned]


def test_a_rank_before_a_title_is_part_of_it_and_names_no_office_holder():
    assert role_of("Assistant Secretary of State") is None
    assert role_of("Under Secretary-General") is None
    f = _find("Deputy Assistant Secretary of State Hal Quimby met with Under Secretary-General Ola Brandvik.")
    people = _labels(f)
    assert people["Hal Quimby"] == "Deputy Assistant Secretary of State"
    assert people["Ola Brandvik"] == "Under Secretary-General"


def test_a_middle_initial_or_a_known_given_name_stays_in_the_name_after_a_portfolio():
    f = _find(
        "Assistant Secretary of State Corwin T. Ashby met with Minister of Foreign Trade Ana Maria Velandro."
    )
    people = _labels(f)
    assert people["Corwin T. Ashby"] == "Assistant Secretary of State"
    assert "Ana Maria Velandro" in people
    assert people["Ana Maria Velandro"].startswith("Minister of Foreign Trade")


def test_an_official_listed_after_a_foreign_official_is_of_the_same_state():
    (m,) = _meetings(
        "Readout of the Homeland Security Advisor's Visit to Kosovo",
        "The Homeland Security Advisor traveled to Pristina and met with Kosovo President Vjosa "
        "Osmani-Sadriu and Minister of Interior Halvor Brekke and visited a camp. They discussed security.",
    )
    people = {p.label: p.props.get("country") for p in m.participants}
    assert people["Halvor Brekke"] == "XK"


def test_the_subject_after_a_list_is_not_of_the_list_s_state():
    (m,) = _meetings(
        "Readout of the Deputy Administrator's Travel to Guatemala",
        "Deputy Administrator Dr. Wren Tollman traveled to Guatemala. During meetings with President "
        "Alejandro Giammattei and Minister of Economy Ivo Pralen, Dr. Tollman discussed trade.",
    )
    people = {p.label: p.props.get("country") for p in m.participants}
    assert people.get("Ivo Pralen") == "GT"
    assert people.get("Wren Tollman") != "GT"
