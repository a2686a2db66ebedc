"""People: titled names, countries from titles, surnames and role nouns resolved through office data."""

from __future__ import annotations

from datetime import date

from kg.extract.gazetteer import scan
from kg.extract.people import PeopleFinder
from kg.reference import load_reference


def _find(text: str, on: date = date(2023, 10, 28), home: str = "KZ") -> PeopleFinder:
    ref = load_reference()
    finder = PeopleFinder(ref, on, home)
    finder.find(text, scan(text, ref))
    return finder


def test_title_of_country_name_pattern_gives_an_unknown_person_with_country():
    f = _find(
        "The President met Prime Minister of Lowlandia Xavier Quorblat and President of Lithuania Ona Zubrite."  # noqa: E501
    )
    people = {p.label: p for p in f.people.values()}
    assert "Xavier Quorblat" in people
    assert "Quorblat" in people["Xavier Quorblat"].alt_labels
    assert people["Ona Zubrite"].country == "LT"


def test_demonym_before_title_sets_the_country():
    f = _find("Kazakh Foreign Minister Zyx Qwertov met German Ambassador Ulla Probst.")
    people = {p.label: p for p in f.people.values()}
    assert people["Ulla Probst"].country == "DE"
    assert people["Zyx Qwertov"].country == "KZ"


def test_surname_mentions_join_the_full_name():
    f = _find("Chancellor Hugo Vantrel of Austria arrived. Later Vantrel said the talks went well.")
    keys = {m.key for m in f.mentions}
    assert keys == {"hugo vantrel"}
    assert len([m for m in f.mentions if m.key == "hugo vantrel"]) == 2


def test_the_head_of_state_is_the_publishers_leader_at_the_date():
    f = _find("Welcoming the guests, the Head of State noted the fruitful cooperation.")
    resolved = f.resolve_roles("Welcoming the guests, the Head of State noted the fruitful cooperation.")
    assert [f.people[m.key].surname for m in resolved] == ["Tokayev"]


def test_demonym_leader_resolves_to_that_countrys_head_of_state():
    f = _find("")
    resolved = f.resolve_roles("The Uzbek leader thanked his counterpart.")
    assert [f.people[m.key].surname for m in resolved] == ["Mirziyoyev"]
