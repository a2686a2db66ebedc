"""What a user checks on meetings whose states, bodies and venue are named in forms other writers
use (issue 14): a list of leaders past "Micronesia" or "St. Lucia", a venue "in the Republic of
Korea", a European Commissioner taking part for the Commission, the Major Economies Forum."""

from __future__ import annotations

from datetime import date

from kg.model import Document, Meeting
from tests.helpers import reported_meetings


def _held(title: str, text: str, publisher: str = "Kazinform") -> list[Meeting]:
    doc = Document("jsonl", "names.jsonl#1", title, text, date(2023, 5, 5), publisher=publisher)
    return reported_meetings(doc)


def test_a_list_of_leaders_goes_on_past_short_names_of_states():
    (m,) = _held(
        "Joint Statement of Pacific Leaders",
        "The leaders of Fiji, Micronesia, Palau, Samoa, Tonga, Tuvalu and Vanuatu met in Suva on "
        "5 May 2023 and adopted a joint statement.",
    )
    countries = {c.label for c in m.countries}
    assert {"Micronesia, Federated States of", "Palau", "Tonga", "Tuvalu", "Vanuatu"} <= countries
    (m,) = _held(
        "Leaders meet",
        "The leaders of Fiji, St. Lucia, St Kitts and Nevis, St. Vincent and the Grenadines, Lao PDR "
        "and Samoa met in Suva on 5 May 2023.",
    )
    countries = {c.label for c in m.countries}
    assert {"Saint Lucia", "Saint Kitts and Nevis", "Saint Vincent and the Grenadines", "Laos", "Samoa"} <= (
        countries
    )


def test_a_venue_named_by_the_states_style_of_name():
    for text, venue in (
        ("met with the Foreign Minister of Japan in the Republic of Korea on 5 May 2023.", "South Korea"),
        ("held talks with the Foreign Minister of Japan in the Kingdom of Bahrain on 5 May 2023.", "Bahrain"),
    ):
        (m,) = _held("Foreign Minister's talks", "The Foreign Minister of Kazakhstan " + text)
        assert m.venue is not None and m.venue.label == venue, text
        assert {c.label for c in m.countries} == {"Kazakhstan", "Japan"}


def test_words_of_a_place_before_of_are_still_the_place():
    (m,) = _held(
        "Foreign Minister's talks",
        "The Foreign Minister of Kazakhstan met with the Foreign Minister of Japan in Suva of Fiji on "
        "5 May 2023.",
    )
    assert m.venue is not None and m.venue.label == "Suva"


def test_a_european_commissioner_takes_part_for_the_commission():
    (m,) = _held(
        "Meeting with Commissioner",
        "Secretary Blinken met with European Commissioner for Trade Valdis Dombrovskis on 5 May 2023 in "
        "Washington.",
        publisher="US Department of State",
    )
    assert "Valdis Dombrovskis" in {p.label for p in m.participants}
    assert [o.label for o in m.organizations] == ["European Commission"]
    assert "Latvia" not in {c.label for c in m.countries}


def test_a_meeting_of_the_major_economies_forum_is_its_event():
    (m,) = _held(
        "Readout of the Major Economies Forum",
        "Today, President Biden convened the Major Economies Forum on Energy and Climate virtually. "
        "The President was joined by leaders from Argentina, Japan and Korea.",
        publisher="The White House",
    )
    assert m.event is not None and "Major Economies Forum" in m.event.label
    assert {"Argentina", "Japan", "South Korea"} <= {c.label for c in m.countries}


def test_remarks_at_a_virtual_meeting_of_a_forum_are_the_leaders_part_in_it():
    (m,) = _held(
        "Remarks by President Biden at Virtual Meeting of the Major Economies Forum on Energy and Climate",
        "Via Teleconference\n\nTHE PRESIDENT: It is good to see you all. Thank you for joining us today. "
        "We have work to do on the climate.",
        publisher="The White House",
    )
    assert "Joseph R. Biden, Jr." in {p.label for p in m.participants}
    assert m.event is not None and "Major Economies Forum" in m.event.label
    # a forum the reference data does not know is no international body's meeting
    assert not _held(
        "Remarks by President Biden at Virtual Meeting of the Zorbagrad Friends Forum",
        "Via Teleconference\n\nTHE PRESIDENT: It is good to see you all. We have work to do.",
        publisher="The White House",
    )
