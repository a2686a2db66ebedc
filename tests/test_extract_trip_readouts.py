"""A readout of an official's trip is one combined record of the trip's meetings (eval/CONVENTIONS.md
3): the counterparts of a further meeting ("The delegation also met with …") join it, where a release
of several meetings of its own keeps them apart. The releases are written for the test."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Document, Meeting

TRIP = (
    "On March 2-3, Deputy National Security Advisor Mara Ellison traveled to Accra, Ghana, to deepen "
    "cooperation on maritime security. She met with President Nana Akufo-Addo to discuss regional "
    "stability and trade.\n\n"
    "The delegation also met with Finance Minister Kofi Amadu and Defense Minister Yaw Boakye to "
    "discuss debt relief and counterterrorism cooperation."
)


def _held(title: str, text: str) -> list[Meeting]:
    doc = Document(
        "whitehouse", "whitehouse/trip.md", title, text, date(2023, 3, 4), publisher="The White House"
    )
    return [m for m in extract(doc, skip={"learned detection"}).meetings if not m.mentioned]


def _people(m: Meeting) -> set[str]:
    return {p.label for p in m.participants}


def test_the_further_meetings_of_a_trip_keep_their_counterparts_in_its_one_record():
    found = _held("Readout of Deputy National Security Advisor Mara Ellison’s Travel to Ghana", TRIP)
    assert len(found) == 1
    assert {"Mara Ellison", "Nana Akufo-Addo", "Kofi Amadu", "Yaw Boakye"} <= _people(found[0])
    assert {c.key for c in found[0].countries} == {"GH", "US"}


def test_a_release_of_several_meetings_that_is_no_trip_readout_still_splits_them():
    text = (
        "President Biden met with President Nana Akufo-Addo of Ghana today at the White House to discuss "
        "regional stability.\n\nPresident Biden also met separately with Prime Minister Justin Trudeau of "
        "Canada to discuss trade."
    )
    found = _held("Readout of President Biden’s Meetings with Leaders", text)
    assert sorted(sorted(_people(m)) for m in found) == [
        ["Joseph R. Biden, Jr.", "Justin Trudeau"],
        ["Joseph R. Biden, Jr.", "Nana Akufo-Addo"],
    ]


def test_a_trip_announcement_is_one_planned_record_with_every_counterpart_it_names():
    text = (
        "This week, National Security Advisor Dana Whitfield will travel to Rome, Italy. Ms. Whitfield will "
        "meet with Prime Minister Giorgia Meloni to discuss support for Ukraine. Ms. Whitfield will also "
        "meet with Foreign Minister Antonio Tajani to discuss energy security."
    )
    doc = Document(
        "whitehouse",
        "whitehouse/plan.md",
        "Statement on National Security Advisor Dana Whitfield’s Travel to Italy",
        text,
        date(2023, 3, 4),
        publisher="The White House",
    )
    found = [m for m in extract(doc, skip={"learned detection"}).meetings if not m.mentioned]
    assert [m.status for m in found] == ["planned"]
    assert {"Dana Whitfield", "Giorgia Meloni", "Antonio Tajani"} <= _people(found[0])
