"""Counterparts of working-level meetings that the participant steps do not name as persons: an
international body's officials named by the body ("Senior officials met today with European
Commission counterparts"), states listed as meeting, a body named by its pair of sides. (A company
head styled foreign by the demonym of the company's state is kg.extract.companies'.)

Read by the pipeline's test that a meeting has a counterpart (eval/CONVENTIONS.md 5: the officials of
an international organization).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.affiliation import national
from kg.extract.facilitators import talks_states
from kg.extract.gazetteer import Mention, scan
from kg.extract.people.roles import countries_in
from kg.model import Meeting, Statement

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc
    from kg.extract.sentences import Sentence

# a body's people met, the body named before them ("met today with European Commission counterparts",
# "held talks with NATO officials", "with their African Union colleagues")
BODY_PEOPLE = re.compile(
    r"\b(?:met|meets|meeting|talks|consultations|call|conversation|hosted|received|convened)\b[^.;]{0,60}?"
    r"\b(?:with|by)\s+(?:(?:the|their|his|her|senior|high-level|visiting|a|range|number|group|of|other|several)\s+){0,4}"
    r"(?P<body>(?:[A-Z][\w.&’'-]*\s+){1,5})(?:counterparts|officials|colleagues|delegation|leadership|team)\b"
)
# states and bodies listed as the subject of a meeting, and nothing else ("Today (October 31, 2021) the
# United States, the European Union, Australia, …, and the United Kingdom met to discuss …")
LISTED_MET = re.compile(
    r"^(?:(?:Today|Yesterday|On\s+\w+(?:\s+\d{1,2})?)(?:\s*\([^()]{3,30}\))?,?\s+)?(?P<list>[^.;:]{3,700}?)\s+"
    r"(?:(?:recently|today|yesterday|jointly|also|virtually)\s+)?(?:met|(?:re)?convened|gathered)\b"
)
# a body or talks named by the pair of its sides, a state or an international organization each, written
# in lower case too ("the first meeting of the Kazakhstan-EU working group", "the Russian-Chinese
# intergovernmental commission", "the U.S.-ASEAN Dialogue")
PAIR_BODY = re.compile(
    r"\b(?P<a>[A-Z][\w.’']*)\s*[-–]\s*(?P<b>[A-Z][\w.’']*)\s+(?:[\w-]+\s+){0,3}?(?i:dialogue|working\s+group|"
    r"commission|council|committee|forum|consultations|mechanism|task\s+force|talks|negotiations|summit)\b"
)
# the leader's part in a session of an intergovernmental body the reference data knows as an event ("took
# part in a session of the CSTO Collective Security Council", "in a meeting of the Supreme Eurasian Economic
# Council"): its other members' leaders are the counterparts, named or not
SESSION_PART = re.compile(
    r"(?i)\b(?:took\s+part|takes\s+part|take\s+part|participated|participate|attended|attend|chaired|chair|"
    r"addressed|address|joined|join)\b(?:\s+(?:in|via\s+videoconference|by\s+video\s+link|online),?)*\s+"
    r"(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:session|meeting|summit)\s+of\s+(?:the\s+)?"
)
# reference events that are sessions of states' leaders or ministers (not forums, games or parades)
SESSION_EVENT = re.compile(r"\b(?:Summit|Council|[Ss]ession|Leaders['’] Meeting|Heads of State)\b")
SCREEN = re.compile(r"\b(?:officials|colleagues|delegation|leadership|team)\b")
# a named group of an international body or format as the subject of a meeting, the body first in its
# name ("this week the Quad Senior Cyber Group met in Sydney", "the G7 Finance Ministers convened
# virtually"): the body's other members are the counterparts
GROUP_MET = re.compile(
    r"(?P<name>(?:[A-Z][\w.&’'-]*\s+){1,6}?)(?:(?:today|yesterday|this\s+week|virtually|again|recently|also)\s+)?"
    r"(?:met|(?:re)?convened|gathered|held\s+(?:its|their)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session))\b"
)
GROUP_VERBS = (" met", "convened", "gathered", " held its", " held their")


def body_counterparts(doc: Doc, sentences: Sequence[Sentence]) -> bool:
    """Do the sentences tell an international body's people were met (BODY_PEOPLE: a reference
    organization not of the publisher's state named before "counterparts", "officials", …)?"""
    return any(
        ("counterparts" in s.text or SCREEN.search(s.text)) and bool(_bodies_met(doc, s)) for s in sentences
    )


def group_met(doc: Doc, sentences: Sequence[Sentence]) -> bool:
    """Does a sentence tell a named group of an international body met (GROUP_MET: a reference
    organization not of the publisher's state first in the name of the meeting's subject)?"""
    for s in sentences:
        if not any(v in s.text for v in GROUP_VERBS):
            continue
        for g in GROUP_MET.finditer(s.text):
            first = next(iter(scan(g.group("name"), doc.ref)), None)
            if (
                first is not None
                and first.start == 0
                and first.kind == "organization"
                and not national(doc, first.iri)
            ):
                return True
    return False


def listed_sides_met(doc: Doc, sentences: Sequence[Sentence]) -> bool:
    """Does a sentence list two or more foreign states (with international bodies, if any) and
    nothing else as the subject of a meeting (LISTED_MET)?"""
    return any(
        len({doc.ref.iso_of(x.iri) for x in _listed(doc, s) if x.kind == "country"} - {None, doc.home}) >= 2
        for s in sentences
    )


