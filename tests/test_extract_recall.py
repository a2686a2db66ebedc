"""Issue 14's kinds of missed meetings, on releases written for the test: summits attended, previews,
leaders' joint statements, working-level meetings of named dialogues, delegations' talks, and the
counterpart of a meeting whose sequel the release reports; and what must stay no meeting."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Document


def _meetings(title: str, text: str, reader: str = "whitehouse", released: date = date(2023, 5, 4)):
    return [m for m in extract(Document(reader, f"{reader}/t.md", title, text, released)).meetings]


def _countries(m) -> set[str]:  # type: ignore[no-untyped-def]
    return {c.props.get("iso") or c.key for c in m.countries}


def test_a_leaders_joint_statement_reporting_their_meeting_is_a_held_meeting():
    (m,) = _meetings(
        "Joint Statement of the United States and Japan",
        "President Joseph R. Biden, Jr. and Prime Minister Kishida Fumio of Japan met today at the White "
        "House. The leaders reaffirmed the alliance.",
    )
    assert m.status == "held" and _countries(m) == {"US", "JP"}


def test_a_joint_statement_without_a_meeting_stays_none():
    assert not _meetings(
        "Joint Statement on Maritime Security",
        "The United States and Japan condemn the recent provocations. We call for restraint.",
    )


def test_the_ninth_meeting_of_a_named_dialogue_has_both_states_without_named_people():
    (m,) = _meetings(
        "Joint Statement on the Ninth Meeting of the U.S.-Japan Cyber Dialogue",
        "The United States and Japan held the ninth meeting of the U.S.-Japan Cyber Dialogue in Tokyo "
        "on May 3. The delegations discussed cyber threats.",
    )
    assert m.status == "held" and _countries(m) == {"US", "JP"}


def test_peace_talks_of_two_delegations_have_both_sides():
    (m,) = _meetings(
        "Ukrainian and Russian delegations held talks in Istanbul",
        "Ukrainian and Russian delegations held talks in Istanbul today. The sides discussed a ceasefire.",
        reader="ukraine-csv",
    )
    assert m.status == "held" and _countries(m) == {"UA", "RU"}


def test_counterparts_of_a_national_security_adviser_bring_their_states():
    (m,) = _meetings(
        "Readout of National Security Advisor Jake Sullivan's Meeting with Counterparts",
        "National Security Advisor Jake Sullivan met today with his counterparts from Japan and the "
        "Republic of Korea in Tokyo.",
    )
    assert m.status == "held" and _countries(m) == {"US", "JP", "KR"}


def test_a_leaders_part_in_an_international_summit_is_held_but_a_domestic_summit_is_not():
    (m,) = _meetings(
        "Speech by President of Ukraine Volodymyr Zelenskyy at the NATO Summit",
        "Dear attendees! I am addressing you from Kyiv. We are not in the Alliance.",
        reader="ukraine-csv",
    )
    assert m.status == "held"
    assert not _meetings(
        "FACT SHEET: White House Summit on Building Lasting Eviction Prevention Reform",
        "Today the White House hosted a summit on eviction prevention with mayors and governors.",
    )


def test_a_background_call_previewing_a_summit_announces_it():
    (m,) = _meetings(
        "Background Press Call by Senior Administration Officials Previewing the G7 Summit",
        "MODERATOR: Thanks for joining. This call is on background. The President will travel to "
        "Hiroshima for the G7 Summit.",
    )
    assert m.status == "planned"


def test_a_call_someone_will_hold_is_planned_not_held():
    (m,) = _meetings(
        "Statement by Press Secretary on President Biden's Upcoming Call with President Vladimir Putin",
        "President Joseph R. Biden, Jr. will hold a secure video call with President Vladimir Putin of "
        "Russia on Tuesday, May 9, 2023. The leaders will discuss a range of topics.",
    )
    assert m.status == "planned"


def test_people_whose_earlier_calls_are_discussed_do_not_take_part():
    (m,) = _meetings(
        "Readout of President Biden's Call with Chancellor Olaf Scholz of Germany",
        "President Joseph R. Biden, Jr. spoke today with Chancellor Olaf Scholz of Germany. The leaders "
        "discussed their respective conversations with President Putin and President Zelenskyy.",
    )
    assert {p.label for p in m.participants} == {"Joseph R. Biden, Jr.", "Olaf Scholz"}


def test_the_head_of_an_international_body_unknown_to_the_reference_counts_for_it():
    (m,) = _meetings(
        "Meeting with Director General of the International Atomic Energy Agency Karl Testmann",
        "Vladimir Putin met with Director General of the International Atomic Energy Agency Karl Testmann "
        "in the Kremlin. They discussed nuclear safety.",
        reader="kremlin-csv",
    )
    assert m.status == "held" and "International Atomic Energy Agency" in {o.label for o in m.organizations}


def test_a_leader_meeting_his_own_governors_is_no_diplomatic_meeting():
    assert not _meetings(
        "President met with governors",
        "President Joseph R. Biden, Jr. met today with Governor Gavin Newsom and Governor Kathy Hochul "
        "at the White House to discuss disaster relief.",
    )
