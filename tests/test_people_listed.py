"""Names listed after a plural title: each gets the title's state and office."""

from __future__ import annotations

from datetime import date

from kg.extract.gazetteer import scan
from kg.extract.people import People, find_in_text
from kg.reference import load_reference


def _find(text: str, on: date = date(2023, 1, 31), home: str = "US") -> People:
    ref = load_reference()
    return find_in_text(text, scan(text, ref), ref, on, home)


def test_members_of_a_states_body_listed_after_the_title_get_that_state():
    f = _find(
        "The Advisor met with Members of the Presidency of Bosnia and Herzegovina "
        "Ana Vrtol, Ivo Kresnik, and Dino Halac."
    )
    people = {p.label: p for p in f.people.values()}
    assert {"Ana Vrtol", "Ivo Kresnik", "Dino Halac"} <= set(people)
    assert {people[n].country for n in ("Ana Vrtol", "Ivo Kresnik", "Dino Halac")} == {"BA"}


def test_ministers_listed_after_a_plural_title_get_its_office_and_demonym():
    f = _find("He hosted Nordic guests and Estonian Foreign Ministers Olev Tamm, Mari Kask and Jaan Saar.")
    people = {p.label: p for p in f.people.values()}
    assert people["Mari Kask"].country == "EE"
    assert people["Jaan Saar"].role == "ForeignMinister"


def test_a_plural_title_before_one_name_or_an_open_list_reads_no_list():
    f = _find("Foreign Ministers Olev Tamm, Mari Kask. Presidents Biden, Macron and others met.")
    labels = {p.label for p in f.people.values()}
    assert "Mari Kask" not in labels