def _listed(doc: Doc, s: Sentence) -> list[Mention]:
    """The states and bodies a sentence lists, and nothing else, as its meeting's subject (LISTED_MET)."""
    m = LISTED_MET.match(s.text)
    if m is None:
        return []
    listed = m.group("list")
    found = [x for x in scan(listed, doc.ref) if x.kind in ("country", "organization")]
    if not found:
        return []
    gaps = [listed[: found[0].start], listed[found[-1].end :]]
    gaps += [listed[a.end : b.start] for a, b in zip(found, found[1:], strict=False)]
    return [] if any(re.sub(r"(?i)[\s,]|\band\b|\bthe\b", "", g) for g in gaps) else found


def _bodies_met(doc: Doc, s: Sentence) -> list[str]:
    """The iris of the international bodies whose people the sentence tells were met (BODY_PEOPLE)."""
    out = []
    for g in BODY_PEOPLE.finditer(s.text):
        found = scan(g.group("body"), doc.ref)
        if any(m.kind == "country" and doc.ref.iso_of(m.iri) == doc.home for m in found):
            continue
        out += [m.iri for m in found if m.kind == "organization" and not national(doc, m.iri)]
    return out


def pair_sides(doc: Doc, text: str) -> list[tuple[str, str]]:
    """(kind, iri) of the states and international bodies a body or talks are named by (PAIR_BODY), when
    one of them is foreign; the publisher's own state included then."""
    if "-" not in text and "–" not in text:
        return []
    out: list[tuple[str, str]] = []
    for g in PAIR_BODY.finditer(text):
        sides: list[tuple[str, str]] = []
        for part in g.group("a", "b"):
            iso = next(iter(paired_part_states(doc, part)), None)
            country = doc.ref.countries.get(iso) if iso else None
            org = next((x.iri for x in scan(part, doc.ref) if x.kind == "organization"), None)
            if country is not None:
                sides.append(("country", country))
            elif org is not None and not national(doc, org):
                sides.append(("organization", org))
        isos = {doc.ref.iso_of(i) for k, i in sides if k == "country"}
        if len(sides) == 2 and (any(k == "organization" for k, _ in sides) or isos - {doc.home}):
            out += sides
    return out


def paired_sides(doc: Doc, sentences: Sequence[Sentence]) -> bool:
    """Do the title or the sentences name a body or talks by a pair of sides, one of them foreign?"""
    return any(pair_sides(doc, t) for t in [doc.title, *(s.text for s in sentences)])


def record_listed_sides(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "listed sides": the states and bodies a main meeting's sentences list as its subject
    (LISTED_MET) and the states a body or talks are named by (PAIR_BODY, in lower case too), when the
    participants do not already bring them (not the bodies of BODY_PEOPLE, nor of a pair: the key lists
    a body whose officials or council met as a framework unless one of its heads takes part)."""
    if account.kind != "main":
        return
    have = {e.key for e in [*m.countries, *m.organizations]}
    for iri in [i for k, i in pair_sides(doc, doc.title) if k == "country"]:  # "Russian-Egyptian talks"
        e = doc.ref.country(doc.ref.iso_of(iri) or "")
        if e is not None and e.key not in have:
            have.add(e.key)
            m.countries.append(e)
            m.evidence.append(Statement("country", e, doc.evidence(None)))
    for s in account.sentences:  # … and the third states facilitating talks between sides
        for iso in talks_states(doc, [s], foreign_only=False):
            e = doc.ref.country(iso)
            if e is not None and e.key not in have:
                have.add(e.key)
                m.countries.append(e)
                m.evidence.append(Statement("country", e, doc.evidence(s)))
    for s in account.sentences:
        listed = _listed(doc, s)
        if len({doc.ref.iso_of(x.iri) for x in listed if x.kind == "country"} - {None, doc.home}) < 2:
            listed = []
        for iri, kind in [
            *((x.iri, x.kind) for x in listed),
            *((i, k) for k, i in pair_sides(doc, s.text) if k == "country"),
        ]:
            e = doc.ref.country(doc.ref.iso_of(iri) or "") if kind == "country" else doc.ref.entities.get(iri)
            if e is None or e.key in have or (kind != "country" and national(doc, iri)):
                continue
            if kind != "country":
                e = e.as_kind("organization")
            have.add(e.key)
            (m.countries if kind == "country" else m.organizations).append(e)
            m.evidence.append(Statement(kind, e, doc.evidence(s)))


def paired_part_states(doc: Doc, part: str) -> list[str]:
    """The state one part of a pair of states names ("Mexico" of "the U.S.-Mexico Dialogue"), by its name
    or demonym, alone or before the body's next word ("Chinese Intergovernmental" of "the
    Russian-Chinese Intergovernmental Commission")."""
    named = countries_in(doc.ref, "of " + part)[:1]
    iso = doc.ref.country_of_demonym(part) or doc.ref.country_of_demonym(part.split()[0])
    return named or ([iso] if iso else [])


def session_of_body(doc: Doc, sentences: Sequence[Sentence]) -> bool:
    """Do the sentences tell the leader's part in a session of an intergovernmental body the reference
    data knows (SESSION_PART before a reference event named as a summit, council or session)?"""
    for s in sentences:
        for g in SESSION_PART.finditer(s.text):
            tail = s.text[g.end() : g.end() + 120]
            first = next(iter(scan(tail, doc.ref)), None)
            if first is not None and first.start == 0 and first.kind == "event":
                e = doc.ref.entities.get(first.iri)
                if e is not None and SESSION_EVENT.search(e.label):
                    return True
    return False
