"""Mode of a meeting from the words that report it."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract.mode import detect_mode
from kg.extract.pipeline import extract
from tests.helpers import wh_release


@pytest.mark.parametrize(
    ("texts", "want"),
    [
        (["Readout of the President's Call with the Prime Minister"], "phone"),
        (["The President had a telephone conversation with the Emir."], "phone"),
        (["Readout of the Call", "The leaders held a secure video call today."], "video"),
        (["The sides held talks via videoconference."], "video"),
        (["The President received the Minister in the Akorda."], "in_person"),
        (["Remarks Before Bilateral Meeting"], "in_person"),
        # a video cue of another meeting, or of one participant joining a hosted meeting, is not this one's
        (
            [
                "Putin had a telephone conversation with Niinisto.",
                "He told him the results of his talks with Biden via videoconference on December 7, 2021.",
            ],
            "phone",
        ),
        (
            ["The Secretary hosted the Advisor and the Minister (virtually) in the second meeting."],
            "in_person",
        ),
        (
            ["Speech at the NATO Summit", "Dear attendees! I am addressing you from Kyiv, our capital."],
            "video",
        ),
        (["Remarks at the Global Health Summit", "(Prerecorded)"], "video"),
        (["The President took part online in the summit of the Council."], "video"),
        (["The leaders held talks online."], "video"),
        (
            ["After a meeting with the Premier in Kyiv, he said he would comment after his phone call."],
            "in_person",
        ),
        (["After the meeting, the President spoke by phone with the Chancellor."], "phone"),
        # how another meeting was held ("…, held via videoconference,") is not this one's mode
        (
            [
                "Telephone conversation with the President of Belarus",
                "Following the meeting of the Supreme State Council, held via videoconference, the "
                "President had a telephone conversation with the President of Belarus.",
            ],
            "phone",
        ),
        # "called" of an appeal or a name is no call; of someone, it is
        (
            ["Joint Statement: the Presidents met in Kyiv and called the EU to grant candidate status."],
            "in_person",
        ),
        (["The leaders met in Warsaw to discuss the so-called Normandy format."], "in_person"),
        (["President Biden called President Macron of France today."], "phone"),
        (["The Prime Minister called him on Tuesday to discuss energy."], "phone"),
    ],
)
def test_mode(texts, want):
    assert detect_mode(texts)[0] == want


def test_video_in_the_lead_beats_a_call_in_the_title():
    assert detect_mode(["Call with European leaders"], ["They joined by videoconference."])[0] == "video"


def test_the_video_conference_an_agreement_was_reached_at_is_not_the_meetings_mode():
    texts = [
        "President receives advisers to the leaders of France and Germany",
        "The advisers visited Kyiv in accordance with agreements reached during a video conference "
        "on January 4.",
    ]
    assert detect_mode(texts)[0] == "in_person"
    assert detect_mode(["The leaders held talks via video conference."])[0] == "video"


def test_a_video_meeting_ahead_named_in_a_call_readout_leaves_the_call_a_call():
    texts = [
        "Readout of the National Security Advisor's Call with his counterpart",
        "He spoke by phone today with his counterpart and welcomed the virtual leaders' summit "
        "later this week.",
    ]
    assert detect_mode(texts)[0] == "phone"
    assert detect_mode(["They discussed the upcoming virtual summit by phone."])[0] == "phone"
    assert detect_mode(["The leaders held a virtual meeting today."])[0] == "video"


def test_a_virtual_meeting_of_an_earlier_month_recalled_in_a_call_readout_is_not_its_mode():
    texts = [
        "Readout of Vice President Harris's Call with President Ali of Guyana",
        "In April, the Vice President convened a virtual meeting with Caribbean leaders.",
    ]
    assert detect_mode(texts, day=date(2022, 7, 27))[0] == "phone"


def test_a_video_address_is_video():
    assert detect_mode(["Video address to participants in the forum on forests"])[0] == "video"


def test_a_call_named_last_in_a_title_is_a_call():
    assert detect_mode(["Joint Readout of Quad Leaders Call"]) == ("phone", 0)
    # a call for something stays an appeal
    assert detect_mode(["Leaders Call for Restraint", "The leaders met in Brussels today."])[0] == "in_person"


def test_a_planned_meetings_upcoming_call_is_its_own_mode():
    title = "Background Press Briefing on the President's Upcoming Call with the Prime Minister of Japan"
    assert detect_mode([title], planned=True) == ("phone", 0)


def test_a_statement_on_the_call_between_two_leaders_is_about_that_call():
    release = wh_release(
        "Joint Statement on the Phone Call between President Biden and Prime Minister Rutte",
        "President Joe Biden and Prime Minister Mark Rutte of the Netherlands spoke on June 29 to discuss "
        "the export controls agreed in the spring. The two leaders agreed to hold talks on the matter.",
        released=date(2023, 6, 29),
    )
    assert [m.mode for m in extract(release).meetings if not m.mentioned] == ["phone"]


def test_remarks_before_a_meeting_a_speaker_says_is_virtual_are_video():
    remarks = wh_release(
        "Remarks by President Biden and Prime Minister Rutte of the Netherlands Before Bilateral Meeting",
        "11:05 A.M. EDT\n\nPRESIDENT BIDEN: Mr. Prime Minister, it is good to see you. Can you hear me? "
        "Good. Good.\n\nPRIME MINISTER RUTTE: Yes, very well.\n\nPRESIDENT BIDEN: I am glad to have "
        "the chance to speak with you today virtually, and with your ministers here in person.\n\n"
        "PRIME MINISTER RUTTE: Thank you, Mr. President. We have a great deal to discuss.",
        released=date(2023, 6, 29),
    )
    assert [m.mode for m in extract(remarks).meetings if not m.mentioned] == ["video"]
    # an earlier virtual meeting recalled is not this one's
    met = wh_release(
        "Remarks by President Biden and Prime Minister Rutte of the Netherlands Before Bilateral Meeting",
        "Oval Office\n\n1:49 P.M. EDT\n\nPRESIDENT BIDEN: It is great to have the Prime Minister here in "
        "the White House. We held a virtual meeting last year.",
        released=date(2023, 6, 29),
    )
    assert [m.mode for m in extract(met).meetings if not m.mentioned] == ["in_person"]


def _remarks(text: str) -> list:
    doc = wh_release(
        "Remarks by President Biden and Prime Minister Kishida of Japan at a Reception",
        text,
        date(2023, 5, 2),
    )
    return [m for m in extract(doc).meetings if m.status == "held" and not m.mentioned]


def test_remarks_naming_no_mode_take_the_video_meeting_their_opening_tells():
    # written here: the speaker tells, in the opening, that the day's meeting with his guest was by video
    text = (
        "East Room\n\n5:10 P.M. EDT\n\nPRESIDENT BIDEN: Good evening, everyone. "
        "The Prime Minister could not travel this week. "
        "I spoke with Prime Minister Kishida this morning, and we had a virtual meeting. "
        "We discussed our alliance and the Indo-Pacific.\n\n"
        "PRIME MINISTER KISHIDA: Thank you, Mr. President. Our alliance is strong."
    )
    held = _remarks(text)
    assert held and all(m.mode == "video" for m in held)


def test_remarks_naming_no_mode_stay_in_person_when_the_video_meeting_told_is_of_another_time():
    text = (
        "East Room\n\n5:10 P.M. EDT\n\nPRESIDENT BIDEN: Good evening, everyone. "
        "Last year, because of the pandemic, we had a virtual meeting. "
        "Today the Prime Minister is here with us, and we discussed our alliance and the Indo-Pacific.\n\n"
        "PRIME MINISTER KISHIDA: Thank you, Mr. President. Our alliance is strong."
    )
    held = _remarks(text)
    assert held and all(m.mode == "in_person" for m in held)


def test_remarks_hoping_to_meet_in_person_later_were_held_at_a_distance():
    # written here: joint statements after a meeting; the host hopes to meet his guest in person later
    text = (
        "Rose Garden\n\n4:05 P.M. EDT\n\nPRESIDENT BIDEN: Good afternoon. "
        "Prime Minister Kishida and I just finished a productive bilateral meeting. "
        "We discussed our alliance and the Indo-Pacific. "
        "And I look forward to when we are able to meet in person and walk the gardens together.\n\n"
        "PRIME MINISTER KISHIDA: Thank you, Mr. President. Our alliance is strong."
    )
    held = _remarks(text)
    assert held and all(m.mode == "video" for m in held)


def test_others_hoping_to_see_the_guest_in_person_elsewhere_leave_the_meeting_in_person():
    text = (
        "Rose Garden\n\n4:05 P.M. EDT\n\nPRESIDENT BIDEN: Good afternoon. "
        "Prime Minister Kishida and I just finished a productive bilateral meeting. "
        "We discussed our alliance and the Indo-Pacific.\n\n"
        "PRIME MINISTER KISHIDA: Thank you, Mr. President. "
        "The people of Japan are looking forward to seeing you in person in Tokyo."
    )
    held = _remarks(text)
    assert held and all(m.mode == "in_person" for m in held)
