"""A release on something else announcing its leader's own meeting ahead, with its day."""

from datetime import date

from kg.extract.dates import meeting_date
from kg.extract.detect_ahead import meeting_ahead
from kg.model import Document


def _briefing(body: str) -> Document:
    return Document(
        reader="whitehouse",
        identifier="t.md",
        title="Press Briefing by Press Secretary A. Person, May 3, 2022",
        text=body,
        date=date(2022, 5, 3),
    )


def test_a_welcome_with_its_day_is_announced():
    text = (
        "Good afternoon, everyone. I have a few things at the top. "
        "On Thursday, the President will welcome the Prime Minister of Ruritania to the White House. "
        "With that, go ahead."
    )
    found = meeting_ahead(_briefing(text))
    assert found is not None and found.status == "planned" and found.positions == [2]


def test_a_wish_a_question_or_another_sides_meeting_is_not():
    for text in (
        "Hello. The President looks forward to meeting with the Prime Minister of Ruritania one day.",
        "Q Will the President meet with the Prime Minister of Ruritania tomorrow?",
        "Hello. Ruritania confirmed today that President Rudolf will meet with President Flavia next week.",
    ):
        assert meeting_ahead(_briefing(text)) is None, text


def test_a_plans_title_dated_the_release_day_gives_way_to_its_sentence():
    title = "Press Briefing by Press Secretary A. Person, May 3, 2022"
    sentence = "Tomorrow, the President will welcome the Prime Minister of Ruritania."
    assert meeting_date([title, sentence], date(2022, 5, 3), planned=True)[0] == date(2022, 5, 4)
