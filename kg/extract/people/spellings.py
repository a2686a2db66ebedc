"""Another spelling of a reference person's name: the same words but one, written one letter apart
("Crown Prince Mohamed bin Salman" is Mohammed bin Salman), is that person, not a second participant."""

from __future__ import annotations

from kg.extract.people.lexicon import name_key
from kg.reference.tables import Reference

MIN_LETTERS = 4  # the word spelt otherwise: long enough for one letter not to make another name


def respelt(ref: Reference, toks: list[str]) -> str | None:
    """The one reference person whose label or variant has as many words as `toks` (a folded written
    name), all the same but one, and that one a single letter apart (added, dropped or changed, the
    first letter the same); None when there is no such person or more than one."""
    if len(toks) < 2:
        return None
    index = ref.derived("person names by length and end word", _by_length_and_end)
    found = {
        iri
        for end in (toks[0], toks[-1])
        for other, iri in index.get((len(toks), end), ())
        if _one_word_respelt(toks, other)
    }
    return found.pop() if len(found) == 1 else None


def _by_length_and_end(ref: Reference) -> dict[tuple[int, str], list[tuple[tuple[str, ...], str]]]:
    out: dict[tuple[int, str], list[tuple[tuple[str, ...], str]]] = {}
    for e in ref.entities.values():
        if e.kind != "person":
            continue
        for label in {e.label, *e.alt_labels}:
            toks = tuple(name_key(label).split())
            if len(toks) >= 2:
                for end in {toks[0], toks[-1]}:
                    out.setdefault((len(toks), end), []).append((toks, e.props["iri"]))
    return out


def _one_word_respelt(toks: list[str], other: tuple[str, ...]) -> bool:
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
