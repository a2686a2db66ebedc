"""A daily press briefing reports the day's meeting when reporters and the podium exchange on it
(kg.extract.detect_briefing; eval/CONVENTIONS.md 1 and 57). Texts written here."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from tests.helpers import wh_release

BRIEFING = "Press Briefing by Press Secretary Karine Jean-Pierre, March 3, 2023"
OPENING = "James S. Brady Press Briefing Room\n\n1:05 P.M. EST\n\nMS. JEAN-PIERRE: Good afternoon, everyone. "
DOMESTIC = (
    "The President will travel to Ohio on Friday to talk about bridges and roads.\n\n"
    "Q Thank you. On the budget: when will the President send his proposal to Congress?\n\n"
    "MS. JEAN-PIERRE: Next week, as I said.\n\n"
)


def _held(title: str, text: str) -> list[list[str]]:
    """The labels of the people of each meeting the release reports held (rules and learned steps)."""
    doc = wh_release(title, text, date(2023, 3, 3))
    return [
        [p.label for p in m.participants]
        for m in extract(doc).meetings
        if m.status == "held" and not m.mentioned
    ]


def test_an_exchange_on_the_day_s_call_with_a_foreign_leader_reports_it_held():
    text = (
        OPENING
        + DOMESTIC
        + (
            "Q On the call this morning: what did the President and Prime Minister Narendra Modi discuss?\n\n"
            "MS. JEAN-PIERRE: The President spoke with Prime Minister Narendra Modi earlier today. They "
            "talked about the G20 and about clean energy.\n\n"
            "Q Did the President raise trade in today's call?\n\n"
            "MS. JEAN-PIERRE: I will let the readout speak for itself."
        )
    )
    held = _held(BRIEFING, text)
    assert held and any("Narendra Modi" in people for people in held)


def test_a_call_of_yesterday_a_meeting_ahead_or_others_meeting_is_not_the_briefing_s():
    yesterday = (
        OPENING
        + DOMESTIC
        + (
            "Q On the call: the President spoke with Prime Minister Narendra Modi yesterday. What came of "
            "it?\n\n"
            "MS. JEAN-PIERRE: The readout of yesterday's call speaks for itself."
        )
    )
    ahead = (
        OPENING
        + DOMESTIC
        + (
            "Q Later today the President is meeting with Chancellor Olaf Scholz. What will he raise?\n\n"
            "MS. JEAN-PIERRE: He's meeting with Chancellor Scholz today at four, and we will have a readout."
        )
    )
    others = (
        OPENING
        + DOMESTIC
        + (
            "Q Is there a reaction to the meeting between President Xi Jinping and President Vladimir Putin "
            "in Moscow today?\n\nMS. JEAN-PIERRE: We are watching the meeting between the two today closely."
        )
    )
    for text in (yesterday, ahead, others):
        assert _held(BRIEFING, text) == []


def test_a_domestic_meeting_of_the_day_in_a_briefing_has_no_counterpart():
    text = (
        OPENING
        + DOMESTIC
        + (
            "Q The President met with Senator Maria Cantwell this morning. What did they discuss?\n\n"
            "MS. JEAN-PIERRE: The meeting this morning was about the farm bill."
        )
    )
    assert _held(BRIEFING, text) == []


def test_the_podiums_opening_account_of_the_days_call_reports_it_held():
    text = (
        OPENING
        + "I have a guest today.\n\nQ Good to see you.\n\nMR. KIRBY: You too. Just a note off the top: the "
        "President had a very good call today with Prime Minister Narendra Modi of India. They talked about "
        "clean energy.\n\n" + DOMESTIC
    )
    held = _held(BRIEFING, text)
    assert held and any("Narendra Modi" in people for people in held)
    # … the same words in an answer, with no exchange on the call, are a passing mention
    later = (
        OPENING + DOMESTIC + "MS. JEAN-PIERRE: The President spoke with Prime Minister Narendra Modi today."
    )
    assert not _held(BRIEFING, later)


def test_a_press_calls_opening_account_of_the_days_calls_reports_them_held():
    title = "Background Press Call by Senior Administration Officials on the Ruritania Maritime Agreement"
    text = (
        "Via Teleconference\n\nMODERATOR: Good afternoon. This call is on background.\n\n"
        "SENIOR ADMINISTRATION OFFICIAL: Thank you. Earlier today, just a short while ago, President Biden "
        "spoke with Prime Minister Narendra Modi of India and confirmed our support for the agreement.\n\n"
        "Q Thanks. What comes next?\n\nSENIOR ADMINISTRATION OFFICIAL: Implementation."
    )
    held = _held(title, text)
    assert held and any("Narendra Modi" in people for people in held)
