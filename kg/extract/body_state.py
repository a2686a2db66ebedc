"""A participant's state through the national body he holds office in: "the Chairman of the Communist
Party of Vietnam's Central External Relations Commission, Le Hoai Trung", "Communist Party of Vietnam
External Relations Commission Chairman X": a post in a body "of <State>" or "<State>'s" (a party, a
parliament, a ministry, a commission) makes him of that state, when the body's name names one state;
a ruler's or official's title set off after his name naming a city or emirate ("X, the Crown Prince of
Abu Dhabi") makes him of its state.
"""

from __future__ import annotations

import re

from kg.extract.doc import Doc
from kg.extract.gazetteer import scan
from kg.extract.people import Person

# a title set off before a name ("the Chairman of the X Commission, Name"): the clause before the comma
_SET_OFF_BEFORE = re.compile(
    r"(?:^|[,;:(]|\s(?:with|by|met|meets|to|from)\s)\s*(?P<title>[^,;:()\n]{6,110}),\s*$"
)
_OFFICE = re.compile(
    r"(?i)\b(?:chair\w*|head|secretary|minister|director|president|speaker|member|deputy|commissioner|"
    r"governor|ambassador|envoy|leader|vice)\b"
)
# a title set off after a name (", the Crown Prince of Abu Dhabi"), to the clause's end
_SET_OFF_AFTER = re.compile(r",\s+(?:the\s+)?(?P<title>[^,;:()\n]{4,90})")
# the office of a ruler or official of a city or emirate ("Crown Prince of Abu Dhabi", "Mayor of Kyiv")
_OF_PLACE = re.compile(r"(?i)\b(?:prince|emir|ruler|sheikh|king|mayor|governor)\s+of\s+(?:the\s+)?$")
_FORMER = re.compile(r"(?i)\b(?:former|ex-|late)\b")
# the noun of a national body (not a sea's or a region's name: "the Gulf of Guinea")
_BODY = re.compile(
    r"\b(?:Party|Parliament|Ministry|Commission|Committee|Council|Assembly|Department|Congress|Senate|"
    r"Court|Bank|Agency|Office|Government|Cabinet|Administration|Front|Bureau|Service|Chamber|Duma)\b"
)


def body_country(doc: Doc, unknown: dict[str, Person]) -> None:
    """A person of unknown state, body and organization gets the one state named in the name of the
    body his title names (his `body`), else in a title set off just before his name (_SET_OFF_BEFORE)."""
    for p in unknown.values():
        if p.country is None and p.org is None and p.body:
            p.country = _one_state(doc, p.body)
    for pm in doc.found.mentions:
        p = unknown.get(pm.key)
        if p is None or p.country is not None or p.org is not None:
            continue
        before = doc.text[max(0, pm.start - 120) : pm.start]
        m = _SET_OFF_BEFORE.search(before) if before.rstrip().endswith(",") else None
        if m is not None and _OFFICE.search(m.group("title")) and not _FORMER.search(m.group("title")):
            p.country = _one_state(doc, m.group("title"))
        after = _SET_OFF_AFTER.match(doc.text, pm.end) if p.country is None else None
        if after is not None and not _FORMER.search(after.group("title")):
            p.country = _place_state(doc, after.group("title"))


def _place_state(doc: Doc, title: str) -> str | None:
    """The state of the one city or emirate a ruler's or official's title names ("Crown Prince of Abu
    Dhabi"), when it names no state."""
    named = scan(title, doc.ref)
    if any(x.kind in ("country", "organization") for x in named):
        return None
    states = {
        doc.ref.country_of_place(x.iri)
        for x in named
        if x.kind == "place" and _OF_PLACE.search(title[: x.start])
    }
    states.discard(None)
    return states.pop() if len(states) == 1 else None


def _one_state(doc: Doc, phrase: str) -> str | None:
    if not _BODY.search(phrase):
        return None
    named = scan(phrase, doc.ref)
    isos = {doc.ref.iso_of(x.iri) for x in named if x.kind == "country"}
    isos |= {doc.ref.country_of_demonym(w) for w in re.findall(r"\b[A-Z][a-z]+\b", phrase)}
    isos.discard(None)
    if len(isos) != 1 or any(x.kind == "organization" for x in named):
        return None  # two states, or an international body ("the EU's Council of Ministers")
    return isos.pop()
