"""Other forms of the names in the reference data that writers use and no label spells out, derived
by rule: "Saint Lucia" is also "St. Lucia" / "St Lucia"; "Micronesia, Federated States of" (a
list's inverted form) is also "Federated States of Micronesia" and "Micronesia"; a body named "X
Commission" also answers to the title of its members ("European Commissioner for Trade"); an event
named with an organization's acronym ("Collective Security Council of the CSTO") is also named with
the organization's full names ("… of the Collective Security Treaty Organisation"). A derived form is a
name only when it names one entity and no label of another entity is spelt so.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.reference.tables import Reference, is_acronym, name_tokens

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


_OF_ACRONYM = re.compile(r"\bof\s+(?P<the>the\s+)?(?P<acronym>[A-Z]{2,8})$")


def organization_acronyms(ref: Reference) -> dict[str, list[str]]:
    """Each acronym naming one organization ("CSTO"), with that organization's names written out."""
    named: dict[str, set[str]] = {}
    full: dict[str, list[str]] = {}
    for iri, e in ref.entities.items():
        if e.kind != "organization":
            continue
        labels = (e.label, *e.alt_labels)
        full[iri] = [x for x in labels if not is_acronym(x)]
        for x in labels:
            if is_acronym(x) and x.isalpha():
                named.setdefault(x, set()).add(iri)
    return {a: full[next(iter(iris))] for a, iris in named.items() if len(iris) == 1}


def _written_out(label: str, acronyms: dict[str, list[str]]) -> Iterator[str]:
    """An event's label ending in "of (the) ACRONYM" of an organization, that acronym written out
    ("Collective Security Council of the Collective Security Treaty Organisation"). Not an acronym
    before the body's name ("CSTO Collective Security Council"): written out, that form reads as a
    name of its own, and frameworks take such names."""
    m = _OF_ACRONYM.search(label)
    if m is None:
        return
    for name in acronyms.get(m["acronym"], ()):
        if m["the"] and name.lower().startswith("the "):
            name = name[4:]  # "… of the CIS": not "of the the Commonwealth …"
        yield label[: m.start("acronym")] + name


def add_variants(ref: Reference) -> None:
    """Index the derived forms of every label (`variants`) that name one entity only."""
    derived: dict[tuple[str, ...], set[str]] = {}
    spelt: dict[tuple[str, ...], str] = {}
    acronyms = organization_acronyms(ref)
    for iri, e in ref.entities.items():
        if e.kind not in KINDS:
            continue
        for label in (e.label, *e.alt_labels):
            forms = variants(label, e.kind)
            if e.kind == "event":
                forms = (*forms, *_written_out(label, acronyms))
            for form in forms:
                toks = name_tokens(form)
                if toks:
                    derived.setdefault(toks, set()).add(iri)
                    spelt.setdefault(toks, form)
    for toks, iris in derived.items():
        taken = {h.iri for h in ref.names.get(toks, ())}
        if len(iris) == 1 and not taken - iris:
            ref.add_name(spelt[toks], next(iter(iris)))
