"""Spouses of leaders take part in meetings of their own (issue 17): "the First Lady visited Ukraine
to meet with the First Lady of Ukraine" in a press briefing is a meeting of the two spouses, each
resolved through the reference data's schema:spouse of the head of state on that day; a spouse
beside the leader at the leader's talks accompanies them and is no participant (the key's way)."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.people import People
from kg.extract.people.roles import spouses
from kg.model import Meeting
from kg.reference import load_reference
from kg.reference.tables import name_tokens
from tests.helpers import reported_meetings, ua_release, wh_release

JILL, OLENA, AGATA = "Jill Biden", "Olena Zelenska", "Agata Kornhauser-Duda"


def _people(m: Meeting) -> list[str]:
    return sorted(p.label for p in m.participants)


def test_a_briefing_telling_the_first_ladys_visit_in_passing_has_the_spouses_meeting():
    doc = wh_release(
        "Press Briefing by Press Secretary Jen Psaki, May 9, 2022",
        "MS. PSAKI: Hi, everyone. Today, the President signed the Lend-Lease Act into law.\n\n"
        "Yesterday, as you all know, the First Lady visited Ukraine in a historic visit to meet with the "
        "First Lady of Ukraine. She did that purposefully on Mother's Day.\n\n"
        "President Biden also spoke with our G7 partners yesterday and President Zelenskyy about our "
        "collective response.\n\nQ Thank you, Jen.",
        date(2022, 5, 9),
    )
    meetings = extract(doc).meetings
    assert all(m.mentioned and m.status == "held" for m in meetings)
    by_people = {tuple(_people(m)): m for m in meetings}
    # one release, two meetings of the same day and the same two states: the spouses', the leaders'
    assert set(by_people) == {(JILL, OLENA), ("Joseph R. Biden, Jr.", "Volodymyr Zelenskyy")}
    spouses_meeting = by_people[(JILL, OLENA)]
    assert spouses_meeting.date == date(2022, 5, 8) and spouses_meeting.mode == "in_person"
    assert sorted(c.key for c in spouses_meeting.countries) == ["UA", "US"]


def test_a_spouse_named_by_her_states_possessive_and_by_name():
    doc = wh_release(
        "Press Briefing by Press Secretary Karine Jean-Pierre",
        "Q The First Lady, Jill Biden, met with Poland's First Lady, Agata Kornhauser-Duda, yesterday at "
        "the White House. Could you give some details about the meeting?",
        date(2023, 3, 2),
    )
    (m,) = extract(doc).meetings
    assert _people(m) == [AGATA, JILL] and m.date == date(2023, 3, 1)


def test_the_first_ladies_meeting_is_not_the_presidents_talks_the_same_day():
    doc = ua_release(
        "First Lady of Ukraine met in Kyiv with the First Lady of Turkey",
        "First Lady of Ukraine Olena Zelenska met with First Lady of Turkey Emine Erdoğan in Kyiv. The "
        "First Lady of Turkey arrived in Ukraine in the framework of the visit of President of the "
        "Republic of Turkey Recep Tayyip Erdoğan on February 3. In addition, the wives of the Presidents "
        "of Ukraine and Turkey discussed the next steps in cultural diplomacy.",
        date(2022, 2, 3),
    )
    (m,) = reported_meetings(doc)
    assert _people(m) == ["Emine Erdoğan", OLENA]  # neither President
    assert sorted(c.key for c in m.countries) == ["TR", "UA"]


def test_a_style_resolves_through_the_head_of_state_of_the_day():
    ref = load_reference()

    def who(text: str, on: date, home: str = "US") -> list[str]:
        pp = People(ref, on, home)
        return [pp.people[pm.key].label for pm in spouses(pp, text)]

    assert who("the First Lady of Ukraine", date(2022, 5, 8)) == [OLENA]
    assert who("the Ukrainian First Lady", date(2022, 5, 8)) == [OLENA]
    assert who("the First Lady", date(2022, 5, 8)) == [JILL]  # the publisher's own
    assert who("the First Lady", date(2020, 5, 8)) == []  # another President: no spouse known
    assert who("the First Lady of Ukraine", date(2018, 5, 8)) == []
    assert who("the First Lady's trip", date(2022, 5, 8)) == []  # the trip, not a person
    assert who("First Lady Emine Erdoğan", date(2023, 2, 10)) == []  # left to her name


def test_a_spouse_beside_the_leader_at_the_leaders_talks_is_no_participant():
    doc = wh_release(
        "Remarks by President Biden and President Macron of France Before Bilateral Meeting",
        "President Biden and First Lady Jill Biden welcomed President Emmanuel Macron of France and "
        "Brigitte Macron to the White House today. President Biden and President Macron held talks on "
        "Ukraine. Biden thanked Macron.",
        date(2022, 12, 1),
    )
    (m,) = reported_meetings(doc)
    assert _people(m) == ["Emmanuel Macron", "Joseph R. Biden, Jr."]


def test_a_surname_a_spouse_shares_with_the_leader_names_the_leader():
    ref = load_reference()
    for surname, leader in (("Biden", "joseph-r-biden-jr"), ("Erdoğan", "recep-tayyip-erdogan")):
        hits = ref.names[name_tokens(surname)]
        assert [h.iri.rsplit("/", 1)[-1] for h in hits] == [leader]
    assert [h.iri.rsplit("/", 1)[-1] for h in ref.names[name_tokens("Zelenska")]] == ["olena-zelenska"]
    spouse = ref.spouse_of("https://w3id.org/dmkg/id/person/volodymyr-zelenskyy")
    assert spouse is not None and spouse.label == OLENA
