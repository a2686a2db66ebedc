"""The proxy for frameworks never seen (eval.unseen_frameworks): the reference with its frameworks
hidden, and the labels its out-of-fold learned step is fitted on. Texts invented here."""

from __future__ import annotations

from eval.unseen_frameworks import _labelled, hidden_reference
from kg.extract.gazetteer import scan
from kg.reference import load_reference


def test_the_hidden_reference_knows_organizations_but_no_framework():
    hidden, full = hidden_reference(), load_reference()
    assert any(e.kind == "framework" for e in full.entities.values())
    assert not any(e.kind == "framework" for e in hidden.entities.values())
    text = "They discussed NATO and the Paris Agreement."
    kinds = {x.kind for x in scan(text, hidden)}
    assert "organization" in kinds and "framework" not in kinds
    assert "framework" in {x.kind for x in scan(text, full)}


def test_a_candidate_is_right_only_for_a_key_framework_the_rules_missed():
    gold = [["Lowland Water Compact"], ["Coastal Fisheries Dialogue"]]
    rules = [{"Coastal Fisheries Dialogue"}]
    cands = [
        ("Lowland Water Compact", {"f": 1.0}),
        ("Coastal Fisheries Dialogue", {"f": 1.0}),
        ("Harbour Days", {}),
    ]
    assert [y for _, _, y in _labelled([(gold, rules, cands)])] == [1, 0, 0]
