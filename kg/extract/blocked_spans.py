"""Spans of a sentence whose people are not at the meeting it reports, besides kg.extract.elsewhere's
other meetings: a past occasion it recalls (kg.extract.past_occasion), and a meeting the talks
prepare for ("spoke with X to prepare for the President's meeting on January 21 with Prime Minister
Y and to discuss …": Y is at that later meeting, not at this call), and talks a sentence tells in the
future ("During talks with Prime Minister Z, we will outline …": Z is at those talks)."""

from __future__ import annotations

import re

from kg.extract.past_occasion import past_occasion_spans
from kg.extract.targets import target_spans

# the meeting prepared for, up to the end of its clause (a comma, a semicolon, "and to …")
PREPARED_FOR = re.compile(
    r"(?i)\b(?:prepar(?:e|es|ed|ing)|preparations?|get\s+ready)\s+for\s+(?:the\s+|a\s+|an\s+)?"
    r"(?:[\w'’.-]+\s+){0,4}?(?:meetings?|talks|visits?|summit|calls?|trip|conversation|negotiations)\b"
    r"(?:(?!\s+and\s+(?:to|also)\s)[^,;])*"
)

# an opener naming talks whose clause is in the future
FUTURE_TALKS = re.compile(
    r"(?i)^\s*(?:during|at|in\s+the\s+course\s+of)\s+(?:(?:the|our|my|his|her|their|upcoming|forthcoming)\s+)*"
    r"(?:talks|meetings?|negotiations|visit|conversation)\s+with\b[^,;]*(?=,\s*(?:[\w'’-]+\s+){1,3}?(?:will|shall)\b)"
)


def not_here_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """Text spans (offset by `offset`) of a sentence telling of a past occasion, a meeting prepared for,
    or the target of an action."""
    spans = past_occasion_spans(text, offset)
    if "repar" in text or "ready" in text:
        spans += [(m.start() + offset, m.end() + offset) for m in PREPARED_FOR.finditer(text)]
    spans += [(m.start() + offset, m.end() + offset) for m in FUTURE_TALKS.finditer(text)]
    return spans + target_spans(text, offset)  # the target of an action (kg.extract.targets)
