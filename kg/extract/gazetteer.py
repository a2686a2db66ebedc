"""Find the reference entities named in a text in one pass over its tokens (a token trie lookup).

Labels are compared accent- and case-free, except acronyms (WHO, US, G7), which must appear in
capitals; any other label must contain a capital letter where it appears, so common words
("turkey", "who") are not mistaken for names, unless the label itself is several words in lower
case ("two-state solution", "open door policy").
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass
from itertools import accumulate, compress, count, repeat
from operator import itemgetter, or_
from typing import NamedTuple

from kg.reference.tables import Reference, fold, spelling

TOKEN = re.compile(r"[^\W_]+")
_SPLIT = re.compile(r"([^\W_]+)")  # TOKEN's matches between the text around them


class Token(NamedTuple):
    norm: str
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A span of the text naming a reference entity."""

    iri: str
    kind: str
    start: int
    end: int
    surname: bool  # matched through a person's surname alone


@functools.lru_cache(maxsize=65536)
def _fold(tok: str) -> str:
    return fold(tok)


_NEW = re.compile(r"\bNew $")
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


@functools.lru_cache(maxsize=4096)
def _fold_char(c: str) -> str:
    f = fold(c)
    return f if len(f) == 1 else c.lower()


def fold_text(text: str) -> str:
    """`fold` of a whole text, keeping every character's offset (one character in, one out)."""
    low = text.lower()
    if low.isascii() and len(low) == len(text):
        return spelling(low)
    if len(low) != len(text):  # rare case-mapping expansions: fold character by character
        return spelling("".join(_fold_char(c) for c in text))
    return spelling(_NON_ASCII.sub(lambda m: _fold_char(m.group()), low))


_new_tuple = tuple.__new__  # builds a Token without the slower call of its class


def tokenize(text: str) -> list[Token]:
    """Word tokens with folded form and offsets."""
    # the pieces alternate between the text between tokens and a token: each piece's end offset is
    # the sum of the lengths so far (faster than reading a match object per token)
    pieces = _SPLIT.split(fold_text(text))
    ends = list(accumulate(map(len, pieces)))
    return list(map(_new_tuple, repeat(Token), zip(pieces[1::2], ends[:-1:2], ends[1::2], strict=True)))


# a short text's mentions, kept per reference data: the steps scan the same labels and phrases
# again and again (three scans in four are of a text scanned before)
SHORT = 400
_KEPT = 50_000


def scan(text: str, ref: Reference, tokens: list[Token] | None = None) -> list[Mention]:
    """All longest, non-overlapping mentions of reference entities in `text`, in order."""
    if tokens is not None or len(text) > SHORT:
        return _scan(text, ref, tokens)
    kept: dict[str, list[Mention]] = ref.derived("scanned texts", lambda r: {})
    if len(kept) > _KEPT:
        kept.clear()
    found = kept.get(text)
    if found is None:
        found = kept[text] = _scan(text, ref)
    return list(found)


