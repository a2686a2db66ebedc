"""The format a release's title names for its meeting: a known body or framework whose meeting,
summit or session the title reports ("Meeting with the C5+1 Leaders", "Remarks at Meeting for
Partnership for Global Infrastructure and Investment", "Before the X Leaders’ Summit").

The body may never be named again in the text (a speech opening "thank you all"): the title is then
the only place saying whose meeting it is. Such a group or initiative is the format of its own
meeting, a framework (CONVENTIONS 21f, 33, 71). Not when the title names an official of the body
("Meeting with NATO Secretary General X": the body takes part through him) or its officials.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.affiliation import national
from kg.extract.framework_forms import OFFICE_START
from kg.model import Entity, Meeting, Statement
from kg.reference.tables import fold

if TYPE_CHECKING:
    from kg.extract.doc import Doc
    from kg.extract.sentences import Sentence

_MEETING = r"(?:Meetings?|Session|Summit|Ministerial)"
# "Meeting with the", "Meeting of the", "Meeting for": the name follows
BEFORE = re.compile(rf"\b{_MEETING}\s+(?:of|for|with)\s+(?:the\s+)?$")
# "C5+1 Leaders at UNGA", "Quad Leaders Summit", "APEC Virtual Leaders’ Meeting": the meeting word
# after words of its kind only (not "United Nations Security Council Meeting": a longer name)
AFTER = re.compile(
    rf"^\s+(?:(?:Virtual|Special|Plenary|Informal|Extraordinary|Leader-Level|Leaders['’]?)\s+){{0,2}}"
    rf"(?:{_MEETING}\b|Leaders\b)"
)
# the body's officials, not the body: "NATO Secretary General", "EU Officials", "AU Commission Chairperson"
OFFICIALS = re.compile(
    r"^\s+(?:Secretary[- ]General|Officials?|Commission|Chairperson|Chair|Envoys?|Ambassadors?|Delegation)\b"
)


def title_formats(doc: Doc) -> list[Entity]:
    """The reference bodies and frameworks whose meeting the release's title reports."""
    title = doc.title.replace("\u00a0", " ")
    if not re.search(_MEETING + r"|Leaders", title):
        return []
    out: list[Entity] = []
    for x in doc.title_mentions:
        if x.kind not in ("framework", "organization"):
            continue
        rest = title[x.end :]
        if OFFICIALS.match(rest) or OFFICE_START.match(rest.strip()):
            continue
        if BEFORE.search(title[: x.start]) or AFTER.match(rest):
            e = doc.ref.entities[x.iri]
            if e not in out:
                out.append(e)
    return out


def add_title_formats(doc: Doc, m: Meeting, exclude: set[str], told: Sentence | None) -> None:
    """Add to the main meeting the formats its title names that it lacks: not a body taking part or
    the event (`exclude`), nor a body of the publisher's own state; each points to `told`, the
    sentence telling the meeting."""
    have = {f.props.get("iri", f.key) for f in m.frameworks}
    named = [fold(n) for f in m.frameworks for n in (f.label, *f.alt_labels)]
    for e in title_formats(doc):
        iri = e.props.get("iri", e.key)
        if iri in exclude or iri in have or national(doc, iri, leading=True):
            continue
        if any(fold(n) in x for n in (e.label, *e.alt_labels) if len(n) > 3 for x in named):
            continue  # named already inside a longer name ("U.S.-led Major Economies Forum")
        fw = Entity("framework", e.key, e.label, list(e.alt_labels), e.wikidata, dict(e.props))
        m.frameworks.append(fw)
        m.evidence.append(Statement("framework", fw, doc.evidence(told)))
