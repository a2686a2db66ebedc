"""Venue and larger event, taken from generic phrases with the name from the text."""

from __future__ import annotations

from datetime import date

from kg.extract.events import find_event
from kg.extract.pipeline import extract
from kg.extract.places import capital, find_venue, header_place, news_dateline
from kg.model import Document
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


def test_a_place_dated_to_another_time_is_no_venue():
    ref = load_reference()
    day = date(2021, 12, 7)
    for text in (
        "They discussed the outcomes of the June 2019 summit in Geneva.",
        "They recalled his visit to Geneva in November 2020.",
        "They discussed the results of the meeting held in Geneva on October 10.",
    ):
        assert find_venue(["Title", text], ref, None, None, day=day) == (None, -1), text
    venue, i = find_venue(
        ["Title", "The leaders met in Geneva on 7 December 2021."], ref, None, None, day=day
    )
    assert (venue.label, i) == ("Geneva", 1)
    # a planned meeting's own day after the place
    venue, _ = find_venue(
        ["Title", "He looks forward to welcoming them to Geneva on December 20."],
        ref,
        None,
        None,
        day=date(2021, 12, 20),
    )
    assert venue.label == "Geneva"


def test_a_transcript_header_above_the_time_stamp_names_the_venue():
    ref = load_reference()
    assert (
        header_place("Kantei, Tokyo, Japan\n\n3:21 P.M. JST\n\nPRESIDENT BIDEN: Welcome.", ref).label
        == "Tokyo"
    )
    assert (
        header_place("East Room\n\n5:23 P.M. EST\n\nTHE PRESIDENT: Please sit.", ref).label == "White House"
    )
    # no time stamp: not a transcript header
    assert header_place("Kantei, Tokyo, Japan\n\nThe leaders met.", ref) is None
    # the Vice President's ceremonial office is in Washington
    header = "Vice President’s Ceremonial Office\n\n11:06 A.M. EDT\n\nVICE PRESIDENT HARRIS: Good morning."
    assert header_place(header, ref).label == "Washington"


def test_the_place_and_event_of_an_event_ahead_are_not_the_meetings():
    ref = load_reference()
    day = date(2023, 6, 28)
    for text in (
        "They reviewed preparations for the upcoming NATO Summit in Vilnius.",
        "He urged leaders to act, with just 44 days left to the UN Climate Change Conference in Glasgow.",
    ):
        assert find_venue(["Title", text], ref, None, None, day=day) == (None, -1), text
        assert find_event(["Title", text], ref, day)[0] is None, text
    venue, _ = find_venue(
        ["Title", "The leaders met in Vilnius ahead of the NATO Summit."], ref, None, None, day=day
    )
    assert venue.label == "Vilnius"


def test_a_news_dateline_and_the_capital_of_a_country():
    ref = load_reference()
    assert news_dateline("XI'AN. KAZINFORM – The presidents held talks.", ref).label == "Xi'an"
    assert news_dateline("ASTANA – President Tokayev welcomed his guest.", ref).label == "Astana"
    assert news_dateline("President Tokayev welcomed his guest.", ref) is None
    assert (capital(ref, "UA").label, capital(ref, "KZ").label, capital(ref, "US").label) == (
        "Kyiv",
        "Astana",
        "Washington",
    )


def _news(text: str, title: str) -> Document:
    return Document("jsonl", "kz.jsonl#1", title, text, date(2024, 4, 18), publisher="Kazinform")


def test_a_news_agency_home_dateline_is_the_venue_of_a_visit_to_its_country_only():
    abroad = extract(
        _news(
            "ASTANA – President Kassym-Jomart Tokayev met with President of Kyrgyzstan Sadyr Japarov on the "
            "sidelines of the 77th session of the United Nations General Assembly.",
            "Tokayev meets Japarov",
        )
    )
    home = extract(
        _news(
            "ASTANA – President Kassym-Jomart Tokayev held talks with President of Kyrgyzstan Sadyr Japarov, "
            "who arrived in Kazakhstan on an official visit.",
            "Tokayev meets Japarov",
        )
    )
    assert [m.venue.label for m in abroad.meetings] == ["New York"]
    assert [m.venue.label for m in home.meetings] == ["Astana"]


def test_the_event_a_title_or_sentence_names_as_the_meeting_itself():
    ref = load_reference()
    for text, want in (
        ("Readout of the Third United States – Nordic Leaders’ Summit", "U.S.-Nordic Leaders’ Summit"),
        (
            "Address by the President to the participants of the Group of Seven summit",
            "Group of Seven summit",
        ),
        ("As part of the participation in the Eastern Partnership Summit, the leaders signed it.", None),
        ("Statement Following the Second Trilateral Fentanyl Committee Meeting", None),
    ):
        event, i = find_event([text], ref)
        assert event is not None and i == 0, text
        assert want is None or want in [event.label, *event.alt_labels], (text, event)
    # a meeting of a known body is an event in a title, a plain "meeting" is not
    assert find_event(["Speech at a meeting of the European Council"], ref)[0] is not None
    assert find_event(["Readout of the Meeting with the Prime Minister"], ref)[0] is None


def test_an_event_dated_to_another_month_is_not_the_meetings():
    ref = load_reference()
    text = "They discussed the President's June trip to the United Kingdom to attend the G7 Summit."
    assert find_event(["Title", text], ref, date(2021, 5, 18)) == (None, -1)
    assert find_event(["Title", text], ref, date(2021, 6, 12))[0] is not None
