"""Mechanisms that carry to releases and governments the rules were not written on (issue 14):
the publisher's country from the release, everyone at a multilateral meeting, summits and
leaders' statements, frameworks named by their form, datelines of news agencies."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.doc import analyse
from kg.extract.publisher import home_country, is_news_media
from kg.reference import load_reference
from tests.helpers import release

DAY = date(2023, 7, 13)


def test_a_news_agency_gets_its_country_from_the_address_the_press_service_or_the_title():
    ref = load_reference()
    by_url = release("Talks held", "Text.", DAY, publisher="Kazinform", url="https://www.inform.kz/en/x")
    by_office = release(
        "Talks held", "The talks were held, the Akorda press service reports.", DAY, publisher="NSN"
    )
    by_title = release("Kazakh President receives governor", "Text.", DAY, url="https://astanatimes.com/x")
    nothing = release("Talks held", "Text.", DAY, publisher="Some Agency", url="https://example.com/x")
    assert home_country(by_url, ref) == "KZ"
    assert home_country(by_office, ref) == "KZ"
    assert home_country(by_title, ref) == "KZ"
    assert home_country(nothing, ref) is None
    assert home_country(release("T", "x.", DAY, reader="whitehouse"), ref) == "US"
    assert is_news_media(by_url) and not is_news_media(release("T", "x.", DAY, reader="whitehouse"))


def test_a_news_agency_s_president_meeting_his_own_governor_is_no_diplomatic_meeting():
    ex = extract(
        release(
            "Kazakh President holds meeting with governor of Akmola region",
            "Kassym-Jomart Tokayev held a meeting with Governor of Akmola region Marat Akhmetzhanov. "
            "The governor reported on the region's economy.",
            date(2021, 3, 2),
            publisher="Kazinform",
            url="https://www.inform.kz/en/x",
        )
    )
    assert [m for m in ex.meetings if not m.mentioned] == []


def test_the_prime_ministers_of_several_states_make_each_state_a_participant():
    ex = extract(
        release(
            "Readout of the Third United States – Nordic Leaders’ Summit",
            "On 13 July 2023, the Presidents of Finland and the United States and the Prime Ministers of "
            "Denmark, Iceland, Norway, and Sweden met in Helsinki for the third U.S.-Nordic Leaders’ Summit. "
            "The leaders discussed security.",
            DAY,
            reader="whitehouse",
        )
    )
    m = ex.meetings[0]
    assert m.status == "held"
    assert {c.key for c in m.countries} >= {"US", "FI", "DK", "IS", "NO", "SE"}
    # every country still points to a sentence of the release
    assert all(st.evidence is not None for st in m.evidence if st.field == "country")


def test_leaders_brought_together_by_a_summit_take_part():
    ex = extract(
        release(
            "Kazakh President takes part in the Summit of Turkic States",
            "Kazakh President Kassym-Jomart Tokayev took part in the Summit of Turkic States in Istanbul. "
            "The forum brought together Azerbaijani President Ilham Aliyev, Kazakh President Kassym-Jomart "
            "Tokayev, Kyrgyz President Sadyr Japarov and Uzbek President Shavkat Mirziyoyev.",
            date(2021, 11, 12),
            publisher="Kazinform",
            url="https://www.inform.kz/en/x",
        )
    )
    m = ex.meetings[0]
    assert {c.key for c in m.countries} >= {"KZ", "AZ", "KG", "UZ"}
    assert {p.label for p in m.participants} >= {"Ilham Aliyev", "Shavkat Mirziyoyev"}


def test_a_leaders_participation_in_a_summit_reports_a_meeting():
    ex = extract(
        release(
            "Readout of President Biden’s Participation in the ASEAN-U.S. Summit",
            "President Biden and President of Indonesia Joko Widodo, with the Heads of State/Government of "
            "the Member States of ASEAN, met on 6 September 2023 in Jakarta, Indonesia.",
            date(2023, 9, 6),
            reader="whitehouse",
        )
    )
    assert [m.status for m in ex.meetings if not m.mentioned] == ["held"]


def test_a_named_facility_is_a_framework_and_a_press_call_is_no_phone_call():
    ex = extract(
        release(
            "Readout of President Biden’s Meeting with President Lula of Brazil",
            "President Biden met today with President Luiz Inácio Lula da Silva of Brazil. "
            "They discussed the Tropical Forests Forever Facility and the Connecting Europe Facility.",
            date(2023, 9, 20),
            reader="whitehouse",
        )
    )
    m = ex.meetings[0]
    labels = {f.label for f in m.frameworks}
    assert {"Tropical Forests Forever Facility", "Connecting Europe Facility"} <= labels
    assert m.mode == "in_person"


def test_a_news_agency_s_dateline_is_not_the_venue():
    doc = release(
        "Kazakh President meets Uzbek President",
        "Kazakh President Kassym-Jomart Tokayev met with President of Uzbekistan Shavkat Mirziyoyev. "
        "They discussed trade.",
        date(2023, 3, 2),
        publisher="Kazinform",
        url="https://www.inform.kz/en/x",
        location="Astana",
    )
    assert analyse(doc, load_reference()).home == "KZ"
    m = extract(doc).meetings[0]
    assert m.venue is None


def _people(title: str, text: str, url: str, released: date) -> list[str]:
    ex = extract(release(title, text, released, reader="html", url=url))
    return sorted(p.label for m in ex.meetings if not m.mentioned for p in m.participants)


def test_a_prime_minister_s_office_speaks_for_its_prime_minister_not_the_head_of_state():
    """A government whose leader is its head of government: "The Prime Minister spoke to …" is the
    Prime Minister of the publisher's state that day (not the monarch), and so is the principal of
    a release that names none of its people (dmo:Leader of the reference data)."""
    text = (
        "The Prime Minister spoke to German Chancellor Olaf Scholz this afternoon. The leaders discussed "
        "the situation in Ukraine and agreed on the importance of continued support."
    )
    uk = "https://www.gov.uk/government/news/pm-call-with-chancellor-scholz-3-march-2023"
    assert _people("PM call with Chancellor Scholz: 3 March 2023", text, uk, date(2023, 3, 3)) == [
        "Olaf Scholz",
        "Rishi Sunak",
    ]
    japan = "https://japan.kantei.go.jp/101_kishida/actions/202302/x.html"
    met = "A summit meeting was held with President of the Philippines Ferdinand Marcos Jr. in Tokyo."
    assert "Fumio Kishida" in _people("Japan-Philippines Summit Meeting", met, japan, date(2023, 2, 9))


def test_a_head_of_state_s_office_in_a_parliamentary_state_speaks_for_the_head_of_state():
    """The Federal President's office names its principal bare too: the head of state, not the
    Chancellor who leads the state at summits."""
    text = "The Federal President spoke with President of Finland Sauli Niinistö on the telephone today."
    url = "https://www.bundespraesident.de/SharedDocs/Pressemitteilungen/EN/x.html"
    found = _people("Telephone call with the President of Finland", text, url, date(2023, 3, 3))
    assert found == ["Frank-Walter Steinmeier", "Sauli Niinistö"]


def test_the_co_chairs_of_a_working_level_meeting_take_part_with_the_state_their_title_names():
    """A working group's meeting told without a leader: who co-chaired it takes part, and "U.S."
    before a title gives the state as "US" or "American" would."""
    text = (
        "The inaugural meeting of the ROK-US Nuclear Consultative Group was held in Washington on July "
        "18. Deputy National Security Advisor Kim Tae-hyo and U.S. Deputy National Security Advisor "
        "Kurt Campbell co-chaired the meeting."
    )
    url = "https://www.mofa.go.kr/eng/brd/m_5676/view.do?seq=1"
    ex = extract(
        release(
            "Inaugural Meeting of the ROK-US Nuclear Consultative Group", text, DAY, reader="html", url=url
        )
    )
    (meeting,) = [m for m in ex.meetings if not m.mentioned]
    assert {"Kim Tae-hyo", "Kurt Campbell"} <= {p.label for p in meeting.participants}
    assert {c.key for c in meeting.countries} >= {"US", "KR"}
    (campbell,) = [p for p in meeting.participants if p.label == "Kurt Campbell"]
    assert campbell.props.get("country") == "US"


def test_a_partnership_keeps_the_qualities_other_governments_give_it():
    """ "permanent", "all-weather", "cooperative": a bilateral partnership's name as its writers
    qualify it, not only its generic tail ("comprehensive strategic partnership")."""
    text = (
        "BEIJING, March 3 (Xinhua) -- Chinese President Xi Jinping held talks with Kazakh President "
        "Kassym-Jomart Tokayev in Beijing on Friday. The two heads of state agreed to deepen the "
        "China-Kazakhstan permanent comprehensive strategic partnership and the China-Pakistan all-weather "
        "strategic cooperative partnership was also mentioned."
    )
    ex = extract(
        release(
            "Chinese, Kazakh presidents hold talks", text, DAY, reader="html", url="https://english.news.cn/x"
        )
    )
    labels = {f.label for m in ex.meetings for f in m.frameworks}
    assert "China-Kazakhstan permanent comprehensive strategic partnership" in labels
    assert "China-Pakistan all-weather strategic cooperative partnership" in labels
