"""Whether a sentence says a meeting was held in the place it names ("talks with Russia in Turkey",
"met … in Laos", "arrived in the Uzbek capital"), and a country's capital. Read by
kg.extract.places for venues named by their country.
"""

from __future__ import annotations

import re

from kg.model import Entity
from kg.reference.tables import Reference

# the clause before a country where a meeting was held: a meeting word, then at most a few words
# ("talks with Russia in Turkey", "met with the President in Laos", "summit in Laos")
_HELD_IN = re.compile(
    r"(?i)\b(?:while|whilst|met|meets?|meetings?|talks|negotiations|summit|held|hosted|arrived|landed|visit(?:s|ing|ed)?|"
    r"(?:leave|leaves|left|leaving|depart(?:s|ed|ing)?|bound|flew)\s+for|trip|travel|conference|welcomed|received|(?:took|take|taking)\s+place|"
    # a host's welcome to the guest ("so good to welcome you in Poland")
    r"welcom(?:e|ing)\s+(?:you|him|her|them))\b((?:\s+[\w'’.-]+){0,5}?)\s+$"
)
# what the words between may not be: the country is then the subject discussed ("talks on the
# situation in"), or the meeting one of another time ("held last week in")
_TOPIC_WORDS = re.compile(
    r"(?i)\b(?:on|about|over|regarding|situation|war|crisis|conflict|peace|security|invest\w*|elections?|"
    r"developments?|events?|aggression|operations?|presence|interests?|people|business|projects?|reforms?|"
    r"last|next|coming|upcoming|previous|week|month|year|ago|be)\b"
)
# a capital named by its country: "in the Uzbek capital", "to the capital of Qatar"
CAPITAL_OF = re.compile(
    r"\b(?:in|to|at)\s+the\s+(?:([A-Z][\w'’-]+)\s+capital\b|capital\s+of\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*))"
)


# a name, counted as one word between the meeting word and the place ("met with President of Laos
# Thongloun Sisoulith in Laos"); meeting words stay words ("Japan-Philippines Summit Meeting in …")
_NAME = re.compile(
    r"(?!(?:Met|Meets?|Meetings?|Talks|Summit|Held|Holds?|Visit\w*|Received|Receives|While|Whilst)\b)[A-Z][\w'’.-]*"
    r"(?:\s+(?:(?:of|the|and)\s+)*(?!(?:Met|Meets?|Meetings?|Talks|Summit|Held|Holds?|Visit\w*)\b)[A-Z][\w'’.-]*)*"
)
# a name set off by commas just before the place ("met the Prime Minister of Japan, Mr. Ishiba, in Laos")
_APPOSITION = re.compile(r",\s+N,\s*$")
_ON_DAY = re.compile(r"\s+on\s+(?:N\s+\d{1,2}(?:[-–]\d{1,2})?|\d{1,2}(?:[-–]\d{1,2})?\s+N)(?:,?\s+\d{4})?\b")
# a list of names, or of a person's offices ("with N, N, and N in Malta"): one name
_NAMES = re.compile(r"N(?:,?\s+(?:and\s+)?N|,\s+N)+")


def held_there(s: str, start: int) -> bool:
    """Does the clause before s[start:] ("in Laos", "to the Uzbek capital") say a meeting was held there?"""
    window = _NAMES.sub("N", _APPOSITION.sub(" ", _NAME.sub("N", s[max(0, start - 160) : start])))
    window = _ON_DAY.sub("", window)  # "met on September 16-17 with …": a day, not a topic
    clause = re.split(r"[,;:(]", window)[-1]
    held = _HELD_IN.search(clause)
    return held is not None and not _TOPIC_WORDS.search(held.group(1))


def capital(ref: Reference, iso: str) -> Entity | None:
    """A country's capital: the first city of the reference contained in it (the places file lists
    every national capital first)."""
    country = ref.countries.get(iso)
    iri = next((p for p, c in ref.places_in.items() if c == country), None)
    return ref.entities[iri] if iri else None
