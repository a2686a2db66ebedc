"""A transcript in which leaders take turns is their held meeting (kg.extract.leaders_speaking)."""

from dataclasses import replace
from datetime import date

from kg.extract import extract
from kg.extract.detect_cues import Detection
from kg.extract.leaders_speaking import speakers_meeting, speakers_only
from kg.extract.sentences import split_sentences
from kg.model import Document
from tests.helpers import reported_meetings


def _remarks(title: str, text: str) -> Document:
    return Document(
        reader="whitehouse",
        identifier="remarks.md",
        title=title,
        text=text,
        date=date(2023, 4, 13),
        url="https://www.whitehouse.gov/briefing-room/speeches-remarks/2023/04/13/remarks/",
        publisher="The White House",
        location=None,
        published=None,
        language="en",
    )


GUESTBOOK = """Dublin, Ireland

12:18 P.M. IST

PRESIDENT BIDEN: It is wonderful to be back here.

PRESIDENT HIGGINS: You are very welcome, Mr. President.

PRESIDENT BIDEN: Thank you all.
"""


def test_a_guestbook_signing_with_the_host_speaking_is_their_meeting_that_day() -> None:
    (m,) = extract(_remarks("Remarks by President Biden During Guestbook Signing", GUESTBOOK)).meetings
    labels = {p.label for p in m.participants}
    assert m.status == "held" and m.date == date(2023, 4, 13) and m.mode == "in_person"
    assert {"Joseph R. Biden, Jr.", "Michael D. Higgins"} <= labels
    assert "Guestbook Signing" not in labels  # the title's occasion, after "During", is no one's name


CEREMONY = """East Room

1:16 P.M. EDT

PRESIDENT BIDEN: Good afternoon, everyone, and welcome to the White House.

We honor a brave soldier today.

PRESIDENT MOON: (As interpreted.) Thank you for inviting me to this ceremony.

PRESIDENT BIDEN: Thank you, Mr. President.
"""


def test_a_foreign_leader_speaking_at_a_ceremony_at_home_met_the_host_there() -> None:
    doc = _remarks("Remarks by President Biden at Presentation of an Award", CEREMONY)
    (m,) = extract(replace(doc, date=date(2021, 5, 21))).meetings
    assert m.status == "held" and {"Joseph R. Biden, Jr.", "Moon Jae-in"} <= {p.label for p in m.participants}


def test_one_speaker_alone_makes_no_meeting() -> None:
    text = "The East Room\n\nPRESIDENT BIDEN: Good afternoon, everyone.\n\nThank you all.\n"
    assert extract(_remarks("Remarks by President Biden at a Reception", text)).meetings == []


def test_a_press_briefing_naming_speakers_is_no_meeting_of_theirs() -> None:
    text = GUESTBOOK.replace("PRESIDENT HIGGINS:", "PRESIDENT HIGGINS (via video):")
    assert extract(_remarks("Remarks by President Biden During Guestbook Signing", text)).meetings == []
    briefing = _remarks("Press Briefing by Press Secretary Karine Jean-Pierre", GUESTBOOK)
    assert not reported_meetings(briefing)


def test_a_leader_the_speakers_talk_of_is_not_at_their_meeting() -> None:
    sents = split_sentences("PRESIDENT HIGGINS: Welcome. President Putin wanted less NATO.")
    doc = _remarks("Remarks by President Biden During Guestbook Signing", GUESTBOOK)
    turns = speakers_meeting(doc)
    people = [("Biden", None), ("Higgins", sents[0]), ("Putin", sents[1])]
    assert [p for p, _ in speakers_only(turns, people, sents[:1])] == ["Biden", "Higgins"]
    assert speakers_only(Detection("held", [0]), people, sents[:1]) == people  # not a transcript's


def test_a_leaders_spouse_who_speaks_in_the_transcript_takes_part() -> None:
    text = GUESTBOOK.replace("PRESIDENT BIDEN: Thank you all.", "MRS. HIGGINS: Welcome to our home.")
    (m,) = extract(_remarks("Remarks by President Biden During Guestbook Signing", text)).meetings
    assert "Sabina Higgins" in {p.label for p in m.participants}
    # … one who only attends does not ("the President and Mrs. Higgins welcomed …" in a remark)
    quiet = GUESTBOOK.replace("Thank you all.", "Thank you, Mrs. Higgins, for having us.")
    (m,) = extract(_remarks("Remarks by President Biden During Guestbook Signing", quiet)).meetings
    assert "Sabina Higgins" not in {p.label for p in m.participants}
