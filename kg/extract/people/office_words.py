"""An office whose own name is one word, used bare for its holder: "the Taoiseach", "Taoiseach, thank
you", "the UNSG". The words are the reference posts' one-word labels (a state's or an organization's
own name for the office, not a generic title such as "President"), each naming one post."""

from __future__ import annotations

import re

from kg.extract.people.lexicon import STAFF_OF, PersonMention
from kg.extract.people.table import People, from_reference
from kg.reference.tables import Reference

Words = tuple[re.Pattern[str] | None, dict[str, str]]


def _build(ref: Reference) -> Words:
    posts: dict[str, set[str]] = {}
    for post in ref.posts.values():
        for label in (post.label, *post.alt_labels):
            if re.fullmatch(r"[A-Z][\w'’-]+", label):
                posts.setdefault(label, set()).add(post.iri)
    one = {w: next(iter(iris)) for w, iris in posts.items() if len(iris) == 1}
    if not one:
        return None, {}
    words = "|".join(re.escape(w) for w in sorted(one, key=len, reverse=True))
    # not before a name ("Taoiseach Micheál Martin": the titled finder's)  nor a hyphened word
    return re.compile(rf"\b({words})\b(?!\s+[A-Z])(?!-)"), one


def office_words(pp: People, text: str, offset: int = 0) -> list[PersonMention]:
    """The holders, at the date, of the offices named bare by their one-word names in `text`."""
    pattern, posts = pp.ref.derived("one-word offices", _build)
    out: list[PersonMention] = []
    for m in pattern.finditer(text) if pattern is not None else ():
        if STAFF_OF.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "the Office of the Taoiseach": not its holder
        e = pp.ref.holder(posts[m.group(1)], pp.on)
        if e is not None and e.kind == "person":
            p = from_reference(pp, e.props["iri"])
            out.append(PersonMention(p.key, offset + m.start(1), offset + m.end(1), True))
    return out
