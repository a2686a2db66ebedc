"""Releases of governments, organizations and news agencies the extractor was never tuned to
(tests/data/other_governments: written for the project in the styles of India's MEA, the UK Prime
Minister's Office, Japan's MOFA, the German Federal Government, the Élysée, the Turkish Presidency,
Brazil's Planalto, China's MFA, the UN Secretary-General, the European Council, Kazinform, Reuters
and AZERTAC), with what a reader would key; and the mechanisms that make them read right: the
publisher's country from the release itself, a country or a wire dateline as the venue."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kg.extract import extract
from kg.extract.places import find_venue, news_dateline
from kg.extract.publisher import home_country
from kg.model import Document
from kg.reference import load_reference
from tests.helpers import release
from tests.keyed_releases import assert_reads_as_keyed, documents, numbers

DATA = Path(__file__).parent / "data" / "other_governments"
J = "other_governments.jsonl#"

# identifier: (status, date, mode, participants, countries, venue); None: no meeting
EXPECTED: dict[str, tuple | None] = {
    "mea-modi-luxon.html": (
        "held",
        "2025-03-17",
        "in_person",
        {"Narendra Modi", "Christopher Luxon"},
        {"IN", "NZ"},
        "New Delhi",
    ),
    "elysee-macron-modi.html": (
        "held",
        "2025-02-11",
        "in_person",
        {"Emmanuel Macron", "Narendra Modi"},
        {"FR", "IN"},
        "Paris",
    ),
    # no og:site_name: the site is named in <title> ("… | Élysée")
    "elysee-macron-ruto.html": (
        "held",
        "2025-06-10",
        "in_person",
        {"Emmanuel Macron", "William Ruto"},
        {"FR", "KE"},
        None,
    ),
    "bundesregierung-laender.md": None,  # the Chancellor and the heads of the federal states
    "tccb-mayors.md": None,  # a president receiving his own mayors
    J + "1": ("held", "2024-10-10", "in_person", {"Narendra Modi", "Shigeru Ishiba"}, {"IN", "JP"}, "Laos"),
    J + "2": ("held", "2025-03-03", "phone", {"Keir Starmer", "Alexander Stubb"}, {"GB", "FI"}, None),
    J + "3": ("held", "2025-06-15", "in_person", {"Keir Starmer", "Mark Carney"}, {"GB", "CA"}, "London"),
    J + "4": ("held", "2025-03-10", "phone", {"Shigeru Ishiba", "Pham Minh Chinh"}, {"JP", "VN"}, None),
    J + "5": ("held", "2025-06-18", "in_person", {"Friedrich Merz", "Donald Tusk"}, {"DE", "PL"}, "Berlin"),
    J + "6": (
        "planned",
        "2025-06-05",
        "in_person",
        {"Friedrich Merz", "Donald Trump"},
        {"DE", "US"},
        "Washington",
    ),
    J + "7": (
        "held",
        "2025-05-06",
        "phone",
        {"Emmanuel Macron", "Luiz Inácio Lula da Silva"},
        {"FR", "BR"},
        None,
    ),
    J + "8": ("held", "2025-02-21", "phone", {"Recep Tayyip Erdoğan", "Giorgia Meloni"}, {"TR", "IT"}, None),
    J + "9": (
        "held",
        "2025-02-13",
        "in_person",
        {"Recep Tayyip Erdoğan", "Shehbaz Sharif"},
        {"TR", "PK"},
        "Ankara",
    ),
    J + "10": (
        "held",
        "2025-04-22",
        "in_person",
        {"Luiz Inácio Lula da Silva", "Gabriel Boric"},
        {"BR", "CL"},
        "Brasília",
    ),
    J + "11": ("held", "2025-04-16", "in_person", {"Xi Jinping", "Anwar Ibrahim"}, {"CN", "MY"}, "Putrajaya"),
    J + "12": ("held", "2025-03-27", "in_person", {"Wang Yi", "Jean-Noël Barrot"}, {"CN", "FR"}, "Beijing"),
    J + "13": (
        "held",
        "2024-09-23",
        "in_person",
        {"António Guterres", "Kassym-Jomart Tokayev"},
        {"KZ"},
        "New York",
    ),
    J + "14": ("held", "2025-01-15", "phone", {"António Guterres", "Bassirou Diomaye Faye"}, {"SN"}, None),
    J + "15": ("held", "2025-01-20", "phone", {"António Costa", "Shigeru Ishiba"}, {"JP"}, None),
    J + "16": (
        "held",
        "2025-03-03",
        "in_person",
        {"Kassym-Jomart Tokayev", "Emomali Rahmon"},
        {"KZ", "TJ"},
        "Dushanbe",
    ),
    J + "17": (
        "held",
        "2025-04-04",
        "in_person",
        {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"},
        {"KZ", "UZ"},
        "Samarkand",
    ),
    J + "18": (
        "held",
        "2024-10-10",
        "in_person",
        {"Kassym-Jomart Tokayev", "Thongloun Sisoulith"},
        {"KZ", "LA"},
        "Laos",
    ),
    J + "19": (
        "held",
        "2025-02-11",
        "in_person",
        {"Kassym-Jomart Tokayev", "Péter Szijjártó"},
        {"KZ", "HU"},
        "Astana",
    ),
    J + "20": None,  # the President receiving his own foreign minister
    J + "21": (
        "held",
        "2024-12-16",
        "in_person",
        {"Narendra Modi", "Anura Kumara Dissanayake"},
        {"IN", "LK"},
        "New Delhi",
    ),
    J + "22": (
        "planned",
        "2025-05-13",
        "in_person",
        {"Luiz Inácio Lula da Silva", "Xi Jinping"},
        {"BR", "CN"},
        "Beijing",
    ),
    J + "23": ("held", "2024-11-06", "in_person", {"Ilham Aliyev", "Sadyr Japarov"}, {"AZ", "KG"}, "Bishkek"),
    J + "24": (
        "held",
        "2025-04-22",
        "in_person",
        {"Kassym-Jomart Tokayev", "Ilham Aliyev"},
        {"KZ", "AZ"},
        "Baku",
    ),
    J + "25": (
        "held",
        "2024-12-19",
        "in_person",
        {"Kassym-Jomart Tokayev", "Shavkat Mirziyoyev"},
        {"KZ", "UZ"},
        "Tashkent",
    ),
    J + "26": None,  # the Prime Minister with the First Ministers of the devolved governments
    J + "27": (
        "held",
        "2025-03-12",
        "in_person",
        {"Shigeru Ishiba", "Anthony Albanese"},
        {"JP", "AU"},
        None,  # "who is visiting Japan": no city, the capital only likely (eval/CONVENTIONS.md 7)
    ),
    J + "28": (
        "planned",
        "2025-06-16",
        "in_person",
        {"Xi Jinping", "Kassym-Jomart Tokayev"},
        {"CN", "KZ"},
        "Astana",
    ),
}
# what other steps still miss (participants, dates): kept as strict expected failures
OTHER_STEPS: dict[str, str] = {}


def _documents() -> dict[str, Document]:
    return documents(DATA)


def test_every_release_is_read_and_expected():
    assert set(_documents()) == set(EXPECTED)


@pytest.mark.parametrize("ident", numbers(EXPECTED, OTHER_STEPS))
def test_release_reads_as_keyed(ident: str):
    assert_reads_as_keyed(_documents()[ident], EXPECTED[ident])


def _release(publisher: str | None, url: str | None = None) -> Document:
    return release("A meeting", "They met.", date(2025, 3, 3), publisher=publisher, url=url)


def test_publisher_country_from_the_seat_or_office_it_names():
    ref = load_reference()
    for publisher, iso in (
        ("Prime Minister's Office, 10 Downing Street", "GB"),
        ("Élysée", "FR"),
        ("Kremlin", "RU"),
        ("Planalto", "BR"),
        ("Kantei", "JP"),
    ):
        assert home_country(_release(publisher), ref) == iso, publisher
    # a newspaper named after a city is not a government
    assert home_country(_release("The Astana Times"), ref) is None


def test_publisher_named_in_the_html_title_after_the_headline():
    doc = _documents()["elysee-macron-ruto.html"]
    assert (doc.title, doc.publisher) == ("Meeting with the President of the Republic of Kenya", "Élysée")
    assert home_country(doc, load_reference()) == "FR"


def test_publisher_country_from_a_us_government_domain():
    ref = load_reference()
    assert home_country(_release("The White House", "https://www.whitehouse.gov/briefings/x/"), ref) == "US"
    assert home_country(_release("Department of State", "https://www.state.gov/x/"), ref) == "US"


def test_wire_datelines_with_the_agency_in_parentheses():
    ref = load_reference()
    for text, city in (
        ("DUSHANBE, March 3 (Kazinform) -- President Tokayev held talks.", "Dushanbe"),
        ("NEW DELHI, Dec 16 (Reuters) - Indian Prime Minister met.", "New Delhi"),
        ("TOKYO (Reuters) - The Prime Minister met.", "Tokyo"),
        ("ASTANA. KAZINFORM – The President received.", "Astana"),
        ("Baku, 22 April (Kazinform) – The President held talks.", "Baku"),
        ("ASTANA, 3 March (Kazinform) – The President received.", "Astana"),
    ):
        place = news_dateline(text, ref)
        assert place is not None and place.label == city, text
    assert news_dateline("Kazakhstan, Russia sign a deal - sources say.", ref) is None
    # a dateline kept apart from the text (a `location` field)
    place = news_dateline("The President held talks.", ref, "Tashkent")
    assert place is not None and place.label == "Tashkent"


def test_a_country_where_leaders_met_after_the_counterpart_named_in_full():
    ref = load_reference()
    for s in (
        "Kazakh President Kassym-Jomart Tokayev met with President of Laos Thongloun Sisoulith in Laos.",
        "Prime Minister Narendra Modi met the Prime Minister of Japan, Mr. Shigeru Ishiba, in Laos today.",
    ):
        venue, i = find_venue(["Title", s], ref, None, None, home="KZ")
        assert venue is not None and (venue.label, i) == ("Laos", 1), s
    # the country discussed is no venue
    for s in (
        "President Tokayev held talks with President of Laos Thongloun Sisoulith on the situation in Laos.",
        "The President met with the Foreign Minister of Laos Thongloun Sisoulith last year in Laos.",
    ):
        assert find_venue(["Title", s], ref, None, None, home="KZ") == (None, -1), s


def test_a_presidential_residence_stands_for_its_city():
    ref = load_reference()
    s = "President Lula met with Prime Minister Narendra Modi at the Alvorada Palace on Tuesday."
    venue, _ = find_venue(["Title", s], ref, None, None)
    assert venue is not None and venue.label == "Brasília"


def test_officials_of_one_state_tell_the_publishers_country():
    ref = load_reference()
    doc = Document(
        reader="jsonl",
        identifier="x.jsonl#1",
        title="Erdogan meets Fidan after Syria visit",
        text="President Recep Tayyip Erdogan received Foreign Minister Hakan Fidan at the Presidential "
        "Complex in Ankara on Monday, a day after Fidan returned from Damascus.",
        date=date(2025, 1, 6),
        publisher="Daily Sabah",
    )
    assert home_country(doc, ref) == "TR"
    assert [m for m in extract(doc, ref).meetings if not m.mentioned] == []  # his own minister


def test_an_international_organizations_release_has_no_country():
    ref = load_reference()
    text = (
        "NATO Secretary General Mark Rutte met with the Prime Minister of Norway, Jonas Gahr Støre, "
        "at NATO Headquarters in Brussels on Wednesday."
    )
    for publisher, url in (("NATO", None), (None, "https://www.nato.int/cps/en/natohq/news_1.htm")):
        doc = Document(
            reader="jsonl",
            identifier="x.jsonl#1",
            title="Secretary General meets Prime Minister of Norway",
            text=text,
            date=date(2025, 3, 5),
            url=url,
            publisher=publisher,
        )
        assert home_country(doc, ref) is None, (publisher, url)
