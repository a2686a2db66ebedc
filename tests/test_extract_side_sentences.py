"""States and bodies a main meeting's further sentences name: the lead sentence whose subject is the
states' leaders, and the stops of a trip readout (kg.extract.side_sentences)."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Document
from tests.helpers import release, wh_release, who_took_part


def _orgs(doc: Document) -> list[str]:
    return [o.label for m in extract(doc).meetings if not m.mentioned for o in m.organizations]


TRIP = (
    "Readout of Senior Administration Official Travel to Ghana and Niger",
    "From October 3 to 6, Deputy National Security Advisor Jon Finer led a delegation to Ghana and Niger. "
    "In Accra, Mr. Finer met with President Nana Akufo-Addo to discuss maritime security. "
    "The delegation also visited a port and spoke with local business owners. "
    "They toured a clinic built with American support. The visit marked sixty years of partnership. "
    "Mr. Finer then travelled north. "
    "While in Niamey, Mr. Finer met with senior officials from Chad, Mali, and Burkina Faso, "
    "and with the Executive Secretary and the staff of the G5 Sahel. "
    "He also met with students of a technical school.",
)


def test_whom_a_trip_s_delegation_met_at_each_stop_takes_part():
    doc = wh_release(*TRIP, date(2021, 10, 7))
    _, countries = who_took_part(doc)
    assert {"TD", "ML", "BF"} <= set(countries)
    assert _orgs(doc) == ["G5 Sahel"]


def test_a_stop_s_meeting_still_to_come_and_another_release_s_sentences_are_not_read():
    title, text = TRIP
    later = text.replace("While in Niamey, Mr. Finer met with", "Next week, Mr. Finer will meet with")
    _, countries = who_took_part(wh_release(title, later, date(2021, 10, 7)))
    assert not {"TD", "ML", "BF"} & set(countries)
    # the same sentences under a title that is no trip readout: only the meeting's own sentences count
    _, countries = who_took_part(
        wh_release("Readout of Mr. Finer’s Meeting in Accra", text, date(2021, 10, 7))
    )
    assert not {"TD", "ML", "BF"} & set(countries)


def test_the_leaders_of_named_states_who_held_the_talks_in_the_lead_take_part():
    doc = release(
        "President met with the leaders of the EU member states and partner countries",
        "During his visit to Brussels, President of Ukraine Volodymyr Zelenskyy took part in a meeting "
        "with the leaders of the EU member states and partner countries. "
        "The event was initiated by the host. "
        "On the eve of the summit, the leaders of Georgia, Moldova and Armenia outlined their vision of "
        "regional security. The President stressed the need for unity.",
        date(2021, 12, 15),
        "ukraine",
    )
    _, countries = who_took_part(doc)
    assert {"UA", "GE", "MD", "AM"} <= set(countries)


def test_leaders_of_states_only_mentioned_in_the_lead_do_not_take_part():
    doc = release(
        "President met with the Prime Minister of Estonia",
        "President of Ukraine Volodymyr Zelenskyy met with Prime Minister of Estonia Kaja Kallas in Kyiv. "
        "Last year, the leaders of Georgia, Moldova and Armenia outlined their vision of regional security. "
        "They discussed defense cooperation.",
        date(2022, 5, 15),
        "ukraine",
    )
    _, countries = who_took_part(doc)
    assert not {"GE", "MD", "AM"} & set(countries)
