"""An organization whose official takes part, named by office or by a title the data does not know the
holder of (kg/extract/org_offices.py), and the EU at group meetings (kg/extract/groups.py)."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.reference import load_reference
from tests.helpers import wh_release


def _meetings(title: str, text: str, day: date = date(2022, 2, 11)):
    return extract(wh_release(title, text, day)).meetings


def _orgs(title: str, text: str, day: date = date(2022, 2, 11)) -> set[str]:
    (m,) = _meetings(title, text, day)
    return {o.label for o in m.organizations}


def test_office_titles_come_from_the_reference_posts():
    from kg.extract.org_offices import office_titles

    titles = office_titles(load_reference())
    assert {"Secretary General", "Director-General", "President", "Managing Director"} <= set(titles)
    assert "of" not in " ".join(titles).split()


def test_an_office_of_an_organization_named_without_its_holder_brings_the_organization():
    orgs = _orgs(
        "Readout of President Biden’s Call with Transatlantic Leaders",
        "President Biden spoke today with the President of Poland, the Secretary General of NATO, and the "
        "presidents of the European Union about the build-up of Russian forces.",
    )
    assert {"North Atlantic Treaty Organization", "European Union"} <= orgs


def test_a_titled_participant_the_data_does_not_know_brings_the_organization_named_before_the_name():
    orgs = _orgs(
        "Readout of National Security Advisor Jake Sullivan’s Call with Caribbean Leaders",
        "National Security Advisor Jake Sullivan spoke today with Caribbean Community (CARICOM) Secretary "
        "General Odile Marchetti and leaders of the CARICOM member states about vaccines.",
    )
    assert "Caribbean Community" in orgs


def test_an_official_named_only_as_a_third_party_brings_nothing():
    orgs = _orgs(
        "Readout of National Security Advisor Jake Sullivan’s Call with Ibrahim Kalin",
        "National Security Advisor Jake Sullivan spoke by phone today with Ibrahim Kalin, Spokesperson of "
        "the President of Turkey. He expressed support for plans by United Nations Secretary General "
        "Guterres to resume talks on Cyprus.",
    )
    assert "United Nations" not in orgs


def test_the_eu_is_not_filled_in_at_a_g7_leaders_meeting_but_is_at_a_g20_one():
    g7 = _orgs(
        "G7 Leaders’ Statement",
        "We, the Leaders of the Group of Seven (G7), met today to reflect on our support for Ukraine.",
        date(2022, 12, 12),
    )
    assert "European Union" not in g7
    g20 = _orgs(
        "G20 Leaders’ Statement",
        "We, the Leaders of the Group of Twenty (G20), met today in Bali to address global challenges.",
        date(2022, 11, 16),
    )
    assert "European Union" in g20


def test_an_office_s_words_are_not_its_official_taking_part():
    orgs = _orgs(
        "Readout of President Biden’s Call with President Emmanuel Macron of France",
        "President Biden spoke today with President Emmanuel Macron of France. They welcomed the UN "
        "Secretary-General’s call for a humanitarian pause.",
    )
    assert "United Nations" not in orgs


def test_a_head_addressed_by_office_alone_in_remarks_at_the_meeting_brings_the_organization():
    title = "Remarks by President Biden Before the 77th Session of the United Nations General Assembly"
    text = (
        "THE PRESIDENT:  Mr. President, Mr. Secretary-General, my fellow leaders: we gather at a hard "
        "hour for the world. We will keep working with every nation here on food and on health."
    )
    assert "United Nations" in _orgs(title, text, date(2022, 9, 21))


def test_a_head_addressed_by_office_is_read_however_the_title_is_hyphenated():
    title = "Remarks by President Biden Before the 77th Session of the United Nations General Assembly"
    text = (
        "THE PRESIDENT:  Mr. President, Mr. Secretary General, my fellow leaders: we gather at a hard "
        "hour for the world. We will keep working with every nation here on food and on health."
    )
    assert "United Nations" in _orgs(title, text, date(2022, 9, 21))


def test_an_office_addressed_in_a_speech_elsewhere_or_of_no_named_body_brings_none():
    text = (
        "THE PRESIDENT:  Mr. Secretary-General, the United Nations is doing good work. President Biden "
        "spoke today with President Macron of France about food and health."
    )
    # a speech about a meeting, not given at it (the title does not say where)
    (m,) = _meetings("Remarks by President Biden on the World Economy", text)
    assert "United Nations" not in {o.label for o in m.organizations}
    # at the meeting, but no body with such a post named in the title or the sentence: none guessed
    text = "THE PRESIDENT:  Mr. Secretary-General, my fellow leaders: thank you. We met today to talk."
    (m,) = _meetings("Remarks by President Biden Before Meeting with President Macron of France", text)
    assert not m.organizations
