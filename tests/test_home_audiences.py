"""A leader or official meeting the publisher's own people (students, soldiers, university heads, the
diaspora, his own senior team) is no diplomatic meeting, however the learned detection's words read
it (SCHEMA: "a leader receiving his own ministers, governors, officials, athletes or business people
is 'none'"); nor is a speech to a gathering of companies' heads a summit of states (eval/CONVENTIONS.md
07/006, 52/007). Texts invented here."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract, learned
from kg.extract.doc import analyse
from kg.extract.home_audiences import counterpart_phrase, own_people
from kg.extract.learned import rules_status
from kg.reference import load_reference
from tests.helpers import ua_release, wh_release

# a stand-in for the learned detection, sure the release reports a held meeting
SURE_HELD = learned.LinearModel("detect", ["held", "none", "planned"], [9.0, 0.0, 0.0], {}, 0.9)


@pytest.fixture
def sure_held(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "load_model", lambda name: SURE_HELD if name == "detect" else None)


def test_a_meeting_with_students_of_home_universities_is_no_meeting(sure_held: None):
    doc = ua_release(
        "Volodymyr Zelenskyy met with students of Lviv universities",
        "President Volodymyr Zelenskyy met with students of Lviv universities. They spoke about "
        "scholarships, dormitories and the return of lectures to classrooms.",
        released=date(2023, 5, 4),
    )
    assert rules_status(extract(doc).meetings) == "none"


def test_an_online_meeting_with_the_diaspora_abroad_is_no_meeting(sure_held: None):
    doc = ua_release(
        "Ukrainians abroad are our voice in the world - President",
        "President Volodymyr Zelenskyy held an online meeting with members of associations of Ukrainians "
        "living abroad. Representatives of communities from nine countries took part.",
        released=date(2023, 5, 4),
    )
    assert rules_status(extract(doc).meetings) == "none"


def test_a_visit_to_wounded_soldiers_is_no_meeting(sure_held: None):
    doc = ua_release(
        "The President visited the wounded defenders of Ukraine",
        "President Volodymyr Zelenskyy visited the wounded defenders of Ukraine at a hospital in the city. "
        "The Head of State presented awards to the soldiers.",
        released=date(2023, 5, 4),
    )
    assert rules_status(extract(doc).meetings) == "none"


def test_a_readout_of_talks_with_named_university_presidents_is_no_meeting(sure_held: None):
    doc = wh_release(
        "Readout of National Security Advisor Jake Sullivan’s Meeting with University Presidents",
        "Today, National Security Advisor Jake Sullivan met with 12 leaders of colleges and universities, "
        "among them Dr. Maribel Quintero-Hale and Dr. Osgood Penhallow, to discuss research security. "
        "The presidents shared their plans for new programs.",
        released=date(2023, 5, 4),
    )
    assert rules_status(extract(doc).meetings) == "none"


def test_foreign_business_people_and_foreign_envoys_still_make_a_meeting(sure_held: None):
    business = wh_release(
        "Readout of Vice President Kamala Harris’s Meeting with Japanese Business Leaders",
        "Today, Vice President Kamala Harris met with Japanese business leaders in Tokyo to discuss "
        "investment in semiconductors and batteries.",
        released=date(2023, 5, 4),
    )
    assert rules_status(extract(business).meetings) == "held"
    students = ua_release(
        "Volodymyr Zelenskyy met with Polish President Andrzej Duda and students",
        "President Volodymyr Zelenskyy met with students together with President of Poland Andrzej Duda in "
        "Lublin. The presidents spoke about exchanges.",
        released=date(2023, 5, 4),
    )
    assert rules_status(extract(students).meetings) == "held"


@pytest.mark.parametrize(
    ("phrase", "ours"),
    [
        ("a bipartisan group of governors", True),
        ("students of Kyiv universities", True),
        ("members of the senior team", True),  # the leader's own officials
        ("18 leaders of colleges and universities", True),
        ("members of the Ukrainian community in Canada", True),  # nationals where they live
        ("Japanese business leaders", False),  # another state's
        ("business leaders in Bangkok", False),  # met abroad
        ("the ambassadors of island states", False),
        ("members of the European Parliament", False),  # an international body's
        ("Prime Minister Tusk", False),  # no class of people at all
    ],
)
def test_which_phrases_name_the_publishers_own_people(phrase: str, ours: bool):
    doc = analyse(ua_release("Meeting", "A meeting took place.", released=date(2023, 5, 4)), load_reference())
    assert own_people(doc, phrase) is ours


def test_the_counterpart_is_read_from_the_words_after_the_meeting_verb():
    assert counterpart_phrase("Readout of the President’s Meeting with Governors on Storms") == "Governors"
    assert counterpart_phrase("The President visited the wounded defenders of Ukraine.") == (
        "the wounded defenders of Ukraine"
    )


@pytest.mark.parametrize(
    "title",
    [
        "Remarks by Vice President Harris at the CEO Summit of the Americas",
        "Remarks by President Biden at the APEC CEO Summit",
    ],
)
def test_a_speech_to_a_summit_of_companies_heads_is_no_summit_part(title: str):
    doc = wh_release(
        title,
        "Thank you all for being here. It is good to be with so many business leaders. Our economy is "
        "growing, and companies are investing in the region.",
        released=date(2023, 5, 4),
    )
    assert extract(doc).meetings == []


def test_a_title_s_lawmakers_whom_the_lead_calls_another_state_s_make_a_meeting(sure_held: None):
    doc = ua_release(
        "Zelenskyy holds video meeting with group of lawmakers",
        "President of Ukraine Volodymyr Zelenskyy held a video meeting with a group of Canadian "
        "parliamentarians. They discussed sanctions and the security situation.",
        released=date(2023, 5, 4),
    )
    assert rules_status(extract(doc).meetings) == "held"
