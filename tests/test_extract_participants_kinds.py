"""Participants and participant countries written in ways any government writes (issue 14): the host
thanked for hosting the summit a leader addresses, a delegation and who led it, a speaker introduced
by "For his part,", the heads of state of a list of states, demonyms before a plural office, a lead
sentence set in the talks, a title set off after a name; and names that are no participants: a place
named after someone, a surname that ends another person's name."""

from __future__ import annotations

from datetime import date

from kg.extract.gazetteer import scan
from kg.extract.people import People, find_in_text, resolve_roles
from kg.model import Document, Meeting
from kg.reference import load_reference
from tests.helpers import kremlin_release, reported_meetings, ua_release, wh_release


def _own(doc: Document) -> list[Meeting]:
    return reported_meetings(doc)


def _people(m: Meeting) -> set[str]:
    return {p.label for p in m.participants}


def _countries(m: Meeting) -> set[str]:
    return {c.props.get("iso", c.key) for c in m.countries}


def _find(text: str, on: date, home: str) -> People:
    ref = load_reference()
    return find_in_text(text, scan(text, ref), ref, on, home)


def test_the_host_thanked_for_the_opportunity_to_address_a_summit_takes_part():
    meetings = _own(
        ua_release(
            "Address by President of Ukraine Volodymyr Zelenskyy to the participants of the Group of Seven "
            "summit",
            "Ladies and Gentlemen! First of all, I would like to thank Chancellor Scholz and the German "
            "presidency for the opportunity to address you today. Our country needs your support. We "
            "count on new sanctions. Glory to Ukraine!",
            date(2022, 6, 27),
        )
    )
    assert meetings, "the address to the summit is the leader's part in it"
    assert "Olaf Scholz" in _people(meetings[0])
    assert "DE" in _countries(meetings[0])


def test_a_leader_thanked_for_hosting_another_meeting_to_come_is_no_participant():
    meetings = _own(
        wh_release(
            "Readout of President Joe Biden's Meeting with President Emmanuel Macron of France",
            "President Joseph R. Biden, Jr. met today with President Emmanuel Macron of France in Paris. "
            "The leaders discussed support for Ukraine. President Biden thanked Prime Minister Kishida for "
            "hosting the G7 summit next year.",
            date(2022, 6, 10),
        )
    )
    assert meetings
    assert "Fumio Kishida" not in _people(meetings[0])
    assert "JP" not in _countries(meetings[0])


def test_the_leader_of_a_state_s_delegation_is_of_that_state():
    meetings = _own(
        wh_release(
            "Joint Statement on U.S.-Poland Consultations on Energy Security",
            "Officials of the United States and Poland met today in Washington for consultations on energy "
            "security. The U.S. delegation was led by Deputy National Security Advisor Daleep Singh. The "
            "Polish delegation was led by Deputy Minister of Climate Tomasz Wrobelski and included "
            "representatives of the Ministry of Foreign Affairs. The two sides discussed gas supplies.",
            date(2022, 3, 11),
        )
    )
    assert meetings
    wrobelski = next(p for p in meetings[0].participants if p.label == "Tomasz Wrobelski")
    assert wrobelski.props.get("country") == "PL"
    assert {"US", "PL"} <= _countries(meetings[0])


def test_a_speaker_introduced_by_for_his_part_or_by_two_titles_takes_part():
    meetings = _own(
        ua_release(
            "Andriy Yermak met with a delegation of the Netherlands",
            "Head of the Office of the President of Ukraine Andriy Yermak met with a delegation of the "
            "Netherlands. The parties discussed investment in Ukraine's energy sector. For his part, "
            "Deputy Minister of Foreign Affairs of the Netherlands Pieter Vandermeer said that Dutch "
            "companies stay in Ukraine. Chair of the Board of the Dutch Business Council, Founding Partner "
            "of Meridian Capital Anneke Smit noted that the investors are ready.",
            date(2022, 2, 10),
        )
    )
    assert meetings
    assert {"Pieter Vandermeer", "Anneke Smit"} <= _people(meetings[0])


def test_the_heads_of_state_of_listed_states_are_their_presidents_at_the_date():
    text = "President Zelenskyy spoke with the heads of state of Lithuania and Poland."
    f = _find(text, date(2021, 12, 15), "UA")
    assert {f.people[m.key].surname for m in resolve_roles(f, text)} == {"Nausėda", "Duda"}


