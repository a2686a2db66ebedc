"""Meetings of officials and visitors in other governments' releases: officials' talks without the
leader, a visitor calling on a leader, foreign business people met (whatever the learned detection's
words say)."""

from __future__ import annotations

from datetime import date

from kg.extract import learned
from kg.model import Document
from tests.helpers import reported_meetings, wh_release

DAY = date(2023, 7, 18)


def test_officials_of_no_known_state_meet_without_the_publishers_leader():
    # a presidential office's release on a consultative group's meeting co-chaired by officials
    doc = Document(
        "text",
        "x/kr.txt",
        "First Meeting of the Korea-US Joint Deterrence Group Held in Seoul",
        "The first meeting of the Republic of Korea-United States Joint Deterrence Group was held in Seoul "
        "on July 18. Deputy Director of the National Security Office Ahn Seo-jun and U.S. National "
        "Security Council Senior Director Laura Whitfield co-chaired the meeting.\n\n"
        "The two sides discussed ways to strengthen extended deterrence.",
        DAY,
        url="https://www.president.go.kr/news/1",
        publisher="Office of the President, Republic of Korea",
    )
    (m,) = reported_meetings(doc)
    names = {p.label for p in m.participants}
    assert {"Ahn Seo-jun", "Laura Whitfield"} <= names
    assert "Yoon Suk Yeol" not in names  # the head of state did not take part


def test_a_council_meeting_led_by_our_minister_is_no_meeting_of_our_leader():
    # a news agency's release: the meeting is told first, the ministers who led the sides after
    doc = Document(
        "text",
        "x/kz.txt",
        "Kazakhstan-Uzbekistan Intergovernmental Commission meets in Tashkent",
        "ASTANA. KAZINFORM - The 12th meeting of the Kazakhstan-Uzbekistan Intergovernmental Commission was "
        "held in Tashkent. The Kazakh delegation was led by Foreign Minister Murat Nurtleu, the Uzbek side "
        "by Foreign Minister Bakhtiyor Saidov.",
        DAY,
        url="https://www.inform.kz/en/news/1",
        publisher="Kazinform",
    )
    (m,) = reported_meetings(doc)
    names = {p.label for p in m.participants}
    assert {"Murat Nurtleu", "Bakhtiyor Saidov"} <= names
    assert "Kassym-Jomart Tokayev" not in names


def test_a_bare_office_still_names_the_publishers_leader():
    doc = Document(
        "text",
        "x/kr2.txt",
        "The President receives U.S. National Security Council Senior Director",
        "The President received U.S. National Security Council Senior Director Laura Whitfield in Seoul "
        "today. They discussed extended deterrence.",
        DAY,
        url="https://www.president.go.kr/news/2",
        publisher="Office of the President, Republic of Korea",
    )
    (m,) = reported_meetings(doc)
    assert "Yoon Suk Yeol" in {p.label for p in m.participants}


def _india(title: str, text: str) -> Document:
    return Document(
        "text",
        "x/in.txt",
        title,
        text,
        DAY,
        url="https://www.pmindia.gov.in/en/news/1",
        publisher="PMO India",
    )


def test_a_minister_calling_on_the_prime_minister_is_a_meeting():
    doc = _india(
        "Foreign Minister of Guyana calls on Prime Minister",
        "The Foreign Minister of Guyana, Hugh Todd, called on Prime Minister Narendra Modi today. "
        "They reviewed the partnership in energy and agriculture.",
    )
    (m,) = reported_meetings(doc)
    assert m.status == "held"
    assert {c.key for c in m.countries} == {"IN", "GY"}


def test_a_foreign_companys_head_calling_on_the_prime_minister_is_a_meeting_of_one_state():
    doc = _india(
        "Chairman of Nordwind Motors calls on PM",
        "The Chairman and CEO of Nordwind Motors, Erik Salvesen, called on Prime Minister Narendra Modi "
        "today. They discussed the company's investments in India.",
    )
    (m,) = reported_meetings(doc)
    assert m.status == "held" and "Erik Salvesen" in {p.label for p in m.participants}
    assert {c.key for c in m.countries} == {"IN"}  # the company's state is no participant


