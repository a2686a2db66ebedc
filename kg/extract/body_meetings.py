"""A body's own meeting ("We, the Leaders of the G7, met today in Brussels", "Today, the European
Council was joined by President Biden") is at that body's leaders' meeting: the reference event named
after the body ("G7 Summit", "European Council meeting"), so that every publisher's account of it
names one event (`record_body_event`; kg.reconcile matches the accounts by that event).
"""

from __future__ import annotations

import re

from kg.extract.body_series import MEETING_OF, body_events
from kg.extract.datelines import city_of
from kg.extract.dates import JOINED_ON_DAY
from kg.extract.detect_statement import summit_of_statement
from kg.extract.doc import Account, Doc
from kg.extract.events import event_place
from kg.extract.gatherings import add_members
from kg.extract.groups import AROUND, ATTENDED
from kg.extract.sentences import Sentence
from kg.model import Entity, Meeting, Statement
from kg.reference.tables import Reference, name_tokens

# a body meeting: "the European Council was joined by", "the Leaders of the G7 met", "G7 leaders met"
BODY_BEFORE = re.compile(r"(?i)\b(?:leaders|heads\s+of\s+state(?:\s+and\s+government)?)\s+of\s+(?:the\s+)?$")
BODY_AFTER = re.compile(
    rf"(?i)^(?:\s+leaders)?,?\s+(?:(?:was|were)\s+joined\s+by|{JOINED_ON_DAY}|met|convened|gathered)\b"
)
# … or the leader joined them ("joined leaders of the Joint Expeditionary Force in Riga", "joined G7
# leaders"), or met them at the body's summit ("met with G7 leaders", on a day of its in-person edition)
JOINED_BEFORE = re.compile(
    r"(?i)\b(join(?:ed|s)|met\s+with)\s+(?:the\s+|fellow\s+|other\s+)?(?:(?:leaders|heads\s+of\s+state(?:\s+and\s+government)?)"
    r"\s+of\s+(?:the\s+)?)?$"
)
LEADERS_NEXT = re.compile(r"(?i)\s+leaders\b")
# … or the leader's part in the body's meeting, told before the body's name ("addressed the European Council
# via video link", "took part in the meeting of the European Council", "addressed the participants of the
# extraordinary session of the …")
PART_BEFORE = re.compile(
    r"(?i)\b(?:addressed|took\s+part\s+in|participated\s+in|spoke\s+(?:at|to))\s+(?:the\s+participants\s+of\s+)?"
    r"(?:(?:a|an|the)\s+)?(?:(?:extraordinary|informal|special|video|virtual)\s+)?(?:(?:meeting|session|summit)\s+of\s+)?"
    r"(?:the\s+)?$"
)
# … the body's own meeting, not one of its ministers or envoys ("the meeting of the G7 foreign ministers")
PART_AFTER = re.compile(
    r"(?i)^(?:\s+(?:leaders['’]?\s+)?(?:summit|meeting|session))?(?:\s*[,.;(]|\s+(?:via|by|in|on|today|$)\b|$)"
)
# an event named after the body the other way round ("meeting of the European Council"; MEETING_OF)
OF_BODY = re.compile(
    r"(?i)^(?:(?:a|an|the)\s+)?(?:(?:extraordinary|informal|special)\s+)?(?:meeting|summit)\s+of\s+(?:the\s+)?"
)


