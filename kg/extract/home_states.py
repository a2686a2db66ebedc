"""Step "home namesakes": a state taking part that the release names only as the part of its own
country named like it (kg.extract.namesakes: "working families in Georgia", the U.S. state) is no party,
however a rule read it ("community leaders from Georgia")."""

from __future__ import annotations

from kg.extract.doc import Account, Doc
from kg.extract.namesakes import namesakes
from kg.model import Entity, Meeting


def _iso(c: Entity) -> str:
    return c.props.get("iso") or c.key.upper()


def drop_namesake_states(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "home namesakes": a state taking part that the release names only as the part of its own
    country named like it is no party (read from the words "leaders from Georgia" too)."""
    isos = namesakes(doc.text, doc.title, doc.home) if m.countries else set()
    if isos:
        m.countries = [c for c in m.countries if _iso(c) not in isos]
        m.evidence = [
            st
            for st in m.evidence
            if not (st.field == "country" and isinstance(st.value, Entity) and _iso(st.value) in isos)
        ]
