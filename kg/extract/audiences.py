"""The leaders of a group a leader's address says he spoke to that day ("Today I addressed the leaders
of the JEF countries", "I spoke to the heads of state of the Bucharest Nine"): the group's leaders'
meeting, as a summit named by kind is (kg.extract.gatherings, CONVENTIONS §11). Only a group whose
members hold seats at its leaders' meetings counts (reference data), not leaders of states listed by
name ("I spoke to the leaders of France and Germany" tells calls)."""

from __future__ import annotations

import re

from kg.extract.doc import Doc
from kg.extract.sentences import Sentence
from kg.model import Meeting, Statement

# a screen: the words every group's leaders are named with
LEADERS = re.compile(r"(?i)\b(?:leaders|heads\s+of\s+state)\b")
# "the leaders of the …", "the heads of state and government of …": the group follows
LEADERS_AT_END = re.compile(
    r"(?i)\b(?:leaders|heads\s+of\s+state(?:\s+and(?:\s+of)?\s+government)?)\s+of\s+(?:the\s+)?$"
)
# … or goes before ("the JEF leaders", "the B9 heads of state")
BEFORE_LEADERS = re.compile(r"(?i)(?:['’]s?)?\s+(?:leaders|heads\s+of\s+state)\b")


def group_addressed(doc: Doc, span: Sentence, after: int) -> bool:
    """Does `span` name, after offset `after` (within it), the leaders of a group with seats?"""
    low, high = span.start + after, span.end
    for x in doc.mentions:
        if x.iri not in doc.ref.seats or not low <= x.start < high:
            continue
        if LEADERS_AT_END.search(doc.text, max(low, x.start - 60), x.start) or BEFORE_LEADERS.match(
            doc.text, x.end
        ):
            return True
    return False


def body_of_event(doc: Doc, span: Sentence, m: Meeting) -> None:
    """The body whose own meeting the address's summit is ("I took part in the European Council meeting
    today": the European Council, CONVENTIONS §11) takes part, as an organization whose members are not
    expanded: one the span names and the event is named after, not a group whose members hold seats."""
    if m.event is None:
        return
    have = {o.key for o in m.organizations}
    for x in doc.mentions:
        e = doc.ref.entities.get(x.iri)
        if not span.start <= x.start < span.end or e is None or e.kind != "organization":
            continue
        if x.iri in doc.ref.seats or e.key in have or not m.event.label.startswith(e.label):
            continue
        have.add(e.key)
        org = e.as_kind("organization")
        m.organizations.append(org)
        m.evidence.append(Statement("organization", org, doc.evidence(span)))
