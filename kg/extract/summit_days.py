"""The publisher's own telling of its leader's part in a group's summit on one of its days (his press
conference, his officials' press call, a fact sheet of the day) is the summit's meeting, and each member
state takes part (eval/CONVENTIONS.md 4: "a NATO or East Asia summit" without its members named lists the
group's member states). Read at the end of the step "venue and event" (kg.extract.places).

Read only when all of these hold: the meeting is held, is the release's main one and its event (as the
text names it) is the group's summit; its day falls on a dated edition of that summit (the reference's
editions of the G7, NATO, G20 … summits); the release names the group again and again (NAMED_AT_LEAST
times); the title names no counterpart (a bilateral's readout or remarks name the one met: BILATERAL_TITLE,
or a foreign state not given as a place, nor an occasion of its own: SIDE_EVENT_TITLE); and whoever takes
part besides the publisher's side is of the group's members (the host thanked, a member's leader met that
day), so a meeting elsewhere on a summit day (a visit to a non-member) is left alone.
"""

from __future__ import annotations

import re
from datetime import date

from kg.extract.body_series import body_events
from kg.extract.doc import Account, Doc
from kg.extract.gazetteer import scan
from kg.model import Entity, Meeting, Statement
from kg.reference import Reference

# a title naming the one met ("… Meeting with Prime Minister X", "Remarks by President A and NATO
# Secretary General B", "Joint Declaration between A and B", "… before Bilateral Meeting")
BILATERAL_TITLE = re.compile(
    r"(?i)\bwith\b|\bbilateral\b|\btrilateral\b|\bbetween\b|\band\s+(?:the\s+)?(?:[\w.-]+\s+){0,3}?"
    r"(?:president|prime\s+minister|chancellor|king|queen|emir|amir|crown\s+prince|sultan|premier|"
    r"secretary[- ]general)\b"
)
# … or an occasion of its own there ("Remarks by President X at Launch of the Partnership for …")
SIDE_EVENT_TITLE = re.compile(
    r"(?i)\bat\s+(?:the\s+)?(?:launch|(?:[\w-]+\s+)?event|meeting|roundtable|reception|dinner|ceremony)\b"
)
# a foreign state the title names as a place ("… in Press Conference | Madrid, Spain", "… Day in
# Germany"), not as a side
PLACE_BEFORE = re.compile(r"(?:\bin|,)\s+(?:the\s+)?$")
NAMED_AT_LEAST = 5  # mentions of the group in the release: the summit is what it is about


def summit_groups(ref: Reference, on: date) -> list[tuple[str, str]]:
    """(group IRI, summit series IRI) of each group (with seats) whose summit edition is held on `on`."""
    by_event = {e.props.get("iri"): body for body, e in body_events(ref).items()}
    out = []
    for series, editions in ref.editions.items():
        group = series if series in ref.seats else by_event.get(series)
        if group in ref.seats and any(ed.start <= on <= ed.end for ed in editions):
            out.append((group, series))
    return list(dict.fromkeys(out))


def _counterpart_titled(doc: Doc) -> bool:
    """Does the title name the one met (by office, BILATERAL_TITLE, or a foreign state not as a place)
    or an occasion of its own at the summit (SIDE_EVENT_TITLE)?"""
    if BILATERAL_TITLE.search(doc.title) or SIDE_EVENT_TITLE.search(doc.title):
        return True
    return any(
        x.kind == "country"
        and doc.ref.iso_of(x.iri) != doc.home
        and not PLACE_BEFORE.search(doc.title[: x.start])
        for x in doc.title_mentions
    )


def at_summit(ref: Reference, event: Entity | None, group: str, series: str) -> bool:
    """Is the event the group's summit: the series or one of its editions, or named by the group ("G7")?"""
    if event is None:
        return False
    iri = event.props.get("iri", "")
    edition = ref.edition(iri, None) if iri else None
    if series in (iri, edition.series if edition else None):
        return True
    return any(x.iri in (group, series) for x in scan(event.label, ref))


def summit_members(doc: Doc, account: Account, m: Meeting) -> None:
    """The member states of a group at whose summit the meeting is, told on one of its days, join the
    meeting's countries (see the module's docstring)."""
    if account.kind != "main" or m.status != "held" or not doc.home or m.event is None:
        return
    if _counterpart_titled(doc):
        return
    on = m.date or doc.document.date
    if on is None:
        return
    ref = doc.ref
    have = {c.props.get("iso") or c.key for c in m.countries}
    foreign = {c for c in have if c != doc.home}
    for group, series in summit_groups(ref, on):
        named = [x for x in doc.mentions if x.iri == group]
        members = [iso for iri in ref.group_members(group, on) if (iso := ref.iso_of(iri))]
        if not at_summit(ref, m.event, group, series) or len(named) < NAMED_AT_LEAST:
            continue
        if doc.home not in members or not foreign <= set(members):
            continue
        sent = next((s for s in doc.sents if s.start <= named[0].start < s.end), None)
        for iso in members:
            c = ref.country(iso)
            if c is not None and iso not in have:
                have.add(iso)
                m.countries.append(c)
                m.evidence.append(Statement("country", c, doc.evidence(sent)))
        return