def test_calling_on_a_leader_to_act_is_an_appeal():
    doc = _india(
        "Statement on the floods",
        "The Prime Minister called on Chief Minister Rao to speed up relief work. "
        "The leaders called on the international community to act.",
    )
    assert reported_meetings(doc) == []


def test_foreign_business_association_met_stays_a_meeting_whatever_the_learned_words(monkeypatch):
    # a detection model sure there is none (as its words read a business audience as a domestic one)
    sure_none = learned.LinearModel("detect", ["held", "none", "planned"], [0.0, 9.0, 0.0], {}, 0.9)
    monkeypatch.setattr(learned, "load_model", lambda name: sure_none if name == "detect" else None)
    doc = Document(
        "ukraine-csv",
        "zelenskyy.csv#1",
        "President at a meeting with business: keep working and paying taxes",
        "President Volodymyr Zelenskyy met with representatives of the business community - members of "
        "the European Business Association. He informed the audience about the security situation and the "
        "government's steps to support the economy. According to the Head of State, business should keep "
        "working.",
        date(2022, 2, 1),
        url="https://www.president.gov.ua/en/news/x-1",
        publisher="President of Ukraine (president.gov.ua)",
    )
    (m,) = reported_meetings(doc)
    assert m.status == "held"


def test_the_models_none_still_undoes_a_domestic_audience(monkeypatch):
    sure_none = learned.LinearModel("detect", ["held", "none", "planned"], [0.0, 9.0, 0.0], {}, 0.9)
    monkeypatch.setattr(learned, "load_model", lambda name: sure_none if name == "detect" else None)
    doc = Document(
        "ukraine-csv",
        "zelenskyy.csv#2",
        "President met with representatives of Ukrainian business",
        "President Volodymyr Zelenskyy met with the management of Ukrainian companies and discussed support "
        "for the economy.",
        date(2022, 2, 1),
        url="https://www.president.gov.ua/en/news/x-2",
        publisher="President of Ukraine (president.gov.ua)",
    )
    assert reported_meetings(doc) == []


def test_a_ministers_own_release_speaks_for_the_minister():
    doc = Document(
        "text",
        "x/au.txt",
        "Meeting with the Foreign Minister of Indonesia",
        "Today I met with Indonesian Foreign Minister Retno Marsudi in Jakarta. We discussed maritime "
        "cooperation and our shared region.",
        DAY,
        url="https://www.foreignminister.gov.au/minister/media-release/1",
        publisher="Minister for Foreign Affairs, Australia",
    )
    (m,) = reported_meetings(doc)
    names = {p.label for p in m.participants}
    assert "Penny Wong" in names and "Anthony Albanese" not in names


def test_two_states_holding_their_dialogue_is_a_meeting_of_both_without_a_region_venue():
    m, *_ = reported_meetings(
        wh_release(
            "Statement by NSC Spokesperson on the First U.S.-Norway Arctic Dialogue",
            "The United States and Norway held their first Arctic Dialogue on Monday, July 17. Participants "
            "discussed climate research and maritime security. Participants also shared our intent to "
            "deepen cooperation with the Arctic Council and to promote stability in Northern Europe.",
            released=DAY,
        )
    )
    assert m.status == "held" and m.date == date(2023, 7, 17)
    assert {c.key for c in m.countries} == {"US", "NO"}
    assert m.venue is None  # "Northern Europe" is a region


def test_two_states_reconvening_consultations_is_a_meeting():
    m, *_ = reported_meetings(
        wh_release(
            "Statement by NSC Spokesperson on the U.S.-Estonia Consultations on Cyber Security",
            "The United States and Estonia reconvened high-level bilateral consultations in Washington "
            "today to discuss cooperation on cyber security.",
            released=DAY,
        )
    )
    assert m.status == "held"
    assert {c.key for c in m.countries} == {"US", "EE"}


