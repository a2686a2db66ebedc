"""A transcript given right after talks: the meeting its opening tells just over.

A press conference a leader gives at a summit or after a meeting abroad, a background call or a
briefing held when the talks end, opens by telling them: "I just concluded several hours of meetings
with President X", "We've just wrapped up what has been a productive meeting at the G7", "we just
wrapped a meeting in Rome, between the National Security Advisor and his counterpart", "we just
concluded a 90-minute virtual session between Prime Minister X and President Y". Such a release
reports that meeting (held, eval/CONVENTIONS.md 1 and 2: a briefing reporting the day's talks at
length), whatever its title says; the usual counterpart checks follow (kg.extract.pipeline).

So do a leader's remarks given abroad (their place line names a foreign state) that open on the talks
he just had there: "Prime Minister X and I had a very productive meeting", "I just met with President Y
of Z" (at home, "I just met with" may be said of talks days before, and the remarks' subject is
another matter).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.affiliation import Participants, national, other_side
from kg.extract.detect_cues import Detection
from kg.extract.doc import opening_sentences
from kg.extract.elsewhere import of_other_time
from kg.extract.gazetteer import scan
from kg.extract.namesakes import home_namesakes
from kg.extract.publisher import home_country

if TYPE_CHECKING:
    from kg.extract.doc import Doc
    from kg.extract.sentences import Sentence
    from kg.model import Document
    from kg.reference import Reference

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
# … or the day's talks of a leader, in a briefing's topper ("The President spoke with Prime Minister X again
# this morning", "This morning, President Biden spoke with President Y", "the President spoke with Prime
# Minister Z just a little while ago")
LEADER = r"(?:the\s+(?:Vice\s+)?President|(?:Vice\s+)?President\s+(?-i:[A-Z])[\w'’-]+|[Hh]e|[Ss]he)"
TALKED = (
    r"(?:also\s+)?(?:spoke|met|talked|had\s+a\s+(?:[\w-]+\s+)?(?:call|meeting|conversation))\s+"
    r"(?:by\s+(?:tele)?phone\s+|virtually\s+|in\s+person\s+)?(?:with|to)\s+(?:the\s+)?(?-i:[A-Z])"
)
TODAY_WORDS = (
    r"(?:this\s+(?:morning|afternoon|evening)|today|earlier\s+today|"
    r"(?:just\s+)?a\s+(?:little|short)\s+while\s+ago)"
)
TALKED_TODAY = re.compile(
    rf"(?i)\b{LEADER}\s+{TALKED}[^.;?!—–]{{0,80}}?\b(?:again\s+)?{TODAY_WORDS}\b|"
    rf"(?:^|[.!:]\s+)(?:And\s+)?{TODAY_WORDS},\s+{LEADER}\s+{TALKED}"
)
# … or its recap of the meetings its title names, held on a trip under way ("I will just give a brief recap of
# the Vice President's meetings", "a recap of the President's time at NATO"; title "… on the Vice
# President's Meetings in Japan"; not a preview, nor a debrief of a finished trip, eval/CONVENTIONS.md 3)
RECAP_READ = 10  # sentences of the recap read after its opening sentence, those telling the meetings (MET)
MET = re.compile(r"(?i)\b(?:meet|met|meetings?|bilat\w*|talks)\b")
MEETINGS_TITLE = re.compile(r"(?i)\bmeetings?\s+(?:in|at|with)\s+(?:the\s+)?(?-i:[A-Z])")
NOT_RECAP_TITLE = re.compile(r"(?i)\b(?:preview\w*|upcoming|ahead|trip|travel)\b")
RECAP = re.compile(
    r"(?i)\brecap\s+(?:of\s+)?(?:the\s+|his\s+|her\s+)?(?:[\w.'’-]+\s+){0,3}?"
    r"(?:meetings|bilaterals|talks|time\s+(?:at|in)\s+(?-i:[A-Z]))"
)
# a leader's remarks ("Remarks by President Biden on …", "… Before a Roundtable …")
REMARKS = re.compile(r"(?i)^\s*remarks\s+by\s+(?:the\s+)?(?:vice\s+)?president\b")
# talks the speaker just had, told in the first person ("X and I had a very productive meeting", "I just
# met in person with X", "I had a good meeting with X")
FIRST_PERSON_MET = re.compile(
    r"\b(?:I|[Ww]e)(?:['’]ve|\s+have)?\s+just\s+(?:met|spoke|talked)\s+(?:in\s+person\s+)?with\b|"
    r"\b(?:and\s+I|I)\s+(?:just\s+)?(?:had|held)\s+(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:meeting|conversation|talks|discussion)\b"
)
PLACE_WORDS = 10  # words of a place line at most ("Tregenna Castle Resort Cornwall, United Kingdom")
# the speaker's label opening the transcript's first words ("THE PRESIDENT:  Good afternoon")
SPEAKER = re.compile(r"^\s*(?-i:[A-Z][A-Z.'’ -]{2,40}):")
# words of another time or of a meeting ahead in the sentence
OTHER_TIME = re.compile(
    r"(?i)\b(?:yesterday|last|ago|previous|earlier\s+this|will|tomorrow|next|when|since|every|each|always|"
    r"in\s+the\s+(?:spring|summer|fall|autumn|winter|past))\b"
)
# a journalist's question is not the account
QUESTION = re.compile(r"^\s*Q\b|\?\s*$")


def just_over(title: str, opening: list[Sentence]) -> Detection | None:
    """The held meeting a transcript's opening tells just over (JUST_OVER, its sides after it or a
    summit named), or its topper tells of the day (TALKED_TODAY), not in a question; None for other
    releases."""
    if not TRANSCRIPT.search(title):
        return None
    recap = bool(MEETINGS_TITLE.search(title)) and not NOT_RECAP_TITLE.search(title)
    asked = False  # (after the first question, the answers may name any talks: not the topper's news)
    for i, s in enumerate(opening[:OPENING]):
        if QUESTION.search(s.text):
            asked = asked or s.text.rstrip().endswith("?")
            continue
        if not asked and TALKED_TODAY.search(s.text):
            return Detection("held", [i])
        if recap and RECAP.search(s.text):  # (the recap: its sentence and those after it, up to a question)
            after = [j for j in range(i + 1, min(i + 1 + RECAP_READ, len(opening)))]
            end = next((j for j in after if QUESTION.search(opening[j].text)), None)
            told = [j for j in after if (end is None or j < end) and MET.search(opening[j].text)]
            return Detection("held", [i, *told])
        m = JUST_OVER.search(s.text)
        if m is not None and (SIDES_AFTER.match(s.text, m.end()) or SUMMIT.search(s.text, m.start())):
            return Detection("held", [i])
    return None


def place_states(opening: list[Sentence], title: str, home: str | None, ref: Reference) -> set[str | None]:
    """The states other than `home` that the place line names (the short sentences of the opening
    before the speaker's first words or the first question; "Madrid, Spain"; not "Atlanta, Georgia"
    of the United States' releases; a region counts as its state)."""
    first = next(
        (i for i, s in enumerate(opening[:6]) if SPEAKER.match(s.text) or QUESTION.search(s.text)), 0
    )
    place = " ".join(s.text for s in opening[:first] if len(s.text.split()) <= PLACE_WORDS)
    if not place:
        return set()
    named = home_namesakes(place, title, home, scan(place, ref), ref)
    states = {
        ref.sovereign_of(iso) for m in named if m.kind == "country" and (iso := ref.iso_of(m.iri)) is not None
    }
    return states - {home}


def place_abroad(document: Document, ref: Reference, opening: list[Sentence]) -> bool:
    """Does the place line name a state other than the publisher's (`place_states`)? Read by the
    remarks given abroad (`met_abroad`), a leader's own press conference at a summit abroad
    (kg.extract.conference_summits) and the host's offices (kg.extract.host_offices)."""
    return bool(place_states(opening, document.title, home_country(document, ref), ref))


def met_abroad(document: Document, ref: Reference, opening: list[Sentence]) -> Detection | None:
    """The held meeting a leader's remarks given abroad open on (FIRST_PERSON_MET, in the speaker's
    words, not of another time); None for other releases."""
    if not REMARKS.search(document.title) or not place_abroad(document, ref, opening):
        return None
    for i, s in enumerate(opening[:OPENING]):
        m = FIRST_PERSON_MET.search(s.text)
        if m is None or QUESTION.search(s.text) or OTHER_TIME.search(s.text):
            continue
        if not of_other_time(s.text, document.date):
            return Detection("held", [i])
    return None


def unless_just_over(found: Detection | None, document: Document, ref: Reference) -> Detection | None:
    """The rules' detection (`found`), unless it is not held and the transcript's opening tells a
    meeting just over (`just_over`, `met_abroad`): the day's talks outrank a title's meeting ahead
    (CONVENTIONS 2)."""
    if found is not None and found.status == "held":
        return found
    opening = opening_sentences(document)
    return just_over(document.title, opening) or met_abroad(document, ref, opening) or found


def sides_told(doc: Doc, found: Detection, main: Participants) -> bool:
    """Does a transcript's sentence telling a meeting just over name its foreign side (a foreign person
    taking part, a foreign state or an international body from the meeting on: "… with President X",
    "… between the National Security Advisor and his PRC counterpart", "… a meeting at the G7")? The
    lead, which tells the counterpart of other releases, is a transcript's place line and welcome."""
    if len(found.positions) != 1 or found.positions[0] >= len(doc.sents):
        return False
    sent = doc.sents[found.positions[0]]
    m = (
        (JUST_OVER.search(sent.text) or TALKED_TODAY.search(sent.text) or RECAP.search(sent.text))
        if TRANSCRIPT.search(doc.title)
        else None
    )
    if m is not None:
        start = sent.start + m.start()
    elif REMARKS.search(doc.title) and FIRST_PERSON_MET.search(sent.text):
        start = sent.start  # (remarks abroad: the whole sentence names the sides)
    else:
        return False
    named = {pm.key for pm in doc.found.mentions if start <= pm.start < sent.end}
    if any(p.key in named and other_side(doc, p) for p, _ in main):
        return True
    return any(
        (x.kind == "country" and doc.foreign_state(doc.ref.iso_of(x.iri)))
        or (x.kind == "organization" and not national(doc, x.iri))
        for x in scan(doc.text[start : sent.end], doc.ref)
    )
