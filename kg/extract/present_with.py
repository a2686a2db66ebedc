"""Step "present with": the people a sentence of the meeting's part puts in the room with the sides
("And in the room were the National Security Advisor, Jake Sullivan; Secretary of State Blinken; …",
"I'm pleased to be joined by Secretary B and Ambassador C", "He was joined by Senior Director D",
"Joining the President on the call were …") take part in it, named after the cue in that sentence.

Not: a briefer a press briefing's host introduces ("we are joined by our National Security Advisor":
in a briefing or press call only the room or the call counts), someone who will join ("we're going to
be joined by …" has no cue of presence), a sentence of another time (kg.extract.elsewhere), a lawmaker
in a ceremony's audience ("… as well as several members of Congress — Representative A, Senator B").
"""

from __future__ import annotations

import re

from kg.extract.doc import Account, Doc
from kg.extract.elsewhere import OTHER_TIME, elsewhere, of_other_time, told_elsewhere
from kg.extract.leaders_speaking import BRIEFING
from kg.extract.participant_entities import add_participant, person_entity
from kg.extract.patterns import holds_any, screen_words
from kg.extract.sentences import Sentence
from kg.model import Meeting

# present in the room or on the call: said in any release, a briefing's too
_IN_ROOM = (
    r"in\s+the\s+room\s+(?:were|was|with\s+(?:him|her|the\s+(?:Vice\s+)?President))|"
    r"(?:were|was)\s+(?:also\s+)?(?:in\s+the\s+room|on\s+the\s+call\s+with)|"
    r"joining\s+(?:him|her|them|the\s+(?:Vice\s+)?President)\s+(?:in\s+the\s+room\s+|on\s+the\s+call\s+|"
    r"for\s+the\s+(?:meeting|call)\s+)?(?:were|was)|"
    r"also\s+(?:participating|present|on\s+the\s+call|in\s+attendance)\s+(?:were|was)"
)
# joined by, with me: how a speaker or a readout tells who came along (not in a briefing, whose host
# introduces the briefer so)
_JOINED = (
    r"(?:I\s+am|I['’]m|we\s+are|we['’]re)\s+(?:(?:pleased|happy|glad|honou?red|proud|delighted|so|very)\s+)*"
    r"(?:to\s+be\s+)?joined\s+(?:today\s+|here\s+|tonight\s+)?by|"
    r"(?:He|She|The\s+(?:Vice\s+)?President|The\s+(?:National\s+Security|Homeland\s+Security)\s+Advis[eo]r)\s+"
    r"(?:was|were)\s+(?:also\s+)?joined\s+by|"
    r"joining\s+(?:me|us)\s+(?:today\s+|here\s+)?(?:are|is)|"
    # ("I’m happy to have with me": no space before the contraction)
    r"I(?:\s+am|['’]m)?\s+(?:(?:pleased|happy|glad|proud|delighted)\s+to\s+)?have\s+with\s+me\s+(?:today\s+|here\s+)?"
)
IN_ROOM = re.compile(rf"(?i)\b(?:{_IN_ROOM})")
PRESENT = re.compile(rf"(?i)\b(?:{_IN_ROOM}|{_JOINED})")
# the words one of which every match holds ("have": "I have with me", "I am happy to have with me")
IN_ROOM_WORDS = screen_words(IN_ROOM, ("room", "call", "joining", "also"))
PRESENT_WORDS = screen_words(PRESENT, (*IN_ROOM_WORDS, "joined", "have"))
# a lawmaker in the audience of a ceremony ("several members of Congress — Representative A, Senator
# B"): no side of the meeting
LAWMAKER = re.compile(
    r"(?:Representative|Senator|Congress(?:wo)?man|Rep\.|Sen\.|members?\s+of\s+Congress)\W*$"
)


def present_with(doc: Doc, sentences: list[Sentence]) -> list[tuple[str, Sentence]]:
    """Keys of the people `sentences` name after a cue of presence (module docstring), with the
    sentence, in order."""
    cue, words = (IN_ROOM, IN_ROOM_WORDS) if BRIEFING.search(doc.title) else (PRESENT, PRESENT_WORDS)
    day = doc.found.on
    out: list[tuple[str, Sentence]] = []
    for s in sentences:
        found = cue.search(s.text) if holds_any(s.text, words) else None
        if found is None or of_other_time(s.text, day):
            continue
        clauses = elsewhere(s.text, day)
        if told_elsewhere(clauses, found.start(), OTHER_TIME):
            continue
        after = s.start + found.end()
        for pm in doc.found.mentions:
            if not (after <= pm.start < s.end) or pm.by_role or pm.key not in doc.found.people:
                continue
            if not LAWMAKER.search(doc.text[max(s.start, pm.start - 30) : pm.start]):
                out.append((pm.key, s))
    return out


def record_present(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "present with": the people the held meeting's part names present with its sides ("in the
    room were …", "I'm pleased to be joined by …") take part in it."""
    if account.kind != "main" or account.status != "held" or not m.participants:
        return
    have = {e.key for e in m.participants}
    for key, s in present_with(doc, account.part):
        person = doc.found.people[key]
        if person_entity(doc, person).key not in have:
            add_participant(doc, m, person, s)
            have.add(m.participants[-1].key)
