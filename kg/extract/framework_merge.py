"""One framework per thing: the names `kg.extract.frameworks` read, merged where two name one thing
(a short form in parentheses, a name inside a longer one, the same words in another order, a name
read again with its parties, a name plus a lower-case head noun)."""

from __future__ import annotations

import functools
import re

from kg.extract.framework_forms import JOINERS
from kg.model import Entity
from kg.reference.tables import fold


def merged(text: str, out: dict[str, tuple[Entity, int, int]]) -> list[tuple[Entity, int, int]]:
    """One framework per thing: a new name in parentheses right after another is its short form
    ("South Pacific Nuclear Free Zone Treaty (Rarotonga Treaty)"), and a name plus a lower-case
    head noun is the name ("Association Trio initiative")."""
    items = sorted(out.items(), key=lambda x: x[1][1])
    drop: set[str] = set()
    for (k1, (e1, s1, t1)), (k2, (e2, s2, _t2)) in zip(items, items[1:], strict=False):
        if "iri" not in e2.props and re.fullmatch(r"\s*\(\s*", text[t1:s2]):
            drop.add(k2)
            if "iri" not in e1.props:
                out[k1] = (Entity(e1.kind, e1.key, e1.label, [*e1.alt_labels, e2.label]), s1, t1)
        elif "iri" not in e1.props and re.fullmatch(r"\s*\(\s*", text[t1:s2]) and _alike(e1, e2):
            drop.add(k1)  # a reference name's short form after its long one in other words ("the
            # Mineral Security Partnership (MSP)", the reference's "Minerals Security Partnership")
    new = [(k, v) for k, v in out.items() if "iri" not in v[0].props]
    for k, (e, s, t) in new:  # a name inside a longer one is part of it ("Climate Change Working Group")
        outer = [k2 for k2, (_, s2, t2) in new if s2 <= s and t <= t2 and (s2, t2) != (s, t)]
        if outer and outer[0] not in drop:
            drop.add(k)
            e2, s2, t2 = out[outer[0]]
            out[outer[0]] = (Entity(e2.kind, e2.key, e2.label, [*e2.alt_labels, *e.alt_labels]), s2, t2)
    # a new name in other words of another one ("CSTO Agreement on Peacekeeping Activities" and the
    # reference's "Agreement on CSTO Peacekeeping Activities") is that one
    named = {
        k2: [_words(n) for n in (e2.label, *e2.alt_labels)]
        for k2, (e2, _, _) in out.items()
        if k2 not in drop
    }
    for k, (e, s, _) in out.items():
        if "iri" not in e.props and k not in drop:
            w = _words(e.label)
            if any(
                k2 != k
                and k2 not in drop
                and w in names
                and ("iri" in out[k2][0].props or out[k2][1] < s)  # a new name keeps its first form
                for k2, names in named.items()
            ):
                drop.add(k)
    # a new name read again with its parties ("Comprehensive Strategic Partnership" and the
    # "Comprehensive Strategic Partnership between Vietnam and the United States") is that one
    kept = [(k, fold(e.label)) for k, (e, _, _) in out.items() if "iri" not in e.props and k not in drop]
    for k, short in kept:
        heads = tuple(f"{short} {w} " for w in _PARTIES)
        longer = [k2 for k2, f in kept if k2 != k and k2 not in drop and f.startswith(heads)]
        if longer:
            drop.add(k)
            e2, s2, t2 = out[longer[0]]
            out[longer[0]] = (Entity(e2.kind, e2.key, e2.label, [*e2.alt_labels, out[k][0].label]), s2, t2)
    labels = {fold(x.label) for x, _, _ in out.values()}
    for k, (e, _, _) in out.items():
        head, _, last = e.label.rpartition(" ")
        if "iri" not in e.props and last.islower() and fold(head) in labels:
            drop.add(k)
    return [v for k, v in out.items() if k not in drop]


_PARTIES = ("between", "with", "among")  # the word before a name's parties


# words naming a party's form, not the party ("between the Government of Ukraine and …" is
# "between Ukraine and …")
_FORM_WORDS = {"government", "governments", "republic"}


def _alike(new: Entity, known: Entity) -> bool:
    """Does a new name say the words of a reference name, but for one word or word endings?"""
    stems = {w[:5] for n in (known.label, *known.alt_labels) for w in _words(n)}
    words = _words(new.label)
    return len(words) >= 2 and sum(w[:5] not in stems for w in words) <= 1


@functools.lru_cache(maxsize=4096)  # (each name is compared with every other)
def _words(label: str) -> frozenset[str]:
    return frozenset(
        w for w in re.findall(r"[^\W_]+", fold(label)) if w not in JOINERS and w not in _FORM_WORDS
    )
