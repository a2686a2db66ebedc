"""Topics: keyword cues of the topic scheme, counted per top concept."""

from __future__ import annotations

from kg.extract.gazetteer import tokenize
from kg.extract.topics import choose_topics, count_cues
from kg.reference import load_reference


def test_cues_of_narrower_concepts_count_for_their_context():
    ref = load_reference()
    counts = count_cues(tokenize("Tuberculosis and primary health care; the pandemic; vaccines."), ref)
    assert [t.key for t in choose_topics(counts, ref)] == ["health"]


def test_at_most_five_well_supported_topics():
    ref = load_reference()
    text = (
        "trade investment trade economy. military defense troops. energy oil gas. climate emissions. "
        "railway transport logistics. education culture. one mention of terrorism."
    )
    chosen = [t.key for t in choose_topics(count_cues(tokenize(text), ref), ref)]
    assert chosen[0] == "economic" and len(chosen) <= 5 and "terrorism" not in chosen