def test_lower_case_plural_offices_of_listed_states_are_their_holders_at_the_date():
    text = "He spoke to the media after a trilateral meeting with the presidents of Poland and Lithuania."
    f = _find(text, date(2021, 12, 20), "UA")
    assert {f.people[m.key].surname for m in resolve_roles(f, text)} == {"Nausėda", "Duda"}
    text = "The foreign ministers of Ukraine and Poland met in Lviv."
    f = _find(text, date(2022, 2, 20), "UA")
    assert {f.people[m.key].surname for m in resolve_roles(f, text)} == {"Kuleba", "Rau"}


def test_demonyms_before_a_plural_office_name_each_state_s_holder():
    text = "He met the Polish and Lithuanian Presidents in Kyiv."
    f = _find(text, date(2021, 12, 15), "UA")
    assert {f.people[m.key].surname for m in resolve_roles(f, text)} == {"Nausėda", "Duda"}
    text = "The Ukrainian and Russian delegations met in Istanbul."  # no office: no holder
    assert resolve_roles(_find(text, date(2022, 3, 29), "UA"), text) == []


def test_a_lead_sentence_set_in_the_talks_names_the_states_taking_part():
    meetings = _own(
        ua_release(
            "Participants of the talks reached an understanding on humanitarian corridors - Mykhailo "
            "Podolyak",
            "During the second round of talks, the representatives of Ukraine and the Russian Federation "
            "reached an agreement on humanitarian corridors. This was announced by Adviser to the Head of "
            "the Office of the President of Ukraine Mykhailo Podolyak following the talks.",
            date(2022, 3, 3),
        )
    )
    assert meetings
    assert _countries(meetings[0]) == {"UA", "RU"}


def test_talks_a_lead_sentence_only_mentions_name_no_state():
    meetings = _own(
        kremlin_release(
            "Telephone conversation with President of France Emmanuel Macron",
            "Vladimir Putin and Emmanuel Macron had a telephone conversation. It was noted that Russia is "
            "open to negotiations with representatives of Ukraine.",
            date(2022, 3, 3),
        )
    )
    assert meetings
    assert _countries(meetings[0]) == {"RU", "FR"}


def test_a_title_set_off_after_a_name_gives_its_state():
    meetings = _own(
        wh_release(
            "Statement by NSC Spokesperson on National Security Advisor Jake Sullivan's Meeting with German "
            "Counterparts",
            "National Security Advisor Jake Sullivan met today with Dr. Hans Vogler, Foreign and Security "
            "Policy Advisor to the German Chancellor, to discuss the upcoming G7 summit.",
            date(2021, 6, 2),
        )
    )
    assert meetings
    vogler = next(p for p in meetings[0].participants if p.label == "Hans Vogler")
    assert vogler.props.get("country") == "DE"
    assert _countries(meetings[0]) == {"US", "DE"}


def test_a_place_named_after_a_surname_is_no_person():
    text = "President Biden spoke with the Commissioner of Lee County, Florida about the hurricane."
    f = _find(text, date(2022, 9, 29), "US")
    assert "lee-hsien-loong" not in {m.key for m in f.mentions}
    text = "Grand Prince Hotel Hiroshima, Japan"
    assert not _find(text, date(2023, 5, 20), "US").people


def test_a_surname_ending_another_person_s_name_is_his():
    text = (
        "The Vice President offered condolences on the passing of Sheikh Khalifa bin Zayed Al Nahyan. "
        "In her visit with UAE President Sheikh Mohammed bin Zayed Al Nahyan, the Vice President spoke."
    )
    f = _find(text, date(2022, 5, 16), "US")
    second = text.index("In her visit")
    assert {m.key for m in f.mentions if m.start > second} == {"mohamed-bin-zayed-al-nahyan"}


def test_the_meeting_a_press_statement_follows_gives_all_its_counterparts():
    meetings = _own(
        ua_release(
            "Strong preventive sanctions are needed - President of Ukraine",
            "The international community must take strong preventive steps. This was stated by President "
            "of Ukraine Volodymyr Zelenskyy, who was speaking with the media after a trilateral meeting "
            "with the presidents of Poland and Lithuania at the Syniohora state residence. For his part, "
            "Polish President Andrzej Duda said that the three countries stand together.",
            date(2021, 12, 20),
        )
    )
    assert meetings
    assert {"Volodymyr Zelenskyy", "Andrzej Duda", "Gitanas Nausėda"} <= _people(meetings[0])
    assert _countries(meetings[0]) == {"UA", "PL", "LT"}
