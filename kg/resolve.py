"""Names to IRIs: find the entity a user means by "Tokayev", "WHO" or "Türkiye".

Candidates come from one SPARQL query over the names (a resolved spelling's names count for the
entity it was resolved to) (rdfs:label, skos:altLabel,
skos:prefLabel, skos:notation of topics, dmo:isoCode of countries) of entities of the wanted kinds;
matching is
done in Python on names normalized like the scorer does (case, accents, punctuation ignored).
An exact name wins; otherwise a name whose words are all words of one entity's name (e.g. a
surname). Ambiguous and unknown names raise `ResolveError` with the candidates; a name is only
ever compared, never put in a query.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Sequence
from dataclasses import dataclass

from kg.model import KgError
from kg.names import normalize
from kg.namespaces import PREFIXES, SPARQL_PREFIXES
from kg.store import Store

KIND_CLASSES = {
    "person": "dmo:Person",
    "country": "dmo:Country",
    "organization": "dmo:Organization",
    "place": "dmo:Place",
    "event": "dmo:Event",
    "framework": "dmo:Framework",
    "topic": "skos:Concept",
}
ALL_KINDS = tuple(KIND_CLASSES)


class ResolveError(KgError):
    """A name matches no entity, or several."""

    def __init__(self, message: str, candidates: Sequence[tuple[str, str]] = ()) -> None:
        super().__init__(message)
        self.candidates = list(candidates)


@dataclass(frozen=True)
class Candidate:
    iri: str
    label: str
    kind: str
    names: tuple[str, ...]


def candidates(store: Store, kinds: Sequence[str] = ALL_KINDS) -> list[Candidate]:
    """Every entity of the given kinds with all its names (one SPARQL query)."""
    classes = " ".join(KIND_CLASSES[k] for k in kinds)
    # A spelling that reconciliation resolved to another entity (owl:sameAs) is a name of that
    # entity, not a candidate of its own; nodes found to be no person are no candidates.
    sparql = (
        SPARQL_PREFIXES
        + f"""
SELECT DISTINCT ?e ?cls ?prop ?name WHERE {{
  VALUES ?cls {{ {classes} }}
  VALUES ?prop {{ rdfs:label skos:altLabel skos:prefLabel skos:notation dmo:isoCode }}
  {{ GRAPH ?g {{ ?x a ?cls ; ?prop ?name . }}
    OPTIONAL {{ ?x owl:sameAs ?same }} BIND(COALESCE(?same, ?x) AS ?e) }}
  FILTER NOT EXISTS {{ ?e dmo:notAPerson true }}
}}"""
    )
    by_class = {_expand(c): k for k, c in KIND_CLASSES.items()}
    label_iri = _expand("rdfs:label")
    found: dict[str, dict] = {}
    for row in store.query(sparql):
        iri = row["e"].value
        entry = found.setdefault(
            iri, {"kind": by_class.get(row["cls"].value, "entity"), "names": set(), "label": ""}
        )
        name = row["name"].value
        entry["names"].add(name)
        if row["prop"].value == label_iri and (not entry["label"] or name < entry["label"]):
            entry["label"] = name
    return [
        Candidate(iri, e["label"] or min(e["names"]), e["kind"], tuple(sorted(e["names"])))
        for iri, e in sorted(found.items())
    ]


def _expand(curie: str) -> str:
    prefix, local = curie.split(":", 1)
    return PREFIXES[prefix] + local


def resolve(store: Store, name: str, kinds: Sequence[str] = ALL_KINDS) -> str:
    """The IRI of the one entity of `kinds` called `name`; an IRI given as such is returned as is."""
    text = name.strip()
    if re.match(r"^https?://\S+$", text):
        return text
    return match(name, candidates(store, kinds), kinds)


def match(name: str, pool: Sequence[Candidate], kinds: Sequence[str] = ALL_KINDS) -> str:
    """Pick the candidate called `name` (see the module docstring for the rules)."""
    what = " or ".join(kinds) if len(kinds) < len(ALL_KINDS) else "entity"
    wanted = normalize(name)
    if not wanted:
        raise ResolveError(f"an empty name cannot name a {what}")
    exact = [c for c in pool if any(normalize(n) == wanted for n in c.names)]
    if len(exact) == 1:
        return exact[0].iri
    if not exact:
        words = set(wanted.split())
        exact = [c for c in pool if any(words <= set(normalize(n).split()) for n in c.names)]
        if len(exact) == 1:
            return exact[0].iri
    if exact:
        listing = [(c.label, c.iri) for c in exact]
        raise ResolveError(
            f"{name!r} is ambiguous: it may be "
            + "; ".join(f"{lab} <{iri}>" for lab, iri in listing[:10])
            + ". Give the full name or the IRI.",
            listing,
        )
    labels = {normalize(n): c for c in pool for n in c.names}
    close = [labels[k] for k in difflib.get_close_matches(wanted, list(labels), n=5, cutoff=0.6)]
    close = list(dict.fromkeys(close))
    hint = (" Did you mean: " + "; ".join(f"{c.label} <{c.iri}>" for c in close) + "?") if close else ""
    raise ResolveError(f"no {what} called {name!r} in the store.{hint}", [(c.label, c.iri) for c in close])
