"""A titled name the reference data does not know as written, that is the holder of the office it names
("Prime Minister Martin of Ireland", "President Caputova of Slovakia" written without its accents,
"Prime Minister Kishida Fumio" family name first): the office's holder at the date, when his or her
reference names hold every word of the name and its last word is one of theirs. The unknown person
gives way to the holder, with the holder's full name, country and post.
"""

from __future__ import annotations

from kg.extract.people.lexicon import Person, fold_name
from kg.extract.people.table import People, from_reference, rekey


def _words(name: str) -> list[str]:
    return [w for w in fold_name(name).replace(",", " ").replace("-", " ").split() if w]


def names_holder(name: str, holder: Person) -> bool:
    """Every word of `name` is a word of one of the holder's names, and its last word (or, family name
    first, its first word) is the holder's surname or a name of his or hers."""
    words = _words(name)
    if not words:
        return False
    for label in (holder.label, *holder.alt_labels):
        theirs = _words(label)
        if theirs and set(words) <= set(theirs) and (words[-1] == theirs[-1] or words[0] == theirs[-1]):
            return True
    surname = _words(holder.surname)
    return len(words) == 1 and words == surname


def resolve_named_holders(pp: People) -> None:
    """Replace each unknown titled person whose name is that of the holder of the office his or her
    title and state name (or organization) at the date by the holder (module docstring)."""
    if pp.on is None:
        return
    keys: dict[str, str] = {}
    for k, p in list(pp.people.items()):
        if p.iri is not None or p.role is None or not (p.country or p.org):
            continue
        where = pp.ref.countries.get(p.country) if p.country else p.org
        e = pp.ref.holder((p.role, where), pp.on) if where else None
        if e is None:
            continue
        known = pp.people.get(e.key)
        h = known or from_reference(pp, e.props["iri"])
        if h.key == k or not names_holder(p.label, h):
            if known is None:  # the holder was looked at, not found in the text: no participant
                del pp.people[h.key]
            continue
        h.title = h.title or p.title
        keys[k] = h.key
        del pp.people[k]
    if keys:
        pp.mentions[:] = rekey(pp.mentions, keys)
        pp.title_mentions[:] = rekey(pp.title_mentions, keys)
