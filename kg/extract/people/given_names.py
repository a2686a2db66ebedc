"""A surname right after another given name is another person's ("Michelle O'Neill" is not Speaker
Tip O'Neill, named earlier as "Speaker O'Neill"): a bare surname joins a person found with a title only
when the word before it is no given name of someone else (a title, an honorific, his own given name)."""

from __future__ import annotations

import re

from kg.extract.gazetteer import Mention
from kg.extract.people.lexicon import fold_name, title_vocabulary
from kg.extract.people.table import People
from kg.reference import lists

_BEFORE = re.compile(r"(?<![\w.'’-])([A-Z][a-z][\w'’-]*)[ \t]+$")
# capitalized words before a surname that are no given names (not in the titles' vocabulary)
_NOT_GIVEN = frozenset(lists.words("people_words", "not_given_names"))  # kg/reference/data/people_words.toml


def another_given_name(pp: People, text: str, start: int, words: int, key: str) -> bool:
    """Is the surname at `start` (of so many `words`, fewer than the person's full name) preceded by a
    given name that is not the person's (`key`) own?"""
    p = pp.people.get(key)
    if p is None or words >= len(re.findall(r"[^\W_]+", fold_name(p.label))):
        return False  # his full name
    m = _BEFORE.search(text, max(0, start - 30), start)
    if m is None:
        return False
    word = fold_name(m.group(1))
    if word in _NOT_GIVEN or word in title_vocabulary(pp.ref):
        return False
    own = {fold_name(w) for name in [p.label, *p.alt_labels] for w in name.split()}
    return word not in own


# before a state's name that begins a person's name: "of", "the", "for", "to", a comma or the start
STATE_BEFORE = re.compile(r"(?:(?<![\w'’-])(?:of|the|for|from|to|in)|[,;:(—–\n-]|^)[ \t]*$")


def state_lead_in(text: str, m: Mention | None) -> Mention | None:
    """The state's name `m` that begins a name after a title, unless it is the person's given name
    ("… National Economic Council Bharat Ramamurti"): it is the state only after "of", "the", a comma
    or nothing ("… of the Republic of Lithuania Viktorija Čmilytė-Nielsen")."""
    if m is None or m.kind != "country":
        return m
    return m if STATE_BEFORE.search(text, max(0, m.start - 12), m.start) else None