def test_a_un_agency_named_with_the_short_prefix_is_the_counterpart():
    m, *_ = reported_meetings(
        wh_release(
            "Readout of Deputy National Security Advisor’s Call with UN Relief and Works Agency",
            "Today, Deputy National Security Advisor Jon Finer spoke with UN Relief and Works Agency for "
            "Palestine Refugees in the Near East Commissioner General Philippe Lazzarini about aid to Gaza.",
            released=DAY,
        )
    )
    assert m.status == "held"
    assert [o.label for o in m.organizations] == [
        "United Nations Relief and Works Agency for Palestine Refugees in the Near East"
    ]


def test_will_hold_a_dialogue_announces_it():
    m, *_ = reported_meetings(
        wh_release(
            "Statement by NSC Spokesperson on the U.S.-Norway Arctic Dialogue",
            "The United States and Norway will hold their second Arctic Dialogue in Oslo next week.",
            released=DAY,
        )
    )
    assert m.status == "planned"


def test_remarks_before_the_meeting_name_its_counterpart_in_the_title():
    doc = Document(
        "whitehouse",
        "whitehouse/speeches-remarks/t.md",
        "Remarks by President Biden Before Meeting with Prime Minister Draghi of the Italian Republic",
        "Chigi Palace\nRome, Italy\n\n4:22 P.M. CEST\n\nQ Mr. President, will you discuss energy?\n\n"
        "THE PRESIDENT: Yes. We have half an hour. I'll talk to you later.",
        date(2021, 10, 29),
    )
    (m,) = reported_meetings(doc)
    assert {p.label for p in m.participants} == {"Joseph R. Biden, Jr.", "Mario Draghi"}
    assert {c.key for c in m.countries} == {"US", "IT"}


def _kazinform(title: str, text: str) -> Document:
    return Document(
        "text", "x/kz.txt", title, text, DAY, url="https://www.inform.kz/en/x", publisher="Kazinform"
    )


def test_a_minister_reporting_on_a_summit_ahead_is_a_domestic_audience():
    doc = _kazinform(
        "Tokayev receives Foreign Minister Nurtleu",
        "ASTANA. KAZINFORM – President Kassym-Jomart Tokayev received Deputy Prime Minister – Foreign "
        "Minister Murat Nurtleu, who reported on preparations for the upcoming SCO summit in Astana.",
    )
    assert reported_meetings(doc) == []


def test_the_prime_minister_meeting_a_foreign_companys_president_is_a_meeting():
    doc = _kazinform(
        "Kazakh PM meets with president of Hanseong Heavy Industries",
        "ASTANA. KAZINFORM – Prime Minister of Kazakhstan Alikhan Smailov met with President of Hanseong "
        "Heavy Industries Park Ji-hoon to discuss the company's projects in Kazakhstan, the Government press "
        "service reports.",
    )
    (m,) = reported_meetings(doc)
    assert m.status == "held" and "Alikhan Smailov" in {p.label for p in m.participants}
    assert {c.key for c in m.countries} == {"KZ"}


def test_advisers_chairing_their_inaugural_dialogue_is_a_meeting():
    m, *_ = reported_meetings(
        wh_release(
            "JOINT FACT SHEET: Launching the U.S.-Norway Space Technologies Dialogue",
            "Today, U.S. National Security Advisor Jake Sullivan and Norwegian State Secretary Eivind Vad "
            "Petersson chaired the inaugural U.S.-Norway Space Technologies (ST) Dialogue in Oslo. The "
            "Dialogue will drive cooperation on satellites.",
            released=DAY,
        )
    )
    assert m.status == "held"
    assert {c.key for c in m.countries} == {"US", "NO"}


def test_a_leader_chairing_his_security_council_is_no_meeting():
    doc = _kazinform(
        "Tokayev chairs Security Council meeting",
        "ASTANA. KAZINFORM – Head of State Kassym-Jomart Tokayev chaired a meeting of the Security Council. "
        "Secretary of the Security Council Gizat Nurdauletov reported on the situation.",
    )
    assert reported_meetings(doc) == []
