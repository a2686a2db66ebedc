"""An office a speaker of ours addresses in remarks given abroad ("Thank you, Mr. Prime Minister" in
Tokyo) is its holder in the host state on the day (kg.extract.host_offices). Texts written here."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.doc import analyse
from kg.extract.host_offices import host_offices
from kg.reference import load_reference
from tests.helpers import wh_release

DAY = date(2022, 5, 23)
TOKYO = "Akasaka Palace\nTokyo, Japan\n\n10:02 A.M. JST\n\n"


def _addressed(title: str, text: str) -> list[str]:
    doc = analyse(wh_release(title, text, released=DAY), load_reference()).with_people(DAY)
    return [p.label for p, _ in host_offices(doc)]


def test_the_office_our_speaker_addresses_abroad_is_the_host_s_holder_and_takes_part():
    text = TOKYO + (
        "THE PRESIDENT: Thank you, Mr. Prime Minister. We met today to talk about our alliance with "
        "Japan and the security of the region.\n\nTHE PRESIDENT: Thank you all."
    )
    held = [
        m
        for m in extract(
            wh_release(
                "Remarks by President Biden Before a Bilateral Meeting with the Prime Minister",
                text,
                released=DAY,
            )
        ).meetings
        if m.status == "held" and not m.mentioned
    ]
    assert held
    assert "Fumio Kishida" in [p.label for p in held[0].participants]
    assert "JP" in [c.key for c in held[0].countries]


def test_a_journalist_s_or_the_host_s_words_address_no_host_office():
    asked = TOKYO + "THE PRESIDENT: Good morning.\n\nQ Thank you, Mr. Prime Minister. Will you visit China?"
    assert _addressed("Remarks by President Biden at a Press Conference", asked) == []
    host = (
        TOKYO
        + "PRIME MINISTER KISHIDA: (As interpreted.) Mr. Prime Minister, welcome.\n\nTHE PRESIDENT: Hello."
    )
    assert _addressed("Remarks by President Biden at a Meeting", host) == []


def test_at_home_or_with_a_name_no_host_office():
    home = "The East Room\nWashington, D.C.\n\nTHE PRESIDENT: Thank you, Mr. Prime Minister."
    assert _addressed("Remarks by President Biden at a Meeting", home) == []
    named = TOKYO + "THE PRESIDENT: Thank you, Mr. Prime Minister Kishida, for hosting us."
    assert _addressed("Remarks by President Biden at a Meeting", named) == []
    assert _addressed(
        "Remarks by President Biden at a Meeting", TOKYO + "THE PRESIDENT: Thank you, Mr. Prime Minister."
    ) == ["Fumio Kishida"]


def test_a_release_naming_the_host_s_people_leaves_the_office_to_them():
    text = (
        TOKYO
        + "THE PRESIDENT: Thank you, Mr. Prime Minister. Foreign Minister Yoshimasa Hayashi and I met today."
    )
    assert _addressed("Remarks by President Biden at a Meeting", text) == []
