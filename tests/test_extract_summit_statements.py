"""Summits told by the leaders' own texts and by fact sheets (issue 14): a summit's communiqué in which
the leaders say they met, a declaration in their voice, a fact sheet opening at the summit. Releases
written for the test in the manner of the White House, Japan's Foreign Ministry and the UK government."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Document, Meeting
from tests.helpers import reported_meetings

G7 = {"US", "CA", "FR", "DE", "IT", "JP", "GB"}


def _meetings(title: str, text: str, day: date, publisher: str = "The White House") -> list[Meeting]:
    if publisher == "The White House":
        doc = Document("whitehouse", "statements-releases/x.md", title, text, day, publisher=publisher)
    else:
        doc = Document("jsonl", "jsonl/t.jsonl#1", title, text, day, "https://www.mofa.go.jp/x", publisher)
    return reported_meetings(doc)


def _isos(m: Meeting) -> set[str]:
    return {c.props.get("iso") or c.key for c in m.countries}


def test_a_summit_communique_in_which_the_leaders_say_they_met_reports_the_summit():
    text = (
        "Preamble\n\nWe, the Leaders of the Group of Seven (G7), met in Kanazawa for our annual Summit on "
        "May 19-21, 2023, united in our resolve to face the challenges of our time. We will support "
        "Ukraine for as long as it takes."
    )
    (m,) = _meetings("G7 Kanazawa Leaders’ Communiqué", text, date(2023, 5, 20))
    assert m.status == "held" and m.event is not None and m.event.key == "g7-summit"
    assert "joseph-r-biden-jr" in {p.key for p in m.participants}
    assert G7 <= _isos(m)
    summit = "CASTLEBAY G7 SUMMIT COMMUNIQUÉ"
    (m,) = _meetings(
        summit,
        "We, the leaders of the Group of Seven, met in Cornwall on 11-13 June 2021.",
        date(2021, 6, 13),
    )
    assert m.status == "held" and G7 <= _isos(m)


def test_a_communique_without_a_meeting_of_its_leaders_is_none():
    text = "We, the Leaders of the Group of Seven (G7), condemn the missile launches in the strongest terms."
    assert _meetings("G7 Leaders’ Communiqué on Missile Launches", text, date(2023, 7, 12)) == []
    ahead = "We, the Leaders of the Group of Seven (G7), will meet in Kanazawa on May 19-21, 2023."
    assert all(m.status != "held" for m in _meetings("G7 Summit Statement", ahead, date(2023, 3, 1)))


def test_the_publishers_leader_is_one_of_the_leaders_speaking_as_one():
    text = (
        "Building Prosperity Together\n\n1. We, the Economic Leaders of APEC, met in Lima, Peru, on "
        "November 15-16, 2024. We reaffirm our commitment to free and open trade and investment."
    )
    (m,) = _meetings("2024 APEC Leaders’ Machu Picchu Declaration", text, date(2024, 11, 16))
    assert m.status == "held" and [p.key for p in m.participants] == ["joseph-r-biden-jr"]
    assert _isos(m) == {"US"}  # APEC has member economies: not expanded (CONVENTIONS 15)
    japan = _meetings(
        "2024 APEC Leaders’ Machu Picchu Declaration",
        text,
        date(2024, 11, 16),
        "Ministry of Foreign Affairs of Japan",
    )
    assert [m.status for m in japan] == ["held"] and "JP" in _isos(japan[0])


def test_a_fact_sheet_opening_at_a_groups_summit_this_week_is_the_leaders_part_with_its_members():
    text = (
        "Since taking office, the President has worked to restore America’s leadership in the world.\n\n"
        "This week, at the G20 Summit in New Delhi, President Biden advanced his agenda on development "
        "finance and climate."
    )
    (m,) = _meetings("FACT SHEET: Advancing Shared Priorities at the G20", text, date(2023, 9, 9))
    assert m.status == "held" and [p.key for p in m.participants] == ["joseph-r-biden-jr"]
    assert {"IN", "BR", "ZA", "SA", "CN"} <= _isos(m)
    # a meeting of some of them there is no summit of all the members
    side = (
        "Since taking office, the President has worked to restore America’s leadership in the world.\n\n"
        "This week, at the G20 Summit in New Delhi, President Biden convened a group of G20 leaders on "
        "infrastructure."
    )
    assert all("ZA" not in _isos(m) for m in _meetings("FACT SHEET: Infrastructure", side, date(2023, 9, 9)))


def test_a_leaders_address_to_a_summit_is_his_video_part_unless_words_take_him_there():
    title = "Address by President of Ukraine Volodymyr Zelenskyy to the participants of the NATO summit"
    text = (
        "Dear Secretary General! Dear leaders of the Alliance! I am grateful for the opportunity to speak "
        "to you today, at this extraordinary summit. Our cities are under fire."
    )
    doc = Document(
        "ukraine-csv", "zelenskyy.csv#1", title, text, date(2022, 3, 24), publisher="President of Ukraine"
    )
    (m,) = reported_meetings(doc)
    assert m.status == "held" and m.mode == "video" and m.venue is None
    there = text + " I arrived in Brussels this morning to be with you in person."
    doc = Document(
        "ukraine-csv", "zelenskyy.csv#1", title, there, date(2022, 3, 24), publisher="President of Ukraine"
    )
    assert [m.mode for m in extract(doc).meetings if not m.mentioned] == ["in_person"]


def _address(text: str) -> list[Meeting]:
    doc = Document(
        "ukraine-csv",
        "zelenskyy.csv#1",
        "Address by the President of Ukraine",
        text,
        date(2022, 3, 24),
        publisher="President of Ukraine",
    )
    return reported_meetings(doc)


def test_an_address_telling_several_summits_spoken_to_today_is_the_days_part_in_each():
    (m,) = _address(
        "Good health to you, Ukrainians! Today I spoke at the NATO summit, at the G7 summit and at the "
        "European Council. I am grateful to our partners."
    )
    assert m.mode == "video" and m.event is None and m.venue is None
    assert [g.key for g in m.gatherings] == ["nato-summit", "g7-summit"]
    assert {"JP", "TR", "UA"} <= _isos(m)  # the G7's and NATO's members
    # the address's own words, not the first summit its opening names, make the record
    (m,) = _address(
        "Today I took part in the meeting of the leaders of the Joint Expeditionary Force and addressed the "
        "participants of the NATO summit. I am grateful to our partners."
    )
    assert m.mode == "video" and m.event is None and m.venue is None
    assert {"SE", "FI", "TR"} <= _isos(m)


def test_a_leader_who_joined_a_groups_leaders_took_part_in_their_meeting_with_its_members():
    uk = Document(
        "jsonl",
        "jsonl/t.jsonl#1",
        "PM joins northern European leaders in Riga",
        "Prime Minister Rishi Sunak joined leaders of the Joint Expeditionary Force in Riga today to agree "
        "new steps to bolster security in Northern Europe.",
        date(2023, 12, 19),
        "https://www.gov.uk/government/news/x",
        "Prime Minister's Office, 10 Downing Street",
    )
    (m,) = reported_meetings(uk)
    assert m.status == "held" and m.event is not None and m.event.key == "jef-leaders-meeting"
    assert [p.key for p in m.participants] == ["rishi-sunak"]
    assert {"GB", "NO", "IS", "FI", "NL"} <= _isos(m)
    # the group's leaders' meeting named by its name brings its members too
    ua = Document(
        "ukraine-csv",
        "zelenskyy.csv#1",
        "Volodymyr Zelenskyy at a meeting of the Joint Expeditionary Force leaders called for air defence",
        "President of Ukraine Volodymyr Zelenskyy took part in a meeting of the Joint Expeditionary Force "
        "chaired by Prime Minister of the United Kingdom Boris Johnson in the format of a video conference.",
        date(2022, 3, 15),
        publisher="President of Ukraine",
    )
    (m,) = reported_meetings(ua)
    assert m.event is not None and m.event.key == "jef-leaders-meeting" and {"UA", "NO", "LV"} <= _isos(m)


def test_a_summit_of_another_time_a_release_opens_at_is_no_part_of_the_day():
    text = (
        "The United States congratulates the first students of the Quad programme.\n\nAt the Quad Leaders’ "
        "Summit this past May, President Biden and his fellow leaders opened this programme."
    )
    assert _meetings("Statement Congratulating the Quad Students", text, date(2022, 12, 9)) == []


def test_remarks_at_a_leaders_meeting_or_retreat_named_in_the_title_are_the_speakers_part_in_it():
    text = "Nassau, Bahamas\n\n3:10 P.M. EDT\n\nTHE VICE PRESIDENT: Good afternoon, leaders. Thank you all."
    (m,) = _meetings(
        "Remarks by Vice President Harris at U.S.-Andean Leaders Meeting", text, date(2023, 6, 8)
    )
    assert m.status == "held" and m.event is not None and m.event.label == "U.S.-Andean Leaders Meeting"
    assert [p.key for p in m.participants] == ["kamala-harris"]
    text = "Lima, Peru\n\n11:29 A.M. PET\n\nTHE PRESIDENT: Thank you, Mr. President. Fellow leaders, welcome."
    (m,) = _meetings(
        "Remarks by President Biden at the APEC Leaders Retreat Meeting", text, date(2024, 11, 16)
    )
    assert m.status == "held" and m.event is not None and "Retreat" in m.event.label


def test_a_gathering_the_leader_chaired_or_hosted_is_his_part_in_it_with_his_co_chair():
    text = (
        "On July 16, Prime Minister Kishida Fumio co-chaired the Tenth Pacific Islands Leaders Meeting "
        "(PALM10) with Prime Minister Mark Brown of the Cook Islands in Tokyo. The leaders adopted a joint "
        "action plan."
    )
    day = date(2024, 7, 16)
    (m,) = _meetings(
        "Tenth Pacific Islands Leaders Meeting", text, day, "Ministry of Foreign Affairs of Japan"
    )
    assert m.status == "held" and m.event is not None and "PALM10" in m.event.label
    assert {p.label for p in m.participants} == {"Fumio Kishida", "Mark Brown"}
    assert {"JP", "CK"} <= _isos(m)
    # a domestic summit hosted at home is no gathering of states
    home = "Today, President Biden hosted the White House Summit on Fire Prevention in the East Room."
    assert _meetings("Readout of the White House Summit on Fire Prevention", home, date(2023, 10, 10)) == []
    ago = "One year ago, President Biden hosted our neighbours for the Ninth Summit of the Americas."
    assert _meetings("FACT SHEET: One Year Since the Summit", ago, date(2023, 6, 16)) == []


def test_a_summit_statement_in_which_a_groups_members_and_a_partner_gather_reports_the_summit():
    text = (
        "WE, the Member States of the Association of Southeast Asian Nations (ASEAN) and Japan gather on the "
        "occasion of the ASEAN-Japan Commemorative Summit in Tokyo on 17 December 2023. We celebrate fifty "
        "years of friendship."
    )
    japan = "Ministry of Foreign Affairs of Japan"
    title = "ASEAN-Japan Commemorative Summit, Joint Vision Statement"
    (m,) = _meetings(title, text, date(2023, 12, 17), japan)
    assert m.status == "held" and [p.label for p in m.participants] == ["Fumio Kishida"]
    assert {"JP", "ID", "VN", "PH"} <= _isos(m) and "MM" not in _isos(m)


def test_remarks_welcoming_the_heads_of_state_at_a_summit_are_the_hosts_part_in_it():
    title = (
        "Remarks by President Biden Welcoming Heads of State and Government for a Luncheon as Part of the "
        "Ninth Summit of the Americas"
    )
    text = "Los Angeles, California\n\n1:02 P.M. PDT\n\nTHE PRESIDENT: Welcome, everyone. Please, sit down."
    (m,) = _meetings(title, text, date(2022, 6, 9))
    assert m.status == "held" and m.event is not None and "Summit of the Americas" in m.event.label
    assert [p.key for p in m.participants] == ["joseph-r-biden-jr"]


def _remarks(title: str, text: str, day: date) -> list[Meeting]:
    doc = Document("whitehouse", "speeches-remarks/x.md", title, text, day, publisher="The White House")
    return [m for m in extract(doc).meetings if not m.mentioned]


def test_a_leaders_address_before_the_general_assemblys_numbered_session_is_his_part_in_it():
    text = (
        "United Nations Headquarters\nNew York, New York\n\n10:02 A.M. EDT\n\n"
        "THE PRESIDENT: Madam President, Mr. Secretary-General, fellow leaders: we meet at a hard hour for "
        "the world. Thank you."
    )
    title = "Remarks by President Biden Before the 79th Session of the United Nations General Assembly"
    (m,) = _remarks(title, text, date(2024, 9, 24))
    assert m.status == "held" and str(m.date) == "2024-09-24"


def test_remarks_at_a_leaders_meal_or_reception_of_a_body_of_states_report_that_gathering():
    text = (
        "THE PRESIDENT: Well, welcome, everyone. It is good to have all of you around this table. Thank you."
    )
    for title in (
        "Remarks by President Biden at an APEC Leaders’ Working Lunch | Lima, Peru",
        "Remarks by President Biden at the United Nations General Assembly Leaders’ Reception | New York, NY",
    ):
        (m,) = _remarks(title, text, date(2024, 11, 15))
        assert m.status == "held", title
    # … not a programme beside it (the spouses', the business council's)
    spouses = "Remarks as Prepared for Delivery by the First Lady at an APEC Spousal Program on Literacy"
    assert _remarks(spouses, "Hello, everyone. Reading matters.", date(2024, 11, 15)) == []
