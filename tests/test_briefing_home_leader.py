"""Another government's press briefing names its own leader the way the White House's names the
President: "President <their leader> spoke with …". Who that is comes from the reference data (the
publisher's head of state and head of government on the release day), not from a name in a rule.
Texts and spokespeople invented here."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract
from kg.model import Document
from tests.helpers import wh_release

STATE_HOUSE_KE = ("State House Kenya", "https://www.statehouse.go.ke/x")
MEA_IN = ("Ministry of External Affairs", "https://www.mea.gov.in/media-briefings.htm?dtl/x")
RELEASED = date(2023, 3, 7)

KE_BRIEFING = "Press Briefing by State House Spokesperson Amani Wekesa"
KE_OPENING = (
    "State House, Nairobi\n\nMS. WEKESA: Good afternoon, everyone. Three notes on the week. The Cabinet "
    "meets on Thursday. The housing programme opens in Kisumu on Friday. The census report is out on Monday. "
)
DOMESTIC_Q = "\n\nQ Thank you. On the budget: when will it be published?\n\nMS. WEKESA: Later this month."
# the podium's opening statement telling the leader's meeting of the day (its topper) …
KE_TOPPER = (
    KE_OPENING + "And one more: President Ruto met today with Prime Minister Abiy Ahmed of Ethiopia at "
    "State House. They discussed the transport corridor." + DOMESTIC_Q
)
# … and an exchange on it, a reporter's question and the podium's answer
KE_EXCHANGE = (
    KE_OPENING + "\n\nQ On the call this morning: what did President Ruto and Prime Minister Abiy Ahmed "
    "discuss?\n\nMS. WEKESA: President Ruto spoke with Prime Minister Abiy Ahmed earlier today. They talked "
    "about the transport corridor.\n\nQ Did President Ruto raise trade in today's call?\n\nMS. WEKESA: The "
    "readout speaks for itself."
)
IN_BRIEFING = "Press Briefing by the Official Spokesperson Rohan Mehra"
IN_AHEAD = (
    "MR. MEHRA: Good evening. Three notes on the week. The Cabinet meets on Thursday. The census report is "
    "out on Monday. The new passport offices open in Pune. And one more: Prime Minister Modi will meet "
    "with Prime Minister Anthony Albanese of Australia on 10 March in New Delhi. They will review the "
    "Comprehensive Strategic Partnership.\n\n"
    "Q Sir, on the visa backlog: what is being done?\n\nMR. MEHRA: Our missions are working on it."
)


def _release(title: str, text: str, publisher: tuple[str, str]) -> Document:
    return Document("jsonl", "jsonl/t.jsonl#1", title, text, RELEASED, publisher[1], publisher[0])


def _meetings(doc: Document, status: str) -> list[set[str]]:
    """The people of each meeting the release reports with `status` (not those it mentions)."""
    return [
        {p.label for p in m.participants}
        for m in extract(doc).meetings
        if m.status == status and not m.mentioned
    ]


RU_BRIEFING = "Press Briefing by Presidential Press Secretary Ivan Orlov"
# the same topper at the Kremlin's podium, and an exchange at the White House's after January 2025
RU_TOPPER = (
    "The Kremlin, Moscow\n\nMR. ORLOV: Good afternoon. Three notes on the week. The Security Council "
    "meets on Thursday. The new metro line opens on Friday. The harvest report is out on Monday. And one "
    "more: President Putin met today with President Kassym-Jomart Tokayev of Kazakhstan in the Kremlin. "
    "They discussed energy and transport." + DOMESTIC_Q.replace("WEKESA", "ORLOV")
)
WH_2025_EXCHANGE = (
    KE_EXCHANGE.replace("WEKESA", "LAURENT")
    .replace("State House, Nairobi", "James S. Brady Press Briefing Room")
    .replace("President Ruto", "President Trump")
    .replace("Abiy Ahmed", "Narendra Modi")
)
RU = ("Kremlin", "http://en.kremlin.ru/events/president/news/x")
WH = ("The White House", "https://www.whitehouse.gov/briefings-statements/x/")


@pytest.mark.parametrize(
    ("title", "text", "publisher", "released", "people"),
    [
        (KE_BRIEFING, KE_TOPPER, STATE_HOUSE_KE, RELEASED, {"William Ruto", "Abiy Ahmed"}),
        (KE_BRIEFING, KE_EXCHANGE, STATE_HOUSE_KE, RELEASED, {"William Ruto", "Abiy Ahmed"}),
        (RU_BRIEFING, RU_TOPPER, RU, date(2022, 2, 10), {"Vladimir Putin", "Kassym-Jomart Tokayev"}),
        (KE_BRIEFING, WH_2025_EXCHANGE, WH, date(2025, 3, 4), {"Donald Trump", "Narendra Modi"}),
    ],
    ids=["topper", "exchange", "kremlin-topper", "white-house-2025-exchange"],
)
def test_another_governments_briefing_reports_its_leaders_meeting_of_the_day_held(
    title: str, text: str, publisher: tuple[str, str], released: date, people: set[str]
):
    doc = Document("jsonl", "jsonl/t.jsonl#1", title, text, released, publisher[1], publisher[0])
    assert people in _meetings(doc, "held")


def test_another_governments_briefing_announcing_its_leaders_meeting_ahead_has_it_planned():
    planned = _meetings(_release(IN_BRIEFING, IN_AHEAD, MEA_IN), "planned")
    assert {"Narendra Modi", "Anthony Albanese"} in planned


@pytest.mark.parametrize(
    ("text", "status"),
    [(KE_TOPPER, "held"), (KE_EXCHANGE, "held"), (IN_AHEAD, "planned")],
    ids=["topper", "exchange", "ahead"],
)
def test_the_same_words_at_the_white_house_podium_are_another_states_meeting(text: str, status: str):
    """At the White House podium "President Ruto" or "Prime Minister Modi" is another state's leader:
    the release reports no meeting of its own (a passing mention at most)."""
    assert not _meetings(wh_release(KE_BRIEFING, text, RELEASED), status)
