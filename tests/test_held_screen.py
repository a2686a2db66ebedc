"""`held_screen.may_hold` never hides a cue `held_cue` would find: on a sentence of each kind of cue,
and on the titles, leads and lead sentences of real releases (when ../shared/corpus is present)."""

from __future__ import annotations

import itertools

import pytest

from kg.extract.detect_cues import search_held as held_cue
from kg.extract.held_screen import may_hold
from kg.extract.sentences import split_sentences
from kg.model import Document
from kg.readers import read_paths
from tests.conftest import SHARED_CORPUS

# invented sentences, one or more per branch of detect_cues.HELD
CUED = [
    "The President met with the Prime Minister of Norway.",
    "The leaders held productive talks on trade.",
    "They had a phone call on Monday.",
    "The ministers conducted the second round of negotiations.",
    "The President and the King signed a joint declaration.",
    "Leaders gathered for the annual regional summit.",
    "The President spoke by phone today with the Chancellor.",
    "The two exchanged views with each other.",
    "The Vice President conferred with advisers.",
    "The President received a call from the Emir.",
    "The President hosted the delegation.",
    "The President welcomed Prime Minister Smith to the capital.",
    "The President was joined by the Governor.",
    "The President called Prime Minister Jones.",
    "The President discussed the situation with Chancellor Brown.",
    "The President attended the regional summit.",
    "The President took part in the ministerial conference.",
    "The consultations in Geneva took place behind closed doors.",
    "In the presence of the two leaders, the ministers signed the accord.",
    "The President received the credentials of new ambassadors.",
    "They gave a joint press conference.",
    "Following the talks, the sides issued a statement.",
    "During their meeting, the leaders agreed to cooperate.",
    "After their summit, the leaders left.",
    "It was a meeting of minds.",
    "THE PRESIDENT MET THE PRIME MINISTER.",
]


@pytest.mark.parametrize("sentence", CUED)
def test_the_screen_lets_every_kind_of_cue_through(sentence):
    assert held_cue(sentence) is not None  # (the sentence is a cue: else this test checks nothing)
    assert may_hold(sentence)


def test_the_screen_turns_away_texts_with_no_cue_words():
    assert not may_hold("The President issued a proclamation on National Park Week.")
    assert may_hold("THE PRESİDENT")  # a dotted capital I: lower() lengthens it, so no screening


def test_the_screen_never_hides_a_cue_of_real_releases():
    folder = SHARED_CORPUS / "whitehouse"
    if not folder.is_dir():
        pytest.skip(f"the shared corpus is not at {SHARED_CORPUS}")
    files = sorted(p for p in folder.rglob("*.md"))[::40]
    texts: list[str] = []
    for doc in itertools.islice((d for d in read_paths(files) if isinstance(d, Document)), 250):
        texts += [doc.title, doc.text[:600], *(s.text for s in split_sentences(doc.text[:3000])[:12])]
    hidden = [t for t in texts if not may_hold(t) and held_cue(t) is not None]
    assert not hidden, hidden[:3]
    assert sum(map(may_hold, texts)) < 0.6 * len(texts)  # and it does screen: most texts hold no cue word
