"""The event of a body's or a format's own meeting, found after the event step found none.

Online editions: a meeting at an edition of an event held online (the reference data says so: the 2021
Leaders Summit on Climate, a G7 leaders' video conference) was held by video: the edition is the event a
step found, or, at none, of a series the meeting's words name, by its event or its body ("the G7 Leaders
met today with President X" on the day of a G7 video conference).

Named sessions (step "named session"): a meeting that is a session of a named standing format, a
dialogue, council, task force, group, committee or initiative of several states ("Joint Statement on
U.S.-EU Energy Security Task Force Meeting", "The Trilateral Economic Security Dialogue met for the first
time", "the inaugural meeting of the Donor Coordination Platform Steering Committee"), is at that
format's meeting: its event, when no earlier step found one ("<format> meeting"). Decided after the
frameworks (which leave out the event's words): the format named stays a framework the meeting
refers to. Read in the title and the meeting's first sentence; not the publisher's own councils (the
National Security Council), not an organization the reference data knows, not a summit
(kg.extract.events), not a call.
"""

from __future__ import annotations

import re

from kg.extract.body_series import body_events
from kg.extract.doc import Account, Doc
from kg.extract.mode import online_event
from kg.model import Entity, Meeting, Statement
from kg.names import tokens
from kg.reference.tables import Reference, fold


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


# a format's name: capitalized words (with "and", "of", "for", "on" between them) up to its head noun,
# and what it is on ("Task Force on Energy Security")
_WORD = r"(?:[A-Z0-9][\w.’'&-]*)"
_HEAD = (
    r"(?:Dialogue|Council|Task\s+Force|Consultative\s+Group|Working\s+Group|Group|Committee|Commission|"
    r"Initiative|Platform|Mechanism)"
)
_NAME = (
    rf"(?P<name>{_WORD}(?:\s+(?:(?:and|of|for|-)\s+)?{_WORD}){{0,8}}\s+{_HEAD}"
    rf"(?:\s+on\s+{_WORD}(?:\s+(?:and\s+)?{_WORD}){{0,3}})?)"
)
_KIND = (
    r"(?:(?:Inaugural|First|Second|Third|Fourth|Fifth|\d+(?:st|nd|rd|th)|Ministerial|Leaders[’']?|"
    r"Principals[’']?|Plenary|Virtual|Annual|Senior\s+Officials[’']?)\s+)*"
)
SESSIONS = (
    re.compile(rf"(?i:\bmeeting\s+of\s+(?:the\s+)?){_NAME}"),  # "the inaugural meeting of the X Committee"
    re.compile(rf"\b{_NAME}\s+{_KIND}Meeting\b"),  # "U.S.-EU Energy Security Task Force Meeting" (a title's)
    re.compile(rf"\b(?i:the\s+){_NAME}\s+(?:met|convened|held\s+its)\b"),  # "The X Dialogue met …"
    # a readout or statement on the format itself ("Readout of the Trilateral … Economic Security Dialogue")
    re.compile(
        rf"(?i:^(?:readout|(?:joint\s+)?statement|fact\s+sheet)\b.*?\b(?:of|on|from)\s+the\s+){_NAME}\s*$"
    ),
)
# a genre or an edition before the name ("Joint Readout of …", "Inaugural …"): not the format's name
_LEADING = re.compile(
    r"^(?:(?:Joint\s+)?(?:Readout|Statement|Fact\s+Sheet|Remarks)\s+(?:of|on|from|by)\s+(?:the\s+)?)?"
    r"(?:(?:Inaugural|First|Second|Third|Fourth|Fifth|Sixth|\d+(?:st|nd|rd|th)|Annual)\s+)*"
)
# the publisher's own councils and cabinet, and groups that are no format of states
_NOT_FORMAT = re.compile(
    r"(?i)\b(?:National\s+Security|Domestic\s+Policy|Economic\s+Policy|Competition|Gender\s+Policy|"
    r"Space|Cabinet|Advisory|Security\s+Council\s+of\s+(?:Kazakhstan|Ukraine|Russia))\b|"
    r"(?i:^(?:The|This|Our|A|An)\b)"
)


def named_session(texts: list[str], ref: Reference | None = None) -> tuple[str, int] | None:
    """The name of the standing format the first of `texts` telling one says met, with that text's
    index (module docstring); not an organization the reference data knows (its meetings are told by
    kg.extract.body_meetings: "a meeting of the European Commission")."""
    for i, text in enumerate(texts):
        for m in (x for session in SESSIONS for x in session.finditer(text)):
            name = _LEADING.sub("", " ".join(m.group("name").split()))
            if not _NOT_FORMAT.search(name) and len(name.split()) >= 2 and not _known(name, ref):
                return name, i
    return None


def _known(name: str, ref: Reference | None) -> bool:
    """Is `name` an organization or a state of the reference data?"""
    hits = ref.names.get(tokens(name), []) if ref is not None else []
    return any(
        (e := ref.entities.get(h.iri)) is not None and e.kind in ("organization", "country") for h in hits
    )


def record_session(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "named session": a held meeting that the title or its first sentence tells as a session
    of a named format (module docstring) is at "<format> meeting", when no event was found."""
    if m.event is not None or account.kind != "main" or account.status != "held" or m.mode == "phone":
        return
    first = account.sentences[:1]
    found = named_session([doc.title, *(s.text for s in first)], doc.ref)
    if found is None:
        return
    name, at = found
    label = f"{name} meeting"
    event = Entity("event", fold(label), label, [name])
    m.event = event
    m.evidence.append(Statement("event", event, doc.evidence(first[at - 1] if at else account.sentence)))
