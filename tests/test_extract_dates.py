"""Meeting dates: relative expressions resolved against the release date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kg.extract import extract
from kg.extract.dates import (
    evening_before,
    explicit_dates,
    header_date,
    meeting_date,
    relative_date,
    told_day,
)
from kg.extract.doc import analyse
from kg.model import Document
from kg.reference import load_reference

RELEASED = date(2023, 8, 15)  # a Tuesday


@pytest.mark.parametrize(
    ("expr", "future", "want"),
    [
        ("today", False, date(2023, 8, 15)),
        ("this morning", False, date(2023, 8, 15)),
        ("yesterday", False, date(2023, 8, 14)),
        ("on Monday", False, date(2023, 8, 14)),
        ("on Tuesday", False, date(2023, 8, 15)),
        ("on Friday", False, date(2023, 8, 11)),
        ("on Friday", True, date(2023, 8, 18)),
        ("tomorrow", True, date(2023, 8, 16)),
    ],
)
def test_relative_expressions(expr, future, want):
    assert relative_date(expr, RELEASED, future) == want


def test_written_dates_in_both_orders_and_without_year():
    found = [d for _, d in explicit_dates("met on 12 June 2021 and on July 4, then on August 1", RELEASED)]
    assert found == [date(2021, 6, 12), date(2023, 7, 4), date(2023, 8, 1)]
    # day.month.year as Kazakh and Russian releases write it; no date in a version number
    assert [d for _, d in explicit_dates("signed on 12.06.2021 (rev. 1.2.3)", RELEASED)] == [
        date(2021, 6, 12)
    ]


def test_meeting_date_prefers_the_reporting_sentence_and_falls_back_to_the_release():
    assert meeting_date(["The President met him on Monday in the Akorda."], RELEASED, False) == (
        date(2023, 8, 14),
        0,
    )
    assert meeting_date(["The sides discussed trade."], RELEASED, False) == (RELEASED, -1)


def test_planned_meeting_date_is_in_the_future():
    day, _ = meeting_date(
        ["The leaders will meet on Thursday, 18 January, in Rome."], date(2024, 1, 12), True
    )
    assert day == date(2024, 1, 18)


def test_a_day_range_gives_its_first_day():
    found = [d for _, d in explicit_dates("a state visit on 17-18 May", RELEASED)]
    assert found == [date(2023, 5, 17)]


def test_a_date_without_year_is_the_occurrence_nearest_the_release():
    """A held meeting is never dated after its release; a plan is never dated before it."""
    # a release of 8 December on a call "on December 9" (time zones): that 9 December, not 2020's
    assert meeting_date(["They spoke on December 9."], date(2021, 12, 8), False) == (date(2021, 12, 9), 0)
    # early January recalls late December of the year before
    assert meeting_date(["They met on December 29."], date(2022, 1, 3), False) == (date(2021, 12, 29), 0)
    # a plan announced in December for "January 5" is next year's
    assert meeting_date(["They will meet on January 5."], date(2021, 12, 20), True) == (date(2022, 1, 5), 0)
    # a held report naming a day weeks ahead speaks of something else: not dated a year back
    day, _ = meeting_date(["The summit in Madrid on June 29 will be historic."], date(2022, 6, 2), False)
    assert day == date(2022, 6, 2)


def test_the_day_of_another_meeting_named_in_the_sentence_is_not_the_meetings():
    """'the outcome of the meeting … held on November 4', 'his telephone conversation with … on
    November 17': days of other meetings; a release of the call's own day keeps its date."""
    outcome = (
        "The presidents discussed bilateral cooperation taking into consideration the outcome of the "
        "meeting of the Supreme State Council of the Union State held on November 4."
    )
    assert meeting_date([outcome], date(2021, 11, 9), False) == (date(2021, 11, 9), -1)
    other_call = "He spoke about his telephone conversation with Chancellor Angela Merkel on November 17."
    assert meeting_date([other_call], date(2021, 11, 19), False) == (date(2021, 11, 19), -1)
    assert meeting_date(["The leaders met on November 17 in Minsk."], date(2021, 11, 19), False) == (
        date(2021, 11, 17),
        0,
    )


def test_a_transcript_date_line_dates_a_meeting_nothing_else_dates():
    doc = Document(
        "whitehouse",
        "press-call.md",
        "Background Press Call on Day One of the Summit",
        "Via Teleconference\n\n(December 9, 2021)\n\n5:04 P.M. EST\n\nMODERATOR: Hello, everyone.",
        date(2021, 12, 10),
    )
    d = analyse(doc, load_reference())
    assert header_date(d, doc.date) == (date(2021, 12, 9), 1)
    # a date line long before the release is a transcript published late, or another thing
    assert header_date(d, date(2022, 3, 1)) is None


def test_a_day_an_earlier_event_is_dated_by_is_not_the_day_of_a_call_told_today():
    """'spoke … today … following the DPRK's missile launch over Japan on October 3', 'the latest
    meeting of the … Council held in Paris on November 12': those days date something else."""
    launch = (
        "President Biden spoke with Prime Minister Kishida of Japan today to reinforce our ironclad "
        "commitment to Japan's defense following the DPRK's long-range ballistic missile launch over Japan "
        "on October 3."
    )
    assert meeting_date([launch], date(2022, 10, 4), False) == (date(2022, 10, 4), 0)
    council = (
        "The leaders expressed satisfaction with the latest meeting of the Russian-French Security "
        "Cooperation Council held in Paris on November 12, 2021, with the participation of the ministers."
    )
    assert meeting_date([council], date(2021, 11, 15), False) == (date(2021, 11, 15), -1)
    # without "today", the written day stays the meeting's
    assert meeting_date(["The leaders met after the summit on October 3."], date(2022, 10, 4), False)[
        0
    ] == date(2022, 10, 3)


