"""A name the transcript marks "[sic]" is misspoken or misspelt ("Prime Minister Anderssen [sic] —
Andersson"), not another person: it is the person of the same name but one letter named elsewhere in
the release, else no one."""

from __future__ import annotations

import re

from kg.extract.people.lexicon import PersonMention, fold_name
from kg.extract.people.table import People
from kg.names import one_edit

SIC = re.compile(r"\s*[\[(]\s*sic\s*[\])]", re.I)


def misspelt(pp: People, found: list[PersonMention], text: str) -> None:
    """Mentions followed by "[sic]" join the person one letter off named elsewhere, else are dropped;
    a person left with no mention in `found` leaves the table (unless the title names him)."""
    if "sic]" not in text and "sic)" not in text and "SIC]" not in text:
        return
    marked = [m for m in found if SIC.match(text, m.end)]
    if not marked:
        return
    for m in marked:
        i = found.index(m)
        others = {o.key for o in found if o.key != m.key and not SIC.match(text, o.end)}
        near = [k for k in others if k in pp.people and _one_off(_surname(pp, m.key), pp.people[k].surname)]
        if len(near) == 1:
            found[i] = PersonMention(near[0], m.start, m.end, m.by_role)
        else:
            del found[i]
        if not any(o.key == m.key for o in [*found, *pp.title_mentions, *pp.mentions]):
            pp.people.pop(m.key, None)


def _surname(pp: People, key: str) -> str:
    p = pp.people.get(key)
    return p.surname if p is not None else key.split()[-1]


def _one_off(a: str, b: str) -> bool:
    """Two surnames of four letters or more one letter apart (case and accents aside)."""
    a, b = fold_name(a), fold_name(b)
    return a != b and min(len(a), len(b)) >= 4 and one_edit(a, b)
