"""Meeting dates: relative expressions resolved against the release date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from kg.extract import extract
from kg.extract.dates import (
    explicit_dates,
    given_day_before,
    header_date,
    meeting_date,
    relative_date,
    told_day,
)
from kg.extract.doc import analyse
from kg.model import Document
from kg.reference import load_reference
from tests.helpers import wh_release

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
    doc = wh_release(
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

    d = dinner("2022-12-02T11:00:43-05:00")
    assert given_day_before(d) and told_day(d) == date(2022, 12, 1)
    assert [m.date for m in extract(d).meetings] == [date(2022, 12, 1)]
    assert not given_day_before(dinner("2022-12-02T22:30:00-05:00"))
    # a page created before the afternoon's remarks it holds is no sign of the day before
    lunch = Document(
        "whitehouse",
        "speeches-remarks/summit.md",
        "Remarks by Vice President Harris at the Summit for Democracy",
        "South Court Auditorium\n\n1:34 P.M. EST\n\nTHE VICE PRESIDENT: Thank you.",
        date(2021, 12, 9),
        published=datetime.fromisoformat("2021-12-09T11:25:00-05:00"),
    )
    assert not given_day_before(lunch)


def _transcript(title: str, body: str, published: str) -> Document:
    stamp = datetime.fromisoformat(published)
    return Document("whitehouse", "speeches-remarks/t.md", title, body, stamp.date(), published=stamp)


def test_a_transcripts_date_line_is_the_day_of_its_today():
    # morning remarks posted the next day under their date line: its "today" is the date line's
    remarks = _transcript(
        "Remarks by President Biden and Prime Minister Rutte of the Netherlands at Arrival Ceremony",
        "South Lawn\n\n(June 29, 2023)\n\n9:35 A.M. EDT\n\nPRESIDENT BIDEN: Mr. Prime Minister, welcome "
        "to the White House today. We have a lot to talk about.",
        "2023-06-30T13:10:00-04:00",
    )
    assert told_day(remarks) == date(2023, 6, 29)
    assert [m.date for m in extract(remarks).meetings if not m.mentioned] == [date(2023, 6, 29)]
    # afternoon remarks on a page created that morning are that day's
    same = _transcript(
        "Remarks by Vice President Harris and President Hichilema of Zambia Before Bilateral Meeting",
        "Ceremonial Office\n\n5:37 P.M. EDT\n\nTHE VICE PRESIDENT: Welcome to the White House today.",
        "2021-09-22T11:38:00-04:00",
    )
    assert not given_day_before(same) and told_day(same) == date(2021, 9, 22)


def test_a_background_call_released_under_embargo_was_given_the_day_before():
    # a background call held in the afternoon, released under embargo the next morning: the visit
    # "tomorrow" is the day of the release, and the call's "today" is not the visit's
    preview = _transcript(
        "Background Press Call Previewing the Visit of Prime Minister Rutte of the Netherlands",
        "Via Teleconference\n\n4:32 P.M. EDT\n\nMODERATOR: Thanks, everyone, for joining us today on this "
        "call previewing the visit of Prime Minister Rutte of the Netherlands tomorrow. President Biden "
        "will welcome Prime Minister Rutte of the Netherlands to the White House tomorrow.",
        "2023-06-29T05:00:00-04:00",
    )
    assert given_day_before(preview) and told_day(preview) == date(2023, 6, 28)
    assert {m.date for m in extract(preview).meetings if m.status == "planned"} == {date(2023, 6, 29)}


def test_a_previews_date_line_is_the_day_it_was_given_not_the_plans():
    preview = _transcript(
        "Background Press Call by Senior Administration Officials on the Official Visit of President "
        "Lula of Brazil",
        "Via Teleconference\n\n(June 28, 2023)\n\n11:02 A.M. EDT\n\nSENIOR ADMINISTRATION OFFICIAL: "
        "President Biden will host President Lula of Brazil at the White House for an official visit.",
        "2023-06-29T05:00:00-04:00",
    )
    planned = [m for m in extract(preview).meetings if m.status == "planned"]
    assert planned and all(m.date == date(2023, 6, 29) for m in planned)


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


def test_a_day_range_keeps_the_year_written_after_its_last_day():
    held = "The leaders met at the second Summit for Democracy on March 29-30, 2023, in Washington."
    assert meeting_date([held], date(2024, 1, 10), False) == (date(2023, 3, 29), 0)
    also = "The ministers met in Astana on March 31 - April 1, 2023 to review the programme."
    assert meeting_date([also], date(2024, 2, 1), False) == (date(2023, 3, 31), 0)
    # a four-figure number elsewhere in the sentence is no year of the date
    talks = "The leaders met on December 28 to discuss Resolution 2231."
    assert meeting_date([talks], date(2024, 1, 2), False) == (date(2023, 12, 28), 0)


def test_a_plans_day_without_a_year_is_its_next_occurrence():
    forum = "The President will host the Leaders' Week in San Francisco the week of November 12."
    assert meeting_date([forum], date(2023, 1, 17), True) == (date(2023, 11, 12), 0)
    # "next year": the year after the release, even when the day comes round again sooner
    ahead = "The United States will host the leaders the week of November 12 next year."
    assert meeting_date([ahead], date(2022, 11, 18), True) == (date(2023, 11, 12), 0)
    ahead = "The leaders will meet again on March 3 next year in Washington."
    assert meeting_date([ahead], date(2022, 1, 10), True) == (date(2023, 3, 3), 0)
    # a year the sentence names beside the release's is the day's ("2023 Host Year … the week of November 12")
    host = "As the 2023 host, we will convene the leaders in San Francisco the week of November 12."
    assert meeting_date([host], date(2022, 11, 18), True) == (date(2023, 11, 12), 0)
    # … but not one that does not fit the meeting's status, nor a year far from the release
    budget = "On December 28, the leaders reviewed the 2024 budget."
    assert meeting_date([budget], date(2024, 1, 2), False) == (date(2023, 12, 28), 0)
    agenda = "On March 29, the leaders discussed the 2030 Agenda."
    assert meeting_date([agenda], date(2023, 4, 2), False) == (date(2023, 3, 29), 0)


def test_the_day_a_plan_was_told_is_not_the_plans():
    kremlin = "Indian Prime Minister Narendra Modi will visit Moscow next week, the Kremlin said on Tuesday."
    assert meeting_date([kremlin], date(2024, 6, 26), True) == (date(2024, 6, 26), -1)
    later = (
        "Modi will come to Moscow later this month, presidential aide Yury Ushakov told reporters on Monday."
    )
    assert meeting_date([later], date(2024, 6, 19), True) == (date(2024, 6, 19), -1)
    dated = "The Kremlin said on Tuesday that Prime Minister Modi will visit Moscow on July 8."
    assert meeting_date([dated], date(2024, 6, 26), True) == (date(2024, 7, 8), 0)
    # a held meeting's told day stays the best day it has ("met …, the Kremlin said on Tuesday")
    held = "Putin and Xi held talks in Beijing, the Kremlin said on Thursday."
    assert meeting_date([held], date(2024, 5, 17), False) == (date(2024, 5, 16), 0)


def test_a_held_meetings_today_before_a_date_of_something_else_it_tells():
    sent = (
        "The National Security Advisor today met with the Ambassador of France at the White House, in "
        "line with the commitment the two Presidents made in their September 22 phone call."
    )
    assert meeting_date([sent], date(2021, 9, 30), False) == (date(2021, 9, 30), 0)
    # a date before "today" still dates the meeting
    dated = "On September 29 the Advisor met with the Ambassador, the White House said today."
    assert meeting_date([dated], date(2021, 9, 30), False) == (date(2021, 9, 29), 0)


def test_a_weekday_named_as_no_particular_day_dates_nothing():
    sent = (
        "Thank you everyone for taking time out of your Sunday to join us to preview the summit that "
        "will be held in Washington over the next few days."
    )
    assert meeting_date([sent], date(2022, 10, 31), True) == (date(2022, 10, 31), -1)
