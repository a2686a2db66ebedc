"""A leader receiving a company's head: a counterpart when the release ties the company or its head to
another state (eval/CONVENTIONS.md 8: foreign companies' executives are counterparts, the publisher's
own are not).

kg.extract.companies reads the company's foreignness from the form of its name ("Siemens AG") or its
business in the publisher's state. Releases tie it in other ways, whoever writes them: by a demonym
next to a word for a company anywhere in the lead ("Toyota Motor Corporation, the Japanese automaker",
"the South Korean conglomerate"), or by the head's journey to the publisher's state ("Rheinmetall CEO
Armin Papperger, who arrived in Kyiv", "… on a visit to Ukraine"). Either tie counts only when the
sentences reporting the meeting name a company's head or executives (COMPANY_HEAD).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.gazetteer import scan

if TYPE_CHECKING:
    from kg.extract.doc import Doc
    from kg.extract.sentences import Sentence

# a company's head or executives met ("CEO", "Executive Chairman", "the founder of", "executives of")
COMPANY_HEAD = re.compile(
    r"\b(?:CEO|[Cc]hief\s+[Ee]xecutive(?:\s+[Oo]fficer)?|(?:[Ee]xecutive\s+)?[Cc]hair(?:man|woman|person)\b(?!\s+of\s+the\s+"
    r"(?:Board\s+of\s+)?(?:Joint|Senate|House|Committee|Council|Commission|Parliament|Verkhovna|State|National))|"
    r"[Ff]ounder|[Mm]anaging\s+[Dd]irector|[Ee]xecutives\s+(?:of|from))"
)
# a demonym next to a word for a company ("the Japanese automaker", "German defense company")
DEMONYM_COMPANY = re.compile(
    r"\b(?P<dem>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?:[\w-]+\s+){0,2}?(?:company|companies|automaker|carmaker|firm|"
    r"concern|conglomerate|corporation|manufacturer|multinational|giant|holding|contractor|investment\s+fund)\b"
)
# the head's journey to the publisher's state ("who arrived in Kyiv", "came to Ukraine", "on a visit to")
JOURNEY = re.compile(
    r"\b(?:who|which)\s+(?:has\s+|had\s+)?(?:arrived|came|come|traveled|travelled)\s+(?:in|to)\s+|"
    r"\b(?:on\s+an?\s+(?:[\w-]+\s+)?visit|visiting)\s+(?:to\s+)?"
)


def foreign_company_met(doc: Doc, sentences: Sequence[Sentence]) -> bool:
    """Do the sentences reporting the meeting name a company's head (COMPANY_HEAD), and does the lead
    tie a company to another state (DEMONYM_COMPANY) or the met to a journey into the publisher's
    (JOURNEY)?"""
    if doc.home is None or not any(COMPANY_HEAD.search(s.text) for s in sentences):
        return False
    lead = [*sentences, *(s for s in doc.lead if s not in sentences)]
    for s in lead:
        for m in DEMONYM_COMPANY.finditer(s.text):
            iso = doc.ref.country_of_demonym(m.group("dem"))
            if iso is not None and iso != doc.home:
                return True
        for j in JOURNEY.finditer(s.text):
            if _home_place(doc, s.text[j.end() : j.end() + 60]):
                return True
    return False


def _home_place(doc: Doc, text: str) -> bool:
    """Does `text` start with a place (or the state) of the publisher's state?"""
    first = next(iter(scan(text, doc.ref)), None)
    if first is None or first.start > 4:
        return False
    return doc.ref.country_of_place(first.iri) == doc.home
