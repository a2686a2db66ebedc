"""A group the release says its leader met the same day, outside the meeting's own sentences: a press
call on the day's calls ("Similarly, the President spoke today with the B9 — the Bucharest Nine.")
tells them as one record (eval/CONVENTIONS.md 1 and 3), so each member of the group takes part (4, 32).

Only a group that is the very counterpart of a meeting word (kg.extract.group_counterparts) in a
sentence saying "today", of a held main meeting dated the release's day.
"""

from __future__ import annotations

import re

from kg.extract.doc import Account, Doc
from kg.extract.group_counterparts import groups_met_with
from kg.extract.groups import members
from kg.model import Entity, Meeting, Statement

# the sentence's own day is the release's ("spoke today with", "earlier today", "this morning")
TODAY = re.compile(r"(?i)\b(?:today|this\s+(?:morning|afternoon|evening))\b")


def record_day_groups(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "groups met today": the member states (and member bodies) of a group that a sentence of the
    release, not one of the meeting's own, says its leader met today, added to a held main meeting of the
    release's day when not already there."""
    groups = set(doc.ref.seats)
    if account.kind != "main" or account.status != "held" or m.date != doc.document.date or not groups:
        return
    own = {s.start for s in account.sentences}
    have = {e.key for e in [*m.countries, *m.organizations]}
    for s in doc.sents:
        if s.start in own or not TODAY.search(s.text):
            continue
        for member in members(doc, groups_met_with(s.text, doc.mentions, groups, s.start)):
            iso = doc.ref.iso_of(member)
            e = doc.ref.country(iso) if iso else doc.ref.entities.get(member)
            if e is None or e.key in have:
                continue
            have.add(e.key)
            if iso:
                m.countries.append(e)
                m.evidence.append(Statement("country", e, doc.evidence(s)))
            elif e.kind == "organization":
                org = Entity("organization", e.key, e.label, list(e.alt_labels), e.wikidata, dict(e.props))
                m.organizations.append(org)
                m.evidence.append(Statement("organization", org, doc.evidence(s)))
