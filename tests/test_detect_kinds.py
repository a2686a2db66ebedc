"""Meeting detection on the kinds of releases issue 14 names (written here in the manner of any
government or news agency, not copied from a keyed release): a news agency's president with his
own audiences, working-level meetings, summits, planned sessions, foreign companies and envoys."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.learned import rules_status
from kg.extract.publisher import home_country
from kg.model import Document
from kg.reference import load_reference

# a news site whose address and publisher name tell no country
AGENCY = {"reader": "jsonl", "publisher": "The Astana Times", "url": "https://astanatimes.com/2024/x"}


def _doc(title: str, text: str, *, released: date = date(2024, 6, 1), **src: str) -> Document:
    src = src or AGENCY
    return Document(
        src["reader"],
        f"{src['reader']}/t.jsonl#1",
        title,
        text,
        released,
        src.get("url"),
        src.get("publisher"),
    )


def _status(title: str, text: str, **src: str) -> str:
    return rules_status(extract(_doc(title, text, **src)).meetings)


def test_a_news_agency_s_country_is_that_of_the_leader_heading_its_release():
    ref = load_reference()
    assert home_country(_doc("Tokayev meets with newly elected mayors", "Text."), ref) == "KZ"
    assert (
        home_country(_doc("Talks held", "ASTANA – President Kassym-Jomart Tokayev met mayors."), ref) == "KZ"
    )
    # a person named further in, not heading the title, tells nothing
    assert home_country(_doc("Mayors elected across the country meet Tokayev", "Text."), ref) is None


def test_a_news_agency_s_president_with_his_own_officials_mayors_or_athletes_is_no_meeting():
    for title, text in [
        (
            "Tokayev meets with newly elected mayors",
            "ASTANA – President Kassym-Jomart Tokayev met with newly "
            "elected mayors of districts and cities on Jan. 5. He urged them to focus on residents' needs.",
        ),
        (
            "Tokayev receives State Counselor Yerlan Karin",
            "ASTANA – President Kassym-Jomart Tokayev received "
            "State Counselor Yerlan Karin on March 3, who briefed him on the President's instructions.",
        ),
        (
            "Tokayev chairs Security Council meeting",
            "ASTANA – President Kassym-Jomart Tokayev held a meeting of "
            "the Security Council on Feb. 1 to discuss the situation in Afghanistan and border security.",
        ),
        (
            "Tokayev meets national team athletes",
            "ASTANA – President Kassym-Jomart Tokayev met with the "
            "athletes who won medals at the Asian Games in Hangzhou, China, and thanked them.",
        ),
    ]:
        assert _status(title, text) == "none", title
    # … while his talks with a foreign leader stay a meeting
    assert (
        _status(
            "Tokayev, Mirziyoyev hold talks in Tashkent",
            "TASHKENT – President Kassym-Jomart Tokayev "
            "and Uzbek President Shavkat Mirziyoyev held talks in Tashkent on Dec. 22.",
        )
        == "held"
    )
