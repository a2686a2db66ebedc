"""The faster forms of the hot scans find exactly what their plain forms find: the mention cue
pattern behind its word-start guard, the sentence splitter whose boundaries open with their rarest
character, and the tokenizer that sums piece lengths instead of reading match objects. On text
written here, and on the shared corpus."""

from __future__ import annotations

import random
import re

import pytest

from kg.extract.gazetteer import TOKEN, Token, fold_text, tokenize
from kg.extract.mention_cues import MENTION, mention_cue
from kg.extract.sentences import Sentence, _is_abbreviation, split_sentences
from kg.readers import read_paths
from tests.conftest import SHARED_CORPUS

WORD_START = r"(?:(?<!\w)|(?=['’]))"
# the plain sentence boundary: one match at each boundary, where it is
BOUNDARY = re.compile(
    r"(?=[\s\"'\u201d\u2019)\]])"
    r"(?:(?<=[.!?])([\"'\u201d\u2019)\]]?)[ \t]+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])|(\s*\n\s*\n\s*|\s*\n\s*))"
)

WRITTEN = [
    "I spoke with President Roe today. We also talked to Prime Minister Doe. He was meeting with "
    "officials. The President's call with King Ivo went well; in a call with the Chancellor, I thanked "
    "him. There were talks with Ruritania. A conversation took place with the Emir. I received a call "
    "from Premier Lee. I have personally called President Max. Roe joined leaders for a virtual meeting. "
    "My partner in conversation yesterday, President Bee, agreed. (He met with Ann.) 'spoke with' Doe",
    'Ms. Roe arrived.\n\n  He met Dr. Doe (U.S.) on Jan. 5. "We agreed." Then: A.B. left!\nNext line\t\n'
    "  \n\nLast one? Yes. 12 states met… ‘Quoted’ end.  \u2028 \n x",
    "Élodie Durand_Ōta met İstanbul's mayor, C5+1 talks; naïve 2nd café — Straße x\u0130y ﬁne.",
]


def _unguarded(pattern: re.Pattern[str], guard: str) -> re.Pattern[str]:
    assert guard in pattern.pattern
    return re.compile(pattern.pattern.replace(guard, "", 1), pattern.flags)


def _matches(pattern: re.Pattern[str], text: str) -> list[tuple]:
    return [(m.span(), m.groups()) for m in pattern.finditer(text)]


def _plain_sentences(text: str) -> list[Sentence]:
    out, start, para = [], 0, 0

    def emit(end: int) -> None:
        piece = text[start:end]
        if piece.strip():
            at = start + len(piece) - len(piece.lstrip())
            out.append(Sentence(piece.strip(), at, at + len(piece.strip()), para))

    for m in BOUNDARY.finditer(text):
        if m.group(2) is not None:
            emit(m.start())
            para += m.group(2).count("\n") >= 2
        elif m.group(1) not in ("", ")", "]") or not _is_abbreviation(text, m.start()):
            emit(m.start() + len(m.group(1)))
        else:
            continue
        start = m.end()
    emit(len(text))
    return out


def _slow_tokens(text: str) -> list[Token]:
    return [Token(m.group(), m.start(), m.end()) for m in TOKEN.finditer(fold_text(text))]


def _check(texts: list[str]) -> None:
    mention = _unguarded(MENTION, WORD_START)
    for text in texts:
        assert _matches(MENTION, text) == _matches(mention, text)
        for at in range(0, len(text), 97):  # windows, as mentions_any searches them
            found, plain = MENTION.search(text, at, at + 160), mention.search(text, at, at + 160)
            assert (found and found.span()) == (plain and plain.span())
        assert split_sentences(text) == _plain_sentences(text)
        assert tokenize(text) == _slow_tokens(text)


@pytest.mark.parametrize("text", WRITTEN)
def test_the_same_matches_and_tokens_on_written_text(text):
    _check([text])


def test_written_text_has_cues_sentences_and_tokens_to_compare():
    assert len(_matches(MENTION, WRITTEN[0])) >= 8
    assert len(split_sentences(WRITTEN[1])) >= 8
    assert [t.norm for t in tokenize("Élodie's C5+1")] == ["elodie", "s", "c5", "1"]
    assert all(type(t) is Token for t in tokenize(WRITTEN[2]))


def test_a_cached_cue_is_the_cue():
    text = "Yesterday I spoke with President Roe of Ruritania."
    first = mention_cue(text)
    assert first is not None and first.group().startswith("spoke")
    assert mention_cue(text).span() == first.span()


def test_the_same_matches_and_tokens_on_the_corpus():
    files = sorted(SHARED_CORPUS.glob("*/**/*.md"))
    if not files:
        pytest.skip(f"the shared corpus is not at {SHARED_CORPUS}")
    _check([d.text for d in read_paths(random.Random(5).sample(files, min(150, len(files))))])
