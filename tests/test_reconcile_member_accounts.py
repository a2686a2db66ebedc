"""A group's meeting told by several of its members, and a spouse's visit told in a briefing (issue 17).

Releases written for these tests in the style of the real ones: the Kremlin's "took part, via
videoconference, in the session of …" (the mode between the verb and its object), and a briefing's "the
First Lady made an unannounced visit to X to meet with the First Lady of Y". Each is one event with
the other member's or the other side's release; the look-alikes (another body's session the same day,
a ceremony, a visit still to come) stay apart or are no meeting.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.extract import extract
from kg.model import Document
from tests.helpers import UKRAINE, WHITE_HOUSE, publisher_release, reported_together

KREMLIN = "President of Russia (kremlin.ru)"
AKORDA = "President of the Republic of Kazakhstan (akorda.kz)"
READER = {KREMLIN: "kremlin-csv", AKORDA: "akorda"}


def release(publisher: str, key: str, day: str, title: str, text: str) -> Document:
    return Document(
        READER[publisher],
        key,
        title,
        text,
        date.fromisoformat(day),
        url=f"https://example.org/{key}",
        publisher=publisher,
    )


REMOTE_PART = release(
    KREMLIN,
    "ru-council",
    "2023-02-06",
    "Session of the CSTO Collective Security Council",
    "Vladimir Putin took part, via videoconference, in the session of the CSTO Collective Security Council. "
    "The leaders discussed the situation on the borders of the member states.",
)
MEMBER = release(
    AKORDA,
    "kz-council",
    "2023-02-06",
    "Head of State took part in the session of the CSTO Collective Security Council",
    "President Kassym-Jomart Tokayev took part in the session of the CSTO Collective Security Council held "
    "in the format of a video conference. The Head of State spoke about regional security.",
)


def _one(doc: Document) -> tuple[str, str | None, str | None]:
    (m,) = extract(doc).meetings
    return m.status, m.mode, m.event.label if m.event else None


def test_a_part_taken_with_its_mode_between_the_verb_and_its_object_is_a_meeting():
    assert _one(REMOTE_PART) == ("held", "video", "CSTO Collective Security Council")


def test_a_ceremony_taken_part_in_by_video_is_still_no_meeting():
    ceremony = release(
        KREMLIN,
        "ru-flag",
        "2023-02-06",
        "Ceremony to raise the national flag on a new ferry",
        "The President took part, via videoconference, in the ceremony to raise the national flag on the "
        "ferry Baltiysk.",
    )
    assert extract(ceremony).meetings == []


def test_a_groups_session_told_by_two_of_its_members_is_one_event(tmp_path: Path):
    assert reported_together(tmp_path, [REMOTE_PART, MEMBER]) == [["kz-council", "ru-council"]]


def test_another_bodys_session_the_same_day_stays_apart(tmp_path: Path):
    other = release(
        AKORDA,
        "kz-eaeu",
        "2023-02-06",
        "Head of State took part in the meeting of the Supreme Eurasian Economic Council",
        "President Kassym-Jomart Tokayev took part in the meeting of the Supreme Eurasian Economic Council "
        "held in the format of a video conference.",
    )
    assert reported_together(tmp_path, [REMOTE_PART, other]) == []


# --- a spouse's visit told in a briefing ------------------------------------------------------------------

VISIT_TOLD = publisher_release(
    WHITE_HOUSE,
    "wh-briefing",
    "2023-03-14",
    "Press Briefing by Press Secretary Karine Jean-Pierre, March 14, 2023",
    "MS. JEAN-PIERRE: Good afternoon. Yesterday, the First Lady made an unannounced visit to Uzhhorod to "
    "meet with the First Lady of Ukraine. They visited a school for displaced children.\n\nQ On the budget?",
)


def test_a_visit_made_to_meet_someone_is_a_meeting_of_the_two():
    (m,) = extract(VISIT_TOLD).meetings
    assert (m.status, m.date, sorted(p.label for p in m.participants)) == (
        "held",
        date(2023, 3, 13),
        ["Jill Biden", "Olena Zelenska"],
    )


def test_a_visit_still_to_be_made_is_no_meeting_held():
    ahead = publisher_release(
        WHITE_HOUSE,
        "wh-ahead",
        "2023-03-14",
        "Press Briefing by Press Secretary Karine Jean-Pierre, March 14, 2023",
        "MS. JEAN-PIERRE: Good afternoon. Next week, the First Lady will make a visit to Uzhhorod to meet "
        "with the First Lady of Ukraine.\n\nQ On the budget?",
    )
    assert [m for m in extract(ahead).meetings if m.status == "held"] == []


def test_a_spouses_visit_told_in_a_briefing_joins_the_other_sides_release(tmp_path: Path):
    ua = publisher_release(
        UKRAINE,
        "ua-spouses",
        "2023-03-13",
        "Olena Zelenska met with Jill Biden in Uzhhorod",
        "First Lady of Ukraine Olena Zelenska met with First Lady of the United States Jill Biden in "
        "Uzhhorod. They talked about the needs of displaced children.",
    )
    assert reported_together(tmp_path, [VISIT_TOLD, ua]) == [["ua-spouses", "wh-briefing"]]


def test_a_meeting_told_with_its_length_is_one_meeting_and_one_told_as_hours_of_talks_none():
    def told(said: str) -> list[list[str]]:
        doc = publisher_release(
            WHITE_HOUSE,
            "wh-call",
            "2023-03-13",
            "Background Press Call by a Senior Administration Official on the First Lady's Trip to Europe",
            f"SENIOR ADMINISTRATION OFFICIAL: Thanks, everyone. {said}\n\nQ How long was the visit?",
        )
        return [sorted(p.label for p in m.participants) for m in extract(doc).meetings if m.status == "held"]

    two_hours = (
        "Today the First Lady crossed into Ukraine, where she met with Mrs. Zelenska for about two hours."
    )
    assert told(two_hours) == [["Jill Biden", "Olena Zelenska"]]
    assert told("The First Lady has met with Mrs. Zelenska for hours over the past year.") == []
    assert told("The First Lady met with Mrs. Zelenska hours and hours, over 40 hours in all.") == []
