"""Who briefs the press on a meeting, named in the briefing's title ("Press Gaggle by Press Secretary A
and National Security Advisor B En Route Madrid, Spain", "Press Briefing by X"): the briefer tells
of the meeting, and takes no part in it when only the title names him. Left out of the meeting's
participants after the meeting was found (kg.extract.pipeline), so that a planned meeting the
briefing announces stays, with its participants told in the text."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.participant_entities import person_entity

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc
    from kg.model import Meeting

# the briefers after a transcript's genre ("Press Briefing by …", "Background Press Call by …", "Gaggle by …")
BRIEFED_BY = re.compile(r"(?i)\b(?:briefing|call|gaggle|press\s+conference|availability)\s+by\s+")
# … up to what the briefing is on, or where it was given
BY_END = re.compile(
    r"(?i)\s+(?:on|previewing|to\s+preview|en\s+route|aboard|ahead|in|at|after|following|about|regarding)\b|[|:,(]"
)


def title_briefers(doc: Doc) -> set[str]:
    """Keys of the people the title names as giving the briefing."""
    by = BRIEFED_BY.search(doc.title)
    if by is None:
        return set()
    end = BY_END.search(doc.title, by.end())
    stop = end.start() if end is not None else len(doc.title)
    return {pm.key for pm in doc.found.title_mentions if by.end() <= pm.start < stop}


def drop_briefers(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "briefers": the briefers the title names, whom no sentence of the meeting names taking
    part, are no participants of it."""
    briefers = title_briefers(doc) - {p.key for p, s in account.participants if s is not None}
    if not briefers:
        return
    dropped = {person_entity(doc, p).key for p, _ in account.participants if p.key in briefers}
    m.participants = [e for e in m.participants if e.key not in dropped]
    m.posts = {k: v for k, v in m.posts.items() if k not in dropped}
    m.evidence = [
        st
        for st in m.evidence
        if not (st.field == "participant" and getattr(st.value, "key", None) in dropped)
    ]