def body_event(doc: Doc, sentences: list[Sentence]) -> tuple[Entity | None, Sentence | None]:
    """The leaders' meeting of a body that the sentences say met ("We, the Leaders of the G7, met
    today", "the European Council was joined by …"), and the sentence saying so."""
    events = body_events(doc.ref)
    for sent in sentences:
        for m in doc.mentions:
            if m.iri not in events or not sent.start <= m.start < m.end <= sent.end:
                continue
            before, after = doc.text[max(sent.start, m.start - 40) : m.start], doc.text[m.end : sent.end]
            if BODY_AFTER.match(after) or (
                BODY_BEFORE.search(before) and re.match(r"^(?:\s*\([^)]{1,12}\))?,?\s+met\b", after)
            ):
                return events[m.iri], sent
            if PART_BEFORE.search(before) and PART_AFTER.match(after):
                return events[m.iri], sent  # "addressed the European Council via video link"
            joined = JOINED_BEFORE.search(before)  # "joined leaders of the …", "met with fellow … leaders"
            if (
                joined
                and (joined.group().rstrip()[-3:].lower() in ("the", " of") or LEADERS_NEXT.match(after))
                and (joined.group(1).lower().startswith("join") or _summit_day(doc, events[m.iri]))
            ):
                return events[m.iri], sent
    return None, None


def _summit_day(doc: Doc, event: Entity) -> bool:
    """Is the release's meeting day one of the body's in-person summit edition (a leader meeting the
    body's leaders then met them at it; another day, by video, a standing body's call)?"""
    edition = doc.ref.edition(event.props.get("iri", ""), doc.found.on)
    return edition is not None and not edition.online


def _named_body_event(ref: Reference, event: Entity) -> Entity | None:
    """The reference event of a body's meeting that an event name the text gave stands for ("Group of
    Seven summit", "a meeting of the European Council"), or None."""
    if event.props.get("iri"):
        return None  # already a reference event
    body = OF_BODY.sub("", MEETING_OF.sub("", event.label.strip()))
    if body == event.label.strip():
        return None
    events = body_events(ref)
    return next((events[h.iri] for h in ref.names.get(name_tokens(body), ()) if h.iri in events), None)


def record_body_event(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "body event": a meeting that is a body's own meeting is at the body's leaders' meeting, a
    reference event (kg.reconcile matches each publisher's account of it by that event): one the
    text names by the body's name, or, at no event found, the body said to have met."""
    if m.event is not None:
        named = _named_body_event(doc.ref, m.event)
        for st in m.evidence if named is not None else ():
            if st.field == "event" and st.value is m.event:
                st.value = named
        m.event = named or m.event
        if account.kind == "main" and account.status == "held":
            _institution_session(doc, account, m)
        return
    if account.kind != "main":
        return
    event, sent = body_event(doc, account.sentences[:1] + doc.lead[:1])
    if event is None and account.status == "held" and (at := summit_of_statement(doc.document, doc.ref)):
        body, event = at  # a body's leaders' statement released at its summit: its members take part
        add_members(doc, [body], account.sentence, m)
    if event is not None:
        m.event = event
        m.evidence.append(Statement("event", event, doc.evidence(sent)))
        place, on_its_days = event_place(event, doc.ref, account.day)
        if m.venue is None and m.mode == "in_person" and place and on_its_days:
            # held in person on the days of the body's summit edition: where the reference places it
            m.venue = city_of(doc.ref, place)
            m.evidence.append(Statement("venue", m.venue, doc.evidence(sent)))


def _institution_session(doc: Doc, account: Account, m: Meeting) -> None:
    """At a session of an institution of an organization (a body with a skos:broader parent: the European
    Council) that the title or the meeting's sentences say the leader took part in or addressed, not one
    held around it: the institution takes part as an organization (eval/CONVENTIONS.md 11)."""
    key = m.event.key if m.event is not None else None
    body = next((b for b, e in body_events(doc.ref).items() if e.key == key), None)
    e = doc.ref.entities.get(body or "")
    if e is None or body in doc.ref.seats or not e.props.get("broader"):
        return
    said = [s for s in [doc.title, *(x.text for x in account.sentences)] if ATTENDED.search(s)]
    if not said or any(AROUND.search(s) for s in said) or any(o.key == e.key for o in m.organizations):
        return
    org = e.as_kind("organization")
    m.organizations.append(org)
    m.evidence.append(Statement("organization", org, doc.evidence(account.sentence)))
