"""A press call's or gaggle's opening announces the meeting it previews (kg.extract.detect_transcript):
its first sentences are the place line, the time stamp and the welcome. Texts written here."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.learned import rules_status
from tests.helpers import wh_release

OPENING = (
    "Aboard Air Force One\n\nEn Route Vilnius, Lithuania\n\n4:02 P.M. CEST\n\nMS. JEAN-PIERRE: Hi, everyone. "
    "Thanks for joining us. "
)


def _status(title: str, text: str) -> str:
    doc = wh_release(title, text, date(2023, 7, 10))
    return rules_status(extract(doc, skip=("learned detection",)).meetings)


def test_a_gaggle_previewing_a_leader_s_meetings_at_a_summit_announces_them():
    text = OPENING + (
        "Tomorrow, the President will attend the NATO Summit in Vilnius, where he will hold a bilateral "
        "meeting with President Gitanas Nausėda of Lithuania. We will also see the leaders at dinner."
    )
    assert (
        _status("Press Gaggle by Press Secretary Karine Jean-Pierre En Route Vilnius, Lithuania", text)
        == "planned"
    )


def test_a_gaggle_on_a_domestic_stop_and_a_policy_call_naming_a_summit_announce_nothing():
    domestic = OPENING + "On Monday, the President will travel to Ohio, where he will visit schools."
    assert (
        _status("Press Gaggle by Press Secretary Karine Jean-Pierre En Route Columbus, Ohio", domestic)
        == "none"
    )
    policy = OPENING + (
        "This executive order will show our leadership on spyware as the President co-hosts the Summit "
        "for Democracy this week with President Yoon of the Republic of Korea."
    )
    assert _status("Background Press Call on the President’s Executive Order on Spyware", policy) == "none"
