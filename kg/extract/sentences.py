"""Split a release text into sentences with character offsets (no model, abbreviation-aware)."""

from __future__ import annotations

import re
from dataclasses import dataclass

# A sentence ends at . ! ? (with an optional closing quote/bracket) before spaces and an upper-case
# letter, digit or opening quote; a line break always ends one (two or more: a paragraph break).
# Each match opens with its rarest character (the stop, the line break), one class the search skips
# to (an alternation of two branches would be tried at every position): a stop's match starts one
# character before the boundary, a line break's may start past the spaces before it (the sentence
# before is stripped of them either way); group 2 holds what follows a line break.
_BOUNDARY = re.compile(
    r"[.!?\n](?:(?<=[.!?])([\"'\u201d\u2019)\]]?)[ \t]+(?=[\"'\u201c\u2018(\[]?[A-Z0-9])|(?<=\n)(\s*))"
)
_INITIALS = re.compile(r"(?:[a-z]\.)+[a-z]")
_ABBREVIATIONS = frozenset(
    "mr mrs ms dr st jr sr gen lt col maj capt adm sgt prof rev hon gov sen rep no nos art vs etc inc ltd "
    "co corp mt ft jan feb mar apr jun jul aug sep sept oct nov dec u.s a.m p.m e.g i.e".split()
)


@dataclass(frozen=True)
class Sentence:
    """A sentence: its text, [start, end) offsets in the document text and its paragraph number."""

    text: str
    start: int
    end: int
    para: int


def _is_abbreviation(text: str, end: int) -> bool:
    """Is the word ending at `end` (on a full stop) an abbreviation or an initial? (Its last 24
    characters at most.)"""
    if end >= 6 and text[end - 6 : end - 1].isalpha():
        return False  # five letters before the stop: longer than any abbreviation, and no initial
    words = text[max(0, end - 24) : end].rsplit(None, 1)
    if not words:
        return False
    word = words[-1].rstrip(".").lstrip("(\"'\u201c").lower()
    return (
        word in _ABBREVIATIONS
        or (len(word) == 1 and word.isalpha())
        or ("." in word and bool(_INITIALS.fullmatch(word)))  # (initials hold a stop)
    )


def split_sentences(text: str) -> list[Sentence]:
    """Sentences of `text` in order; offsets satisfy text[s.start:s.end] == s.text."""
    return _split(text, 0, 0)


# how far past a boundary's end the split reads (the look-ahead past a stop's spaces)
_READ_PAST = 3


def split_from(text: str, head: list[Sentence], cut: int) -> list[Sentence]:
    """`split_sentences(text)`, given `head`, the sentences of text[:cut]: those of them that start
    more than _READ_PAST characters before the cut follow boundaries the whole text has too (a
    boundary's match reads no further), so they are kept (as new objects) and the text is split again
    from the last of them on."""
    if cut >= len(text):
        return [Sentence(s.text, s.start, s.end, s.para) for s in head]
    k = len(head) - 1
    while k > 0 and head[k].start + _READ_PAST >= cut:
        k -= 1
    if k <= 0:
        return split_sentences(text)
    # a boundary's match ends where the next sentence starts (it takes the spaces after it)
    kept = [Sentence(s.text, s.start, s.end, s.para) for s in head[:k]]
    return kept + _split(text, head[k].start, head[k].para)


def _split(text: str, start: int, para: int) -> list[Sentence]:
    """The sentences of text[start:], the first of them in paragraph `para` (`start`: just past a
    boundary, or 0)."""
    out: list[Sentence] = []
    for m in _BOUNDARY.finditer(text, start):
        closing, after = m.groups()  # (after: what follows a line break)
        if after is None:
            at = m.start() + 1  # past the stop
            # no sentence ends at an abbreviation, nor at one closing a bracket ("States (U.S.) Summit")
            if closing in ("", ")", "]") and _is_abbreviation(text, at):
                continue
            end = at + len(closing)
        else:  # line break(s)
            end = m.start()
        _emit(text, start, end, para, out)
        if after is not None and "\n" in after:
            para += 1  # a paragraph break (two line breaks or more)
        start = m.end()
    _emit(text, start, len(text), para, out)
    return out


_new = object.__new__  # builds a Sentence without the slower call of its frozen class (the same fields)


def _emit(text: str, start: int, end: int, para: int, out: list[Sentence]) -> None:
    piece = text[start:end]
    kept = piece.strip()  # (str.strip takes off what str.isspace calls space)
    if kept:
        start += len(piece) - len(piece.lstrip())
        s = _new(Sentence)
        s.__dict__.update(text=kept, start=start, end=start + len(kept), para=para)
        out.append(s)
