"""Heads of companies a leader met, and whether the company is foreign: a counterpart of a meeting
(eval/CONVENTIONS.md 8: foreign company heads make a meeting; those of the publisher's state do not).

The one owner of that decision: `company_head_counterpart` (the pipeline's test that a meeting has a
counterpart) reads the company's foreignness from the form of its name ("Siemens AG"), its business in
the publisher's state or a demonym styling it next to its head (`foreign_company_head`), or from a tie
the lead makes, whoever writes it (`tied_company_head`): a demonym next to a word for a company anywhere
in the lead ("Toyota Motor Corporation, the Japanese automaker"), or the head's journey to the
publisher's state ("Rheinmetall CEO Armin Papperger, who arrived in Kyiv").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.gazetteer import scan

if TYPE_CHECKING:
    from kg.extract.doc import Doc
    from kg.extract.sentences import Sentence

# the head of a company met ("received Mike Wirth, Chairman and CEO of Chevron Corporation", "met with
# Chevron CEO Mike Wirth") …
COMPANY_HEAD = re.compile(
    r"\b(?:met|meets|meet|meeting|received|receives|hosted|hosts|talks|conversation|call)\b[^.;]{0,100}?"
    r"(?:\b(?:CEO|(?i:chief\s+executive(?:\s+officer)?|chairman|chairwoman)|Chair|Founder|Managing\s+Director|President)\s+of\s+"
    r"(?:the\s+)?(?P<firm>(?:[A-Z][\w&.’'-]*\s*){1,4})|(?P<firm2>(?:[A-Z][\w&.’'-]*\s+){1,3})"
    r"(?:(?:Vice\s+)?(?:Chair(?:man|woman)?|President)\s+(?:and|&)\s+)?(?:CEO|Chief\s+Executive(?:\s+Officer)?|"
    r"President\s+(?-i:[A-Z]))|"
    # … or its people as a group ("met with executives of Google led by …")
    r"\b(?:executives|management|leadership|delegation|representatives|team)\s+(?:of|from)\s+(?:the\s+)?"
    r"(?P<firm3>(?:[A-Z][\w&.’'-]*\s*){1,4}))|"
    # … or the head as the visitor calling on a leader ("The Chairman and CEO of X called on Prime Minister")
    r"\b(?:CEO|Chief\s+Executive(?:\s+Officer)?|Chairman|Chairwoman|Founder|Managing\s+Director)\s+of\s+(?:the\s+)?"
    r"(?P<firm4>(?:[A-Z][\w&.’'-]*\s*){1,4})(?=[^.;]{0,80}?\bcall(?:ed|s)\s+on\b)"
)
# … that is foreign: by the form of its name ("Siemens AG", "Apple Inc.", "BP plc") or its business in
# the publisher's state ("the company's projects in Kazakhstan", "its investments in our country",
# "Microsoft's investments in Kazakhstan"; not "its investment programme in Kazakhstan": a company of
# ours may report it)
FOREIGN_FORM = re.compile(r"\b(?:Inc|plc|PLC|AG|SE|GmbH|S\.A|N\.V|Ltd|Limited|LLC|Corp|S\.p\.A)\b\.?")
WORKS_HERE = re.compile(
    r"(?i)\b(?:company|company['’]s|corporation|its|their|(?-i:[A-Z])[\w&-]*['’]s)(?!\w)[^.;]{0,80}?"
    r"\b(?:projects?|activit(?:y|ies)|investments?|operations?|presence|plans?|work|plants?|factor(?:y|ies)|"
    r"data\s+cent(?:re|er)s?|expansion)\s+(?:in|into)\s+(?:the\s+)?"
    r"(?P<where>our\s+country|(?-i:[A-Z])[\w-]+)"
)
# words a firm's name does not start with ("met with Vice President …", "The President …")
NOT_FIRM = {"The", "Vice", "Deputy", "Executive", "Former", "First", "His", "Her", "Their", "Its", "Acting"}
# a company styled by its state's demonym, next to its head ("the head of the American company
# Microsoft", "chief executive of the French energy group TotalEnergies", "the German concern's CEO")
DEMONYM_FIRM = re.compile(
    r"(?i)\b(?:met|meets|meeting|received|receives|hosted|talks|conversation|call)\b[^.;]{0,80}?"
    r"\b(?:head|heads|CEO|chief\s+executive(?:\s+officer)?|chairman|chairwoman|president|founder|owner|"
    r"management|executives|leadership)(?:\s+of\s+the\s+(?:[\w-]+\s+)?Board(?:\s+of\s+Directors)?)?\s+of\s+"
    r"(?:the\s+|a\s+)?(?P<whose>(?-i:[A-Z])[\w-]+)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:company|corporation|concern|firm|group|holding|conglomerate|automaker|carmaker)\b"
)


def company_head_counterpart(doc: Doc, sentences: Sequence[Sentence]) -> bool:
    """Do the sentences reporting a meeting tell a foreign company's head was met
    (`foreign_company_head` or `tied_company_head`)?"""
    return foreign_company_head(doc, sentences) or tied_company_head(doc, sentences)


def foreign_company_head(doc: Doc, sentences: Sequence[Sentence]) -> bool:
    """Do the sentences tell the head of a foreign company was met (COMPANY_HEAD; FOREIGN_FORM of its
    name, or WORKS_HERE: its business in the publisher's state), or the head of a company styled by
    another state's demonym (DEMONYM_FIRM)?"""
    if _demonym_firm_head(doc, sentences):
        return True
    texts = " ".join(s.text for s in sentences)
    for g in COMPANY_HEAD.finditer(texts):
        firm = next((f for f in g.group("firm", "firm2", "firm3", "firm4") if f), "").strip()
        # the head's name after the firm's ("President of X Industries Park Ji-hoon"): not the firm's
        person = next((m for m in scan(firm, doc.ref) if m.kind == "person" and m.start > 0), None)
        firm = firm[: person.start].strip() if person else firm
        if (
            not firm
            or firm.split()[0] in NOT_FIRM
            or own_body(doc, firm)
            or any(m.kind != "organization" for m in scan(firm, doc.ref))
        ):
            continue
        if FOREIGN_FORM.search(firm):
            return True
        here = WORKS_HERE.search(doc.document.text[: doc.sents[min(3, len(doc.sents) - 1)].end])
        where = here.group("where") if here else ""
        if where and (
            where.lower().startswith("our")
            or any(doc.ref.iso_of(m.iri) == doc.home for m in scan(where, doc.ref))
        ):
            return True
    return False


def _demonym_firm_head(doc: Doc, sentences: Sequence[Sentence]) -> bool:
    """Do the sentences tell the head of a company styled by another state's demonym was met?"""
    for s in sentences:
        low = s.text.lower()
        if not any(
            w in low for w in ("compan", "corporation", "concern", "firm", "group", "holding", "maker")
        ):
            continue
        for g in DEMONYM_FIRM.finditer(s.text):
            iso = doc.ref.country_of_demonym(g.group("whose"))
            if iso is not None and iso != doc.home:
                return True
    return False


def own_body(doc: Doc, label: str) -> bool:
    """Does a body's name start with the publisher's state or its demonym ("Russian Direct Investment
    Fund")?"""
    first = re.match(r"[\w.'’-]+", label)
    named = next(iter(scan(label, doc.ref)), None)
    return bool(
        (first and doc.ref.country_of_demonym(first.group()) == doc.home)
        or (named and named.start == 0 and doc.ref.iso_of(named.iri) == doc.home)
    )


# a company's head or executives met ("CEO", "Executive Chairman", "the founder of", "executives of")
HEAD_TITLE = re.compile(
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


def tied_company_head(doc: Doc, sentences: Sequence[Sentence]) -> bool:
    """Do the sentences reporting the meeting name a company's head (HEAD_TITLE), and does the lead
    tie a company to another state (DEMONYM_COMPANY) or the met to a journey into the publisher's
    (JOURNEY)?"""
    if doc.home is None or not any(HEAD_TITLE.search(s.text) for s in sentences):
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
