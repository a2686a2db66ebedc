"""Two nodes of one person that releases spell apart, beyond what grouping by surname joins
(kg.reconcile.entities): a surname one letter off ("Giammattei"/"Giammettei", "Gonzales"/"Gonzalez",
"Power"/"Powers") under the same given name, a name without its second surname ("Esteban
Moctezuma" for "Esteban Moctezuma Barragán") and the first of two surnames alone ("Gertz" for
"Alejandro Gertz Manero"), when it is the one longer name that begins so or holds it.

Both need the nationalities to agree (or one to be unknown) and never join two reference people.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Iterable

from kg.names import english_given, one_edit
from kg.namespaces import SPARQL_PREFIXES
from kg.reconcile.accounts import rows
from kg.store import Store

# (given names, surname, ISO code of the nationality or None), folded, of each person node
Info = dict[str, tuple[tuple[str, ...], str, str | None]]
SHORTEST = 4  # letters of the shorter surname: "Bonn"/"Bonne", not "Li"/"Liu"


def _nationalities_agree(a: str | None, b: str | None) -> bool:
    return a is None or b is None or a == b


def misspelt_surnames(info: Info, join: Callable[[str, str], bool]) -> None:
    """Join two people whose full first given names are one name and whose surnames are one letter
    apart (`join(a, b)` joins them unless both are reference people)."""
    by_first: dict[str, list[str]] = defaultdict(list)
    for p, (given, last, _) in info.items():
        if given and len(given[0]) > 1 and len(last) >= SHORTEST:
            by_first[english_given(given[0])].append(p)
    for people in by_first.values():
        for i, a in enumerate(people):
            for b in people[i + 1 :]:
                (ga, la, na), (gb, lb, nb) = info[a], info[b]
                if la != lb and one_edit(la, lb) and _nationalities_agree(na, nb) and _middle_agree(ga, gb):
                    join(a, b)


def _middle_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """The given names after the first agree where both are written ("Mark C." and "Mark D." do not)."""
    return all(x[:1] == y[:1] for x, y in zip(a[1:], b[1:], strict=False))


def second_surnames(info: Info, join: Callable[[str, str], bool]) -> None:
    """Join a name of two words or more to the one longer name of a person that is it followed by a
    second surname ("Luis Cresencio Sandoval" and "Luis Cresencio Sandoval González")."""
    words = {p: (*given, last) for p, (given, last, _) in info.items() if given and len(given[0]) > 1}
    by_start: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for p, w in words.items():
        if len(w) >= 3:
            by_start[w[:-1]].append(p)
    for p, w in words.items():
        longer = [q for q in by_start.get(w, ()) if _nationalities_agree(info[p][2], info[q][2])]
        if len(longer) == 1 and len(by_start.get(w, ())) == 1:
            join(longer[0], p)


def first_surnames(info: Info, join: Callable[[str, str], bool], reference: set[str]) -> None:
    """Join a bare surname (of no reference person: "Charles III" is his own) to the one name of three
    words or more whose first of two surnames it is ("Gertz" for "Alejandro Gertz Manero"), when no
    name ends or begins with it."""
    # (a word that ends or begins a name is a surname or a given name: "Charles" is no "Jean-Charles")
    last = {w for given, w, _ in info.values() if given} | {
        given[0] for given, _, _ in info.values() if given
    }
    by_first: dict[str, list[str]] = defaultdict(list)
    for p, (given, _, _) in info.items():
        if len(given) >= 2 and len(given[0]) > 1:
            by_first[given[-1]].append(p)
    for p, (given, word, nat) in info.items():
        longer = by_first.get(word, []) if not given and word not in last and p not in reference else []
        if len(longer) == 1 and _nationalities_agree(nat, info[longer[0]][2]):
            join(longer[0], p)


def _begins_names(info: Info) -> Counter:
    """How many names each word begins (a given name, or a family name written first)."""
    return Counter(given[0] for given, _, _ in info.values() if given)


# states whose people bear two surnames, the father's and the mother's (Spain, Latin America)
TWO_SURNAMES = frozenset("ES MX GT HN SV NI CR PA CU DO CO VE EC PE BO CL AR UY PY GQ".split())


def other_second_surnames(info: Info, join: Callable[[str, str], bool]) -> None:
    """Join two names of a person of a state of two surnames, of the same given name and first
    surname, that differ by the second surname ("Ramona Ortega Salcedo", "Ramona Ortega Quintana":
    one release's slip), when no other name begins so and the first surname begins no name (it is
    no given name: "Mark Christopher Smith" and "Mark Christopher Jones" are two)."""
    begins = _begins_names(info)
    by_start: dict[tuple[str, ...], list[str]] = defaultdict(list)
    for p, (given, last, _) in info.items():
        if len(given) >= 2 and len(given[0]) > 1 and min(len(given[-1]), len(last)) >= SHORTEST:
            if not begins[given[-1]]:
                by_start[given].append(p)
    for people in by_start.values():
        nats = {(info[p][2] or "").rsplit("/", 1)[-1] for p in people} - {""}  # ISO codes
        if len(people) == 2 and len(nats) == 1 and nats <= TWO_SURNAMES:
            join(*people)


def joiner(
    parent: dict[str, str], root: Callable[[str], str], refs: Callable[[str], set[str]]
) -> Callable[[str, str], bool]:
    """`join(a, b)`: put the groups of two people into one (a reference person's at the root), unless
    each holds a reference person; True when joined."""

    def join(a: str, b: str) -> bool:
        ra, rb = root(a), root(b)
        if ra == rb or (refs(ra) and refs(rb)):
            return False
        ra, rb = (rb, ra) if refs(rb) else (ra, rb)
        parent[rb] = ra
        return True

    return join


def join_spellings(info: Info, join: Callable[[str, str], bool], reference: set[str]) -> None:
    """Join the people written apart by a misspelt surname, without a second surname or by the
    first of two surnames alone."""
    misspelt_surnames(info, join)
    second_surnames(info, join)
    first_surnames(info, join, reference)
    other_second_surnames(info, join)


def accounts_naming(store: Store) -> Counter:
    """The number of releases' accounts of meetings naming each person."""
    query = "SELECT ?p (COUNT(DISTINCT ?m) AS ?n) WHERE { GRAPH ?g { ?m dmo:participant ?p } } GROUP BY ?p"
    return Counter({r["p"]: int(r["n"] or 0) for r in rows(store, SPARQL_PREFIXES + query)})


def rarer_spellings(group: Iterable[str], info: Info, accounts: Counter) -> set[str]:
    """The people of one group whose surname is one letter off another's that more accounts write."""
    by_surname: Counter = Counter()
    for p in group:
        by_surname[info[p][1]] += accounts[p]
    return {
        p
        for p in group
        if any(one_edit(info[p][1], s) and n > by_surname[info[p][1]] for s, n in by_surname.items())
    }
