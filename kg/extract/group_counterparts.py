"""A group of states met as one side, named by the group alone: "the President spoke today with the
Bucharest Nine (B9)", "a meeting with the Quad", "met with the GCC and nine other leaders".

Each member state of such a group takes part (eval/CONVENTIONS.md 4 and 32); no person is named by
it (25). Only a group that is the very counterpart of a meeting word ("with the B9"), ending its
phrase there: not one of its officials ("met with the NATO Secretary General"), not its summit.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Mention

# a meeting word and "with", right before the group's name ("spoke today with the", "call with")
MET_WITH = re.compile(
    r"(?i)\b(?:met|meets?|meeting|spoke|speaks?|call|calls|talks|conversation|consultations?)\s+"
    r"(?:(?:today|virtually|again|jointly|separately|this\s+(?:morning|afternoon|evening)|"
    r"by\s+(?:phone|video(?:conference)?))\s+)*with\s+the\s+$"
)
# where the group's phrase ends: punctuation, its acronym, or a plain word that is not a noun of its own
# ("the B9 (Bucharest Nine) on", "the Quad, which", "the GCC and nine other leaders")
PHRASE_END = re.compile(
    r"\s*(?:\([^)]{1,30}\)\s*)?(?:$|[.,;:!?—–]|-{1,2}\s|\s(?:and|to|in|on|at|today|virtually|this|"
    r"about|for|during|via|by|as|over|last|earlier|yesterday)\b)"
)
WINDOW = 60  # characters before the group's name where the meeting word must be
# a meeting still to come ("will meet with the Quad next month"): not the held one
TO_COME = re.compile(r"(?i)\b(?:will|would|next|upcoming|tomorrow|later|plans?\s+to|looks?\s+forward)\b")


def groups_met_with(
    text: str, mentions: list[Mention], groups: set[str], offset: int = 0, held: bool = True
) -> list[str]:
    """The groups (of `groups`) a passage names as the counterpart of a meeting word, each once (when
    `held`, not of a meeting to come)."""
    if "with" not in text or (held and TO_COME.search(text)):
        return []
    found: list[str] = []
    for m in mentions:
        if m.iri not in groups or not (offset <= m.start and m.end <= offset + len(text)):
            continue
        a, b = m.start - offset, m.end - offset
        if MET_WITH.search(text[max(0, a - WINDOW) : a]) and PHRASE_END.match(text, b):
            found.append(m.iri)
    return list(dict.fromkeys(found))
