"""The target of an action a sentence names is not at the meeting it reports: a statement ABOUT a state
or leader is no meeting WITH him ("… will meet with G7 leaders … to hold President X accountable").
Read by kg.extract.blocked_spans: the people of such a span take no part."""

from __future__ import annotations

import re

# "hold(s/ing) X accountable / responsible", up to the adjective, within a clause
TARGET = re.compile(r"(?i)\bhold(?:s|ing)?\s+[^.;:,]{1,80}?\s+(?:accountable|responsible)\b")
_WORDS = ("ccountable", "esponsible")


def target_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Text spans (offset by `offset`) naming the target of an action (TARGET)."""
    if not any(w in text for w in _WORDS):
        return []
    return [(m.start() + offset, m.end() + offset) for m in TARGET.finditer(text)]
