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
from kg.extract.doc import Account, Doc
from kg.extract.participants import co_hosts, people_in, speaker
from kg.extract.sentences import Sentence

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
        if planned_cue(text):
            continue
        part = PART.search(text)
        if not (part and GATHERING.search(text, part.start())) and not (
            MET.search(text) and GATHERING.search(doc.title)
        ):
            continue
        where = sent or (first[0] if first else None)
        if where is None:
            return []
        who = speaker(doc, where)
        if who is None:
            return []
        day, i = meeting_date([text], doc.document.date, False)
        # its co-hosts take part too, named in its first sentences
        hosts = [s for s in co_hosts(doc) if s is not where]
        people = [(who, sent), *((p, s) for s in hosts for p in people_in(doc, s) if p.key != who.key)]
        return [
            Account(
                "main",
                "held",
                day,
                sent if i == 0 else None,
                where,
                list({p.key: (p, s) for p, s in people[::-1]}.values())[::-1],  # each once, first
                [where, *hosts],
                list(doc.sents),
                0,
                len(doc.text),
            )
        ]
    return []
