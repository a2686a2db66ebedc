"""Frameworks the text introduces by a naming verb ("a program it's calling …", "a fund called …",
"known as …", a quoted principle) or as a paper signed or adopted, named in lower case by its kind
and subject: names no reference data holds."""

from __future__ import annotations

from kg.extract.framework_named import named_forms
from kg.extract.frameworks import find_frameworks
from kg.extract.gazetteer import scan
from kg.reference import load_reference


def _found(text: str) -> set[str]:
    ref = load_reference()
    return {e.label for e, _, _ in find_frameworks(text, scan(text, ref), ref, set())}


def test_a_program_given_a_name_by_a_verb_of_naming_is_a_framework():
    found = _found(
        "The agency will launch a program it’s calling Harbor Lights for Quixotia. It runs two years."
    )
    assert "Harbor Lights for Quixotia" in found


def test_a_fund_called_and_an_agreement_known_as_are_frameworks_without_the_article():
    found = _found(
        "They set up a new fund called the Clear Rivers Promise. The leaders recalled a partnership "
        "known as the Blue Lakes Twelve."
    )
    assert "Clear Rivers Promise" in found
    assert "Blue Lakes Twelve" in found


def test_a_quoted_principle_is_a_framework():
    labels = [
        label for label, _, _ in named_forms("They agreed on the principle of “nothing about us without us”.")
    ]
    assert labels == ["nothing about us without us"]


def test_a_paper_signed_in_lower_case_is_named_to_the_end_of_its_clause():
    found = _found(
        "The two presidents signed a treaty on the deepening of allied relations between Zorbland and "
        "Quixotia, which will give new impetus to trade."
    )
    assert "treaty on the deepening of allied relations between Zorbland and Quixotia" in found


def test_an_agreement_on_a_need_a_verb_called_for_or_a_name_past_a_full_stop_is_none():
    assert list(named_forms("The leaders signed an agreement on the need to act together.")) == []
    assert list(named_forms("It is a program called for by many states.")) == []
    labels = [label for label, _, _ in named_forms("a fund called Quixote Rivers Relief. It opens in May.")]
    assert labels == ["Quixote Rivers Relief"]
