"""Topics of a meeting: the contexts of the topic scheme whose keyword cues the release uses most.

Cues are the skos:hiddenLabels (and labels) of ontology/topics.ttl; a cue found under a narrower
concept counts for its top concept. The title counts double. At most five topics are returned.
"""

from __future__ import annotations

from collections import Counter

from kg.extract.gazetteer import Token
from kg.model import Entity
from kg.reference.tables import Reference

MAX_TOPICS = 5


def _index(ref: Reference) -> tuple[dict[str, list[tuple[tuple[str, ...], str]]], dict[str, str]]:
    cached = getattr(ref, "_topic_index", None)
    if cached is not None:
        return cached
    top: dict[str, str] = {}
    for iri in ref.topic_cues:
        t = iri
        seen = 0
        while "broader" in ref.entities[t].props and seen < 5:
            t = ref.entities[t].props["broader"]
            seen += 1
        top[iri] = t
    index: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for iri, cues in ref.topic_cues.items():
        for cue in cues:
            index.setdefault(cue[0], []).append((cue, top[iri]))
    ref._topic_index = (index, top)  # type: ignore[attr-defined]
    return index, top


def count_cues(
    tokens: list[Token],
    ref: Reference,
    weight: int = 1,
    counts: Counter | None = None,
    hits: dict[str, list[int]] | None = None,
) -> Counter:
    """Add `weight` per cue occurrence to the top concept it belongs to; `hits` (when given)
    collects the start offsets of each top concept's cues, for evidence."""
    index, _ = _index(ref)
    counts = counts if counts is not None else Counter()
    norms = [t.norm for t in tokens]

    for i, w in enumerate(norms):
        for cue, top in index.get(w, ()):
            if tuple(norms[i : i + len(cue)]) == cue:
                counts[top] += weight
                if hits is not None:
                    hits.setdefault(top, []).append(tokens[i].start)
    return counts


def choose_topics(counts: Counter, ref: Reference, min_hits: int = 2) -> list[Entity]:
    """The best-supported top concepts: at most five, each with at least `min_hits` cue hits and a
    sixth of the best score."""
    if not counts:
        return []
    ranked = counts.most_common()
    best = ranked[0][1]
    chosen = [iri for iri, c in ranked if c >= max(min_hits, best / 6)][:MAX_TOPICS] or [ranked[0][0]]
    return [ref.entities[i] for i in chosen]
