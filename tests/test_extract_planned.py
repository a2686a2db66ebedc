"""Planned meetings: who will take part (the principal of ours who travels or hosts, not people of an
earlier meeting or the target of an action) and which states (a previewed group summit's members)."""

from __future__ import annotations

import importlib
from datetime import date

import pytest

from kg.extract import planned_presence, targets
from tests.helpers import wh_release

G7 = {"CA", "DE", "FR", "GB", "IT", "JP", "US"}


def _planned(title: str, text: str, day: date, skip: tuple[str, ...] = ()):
    from kg.extract import extract

    found = [m for m in extract(wh_release(title, text, day), skip=skip).meetings if not m.mentioned]
    assert [m.status for m in found] == ["planned"], found
    return found[0]


def _names(m) -> set[str]:
    return {p.label for p in m.participants}


VISIT = (
    "Background Press Call Previewing the Visit of Prime Minister Kishida of Japan",
    "SENIOR ADMINISTRATION OFFICIAL: Thanks, everyone. On Friday, Prime Minister Kishida of Japan will "
    "come to Washington for an official visit. The leaders will discuss the security of the region.",
    date(2023, 1, 10),
)


def test_a_previewed_visit_of_a_foreign_leader_has_our_head_of_state():
    m = _planned(*VISIT)
    assert {"Fumio Kishida", "Joseph R. Biden, Jr."} <= _names(m)
    assert "Joseph R. Biden, Jr." not in _names(_planned(*VISIT, skip=("planned principal",)))


def test_the_vice_presidents_trip_has_the_vice_president_not_the_president():
    m = _planned(
        "Background Press Call Previewing the Vice President's Trip to Ghana",
        "SENIOR ADMINISTRATION OFFICIAL: Good afternoon. Next week the Vice President will travel to Accra, "
        "where she will meet with President Nana Akufo-Addo of Ghana.",
        date(2023, 3, 20),
    )
    assert {"Kamala Harris", "Nana Akufo-Addo"} <= _names(m)
    assert "Joseph R. Biden, Jr." not in _names(m)


def test_an_officials_trip_gets_no_principal_from_the_title():
    m = _planned(
        "Statement on Senior Administration Official Travel to the Summit of West African States",
        "Next week, Deputy National Security Advisor Ann Example will travel to Accra, where she will meet "
        "with President Nana Akufo-Addo of Ghana.",
        date(2023, 3, 20),
    )
    assert "Nana Akufo-Addo" in _names(m)
    assert not {"Joseph R. Biden, Jr.", "Kamala Harris"} & _names(m)


CARIBBEAN = (
    "FACT SHEET: New Steps on Caribbean Energy Security",
    "Vice President Harris will meet with Caribbean leaders on September 20, 2022: Prime Minister Mia "
    "Mottley of Barbados and President Irfaan Ali of Guyana. At last year's summit, President Biden and "
    "Vice President Harris agreed to launch working groups, co-chaired by Caribbean and U.S. officials.",
    date(2022, 9, 19),
)


def test_a_past_presence_sentence_names_no_one_of_a_planned_meeting(monkeypatch):
    m = _planned(*CARIBBEAN)
    assert {"Kamala Harris", "Mia Mottley", "Irfaan Ali"} <= _names(m)
    assert "Joseph R. Biden, Jr." not in _names(m)
    monkeypatch.setattr(planned_presence, "told_as_past", lambda text: False)
    assert "Joseph R. Biden, Jr." in _names(_planned(*CARIBBEAN))  # the sentence of last year's summit


@pytest.mark.parametrize(
    ("text", "past"),
    [
        ("President A and Vice President B agreed at the summit to launch groups co-chaired by C.", True),
        ("The Secretary was joined by Ambassador D.", True),
        ("The Vice President will be joined by Ambassador D.", False),
        ("Leaders will attend the dinner hosted by the President.", False),
    ],
)
def test_told_as_past(text, past):
    assert planned_presence.told_as_past(text) is past


GAGGLE = (
    "Press Gaggle by the Press Secretary En Route Columbus, Ohio",
    "THE PRESS SECRETARY: Good afternoon. On Thursday, President Biden will welcome Prime Minister "
    "Ulf Kristersson of Sweden to the White House.\n\n"
    "On the ground in Columbus, the President will be joined by Governor Ann Example, Senator Bob Sample "
    "and Mayor Cal Instance.",
    date(2023, 7, 3),
)


def test_a_domestic_stops_company_is_not_at_the_planned_meeting(monkeypatch):
    m = _planned(*GAGGLE)
    assert {"Joseph R. Biden, Jr.", "Ulf Kristersson"} <= _names(m)
    assert not {"Ann Example", "Bob Sample", "Cal Instance"} & _names(m)
    monkeypatch.setattr(planned_presence, "home_stop", lambda text: False)
    assert "Ann Example" in _names(_planned(*GAGGLE))


GERMANY = (
    "FACT SHEET: New Steps to Support Ukraine",
    "In Germany today, President Biden will meet with G7 leaders and President Zelenskyy to keep up our "
    "support for Ukraine and to hold President Putin accountable for his war.",
    date(2022, 6, 27),
)


def test_the_target_of_an_action_is_no_participant(monkeypatch):
    m = _planned(*GERMANY)
    assert {"Joseph R. Biden, Jr.", "Volodymyr Zelenskyy"} <= _names(m)
    assert "Vladimir Putin" not in _names(m)
    monkeypatch.setattr(
        importlib.import_module("kg.extract.blocked_spans"), "target_spans", lambda t, o=0: []
    )
    assert "Vladimir Putin" in _names(_planned(*GERMANY))
    assert targets.target_spans("We will hold X accountable.") == [(8, 26)]


SUMMIT = (
    "Background Press Call Previewing Day One of the G7 Summit",
    "SENIOR ADMINISTRATION OFFICIAL: Thanks, everyone. Tomorrow, the President will hold a bilateral "
    "meeting with Prime Minister Kishida.",
    date(2023, 5, 18),
)


def test_a_previewed_group_summit_has_the_groups_members(monkeypatch):
    assert G7 <= {c.key for c in _planned(*SUMMIT).countries}
    parts = importlib.import_module("kg.extract.group_parts")
    monkeypatch.setattr(parts, "PREVIEW_TITLE", parts.re.compile(r"(?!)"))
    assert not G7 <= {c.key for c in _planned(*SUMMIT).countries}
