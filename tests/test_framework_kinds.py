"""Capitalized names that are no frameworks whatever head they end in: a state's government,
departments and armed services, honours, and a fact sheet's headings that tell an action."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.framework_kinds import not_a_framework
from tests.helpers import wh_release


def _labels(title: str, text: str) -> set[str]:
    doc = wh_release(title, text, date(2022, 6, 1))
    return {f.label for m in extract(doc).meetings for f in m.frameworks}


def test_state_organs_and_honours_are_not_frameworks_but_the_programmes_beside_them_are():
    labels = _labels(
        "Readout of President Biden's Meeting with Prime Minister Kishida of Japan",
        "President Biden met today with Prime Minister Kishida of Japan. They discussed the Zorbland "
        "Clean Harbours Initiative, which the Quixote Treasury Department and the Zorbland Air Force "
        "support, and the Order of Quixote Friendship the Prime Minister received.",
    )
    assert "Zorbland Clean Harbours Initiative" in labels
    assert not {x for x in labels if "Department" in x or "Air Force" in x or "Order" in x}, labels


def test_a_heading_telling_an_action_is_not_a_name_but_a_programme_in_it_is():
    text = (
        "President Biden met today with Prime Minister Kishida.\n"
        "Establish Technical Standards Contact Groups: the leaders will set up groups.\n"
        "Develop New Executive Training Program on Technology: a course for officials.\n"
        "Launching the Zorbland Ports Partnership: a fund for ports."
    )
    heading = text.index("Establish")
    assert not_a_framework(text, heading, "Establish Technical Standards Contact Groups")
    assert not_a_framework(
        text, text.index("Develop"), "Develop New Executive Training Program on Technology"
    )
    # inside a sentence the same words may start a name's run; a gerund may start a programme's name
    assert not not_a_framework(text, heading + 10, "Establish Technical Standards Contact Groups")
    assert not not_a_framework(
        "Supporting Her Zorbland Empowerment", 0, "Supporting Her Zorbland Empowerment"
    )
    assert not not_a_framework(text, text.index("Launching"), "Launching the Zorbland Ports Partnership")
