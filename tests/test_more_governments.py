"""More releases of governments, organizations and news agencies the extractor was never tuned to
(tests/data/more_governments/releases.jsonl, written for the project in the styles of the presidencies
of Uzbekistan, Azerbaijan and Kyrgyzstan, Georgia's government, Australia's and Canada's prime
ministers, Korea's Office of the President, Indonesia's Cabinet Secretariat, the Philippines' PCO,
South Africa's Presidency, Nigeria's State House, Egypt's presidency, the Saudi Press Agency, Qatar's
Amiri Diwan, Israel's PMO, Mexico's SRE, Argentina's Casa Rosada, Poland's KPRM, NATO, the African
Union Commission, the European Commission, AP, Xinhua, TASS, Anadolu, Yonhap, Kyodo and Tengrinews):
meetings held, announced, and a leader with his own governors, ministers, athletes or regions (no
meeting), each with what a reader would key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.extract.our_offices import own_post
from kg.extract.places import news_dateline
from kg.extract.publisher import home_body, home_country
from kg.reference import load_reference
from tests.helpers import release, reported_meetings
from tests.keyed_releases import (
    assert_every_release_keyed,
    assert_reads_as_keyed,
    numbers,
    release_at,
)

DATA = Path(__file__).parent / "data" / "more_governments"
IN, PH = "in_person", "phone"
MBS, TAMIM, SISI = "Mohammed bin Salman", "Tamim bin Hamad Al Thani", "Abdel Fattah Al Sisi"
ERDOGAN, VDL, LEE = "Recep Tayyip Erdoğan", "Ursula von der Leyen", "Lee Jae-myung"

# number: (status, date, mode, participants, countries, venue); None: no meeting
EXPECTED: dict[int, tuple | None] = {
    1: ("held", "2025-02-18", IN, {"Shavkat Mirziyoyev", "Jeyhun Bayramov"}, {"UZ", "AZ"}, "Tashkent"),
    2: None,  # the president with his regions' governors (khokims)
    3: ("held", "2025-01-21", IN, {"Ilham Aliyev", "Irakli Kobakhidze"}, {"AZ", "GE"}, "Baku"),
    4: ("held", "2025-05-12", PH, {"Ilham Aliyev", "Kassym-Jomart Tokayev"}, {"AZ", "KZ"}, None),
    5: None,  # the president with athletes
    6: ("held", "2025-02-05", IN, {"Irakli Kobakhidze", "António Costa"}, {"GE"}, "Brussels"),
    7: ("held", "2025-05-15", IN, {"Anthony Albanese", "Prabowo Subianto"}, {"AU", "ID"}, "Canberra"),
    8: None,  # National Cabinet: the Prime Minister with the Premiers
    9: ("held", "2025-03-17", IN, {"Mark Carney", VDL}, {"CA"}, "Paris"),
    10: ("held", "2025-04-02", PH, {"Mark Carney", "Shigeru Ishiba"}, {"CA", "JP"}, None),
    11: None,  # a First Ministers' Meeting
    12: ("held", "2025-08-23", IN, {LEE, "Shigeru Ishiba"}, {"KR", "JP"}, "Tokyo"),
    13: ("held", "2025-06-06", PH, {LEE, "Donald Trump"}, {"KR", "US"}, None),
    14: None,  # a cabinet meeting, the president's own staff
    15: ("held", "2025-06-16", IN, {"Prabowo Subianto", "Lawrence Wong"}, {"ID", "SG"}, "Bogor"),
    16: None,  # a limited meeting with ministers
    17: ("held", "2025-01-30", IN, {"Ferdinand Marcos Jr.", "Pham Minh Chinh"}, {"PH", "VN"}, "Manila"),
    18: ("planned", "2025-05-21", IN, {"Cyril Ramaphosa", "Donald Trump"}, {"ZA", "US"}, "Washington"),
    19: None,  # an address to a national house of traditional leaders
    20: ("held", "2025-01-30", IN, {"Bola Tinubu", "John Mahama"}, {"NG", "GH"}, "Abuja"),
    21: None,  # the president with governors of his states
    22: ("held", "2025-02-27", IN, {SISI, "Kyriakos Mitsotakis"}, {"EG", "GR"}, "Cairo"),
    23: ("held", "2025-04-08", PH, {MBS, "Emmanuel Macron"}, {"SA", "FR"}, None),
    24: ("held", "2025-05-15", IN, {TAMIM, ERDOGAN}, {"QA", "TR"}, "Lusail"),
    25: ("held", "2025-05-11", IN, {"Benjamin Netanyahu", "Johann Wadephul"}, {"IL", "DE"}, "Jerusalem"),
    26: ("held", "2025-09-03", IN, {"Juan Ramón de la Fuente", "Marco Rubio"}, {"MX", "US"}, "Mexico City"),
    27: ("held", "2024-11-20", IN, {"Javier Milei", "Giorgia Meloni"}, {"AR", "IT"}, "Buenos Aires"),
    28: ("held", "2025-03-13", IN, {"Donald Tusk", VDL}, {"PL"}, "Warsaw"),
    # an organization's own release: "The Secretary General" is its head
    29: ("held", "2025-03-11", IN, {"Mark Rutte", "Ulf Kristersson"}, {"SE"}, "Brussels"),
    30: None,  # the Secretary General with soldiers
    31: ("held", "2025-04-28", IN, {"Mahmoud Ali Youssouf", "Takeshi Iwaya"}, {"JP"}, "Addis Ababa"),
    32: ("held", "2025-02-28", IN, {VDL, "Narendra Modi"}, {"IN"}, "New Delhi"),
    33: ("held", "2025-07-07", IN, {"Donald Trump", "Benjamin Netanyahu"}, {"US", "IL"}, "Washington"),
    34: ("held", "2025-04-14", IN, {"Xi Jinping", "To Lam"}, {"CN", "VN"}, "Hanoi"),
    35: None,  # the head of a special administrative region is no foreign counterpart
    36: ("held", "2025-05-08", IN, {"Vladimir Putin", "Xi Jinping"}, {"RU", "CN"}, "Moscow"),
    37: None,  # a regional governor
    38: ("held", "2025-04-12", IN, {ERDOGAN, "Ahmed al-Sharaa", "Hakan Fidan"}, {"TR", "SY"}, "Istanbul"),
    39: ("held", "2025-08-23", IN, {"Shigeru Ishiba", LEE}, {"JP", "KR"}, "Tokyo"),
    40: None,  # prefectural governors
    41: ("held", "2025-01-29", PH, {"Kassym-Jomart Tokayev", "Vladimir Putin"}, {"KZ", "RU"}, None),
    42: None,  # the akims of the regions
    # India's Foreign Secretary is a civil servant, not the External Affairs Minister
    43: ("held", "2025-01-27", IN, {"Vikram Misri", "Sun Weidong"}, {"IN", "CN"}, "Beijing"),
    # "the Foreign Secretary" of a state with an office of that exact name: its own
    44: ("held", "2025-01-27", PH, {"David Lammy", "Elina Valtonen"}, {"GB", "FI"}, None),
    45: ("held", "2025-02-13", IN, {"Vikram Misri", "Arzu Rana Deuba"}, {"IN", "NP"}, "New Delhi"),
    46: None,  # the head of a special administrative region is no foreign counterpart
    # a news agency's paragraph recalling earlier news ("Earlier, the Head of State held talks with …")
    47: ("held", "2025-03-11", PH, {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"}, {"KZ", "UZ"}, None),
    48: ("held", "2025-03-22", IN, {"Takeshi Iwaya", "Wang Yi"}, {"JP", "CN"}, "Tokyo"),
    49: ("held", "2025-02-17", IN, {"Marco Rubio", MBS}, {"US", "SA"}, "Riyadh"),
    50: ("held", "2025-04-30", PH, {ERDOGAN, "Ilham Aliyev"}, {"TR", "AZ"}, None),
    51: None,  # a congratulatory message
    52: None,  # a national day ceremony with the cabinet and local officials
    53: ("held", "2025-04-16", IN, {"Prabowo Subianto", "Tim Cook"}, {"ID"}, "Jakarta"),
    54: None,  # a statement, and a visit at home to meet affected families
    # a state visit at the Emperor's invitation: talks with the Prime Minister
    55: (
        "planned",
        "2024-12-18",
        IN,
        {"Kassym-Jomart Tokayev", "Naruhito", "Shigeru Ishiba"},
        {"KZ", "JP"},
        "Tokyo",
    ),
    56: ("held", "2025-02-25", IN, {"Sadyr Japarov", "Serdar Berdimuhamedow"}, {"KG", "TM"}, "Ashgabat"),
    57: ("held", "2025-09-17", IN, {"Cho Hyun", "Wang Yi"}, {"KR", "CN"}, "Beijing"),
    58: None,  # the president with his own ambassador to another state
    59: None,  # the Senate's chairman reporting on its foreign contacts
    60: ("held", "2025-05-06", IN, {ERDOGAN, "Tom Barrack"}, {"TR", "US"}, "Ankara"),
    61: None,  # compatriots living abroad
    62: None,  # executives of the publisher's own companies abroad
    63: None,  # the national team
    64: (
        "held",
        "2024-03-28",
        IN,
        {"Luiz Inácio Lula da Silva", "Emmanuel Macron"},
        {"BR", "FR"},
        "Brasília",
    ),
    65: ("held", "2025-06-24", IN, {"Li Qiang", "Lawrence Wong"}, {"CN", "SG"}, "Beijing"),
    66: None,  # the Senate's chairperson reporting on visits abroad
    67: None,  # the head of a region of the state
    68: (
        "held",
        "2024-02-13",
        IN,
        {"Mohamed bin Zayed Al Nahyan", "Narendra Modi"},
        {"AE", "IN"},
        "Abu Dhabi",
    ),
    69: ("held", "2025-02-02", IN, {MBS, "Ahmed al-Sharaa"}, {"SA", "SY"}, "Riyadh"),
    70: ("held", "2025-05-26", IN, {"Anwar Ibrahim", "Shigeru Ishiba"}, {"MY", "JP"}, "Kuala Lumpur"),
    # a visitor's chain of offices before the state they are of
    # ("who is visiting Japan": no city, the capital only likely, eval/CONVENTIONS.md 7)
    71: ("held", "2025-03-03", IN, {"Takeshi Iwaya", "Ahmed Attaf"}, {"JP", "DZ"}, None),
    # a visit announced by a news agency, the venue a country
    72: (
        "planned",
        "2025-03-03",
        IN,
        {"Kassym-Jomart Tokayev", "Emomali Rahmon"},
        {"KZ", "TJ"},
        "Tajikistan",
    ),
    # a title that lost a space between a name and the next word ("AlbaneseAnd")
    73: ("held", "2024-02-29", IN, {"Anthony Albanese", "Ferdinand Marcos Jr."}, {"AU", "PH"}, "Canberra"),
}
# what other lanes' steps still miss, kept as strict expected failures
OTHER_STEPS = {
    69: "a palace the reference data does not know ('Al-Yamamah Palace') is the venue, not the dateline",
    66: "an unknown official of a chamber, no state named ('Chairperson of the Senate of the Oliy Majlis'), "
    "is a counterpart when the lead names states visited",
}


def test_every_release_is_read_and_expected():
    assert_every_release_keyed(DATA, EXPECTED)


@pytest.mark.parametrize("number", numbers(EXPECTED, OTHER_STEPS))
def test_release_reads_as_keyed(number: int):
    assert_reads_as_keyed(release_at(DATA, number), EXPECTED[number])


def test_the_publishing_organization_from_its_name_or_site():
    ref = load_reference()
    for publisher, url, key in (
        ("NATO", None, "nato"),
        (None, "https://www.un.org/sg/en/content/sg/readout/x", "un"),
        ("African Union Commission", "https://au.int/en/pressreleases/x", "african-union"),
        (None, "https://ec.europa.eu/commission/presscorner/detail/en/x", "european-commission"),
    ):
        body = home_body(
            release("A meeting", "They met.", date.fromisoformat("2025-03-03"), publisher=publisher, url=url),
            ref,
        )
        assert body is not None and body.endswith("/organization/" + key), (publisher, url)
    for publisher in ("Kazinform", "Ministry of Foreign Affairs of Japan", "Kremlin of Russia"):
        assert (
            home_body(
                release("A meeting", "They met.", date.fromisoformat("2025-03-03"), publisher=publisher), ref
            )
            is None
        ), publisher


def test_an_office_of_ours_by_the_exact_title():
    ref = load_reference()
    post = own_post(ref, "IN", "Foreign Secretary")
    assert post is not None and post.endswith("/post/in-foreign-secretary")
    assert own_post(ref, "US", "Foreign Secretary") is None


def test_a_special_administrative_region_belongs_to_its_state():
    ref = load_reference()
    assert [ref.sovereign_of(iso) for iso in ("HK", "MO", "FR", "XX")] == ["CN", "CN", "FR", "XX"]


def test_an_honorific_and_a_spokesmans_rank_are_no_part_of_who_meets():
    doc = release(
        "Secretary (East) calls on Vice Foreign Minister of Viet Nam",
        "Secretary (East) Shri Jaideep Mazumdar called on Vice Foreign Minister of Viet Nam Do Hung Viet in "
        "Hanoi today.\n\nAmbassador Randhir Jaiswal, the Spokesperson for the Ministry, said the two sides "
        "reviewed the Comprehensive Strategic Partnership.",
        date.fromisoformat("2025-03-20"),
        publisher="Ministry of External Affairs, Government of India",
        url="https://www.mea.gov.in/press-releases.htm?dtl/1/x",
    )
    meetings = reported_meetings(doc)
    assert [{p.label for p in m.participants} for m in meetings] == [{"Jaideep Mazumdar", "Do Hung Viet"}]


def test_news_datelines_of_more_agencies():
    ref = load_reference()
    for text, city in (
        ("ABU DHABI, 5th March, 2025 (WAM) -- The President received.", "Abu Dhabi"),
        ("Riyadh, April 08, 2025, SPA -- His Royal Highness received.", "Riyadh"),
        ("Jakarta (ANTARA) - President Prabowo met.", "Jakarta"),
        ("New Delhi, Jan 27 (PTI) Prime Minister Modi met.", "New Delhi"),
        ("BAKU, Azerbaijan, March 3. President Ilham Aliyev received.", "Baku"),
        ("BISHKEK, March 3 /Kabar/. President Sadyr Japarov met.", "Bishkek"),
        ("Tokyo, Dec. 19 (Jiji Press)--Prime Minister Shigeru Ishiba met.", "Tokyo"),
        ("RIYADH, Saudi Arabia (AP) — U.S. Secretary of State met.", "Riyadh"),
    ):
        place = news_dateline(text, ref)
        assert place is not None and place.label == city, text
    for text in (
        "Moscow, Russia - sources say.",
        "Washington, D.C. — The President met.",
        "Paris is lovely. Yes.",
    ):
        assert news_dateline(text, ref) is None, text


def test_the_publishers_country_from_its_leaders_spokesman():
    ref = load_reference()
    doc = release_at(DATA, 72)
    assert home_country(doc, ref) == "KZ"  # "… Akorda press secretary Berik Uali said"
    text = "Russian President Vladimir Putin met with the governor, Kremlin spokesman Dmitry Peskov said."
    assert (
        home_country(
            release("Putin meets a governor", text, date.fromisoformat("2025-02-28"), publisher="Interfax"),
            ref,
        )
        == "RU"
    )
