"""A programme an office owns ("the President’s Zorbland Initiative") is a framework, not a person;
a release's title naming the body whose meeting it reports gives that body as the meeting's format."""

from __future__ import annotations

from kg.extract.frameworks import find_frameworks
from kg.extract.gazetteer import scan
from kg.reference import load_reference
from tests.helpers import main_meeting, wh_release


def _found(text: str) -> list[str]:
    ref = load_reference()
    return [e.label for e, _, _ in find_frameworks(text, scan(text, ref), ref, set())]


def test_a_programme_an_office_owns_is_a_framework():
    found = _found(
        "Funding will flow under the President’s Quixote Initiative for Coastal Resilience and the "
        "Prime Minister’s Zorbland Recovery Fund."
    )
    assert "President’s Quixote Initiative for Coastal Resilience" in found
    assert "Prime Minister’s Zorbland Recovery Fund" in found


def test_an_office_before_a_name_is_still_no_framework():
    found = _found("They welcomed President Quixote and the Prime Minister of Zorbland to the Initiative.")
    assert not any(f.startswith(("President", "Prime Minister")) for f in found)


def _labels(title: str, text: str) -> set[str]:
    m = main_meeting(wh_release(title, text))
    return {n for f in m.frameworks for n in (f.label, *f.alt_labels)}


SPEECH = (
    "THE PRESIDENT: Well, thank you all. I met today with Prime Minister Narendra Modi of India and "
    "President Joko Widodo of Indonesia to talk about investment in ports and railways."
)


def test_the_body_a_title_names_the_meeting_of_is_its_format():
    title = "Remarks by President Biden at Meeting for Partnership for Global Infrastructure and Investment"
    assert "Partnership for Global Infrastructure and Investment" in _labels(title, SPEECH)


def test_a_title_naming_an_official_of_a_body_gives_no_format():
    title = "Remarks by President Biden at Meeting with NATO Secretary General Stoltenberg"
    labels = _labels(title, SPEECH)
    assert "North Atlantic Treaty Organization" not in labels and "NATO" not in labels


def test_a_title_on_a_meeting_without_a_body_adds_nothing():
    title = "Remarks by President Biden Before Bilateral Meeting with Prime Minister Modi of India"
    assert "Partnership for Global Infrastructure and Investment" not in _labels(title, SPEECH)


def test_a_known_programme_an_office_owns_is_the_known_programme():
    found = _found("The funds come from the President’s American Rescue Plan.")
    assert "American Rescue Plan" in found
    assert "President’s American Rescue Plan" not in found


def test_a_known_summit_an_office_owns_is_the_known_summit():
    found = _found("Leaders built on commitments made at the President’s Global COVID-19 Summit.")
    assert "Global COVID-19 Summit" in found
    assert "President’s Global COVID-19 Summit" not in found
