"""Bodies the reference data does not know, named with a person's title: whose side are they on?

A counterpart is often a head of a body that no list holds ("Secretary General of the Organization
for Democracy and Economic Development - GUAM Altai Efendiev", "CEO of the Japanese company Hitachi
Jane Doe", "Chairman of the Board of the Bank of Lowlandia John Smith"). The name of the body says
its side: a state or demonym in it (the publisher's own: a domestic body, not a counterpart), or the
words of an intergovernmental body. A body whose name says neither (most companies, agencies and
associations) stays undecided, and its people are no counterparts on that ground alone.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from kg.extract.gazetteer import scan
from kg.model import Entity
from kg.reference.tables import Reference, fold

# the words of an intergovernmental body's name ("Organization for Democracy and Economic Development",
# "Parliamentary Assembly of the Black Sea Economic Cooperation", "International Criminal Court")
INTERGOVERNMENTAL = re.compile(
    r"\b(?:Organi[sz]ation\s+(?:of|for)|Intergovernmental\s+(?:Organi[sz]ation|Authority|Panel|Commission|Council)|"
    r"Inter-?[Pp]arliamentary|Parliamentary\s+Assembly|"
    r"United\s+Nations|UN|Council\s+of\s+Europe|Economic\s+(?:Co-?operation|Community|Commission)|"
    r"Co-?operation\s+Council|Commonwealth\s+of|Red\s+Cross|Red\s+Crescent|Development\s+Bank|Monetary\s+Fund|"
    r"International\s+(?:Organi[sz]ation|Agency|Fund|Bank|Court|Tribunal|Committee|Federation|Energy|Atomic|"
    r"Maritime|Telecommunication|Labou?r|Finance\s+Corporation|Development\s+(?:Association|Bank|Law)|Criminal|"
    r"Renewable|Civil\s+Aviation|Olympic)|"
    r"World\s+(?:Organi[sz]ation|Bank|Trade|Health|Food|Meteorological|Customs|Tourism|Intellectual)|"
    r"(?:Asian|African|Arab|Islamic|European|Eurasian|Latin\s+American|Caribbean|Pacific|Nordic|Baltic|Black\s+Sea|"
    r"Central\s+Asian|Shanghai|Turkic)\s+(?:[A-Z][\w-]*\s+){0,3}(?:Union|Bank|Fund|Commission|Council|Organi[sz]ation|"
    r"Secretariat|Forum|Community))\b"
)
# a government's own office or agency named without its state ("White House Office of Intergovernmental
# Affairs", "Federal Customs Service", "Presidential Grants Foundation")
GOVERNMENT_OFFICE = re.compile(
    r"\b(?:White\s+House|Kremlin|Federal|Presidential|President['’]s|Department|Ministry|Office|Administration|Treasury|"
    r"State\s+(?:Department|Agency|Service|Committee)|National\s+(?:Security|Guard|Agency|Service|Bureau|Council))\b"
)
UNITED_NATIONS = re.compile(r"\b(?:United\s+Nations|UN)\b")
# a company: its state does not make the meeting one with that state (gold SCHEMA: heads of companies)
COMPANY = re.compile(
    r"(?i)\b(?:company|companies|corporation|corp\.?|inc\.?|ltd\.?|llc|plc|group|holdings?|concern|"
    r"airlines?|motors|technologies|industries)\b"
)
# heads of a body that, named without a state, are heads of an intergovernmental one
INTERNATIONAL_HEADS = re.compile(
    r"^(?:Secretary[- ]General|Director[- ]General|Deputy Secretary[- ]General)$"
)

Side = Literal["home", "state", "international"]


@dataclass(frozen=True)
class BodySide:
    """The side of a body: the publisher's own, a foreign state's (`iso`), or intergovernmental."""

    side: Side
    iso: str | None = None
    company: bool = False


def body_side(ref: Reference, home: str | None, name: str, title: str | None = None) -> BodySide | None:
    """The side a body not in the reference data is on, by its name (and the title of its head);
    None when the name does not say."""
    states = {ref.iso_of(m.iri) for m in scan(name, ref) if m.kind == "country"}
    states |= {ref.country_of_demonym(w) for w in re.findall(r"\b[A-Z][a-z]+\b", name)}
    states.discard(None)
    intergovernmental = INTERGOVERNMENTAL.search(name)
    company = bool(COMPANY.search(name)) and not intergovernmental  # not "International Finance Corporation"
    if home and home in states:
        return BodySide("home", home, company)
    if not states and GOVERNMENT_OFFICE.match(name) and not UNITED_NATIONS.search(name):
        return BodySide("home", home, company)  # "Treasury for International Finance": a government's own
    if intergovernmental or len(states) > 1:
        return BodySide("international", None, company)
    if not states and GOVERNMENT_OFFICE.search(name):
        return BodySide("home", home, company)  # taken for the publisher's own
    if len(states) == 1:
        return BodySide("state", states.pop(), company)
    if title and INTERNATIONAL_HEADS.match(" ".join(title.split())) and not company:
        return BodySide("international")
    return None


def foreign_body(ref: Reference, home: str | None, name: str | None, title: str | None = None) -> bool:
    """Is the body a person's title names (not in the reference data) a foreign or international one?"""
    side = body_side(ref, home, name, title) if name else None
    return side is not None and side.side != "home"


def body_entity(ref: Reference, home: str | None, name: str, title: str | None = None) -> Entity | None:
    """The organization a body not in the reference data is minted as, when it is intergovernmental
    (a company or a state's body is no participating organization)."""
    side = body_side(ref, home, name, title)
    if side is None or side.side != "international" or side.company:
        return None
    label = " ".join(name.split()).strip(" ,-.;:")
    return Entity("organization", fold(label), label, [])
