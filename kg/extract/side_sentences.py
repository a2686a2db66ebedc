"""The further sentences a main meeting's states and bodies are read from, beyond its own sentences:

- a lead sentence set in the talks ("During the second round of talks, the representatives of …");
- a lead sentence whose subject is the named states' people ("On the eve of the summit, the leaders
  of Ukraine, Georgia and Moldova outlined their vision"): they held the talks;
- the legs of a trip whose readout the title announces ("Readout of … Travel to A, B, and C"): one
  record combines the stops (eval/CONVENTIONS.md 1), so whom the delegation met at each stop takes
  part ("In Hawaii, the delegation met with senior officials from A, B, and C", "While in B, Mr. X
  met with the Executive Secretary and the staff of the G5 Sahel").
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.elsewhere import of_other_time
from kg.extract.sentences import Sentence

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc

# a lead sentence set in the talks ("During the second round of talks, the representatives of A and B …")
TALKS = re.compile(
    r"(?i)^(?:during|at|in\s+the\s+course\s+of)\s+(?:the\s+|their\s+|today['’]s\s+)?(?:[\w-]+\s+){0,4}?"
    r"(?:talks|negotiations|consultations|meeting)\b"
)
# the states' people as the subject of the talks ("the leaders of Ukraine, Georgia and Moldova outlined
# their vision", "the Presidents of A and B discussed")
STATES_SPOKE = re.compile(
    r"(?i)(?:^|,\s+)(?:the\s+)?(?:leaders|heads\s+of\s+state(?:\s+and(?:\s+of)?\s+government)?|presidents|"
    r"prime\s+ministers|foreign\s+ministers)\s+of\s+(?-i:[A-Z])[^.;:]{2,120}?\s+(?:discussed|outlined|exchanged|"
    r"agreed|reaffirmed|reviewed|stressed|emphasi[sz]ed|noted|considered|adopted)\b"
)
# the states a visit or a trip goes to ("will travel April 11 to 15 to Colombia, Argentina, and Uruguay")
VISITED = re.compile(r"(?i)\b(?:travel\w*|trip|visit\w*)\b[^.;]{0,40}?\bto\s+(?=(?:the\s+)?(?-i:[A-Z]))")
# a trip's readout, by its title ("Readout of Senior Administration Official Travel to Nigeria, …")
TRIP_READOUT = re.compile(r"(?i)^readout\s+of\b[^.;]*\b(?:travel|trip)\s+to\s+(?-i:[A-Z])")
# whom the travellers met at a stop ("the delegation met with", "Mr. Finer also met with")
MET_AT_STOP = re.compile(r"(?i)\bmet\s+(?:separately\s+|also\s+)?with\b")
TO_COME = re.compile(r"(?i)\b(?:will|would|plans?\s+to|next\s+(?:week|month))\b")


def states_spoke(doc: Doc, text: str) -> bool:
    """Does a lead sentence of the meeting's day make named states' people the subject of the talks?"""
    return bool(STATES_SPOKE.search(text)) and not of_other_time(text, doc.found.on)


def trip_legs(doc: Doc, account: Account) -> list[Sentence]:
    """The sentences of a held trip readout's part telling whom the travellers met at a stop (not of
    another time nor to come); none for another release."""
    if account.kind != "main" or account.status != "held" or not TRIP_READOUT.search(doc.title):
        return []
    on = doc.found.on
    return [
        s
        for s in account.part
        if MET_AT_STOP.search(s.text) and not TO_COME.search(s.text) and not of_other_time(s.text, on)
    ]
