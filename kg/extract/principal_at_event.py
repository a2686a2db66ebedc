"""Step "principal at the event": the publisher's leader at a gathering his government's release
tells of with no one named as taking part, when a sentence of the release has him go to it ("It is
the first G7 Summit that President Biden is attending", "The President will travel to Los Angeles
for the Summit", "the President will host the leaders"): he takes part, read from that sentence.

Only a meeting of a larger event (a summit, a conference, a session) with no participant at all, and
only the leader of the publisher's own state (`kg.extract.people.roles.leader`), named or by his bare
office ("the President"), as the subject of a verb of going, attending or hosting.
"""

from __future__ import annotations

import re

from kg.extract.doc import Account, Doc
from kg.extract.elsewhere import of_other_time
from kg.extract.participant_entities import add_participant
from kg.extract.people import Person, resolve_roles
from kg.extract.people.roles import leader
from kg.extract.sentences import Sentence
from kg.model import Meeting, Statement

# after the leader's name or office: he goes, attends, takes part or hosts ("… is attending",
# "… will travel to", "… plans to participate in", "… will host the leaders of …")
GOING = re.compile(
    r"(?i),?\s+(?:(?:will|would|is|was|has|had|also|then|is\s+going\s+to|plans\s+to|is\s+set\s+to|"
    r"is\s+scheduled\s+to|intends\s+to|looks\s+forward\s+to)\s+){0,3}"
    r"(?:attend(?:s|ed|ing)?|travel(?:s|led|ed|ling|ing)?\s+to|participat(?:e|es|ed|ing)\s+in|"
    r"tak(?:e|es|ing)\s+part\s+in|took\s+part\s+in|join(?:s|ed|ing)?\s+(?:the\s+)?(?:leaders|summit|session|"
    r"meeting|conference)|host(?:s|ed|ing)?\s+(?:the|a|this|his|her)\b|co-?host(?:s|ed|ing)?\b|"
    r"deliver(?:s|ed|ing)?\s+(?:remarks|an?\s+address|a\s+statement)\s+(?:at|to)|lead(?:s|ing)?\s+the\s+"
    r"(?:U\.S\.\s+|American\s+)?delegation)\b"
)


def record_principal(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "principal at the event" (see the module's docstring)."""
    if m.participants or m.event is None or not doc.home or doc.people is None:
        return
    p = leader(doc.found, doc.home)
    if p is None:
        return
    sent = going_sentence(doc, p)
    if sent is None:
        return
    add_participant(doc, m, p, sent)
    country = doc.ref.country(doc.home)
    have = {c.props.get("iso") for c in m.countries} | {c.key for c in m.countries}
    if country is not None and not have & {country.key, doc.home}:
        m.countries.append(country)
        m.evidence.append(Statement("country", country, doc.evidence(sent)))


def going_sentence(doc: Doc, p: Person) -> Sentence | None:
    """The first sentence (outside another time) naming `p`, or his bare office, as the one going to,
    attending or hosting a gathering (GOING)."""
    named = [pm for pm in doc.found.mentions if pm.key == p.key]
    for s in doc.sents:
        ends = [pm.end for pm in named if s.start <= pm.start < s.end]
        ends += [s.start + pm.end for pm in resolve_roles(doc.found, s.text) if pm.key == p.key]
        if any(GOING.match(doc.text, e) for e in ends) and not of_other_time(s.text, doc.found.on):
            return s
    return None
