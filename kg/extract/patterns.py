"""Compiling the long patterns that scan whole texts so that the scan is fast.

Python's regular-expression engine skips quickly over the positions where a pattern cannot start
only when the pattern opens with a literal or a character class; a pattern that opens with a
look-behind (`(?<![\\w-])`), a word boundary (`\\b`) or an alternation of many words is tried at
every position. Put in front, a look-ahead naming the characters every match starts with lets the
engine reject most positions at once: the same matches, three times faster on the people patterns
(`led_by`). A pattern opening with words at a word boundary (`\\bwith`, `\\b(?:his|her)`) is
written with each word's literal start first and the boundary checked behind it (`at_words`): the
engine then skips to those letters, the same matches, up to ten times faster.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence

# every pattern led_by or at_words compiled, with the pattern it stands for (what
# tests/test_patterns.py compares)
LED: list[tuple[re.Pattern[str], str, int]] = []


def led_by(first: str, pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`pattern` compiled behind a look-ahead for the character class `first` (written as inside
    brackets: "A-Z"); every match of the pattern must start with one of its characters, or matches
    are lost (tests/test_patterns.py compares both on the corpus)."""
    led = re.compile(rf"(?=[{first}])(?:{pattern})", flags)
    LED.append((led, pattern, flags))
    return led


def initials(words: Iterable[str]) -> str:
    """The character class of the first letters of `words`, for `led_by`."""
    return re.escape("".join(sorted({w[0] for w in words if w})))


def at_words(words: Sequence[str], rest: str = "", flags: int = 0) -> re.Pattern[str]:
    """`\\b(?:w1|w2|…)` followed by `rest`, compiled so that the search skips to the words
    (`at_starts` with a word boundary before them). Each word must start with a literal letter; no
    flags (under re.IGNORECASE the engine does not skip to a letter)."""
    if flags or any(not w[:1].isalpha() for w in words):
        raise ValueError("at_words: case-sensitive words, each starting with a literal letter, no flags")
    return at_starts(words, rest, before=None)


_LETTERS = re.compile(r"[A-Za-z]*")


def _lead(alternative: str) -> str:
    """The literal letters an alternative starts with (not one that a quantifier after it makes
    optional or repeats)."""
    lead = _LETTERS.match(alternative).group()  # type: ignore[union-attr]
    return lead[:-1] if alternative[len(lead) : len(lead) + 1] in ("?", "*", "+", "{") else lead


def at_starts(
    alternatives: Sequence[str], rest: str = "", before: str | None = r"[\w-]", group: bool = False
) -> re.Pattern[str]:
    """`(?<!{before})(?:a1|a2|…){rest}` (`before`: a class of one character, no word may follow one
    of it; None: a word boundary, `\b(?:a1|…)`) compiled so that the search skips to the
    alternatives' first letters, as `at_words` does: the alternatives with one first letter as one
    branch, in their order, their literal start (the longest one they share) checked for what comes
    before it (`lit(?<!{before}lit)(?:tails)`). Each alternative is a pattern starting with a literal
    letter, with no `|` outside brackets; case-sensitive. An optional lead-in is written out as
    alternatives of its own, before the others (it is tried first): `Vice-(?:…)`, then the words.
    `group`: the alternatives in a capturing group (`\b((?:…))`: group 1)."""
    if any(not _lead(a) for a in alternatives):
        raise ValueError("at_starts: each alternative starts with a literal letter")
    groups: dict[str, list[str]] = {}
    for a in alternatives:
        groups.setdefault(a[0], []).append(a)
    branches = []
    for members in groups.values():
        lead = min(map(_lead, members), key=len)
        while not all(a.startswith(lead) for a in members):
            lead = lead[:-1]
        check = rf"(?<=\b{lead})" if before is None else rf"(?<!{before}{lead})"
        branches.append(f"{lead}{check}(?:{'|'.join(a[len(lead) :] for a in members)})")
    opening, start = ("(" if group else "(?:"), (r"\b" if before is None else rf"(?<!{before})")
    compiled = re.compile(f"{opening}{'|'.join(branches)}){rest}")
    LED.append((compiled, f"{start}{opening}{'|'.join(alternatives)}){rest}", 0))
    return compiled


# the letters that case-blind "i" and "s" match besides their own and whose lower case is another one
FOLDED_ODDLY = ("\u0130", "\u0131", "\u017f")  # İ, ı, ſ


def lower_case_reads(text: str) -> bool:
    """Does a pattern of lower-case words, searched in `text.lower()`, match wherever its case-blind
    form matches in `text`? (Yes unless the text holds a letter of FOLDED_ODDLY.)"""
    return text.isascii() or not ("\u0130" in text or "\u0131" in text or "\u017f" in text)


_LOWERED: list[tuple[str, str]] = []  # the last text lowered by `lowered`, and its lower case


def lowered(text: str) -> str:
    """`text.lower()`, kept for the last text asked: the steps that read a release's whole text in
    lower case share one (give it the release's text, not its sentences)."""
    if not _LOWERED or _LOWERED[0][0] is not text:
        _LOWERED[:] = [(text, text.lower())]
    return _LOWERED[0][1]


# every case-blind pattern screened by words (`screen_words`), with its words: tests/test_patterns.py
# checks on the corpus that each match of the pattern holds one of them
SCREENS: list[tuple[re.Pattern[str], tuple[str, ...]]] = []


def screen_words(pattern: re.Pattern[str], words: Sequence[str]) -> tuple[str, ...]:
    """`words` (in lower case) one of which every match of `pattern` holds, kept for the tests:
    `holds_any(text, words) and pattern.search(text)` is then the search, skipped at once for the many
    sentences without any of them (a few `in` tests where the case-blind pattern is tried at every
    position)."""
    if any(w != w.lower() for w in words):
        raise ValueError("screen_words: words in lower case")
    SCREENS.append((pattern, tuple(words)))
    return tuple(words)


def word_starts(low: str, word: str) -> Iterator[int]:
    """Where `word` starts in `low` (a text in lower case), in order: where a case-blind pattern
    starting with it may match (tried there, not at every position)."""
    at = low.find(word)
    while at >= 0:
        yield at
        at = low.find(word, at + 1)


def holds_any(text: str, words: Sequence[str]) -> bool:
    """Does `text` hold one of the lower-case `words` as a case-blind pattern reads them (in its lower
    case; always True when it holds a letter of FOLDED_ODDLY)?"""
    if not lower_case_reads(text):
        return True
    low = text.lower()
    for w in words:  # (a loop, not any() over a generator: called on every sentence)
        if w in low:
            return True
    return False


def whole_words(text: str, words: Iterable[str]) -> Iterator[int]:
    """Where one of `words` (each a run of letters and digits) stands in `text` as a whole word, no
    letter or digit either side: the starts of `(?<![^\\W_])(?:w1|w2|…)(?![^\\W_])`'s matches, in no
    set order (a few `str.find` scans where that alternation is tried at every position)."""
    for w in words:
        at, n = text.find(w), len(w)
        while at >= 0:
            end = at + n
            if (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum()):
                yield at
            at = text.find(w, at + 1)
