"""Compiling the long patterns that scan whole texts so that the scan is fast.

Python's regular-expression engine skips quickly over the positions where a pattern cannot start
only when the pattern opens with a literal or a character class; a pattern that opens with a
look-behind (`(?<![\\w-])`) or an alternation of many words is tried at every position. Put in front,
a look-ahead naming the characters every match starts with lets the engine reject most positions
at once: the same matches, three times faster on the people patterns.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# every pattern led_by compiled, with the pattern it leads (what tests/test_patterns.py compares)
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
