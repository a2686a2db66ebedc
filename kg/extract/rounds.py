"""A round of talks between state delegations that a leader's address tells as the day's news.

"The third round of negotiations in Belarus took place today.", "The video meeting of the delegations
has already started today.": the address names no delegate, yet the round is held (CONVENTIONS §20,
under §1 for addresses). Its states are ours and the one foreign state the address is most about
(named most often, by name or demonym, at least twice: the other side of the talks it keeps returning to).
"""

from __future__ import annotations

import re
from collections import Counter

from kg.extract.dates import told_day
from kg.extract.detect_cues import planned_cue
from kg.extract.doc import Account, Doc

# a round of delegation talks, then a verb saying it took place or began, on the day
ROUND = re.compile(
    r"(?i)\b(?:round\s+of\s+(?:the\s+)?(?:negotiations|talks)|meeting\s+of\s+(?:the\s+)?delegations)\b"
    r"[^.;]{0,60}?\b(?:took\s+place|(?:has|have)\s+(?:already\s+)?(?:started|begun|taken\s+place)|"
    r"started|began|(?:was|were)\s+held)\b"
)
TODAY = re.compile(r"(?i)\btoday\b")
DEMONYM = re.compile(r"\b[A-Z][a-z]+(?:an|ian|ish|ese|i)\b")  # a capitalized demonym
NAMED = 2  # how often the other side is named in the address, at least


def other_side(doc: Doc) -> str | None:
    """The foreign state (ISO code) the address names most often, when named at least twice and
    more often than any other."""
    named = [doc.ref.iso_of(m.iri) for m in doc.mentions if m.kind == "country"]
    named += [doc.ref.demonyms.get(w.lower()) for w in DEMONYM.findall(doc.text)]  # "Russian troops"
    counts = Counter(iso for iso in named if iso and iso != doc.home).most_common(2)
    if not counts or counts[0][1] < NAMED or (len(counts) > 1 and counts[1][1] == counts[0][1]):
        return None
    return counts[0][0]


def round_accounts(doc: Doc) -> list[Account]:
    """Step "round": the delegation talks an address says took place (or began) today, one held
    account with no participant, its states ours and the other side (`other_side`)."""
    if not doc.home:
        return []
    for sent in doc.sents:
        if not ROUND.search(sent.text) or not TODAY.search(sent.text) or planned_cue(sent.text):
            continue
        other = other_side(doc)
        if other is None:
            return []
        day = told_day(doc.document)
        return [
            Account(
                "main",
                "held",
                day,
                sent,
                sent,
                [],
                [sent],
                [sent],
                sent.start,
                sent.end,
                by_office=[doc.home, other],
            )
        ]
    return []
