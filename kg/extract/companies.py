"""Heads of companies a leader met, and whether the company is foreign: a counterpart of a meeting
(eval/CONVENTIONS.md 8: foreign company heads make a meeting; those of the publisher's state do not).

Read through kg.extract.sides (the pipeline's test that a meeting has a counterpart).
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
