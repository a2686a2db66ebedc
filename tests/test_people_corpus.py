"""The persons of the counted meetings of the whole of ../shared/corpus as a researcher counts them: one
node per person, however releases spell him (a surname one letter off, a name without its second
surname), each with one nationality. The corpus store is built once per session (tests/conftest.py
`corpus_store`); skipped when the corpus is absent."""

from __future__ import annotations

import pytest

from kg.names import english_given, one_edit, person_parts
from kg.query import run_query

pytestmark = pytest.mark.system


def _persons(store) -> list[tuple[str, str, str | None]]:
    rows = run_query(
        store,
        """SELECT ?p (SAMPLE(?l) AS ?label) (SAMPLE(?iso) AS ?nat) WHERE {
             ?m a dmo:DistinctMeeting ; dmo:participant ?p . ?p a dmo:Person ; rdfs:label ?l
             OPTIONAL { ?p schema:nationality/dmo:isoCode ?iso } } GROUP BY ?p""",
    ).records()
    return [(r["p"] or "", r["label"] or "", r["nat"]) for r in rows]


def _one_person(a: tuple[str, str, str | None], b: tuple[str, str, str | None]) -> bool:
    """Would a researcher read the two nodes as one person: the same first given name and a surname one
    letter off, or one name that is the other without its last word, of nationalities that agree?"""
    if a[2] and b[2] and a[2] != b[2]:
        return False
    (ga, la), (gb, lb) = person_parts(a[1]), person_parts(b[1])
    if not ga or not gb or len(ga[0]) < 2 or len(gb[0]) < 2:
        return False
    if english_given(ga[0]) == english_given(gb[0]) and la != lb and min(len(la), len(lb)) >= 4:
        if one_edit(la, lb) and all(x[:1] == y[:1] for x, y in zip(ga[1:], gb[1:], strict=False)):
            return True
    wa, wb = (*ga, la), (*gb, lb)
    return wa == wb[:-1] or wb == wa[:-1]


@pytest.mark.slow
def test_one_node_per_person_however_releases_spell_the_name(corpus_store):
    store, _ = corpus_store
    people = _persons(store)
    twice = [(a[1], b[1]) for i, a in enumerate(people) for b in people[i + 1 :] if _one_person(a, b)]
    assert not twice, twice
