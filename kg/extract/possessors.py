"""A person named only as a possessor: "President Biden's strategy", and past the state of his title,
"President Milei of Argentina's administration" (the administration's officials met, not Milei); or
only as whom a staff member serves ("Call with X, State Secretary to Prime Minister Y of Sweden")."""

from __future__ import annotations

import re

from kg.extract.people import PersonMention
from kg.extract.people.lexicon import STAFF_TO
from kg.extract.people.table import People

# right after the name: "'s", "’", or "of" and a capitalized name of up to five words ending in "'s"
# (a lower-case noun possessed: not a state's own name, "Xi Jinping of the People's Republic of China")
POSSESSOR = re.compile(r"['’]s?\b|\s+of\s+(?:the\s+)?(?:[A-Z][\w.-]*\s+){0,4}[A-Z][\w.-]*['’]s\s+[a-z]")


def is_possessor(text: str, end: int) -> bool:
    """Is the person whose name ends at `end` of `text` named only as a possessor (POSSESSOR)?"""
    return POSSESSOR.match(text, end, min(len(text), end + 80)) is not None


def staff_principal(pp: People, text: str, pm: PersonMention) -> bool:
    """Is the office holder mentioned at `pm` named only as the principal of a staff member's title
    ("State Secretary to Prime Minister Y", "Adviser to President Z"): he holds an office on the day?"""
    p = pp.people.get(pm.key)
    staff = STAFF_TO.search(text, max(0, pm.start - 80), pm.start)
    return staff is not None and p is not None and p.iri is not None and bool(pp.ref.posts_of(p.iri, pp.on))
