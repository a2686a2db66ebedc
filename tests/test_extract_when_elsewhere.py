"""Date, mode and venue of meetings told as other governments write them (releases written for these
tests): "telephonic conversation", "video-link", "courtesy call", "02/05/2023", "2 and 3 May", a
dated dateline, a site of one capital's name in another."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.calendar_text import explicit_dates
from kg.extract.dates import meeting_date
from kg.extract.mode import detect_mode
from kg.extract.pipeline import extract
from kg.extract.places import find_venue
from kg.model import Document
from kg.reference import load_reference

RELEASED = date(2023, 5, 4)  # a Thursday


def _main(title: str, text: str, released: date = RELEASED) -> tuple[str, str | None, str | None]:
    """(date, mode, venue) of the one meeting a release reports."""
    found = [
        m for m in extract(Document("test", "test/1.txt", title, text, released)).meetings if not m.mentioned
    ]
    assert len(found) == 1, found
    m = found[0]
    return str(m.date), m.mode, m.venue.label if m.venue is not None else None


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Prime Minister Modi had a telephonic conversation today with President Macron.", "phone"),
        ("The Prime Minister spoke telephonically with the Emir of Qatar.", "phone"),
        ("The Foreign Minister held a tele-conversation with his Turkish counterpart.", "phone"),
        ("The leaders met via video-link.", "video"),
        ("The Prime Minister held a video-conference with the Prime Minister of Australia.", "video"),
        ("The leaders held a video-call on trade.", "video"),
        ("The talks took place online.", "video"),
        ("The leaders held a web conference.", "video"),
        ("The ministers held a remote meeting.", "video"),
        ("The President dialled the Prime Minister of Italy.", "phone"),
        # talking by its verb alone is a call, unless the sentence brings the sides together
        ("The President spoke with the Chancellor today.", "phone"),
        ("The Prime Minister spoke with President Macron on the sidelines of the G20 Summit.", "in_person"),
        ("During his visit to Paris, the President spoke with President Macron.", "in_person"),
        ("The President spoke with the Chancellor today about his upcoming visit to Berlin.", "phone"),
        (
            "The President spoke with the Chancellor today to follow up on their meeting on the sidelines "
            "of the NATO summit.",
            "phone",
        ),
        # a courtesy call is a visit, not a telephone call
        ("The Ambassador paid a courtesy call to the President at the Palace.", "in_person"),
        ("Courtesy call by the Foreign Minister of Japan on the Prime Minister", "in_person"),
    ],
)
def test_how_other_governments_name_a_call_a_video_meeting_or_a_visit(text, want):
    assert detect_mode([text])[0] == want


def test_a_slashed_date_is_read_in_the_order_that_puts_it_near_the_release():
    # 02/05/2023 is 2 May (day first) near a release of 4 May, not 5 February
    assert [d for _, d in explicit_dates("on 02/05/2023", RELEASED)] == [date(2023, 5, 2)]
    # 04/30/2023 can only be month first
    assert [d for _, d in explicit_dates("on 04/30/2023", RELEASED)] == [date(2023, 4, 30)]
    assert [d for _, d in explicit_dates("on 2023-05-02", RELEASED)] == [date(2023, 5, 2)]
    # no year, no date ("24/7", "9/11")
    assert explicit_dates("a 24/7 hotline since 9/11", RELEASED) == []


@pytest.mark.parametrize(
    ("sentence", "want"),
    [
        # a meeting of several days is dated by its first
        ("The leaders met on 2 and 3 May.", date(2023, 5, 2)),
        ("The talks were held from 2 to 3 May.", date(2023, 5, 2)),
        ("The leaders met the day before yesterday.", date(2023, 5, 2)),
        # "last Thursday" said on a Thursday is a week before; "on Thursday" that day
        ("The leaders met last Thursday.", date(2023, 4, 27)),
        ("The leaders met on Thursday.", date(2023, 5, 4)),
        ("The leaders met last Tuesday.", date(2023, 5, 2)),
    ],
)
def test_days_written_as_other_writers_write_them(sentence, want):
    assert meeting_date([sentence], RELEASED, False) == (want, 0)


def test_a_meeting_dated_by_a_slashed_date():
    text = (
        "President Petro held a virtual meeting with President Boric of Chile on 02/05/2023. "
        "They discussed trade."
    )
    assert _main("President holds virtual meeting with President of Chile", text) == (
        "2023-05-02",
        "video",
        None,
    )


def test_a_dated_dateline_dates_a_meeting_the_text_does_not():
    text = (
        "Berlin, 3 May 2023.\n\nChancellor Olaf Scholz received President William Ruto of Kenya at the "
        "Federal Chancellery. They discussed energy."
    )
    assert _main("Chancellor receives President of Kenya", text) == ("2023-05-03", "in_person", "Berlin")
    # a dateline dated long before the release is not the meeting's day
    assert _main("Chancellor receives President of Kenya", text, date(2023, 6, 20))[0] == "2023-06-20"


def test_a_site_named_with_another_city_is_in_that_city():
    """A site's name may be another country's too ("the Federal Chancellery in Vienna")."""
    text = (
        "Chancellor Karl Nehammer hosted President Nana Akufo-Addo of Ghana at the Federal Chancellery in "
        "Vienna last Thursday. They discussed migration."
    )
    got = _main("Chancellor hosts President of Ghana", text, date(2023, 5, 8))
    assert got == ("2023-05-04", "in_person", "Vienna")


def test_telephonic_talks_have_no_venue():
    text = (
        "Prime Minister Narendra Modi had a telephonic conversation today with President Emmanuel "
        "Macron of France."
    )
    assert _main("Prime Minister holds telephonic conversation with President of France", text) == (
        "2023-05-04",
        "phone",
        None,
    )


def test_a_site_named_with_a_site_within_it_stays_in_its_city():
    """'welcome to the White House, the Oval Office': the Oval Office names no other city."""
    ref = load_reference()
    text = "Well, it is a pleasure to welcome to the White House, the Oval Office, Prime Minister Johnson."
    venue, _ = find_venue(["Title", text], ref, None, None)
    assert venue is not None and venue.label == "Washington"