def test_the_day_of_a_disaster_or_an_election_is_not_the_day_of_a_call():
    """'called … today to offer his condolences for … the earthquake on September 8', 'the elections of
    12 May': those days date the event, not the call; a call written as on a day keeps that day."""
    quake = (
        "The President called the King of Morocco today to offer his condolences for the loss of life in "
        "the devastating earthquake on September 8 and reaffirm the partnership between our countries."
    )
    assert meeting_date([quake], date(2023, 9, 18), False) == (date(2023, 9, 18), 0)
    vote = "The Prime Minister congratulated the President on his victory in the elections of 12 May."
    assert meeting_date([vote], date(2023, 5, 16), False) == (date(2023, 5, 16), -1)
    assert meeting_date(["The leaders spoke by phone on September 8."], date(2023, 9, 18), False) == (
        date(2023, 9, 8),
        0,
    )


def test_a_transcript_of_evening_remarks_published_in_the_morning_was_given_the_day_before():
    def dinner(published: str) -> Document:
        return Document(
            "whitehouse",
            "speeches-remarks/dinner.md",
            "Remarks by President Biden and President Macron of France at State Dinner",
            "South Lawn\n\n9:45 P.M. EST\n\nPRESIDENT BIDEN: Please, have a seat. Good evening, everyone.",
            date(2022, 12, 2),
            published=datetime.fromisoformat(published),
        )

    d = analyse(dinner("2022-12-02T11:00:43-05:00"), load_reference())
    assert evening_before(d)
    assert [m.date for m in extract(d.document).meetings] == [date(2022, 12, 1)]
    assert not evening_before(analyse(dinner("2022-12-02T22:30:00-05:00"), load_reference()))
    # a page created before the afternoon's remarks it holds is no sign of the day before
    lunch = Document(
        "whitehouse",
        "speeches-remarks/summit.md",
        "Remarks by Vice President Harris at the Summit for Democracy",
        "South Court Auditorium\n\n1:34 P.M. EST\n\nTHE VICE PRESIDENT: Thank you.",
        date(2021, 12, 9),
        published=datetime.fromisoformat("2021-12-09T11:25:00-05:00"),
    )
    assert not evening_before(analyse(lunch, load_reference()))


def test_a_release_stamped_in_utc_just_after_midnight_tells_the_day_before():
    def address(published: str) -> Document:
        stamp = datetime.fromisoformat(published)
        return Document(
            "ukraine",
            "zelenskyy.csv#address",
            "Volodymyr Zelenskyy had a phone conversation with Justin Trudeau",
            "Today President of Ukraine Volodymyr Zelenskyy had a phone conversation with Prime Minister of "
            "Canada Justin Trudeau. They discussed sanctions.",
            stamp.date(),
            published=stamp,
        )

    assert told_day(address("2022-03-23T00:02:00+00:00")) == date(2022, 3, 22)
    assert [m.date for m in extract(address("2022-03-23T00:02:00+00:00")).meetings] == [date(2022, 3, 22)]
    # later in the day, or stamped with a local offset (a White House item at 00:30 EST), the date holds
    assert told_day(address("2022-03-23T09:15:00+00:00")) == date(2022, 3, 23)
    assert told_day(address("2022-03-23T00:30:00-05:00")) == date(2022, 3, 23)


def test_a_day_in_a_relative_clause_about_a_participant_is_not_the_meetings():
    call = (
        "Putin had a phone conversation with Angela Merkel, who completed her term of office on December 8."
    )
    assert meeting_date([call], date(2021, 12, 9), False) == (date(2021, 12, 9), -1)
    assert meeting_date(["Putin spoke with Merkel on December 8."], date(2021, 12, 9), False)[0] == date(
        2021, 12, 8
    )


def test_the_day_of_an_earlier_meeting_whose_agreements_are_followed_is_not_the_meetings():
    released = date(2022, 1, 11)
    sentences = [
        "Zelenskyy receives advisers who arrived in Kyiv",
        "The advisers visited Kyiv in accordance with agreements reached during a video conference on "
        "January 4 this year.",
    ]
    assert meeting_date(sentences, released, False) == (released, -1)
    # the meeting's own day, written in a sentence of its own, still counts
    assert meeting_date([*sentences, "They met on January 10."], released, False) == (date(2022, 1, 10), 2)


def test_a_day_ahead_named_in_a_clause_about_preparations_does_not_date_a_held_call():
    released = date(2021, 4, 21)
    sentences = [
        "Readout of the President's call with the Prime Minister",
        "The President spoke with the Prime Minister regarding preparations for the April 22-23 Leaders "
        "Summit on Climate.",
    ]
    assert meeting_date(sentences, released, False) == (released, -1)
    # a planned meeting's day ahead still counts
    assert meeting_date(sentences, released, True)[0] == date(2021, 4, 22)


def test_days_of_earlier_meetings_named_beside_the_reported_one_do_not_date_it():
    cases = [
        (
            date(2022, 2, 26),
            "Following Russia-Azerbaijan top-level talks held in Moscow on February 22, the presidents "
            "shared opinions in a telephone conversation.",
        ),
        (
            date(2021, 12, 3),
            "Putin informed him about the main results of the trilateral meeting of the leaders of Russia, "
            "Azerbaijan and Armenia in Sochi on November 26.",
        ),
        (
            date(2021, 12, 29),
            "Thank you for staying for our bilateral meeting after the CIS events held yesterday.",
        ),
    ]
    for released, text in cases:
        assert meeting_date(["Title", text], released, False) == (released, -1), text
    # the reported meeting's own "yesterday" still counts
    assert meeting_date(["Title", "They met yesterday."], date(2021, 12, 29), False) == (
        date(2021, 12, 28),
        1,
    )
