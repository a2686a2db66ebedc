"""A leader's remarks at an occasion abroad (kg.extract.detect_abroad): the transcript's place line
names a foreign state, so its hosts were met. Texts written here in the manner of the transcripts."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Extraction
from tests.helpers import wh_release


def _extract(title: str, place: str, speech: str) -> Extraction:
    text = f"{place}\n\n4:10 P.M. JST\n\nTHE PRESIDENT: {speech}"
    doc = wh_release(title, text, date(2024, 6, 3))
    return extract(doc, skip=("learned detection",))


def _held(ex: Extraction) -> list:
    return [m for m in ex.meetings if m.status == "held" and not m.mentioned]


SPEECH = (
    "Well, thank you all very much. Please sit down. It is good to be back among friends, and I want to "
    "thank our hosts for the warm welcome. We have a lot of work ahead of us on ports and railways."
)


def test_remarks_at_a_meeting_a_roundtable_or_a_press_conference_abroad_meet_the_host_state():
    for title in (
        "Remarks by President Biden at the Partnership for Ports and Railways Meeting",
        "Remarks by Vice President Harris at a Roundtable Discussion on Supply Chains",
        "Remarks by President Biden at State Banquet",
        # a launch held with the hosts, a reception they give
        "Remarks by President Biden at Launch of the Partnership for Ports and Railways",
        "Remarks by President Biden at the Presidential Medal of Honor Reception",
    ):
        held = _held(_extract(title, "Hotel Okura Osaka, Japan", SPEECH))
        assert len(held) == 1, title
        assert "Japan" in {c.label for c in held[0].countries}, title
        assert held[0].date == date(2024, 6, 3)


def test_the_same_occasion_at_home_speeches_and_press_conferences_abroad_meet_no_one():
    assert not _held(_extract("Remarks by President Biden in Press Conference", "East Room", SPEECH))
    assert not _held(
        _extract(
            "Remarks by President Biden in Press Conference", "Convention Center Denver, Colorado", SPEECH
        )
    )
    for title in (
        "Remarks by President Biden to U.S. Service Members",
        "Remarks by President Biden Before Air Force One Departure",
        "Remarks by President Biden in Press Conference",
        "Remarks by President Biden on Supporting Ports and Railways",
    ):
        assert not _held(_extract(title, "Hotel Okura Osaka, Japan", SPEECH)), title


def test_an_occasion_at_an_organizations_seat_adds_no_host_state():
    """Remarks at a session of a summit with an organization, at its seat ("Europa Building, European
    Council Brussels, Belgium"): the organization hosts, the state of its seat takes no part."""
    speech = "Thank you, Charles and Ursula. It is good to be with the leaders of the European Union today."
    ex = _extract(
        "Remarks by President Biden at the Summit Plenary Session",
        "Europa Building, European Council Brussels, Belgium",
        speech,
    )
    assert "Belgium" not in {c.label for m in ex.meetings for c in m.countries}


OPENING = (
    "Good evening, everyone. We just finished a long day here at the summit. Earlier today, I met with "
    "Prime Minister Fumio Kishida, and we talked about ports and railways. "
    "Now I will take your questions.\n\n"
    "Q Mr. President, did you speak with President Xi Jinping about the railways?\n\n"
    "THE PRESIDENT: I spoke with President Xi Jinping last year about that."
)


def test_a_press_conference_abroad_meets_whom_its_opening_remarks_say_not_whom_questions_name():
    held = _held(
        _extract("Remarks by President Biden in Press Conference", "Hotel Okura Osaka, Japan", OPENING)
    )
    assert len(held) == 1
    people = {p.label for p in held[0].participants}
    assert "Fumio Kishida" in people
    assert "Xi Jinping" not in people
    assert {c.label for c in held[0].countries} == {"Japan", "United States"}
    # … only abroad: at home the same opening is no meeting of this kind (no place line, no state)
    assert not _held(_extract("Remarks by President Biden in Press Conference", "East Room", OPENING))


def test_a_host_only_thanked_in_the_opening_is_not_met_and_unnamed_meetings_there_meet_the_state():
    thanked = (
        "Good evening. I want to thank Prime Minister Fumio Kishida for hosting us, and I met with "
        "President Emmanuel Macron this afternoon. We got a lot done."
    )
    held = _held(
        _extract("Remarks by President Biden in Press Conference", "Hotel Okura Osaka, Japan", thanked)
    )
    people = {p.label for p in held[0].participants}
    assert "Emmanuel Macron" in people
    assert "Fumio Kishida" not in people
    unnamed = "Good afternoon. In all of our meetings with the officials here, we talked about ports."
    held = _held(
        _extract("Remarks by Vice President Harris in Press Conference", "Hotel Okura Osaka, Japan", unnamed)
    )
    assert len(held) == 1
    assert {c.label for c in held[0].countries} == {"Japan", "United States"}
    # … but a press conference abroad that tells no meeting there is none
    assert not _held(
        _extract("Remarks by President Biden in Press Conference", "Hotel Okura Osaka, Japan", SPEECH)
    )
