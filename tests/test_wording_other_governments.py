"""Wordings of meetings that foreign ministries and leaders' offices other than the four the rules grew
from write (issue 14), each release invented here in the manner of another government: a tête-à-tête,
a guest "received by" the host, a leader "interacted with", two leaders who "talked over the
telephone", a "virtual bilateral summit", a "video teleconference", a "telephone talk", a named round
of consultations, and a foreign minister as the principal a ministry's release names by office alone.
One table: each case a release and what its one meeting (or its having none) must show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest

from kg.extract import extract
from kg.extract.learned import rules_status
from kg.model import Document, Meeting
from tests.helpers import main_meeting

MEA = ("Ministry of External Affairs", "https://www.mea.gov.in/press-releases.htm?dtl/x")
PIB = ("Press Information Bureau", "https://pib.gov.in/PressReleasePage.aspx?PRID=x")
PCO = ("Presidential Communications Office", "https://pco.gov.ph/news_releases/x")
MOFA_JP = ("Ministry of Foreign Affairs of Japan", "https://www.mofa.go.jp/press/release/x.html")
STATE_HOUSE_KE = ("State House Kenya", "https://www.statehouse.go.ke/x")
ITAMARATY = ("Ministry of Foreign Affairs", "https://www.gov.br/mre/en/contact-us/press-area/x")
PTI = ("Press Trust of India", "https://www.ptinews.com/story/x")
STATE_HOUSE_NG = ("State House Nigeria", "https://statehouse.gov.ng/news/x")
MODI_STORE = frozenset({"Narendra Modi", "Jonas Gahr Støre"})


@dataclass(frozen=True)
class Case:
    """A release and what its meeting must show (a field left at its default is not checked)."""

    title: str
    text: str
    publisher: tuple[str, str]
    released: date
    status: str | None = None  # "none": the release reports no meeting at all
    mode: str | None = None
    day: date | None = None
    people: frozenset[str] | None = None  # exactly these
    among: frozenset[str] = frozenset()  # … or at least these
    absent: frozenset[str] = frozenset()  # … and none of these
    countries: frozenset[str] | None = None  # ISO codes of the meeting's states
    country_of: tuple[tuple[str, str], ...] = ()  # (person's label, ISO code of the person)
    venue: str | None = None
    no_venue: bool = False


def case(name: str, *args: object, **kwargs: object) -> object:
    return pytest.param(Case(*args, **kwargs), id=name)  # type: ignore[arg-type]


def _people(m: Meeting) -> set[str]:
    return {p.label for p in m.participants}


# a visit or meeting ahead, in four wordings (the visit "arriving" is dated by its first day: not checked)
AHEAD = {
    "visiting": (
        "Prime Minister Narendra Modi will be visiting Norway from 10 to 12 March 2023. He will hold talks "
        "with Prime Minister Jonas Gahr Støre in Oslo."
    ),
    "co-chair": (
        "Prime Minister Narendra Modi and Prime Minister Jonas Gahr Støre of Norway will co-chair the first "
        "India-Norway Summit on 10 March 2023 in virtual format."
    ),
    "arriving": (
        "The Prime Minister of Norway will arrive in New Delhi on 10 March 2023 on an official visit. Talks "
        "with Prime Minister Narendra Modi are scheduled for 11 March."
    ),
    "set-for": (
        "A meeting between Prime Minister Narendra Modi and Prime Minister Jonas Gahr Støre of Norway is "
        "planned for 10 March 2023 in Oslo."
    ),
}
# two leaders doing together what a visit brings have met
TOGETHER = (
    "jointly inaugurated the India-Norway Innovation Centre",
    "witnessed the exchange of four memoranda of understanding",
    "jointly addressed the India-Norway Business Forum",
    "held wide-ranging discussions on trade and climate",
)

CASES = [
    case(
        "a tete-a-tete on the margins of a summit is a meeting in person",
        "PBBM and Albanese in Jakarta",
        "President Ferdinand Marcos Jr. held a tête-à-tête with Prime Minister Anthony Albanese of Australia "
        "on the margins of the ASEAN Summit in Jakarta on Tuesday. The two leaders agreed to deepen maritime "
        "cooperation.",
        PCO,
        date(2023, 9, 6),
        status="held",
        mode="in_person",
        day=date(2023, 9, 5),
        among=frozenset({"Ferdinand Marcos Jr.", "Anthony Albanese"}),
    ),
    case(
        "a guest received by the host in the passive is a meeting",
        "Official visit of the Prime Minister of Japan",
        "Prime Minister Fumio Kishida of Japan was received by Prime Minister Narendra Modi at Hyderabad "
        "House on 20 March 2023. The two Prime Ministers reviewed the Special Strategic and Global "
        "Partnership.",
        MEA,
        date(2023, 3, 20),
        status="held",
        day=date(2023, 3, 20),
        people=frozenset({"Fumio Kishida", "Narendra Modi"}),
    ),
    case(
        "a leader interacted with by video conferencing is a video meeting",
        "PM's virtual engagement with the Prime Minister of Spain",
        "Prime Minister Narendra Modi interacted with Prime Minister Pedro Sánchez of Spain via video "
        "conferencing today. The leaders discussed renewable energy and the fight against terrorism.",
        PIB,
        date(2022, 5, 4),
        status="held",
        mode="video",
        day=date(2022, 5, 4),
        people=frozenset({"Narendra Modi", "Pedro Sánchez"}),
    ),
    case(
        "interacting with one's own people is no meeting with another state",
        "PM interacts with students",
        "Prime Minister Narendra Modi interacted with students and teachers at a school in Varanasi today.",
        PIB,
        date(2022, 5, 4),
        status="none",
    ),
    case(
        "two leaders who talked over the telephone held a call on the day named",
        "Ruto, Museveni discuss regional trade",
        "President William Ruto and President Yoweri Museveni of Uganda talked over the telephone on Sunday "
        "evening. They agreed to fast-track the oil pipeline.",
        STATE_HOUSE_KE,
        date(2023, 3, 7),
        status="held",
        mode="phone",
        day=date(2023, 3, 5),
        people=frozenset({"William Ruto", "Yoweri Museveni"}),
    ),
    case(
        "a virtual bilateral summit held by the two sides is a video meeting",
        "Brazil and Canada: leaders' conversation",
        "President Luiz Inácio Lula da Silva and the Prime Minister of Canada, Justin Trudeau, held a "
        "virtual bilateral summit on Monday. They discussed the energy transition and the Amazon.",
        ITAMARATY,
        date(2023, 3, 7),
        status="held",
        mode="video",
        day=date(2023, 3, 6),
        among=frozenset({"Justin Trudeau"}),
    ),
    case(
        "a summit on a theme is not a meeting with another state by these words",
        "Food security summit",
        "The President held a virtual summit on food security with farmers' unions today.",
        ITAMARATY,
        date(2023, 3, 7),
        status="none",
    ),
    case(
        "a video teleconference meeting is held by video",
        "Japan-Norway Foreign Ministers' Meeting",
        "On March 5, commencing at 5:00 p.m. for approximately 45 minutes, Mr. Yoshimasa Hayashi, Minister "
        "for Foreign Affairs of Japan, held a Japan-Norway Foreign Ministers' Video Teleconference Meeting "
        "with Ms. Anniken Huitfeldt, Minister of Foreign Affairs of Norway.",
        MOFA_JP,
        date(2023, 3, 6),
        status="held",
        mode="video",
        day=date(2023, 3, 5),
    ),
    case(
        "a telephone talk is held by phone",
        "Prime Minister Kishida and Prime Minister Støre",
        "On March 5, commencing at 9:00 a.m. for approximately 30 minutes, Mr. Fumio Kishida, Prime Minister "
        "of Japan, had a telephone talk with H.E. Mr. Jonas Gahr Støre, Prime Minister of Norway.",
        MOFA_JP,
        date(2023, 3, 6),
        status="held",
        mode="phone",
        people=frozenset({"Fumio Kishida", "Jonas Gahr Støre"}),
    ),
    case(
        "a numbered round of named consultations held is a meeting",
        "Joint press release",
        "Foreign Secretary Vinay Kwatra and State Secretary Eivind Vad Petersson of Norway held the 6th "
        "round of Foreign Office Consultations in Oslo on 5 March 2023. They reviewed trade and fisheries.",
        MEA,
        date(2023, 3, 6),
        status="held",
        day=date(2023, 3, 5),
    ),
    # a foreign minister named by office alone is the publisher's side, not the Prime Minister
    case(
        "a foreign minister named by office alone meets a counterpart",
        "EAM's meeting with the Foreign Minister of Norway",
        "External Affairs Minister met his counterpart, Foreign Minister Anniken Huitfeldt of Norway, in New "
        "Delhi on 5 March 2023. They discussed the Arctic and climate finance.",
        MEA,
        date(2023, 3, 6),
        people=frozenset({"Subrahmanyam Jaishankar", "Anniken Huitfeldt"}),
    ),
    case(
        "a foreign minister named by office alone receives a call",
        "Telephone call",
        "The Minister of Foreign Affairs received a telephone call from the Foreign Minister of Norway, "
        "Anniken Huitfeldt, on 5 March 2023. They discussed the war in Ukraine.",
        MEA,
        date(2023, 3, 6),
        people=frozenset({"Subrahmanyam Jaishankar", "Anniken Huitfeldt"}),
    ),
    # a joint press release of two ministries: who led each "side" takes part, of the side's state
    case(
        "consultations of two ministries are held by the officials leading each side",
        "Joint Press Release",
        "The Ministry of External Affairs of India and the Ministry of Foreign Affairs of Norway held "
        "political consultations in Oslo on 5 March 2023. The Indian side was led by Secretary (West) Sanjay "
        "Verma and the Norwegian side by State Secretary Eivind Vad Petersson. They discussed trade.",
        MEA,
        date(2023, 3, 5),
        status="held",
        day=date(2023, 3, 5),
        people=frozenset({"Sanjay Verma", "Eivind Vad Petersson"}),
        country_of=(("Eivind Vad Petersson", "NO"),),
    ),
    case(
        "the head of a foreign delegation received is of the delegation's state",
        "PM receives parliamentary delegation",
        "Prime Minister Narendra Modi received a Norwegian parliamentary delegation led by Speaker Masud "
        "Gharahkhani in New Delhi today. They discussed cooperation between the two parliaments.",
        MEA,
        date(2023, 3, 5),
        countries=frozenset({"IN", "NO"}),
    ),
    case(
        "a visit under way is told held and names the visitor a pronoun stands for",
        "Press release",
        "Prime Minister Jonas Gahr Støre of Norway is on an official visit to India from 4 to 6 March 2023. "
        "He met Prime Minister Narendra Modi today. The two leaders discussed trade and energy.",
        MEA,
        date(2023, 3, 5),
        status="held",
        people=MODI_STORE,
    ),
    *(
        case(
            f"a visit or meeting ahead is planned for its day: {name}",
            "Press release",
            text + " They will discuss trade.",
            MEA,
            date(2023, 3, 5),
            status="planned",
            day=None if name == "arriving" else date(2023, 3, 10),
            people=MODI_STORE,
        )
        for name, text in AHEAD.items()
    ),
    *(
        case(
            f"two leaders doing together what a visit brings have met: {act}",
            "Press release",
            f"Prime Minister Narendra Modi and Prime Minister Jonas Gahr Støre of Norway {act} in New Delhi "
            "on 5 March 2023. The visit marks twenty years of the partnership.",
            MEA,
            date(2023, 3, 6),
            status="held",
            day=date(2023, 3, 5),
            people=MODI_STORE,
        )
        for act in TOGETHER
    ),
    case(
        "what leaders launched at an earlier meeting, recalled in officials' talks, is not theirs",
        "Press release",
        "National Security Advisor Ajit Doval met Norwegian State Secretary Eivind Vad Petersson in New "
        "Delhi today. Their meeting follows the summit in Oslo, in which Prime Minister Narendra Modi and "
        "Prime Minister Jonas Gahr Støre launched the Green Strategic Partnership.",
        MEA,
        date(2023, 3, 6),
        absent=frozenset({"Jonas Gahr Støre"}),
    ),
    case(
        "a wire's here puts the meeting in its dateline's city",
        "Modi, Støre discuss green partnership",
        "NEW DELHI, March 5 (PTI) - Prime Minister Narendra Modi held talks with his Norwegian counterpart "
        "Jonas Gahr Støre here on Sunday. The two leaders discussed trade and energy.",
        PTI,
        date(2023, 3, 5),
        venue="New Delhi",
    ),
    case(
        "without here a wire's home dateline says nothing of where its leader met",
        "Modi, Støre discuss green partnership",
        "NEW DELHI, March 5 (PTI) - Prime Minister Narendra Modi held talks with his Norwegian counterpart "
        "Jonas Gahr Støre on Sunday. The two leaders discussed trade and energy.",
        PTI,
        date(2023, 3, 5),
        no_venue=True,
    ),
    case(
        "a villa named before its city places the meeting in the city",
        "President receives Norwegian Prime Minister",
        "President Bola Tinubu on Sunday received the Prime Minister of Norway, Jonas Gahr Støre, at the "
        "Presidential Villa, Abuja. The two leaders discussed trade and energy.",
        STATE_HOUSE_NG,
        date(2023, 3, 5),
        venue="Abuja",
    ),
]


@pytest.mark.parametrize("c", CASES)
def test_a_release_in_another_government_s_words(c: Case):
    doc = Document("jsonl", "jsonl/t.jsonl#1", c.title, c.text, c.released, c.publisher[1], c.publisher[0])
    if c.status == "none":
        assert rules_status(extract(doc).meetings) == "none"
        return
    m = main_meeting(doc)
    assert c.status is None or m.status == c.status
    assert c.mode is None or m.mode == c.mode
    assert c.day is None or m.date == c.day
    assert c.people is None or _people(m) == c.people
    assert c.among <= _people(m) and not c.absent & _people(m)
    assert c.countries is None or {x.props.get("iso") for x in m.countries} == c.countries
    countries_of = {p.label: p.props.get("country") for p in m.participants}
    assert all(countries_of[label] == iso for label, iso in c.country_of)
    assert c.venue is None or (m.venue is not None and m.venue.label == c.venue)
    assert not c.no_venue or m.venue is None
