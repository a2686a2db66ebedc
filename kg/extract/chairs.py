"""An organization a participant chairs: "Senegal is the current chair of the African Union", "President
X, Chairman of the Caribbean Community". Its chair speaks for it at the meeting, so the organization
takes part too (eval/CONVENTIONS.md 5; the key lists the African Union for its chair's meetings).

Only a chair of an organization (not of a group of states whose seats the data gives, such as the
G20, whose members take part through their own leaders), not a presidency of a council ("France's
presidency of the EU Council" is a term of office, not a side), and only when the chair is a
participant or a participant's state named just before the chair words in the same sentence.
"""

from __future__ import annotations

import re

from kg.extract.doc import Account, Doc
from kg.model import Entity, Meeting, Statement

# "chair of the", "Chairperson of" right before the organization's name
CHAIR_OF = re.compile(r"(?i)\b(?:chair|chairman|chairperson|chairwoman)\s+of\s+(?:the\s+)?$")
# what joins the chair (a participant or its state) to the chair words: "Senegal is the current ",
# "President X of Senegal, ", "Prime Minister Y, the incoming ", "Z as "
CHAIR_IS = re.compile(
    r"(?:\s+of\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+(?:and\s+)?[A-Z][\w.-]*){0,3})?"
    r"(?:\s*,\s*|\s+(?:is|was|as|became|has\s+become)\s+)(?:(?:the|its)\s+)?"
    r"(?:(?:current|incoming|new|rotating|outgoing)\s+)?",
)


def chaired_bodies(doc: Doc, account: Account, m: Meeting) -> list[tuple[Entity, int]]:
    """(organization, sentence index in `account.part`) for each organization the meeting's
    sentences say a participant (or a participant's state) chairs, not already among `m`'s."""
    isos = {c.props.get("iso", c.key) for c in m.countries} - {doc.home}
    people = {p.iri for p, _ in account.participants if p.iri}
    have = {o.key for o in m.organizations}
    out: list[tuple[Entity, int]] = []
    for i, s in enumerate(account.part):
        if "hair" not in s.text:
            continue
        inside = [x for x in doc.mentions if s.start <= x.start and x.end <= s.end]
        for x in inside:
            e = doc.ref.entities.get(x.iri)
            if e is None or x.kind != "organization" or x.iri in doc.ref.seats or e.key in have:
                continue
            window = max(0, x.start - s.start - 40)
            chair = CHAIR_OF.search(s.text[window : x.start - s.start])
            if chair is None:
                continue
            at = window + chair.start()
            if any(
                y.end <= s.start + at
                and ((y.kind == "country" and doc.ref.iso_of(y.iri) in isos) or y.iri in people)
                and CHAIR_IS.fullmatch(s.text, y.end - s.start, at)
                for y in inside
            ):
                have.add(e.key)
                out.append((e, i))
    return out


def record_chairs(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "chaired bodies": the organizations a participant chairs join the meeting's organizations."""
    for e, i in chaired_bodies(doc, account, m):
        org = e.as_kind("organization")
        m.organizations.append(org)
        m.evidence.append(Statement("organization", org, doc.evidence(account.part[i])))
