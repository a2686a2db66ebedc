"""Names listed after a plural title: each gets the title's state and office; the counterparts listed
for each leg of a trip take part."""

from __future__ import annotations

from datetime import date

from kg.extract.gazetteer import scan
from kg.extract.people import People, find_in_text
from kg.model import Document
from kg.reference import load_reference
from tests.helpers import wh_release, who_took_part


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


def test_the_counterparts_of_each_leg_of_a_trip_take_part():
    text = (
        "Earlier this week, Deputy National Security Advisor Jon Finer traveled to Ghana and Togo.\n\n"
        "He was joined by Senior Director for Africa Dana Banks. The trip underscored the commitment "
        "to partnering with African nations.\n\n"
        "In Ghana, Mr. Finer met with President Nana Akufo-Addo and other senior officials. They "
        "discussed maritime security. Mr. Finer underscored the shared commitment to democratic "
        "values. The delegations discussed support for regional efforts against terrorism. They "
        "agreed to work together to strengthen global health security.\n\n"
        "In Togo, Mr. Finer met with President Faure Gnassingbe, Minister of Foreign Affairs Robert "
        "Dussey, and other senior officials to discuss regional security."
    )
    doc = wh_release(
        "Readout of Deputy National Security Advisor Jon Finer's Travel to Ghana and Togo",
        text,
        date(2022, 10, 21),
    )
    people, countries = who_took_part(doc)
    assert {"Faure Gnassingbe", "Robert Dussey"} <= {" ".join(p.split()) for p in people}
    assert {"GH", "TG"} <= set(countries)


def test_the_states_a_body_s_experts_come_from_take_part():
    text = (
        "Deputy Head of the Office of the President of Ukraine Taras Velyko held a video conference "
        "with the Advisory Board on Customs Reform. The Board involves senior experts from Estonia, "
        "Latvia and the Republic of Moldova. The participants discussed the reform of customs."
    )
    doc = Document(
        "ukraine",
        "ukraine/zelenskyy.csv#1",
        "Taras Velyko and the Advisory Board on Customs Reform discussed the reform",
        text,
        date(2022, 2, 10),
        "https://www.president.gov.ua/en/news/x-1",
    )
    countries = who_took_part(doc)[1]
    assert {"EE", "LV", "MD"} <= set(countries)


def test_a_foreign_leaders_spokesperson_and_adviser_called_is_the_counterpart():
    text = (
        "National Security Advisor Jake Sullivan spoke by phone today with Oren Talvi, Spokesperson "
        "and Chief Advisor to the President of Türkiye. They discussed regional security."
    )
    doc = wh_release(
        "Readout of National Security Advisor Jake Sullivan's Call with Oren Talvi, Spokesperson and "
        "Chief Advisor to the President of Türkiye",
        text,
        date(2023, 6, 27),
    )
    people, countries = who_took_part(doc)
    assert "Oren Talvi" in people
    assert "TR" in countries


def test_leaders_a_speaker_at_the_summit_sees_or_addresses_are_present():
    text = (
        "THE VICE PRESIDENT:  Thank you all for co-hosting this convening: Prime Minister Olaf "
        "Scholz of Germany and President Macky Sall of Senegal. And I also see my friend, Prime "
        "Minister Justin Trudeau. And, President Pedro Sánchez, I want to thank you as well. And I "
        "thank President Volodymyr Zelenskyy for his courage."
    )
    doc = wh_release(
        "Remarks by Vice President Harris at the Global COVID-19 Summit", text, date(2022, 5, 12)
    )
    people = who_took_part(doc)[0]
    assert {"Justin Trudeau", "Pedro Sánchez"} <= set(people)
    assert "Volodymyr Zelenskyy" not in people


def test_an_office_of_ours_the_speaker_says_is_present_is_its_holder_on_the_day():
    text = (
        "THE PRESIDENT:  Mr. President, thank you for hosting us. We have the Secretary of Defense "
        "with us today. Our U.N. Ambassador is online with us here. The Secretary of State will "
        "travel next week."
    )
    doc = wh_release(
        "Remarks by President Biden and President Gitanas Nausėda of Lithuania Before Bilateral Meeting",
        text,
        date(2023, 7, 11),
    )
    people = who_took_part(doc)[0]
    assert {"Lloyd J. Austin III", "Linda Thomas-Greenfield"} <= set(people)
    assert "Antony J. Blinken" not in people


def test_those_a_speaker_s_opening_salutation_lists_by_title_are_present():
    text = (
        "PRESIDENT BIDEN:  Good afternoon. Today we stand together behind a people who defend their land. "
        "We will keep our word for as long as it takes.\n\n"
        "PRIME MINISTER KISHIDA:  Thank you. Japan joins this declaration with resolve.\n\n"
        "PRESIDENT ZELENSKYY:  President Biden; Prime Minister Kishida; Chancellor — I see you — "
        "Chancellor Scholz; President Macron; Prime Minister Trudeau; President Michel: a great honor to "
        "be here. The declaration we adopt today matters for Ukraine."
    )
    doc = wh_release(
        "Remarks by President Biden, Prime Minister Kishida of Japan, and President Zelenskyy of Ukraine "
        "in a Joint Declaration of Support for Ukraine",
        text,
        date(2023, 7, 12),
    )
    people, countries = who_took_part(doc)
    assert {"Emmanuel Macron", "Justin Trudeau", "Charles Michel"} <= set(people)
    assert {"FR", "CA"} <= set(countries)


def test_a_salutation_needs_two_titled_items_ended_by_a_colon_or_a_greeting():
    from kg.extract.presence import salutation_starts

    assert (
        len(
            salutation_starts(
                "THE PRESIDENT:  Mr. President, Mr. Secretary-General, my fellow leaders, hello."
            )
        )
        == 2
    )
    assert salutation_starts("President Biden met President Macron, and they talked.") == []
    assert salutation_starts("President Biden, Prime Minister Kishida and others met in Tokyo today.") == []
