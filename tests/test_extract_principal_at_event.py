"""The publisher's leader at a gathering his government's release previews with no one named as
taking part: he goes when a sentence has him go ("The President will travel to ... to attend the
Summit"), read from that sentence; not when someone else goes, nor when he does not."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Meeting
from tests.helpers import wh_release

TITLE = "Background Press Call Previewing the Ninth Summit of the Americas"
OPENING = (
    "Via Teleconference\n\nMODERATOR: Thanks, everyone, for joining.\n\nSENIOR ADMINISTRATION OFFICIAL: "
    "Thanks. Next week the leaders of the hemisphere will gather in Los Angeles for the Ninth Summit of the "
    "Americas. "
)


def _previewed(sentence: str) -> Meeting:
    doc = wh_release(TITLE, OPENING + sentence, date(2022, 6, 1))
    (meeting,) = extract(doc).meetings
    assert meeting.status == "planned" and meeting.event is not None
    return meeting


def test_the_leader_going_to_the_summit_takes_part_from_the_sentence_saying_so():
    said = "The President will travel to Los Angeles on Wednesday to attend the Summit."
    m = _previewed(said + " He will announce new partnerships there.")
    assert [p.label for p in m.participants] == ["Joseph R. Biden, Jr."]
    assert [c.props.get("iso") for c in m.countries] == ["US"]
    (evidence,) = [st.evidence.text for st in m.evidence if st.field == "participant"]
    assert evidence == said


def test_no_leader_when_another_official_goes_or_he_does_not():
    assert _previewed("The Secretary of State will attend the Summit this year.").participants == []
    assert _previewed("The President will not attend the Summit this year.").participants == []
