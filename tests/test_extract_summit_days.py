"""The publisher's own telling of its leader's part in a group's summit on one of its days (a press
conference, a press call) lists the group's member states (eval/CONVENTIONS.md 4); not a meeting with one
leader on that day, not a day without the summit, not a release that names the group only in passing, not
one whose meeting is at no summit."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Meeting
from tests.helpers import wh_release

SUMMIT_DAY = date(2022, 6, 27)  # a day of the reference's 2022 G7 summit edition
G7 = {"US", "CA", "FR", "DE", "IT", "JP", "GB"}

CONFERENCE = (
    "THE PRESIDENT: Good evening. We just wrapped up a long and productive day at the G7 summit. The G7 "
    "spent the morning on energy and food prices. The G7 agreed on new steps to help the poorest nations. "
    "Each of my G7 colleagues spoke about the war, and the G7 is more united than ever. The G7 will meet "
    "again next year. I'll take your questions now."
)
TITLE = "Remarks by President Biden in a Press Conference"


def _held(title: str, text: str, on: date = SUMMIT_DAY) -> Meeting:
    held = [m for m in extract(wh_release(title, text, on)).meetings if m.status == "held"]
    assert len(held) == 1
    return held[0]


def _countries(m: Meeting) -> set[str]:
    return {c.props.get("iso") or c.key for c in m.countries}


def test_the_leaders_press_conference_on_a_summit_day_lists_the_groups_members():
    m = _held(TITLE, CONFERENCE)
    assert _countries(m) == G7
    (evidence,) = {st.evidence.text for st in m.evidence if st.field == "country" and st.value.key == "CA"}
    assert "G7" in evidence


def test_not_on_a_day_without_the_summit_nor_for_a_meeting_with_one_leader():
    assert _countries(_held(TITLE, CONFERENCE, date(2022, 3, 2))) == {"US"}
    with_one = _held(
        "Remarks by President Biden and Prime Minister Ichiro Tanaka of Japan Before Bilateral Meeting",
        "THE PRESIDENT: It is good to see you again, Mr. Prime Minister. We met today on the margins of the "
        "G7. The G7 is strong. The G7 is united. The G7 will act. The G7 stands with Ukraine.",
    )
    assert not _countries(with_one) >= G7


def test_not_when_the_group_is_named_only_in_passing():
    text = (
        "THE PRESIDENT: Good evening. We just wrapped up a long and productive day at the G7 summit. "
        "We spent the morning on energy and food prices. I'll take your questions now."
    )
    assert _countries(_held(TITLE, text)) == {"US"}


def test_not_when_the_meeting_is_at_no_summit():
    text = CONFERENCE.replace(" at the G7 summit", "")
    m = _held(TITLE, "Before this, I met with Chancellor Hans Weber of Germany. " + text)
    assert m.event is None and not _countries(m) >= G7
