"""The publisher's own leaders on a release's day, from the reference data: whom a government's own
briefing means by "President <name>" or "Prime Minister <name>" (its head of state and its head of
government), so that no rule names a person ("President Biden" is the White House's only while he is
in office; a Kremlin, Akorda or State House briefing has its own).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from kg.extract.publisher import home_country
from kg.model import Document
from kg.reference import Reference

ROLES = ("HeadOfState", "HeadOfGovernment")
Leaders = tuple[tuple[str, str], ...]  # (title, surname) of each: ("President", "Biden")


def titled_names(ref: Reference, iso: str | None, on: date | None) -> Leaders:
    """(title, surname) of each holder of the state's head of state's and head of government's posts
    on `on` ("President", "Biden"): the title is the post's name before "of" ("President of the United
    States", "Prime Minister of India"); empty when the state or the holders are unknown."""
    where = ref.countries.get(iso or "")
    out: dict[tuple[str, str], None] = {}
    for role in ROLES if where else ():
        for t in ref.tenures_by_key.get((role, where), ()):
            post, person = ref.posts.get(t.post or ""), ref.entities.get(t.person)
            surname = person.props.get("surname", "") if person is not None else ""
            if post is not None and surname and t.covers(on):
                out[(post.label.split(" of ", 1)[0], surname)] = None
    return tuple(out)


def home_leaders(document: Document, ref: Reference) -> Leaders:
    """`titled_names` of the publisher's state on the release day."""
    return titled_names(ref, home_country(document, ref), document.date)


@lru_cache(maxsize=64)
def leader_names(leaders: Leaders) -> str:
    """A regex alternation of the leaders by title and surname ("President\\s+Biden"), empty for none."""
    forms = (rf"{spaced(title)}\s+{re.escape(surname)}" for title, surname in leaders)
    return "|".join(dict.fromkeys(forms))


@lru_cache(maxsize=64)
def leader_titles(leaders: Leaders) -> tuple[str, ...]:
    """The leaders' titles as regexes ("Prime\\s+Minister"), in order, once each."""
    return tuple(dict.fromkeys(spaced(title) for title, _ in leaders))


def spaced(words: str) -> str:
    """Words as a regex, any run of white space between them."""
    return r"\s+".join(map(re.escape, words.split()))
