"""A transcript given right after talks: the meeting its opening tells just over.

A press conference a leader gives at a summit or after a meeting abroad, a background call or a
briefing held when the talks end, opens by telling them: "I just concluded several hours of meetings
with President X", "We've just wrapped up what has been a productive meeting at the G7", "we just
wrapped a meeting in Rome, between the National Security Advisor and his counterpart", "we just
concluded a 90-minute virtual session between Prime Minister X and President Y". Such a release
reports that meeting (held, eval/CONVENTIONS.md 1 and 2: a briefing reporting the day's talks at
length), whatever its title says; the usual counterpart checks follow (kg.extract.pipeline).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.affiliation import Participants, national
from kg.extract.detect_cues import Detection
from kg.extract.gazetteer import scan

if TYPE_CHECKING:
    from kg.extract.doc import Doc
    from kg.extract.sentences import Sentence

OPENING = 40  # sentences of a transcript read for its opening (its speakers' top remarks)
# a transcript's title: a press call, gaggle, briefing or press conference
TRANSCRIPT = re.compile(
    r"(?i)\b(?:press\s+(?:call|gaggle|briefing|conference|availability)|background\s+(?:press\s+)?(?:call|briefing)|"
    r"gaggle|conference\s+call|news\s+conference)\b"
)
# talks just over, told by a party to them or for one ("I've just finished the last meeting of this
# week's trip, the U.S.-Russia Summit"): the verb, then within the clause the meeting …
JUST_OVER = re.compile(
    r"(?i)\bjust\s+(?:wrapped(?:\s+up)?|concluded|finished|completed)\s+(?:(?!\b(?:will|tomorrow|next)\b)[^.;?!]){0,80}?"
    r"\b(?:meetings?|talks|session|summit|bilateral(?:\s+meeting)?|discussions?|conversation|call)\b"
)
# … with its counterpart or place right after ("… with President X", "… between A and B", "… at the G7",
# "… in Rome"; not "our weekly call with governors", "a call with the family of …"), or a summit named
SIDES_AFTER = re.compile(
    r"(?:[^.;?!]{0,40}?)\b(?:with|between|at|in)\s+(?:the\s+|a\s+)?(?!(?:He|She|It|We|They|I)\b)(?-i:[A-Z])"
)
SUMMIT = re.compile(r"\b(?-i:Summit|G7|G20|G-7|G-20)\b")
# a journalist's question is not the account
QUESTION = re.compile(r"^\s*Q\b|\?\s*$")


def just_over(title: str, opening: list[Sentence]) -> Detection | None:
    """The held meeting a transcript's opening tells just over (JUST_OVER, its sides after it or a
    summit named), not in a question; None for other releases."""
    if not TRANSCRIPT.search(title):
        return None
    for i, s in enumerate(opening[:OPENING]):
        m = JUST_OVER.search(s.text)
        if m is None or QUESTION.search(s.text):
            continue
        if SIDES_AFTER.match(s.text, m.end()) or SUMMIT.search(s.text, m.start()):
            return Detection("held", [i])
    return None


def unless_just_over(found: Detection | None, title: str, opening: list[Sentence]) -> Detection | None:
    """The rules' detection (`found`), unless it is not held and the transcript's opening tells a
    meeting just over (`just_over`): the day's talks outrank a title's meeting ahead (CONVENTIONS 2)."""
    if found is not None and found.status == "held":
        return found
    return just_over(title, opening) or found


def sides_told(doc: Doc, found: Detection, main: Participants) -> bool:
    """Does a transcript's sentence telling a meeting just over name its foreign side (a foreign person
    taking part, a foreign state or an international body from the meeting on: "… with President X",
    "… between the National Security Advisor and his PRC counterpart", "… a meeting at the G7")? The
    lead, which tells the counterpart of other releases, is a transcript's place line and welcome."""
    if len(found.positions) != 1 or not TRANSCRIPT.search(doc.title) or found.positions[0] >= len(doc.sents):
        return False
    sent = doc.sents[found.positions[0]]
    m = JUST_OVER.search(sent.text)
    if m is None:
        return False
    start = sent.start + m.start()
    named = {pm.key for pm in doc.found.mentions if start <= pm.start < sent.end}
    if any(
        p.key in named and (doc.foreign_state(p.country) or (p.org and not national(doc, p.org)))
        for p, _ in main
    ):
        return True
    return any(
        (x.kind == "country" and doc.foreign_state(doc.ref.iso_of(x.iri)))
        or (x.kind == "organization" and not national(doc, x.iri))
        for x in scan(sent.text[m.start() :], doc.ref)
    )
