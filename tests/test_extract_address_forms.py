"""Forms a leader's address or a government's remarks use to tell the day's meetings, beyond "I spoke
with …": talks told as what there was or as the subject of a remark, the speaker calling a leader,
counterparts listed after a remark or two, a meeting with a region's leaders as a group. The releases
are written for the test."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.learned import rules_status
from kg.model import Document, Meeting
from tests.helpers import ua_release, wh_release

RELEASED = date(2022, 3, 9)
LEAD = (
    "Strong people of a strong country! Our defenders held their positions today in the north and the "
    "south. The humanitarian corridors worked for the third day. Thousands of people were evacuated."
)


def _address(text: str) -> Document:
    title = "We will hold on - address by President of Ukraine Volodymyr Zelenskyy"
    return ua_release(title, text, RELEASED)


def _counterparts(meetings: list[Meeting]) -> set[str]:
    return {p.label for m in meetings for p in m.participants} - {"Volodymyr Zelenskyy"}


def test_talks_told_as_what_there_was_or_as_a_remark_s_subject_are_the_speaker_s_meetings():
    text = (
        LEAD + "\n\nHere is the news from the diplomatic front. There were productive talks with the Prime "
        "Minister of Canada and the President of Lithuania. Each conversation brought new support. "
        "The conversation with German Chancellor Olaf Scholz was also meaningful.\n\nGlory to Ukraine!"
    )
    meetings = extract(_address(text)).meetings
    assert _counterparts(meetings) == {"Justin Trudeau", "Gitanas Nausėda", "Olaf Scholz"}
    assert all(
        m.mentioned and m.news and "Volodymyr Zelenskyy" in {p.label for p in m.participants}
        for m in meetings
    )


def test_the_speaker_calling_a_leader_is_a_call_but_calling_on_leaders_is_an_appeal():
    text = (
        LEAD + "\n\nI have personally called Polish President Andrzej Duda. We agreed on new steps.\n\nGlory!"
    )
    meetings = extract(_address(text)).meetings
    assert _counterparts(meetings) == {"Andrzej Duda"}
    appeal = LEAD + "\n\nI called on President of France Emmanuel Macron to act.\n\nGlory to Ukraine!"
    assert not extract(_address(appeal)).meetings


def test_counterparts_listed_after_a_remark_or_two_are_calls_of_the_verb_before_them():
    text = (
        LEAD + " I spoke today with Prime Minister of the Netherlands Mark Rutte. We have a new level of "
        "relations. Thank you for your support. With Prime Minister of Spain Pedro Sánchez. With President "
        "of Latvia Egils Levits and Prime Minister of Estonia Kaja Kallas. We have an understanding. "
        "With Italian Prime Minister Mario Draghi we will talk tomorrow."
    )
    meetings = extract(_address(text)).meetings
    assert _counterparts(meetings) == {"Mark Rutte", "Pedro Sánchez", "Egils Levits", "Kaja Kallas"}


def test_counterparts_listed_by_office_alone_after_the_verb_are_calls_of_it_too():
    # the list goes on without "with": "… Prime Minister of B Y." and "The Prime Ministers of C and D."
    text = (
        LEAD + " I spoke with the President of the European Commission. With President of Lithuania Gitanas "
        "Nausėda. Prime Minister of Canada Justin Trudeau. We share one view. There must be no safe harbor "
        "for the aggressor. The Prime Ministers of Spain and Estonia. Support for Ukraine."
    )
    meetings = extract(_address(text)).meetings
    assert {"Gitanas Nausėda", "Justin Trudeau", "Pedro Sánchez", "Kaja Kallas"} <= _counterparts(meetings)


def test_a_fragment_naming_a_city_or_an_office_without_a_verb_before_it_is_no_call():
    text = LEAD + " Kharkiv. Mariupol. The President of Lithuania. We are grateful for the support."
    assert not _counterparts(extract(_address(text)).meetings)


def _remarks(title: str) -> str:
    text = (
        "Blair House\n\n2:15 P.M. EDT\n\nTHE VICE PRESIDENT: Good afternoon, everyone. And welcome. It is "
        "good to see so many of you again around this table. Our nations share a common bond."
    )
    doc = wh_release(title, text, date(2022, 9, 15))
    return rules_status(extract(doc).meetings)


def test_a_meeting_with_a_region_s_leaders_as_a_group_has_foreign_counterparts_and_a_community_at_home_none():
    assert (
        _remarks("Remarks by Vice President Harris Before a Meeting with Leaders of Caribbean Nations")
        == "held"
    )
    assert _remarks("Remarks by President Biden After Central Asia 5 + 1 Meeting") == "held"
    assert _remarks("Remarks by Vice President Harris in a Meeting with Arab American Leaders") == "none"
    assert _remarks("Remarks by Vice President Harris in a Meeting with Pacific Islander Leaders") == "none"


def test_leaders_who_visited_the_speaker_s_capital_today_met_him_and_a_visit_elsewhere_or_long_ago_not():
    text = (
        LEAD + "\n\nToday the Prime Ministers of Poland, the Czech Republic and Slovenia visited Kyiv. I was "
        "glad to meet them here, in our capital. This is what leadership looks like.\n\nGlory to Ukraine!"
    )
    (m,) = extract(_address(text)).meetings
    assert _counterparts([m]) == {"Mateusz Morawiecki", "Petr Fiala", "Janez Janša"}
    assert "Volodymyr Zelenskyy" in {p.label for p in m.participants}
    assert m.news and m.mode == "in_person"
    for other in (
        "Today Chancellor of Germany Olaf Scholz visited Washington.",  # not the speaker's capital
        "In 2021 President of Poland Andrzej Duda visited Kyiv.",  # not the day's news
    ):
        assert not extract(_address(LEAD + "\n\n" + other + "\n\nGlory to Ukraine!")).meetings


def test_a_visit_the_leaders_talked_about_is_no_party_to_their_call():
    text = (
        "President Joseph R. Biden, Jr. spoke today with Prime Minister Anthony Albanese of Australia about "
        "the Prime Minister’s recent visit to Japan. The leaders affirmed their commitment to the Quad."
    )
    title = "Readout of President Joe Biden’s Call with Prime Minister Albanese of Australia"
    doc = wh_release(title, text, date(2023, 4, 12))
    (m,) = extract(doc).meetings
    assert {c.label for c in m.countries} == {"United States", "Australia"}


def test_talking_to_a_leader_a_call_received_from_one_and_a_conversation_named_alone_are_the_day_s_calls():
    text = (
        LEAD + "\n\nI also talked to President of Finland Sauli Niinistö. I received a call from Prime "
        "Minister of Japan Fumio Kishida.\n\nAnother conversation today - with Prime Minister of Italy "
        "Mario Draghi.\n\n"
        "I spoke to the Parliament of Japan. A meeting with President of France Emmanuel Macron will take "
        "place next week.\n\nGlory to Ukraine!"
    )
    meetings = extract(_address(text)).meetings
    assert _counterparts(meetings) == {"Sauli Niinistö", "Fumio Kishida", "Mario Draghi"}
    assert all(m.news and m.mode == "phone" for m in meetings)
