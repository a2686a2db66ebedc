"""A summit series a readout names with its city is that edition (kg.extract.framework_editions)."""

from datetime import date

from kg.model import Document
from tests.helpers import reported_meetings


def _readout(text: str, day: date) -> Document:
    return Document(
        reader="whitehouse",
        identifier="readout.md",
        title="Readout of President Joe Biden’s Call with Chancellor Olaf Scholz of Germany",
        text=text,
        date=day,
        url="https://www.whitehouse.gov/briefing-room/statements-releases/readout/",
        publisher="The White House",
        location=None,
        published=None,
        language="en",
    )


CALL = (
    "President Joe Biden spoke today with Chancellor Olaf Scholz of Germany to review preparations for the "
    "NATO Summit to be held in Vilnius, Lithuania. They discussed support for Ukraine."
)


def _frameworks(text: str, day: date) -> list:
    (m,) = reported_meetings(_readout(text, day))
    return m.frameworks


def test_a_summit_prepared_for_in_its_city_is_that_edition_named_as_the_release_names_it() -> None:
    (fw,) = _frameworks(CALL, date(2023, 7, 4))
    names = {fw.label, *fw.alt_labels}
    assert "NATO Summit in Vilnius" in names and "NATO Summit" in names
    assert fw.label != "NATO Summit"  # the 2023 edition, not the series


def test_a_summit_named_without_a_city_of_its_editions_stays_the_series() -> None:
    text = CALL.replace(" to be held in Vilnius, Lithuania", "")
    assert [fw.label for fw in _frameworks(text, date(2023, 7, 4))] == ["NATO Summit"]


def test_no_edition_that_far_from_the_call_is_meant() -> None:
    assert [fw.label for fw in _frameworks(CALL, date(2021, 1, 5))] == ["NATO Summit"]
