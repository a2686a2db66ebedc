"""Kinds of capitalized names that are not frameworks, whatever head word they end in.

SCHEMA's frameworks are organizations, agreements, declarations, programmes, initiatives and formats
a discussion refers to; CONVENTIONS 21h leaves out the publisher's agencies that deliver the aid. Not
among them: a state's government, its departments and armed services ("U.S. Government", "Treasury
Department", "Russian Air Force"), an honour ("Order of Friendship", "Medal of Honor"), and a fact
sheet's heading that tells an action ("Establish Technical Standards Contact Groups: …", "Develop New
Executive Training Program on Technology: …").
"""

from __future__ import annotations

import re

# a state's own government, department or armed service, named by that word at the end
STATE_ORGAN = re.compile(r"\b(?:Government|Department|Air Force|Army|Navy)$")
HONOUR = re.compile(r"^(?:Orders?|Medals?)\s+(?:of|for)\b")
# the verb of a heading's action, in the imperative ("Establish …", "Develop …"); a gerund may start
# a programme's name ("Supporting Her Empowerment") and is left alone
ACTION = re.compile(
    r"^(?:Establish|Develop|Launch|Expand|Strengthen|Advance|Promote|Support|Deepen|Enhance|Increase|"
    r"Improve|Create|Mobilize|Deliver|Bolster|Boost|Foster|Accelerate|Announce|Invest)\s"
)


def not_a_framework(text: str, start: int, label: str) -> bool:
    """Is `label`, read at `start` of `text`, a state organ, an honour or a heading telling an action
    (at a line's start, with no name of its own after a "the" in it)?"""
    if STATE_ORGAN.search(label) or HONOUR.match(label):
        return True
    heading = start == 0 or text[start - 1] == "\n"
    return heading and bool(ACTION.match(label)) and not re.search(r"\bthe\b", label)
