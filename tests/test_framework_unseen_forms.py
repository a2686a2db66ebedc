"""Framework names never seen in the reference data, read by their form: the head nouns of fact-sheet
programmes, a known body's own charter or treaty, acronyms that count their letters."""

from __future__ import annotations

from kg.extract.frameworks import find_frameworks
from kg.extract.gazetteer import scan
from kg.reference import load_reference


def _found(text: str) -> dict[str, list[str]]:
    ref = load_reference()
    return {e.label: list(e.alt_labels) for e, _, _ in find_frameworks(text, scan(text, ref), ref, set())}


def test_programmes_named_by_a_challenge_accelerator_or_collaborative_are_frameworks():
    found = _found(
        "The United States joined the Zorbland Clean Harbours Challenge, launched a new Quixote Supply "
        "Chain Collaborative and funded the Northern Rivers Investment Accelerator."
    )
    assert "Zorbland Clean Harbours Challenge" in found
    assert "Quixote Supply Chain Collaborative" in found
    assert "Northern Rivers Investment Accelerator" in found


def test_a_known_bodys_charter_is_its_own_framework_not_the_body():
    found = _found("The leaders reaffirmed their commitment to the ASEAN Charter.")
    assert "ASEAN Charter" in found
    assert "Association of Southeast Asian Nations" not in found


def test_a_known_body_with_another_name_for_itself_is_still_the_body():
    found = _found("Both stressed the unity of the NATO Alliance.")
    assert "NATO Alliance" not in found
    assert "North Atlantic Treaty Organization" in found


def test_an_acronym_with_a_count_stands_for_the_whole_name():
    found = _found("They discussed Build Back Quixote World (B2QW) and its projects.")
    assert found.get("Build Back Quixote World") == ["B2QW"]
    assert "Back Quixote World" not in found


def test_a_head_first_name_opening_a_sentence_is_a_framework():
    found = _found(
        "We are setting up four funds. Fund for Zorbland Recovery and Transformation. It opens soon."
    )
    assert "Fund for Zorbland Recovery and Transformation" in found


def test_a_known_programme_with_its_kind_after_it_is_still_that_programme():
    found = _found("Both praised the Youth Building the Future Program.")
    assert "Jóvenes Construyendo el Futuro" in found
    assert "Youth Building the Future Program" not in found


def test_a_name_goes_on_with_its_purpose_after_to_but_not_with_a_party():
    found = _found(
        "The leaders welcomed the Global Coalition to Defeat Zorbs and the Quixote Partnership to "
        "Address the Climate Crisis 2030. They sent the Northern Fisheries Initiative to Ukraine."
    )
    assert "Global Coalition to Defeat Zorbs" in found
    assert "Quixote Partnership to Address the Climate Crisis 2030" in found
    assert "Northern Fisheries Initiative" in found
    assert not any(x.endswith("to Ukraine") for x in found), found


def test_an_arrangement_is_a_framework():
    found = _found("They welcomed the Global Arrangement on Sustainable Zorbland Steel and Aluminum.")
    assert "Global Arrangement on Sustainable Zorbland Steel and Aluminum" in found


def test_a_long_purpose_is_kept_whole_not_cut_at_its_first_and():
    found = _found(
        "They committed to the U.S.-Zorbland Joint Action Plan to Eliminate Racial and Ethnic "
        "Discrimination and Promote Equality to benefit their communities."
    )
    name = (
        "U.S.-Zorbland Joint Action Plan to Eliminate Racial and Ethnic Discrimination and Promote Equality"
    )
    assert name in found, found
