"""The people table of one release: `People`, and how a person joins it (from the reference data,
by an unknown name, as the holder of an office at the date).

`People` holds one `Person` per individual (shared by the text and the title) and the mentions of
each text; the finder's other modules read and extend it.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from kg.extract.gazetteer import Mention
from kg.extract.people.lexicon import (
    PORTFOLIO_WORDS,
    STOP_WORDS,
    Person,
    PersonMention,
    clean_name,
    cue_words,
    fold_name,
    name_key,
    same_name,
    title_vocabulary,
)
from kg.extract.titles import TITLE
from kg.reference.tables import Reference

HONORIFIC_FIRST = re.compile(r"^(?:Shri|Shrimati|Smt\.?|Hon\.|Honourable|Honorable)\s+(?=[A-Z])")


@dataclass
class People:
    """The people of a release with their mentions in the text and in the title, offices at `on`."""

    ref: Reference
    on: date | None
    home: str | None  # ISO code of the publisher's country
    body: str | None = None  # IRI of the publishing international organization (its own release)
    people: dict[str, Person] = field(default_factory=dict)
    mentions: list[PersonMention] = field(default_factory=list)  # in the text
    title_mentions: list[PersonMention] = field(default_factory=list)  # in the title


def rekey(mentions: list[PersonMention], keys: Mapping[str, str]) -> list[PersonMention]:
    """The mentions with every key in `keys` replaced by the key it maps to (merged name variants)."""
    return [PersonMention(keys[m.key], m.start, m.end, m.by_role) if m.key in keys else m for m in mentions]


def from_reference(pp: People, iri: str) -> Person:
    """The Person of a reference entity (one per release), its country, organization and post at the date."""
    e = pp.ref.entities[iri]
    p = pp.people.get(e.key)
    if p is None:
        p = Person(e.key, e.label, set(e.alt_labels), iri, family=e.props.get("surname"))
        country_iri = e.props.get("country_iri")
        p.country = pp.ref.iso_of(country_iri)
        held = [(t, *pp.ref.post_role(t)) for t in pp.ref.posts_of(iri, pp.on)]
        # an official of an international organization and of no state on the day (the EU High
        # Representative) acts for the organization, not for the state of his nationality
        for_org = bool(held) and not any(pp.ref.iso_of(where) for _, _, where in held)
        for t, role, where in held:
            post = pp.ref.posts.get(t.post or "")
            if pp.ref.iso_of(where):
                p.country = p.country or pp.ref.iso_of(where)
            elif where and (role == "OrganizationHead" or for_org):
                p.org, p.for_org = p.org or where, p.for_org or role != "OrganizationHead"
            if post and not p.post:
                p.post, p.role = post.iri, role
        pp.people[e.key] = p
    return p


@functools.lru_cache(maxsize=8192)
def _key_words(label: str) -> frozenset[str]:
    """The words of a name's key (a release naming hundreds asks each of them again and again)."""
    return frozenset(name_key(label).split())


