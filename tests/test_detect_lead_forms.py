"""Leads that report a meeting held in words the detection cues missed: a working meal with the
counterpart, and the results of the negotiations summed up. The releases are written for the test."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Document
from tests.helpers import ua_release


def _release(title: str, lead: str) -> Document:
    text = lead + "\n\nThe sides agreed to continue the dialogue."
    return ua_release(title, text, date(2022, 2, 9))


def _held_with(doc: Document) -> set[str]:
    return {
        p.label
        for m in extract(doc).meetings
        if m.status == "held" and not m.mentioned
        for p in m.participants
    }


def test_a_working_meal_with_the_counterpart_is_a_meeting_held():
    doc = _release(
        "The President had a working lunch with the Prime Minister of Poland",
        "Volodymyr Zelenskyy had a working lunch with Prime Minister of Poland Mateusz Morawiecki.",
    )
    assert "Mateusz Morawiecki" in _held_with(doc)
    # a meal alone, with nobody it was with, reports no meeting
    alone = _release("The President visited a bakery in Lviv", "Volodymyr Zelenskyy had lunch in Lviv.")
    assert not _held_with(alone)


def test_the_results_of_the_negotiations_summed_up_report_them_held():
    doc = _release(
        "Ukraine and Turkey will increase trade: results of the talks",
        "The presidents of Ukraine and Turkey, Volodymyr Zelenskyy and Recep Tayyip Erdoğan, summed up the "
        "results of the negotiations in Kyiv.",
    )
    assert "Recep Tayyip Erdoğan" in _held_with(doc)
