"""A meeting at an edition of an event held online (the reference data says so: the 2021 Leaders
Summit on Climate, a G7 leaders' video conference) was held by video: the edition is the event a step
found, or, at none, of a series the meeting's words name, by its event or its body ("the G7 Leaders
met today with President X" on the day of a G7 video conference).
"""

from __future__ import annotations

from kg.extract.body_series import body_events
from kg.extract.doc import Account, Doc
from kg.extract.mode import online_event
from kg.model import Meeting


def _series_named(doc: Doc, account: Account) -> list[tuple[str, int | None]]:
    """(event series IRI, offset) of the events and bodies the title and the meeting's sentences name."""
    events = body_events(doc.ref)
    spans = [(s.start, s.end) for s in account.sentences]
    named = [(x, None) for x in doc.title_mentions] + [
        (x, x.start) for x in doc.mentions if any(a <= x.start < b for a, b in spans)
    ]
    out = []
    for x, at in named:
        if x.kind == "event":
            out.append((x.iri, at))
        elif x.iri in events:
            out.append((events[x.iri].props.get("iri", ""), at))
    return out


def record_online_event(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "online event": a held or planned main meeting at an online edition of the event found
    (whichever step found it: its sentences, or a body said to have met), else of a series its words
    name, was held by video, unless its own words say it was a call or in person."""
    if m.mode != "in_person" or account.kind != "main":
        return
    said = next((st.evidence for st in m.evidence if st.field == "event" and st.value is m.event), None)
    if m.event is not None:
        online_event(doc, account, m, m.event, said)
        return
    for series, at in _series_named(doc, account):
        edition = doc.ref.edition(series, account.day)
        if edition is not None and edition.online:
            sent = doc.index.containing(at) if at is not None else None
            online_event(doc, account, m, doc.ref.entities.get(series), sent)
            return
