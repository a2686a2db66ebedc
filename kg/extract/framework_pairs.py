"""Talks and relations between two states: which states a name pairs, whether they are the meeting's
own talks, and the short names writers give them ("Russia-Ukraine talks", "Russian-Vietnamese
strategic partnership", a plural body in the singular), which a minted name carries as alternative
labels, and whether a name starts with the publisher's own state."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.framework_forms import JOINERS, PAIR_BODY, PARTNERSHIP, TALKS
from kg.extract.gazetteer import scan
from kg.model import Entity, Meeting
from kg.reference.tables import Reference

if TYPE_CHECKING:
    from kg.extract.doc import Doc


# what only describes relations comes after "relations of", "ties of", "the spirit of friendship and"
_DESCRIBES = re.compile(r"\b(?:relations|relationship|ties|spirit)\s+of\s+(?:[a-z][\w-]*\s+){0,3}$")


def describes_relations(text: str, start: int) -> bool:
    """Does the partnership named at text[start:] only describe relations ("relations of strategic
    partnership and alliance", "in the spirit of friendship and strategic partnership"), not name one
    the leaders discuss (CONVENTIONS 21b)?"""
    return bool(_DESCRIBES.search(text[max(0, start - 60) : start]))


def parties(label: str, ref: Reference) -> set[str]:
    """The states a name of talks or relations pairs ("Russian-Ukrainian talks" -> {"RU", "UA"})."""
    out = set()
    for word in re.split(r"\s+|\s?[-–]\s?", label):
        iso = ref.country_of_demonym(word.strip(".,")) if word[:1].isupper() else None
        if iso:
            out.add(iso)
    return out | {x.iri.rsplit("/", 1)[-1] for x in scan(label, ref) if x.kind == "country"}


def only_places(label: str, ref: Reference) -> bool:
    """Is a name made of states, places and organizations only, with no head of its own ("U.S.-Costa
    Rica", "Latin America and the Caribbean", "Mongolian-Russian")? One organization's whole name is
    not: it is that organization."""
    rest = label
    for x in sorted(scan(label, ref), key=lambda x: -x.start):
        if x.kind == "organization" and x.start == 0 and x.end == len(label):
            return False
        if x.kind in ("country", "place", "organization"):
            rest = f"{rest[: x.start]} {rest[x.end :]}"
    words = re.split(r"[\s,.'’–-]+", rest)
    return not [w for w in words if w and w.lower() not in JOINERS and not ref.country_of_demonym(w)]


def own_talks(label: str, m: Meeting, ref: Reference) -> bool:
    """Does a name of talks name the meeting's own ("Russian-Belarusian talks" of Putin and Lukashenko)?"""
    sides = parties(label, ref) if TALKS.fullmatch(label) and "dialogue" not in label else set()
    return len(sides) >= 2 and sides <= {c.key for c in m.countries}


def pair_names(fw: Entity, doc: Doc) -> Entity:
    """Talks or a partnership of two states under the short names writers give them as well
    ("talks between Russian and Ukrainian representatives": "Russia-Ukraine talks", "Russian-
    Ukrainian negotiations"; "strategic partnership with Vietnam" told by Russia: "Russian-Vietnamese
    strategic partnership")."""
    if PAIR_BODY.fullmatch(fw.label) and re.search(
        r"[^s]s$", fw.label
    ):  # "the A-B and B-A business councils"
        return Entity(fw.kind, fw.key, fw.label, [*fw.alt_labels, fw.label[:-1]], fw.wikidata, dict(fw.props))
    talks = TALKS.fullmatch(fw.label)
    partnership = None if talks else PARTNERSHIP.fullmatch(fw.label)
    if not (talks or partnership):
        return fw
    sides = parties(fw.label, doc.ref)
    if len(sides) == 1 and doc.home and (partnership or " with " in fw.label):
        sides.add(doc.home)  # the teller is the other party ("negotiations with Kiev representatives")
    if len(sides) != 2:
        return fw
    if talks:
        heads = ["dialogue"] if "dialogue" in fw.label else ["talks", "negotiations"]
    else:
        head = re.search(r"(?:strategic\s+)?(?:energy\s+)?partnership(?:\s+and\s+alliance)?", fw.label)
        heads = [head.group(0)] if head else []
    names = []
    for iso in sorted(sides):
        country = doc.ref.country(iso)
        adjectives = sorted(
            d.upper() if "." in d else d.capitalize()  # folded: "u.s.", "vietnamese"
            for d, i in doc.ref.demonyms.items()
            if i == iso and not d.endswith("s")
        )
        names.append(([country.label] if country else [], adjectives[:2]))
    # the states' names paired, or their adjectives ("Russia-Ukraine", "Russian-Ukrainian")
    pairs = [(a, b) for k in (0, 1) for a in names[0][k] for b in names[1][k]]
    alts = [f"{a}-{b} {h}" for a, b in pairs for h in heads]
    return Entity(
        fw.kind, fw.key, fw.label, list(dict.fromkeys([*fw.alt_labels, *alts])), fw.wikidata, dict(fw.props)
    )


def home_first(doc: Doc, label: str) -> bool:
    """Does a name start with the publisher's own state ("U.S. ...", "Russian ...")?"""
    first = label.split()[0].rstrip(".,")
    if doc.home and doc.ref.country_of_demonym(first) == doc.home:
        return True
    lead = scan(label, doc.ref)
    return (
        bool(lead)
        and lead[0].start == 0
        and lead[0].kind == "country"
        and doc.ref.iso_of(lead[0].iri) == doc.home
    )