def _scan(text: str, ref: Reference, tokens: list[Token] | None = None) -> list[Mention]:
    toks = tokens if tokens is not None else tokenize(text)
    out: list[Mention] = []
    i, n = 0, len(toks)
    names, first, pairs = ref.names, _sorted_lengths(ref), _pair_lengths(ref)
    norms = list(map(itemgetter(0), toks))
    # only the tokens some name starts with are tried, left to right, each past the last mention: a
    # name of one token, or one of several starting with it and the token after it (most tokens
    # starting a name, "the", "to", start only longer ones, with other words)
    singles = _single_starts(ref)
    pair_starts = map(pairs.__contains__, zip(norms, [*norms[1:], ""], strict=True))
    starts = map(or_, map(singles.__contains__, norms), pair_starts)
    for j in compress(count(), starts):
        if j < i:
            continue
        i = j
        lengths = first[norms[i]]
        if lengths[0] > 1:  # of its longer names, only those that start with these two tokens
            single = lengths[-1] == 1
            lengths = pairs.get((norms[i], norms[i + 1]), ()) if i + 1 < n else ()
            lengths = (*lengths, 1) if single else lengths
        matched = 0
        for length in lengths:
            if i + length > n:
                continue
            seq = tuple(norms[i : i + length])
            hits = names.get(seq)
            if not hits:
                continue
            start, end = toks[i].start, toks[i + length - 1].end
            # tokens must be adjacent (only spaces, hyphens, apostrophes or dots between them)
            if any(not _joins(text, toks[k].end, toks[k + 1].start) for k in range(i, i + length - 1)):
                continue
            span = text[start:end]
            good = []
            for h in hits:
                if h.acronym:
                    if span.isupper() or span[:1].isdigit():
                        good.append(h)
                elif (h.lower or any(c.isupper() for c in span) or span[:1].isdigit()) and not (
                    h.yields_to_acronym and span.isupper()
                ):
                    good.append(h)
            if (
                good
                and ref.entities[good[0].iri].kind == "country"
                and _NEW.search(text, max(0, start - 5), start)
            ):
                good = []  # "New Mexico", "New Caledonia" unless a label of its own: not the country
            if good:
                for h in good:
                    e = ref.entities[h.iri]
                    out.append(Mention(h.iri, e.kind, start, end, h.surname))
                matched = length
                break
        i += matched or 1
    return _rejoined(out, toks, ref) if len(out) > 1 else out


def _rejoined(out: list[Mention], toks: list[Token], ref: Reference) -> list[Mention]:
    """'President Michel Aoun': a person's label ('President Michel') whose last word starts the
    full name of the person named next by his surname is that person's name."""
    for x in range(len(out) - 2, -1, -1):
        a, b = out[x], out[x + 1]
        if a.kind != "person" or b.kind != "person" or a.surname or not b.surname or a.iri == b.iri:
            continue
        k, kb = _token_ending(toks, a.end), _token_ending(toks, b.end)
        if k is None or kb is None or toks[k].start <= a.start:
            continue
        hits = ref.names.get(tuple(t[0] for t in toks[k : kb + 1])) or []
        if any(h.iri == b.iri and not h.surname for h in hits):
            out[x : x + 2] = [Mention(b.iri, "person", toks[k].start, b.end, False)]
    return out


def _token_ending(toks: list[Token], end: int) -> int | None:
    """The index of the token ending at `end`, if one does (token ends increase)."""
    k = bisect_left(toks, end, key=itemgetter(2))
    return k if k < len(toks) and toks[k].end == end else None


def _sorted_lengths(ref: Reference) -> dict[str, tuple[int, ...]]:
    return ref.derived(
        "name lengths",
        lambda r: {k: tuple(sorted(v, reverse=True)) for k, v in r.first_lengths.items() if v},
    )


def _single_starts(ref: Reference) -> frozenset[str]:
    """The tokens that are a name by themselves."""
    return ref.derived(
        "one-token names", lambda r: frozenset(k for k, v in _sorted_lengths(r).items() if v[-1] == 1)
    )


def _pair_lengths(ref: Reference) -> dict[tuple[str, ...], tuple[int, ...]]:
    """The first two tokens of every name of several tokens -> the lengths of those names, longest first."""

    def build(r: Reference) -> dict[tuple[str, ...], tuple[int, ...]]:
        lengths: dict[tuple[str, ...], set[int]] = {}
        for k in r.names:
            if len(k) > 1:
                lengths.setdefault(k[:2], set()).add(len(k))
        return {pair: tuple(sorted(v, reverse=True)) for pair, v in lengths.items()}

    return ref.derived("name pair lengths", build)


def _joins(text: str, a: int, b: int) -> bool:
    gap = text[a:b]
    return len(gap) <= 3 and all(c in " -'\u2019.\u2010\u2011\u2013+" for c in gap)  # "+": "C5+1"
