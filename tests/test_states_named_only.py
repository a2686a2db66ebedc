"""A state a release names only as the subject of the talks or as the group its listed members belong
to is no participant: "to discuss preparations for the President's upcoming trip to X" (X is talked
about), "his counterparts from NATO Allies A, B and C" (A, B and C took part, not all of NATO).
Texts invented here."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.people.roles import countries_in
from kg.model import Document
from kg.reference import load_reference
from tests.helpers import wh_release


def _countries(doc: Document) -> set[str]:
    return {c.props.get("iso") or c.key for m in extract(doc).meetings for c in m.countries}


def test_the_members_a_group_s_name_stands_before_are_the_states_taking_part():
    doc = wh_release(
        "Readout of National Security Advisor Jake Sullivan’s Meeting With Nordic Advisors",
        "Today, National Security Advisor Jake Sullivan hosted his counterparts from NATO Allies Denmark, "
        "Norway, and Iceland at the White House. They spoke about security in the Arctic.",
        released=date(2023, 2, 3),
    )
    assert _countries(doc) == {"US", "DK", "NO", "IS"}


def test_a_list_after_a_group_s_members_word_is_read_past_the_group():
    ref = load_reference()
    assert countries_in(ref, "from NATO Allies Denmark, Norway, and Iceland.", bodies=True) == [
        "DK",
        "NO",
        "IS",
    ]
    assert countries_in(ref, "of NATO members Denmark and Norway") == ["DK", "NO"]
    # a group's members as one item, none of them named, stays what it was: no state of its own
    assert countries_in(ref, "of the United States, the Gulf Cooperation Council members, Egypt") == ["US"]


def test_a_trip_the_talks_prepare_is_no_side_of_them():
    doc = wh_release(
        "Readout of National Security Advisor Jake Sullivan’s Call with Japan’s Foreign Minister",
        "National Security Advisor Jake Sullivan spoke today with Foreign Minister Yoko Kamikawa of Japan "
        "to discuss preparations for the President’s upcoming trip to Indonesia and Japan. They also "
        "spoke about shipping in the region.",
        released=date(2023, 2, 3),
    )
    countries = _countries(doc)
    assert {"US", "JP"} <= countries and "ID" not in countries


def test_a_government_s_own_summit_with_no_side_named_is_its_state_s():
    doc = wh_release(
        "FACT SHEET: The First Harbor Resilience Summit",
        "The first-ever Harbor Resilience Summit marks a new step in cooperation on ports and storms. "
        "Delegations discussed financing for sea walls.",
        released=date(2023, 2, 3),
    )
    held = [m for m in extract(doc).meetings if m.status == "held"]
    assert held and all(not m.participants for m in held)
    assert all({c.props.get("iso") or c.key for c in m.countries} == {"US"} for m in held)
