"""Releases of governments, organizations and news agencies the extractor was never tuned to, a third
set (tests/data/world_releases/releases.jsonl, written for the project in the styles of Japan's MOFA,
the German Federal Government, the Élysée, gov.uk, India's MEA, Brazil's Planalto, Türkiye's
Directorate of Communications, the governments of Viet Nam, Thailand, Mongolia, Tajikistan,
Turkmenistan, Georgia, Armenia, Serbia and Hungary, the UN Secretary-General, the OSCE, the OIC, the
CIS, the Eurasian Economic Commission, the SCO Secretariat, and of Reuters, Kazinform, Tengrinews,
Trend, APA, AKIpress, Interfax, RIA Novosti, Anadolu, the Vietnam News Agency, Antara, PTI, Xinhua
and Yonhap): meetings held, calls and video links, visits announced at a press conference, and a
leader with his own governors, mayors, athletes or Security Council (no meeting), each with what a
reader would key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.model import Document
from kg.readers import read_paths
from tests.helpers import reported_meetings
from tests.keyed_releases import (
    assert_every_release_keyed,
    assert_reads_as_keyed,
    numbers,
    release_at,
)

DATA = Path(__file__).parent / "data" / "world_releases"
IN, PH, VC = "in_person", "phone", "video"
TOKAYEV, ERDOGAN, LULA = "Kassym-Jomart Tokayev", "Recep Tayyip Erdoğan", "Luiz Inácio Lula da Silva"
JAISHANKAR, SERDAR = "Subrahmanyam Jaishankar", "Serdar Berdimuhamedow"

# number: (status, date, mode, participants, countries, venue); None: no meeting
EXPECTED: dict[int, tuple | None] = {
    1: ("held", "2025-04-10", PH, {"Takeshi Iwaya", "Bui Thanh Son"}, {"JP", "VN"}, None),
    2: ("held", "2025-07-02", IN, {"Friedrich Merz", "Mette Frederiksen"}, {"DE", "DK"}, "Berlin"),
    3: None,  # the Chancellor with mayors of his own country's cities
    # "The President of the Republic" of an Élysée release: the holder that day
    4: ("held", "2025-03-09", PH, {"Emmanuel Macron", "Donald Trump"}, {"FR", "US"}, None),
    5: ("held", "2025-03-28", IN, {"Emmanuel Macron", "Nawaf Salam"}, {"FR", "LB"}, "Paris"),
    6: ("held", "2025-03-01", IN, {"Keir Starmer", "Volodymyr Zelenskyy"}, {"GB", "UA"}, "London"),
    7: ("held", "2024-07-24", IN, {"David Lammy", JAISHANKAR}, {"GB", "IN"}, "New Delhi"),
    8: None,  # the Prime Minister with newly elected mayors
    9: (
        "planned",
        "2025-03-23",
        IN,
        {JAISHANKAR, "Lawrence Wong", "Vivian Balakrishnan"},
        {"IN", "SG"},
        "Singapore",
    ),
    10: ("held", "2025-05-19", PH, {"Narendra Modi", "Alexander Stubb"}, {"IN", "FI"}, None),
    11: ("held", "2025-03-05", IN, {LULA, "Yamandú Orsi"}, {"BR", "UY"}, "Brasília"),
    12: None,  # the President with the governors of his states
    13: ("held", "2025-06-14", PH, {ERDOGAN, "Masoud Pezeshkian"}, {"TR", "IR"}, None),
    14: None,  # the National Security Council under the President
    15: ("held", "2025-04-02", IN, {"Pham Minh Chinh", "Thongsavanh Phomvihane"}, {"VN", "LA"}, "Hanoi"),
    # a wire's dateline abroad ("Tokyo (VNA) –") is where the talks were
    16: ("held", "2025-05-28", IN, {"Pham Minh Chinh", "Shigeru Ishiba"}, {"VN", "JP"}, "Tokyo"),
    17: ("held", "2025-01-17", IN, {"Paetongtarn Shinawatra", "Anwar Ibrahim"}, {"TH", "MY"}, "Bangkok"),
    18: ("held", "2024-06-10", IN, {"Ukhnaagiin Khurelsukh", "Murat Nurtleu"}, {"MN", "KZ"}, "Ulaanbaatar"),
    19: None,  # the President with herders and local administrations
    20: ("held", "2024-08-22", IN, {"Emomali Rahmon", "Shavkat Mirziyoyev"}, {"TJ", "UZ"}, "Khujand"),
    21: ("held", "2025-01-10", PH, {SERDAR, "Ilham Aliyev"}, {"TM", "AZ"}, None),
    22: ("held", "2025-02-20", IN, {"Maka Botchorishvili", "Ararat Mirzoyan"}, {"GE", "AM"}, "Tbilisi"),
    23: ("held", "2025-03-14", PH, {"Nikol Pashinyan", "Emmanuel Macron"}, {"AM", "FR"}, None),
    24: None,  # the Prime Minister's own Security Council
    25: ("held", "2025-01-31", IN, {"Aleksandar Vučić", "Péter Szijjártó"}, {"RS", "HU"}, "Belgrade"),
    26: ("held", "2025-02-13", IN, {"Viktor Orbán", "Robert Fico"}, {"HU", "SK"}, "Bratislava"),
    27: ("held", "2024-09-24", IN, {"António Guterres", "Luis Abinader"}, {"DO"}, None),
    28: ("held", "2025-03-19", IN, {"Feridun Sinirlioğlu", "Murat Nurtleu"}, {"KZ"}, "Vienna"),
    29: ("held", "2025-02-09", IN, {"Hissein Brahim Taha", "Touhid Hossain"}, {"BD"}, "Jeddah"),
    30: ("held", "2025-04-11", IN, {"Sergey Lebedev", "Jeenbek Kulubaev"}, {"KG"}, "Minsk"),
    31: ("held", "2025-03-26", IN, {"Bakytzhan Sagintayev", "Nikol Pashinyan"}, {"AM"}, "Yerevan"),
    32: ("held", "2025-02-24", IN, {"Nurlan Yermekbayev", "Ishaq Dar"}, {"PK"}, "Beijing"),
    33: ("held", "2024-10-10", IN, {"Shigeru Ishiba", "Li Qiang"}, {"JP", "CN"}, "Vientiane"),
    # a wire's "on Friday", the day before its date
    34: ("held", "2025-02-07", IN, {"Donald Trump", "Shigeru Ishiba"}, {"US", "JP"}, "Washington"),
    35: ("held", "2025-01-21", VC, {"Vladimir Putin", "Xi Jinping"}, {"RU", "CN"}, None),
    36: None,  # the President with his own Secretary of the Security Council
    37: None,  # the President with athletes
    38: ("held", "2024-11-12", IN, {TOKAYEV, ERDOGAN}, {"KZ", "TR"}, "Baku"),
    39: None,  # the President with newly elected rural akims
    # the country the text says the talks took place in
    40: ("held", "2025-03-21", IN, {TOKAYEV, SERDAR}, {"KZ", "TM"}, "Turkmenistan"),
    # a news agency's dateline at home ("BAKU, Azerbaijan, April 3.") is no venue (SCHEMA)
    41: ("held", "2025-04-03", IN, {"Ilham Aliyev", "Péter Szijjártó"}, {"AZ", "HU"}, None),
    42: None,  # the President with his newly appointed district heads
    43: ("held", "2025-01-22", PH, {"Ilham Aliyev", "Shavkat Mirziyoyev"}, {"AZ", "UZ"}, None),
    44: ("held", "2025-04-21", IN, {"Sadyr Japarov", "Wang Yi"}, {"KG", "CN"}, "Bishkek"),
    45: None,  # the President with his representatives in the regions
    46: ("held", "2024-12-07", PH, {"Sergey Lavrov", "Hakan Fidan"}, {"RU", "TR"}, None),
    47: None,  # the President with his Security Council
    # a visit announced at a press conference, the talks' day given
    48: ("planned", "2024-06-03", IN, {"Hakan Fidan", "Wang Yi"}, {"TR", "CN"}, "Beijing"),
    49: ("planned", "2024-06-15", IN, {"Li Qiang", "Anthony Albanese"}, {"CN", "AU"}, "Australia"),
    # "yesterday" under a dateline abroad, at a residence of that city
    50: ("held", "2025-04-09", IN, {"Prabowo Subianto", ERDOGAN}, {"ID", "TR"}, "Ankara"),
    51: ("held", "2025-05-05", PH, {"Narendra Modi", "Vladimir Putin"}, {"IN", "RU"}, None),
    52: ("held", "2025-04-11", IN, {"Xi Jinping", "Pedro Sánchez"}, {"CN", "ES"}, "Beijing"),
    53: None,  # the President with local officials and entrepreneurs of a province
    54: ("planned", "2024-12-18", IN, {TOKAYEV, "Shigeru Ishiba"}, {"KZ", "JP"}, "Tokyo"),
    55: ("held", "2025-06-16", IN, {"Lee Jae-myung", "Anthony Albanese"}, {"KR", "AU"}, "Calgary"),
    56: ("held", "2024-04-30", VC, {"Ilham Aliyev", "Sadyr Japarov"}, {"AZ", "KG"}, None),
    57: ("held", "2025-05-08", PH, {ERDOGAN, "Shehbaz Sharif"}, {"TR", "PK"}, None),
    58: None,  # the Prime Minister with the akims of regions
    # a news agency reporting two foreign leaders' talks: no leader of its own joins
    59: ("held", "2025-05-08", IN, {"Vladimir Putin", "Xi Jinping"}, {"RU", "CN"}, "Moscow"),
    60: None,  # the President with a newly appointed regional governor
    61: ("held", "2025-03-05", IN, {"Alexander Lukashenko", "Péter Szijjártó"}, {"BY", "HU"}, "Minsk"),
    62: None,  # the Prime Minister with residents of a province
    63: None,  # the President with his own Senate's chairperson
    64: ("held", "2025-03-07", IN, {"Sadyr Japarov", SERDAR}, {"KG", "TM"}, "Bishkek"),
    65: ("held", "2025-06-12", IN, {"Sadyr Japarov", "Ukhnaagiin Khurelsukh"}, {"KG", "MN"}, "Mongolia"),
    66: None,  # the President with his Prosecutor General
    # arrived, the talks tomorrow: planned; the dateline abroad is the venue
    67: ("planned", "2025-04-22", IN, {TOKAYEV, "Ilham Aliyev"}, {"KZ", "AZ"}, "Baku"),
    # a visit a spokesman told reporters of ("on Thursday" is the day of the telling)
    68: ("planned", "2024-11-27", IN, {"Vladimir Putin", TOKAYEV}, {"RU", "KZ"}, "Astana"),
    69: ("planned", "2025-06-16", IN, {"Xi Jinping", TOKAYEV}, {"CN", "KZ"}, "Kazakhstan"),
    # an agency of no known country: its dateline is not known to be abroad (eval/CONVENTIONS.md 7)
    70: ("held", "2025-02-18", IN, {"Marco Rubio", "Mohammed bin Salman"}, {"US", "SA"}, None),
    71: ("held", "2024-12-20", VC, {ERDOGAN, "Vladimir Putin"}, {"TR", "RU"}, None),
    72: None,  # the President's own Security Council
    73: None,  # the President with a regional governor
    74: ("held", "2025-06-13", PH, {"Wang Yi", "Abbas Araghchi"}, {"CN", "IR"}, None),
    75: ("held", "2025-03-31", IN, {"Shigeru Ishiba", "Anthony Albanese"}, {"JP", "AU"}, "Canberra"),
    # a minister receiving a foreign ambassador; the agency's dateline at home is no venue
    76: ("held", "2025-02-12", IN, {"Murat Nurtleu", "Ichiro Ogasawara"}, {"KZ", "JP"}, None),
    77: None,  # the President with mothers of large families
    78: None,  # the President with newly inaugurated governors, regents and mayors
    # a visit a Foreign Secretary told a media briefing of
    79: ("planned", "2025-06-15", IN, {"Narendra Modi", "Nikos Christodoulides"}, {"IN", "CY"}, "Cyprus"),
    80: ("held", "2025-04-03", PH, {"António Guterres", TOKAYEV}, {"KZ"}, None),
    # "yesterday" under a dateline dated the release's day
    81: ("held", "2025-04-11", IN, {"Jeyhun Bayramov", "Hakan Fidan"}, {"AZ", "TR"}, "Antalya"),
    82: None,  # the President with his country's national team
    83: None,  # the President with his own State Secretary
    84: None,  # the President with his own Secretaries of State and Defense
    85: None,  # the President with his Supreme Court's chairman
    86: None,  # the President with the head of a national company
    # a foreign company's head: held, his company's state no side (SCHEMA)
    87: ("held", "2024-09-10", IN, {TOKAYEV, "Mike Wirth"}, {"KZ"}, "Astana"),
    88: ("held", "2025-05-14", IN, {"Shavkat Mirziyoyev", "Odile Renaud-Basso"}, {"UZ"}, None),
    89: None,  # the President with the hokims of regions
    90: ("held", "2025-02-03", PH, {"Shavkat Mirziyoyev", TOKAYEV}, {"UZ", "KZ"}, None),
    91: ("held", "2025-09-18", IN, {"Ilham Aliyev", "Kirsty Coventry"}, {"AZ"}, None),
    92: None,  # the President with residents of a city
    93: None,  # the President with a city's governor
    94: None,  # the Prime Minister with the national team
    95: None,  # the President with the heads of cities and provinces
    96: None,  # the President with the national team
    97: ("held", "2025-08-15", IN, {TOKAYEV, "Shavkat Mirziyoyev"}, {"KZ", "UZ"}, "Uzbekistan"),
    # a visit to the agency's country another government announced: no city named
    98: ("planned", "2025-05-06", IN, {ERDOGAN, TOKAYEV}, {"TR", "KZ"}, None),
    99: ("held", "2025-03-09", PH, {"Mohammed bin Salman", "Masoud Pezeshkian"}, {"SA", "IR"}, None),
    100: ("held", "2025-05-13", IN, {"Xi Jinping", LULA}, {"CN", "BR"}, "Beijing"),
    # the agency's home dateline kept for a meeting abroad is no venue: the summit's city is
    101: ("held", "2024-12-26", IN, {TOKAYEV, "Vladimir Putin"}, {"KZ", "RU"}, "St Petersburg"),
    102: ("held", "2025-01-15", PH, {"Jeyhun Bayramov", "Sergey Lavrov"}, {"AZ", "RU"}, None),
    103: ("held", "2025-03-18", IN, {"Roman Vassilenko", "Terhi Hakala"}, {"KZ"}, "Astana"),
    104: ("planned", "2025-02-26", IN, {"Keir Starmer", "Donald Trump"}, {"GB", "US"}, "Washington"),
    105: None,  # the party leader with a city's party committee
    106: ("held", "2025-01-10", IN, {"Anwar Ibrahim", "Takeshi Iwaya"}, {"MY", "JP"}, None),
    107: None,  # the President with athletes
    108: None,  # the President's own Security Council
    # the day the news was told ("said on Saturday") before the day of the meeting ("on Friday")
    109: ("held", "2025-08-29", IN, {"Shigeru Ishiba", "Narendra Modi"}, {"JP", "IN"}, "Tokyo"),
    110: ("held", "2025-04-07", IN, {"Wang Yi", "Murat Nurtleu"}, {"CN", "KZ"}, "Beijing"),
    111: ("held", "2025-01-30", IN, {"Sergey Lavrov", "Hakan Fidan"}, {"RU", "TR"}, "Moscow"),
    112: ("held", "2025-03-05", PH, {"Volodymyr Zelenskyy", "Emmanuel Macron"}, {"UA", "FR"}, None),
    113: ("held", "2025-04-28", PH, {TOKAYEV, ERDOGAN}, {"KZ", "TR"}, None),
    114: ("held", "2025-11-05", IN, {"Emmanuel Macron", TOKAYEV}, {"FR", "KZ"}, "Kazakhstan"),
    115: ("held", "2025-02-13", VC, {"Vladimir Putin", "Alexander Lukashenko"}, {"RU", "BY"}, None),
    116: ("held", "2024-08-10", IN, {JAISHANKAR, "Mohamed Muizzu"}, {"IN", "MV"}, "Malé"),
    117: ("planned", "2025-06-25", IN, {ERDOGAN, "Donald Trump"}, {"TR", "US"}, "The Hague"),
    118: None,  # the President with his city's mayor
    119: None,  # the President with his state governors (a newspaper on a .com address)
    120: None,  # the President with her regional commissioners
    121: None,  # a president the reference data does not know, with his own mayors
    122: (
        "held",
        "2025-02-20",
        IN,
        {"Nikos Christodoulides", "Kyriakos Mitsotakis"},
        {"CY", "GR"},
        "Nicosia",
    ),
    123: None,  # the President with athletes
    124: None,  # the President's videoconference with his regions' heads
    # a visit to the publisher's own country, no city named (eval/CONVENTIONS.md 7)
    125: ("held", "2025-06-12", IN, {"Ukhnaagiin Khurelsukh", "Sadyr Japarov"}, {"MN", "KG"}, None),
}
# what other lanes' steps still miss, kept as strict expected failures
OTHER_STEPS = {
    29: "an office the people steps do not read ('the Foreign Affairs Adviser of Bangladesh, X'): no side",
    87: "a company's head named by its company and offices first ('Chevron Chairman and CEO X'): no side, "
    "no meeting (as tests/test_more_governments.py 53)",
}


def test_every_release_is_read_and_expected():
    assert_every_release_keyed(DATA, EXPECTED)


@pytest.mark.parametrize("number", numbers(EXPECTED, OTHER_STEPS))
def test_release_reads_as_keyed(number: int):
    assert_reads_as_keyed(release_at(DATA, number), EXPECTED[number])


def test_a_wires_dateline_dates_its_filing_not_the_meeting():
    from kg.extract.dates import meeting_date
    from kg.extract.elsewhere import of_other_time

    s = "LIMA, Nov 16 (Reuters) - The two presidents met on Friday at the summit venue."
    assert meeting_date([s], date(2024, 11, 16), False) == (date(2024, 11, 15), 0)
    s = "SEOUL, May 3 (Yonhap) -- The ministers held talks in Seoul yesterday."
    assert meeting_date([s], date(2025, 5, 3), False) == (date(2025, 5, 2), 0)
    # … and a plan's day later than the dateline's is no other time
    s = "Hanoi, Jun 2 (VNA) - The Prime Minister will travel to Laos on June 9 for talks."
    assert not of_other_time(s, date(2025, 6, 9))
    # with no other day, the dateline's day stands
    s = "CAIRO, March 3 (Reuters) - The two leaders met to discuss the ceasefire."
    assert meeting_date([s], date(2025, 3, 4), False) == (date(2025, 3, 3), 0)


def test_the_day_a_visit_was_told_at_a_press_conference_is_not_the_visits():
    from kg.extract.dates import meeting_date

    s = "The Minister will visit Brazil next month, a spokesman told a press conference on Tuesday."
    assert meeting_date([s, "He will meet his counterpart on July 8."], date(2025, 6, 17), True)[1] == 1


def test_bilateral_ties_discussed_say_no_meeting_in_person():
    from kg.extract.mode import detect_mode

    texts = ["Leader speaks to counterpart, discusses bilateral ties", "He spoke to him over the phone."]
    assert detect_mode(texts) == ("phone", 1)
    assert detect_mode(["Leaders hold bilateral talks in Rome"]) == ("in_person", 0)


def test_who_tells_the_press_of_a_visit_takes_no_part_in_it():
    text = (
        "ROME, May 2 (ANSA) - Prime Minister Giorgia Meloni will travel to Japan on May 20 for talks with "
        "Prime Minister Shigeru Ishiba, Foreign Minister Antonio Tajani told reporters on Friday."
    )
    doc = Document(
        reader="jsonl",
        identifier="x.jsonl#1",
        title="Meloni to visit Japan",
        text=text,
        date=date(2025, 5, 2),
        publisher="ANSA",
    )
    (m,) = reported_meetings(doc)
    assert {p.label for p in m.participants} == {"Giorgia Meloni", "Shigeru Ishiba"}
    assert (m.status, m.date, m.venue.label if m.venue else None) == ("planned", date(2025, 5, 20), "Japan")


def test_a_news_agency_of_a_known_country_adds_no_leader_of_its_own():
    import dataclasses

    doc = dataclasses.replace(release_at(DATA, 59), url="https://www.inform.kz/en/putin-xi-talks-sample")
    (m,) = reported_meetings(doc)
    assert {p.label for p in m.participants} == {"Vladimir Putin", "Xi Jinping"}


def test_the_publishers_country_from_its_leader_named_by_a_bare_title():
    from kg.extract.publisher import home_country
    from kg.reference import load_reference

    ref = load_reference()
    assert home_country(release_at(DATA, 98), ref) == "KZ"
    text = "Japanese Prime Minister Shigeru Ishiba will meet President Lee Jae-myung in Seoul on Monday."
    doc = Document(
        reader="jsonl", identifier="x.jsonl#1", title="Ishiba to visit", text=text, date=date(2025, 9, 26)
    )
    assert home_country(doc, ref) == "KR"
    # both leaders named by their states: no sign of the publisher's
    text = "U.S. President Donald Trump met Japanese Prime Minister Shigeru Ishiba on Friday."
    doc = Document(
        reader="jsonl", identifier="x.jsonl#1", title="Trump meets Ishiba", text=text, date=date(2025, 2, 8)
    )
    assert home_country(doc, ref) is None


def test_a_feeds_fields_under_the_names_news_agencies_give_them(tmp_path: Path):
    import json

    line = {
        "headline": "Tokayev receives Almaty mayor",
        "content": "ASTANA. KAZINFORM – The President received the mayor.",
        "pubDate": "2025-01-21T10:00:00+05:00",
        "source": "Kazinform",
        "dateline": "Astana",
        "link": "https://qazinform.com/news/x",
    }
    (tmp_path / "feed.jsonl").write_text(json.dumps(line, ensure_ascii=False) + "\n", encoding="utf-8")
    (doc,) = [d for d in read_paths([tmp_path]) if isinstance(d, Document)]
    assert (doc.title, doc.date, doc.publisher, doc.location, doc.url) == (
        "Tokayev receives Almaty mayor",
        date(2025, 1, 21),
        "Kazinform",
        "Astana",
        "https://qazinform.com/news/x",
    )
    assert doc.published is not None and doc.published.hour == 10


def test_a_country_where_they_met_before_a_city_of_another_state_told_later():
    from kg.extract.places import find_venue
    from kg.reference import load_reference

    ref = load_reference()
    first = (
        "The National Security Advisor met on May 10-11 with Member of the Politburo, Director of the "
        "Office of the Commission, and Foreign Minister Wang Yi in Malta."
    )
    later = "This follows talks between the two ministers and their counterparts in Beijing."
    venue, i = find_venue(["Title", first, later], ref, None, None, day=date(2024, 5, 10), home="US")
    assert venue is not None and (venue.label, i) == ("Malta", 1)
    # a city of that country, told later, stays the venue
    later = "The talks were held in Valletta."
    venue, i = find_venue(["Title", first, later], ref, None, None, day=date(2024, 5, 10), home="US")
    assert venue is not None and venue.label == "Valletta"
