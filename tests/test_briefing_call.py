"""A briefing held as a call tells a meeting: its own call is not the meeting's mode
(kg.extract.mode), and the briefer its title names takes no part in the meeting unless the text says
so (kg.extract.briefers); the meeting stays. Texts written here."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.mode import detect_mode
from tests.helpers import wh_release

DAY = date(2023, 7, 12)


def _meetings(title: str, text: str) -> list:
    doc = wh_release(title, text, DAY)
    return extract(doc).meetings


def test_the_briefing_s_own_call_is_no_mode_of_the_meeting_it_tells():
    text = (
        "The first part will be a recap of the President’s meetings at the summit, embargoed until "
        "the call concludes."
    )
    assert detect_mode([text], by_call=True)[0] == "in_person"
    assert (
        detect_mode(["This call is about the President’s meetings in Vilnius."], by_call=True)[0]
        == "in_person"
    )
    # … but a call with a counterpart is one, and outside a call briefing the call is the meeting's
    assert detect_mode(["This call with President Nausėda was productive."], by_call=True)[0] == "phone"
    assert detect_mode([text])[0] == "phone"


def test_a_briefer_named_in_the_title_is_no_participant_and_the_meeting_stays():
    title = (
        "Press Gaggle by Press Secretary Ann Fowler and National Security Advisor Paul Reddick "
        "En Route Vilnius, Lithuania"
    )
    text = (
        "Aboard Air Force One\n\nEn Route Vilnius, Lithuania\n\n4:02 P.M. CEST\n\nMS. FOWLER: Hi, everyone. "
        "Thanks for joining us. Tomorrow, the President will attend the NATO Summit in Vilnius, "
        "where he will hold a bilateral meeting with President Gitanas Nausėda of Lithuania. "
        "We will also see the leaders at dinner."
    )
    planned = [m for m in _meetings(title, text) if m.status == "planned"]
    assert planned
    labels = [e.label for m in planned for e in m.participants]
    assert not [x for x in labels if "Reddick" in x]
    assert [x for x in labels if "Nausėda" in x]
