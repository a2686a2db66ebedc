"""Venue and larger event, taken from generic phrases with the name from the text."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kg.extract.datelines import header_place
from kg.extract.events import find_event
from kg.extract.pipeline import extract
from kg.extract.places import capital, find_venue, news_dateline
from kg.model import Document
from kg.reference import load_reference
from tests.helpers import reported_meetings, wh_release


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


def test_a_meeting_at_a_summit_takes_the_place_of_that_years_edition():
    # the release names the summit, not the city: the reference data's edition of that day does
    ref = load_reference()
    text = "On the sidelines of the G7 Summit, the President met with the Prime Minister of Canada."
    event, _ = find_event([text], ref)
    assert event is not None and event.label == "G7 Summit"
    venue, i = find_venue([text], ref, event, None, day=date(2022, 6, 27))
    assert venue is not None and venue.label == "Schloss Elmau" and i == -1
    venue, _ = find_venue([text], ref, event, None, day=date(2024, 6, 14))
    assert venue is not None and venue.label != "Schloss Elmau"
    # a summit of a year the data holds no edition of leaves the venue open
    assert find_venue([text], ref, event, None, day=date(2018, 3, 1)) == (None, -1)


def test_a_meeting_at_a_summit_held_online_is_a_video_meeting_without_venue():
    doc = Document(
        reader="text",
        identifier="online-summit.txt",
        title="President Biden meets with Prime Minister Suga at the Leaders Summit on Climate",
        text=(
            "On the margins of the Leaders Summit on Climate, President Joe Biden met with Prime Minister "
            "Yoshihide Suga of Japan. The leaders discussed climate targets."
        ),
        date=date(2021, 4, 22),
        publisher="The White House",
    )
    meetings = reported_meetings(doc)
    assert meetings and meetings[0].mode == "video" and meetings[0].venue is None
    # the same words on a day the summit was not held online keep the rules' mode
    later = replace(doc, identifier="later.txt", date=date(2027, 4, 22))
    assert [m.mode for m in extract(later).meetings if not m.mentioned][:1] == ["in_person"]


def test_a_country_named_as_where_talks_were_held_is_the_venue_when_no_city_is():
    ref = load_reference()
    for text, want in (
        ("During the talks with Russia in Turkey, the delegation outlined its proposals.", "Turkey"),
        ("The President arrived in Laos for the summit and met the Prime Minister.", "Laos"),
    ):
        venue, i = find_venue(["Title", text], ref, None, None)
        assert venue is not None and want in (venue.label, *venue.alt_labels) and i == 1, text
    for text in (
        "The leaders held talks on the situation in Afghanistan.",  # the country discussed
        "The sides discussed assistance to Ukraine at the meeting.",
        "The President met the Prime Minister of Japan and welcomed investment in Kazakhstan.",
    ):
        assert find_venue(["Title", text], ref, None, None) == (None, -1), text
    # a city named anywhere wins; the publisher's own country is left to the host-capital fallback
    venue, _ = find_venue(["The talks in Turkey", "They met at Dolmabahce in Istanbul."], ref, None, None)
    assert venue is not None and venue.label == "Istanbul"
    assert find_venue(["Title", "They held talks in Ukraine."], ref, None, None, home="UA") == (None, -1)


def test_a_release_opening_with_a_wire_dateline_keeps_its_home_dateline_out_of_the_venue():
    # any publisher writing "ASTANA –" keeps that dateline for meetings abroad: not a venue by itself
    doc = Document(
        reader="jsonl",
        identifier="wire.jsonl#1",
        title="Tokayev holds talks with Mirziyoyev",
        text=(
            "ASTANA – Kazakh President Kassym-Jomart Tokayev held talks with President of Uzbekistan "
            "Shavkat Mirziyoyev. The sides discussed trade and water."
        ),
        date=date(2023, 3, 1),
        publisher="Silk Road Portal",
        location="Astana",
    )
    meetings = reported_meetings(doc)
    assert meetings and meetings[0].mode == "in_person" and meetings[0].venue is None
    # without the dateline the location field is where the release says it was written: the venue
    plain = replace(doc, identifier="wire.jsonl#2", text=doc.text.removeprefix("ASTANA – "))
    assert [m.venue.label for m in extract(plain).meetings if m.venue][:1] == ["Astana"]


def test_a_capital_named_by_its_country_is_the_venue():
    ref = load_reference()
    for text, want in (
        ("President Tokayev arrived in the Uzbek capital for talks with President Mirziyoyev.", "Tashkent"),
        ("The talks took place in the capital of Qatar.", "Doha"),
        ("The President welcomed Prime Minister Rutte to the Ukrainian capital.", "Kyiv"),
    ):
        venue, i = find_venue(["Title", text], ref, None, None)
        assert venue is not None and venue.label == want and i == 1, text
    for text in (
        "They discussed investment in the Kazakh capital.",  # no meeting held there
        "He recalled the meeting held last week in the Russian capital.",  # another time
        "The congress will be held in the coming September in the capital of Kazakhstan.",
    ):
        assert find_venue(["Title", text], ref, None, None) == (None, -1), text


def test_a_place_of_an_event_of_another_month_named_without_its_year_is_no_venue():
    ref = load_reference()
    text = "The President commended the results of the December Eastern Partnership Summit in Brussels."
    assert find_venue(["Title", text], ref, None, None, day=date(2022, 1, 27)) == (None, -1)
    venue, _ = find_venue(["Title", text], ref, None, None, day=date(2021, 12, 15))
    assert venue is not None and venue.label == "Brussels"


def test_a_meeting_where_and_when_a_summit_the_release_names_was_held_is_on_its_sidelines():
    def remarks(text: str, day: date) -> Document:
        return wh_release(
            "Remarks by President Biden and President El-Sisi of Egypt Before Bilateral Meeting",
            "Convention Center\nSharm el-Sheikh, Egypt\n\n3:50 P.M. EET\n\n" + text,
            day,
        )

    said = "PRESIDENT EL-SISI: Your visit will be a great momentum to this COP27. We will discuss trade."
    held = [m for m in extract(remarks(said, date(2022, 11, 11))).meetings if not m.mentioned]
    assert held and held[0].event is not None and "COP27" in (held[0].event.label, *held[0].event.alt_labels)
    # the same place and day without the summit named: no event; the summit named on another day: none
    quiet = remarks("PRESIDENT EL-SISI: Welcome. We will discuss trade.", date(2022, 11, 11))
    assert [m.event for m in extract(quiet).meetings if not m.mentioned] == [None]
    assert [m.event for m in extract(remarks(said, date(2023, 3, 2))).meetings if not m.mentioned] == [None]


def test_an_event_named_by_its_body_alone_takes_the_place_of_that_bodys_summit_that_day():
    ref = load_reference()
    text = "President Biden met today with Prime Minister Rishi Sunak on the margins of the G20."
    event, _ = find_event([text], ref)
    assert event is not None and event.label == "G20"
    venue, i = find_venue([text], ref, event, None, day=date(2022, 11, 16))
    assert venue is not None and venue.label == "Bali" and i == -1


def test_a_named_residence_where_the_meeting_is_held_is_its_venue_when_no_city_is_named():
    ref = load_reference()
    text = "The presidents are holding a trilateral meeting at the Syniohora State Residence in the region."
    venue, _ = find_venue(["Title", text], ref, None, None, day=date(2021, 12, 20))
    assert venue is not None and venue.label == "Syniohora State Residence"
    generic = "The presidents are holding a meeting at the Presidential Palace."
    assert find_venue(["Title", generic], ref, None, None, day=date(2021, 12, 20)) == (None, -1)
    city = "The presidents met at the Mariinsky Palace in Kyiv."
    venue, _ = find_venue(["Title", city], ref, None, None, day=date(2021, 12, 20))
    assert venue is not None and venue.label == "Kyiv"


def test_a_visit_to_our_country_names_no_city():
    # the host's capital is only likely: a visitor "to our country" may be received anywhere in it
    visit = Document(
        "ukraine",
        "zelenskyy.csv#visit",
        "Volodymyr Zelenskyy met with the Secretary General of the Council of Europe",
        "President of Ukraine Volodymyr Zelenskyy met with Secretary General of the Council of Europe "
        "Marija Pejčinović Burić, who is on a visit to our country. They discussed the reform of the "
        "judiciary.",
        date(2022, 1, 20),
    )
    met = reported_meetings(visit)
    assert met and all(m.venue is None for m in met)


def test_a_place_in_another_country_than_the_summit_is_not_the_meetings_venue():
    # the meeting is at an edition the reference places in Indonesia; the later sentence's city is
    # where something else happened, and no edition of its own is made up for the summit
    text = (
        "President Biden met with the President of Finland on the margins of the G20 Summit. "
        "President Biden offered his condolences on the floods in Istanbul and the two leaders "
        "discussed energy security."
    )
    doc = wh_release(
        "Readout of President Biden’s Meeting with the President of Finland", text, date(2022, 11, 15)
    )
    (meeting,) = extract(doc).meetings
    assert meeting.event is not None and meeting.venue is not None
    assert meeting.venue.label == "Bali"
