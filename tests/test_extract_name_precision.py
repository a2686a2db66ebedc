"""What a researcher counting people checks (issues 14, 17): one node per real person, and no
state made a side by a word of someone's name. A state's name after a person's name is no person;
a given name that is also a state's name brings no state; a surname shared with a leader does not
make him a participant when another name follows it."""

from __future__ import annotations

from datetime import date

from kg.extract.people.table import People, unknown
from kg.model import Document, Meeting
from kg.reference import load_reference
from tests.helpers import reported_meetings


def _held(title: str, text: str, publisher: str = "The White House", day: date = date(2023, 5, 5)) -> Meeting:
    doc = Document("jsonl", "precision.jsonl#1", title, text, day, publisher=publisher)
    (m,) = reported_meetings(doc)
    return m


def test_the_state_after_a_name_is_no_person():
    m = _held(
        "Readout of the National Security Advisor's Call",
        "On Friday, Jake Sullivan held a call with Head of Presidential Administration Andriy Yermak "
        "of Ukraine on energy security.",
    )
    labels = {p.label for p in m.participants}
    assert "Ukraine" not in labels
    assert {"Jake Sullivan", "Andriy Yermak"} <= labels
    assert {c.label for c in m.countries} == {"United States", "Ukraine"}


def test_a_given_name_that_is_a_state_brings_no_state():
    m = _held(
        "Readout of the Deputy Director's Meeting",
        "Deputy Director of the National Trade Council Bharat Kumar met today in Washington with Japan's "
        "Foreign Minister Yoshimasa Hayashi to discuss supply chains.",
    )
    assert "Bharat Kumar" in {p.label for p in m.participants}
    assert "India" not in {c.label for c in m.countries}


def test_a_leaders_surname_that_is_another_persons_given_name_is_not_the_leader():
    m = _held(
        "Tokayev receives bank president",
        "President Kassym-Jomart Tokayev received Marcos Pereira, President of the Southern Development "
        "Bank, and Foreign Minister of Japan Yoshimasa Hayashi in Astana on 5 May 2023.",
        publisher="Akorda",
    )
    labels = {p.label for p in m.participants}
    assert not any("Ferdinand" in x for x in labels)
    assert "Marcos Pereira" in labels
    assert "Philippines" not in {c.label for c in m.countries}


def test_a_name_that_is_a_states_or_a_citys_is_no_new_person():
    pp = People(load_reference(), date(2023, 5, 5), "US")
    assert unknown(pp, "Ukraine") is None
    assert unknown(pp, "Seoul") is None
    new = unknown(pp, "Oleh Marchuk")
    assert new is not None and new.label == "Oleh Marchuk"


def test_a_lone_surname_of_our_own_officials_is_no_person():
    m = _held(
        "Readout of the Vice President's Meeting",
        "Vice President Kamala Harris met with Prime Minister Leo Varadkar of Ireland in Washington on "
        "Friday. Governor Hollings and Senator Pardew joined the meeting.",
        day=date(2023, 3, 17),
    )
    assert {p.label for p in m.participants} == {"Kamala Harris", "Leo Varadkar"}


def test_a_leader_named_by_title_and_one_name_is_the_office_holder():
    m = _held(
        "Readout of the Vice President's Meeting",
        "Vice President Kamala Harris met with President Samia in Dar es Salaam on Thursday.",
        day=date(2023, 3, 30),
    )
    assert "Samia Suluhu Hassan" in {p.label for p in m.participants}
    assert "Tanzania" in {c.label for c in m.countries}


def test_a_one_name_style_stays_a_person():
    m = _held(
        "Readout of the President's Meeting",
        "President Biden met with King Abdullah II of Jordan and Queen Rania at the White House on Monday.",
        day=date(2021, 7, 19),
    )
    assert "Rania" in {p.label for p in m.participants}
