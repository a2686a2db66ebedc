"""A participant's state through the national body he holds office in: "the Chairman of the Communist
Party of Vietnam's Central External Relations Commission, Le Hoai Trung", "Communist Party of Vietnam
External Relations Commission Chairman X": a post in a body "of <State>" or "<State>'s" (a party, a
parliament, a ministry, a commission) makes him of that state, when the body's name names one state.
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
        if not before.rstrip().endswith(","):
            continue
        m = _SET_OFF_BEFORE.search(before)
        if m is not None and _OFFICE.search(m.group("title")) and not _FORMER.search(m.group("title")):
            p.country = _one_state(doc, m.group("title"))


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
