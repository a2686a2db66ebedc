"""A leader's part in a gathering of several states: a summit, a leaders' session, a council meeting.

"Vladimir Putin took part, via videoconference, in the Asia-Pacific Economic Cooperation (APEC)
summit.", "Remarks by President Biden at the COP26 Leaders Statement", "Statement from President
Biden on the Extraordinary NATO Summit" ("NATO leaders met today …"): the release tells its own
leader's part in a meeting of several states whose other leaders it need not name. The gathering is
the counterpart: read only in releases without a meeting of their own, from the title and the first
sentences, the account's participant is the speaker (the leader the title names, or the presidency's
head of state), and it counts only when the event step names the summit or session
(kg.extract.places). Each publisher's account of one summit reconciles by that event
(kg.reconcile.identity).
"""

from __future__ import annotations

import re

from kg.extract.dates import meeting_date
from kg.extract.detect import planned_cue
from kg.extract.doc import LEAD_CHARS, Account, Doc, lead_sentences
from kg.extract.participants import speaker
from kg.extract.sentences import Sentence
from kg.model import Document

# a gathering of several states, as releases name it
GATHERING = re.compile(
    r"(?i)\b(?:summit|leaders['’]?\s+(?:meeting|statement|session)|working\s+session|"
    r"session\s+of\s+the\s+heads|conference\s+of\s+the\s+parties|climate\s+change\s+conference|cop\s?\d+|"
    r"meeting\s+of\s+the\s+European\s+Council)\b"
)
# the leader's part in it: taking part, joining, addressing it, a speech or remarks at it
PART = re.compile(
    r"(?i)\b(?:took|takes)\s+part\b|\bparticipated\b|\b(?:virtually\s+)?joined\b|\baddress(?:ed|es)?\b|"
    r"\battended\b|\b(?:speech|remarks|statement)\s+(?:by\s+[^.]{0,80}?\s+)?(?:at|to|on)\b"
)
# ... or its leaders met ("NATO leaders met today", "the European Council was joined by")
MET = re.compile(r"(?i)\bleaders\b[^.]{0,40}?\bmet\b|\bwas\s+joined\s+by\b")
READ = 2  # body sentences read after the title


def tells_part(text: str, title: str) -> bool:
    """Does a passage of a release with this title (the title itself or one of its first sentences)
    tell the leader's part in a gathering (not a planned one)?"""
    if planned_cue(text):
        return False
    part = PART.search(text)
    return bool(part and GATHERING.search(text, part.start())) or bool(
        MET.search(text) and GATHERING.search(title)
    )


def may_tell_part(document: Document) -> bool:
    """Whether `gathering_accounts` may find the leader's part, from the title and the lead alone
    (no analysis): False only when neither tells it (the lead's first sentences are the release's
    own when more follow them within it, or when it is the whole text)."""
    lead = lead_sentences(document)
    if len(lead) <= READ and len(document.text) > LEAD_CHARS:
        return True  # the first sentences may run past the lead: not known without them
    return any(tells_part(t, document.title) for t in (document.title, *(s.text for s in lead[:READ])))


def gathering_accounts(doc: Doc) -> list[Account]:
    """Step "summit": the release's own leader's part in a summit or session of several states, as one
    held account (none when the title and first sentences tell no such part). `doc` holds the people
    at the release date."""
    first = doc.sents[:1]
    passages: list[tuple[str, Sentence | None]] = [
        (doc.title, None),
        *((s.text, s) for s in doc.sents[:READ]),
    ]
    for text, sent in passages:
        if not tells_part(text, doc.title):
            continue
        where = sent or (first[0] if first else None)
        if where is None:
            return []
        who = speaker(doc, where)
        if who is None:
            return []
        day, i = meeting_date([text], doc.document.date, False)
        return [
            Account(
                "main",
                "held",
                day,
                sent if i == 0 else None,
                where,
                [(who, sent)],
                [where],
                list(doc.sents),
                0,
                len(doc.text),
            )
        ]
    return []
