"""An evening press call previewing a meeting "tomorrow" dates the planned meeting the next day
(kg.extract.previews), not the day of the call, when the call was given on its release day. Texts
written here."""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from kg.extract import extract
from kg.model import Document

CALL_DAY = date(2023, 5, 9)
EDT = timezone(timedelta(hours=-4))
OPENING = (
    "Via Teleconference\n\n7:02 P.M. EDT\n\nMODERATOR: Thanks, everyone, for joining us this evening. "
    "This call is under embargo until 5:00 a.m. tomorrow.\n\n"
    "SENIOR ADMINISTRATION OFFICIAL: Thanks so much. "
)
TITLE = "Background Press Call by Senior Administration Officials Previewing the Leaders’ Summit of the Andes"
TOMORROW = OPENING + (
    "Tomorrow, President Biden will host the Leaders’ Summit of the Andes at the White House, "
    "and he will meet President Luis Arce of Bolivia and President Gustavo Petro of Colombia there. "
    "The summit is a chance to deepen our partnership.\n\nQ Thank you. What about trade?"
)


def _planned_days(text: str, published: datetime) -> list[date | None]:
    doc = Document(
        "whitehouse",
        "whitehouse/t.md",
        TITLE,
        text,
        CALL_DAY,
        "https://www.whitehouse.gov/x",
        None,
        None,
        published,
    )
    return [m.date for m in extract(doc).meetings if m.status == "planned"]


def test_a_press_call_of_the_evening_dates_the_meeting_it_previews_tomorrow():
    assert _planned_days(TOMORROW, datetime(2023, 5, 9, 19, 40, tzinfo=EDT)) == [date(2023, 5, 10)]


def test_a_call_of_the_evening_before_published_the_next_morning_previews_the_release_day():
    assert _planned_days(TOMORROW, datetime(2023, 5, 9, 8, 15, tzinfo=EDT)) == [CALL_DAY]


def test_the_embargo_s_tomorrow_and_a_question_s_tomorrow_date_nothing():
    text = OPENING + (
        "President Biden will host the Leaders’ Summit of the Andes at the White House, "
        "where he will meet President Luis Arce of Bolivia and President Gustavo Petro of Colombia. "
        "The summit is a chance to deepen our partnership.\n\nQ Thank you. Will he travel tomorrow?"
    )
    assert _planned_days(text, datetime(2023, 5, 9, 19, 40, tzinfo=EDT)) == [CALL_DAY]
