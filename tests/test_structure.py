"""Structural features of a release (kg.extract.structure) and the feature groups a model file names."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import learned
from kg.extract.structure import structure_features
from kg.reference import load_reference
from tests.helpers import akorda_release


@pytest.fixture(scope="module")
def ref():  # type: ignore[no-untyped-def]
    return load_reference()


def test_a_meeting_with_a_foreign_leader_shows_a_foreign_party_beside_the_meeting_verb(ref) -> None:  # type: ignore[no-untyped-def]
    doc = akorda_release(
        "Kassym-Jomart Tokayev held talks with President of France Emmanuel Macron",
        "Today, Kassym-Jomart Tokayev met with President of France Emmanuel Macron in Astana. "
        "The two leaders discussed trade and energy.",
        released=date(2024, 6, 3),
    )
    f = structure_features(doc, ref)
    assert "s:t_foreign_leader=0" not in f and "s:t_foreign_state=0" not in f
    assert "s:l_verb_foreign=0" not in f and "s:l_verb_foreign_own_leader" in f
    assert "s:type=meeting&t_foreign=some" in f


def test_a_domestic_release_names_no_foreign_party(ref) -> None:  # type: ignore[no-untyped-def]
    doc = akorda_release(
        "The Head of State received the Minister of Education",
        "Kassym-Jomart Tokayev received the Minister of Education to discuss the new school year. "
        "The President was briefed on the construction of schools.",
        released=date(2024, 6, 3),
    )
    f = structure_features(doc, ref)
    for k in ("t_foreign_person", "l_foreign_person", "l_foreign_state", "l_verb_foreign"):
        assert f"s:{k}=0" in f
    assert "s:type=meeting&t_foreign=none" in f


def test_future_and_past_cues_are_counted(ref) -> None:  # type: ignore[no-untyped-def]
    planned = structure_features(
        akorda_release("Visit", "The President will visit France next week.", released=date(2024, 6, 3)), ref
    )
    held = structure_features(
        akorda_release("Visit", "The President visited France yesterday.", released=date(2024, 6, 3)), ref
    )
    assert "s:future=0" not in planned and "s:future=0" in held
    assert "s:past=0" not in held


def test_a_model_file_naming_no_groups_gets_the_words_and_rules_alone(ref) -> None:  # type: ignore[no-untyped-def]
    doc = akorda_release(
        "Talks with President of France Emmanuel Macron",
        "Kassym-Jomart Tokayev met Emmanuel Macron.",
        released=date(2024, 6, 3),
    )
    words = learned.features(doc, [], ref)
    both = learned.features(doc, [], ref, ("reader", "rules", "words", "structure"))
    assert not any(k.startswith("s:") for k in words)
    assert set(words) < set(both) and any(k.startswith("s:") for k in both)
    shape = learned.features(doc, [], ref, ("rules", "structure"))
    assert not any(k.startswith(("t:", "l:", "c:", "r:reader=")) for k in shape)
    assert shape == learned.features(doc, [], ref, ("rules", "structure"))  # deterministic
