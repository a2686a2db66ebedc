"""How a meeting was held: in person, by phone or by video, from the words that report it."""

from __future__ import annotations

import re

from kg.model import Mode

VIDEO = re.compile(
    r"\b(video ?(?:call|conference|link|format|conversation|message|meeting)s?|videoconferenc\w*|virtual(?:ly)?|"  # noqa: E501
    r"via video|by video|online (?:meeting|format|talks|summit)|secure video)\b",
    re.I,
)
PHONE = re.compile(
    r"\b(tele?phone|phone|(?:spoke|speaks|speak|talked)\s+(?:today |this \w+ |on \w+ )?(?:with|by)|"
    r"call(?:s|ed)?\b(?!\s+(?:on|for|upon)\b)|conversation by phone|phone conversation)",
    re.I,
)
IN_PERSON = re.compile(
    r"\b(met|meets|meeting|talks|received|hosted|welcomed|visit|bilateral|joint press conference|"
    r"summit|in-person|face-to-face|tête-à-tête|tete-a-tete|convened|sidelines|margins)\b",
    re.I,
)


def detect_mode(texts: list[str], context: list[str] = ()) -> tuple[Mode, int]:  # type: ignore[assignment]
    """The mode named by the first text (title, then meeting sentences) that names one, and its index.

    Video beats phone ("video call"), also when only a `context` sentence (the lead) says video;
    an in-person cue in a text wins over a later call."""
    for i, t in enumerate(texts):
        if VIDEO.search(t):
            return "video", i
    if any(VIDEO.search(t) for t in context):
        return "video", -1
    for i, t in enumerate(texts):
        if PHONE.search(t):
            return "phone", i
        if IN_PERSON.search(t):
            return "in_person", i
    return "in_person", -1
