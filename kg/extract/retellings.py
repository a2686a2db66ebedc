"""One meeting per call or talks a release tells twice (used for the meetings mentioned in passing)."""

from __future__ import annotations

from kg.model import Entity, Meeting


def told_once(meetings: list[Meeting]) -> list[Meeting]:
    """One meeting per call or talks a release tells twice ("… calls with Chancellor Scholz, …" and
    later "In a conversation with German Chancellor Scholz, I also …"): the same people, day, status
    and mode are one meeting, with what each telling says of its frameworks and topics."""
    kept: dict[tuple, Meeting] = {}
    out = []
    for m in meetings:
        key = (m.status, m.date, m.mode, frozenset(p.key for p in m.participants))
        first = kept.get(key) if m.participants else None
        if first is None:
            kept[key] = m
            out.append(m)
            continue
        for name, field in (("frameworks", "framework"), ("topics", "topic")):
            have = {e.key for e in getattr(first, name)}
            new = [e for e in getattr(m, name) if e.key not in have]
            getattr(first, name).extend(new)
            keys = {e.key for e in new}
            first.evidence += [
                st
                for st in m.evidence
                if st.field == field and isinstance(st.value, Entity) and st.value.key in keys
            ]
    return out
