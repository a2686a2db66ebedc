"""Frameworks as the key's conventions list them (eval/CONVENTIONS.md, section 21): products, the UN
as a place, a group whose meeting is the event, names followed by a date, papers named by their date."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.frameworks import find_frameworks
from kg.extract.gazetteer import scan
from kg.model import Document, Meeting
from kg.reference import load_reference
from tests.helpers import wh_release


def _labels(text: str) -> set[str]:
    ref = load_reference()
    return {e.label for e, _, _ in find_frameworks(text, scan(text, ref), ref, set())}


def _meeting(title: str, text: str) -> Meeting:
    doc = wh_release(title, text, date(2022, 6, 1))
    (meeting,) = extract(doc).meetings
    return meeting


CALL = "Readout of President Biden's Call with Prime Minister Viktor Orbán of Hungary"
OPENING = "President Biden spoke today with Prime Minister Viktor Orbán of Hungary. "


def test_a_vaccine_is_a_product_not_a_framework_but_a_vaccine_programme_is():
    m = _meeting(CALL, OPENING + "They discussed deliveries of the Sputnik V vaccine and the COVAX facility.")
    labels = {f.label for f in m.frameworks}
    assert "COVAX" in labels
    assert not any("Sputnik" in x for x in labels)


def test_the_un_as_a_place_or_channel_is_not_a_framework():
    m = _meeting(CALL, OPENING + "They agreed to coordinate their positions at the United Nations.")
    assert "United Nations" not in {f.label for f in m.frameworks}
    m = _meeting(CALL, OPENING + "They welcomed support through the U.N. and by UN Member States.")
    assert "United Nations" not in {f.label for f in m.frameworks}


def test_the_un_as_an_actor_is_a_framework():
    m = _meeting(CALL, OPENING + "They called on the United Nations to lead the relief effort in the region.")
    assert "United Nations" in {f.label for f in m.frameworks}


def test_a_date_after_a_name_is_not_part_of_it():
    found = _labels(
        "The Minister took part in a meeting of the Northland-Southland Strategic Consultative Group on "
        "March 11. The delegations discussed the Northland-Southland Partnership Act of 2022."
    )
    assert "Northland-Southland Strategic Consultative Group" in found
    assert "Northland-Southland Partnership Act of 2022" in found  # a year is part of an act's name


def test_a_group_whose_meeting_is_the_event_is_still_a_framework():
    m = _meeting(
        "Readout of the Virtual Meeting of the U.S.-Japan Strategic Consultative Group",
        "National Security Advisor Jake Sullivan led U.S. participation in a virtual meeting of the "
        "U.S.-Japan Strategic Consultative Group on April 13. This meeting was held as part of ongoing "
        "talks between the United States and Japan. The delegations discussed regional security.",
    )
    assert m.event is not None and "Strategic Consultative Group" in m.event.label
    assert "U.S.-Japan Strategic Consultative Group" in {f.label for f in m.frameworks}


def test_a_paper_named_by_its_date_is_a_framework():
    found = _labels(
        "They recalled the 3 May 2019 statement by the two governments and the June 4, 2020, "
        "trilateral agreements on the river's waters."
    )
    assert "statement of 3 May 2019" in found
    assert "trilateral agreements of June 4, 2020" in found


def test_talks_with_one_partys_delegates_are_a_framework_with_the_pairs_names():
    doc = Document(
        "kremlin",
        "x",
        "Telephone conversation with President of France Emmanuel Macron",
        "Vladimir Putin had a telephone conversation with President of France Emmanuel Macron. Vladimir "
        "Putin informed his counterpart about the negotiations with representatives of Ukraine and "
        "reiterated Russia's position. They also spoke of negotiations with Georgia.",
        date(2022, 3, 20),
        publisher="President of Russia",
    )
    (m,) = extract(doc).meetings
    talks = [f for f in m.frameworks if "representatives of Ukraine" in f.label]
    assert len(talks) == 1 and "Russian-Ukrainian talks" in talks[0].alt_labels
    assert not any("Georgia" in f.label for f in m.frameworks)  # a wish for talks with a state is none


def test_the_un_as_a_source_is_not_a_framework_but_its_role_is():
    m = _meeting(CALL, OPENING + "They noted that the United Nations has recorded two million refugees.")
    assert "United Nations" not in {f.label for f in m.frameworks}
    m = _meeting(
        CALL, OPENING + "They stressed the central coordinating role of the United Nations in world affairs."
    )
    assert "United Nations" in {f.label for f in m.frameworks}
