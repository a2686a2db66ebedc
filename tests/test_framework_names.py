"""Framework names cut out of their runs: not past a full stop into a person's name, two names joined by
"and the", a name's two parties, one name read twice with its parties' forms."""

from __future__ import annotations

from kg.extract.frameworks import find_frameworks
from kg.extract.gazetteer import scan
from kg.reference import load_reference


def _labels(text: str) -> list[str]:
    ref = load_reference()
    return [e.label for e, _, _ in find_frameworks(text, scan(text, ref), ref, set())]


def test_a_persons_name_before_a_full_stop_is_no_framework():
    found = _labels(
        "The country was represented by the Finance Minister and the Sherpa of the President (the "
        "Zorbland Sherpa) Olga Zorbova. The Quixote Summit focused on three priorities."
    )
    assert not any("Zorbova" in f for f in found)


def test_a_body_named_before_a_full_stop_stays():
    found = _labels(
        "Members include the Interregional Zorbland Standardization Association. The Framework Agreement "
        "was signed by the ministers."
    )
    assert "Interregional Zorbland Standardization Association" in found


def test_two_names_joined_by_and_the_are_two():
    found = _labels(
        "They exchanged views on the Treaty on the Protection of Northern Rivers and the Quixote Framework "
        "for Coastal Resilience."
    )
    assert "Treaty on the Protection of Northern Rivers" in found
    assert "Quixote Framework for Coastal Resilience" in found


def test_a_name_keeps_both_its_parties_and_is_one_framework():
    found = _labels(
        "A Free Trade Agreement between Zorbland and Quixote was signed in Kyiv. The Free Trade Agreement "
        "between the Government of Zorbland and the Government of the Republic of Quixote is designed to "
        "promote trade."
    )
    assert found == ["Free Trade Agreement between Zorbland and Quixote"]
    found = _labels(
        "The 1992 Agreement between the Government of Zorbland and the Government of the Republic of "
        "Quixote on border crossings remains in force."
    )
    assert (
        "1992 Agreement between the Government of Zorbland and the Government of the Republic of Quixote"
        in found
    )


def test_a_name_ending_on_its_year_stops_at_the_full_stop():
    found = _labels(
        "They stressed the importance of the Treaty of Good Neighbourship and Friendly Cooperation of 1991. "
        "Both sides also discussed trade."
    )
    assert "Treaty of Good Neighbourship and Friendly Cooperation of 1991" in found
    assert not any(
        "Summer" in f for f in _labels("It will host the Summit in early Summer 2022. The Summit meets")
    )


def test_a_head_word_inside_a_longer_name_does_not_end_it():
    found = _labels(
        "They welcomed the Zorbland-Quixote Act East Forum and the Northern Climate Fund Readiness Programme."
    )
    assert "Zorbland-Quixote Act East Forum" in found
    assert "Northern Climate Fund Readiness Programme" in found


def test_a_name_after_another_names_tail_is_found():
    # the first name's "for …" tail ran on through "and the" into the second, which was lost
    found = _labels(
        "The leaders reaffirmed the 2040 Strategy for the Quixote Lakes Region and the Zorbland Declaration "
        "on Coastal Security."
    )
    assert "2040 Strategy for the Quixote Lakes Region" in found
    assert "Zorbland Declaration on Coastal Security" in found


def test_the_parties_of_one_name_are_not_cut():
    found = _labels("They discussed the Agreement between Quixotia and the Zorbland Economic Commission.")
    assert "Agreement between Quixotia and the Zorbland Economic Commission" in found


def test_a_reference_names_long_form_in_other_words_is_that_name():
    # the reference's "Minerals Security Partnership", written "Mineral …" before its acronym
    found = _labels("Quixotia joined the Mineral Security Partnership (MSP) last year.")
    assert found == ["Minerals Security Partnership"]
