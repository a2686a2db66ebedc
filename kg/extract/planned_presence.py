"""Sentences saying who takes part that, in an announcement, tell another event than the meeting to come:
- one in the past tense ("X and Y agreed at the last summit to set up committees, co-chaired by …", "The
  Secretary was joined by …"), unless it also speaks of what is to come ("… and will be joined by …");
- one naming our home officials by a domestic office ("On the ground in Z, the President will be joined
  by Governor A, Senator B and Mayor C": a briefing's domestic stop, not the foreign leader's visit).
Read by kg.extract.participants for planned meetings: such a sentence, outside the meeting's own
sentences, names none of its participants."""

from __future__ import annotations

import re

# a past-tense report of presence or of a meeting's outcome
TOLD_PAST = re.compile(
    r"(?i)\b(?:was|were|had|took\s+part|participated|attended|joined|agreed|met|held|hosted|convened|"
    r"gathered|brought\s+together|(?:co-?)?chaired|accompanied|launched|announced|spoke)\b"
)
# a word of what is to come
TO_COME = re.compile(
    r"(?i)\b(?:will|would|shall|(?:is|are)\s+(?:to|set|scheduled|expected)|plans?\s+to|to\s+be|"
    r"upcoming|next|tomorrow|looks?\s+forward)\b"
)


# a domestic office before a name ("Governor A", "Senator B", "Congresswoman C", "Mayor D")
DOMESTIC = re.compile(
    r"\b(?:(?:Lieutenant\s+)?Governor|(?:State\s+)?Senator|Congress(?:wo)?man|(?<!Trade\s)Representative|Mayor|"
    r"County\s+Executive)\s+(?-i:[A-Z])"
)
_DOMESTIC_WORDS = ("Governor", "Senator", "Congress", "Representative", "Mayor", "County")


def told_as_past(text: str) -> bool:
    """Does a sentence tell presence or a meeting in the past tense only (no word of what is to come)?"""
    return bool(TOLD_PAST.search(text)) and not TO_COME.search(text)


def home_stop(text: str) -> bool:
    """Does a sentence name officials by a domestic office (DOMESTIC): a domestic event's company?"""
    return any(w in text for w in _DOMESTIC_WORDS) and bool(DOMESTIC.search(text))


def other_event(text: str) -> bool:
    """Does a presence sentence of an announcement tell another event than the meeting to come?"""
    return told_as_past(text) or home_stop(text)
