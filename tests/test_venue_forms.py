"""Venues, events, days and modes written in forms other writers use (invented sentences)."""

from __future__ import annotations

from datetime import date

from kg.extract.dates import HEADER_DATE, header_date, meeting_date
from kg.extract.doc import analyse
from kg.extract.events import find_event
from kg.extract.gazetteer import scan
from kg.extract.mode import detect_mode
from kg.extract.pipeline import extract
from kg.extract.places import find_venue
from kg.extract.spoken_places import transcript_place
from kg.extract.venue_cues import own_period_blanked
from kg.model import Document
from kg.reference import load_reference
from tests.helpers import wh_release

DAY = date(2024, 10, 9)


def _venue(text: str, planned: bool = False) -> str | None:
    venue, _ = find_venue(["Title", text], load_reference(), None, None, day=DAY, planned=planned)
    return venue.label if venue is not None else None


def test_a_host_welcoming_guests_to_a_place_names_the_venue_of_remarks():
    ref = load_reference()
    remarks = (
        "2:35 P.M. EDT\n\nTHE PRESIDENT: Mr. Prime Minister, welcome to Zorbagrad. We have much to discuss."
    )
    assert transcript_place(remarks, ref).label == "Zorbagrad"
    at_home = "3:09 P.M. EDT\n\nTHE PRESIDENT: It is an honor to welcome you back to the White House."
    assert transcript_place(at_home, ref).label == "Washington"


def test_a_welcome_still_ahead_or_to_a_country_names_no_venue():
    ref = load_reference()
    ahead = "2:35 P.M. EDT\n\nTHE PRESIDENT: I look forward to welcoming you to Zorbagrad next year."
    assert transcript_place(ahead, ref) is None
    country = "2:35 P.M. EDT\n\nTHE PRESIDENT: Welcome to the United States, Mr. President."
    assert transcript_place(country, ref) is None
    statement = "The President welcomed the Prime Minister to Zorbagrad."  # no transcript
    assert transcript_place(statement, ref) is None


def test_a_place_line_above_the_first_speaker_or_the_time_stamp():
    ref = load_reference()
    text = "Commerzbank Munich, Germany\n\nTHE VICE PRESIDENT: It is my honor to be with two friends."
    assert transcript_place(text, ref).label == "Munich"
    unknown = "Lakeside Pavilion Zorbagrad, Zorbland\n\n3:55 P.M. PDT\n\nTHE PRESIDENT: Welcome."
    assert "Zorbagrad" in transcript_place(unknown, ref).label


def test_a_country_visited_is_the_venue_when_no_city_is_named():
    assert _venue("The Minister will visit Sri Lanka next month to meet the President.", planned=True) == (
        "Sri Lanka"
    )
    assert _venue("The President met President Museveni while visiting Uganda.") == "Uganda"
    # a plan's journey to a city is its venue; a city visited in a held report's aside is not
    assert (
        _venue("The President will leave for Berlin on Friday for talks with the Chancellor.", True)
        == "Berlin"
    )
    assert _venue("They met on Tuesday; the President visited Berlin in his youth.") is None


def test_event_cues_other_writers_use():
    ref = load_reference()
    for text, name in (
        (
            "The President met the Premier while attending the Tundra Economic Summit.",
            "Tundra Economic Summit",
        ),
        ("The two leaders met on the fringes of the Tundra Leaders Forum.", "Tundra Leaders Forum"),
        (
            "The Prime Minister met the President on the sideline of the Third Tundra Summit.",
            "Third Tundra Summit",
        ),
        ("They met in conjunction with the Tundra Islands Forum Leaders Meeting.", "Tundra Islands Forum"),
        (
            "The Vice President met the Premier after she attended the state funeral of former Premier Zorb.",
            "state funeral",
        ),
    ):
        event, _ = find_event(["Meeting", text], ref, DAY)
        assert event is not None and name in event.label, text
    event, _ = find_event(
        ["Meeting", "The President attended a dinner and met the Prime Minister."], ref, DAY
    )
    assert event is None


def test_a_summit_declarations_place_and_days_line_dates_it_by_its_first_day():
    assert HEADER_DATE.match("Zorbagrad, Zorbland, 15-16 November 2022")
    assert HEADER_DATE.match("Zorbagrad, June 14–15, 2021")
    text = (
        "Zorbagrad, Zorbland, 15-16 November 2022\n\n1. We, the Leaders of the Group, met to discuss trade."
    )
    doc = wh_release("Zorbagrad Leaders' Declaration", text, date(2022, 11, 16))
    found = header_date(analyse(doc, load_reference()), doc.date)
    assert found is not None and found[0] == date(2022, 11, 15)


def test_mode_cues_written_other_ways():
    title = "The President and the Prime Minister discuss trade"
    assert detect_mode([title, "In a call on Monday, the leaders discussed trade."])[0] == "phone"
    assert detect_mode([title, "The leaders met over video on Monday."])[0] == "video"
    assert (
        detect_mode([title, "The Presidents call on the international community to act."])[0] == "in_person"
    )


