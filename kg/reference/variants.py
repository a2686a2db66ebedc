"""Other forms of the names in the reference data that writers use and no label spells out, derived
by rule: "Saint Lucia" is also "St. Lucia" / "St Lucia"; "Micronesia, Federated States of" (a
list's inverted form) is also "Federated States of Micronesia" and "Micronesia"; a body named "X
Commission" also answers to the title of its members ("European Commissioner for Trade"). A derived
form is a name only when it names one entity and no label of another entity is spelt so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.reference.tables import Reference, name_tokens

# the kinds of entity whose names take these forms (people's and topics' names do not)
KINDS = frozenset({"country", "place", "organization", "event"})
_SAINT = re.compile(r"\bSaint\b")
_INVERTED = re.compile(r"^(?P<name>[^,]+),\s+(?:[Tt]he\s+)?(?P<style>.+?\s+of)(?:\s+the)?$")


def variants(label: str, kind: str) -> Iterator[str]:
    """The forms of a label derived by rule (not the label itself)."""
    if _SAINT.search(label):
        yield _SAINT.sub("St", label)
    m = _INVERTED.match(label)
    if m is not None:
        yield f"{m['style']} {m['name']}"  # "Federated States of Micronesia"
        yield m["name"]  # "Micronesia"
    if kind == "organization" and label.endswith(" Commission"):
        yield label + "er"  # "European Commissioner (for Trade)": a member of the Commission


def add_variants(ref: Reference) -> None:
    """Index the derived forms of every label (`variants`) that name one entity only."""
    derived: dict[tuple[str, ...], set[str]] = {}
    spelt: dict[tuple[str, ...], str] = {}
    for iri, e in ref.entities.items():
        if e.kind not in KINDS:
            continue
        for label in (e.label, *e.alt_labels):
            for form in variants(label, e.kind):
                toks = name_tokens(form)
                if toks:
                    derived.setdefault(toks, set()).add(iri)
                    spelt.setdefault(toks, form)
    for toks, iris in derived.items():
        taken = {h.iri for h in ref.names.get(toks, ())}
        if len(iris) == 1 and not taken - iris:
            ref.add_name(spelt[toks], next(iter(iris)))
