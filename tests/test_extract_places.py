"""Venue and larger event, taken from generic phrases with the name from the text."""

from __future__ import annotations

from kg.extract.places import find_event, find_venue
from kg.reference import load_reference


def test_event_from_the_sidelines_phrase_keeps_the_name_written():
    ref = load_reference()
    event, i = find_event(
        ["On the sidelines of the Fifth Tundra Forum on Reindeer Herding, the leaders met."], ref
    )
    assert i == 0 and event.label == "Fifth Tundra Forum on Reindeer Herding"
    assert "Tundra Forum on Reindeer Herding" in event.alt_labels


def test_summit_named_with_lower_case_noun_and_acronym():
    ref = load_reference()
    event, _ = find_event(["They met in the margins of the XYZ (XYZ) Leaders Meeting in Quito."], ref)
    assert event is not None and "XYZ" in event.label


def test_venue_from_in_city_after_a_meeting_verb():
    ref = load_reference()
    venue, _ = find_venue(["Title", "The leaders met today in Zorbagrad, Kazakhstan."], ref, None, None)
    assert venue is not None and venue.label == "Zorbagrad"


def test_venue_from_the_dateline_when_the_text_names_none():
    ref = load_reference()
    venue, i = find_venue(["Title", "The sides discussed trade."], ref, None, "Yuzhnograd, Moscow Region")
    assert (venue.label, i) == ("Yuzhnograd", -1)
