"""The day of a planned meeting: the day its words give, the release's when they put it on the day or
give no time, and none when they put it later without a day (eval/CONVENTIONS.md 49). And a meeting
announced as one that "will take place" is planned. Texts written here."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract
from kg.extract.later_days import put_later
from kg.model import Document

RELEASED = date(2023, 3, 1)  # a Wednesday
KREMLIN = ("kremlin-csv", "http://en.kremlin.ru/events/president/news/1", "President of Russia")


def _planned_days(title: str, text: str) -> list[date | None]:
    doc = Document(KREMLIN[0], f"{KREMLIN[0]}/t#1", title, text, RELEASED, KREMLIN[1], KREMLIN[2])
    return [m.date for m in extract(doc).meetings if m.status == "planned" and not m.mentioned]


@pytest.mark.parametrize(
    ("text", "later"),
    [
        ("The President will visit Astana next week.", True),
        ("In the coming days, the ministers will resume their talks.", True),
        ("The leaders will meet later this month in Minsk.", True),
        ("The United States will host the summit in early summer 2024.", True),
        ("The summit will be held in 2024.", True),
        ("The leaders will discuss the goals they set in 2030.", False),
        ("The talks will be held in June.", True),  # said in March
        ("The President will meet the Prime Minister this afternoon.", False),
        ("The sides met in January to prepare the visit.", False),  # a month past
        ("The talks will be held as soon as the sides agree.", False),
        ("Leaders in may attend.", False),
    ],
)
def test_a_time_ahead_with_no_day(text, later):
    assert put_later(text, RELEASED) is later


def test_a_plan_put_next_week_has_no_day():
    days = _planned_days(
        "Vladimir Putin to visit Kazakhstan",
        "Next week, Vladimir Putin will pay a state visit to Kazakhstan and will hold talks with President "
        "of Kazakhstan Kassym-Jomart Tokayev.",
    )
    assert days == [None]


def test_a_plan_with_its_day_or_no_time_keeps_a_day():
    on_friday = _planned_days(
        "Vladimir Putin to hold talks with Kassym-Jomart Tokayev",
        "On Friday, Vladimir Putin will hold talks with President of Kazakhstan Kassym-Jomart Tokayev.",
    )
    assert on_friday == [date(2023, 3, 3)]
    no_time = _planned_days(
        "Vladimir Putin to hold talks with Kassym-Jomart Tokayev",
        "Vladimir Putin will hold talks with President of Kazakhstan Kassym-Jomart Tokayev.",
    )
    assert no_time == [RELEASED]  # the release date (CONVENTIONS 7)


def test_talks_that_will_take_place_are_planned():
    days = _planned_days(
        "Russian-Kazakh talks",
        "On March 3, talks between Vladimir Putin and President of Kazakhstan Kassym-Jomart Tokayev will "
        "take place in the Kremlin. The leaders will discuss trade.",
    )
    assert days == [date(2023, 3, 3)]


KZ = ("kz-news", "https://www.inform.kz/en/x", "Kazinform")


def test_a_meeting_set_or_going_to_take_place_is_dated_by_its_announcement():
    def kz_days(title: str, text: str) -> list[date | None]:
        doc = Document(KZ[0], f"{KZ[0]}/t#1", title, text, RELEASED, KZ[1], KZ[2])
        return [m.date for m in extract(doc).meetings if m.status == "planned" and not m.mentioned]

    summit = kz_days(
        "Kazakh President to chair informal summit",
        "ASTANA. KAZINFORM - The summit of the Organization of Turkic States is to take place tomorrow, "
        "March 2, in a digital format. Kazakh President Kassym-Jomart Tokayev is to open the event.",
    )
    assert summit == [date(2023, 3, 2)]
    visit = kz_days(
        "Kazakh foreign minister to visit Russia",
        "ASTANA. KAZINFORM - On March 4, Minister of Foreign Affairs of Kazakhstan Murat Nurtleu is going to "
        "make an official visit to Russia, where he will meet with Foreign Minister of Russia Sergey Lavrov.",
    )
    assert visit == [date(2023, 3, 4)]
