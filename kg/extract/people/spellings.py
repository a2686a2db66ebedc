"""Another spelling of a reference person's name: the same words but one, written one letter apart
("Crown Prince Mohamed bin Salman" beside "Mohammed bin Salman" in the title), is that person, not a
second participant (read by kg.extract.people.merge)."""

from __future__ import annotations

from collections.abc import Iterable

from kg.extract.people.lexicon import name_key

MIN_LETTERS = 4  # the word spelt otherwise: long enough for one letter not to make another name


def respelt(toks: list[str], names: Iterable[str]) -> bool:
    """Is the folded written name `toks` one of `names` (a person's label and variants) spelt
    otherwise: as many words, all the same but one, and that one a single letter apart (added,
    dropped or changed, the first letter the same)?"""
    return len(toks) >= 2 and any(_one_word_respelt(toks, name_key(n).split()) for n in names)


def _one_word_respelt(toks: list[str], other: list[str]) -> bool:
    if len(toks) != len(other):
        return False
    diff = [(a, b) for a, b in zip(toks, other, strict=True) if a != b]
    if len(diff) != 1:
        return False
    a, b = diff[0]
    return min(len(a), len(b)) >= MIN_LETTERS and a[0] == b[0] and _one_edit(a, b)


def _one_edit(a: str, b: str) -> bool:
    """Are two words one letter apart (one added, dropped or changed)?"""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b, strict=True)) == 1
    short, long = (a, b) if len(a) < len(b) else (b, a)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))
