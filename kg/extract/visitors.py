"""Visitors a leader's address tells as the day's news: foreign leaders who came to the speaker's
capital or country today ("Today the Prime Ministers of Poland, the Czech Republic and Slovenia
visited Kyiv"), a meeting in person with the speaker, the counterparts named before the verb. Read
by the step "mentioned" (kg.extract.mentions) when no other cue of a mention is in the sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.gazetteer import scan
from kg.extract.news import ADDRESS, RECENT

if TYPE_CHECKING:
    from kg.extract.doc import Doc
    from kg.extract.sentences import Sentence

# the verb and the place visited (a name, or "our capital")
VISITOR = re.compile(r"\b(?:visited|came\s+to)\s+(?:our\s+(?:capital|country|state)\b|(?=[A-Z]))")


VISIT_WORDS = ("visited", "came to")  # one of which a visit told today holds (as written)


def may_visit(text: str) -> bool:
    """Might the text tell a visit today (a screen for `visitor_cue`)?"""
    return any(w in text for w in VISIT_WORDS) and bool(RECENT.search(text))


def visitor_cue(text: str) -> re.Match[str] | None:
    """The verb of a sentence telling a visit today ("… visited Kyiv today"), or None."""
    return VISITOR.search(text) if may_visit(text) else None


def is_visit(cue: re.Match[str]) -> bool:
    return cue.re is VISITOR


def visits_home(doc: Doc, sent: Sentence, cue: re.Match[str]) -> bool:
    """Is the place a visit cue names the publisher's own ("our capital", its capital or a place in it),
    told in a leader's address (whose speaker met the visitors)?"""
    if not ADDRESS.search(doc.title) or doc.home is None:
        return False
    if cue.group().rstrip().endswith(("capital", "country", "state")):
        return True
    place = next((m for m in scan(sent.text[cue.end() : cue.end() + 60], doc.ref) if m.start == 0), None)
    return place is not None and doc.ref.country_of_place(place.iri) == doc.home
