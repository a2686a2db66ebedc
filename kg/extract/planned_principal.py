"""Step "planned principal": the principal of ours who will travel or host, in a meeting our government
announces with no one of ours named (eval/CONVENTIONS.md: a preview's participants are both sides).

A government's preview names the foreign side ("Background Press Call Previewing the Visit of the Amir
of X", "… Previewing Day One of the G7 Summit", "Previewing the Vice President's Trip to Y") and leaves
its own principal to the title: the holder that day of the office the title names bare ("the Vice
President's Trip": the vice president; "the President's Agenda": the head of state), else, for a
leaders' occasion the title names (a foreign leader's visit, a summit), the head of state; but a known
summit with no one named is left to kg.extract.principal_at_event, which reads who goes. Nothing is
added for an official's travel ("Senior Administration Official Travel to Z", "National Security
Advisor X's Trip"): the official is the principal, named or not.
"""

from __future__ import annotations

import re

from kg.extract.doc import Account, Doc
from kg.extract.participant_entities import add_participant
from kg.extract.people.table import holder
from kg.model import Meeting

# an office of ours named bare in a title, as the traveller or host ("the Vice President's Trip", "Vice
# President Harris to Address …" is named, not bare); not a foreign one ("Vice President of Colombia")
VICE = re.compile(r"\bVice[ -]President(?:['’]s)?\b(?!\s+of\b)")
HEAD = re.compile(r"\bPresident['’]s\b|\bthe\s+President\b(?!\s+of\b)")
# a leaders' occasion: a foreign leader's visit, a summit, a leaders' meeting
OCCASION = re.compile(
    r"(?i)\b(?:(?:state|official|working)\s+visit|visit\s+of|summit|leaders['’]?\s+meeting)\b"
)
# an official's travel ("Senior Administration Official Travel to X", "National Security Advisor Y's
# Upcoming Travel", "Travel of …"), whose principal is that official; not an official who briefs ("Press
# Gaggle by … National Security Advisor Z Ahead of the Summit")
OFFICIALS = re.compile(
    r"(?i)\b(?:officials?|advis[eo]r|secretary|envoy|delegation)\b(?:\s+(?!(?:on|the|previewing)\b)[\w.-]+){0,4}?"
    r"(?:['’]s)?(?:\s+(?:upcoming|planned))?\s+(?:travel|trip|visit)\b(?!\s+of\b)|\btravel\s+of\b"
)


def record_planned_principal(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "planned principal": a planned meeting with no participant of ours gets the principal of
    ours its title names (the vice president, the head of state), or the head of state for a leaders'
    occasion the title names (a known summit with no one named: see kg.extract.principal_at_event)."""
    if account.status != "planned" or account.kind == "mentioned" or not doc.home:
        return
    if any(e.props.get("country") == doc.home for e in m.participants):
        return
    title = doc.title
    if OFFICIALS.search(title):
        return
    if VICE.search(title):
        role = "ViceHeadOfState"
    elif HEAD.search(title) or (OCCASION.search(title) and (m.participants or m.event is None)):
        role = "HeadOfState"
    else:
        return
    p = holder(doc.found, role, doc.ref.countries.get(doc.home))
    if p is not None and p.key not in {e.key for e in m.participants}:
        add_participant(doc, m, p, None)
