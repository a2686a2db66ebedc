"""The bodies whose leaders' meetings are a reference event series ("G7 Summit", "European Council
meeting"), read from the events' names."""

from __future__ import annotations

import re

from kg.model import Entity
from kg.reference import Reference
from kg.reference.tables import name_tokens

# the words of an event's name that say it is the body's meeting ("G7 Summit", "European Council meeting")
MEETING_OF = re.compile(r"(?i)\s+(?:leaders['’]?\s+)?(?:summit|meeting)$")

# the reference data last read, and its bodies' events
_BODIES: list[tuple[Reference, dict[str, Entity]]] = []


def body_events(ref: Reference) -> dict[str, Entity]:
    """Each body whose leaders' meetings are a reference event series, by the body's IRI: the event
    named "<a name of the body> Summit" or "… meeting" ("G7 Summit", "European Council meeting")."""
    if _BODIES and _BODIES[0][0] is ref:
        return _BODIES[0][1]
    out: dict[str, Entity] = {}
    for e in ref.entities.values():
        if e.kind != "event":
            continue
        for name in [e.label, *e.alt_labels]:
            body = MEETING_OF.sub("", name)
            if body == name:
                continue
            for hit in ref.names.get(name_tokens(body), ()):
                named = ref.entities.get(hit.iri)
                if (
                    named is not None
                    and (named.kind == "organization" or hit.iri in ref.seats)
                    and not hit.surname
                ):
                    out.setdefault(hit.iri, e)
    _BODIES[:] = [(ref, out)]
    return out
