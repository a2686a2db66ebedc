"""Who speaks at the meeting a release reports: "Head of the President's Office Andriy Yermak
assured that …", "Mykhailo Brodskyy, President of the Basketball Federation of Ukraine, noted that …",
"'…,' Kyrylo Tymoshenko stressed." A person the report has say something in its narrative (not in a
transcript's speech, not in another meeting, not at another time) is at the meeting.
"""

from __future__ import annotations

import re

from kg.extract.doc import Doc
from kg.extract.people import PersonMention
from kg.extract.sentences import Sentence

SPEECH_VERBS = (
    r"(?:said|noted|stressed|emphasi[sz]ed|assured|underlined|underscored|added|pointed\s+out|"
    r"expressed|informed|told|highlighted|proposed|suggested|recalled|briefed|reported)"
)
# between the subject's name and its verb: nothing, an apposition set off by commas, an adverb
_TO_VERB = re.compile(rf"(?:\s*,[^,.;:\"“”]{{1,120}},)?\s+(?:also\s+|in\s+turn,?\s+)?{SPEECH_VERBS}\b")
# before the subject: the sentence start, or the title words of the name
_SUBJECT_START = re.compile(r"(?:^|[.!?]\s+)(?:(?:[A-Z][\w'’.-]*|of|the|for|and|in|at)\s+){0,10}$")
# "'…,' Kyrylo Tymoshenko stressed", "'…,' said the Head of State"
_AFTER_QUOTE = re.compile(
    rf"[,.!?][\"”’]\s+(?:{SPEECH_VERBS}\s+)?(?:(?:[A-Z][\w'’.-]*|of|the|for|and)\s+){{0,10}}$"
)
# a time other than the meeting's
_OTHER_TIME = re.compile(
    r"(?i)\b(?:earlier|previously|last\s+(?:week|month|year)|in\s+(?:19|20)\d\d|years?\s+ago|had\s+(?:said|noted))\b"
)


def speakers(doc: Doc, sentences: list[Sentence]) -> list[tuple[PersonMention, Sentence]]:
    """The people who say something in `sentences` (as subjects of a speech verb), with the sentence."""
    out = []
    for s in sentences:
        if _OTHER_TIME.search(s.text) or re.match(r"(?i)\s*as\s", s.text):
            continue  # "As President Biden said at this year's General Assembly": said elsewhere
        for pm in doc.found.mentions:
            if not (s.start <= pm.start < s.end) or pm.by_role:
                continue
            before = doc.text[s.start : pm.start]
            after = doc.text[pm.end : s.end]
            said = _TO_VERB.match(after) and _SUBJECT_START.search(before)
            quoted = _AFTER_QUOTE.search(before) and re.match(rf"\s+{SPEECH_VERBS}\b|\s*[.,]", after)
            if said or quoted:
                out.append((pm, s))
    return out