def test_a_summit_the_counterpart_came_for_is_the_event_of_a_meeting_on_its_eve():
    ref = load_reference()
    sentences = [
        "Meeting with the President of Zorbland",
        "The President met with the President of Zorbland.",
        "The guest thanked the hosts for their hospitality.",
        "The President of Zorbland arrived in Russia for the Tundra Leaders Summit on October 10.",
    ]
    event, _ = find_event(sentences, ref, DAY)
    assert event is not None and event.label == "Tundra Leaders Summit"
    sentences[3] = "The President of Zorbland thanked him for the Tundra Leaders Summit results."
    assert find_event(sentences, ref, DAY)[0] is None


def test_a_series_named_alone_is_held_where_its_edition_of_that_day_was():
    ref = load_reference()
    series = next(x for x in scan("European Political Community summit", ref) if x.kind == "event")
    venue, i = find_venue(["Title", "They met."], ref, ref.entities[series.iri], None, day=date(2024, 11, 7))
    assert (venue.label, i) == ("Budapest", -1)


def test_days_counted_back_or_named_by_their_number_alone():
    for text, day in (
        ("The leaders met two days ago in Zorbagrad.", date(2024, 10, 7)),
        ("The leaders met on the 7th of this month.", date(2024, 10, 7)),
        ("They met on the 28th, the ministry said.", date(2024, 9, 28)),  # past the release: last month
    ):
        assert meeting_date(["Meeting", text], DAY, False)[0] == day, text
    # an ordinal before a noun is no day
    assert meeting_date(["Meeting", "They marked the 5th anniversary of the treaty."], DAY, False) == (
        DAY,
        -1,
    )
    assert meeting_date(["Meeting", "They will meet on the 5th."], DAY, True)[0] == date(2024, 11, 5)


def test_video_named_as_other_writers_name_it():
    title = "The President and the Prime Minister discuss trade"
    for text in (
        "The Japan-Zorbland Summit TV Conference was held on Monday.",
        "The two ministers held video talks.",
        "The leaders held a video summit.",
        "The ministers spoke via Skype.",
    ):
        assert detect_mode([title, text])[0] == "video", text
    assert detect_mode([title, "The President recorded a video talk show."])[0] == "in_person"


def test_the_vague_time_of_the_releases_own_meeting_keeps_its_place():
    for text in (
        "Last week, President Ruto held talks with French President Emmanuel Macron in Zorbagrad, Zorbland.",
        "President Ruto met French President Emmanuel Macron in Zorbagrad, Zorbland earlier this week.",
    ):
        doc = Document("jsonl", "gov.jsonl#1", "President holds talks", text, DAY, publisher="State House")
        held = [m for m in extract(doc).meetings if m.status == "held"]
        assert held and held[0].venue is not None and held[0].venue.label == "Zorbagrad", text
    # blanked with its offsets kept, so evidence offsets still point into the sentence
    text = "Last week, they met in Zorbagrad."
    assert (
        len(own_period_blanked(text)) == len(text)
        and own_period_blanked(text).strip() == "they met in Zorbagrad."
    )


def test_a_country_written_with_its_article_is_where_the_meeting_was():
    assert _venue("The President met with President Zorb in the Philippines.") == "Philippines"
    assert (
        _venue("The President met the Prime Minister during his visit to the Netherlands.") == "Netherlands"
    )
    assert _venue("They discussed assistance to the Philippines.") is None
    assert _venue("The leaders met in the Situation Room.") is None  # a name unknown after "the": no venue


def test_an_event_name_keeps_an_acronym_written_with_dots():
    text = (
        "The leaders gathered on the occasion of the 3rd Zorbland-United States (U.S.) Summit in Zorbagrad."
    )
    event, _ = find_event(["Statement", text], load_reference(), DAY)
    assert event is not None and event.label.startswith("3rd Zorbland-United States (U.S.) Summit")


def test_a_country_named_in_its_long_form_or_after_while_in_is_the_venue():
    assert _venue("While in Laos, the President met Prime Minister Ishiba of Japan.") == "Laos"
    long_form = (
        "The President arrived in the Lao People's Democratic Republic and held talks with the Premier."
    )
    assert _venue(long_form) == "Laos"
    # a country named as a side, not as where they met
    assert _venue("While there, the President met the Prime Minister of Laos.") is None


def test_where_a_plan_was_told_is_not_its_venue():
    said = "The Prime Minister will travel to Austria next week, the foreign ministry said in New Delhi."
    assert _venue(said, planned=True) == "Austria"
    briefing = (
        "Speaking at a press conference in Ankara, the minister said the President will hold talks in "
        "Astana next week."
    )
    assert _venue(briefing, planned=True) == "Astana"


def test_a_city_visited_where_the_visitor_met_the_other_side_is_the_venue():
    assert (
        _venue("On Wednesday, the Deputy Adviser visited Buenos Aires and met with the Economy Minister.")
        == "Buenos Aires"
    )
    assert _venue("The envoy visited Warsaw, where she met with the Foreign Minister.") == "Warsaw"
    # a city visited in an aside, with no meeting told there, stays no venue
    assert _venue("They met on Tuesday; the President visited Berlin and toured a factory.") is None


def test_a_hosts_welcome_of_the_guest_in_a_country_names_it_as_the_venue():
    assert _venue("PRIME MINISTER: Madam Vice President, it is so good to welcome you in Poland.") == "Poland"
    # a welcome of something else in a country is no venue
    assert _venue("PRIME MINISTER: We welcome the progress in Poland on the reforms.") is None