def unknown(pp: People, name: str) -> Person | None:
    """The Person a name not in the reference data is (a known one when it is a shorter form), or None
    when it is no name."""
    name = clean_name(name)
    if name[:1] in "SH":  # an honorific is no part of the name ("Shri Vikram Misri", "Hon. Penny Wong")
        name = HONORIFIC_FIRST.sub("", name)
    key = name_key(name)
    toks = key.split()
    if not toks or toks[0] in STOP_WORDS or all(t in STOP_WORDS for t in toks):
        return None
    if all(t in cue_words(pp.ref) or t in PORTFOLIO_WORDS for t in toks) or TITLE.fullmatch(name):
        return None  # "Minister of Ecological Transition", "Mr. Secretary-General": a portfolio or title
    if len(toks) >= 2 and all(t in title_vocabulary(pp.ref) for t in toks):
        return None  # "Public Safety", "Opioid Response": the words of a body or portfolio
    if key in pp.people:
        return pp.people[key]
    # a surname or shorter form of someone already known in this text
    if len(toks) == 1:
        for p in pp.people.values():
            if fold_name(p.surname) == toks[0] or any(fold_name(a) == toks[0] for a in p.alt_labels):
                return p
    else:
        need = set(toks)
        for p in pp.people.values():
            if need <= _key_words(p.label):
                return p
    if len(toks) == 1:  # "Sheikh Mohammed": the given name of the one "Mohammed bin Zayed" named
        known = {
            p.key
            for p in pp.people.values()
            for n in (p.label, *p.alt_labels)
            if _given_of_patronymic(n, toks[0])
        }
        if len(known) == 1:
            return pp.people[known.pop()]
    # the reference may know the person by this name
    hits = pp.ref.names.get(tuple(re.findall(r"[^\W_]+", key)), [])
    if _named_place(pp.ref, hits):
        return None  # "Ukraine", "Seoul": a state, place or body the release names, no person
    if len(toks) == 1 and any(name_key(pp.ref.entities[h.iri].label).startswith(key + " ") for h in hits):
        # a family name written first ("Mr. Kim"): the one person of the text named in full with it
        # ("Kim Sung-han"), not another who bears it (Kim Boo-kyum)
        same = [p for p in pp.people.values() if name_key(p.label).startswith(key + " ")]
        if len(same) == 1:
            return same[0]
    for h in hits:
        if pp.ref.entities[h.iri].kind == "person":
            return from_reference(pp, h.iri)
    if len(toks) >= 3:  # "George Manneh Weah": a reference person's name with a middle name more
        for h in pp.ref.names.get((toks[-1],), []):
            e = pp.ref.entities[h.iri]
            if (
                h.surname
                and e.kind == "person"
                and same_name(toks, Person(e.key, e.label, set(e.alt_labels)))
            ):
                return from_reference(pp, h.iri)
    p = Person(key, name, {name})
    if len(toks) >= 2:
        p.alt_labels.add(p.surname)
    pp.people[key] = p
    return p


NOT_PEOPLE = ("country", "place", "organization")


def _named_place(ref: Reference, hits: list) -> bool:
    """Is the whole name, as written, a state's, a place's or a body's name and no person's?"""
    kinds = {
        ref.entities[h.iri].kind for h in hits if not h.surname and not h.acronym and h.iri in ref.entities
    }
    return bool(kinds & set(NOT_PEOPLE)) and "person" not in kinds


PATRONYMIC_NAME = re.compile(r"(?i)^(\S+)\s+(?:bin|bint|ibn)\s")


def _given_of_patronymic(name: str, token: str) -> bool:
    """Is `token` the given name of a name with a patronymic ("Mohammed" of "Mohammed bin Zayed")?"""
    m = PATRONYMIC_NAME.match(name)
    return m is not None and fold_name(m.group(1)) == token


def holder(pp: People, role: str, where_iri: str | None) -> Person | None:
    """The person holding the office (role, country/organization) at the date, via reference data."""
    if not where_iri:
        return None
    e = pp.ref.holder((role, where_iri), pp.on)
    return from_reference(pp, e.props["iri"]) if e is not None else None


def add(found: list[PersonMention], p: Person, start: int, end: int, by_role: bool = False) -> None:
    """Record a mention of `p` in `found`."""
    found.append(PersonMention(p.key, start, end, by_role))


def named_by(ref: Reference, m: Mention | None) -> tuple[str | None, str | None]:
    """(ISO code, organization IRI) named by a gazetteer mention."""
    if m is None:
        return None, None
    if m.kind == "country":
        return ref.iso_of(m.iri), None
    return None, m.iri


def attach(p: Person, title: str, role: str | None, iso: str | None, org: str | None) -> None:
    """Give `p` the title, role, country or organization a titled mention says, where it has none."""
    p.title = p.title or title
    p.role = p.role or role
    if iso and not p.country and not org:
        p.country = iso
    if org and not p.org and (role in ("OrganizationHead", None) or not iso):
        if not p.country or role in ("OrganizationHead",):
            p.org = org


def taken(
    found: list[PersonMention],
    covered: list[tuple[int, int]],
    by_start: dict[int, Mention],
    start: int,
    end: int,
) -> bool:
    """The span is part of a name already found, or holds a state's mention."""
    return (
        any(x < end and start < y for x, y in covered)
        or any(pm.start < end and start < pm.end for pm in found)
        or any(start <= k < end for k in by_start)
    )
