"""Forms of a lead reporting talks held (kg.extract.detect_cues.HELD): views exchanged, counsel taken, a
call taken, a conversation "on the phone". Texts written here in the manner of a presidential office."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract
from kg.extract.detect_cues import held_cue
from kg.model import Document

UA = ("ukraine-csv", "https://www.president.gov.ua/en/news/x", "President of Ukraine")


def _held(title: str, text: str) -> list[tuple[str | None, list[str]]]:
    doc = Document(UA[0], f"{UA[0]}/t#1", title, text, date(2023, 3, 1), UA[1], UA[2])
    return [
        (m.mode, sorted(p.label for p in m.participants))
        for m in extract(doc).meetings
        if m.status == "held" and not m.mentioned
    ]


@pytest.mark.parametrize(
    "text",
    [
        "The President exchanged views with the Chancellor on the peace plan.",
        "The President exchanged detailed views with the Prime Minister.",
        "The President conferred with the Federal Chancellor of Austria.",
        "The President received a phone call from the President of France.",
        "The President spoke on the phone with the Prime Minister of Japan.",
    ],
)
def test_talks_held_in_other_words_are_cues(text):
    assert held_cue(text) is not None


def test_an_exchange_of_views_is_a_meeting_held():
    got = _held(
        "The Head of State and the Chancellor of Germany exchanged views on the peace formula",
        "President Volodymyr Zelenskyy exchanged views with Federal Chancellor of Germany Olaf Scholz on the "
        "peace formula. The leaders agreed to coordinate their steps.",
    )
    assert [people for _, people in got] == [["Olaf Scholz", "Volodymyr Zelenskyy"]]


def test_counsel_taken_is_a_meeting_held():
    got = _held(
        "Volodymyr Zelenskyy conferred with Karl Nehammer",
        "The President of Ukraine Volodymyr Zelenskyy conferred with Federal Chancellor of Austria Karl "
        "Nehammer on energy security.",
    )
    assert [people for _, people in got] == [["Karl Nehammer", "Volodymyr Zelenskyy"]]


def test_a_call_taken_is_a_call_held():
    got = _held(
        "Volodymyr Zelenskyy received a call from Joe Biden",
        "President Volodymyr Zelenskyy received a call from President of the United States Joe Biden. The "
        "leaders discussed air defense.",
    )
    assert got == [("phone", ["Joseph R. Biden, Jr.", "Volodymyr Zelenskyy"])]
