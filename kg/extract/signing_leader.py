"""The publisher's own leader at a meeting its leaders' statement reports: "G7 Leaders' Statement" ("Today,
we were honoured to be joined by …"), "G20 Bali Leaders' Declaration", "We, the Leaders of the Quad, met
today": the statement speaks for the leaders who met, the publisher's among them (eval/CONVENTIONS.md 16
and 25: only the publisher's own leader is listed when the others are designated by the group's name)."""

from __future__ import annotations

import re

from kg.extract.affiliation import principal
from kg.extract.doc import Doc
from kg.extract.publisher import is_news_media
from kg.extract.sentences import Sentence

# a leaders' statement, declaration or communiqué by its title ("G7 Leaders’ Statement", "Quad Leaders’
# Joint Statement", "G20 Bali Leaders’ Declaration"; not "Statement by … on the G7 Leaders' …")
LEADERS_TITLE = re.compile(
    r"(?i)^\s*(?:the\s+)?\S+(?:\s+\S+){0,3}?\s+leaders['’]?\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé])\b"
)
# the authors as a body of leaders ("we, the Leaders of the Group of Seven", "We, the Heads of State and
# Government of …")
WE_THE_LEADERS = re.compile(
    r"(?i)\bwe,?\s+the\s+(?:[\w-]+\s+){0,2}?(?:leaders|heads\s+of\s+(?:state|government))\b"
)
LEAD = 3  # sentences where "we, the Leaders" must be


def signing_leader(doc: Doc, chosen: dict[str, Sentence | None], status: str) -> list[str]:
    """The key of the publisher's leader (`affiliation.principal`) when a held meeting is reported by
    its leaders' statement (LEADERS_TITLE, WE_THE_LEADERS) and no person of the publisher's state is
    among the participants yet; else nothing."""
    if status != "held" or not doc.home or is_news_media(doc.document):
        return []
    if not LEADERS_TITLE.match(doc.title) and not any(
        WE_THE_LEADERS.search(s.text) for s in doc.sents[:LEAD]
    ):
        return []
    people = doc.found.people
    if any(k in people and people[k].country == doc.home for k in chosen):
        return []
    p = principal(doc, [doc.title])
    return [p.key] if p is not None else []
