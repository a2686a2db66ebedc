"""Who takes part in a meeting still to come is not told in the past tense: a sentence of an announcement
saying who took part ("X and Y agreed at the last summit to set up committees, co-chaired by …", "The
Secretary was joined by …") reports another, earlier meeting. Read by kg.extract.participants for
planned meetings: such a sentence, outside the meeting's own sentences, names none of its participants;
one that also speaks of what is to come ("… and will be joined by …") still does."""

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


def told_as_past(text: str) -> bool:
    """Does a sentence tell presence or a meeting in the past tense only (no word of what is to come)?"""
    return bool(TOLD_PAST.search(text)) and not TO_COME.search(text)
