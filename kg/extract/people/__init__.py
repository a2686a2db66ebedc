"""People in a release: who is named, with which title and country, and which mentions are the same person.

Three sources of person mentions, merged into one `Person` per individual:
1. reference people found by the gazetteer (full names, variants, surnames);
2. titled names not in the reference data (kg.extract.people.titled): "<Title> of <Country> <Name>",
   "<Country>'s / <Demonym> <Title> <Name>", "<Title> <Name> of <Country>", "<Name>, <Title> of <Org>";
3. role nouns resolved through office data at the meeting date (kg.extract.people.roles): "the Head
   of State", "the President" (the publisher's own), "the Uzbek leader", "the Presidents of A, B and C".
A surname ("President Biden", "Tokayev") joins the person whose full name ends with it
(kg.extract.people.merge). `find_people(doc, on)` is the finder: a function over the analysis object.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from kg.extract.gazetteer import Mention, Token, tokenize
from kg.extract.people.chained import bracketed_items, chained, name_then_title, set_off_items
from kg.extract.people.chairs import chairs
from kg.extract.people.counterparts import counterparts
from kg.extract.people.holders import resolve_named_holders
from kg.extract.people.honorifics import person_named
from kg.extract.people.lexicon import (
    APPOSITIVE,
    APPOSITIVE_SCREEN,
    COUNTERPART_OF,
    LOWER_TITLED,
    NAME,
    Person,
    PersonMention,
    name_key,
)
from kg.extract.people.listed import listed_names
from kg.extract.people.merge import (
    bare_names,
    complete_surnames,
    drop_lone_surnames,
    drop_nested,
    merge_longer,
    merge_subnames,
    surname_ok,
)
from kg.extract.people.roles import resolve_roles
from kg.extract.people.sic import misspelt
from kg.extract.people.styled import styled_items
from kg.extract.people.table import People, add, from_reference, holder
from kg.extract.people.titled import appositive, counterpart_of, lower_titled, titled
from kg.extract.publisher import home_body
from kg.extract.titles import LEADER_NOUNS, title_matches
from kg.reference.tables import Reference

if TYPE_CHECKING:
    from kg.extract.doc import Doc

# after a surname: the government named after its leader(s) ("Biden-Harris Administration")
GOVERNMENT_NAMED = re.compile(r"(?:-[A-Z][\w'’-]+)*\s+[Aa]dministration\b")
# a ship's prefix before a name ("HMS Queen Elizabeth", "USS Ronald Reagan"); an award named after
# someone ("the Order of Prince Yaroslav the Wise", "the Medal of Saint Olga")
VESSEL = re.compile(
    r"\b(?:HMS|USS|HMAS|HMCS|HMNZS|INS|RFS|JS|ROKS|FS|ITS|TCG|"
    r"(?:Order|Medal|Cross|Prize|Award|Star)\s+of(?:\s+the)?(?:\s+(?:Saint|St\.?|Holy))?)\s+$"
)


def find_people(doc: Doc, on: date) -> People:
    """The people of the release's text and title (one table), offices resolved at `on`: a reference
    person named in full in one of them may be named by surname alone in the other."""
    pp = People(doc.ref, on, doc.home, home_body(doc.document, doc.ref) if doc.home is None else None)
    in_title = {m.iri for m in doc.title_mentions if m.kind == "person" and not m.surname}
    in_text = {m.iri for m in doc.mentions if m.kind == "person" and not m.surname}
    scan_text(pp, pp.mentions, doc.text, doc.mentions, doc.tokens, named_elsewhere=in_title)
    scan_text(pp, pp.title_mentions, doc.title, doc.title_mentions, named_elsewhere=in_text)
    merge_subnames(pp)
    resolve_named_holders(pp)  # "Prime Minister Martin of Ireland": the holder, named in full
    drop_lone_surnames(pp)
    return pp


def find_in_text(
    text: str, mentions: list[Mention], ref: Reference, on: date | None, home: str | None
) -> People:
    """The people of one text alone (its gazetteer mentions given), offices resolved at `on`."""
    pp = People(ref, on, home)
    scan_text(pp, pp.mentions, text, mentions)
    resolve_named_holders(pp)
    return pp


def scan_text(
    pp: People,
    found: list[PersonMention],
    text: str,
    mentions: list[Mention],
    tokens: list[Token] | None = None,
    named_elsewhere: set[str] = frozenset(),  # type: ignore[assignment]
) -> None:
    """Add the people of `text` to `pp` and their mentions to `found`, given the gazetteer mentions
    (and tokens) of the same text; `named_elsewhere`: reference people named in full in another text."""
    by_start = {m.start: m for m in mentions if m.kind in ("country", "organization")}
    for m in list(by_start.values()):  # "of the United Arab Emirates": a label may start with "the"
        if text[m.start : m.start + 4].lower() == "the ":
            by_start.setdefault(m.start + 4, m)
    by_end = {m.end: m for m in mentions if m.kind in ("country", "organization")}
    covered: list[tuple[int, int]] = []
    full_named = {m.iri for m in mentions if m.kind == "person" and not m.surname} | named_elsewhere
    full_ends = {m.end: m.iri for m in mentions if m.kind == "person" and not m.surname}
    # one person per name: a surname two people share is the one the release names in full
    claimed = {m.start for m in mentions if m.kind == "person" and m.surname and m.iri in full_named}
    # a family name written first that a reference person named in full bears ("Kim" of "Kim Sung-han"):
    # his (joined through his title, "Mr. Kim"), not another's who bears it too (Kim Boo-kyum)
    claimed |= {m.start for m in mentions if m.surname and _family_of_other(pp, text, m, full_named)}
    for m in mentions:
        if m.kind == "person":
            spouse = person_named(pp.ref, text, m.start, m.iri) if m.surname else m.iri
            if spouse != m.iri:  # "Dr. Biden", "Mrs. Biden": the spouse, not the President
                m = replace(m, iri=spouse)
            elif (
                m.surname and m.iri not in full_named and (m.start in claimed or not surname_ok(pp, text, m))
            ):
                continue
            if m.surname and _continues_other(text, m, full_ends):
                continue  # "Mohammed bin Zayed | Al Nahyan": the end of his name, not Khalifa Al Nahyan
            if m.surname and GOVERNMENT_NAMED.match(text, m.end):
                continue  # "the Biden-Harris Administration", "the Biden administration": a government
            if VESSEL.search(text, max(0, m.start - 24), m.start):
                continue  # "the Carrier Strike Group, led by HMS Queen Elizabeth": a ship
            p = from_reference(pp, m.iri)
            add(found, p, m.start, m.end)
            covered.append((m.start, m.end))
    for t in title_matches(text):
        if not VESSEL.search(text, max(0, t.start() - 24), t.start()):
            titled(pp, found, text, t, by_start, by_end, covered)
    listed_names(pp, found, text, by_start, covered)
    for a in APPOSITIVE.finditer(text) if APPOSITIVE_SCREEN.search(text) else ():
        appositive(pp, found, text, a, by_start, covered)
    for a in COUNTERPART_OF.finditer(text):
        counterpart_of(pp, found, text, a, by_start, covered)
    for a in LOWER_TITLED.finditer(text):
        lower_titled(pp, found, text, a, covered)
    chained(pp, found, text, by_start, covered)
    set_off_items(pp, found, text, by_start, covered)
    bracketed_items(pp, found, text, covered)
    name_then_title(pp, found, text, by_start, covered)
    styled_items(pp, found, text, by_start, covered)
    counterparts(pp, found, text, by_start, covered)
    chairs(pp, found, text, by_start, by_end)
    drop_nested(pp, found, text)
    merge_longer(pp, found)
    complete_surnames(pp, found, text)
    bare_names(pp, found, text, tokens if tokens is not None else tokenize(text))
    misspelt(pp, found, text)  # "Prime Minister Anderssen [sic]": no other person


def _family_of_other(pp: People, text: str, m: Mention, full_named: set[str]) -> bool:
    """Is the surname `m` (of a reference person whose name starts with it) the first word of another
    reference person's name the text writes in full?"""
    family = name_key(text[m.start : m.end])
    if m.iri in full_named or not name_key(pp.ref.entities[m.iri].label).startswith(family + " "):
        return False
    return any(name_key(pp.ref.entities[i].label).startswith(family + " ") for i in full_named - {m.iri})


def _continues_other(text: str, m: Mention, full_ends: dict[int, str]) -> bool:
    """A surname right after another person's name, past a particle ("… bin Zayed Al Nahyan")."""
    gap = re.search(r"(?:\s|-)*(?:(?:Al|al|El|el|bin|ibn)(?:\s|-)*)?$", text[max(0, m.start - 8) : m.start])
    at = m.start - len(gap.group()) if gap else m.start
    return at in full_ends and full_ends[at] != m.iri


__all__ = [
    "LEADER_NOUNS",
    "NAME",
    "People",
    "Person",
    "PersonMention",
    "find_in_text",
    "find_people",
    "holder",
    "name_key",
    "resolve_roles",
]
