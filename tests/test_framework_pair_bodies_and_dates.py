"""Frameworks named by their parties and a lower-case head ("the Russian-Turkish ceasefire monitoring
centre"), papers named by a list of dates after them, a "Pact" head, talks with representatives "from"
a party."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.framework_dates import dated_papers
from kg.extract.framework_pairs import only_places
from kg.extract.frameworks import find_frameworks
from kg.extract.gazetteer import scan
from kg.reference import load_reference
from tests.helpers import wh_release


def _labels(text: str) -> set[str]:
    ref = load_reference()
    return {e.label for e, _, _ in find_frameworks(text, scan(text, ref), ref, set())}


def test_a_body_named_by_its_parties_and_a_lower_case_head():
    found = _labels(
        "The Georgian-Armenian ceasefire monitoring centre is now working, and both sides backed the "
        "Kazakhstan-Uzbekistan-Turkmenistan transport corridor and the Georgian-Moldovan business forum."
    )
    assert {
        "Georgian-Armenian ceasefire monitoring centre",
        "Kazakhstan-Uzbekistan-Turkmenistan transport corridor",
        "Georgian-Moldovan business forum",
    } <= found


def test_relations_and_names_of_no_state_are_no_pair_body():
    found = _labels(
        "The Georgian-Armenian relations are at the forum of the day, and the Head-Start programs and the "
        "Georgian-Moldovan partnership were discussed."
    )
    assert not any("forum" in f or "programs" in f or "partnership" in f for f in found), found


def test_a_plural_pair_body_is_also_named_in_the_singular():
    text = (
        "President Biden spoke today with President Maia Sandu of Moldova. They welcomed the work of the "
        "Moldovan-Romanian and Romanian-Moldovan business councils."
    )
    doc = wh_release("Readout of President Biden's Call with President Sandu", text, date(2022, 6, 1))
    (m,) = extract(doc).meetings
    body = next(f for f in m.frameworks if "business councils" in f.label)
    assert body.label[:-1] in body.alt_labels


def test_papers_named_by_a_list_of_dates_after_them():
    text = (
        "They stressed implementing the trilateral statements by the leaders of Armenia, Azerbaijan and "
        "Russia of 9 November 2020, 11 January and 26 November 2021, including transport links."
    )
    found = {e.label: e.alt_labels for e, _, _ in dated_papers(text)}
    assert found == {
        "trilateral statements of 9 November 2020": ["trilateral statement of 9 November 2020"],
        "trilateral statements of 11 January 2021": ["trilateral statement of 11 January 2021"],
        "trilateral statements of 26 November 2021": ["trilateral statement of 26 November 2021"],
    }


def test_a_dated_paper_keeps_its_subject():
    found = [
        e.label for e, _, _ in dated_papers("They amended the agreement on river fishing of March 3, 1996.")
    ]
    assert found == ["agreement on river fishing of March 3, 1996"]


def test_a_date_of_something_said_in_between_is_no_papers():
    for text in (
        "He repeated the statements made at his press conference held on May 4, 2021.",
        "The agreements to be signed on the margins of the summit on July 2, 2022 cover energy.",
        "A disaster declaration issued for the State of Ohio on June 1, 2022 remains.",
    ):
        assert [e.label for e, _, _ in dated_papers(text) if "of" in e.label.split()[-4:]] == [], text


def test_a_pact_is_a_framework_head():
    assert "Quixote Pact for Ocean Readiness" in _labels(
        "They welcomed the Quixote Pact for Ocean Readiness."
    )


def test_talks_with_representatives_from_a_party():
    found = _labels("The delegation is ready for talks with representatives from Kiev in Gomel.")
    assert any(f.startswith("talks with representatives from Kiev") for f in found), found


def test_a_working_group_named_by_its_programme():
    assert "QRX working group" in _labels("They will coordinate through the QRX working group on grids.")


def test_a_name_of_states_and_places_only_is_no_framework():
    ref = load_reference()
    assert only_places("U.S.-Costa Rica", ref)
    assert only_places("Georgia and Armenia", ref)
    assert only_places("Mongolian-Russian", ref)
    assert not only_places("Shanghai Cooperation Organisation", ref)
    assert not only_places("U.S.-Costa Rica Partnership", ref)
    text = (
        "Vice President Kamala Harris met today with President Rodrigo Chaves of Costa Rica. The Vice "
        "President underscored the importance we place on the U.S.-Costa Rica partnership and on migration."
    )
    doc = wh_release(
        "Readout of the Vice President's Meeting with President Chaves of Costa Rica", text, date(2022, 6, 1)
    )
    assert [f.label for m in extract(doc).meetings for f in m.frameworks] == []


def test_a_plan_named_by_its_year():
    found = _labels("They backed the bid to host EXPO 2045 and reviewed the Quixote Community Vision 2040.")
    assert {"EXPO 2045", "Quixote Community Vision 2040"} <= found
    assert not any("2031" in f for f in _labels("The Quixote Strategy 2027-2031 was adopted."))


def test_a_proper_name_with_a_lower_case_agreement():
    assert "Quixote Gas Pipeline agreement" in _labels(
        "Does this move the Quixote Gas Pipeline agreement forward?"
    )
