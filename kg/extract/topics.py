"""Topics of a meeting: the contexts of the topic scheme whose keyword cues the release uses most.

Cues are the skos:hiddenLabels (and labels) of ontology/topics.ttl; a cue found under a narrower
concept counts for its top concept. The title counts double. At most five topics are returned.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from itertools import compress, count
from operator import attrgetter, itemgetter
from typing import TYPE_CHECKING

from kg.extract.gazetteer import Token, tokenize
from kg.extract.patterns import holds_any, screen_words
from kg.model import Entity, Meeting, Statement
from kg.reference.tables import Reference

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc
    from kg.extract.sentences import Sentence

MAX_TOPICS = 5
_START = attrgetter("start")  # a token's start offset
SHORT = 5  # sentences of a short report (topics need one cue there, two elsewhere)
# courtesies that say nothing about what a meeting was about
COURTESY = re.compile(
    r"(?i)\b(wish(?:ed|es)? (?:him|her|them|the)|birthday|anniversary of (?:his|her) birth|"
    r"congratulat\w+ (?:[\w-]+ ){1,4}on (?:his |her |the )?(?:upcoming |forthcoming )?(?:\w+ )?"
    r"(?:holiday|birthday|new year|anniversary|day))\b"
)


COURTESY_WORDS = screen_words(COURTESY, ("wish", "birth", "congratulat"))

Cues = dict[str, list[tuple[tuple[str, ...], str, bool]]]


def _index(ref: Reference) -> tuple[Cues, dict[str, str]]:
    return ref.derived("topic index", _topic_index)


def _topic_index(ref: Reference) -> tuple[Cues, dict[str, str]]:
    """Cue's first word -> (the cue's other words, its top topic, whether it is an acronym), and
    each topic's top topic."""
    top: dict[str, str] = {}
    for iri in ref.topic_cues:
        t = iri
        seen = 0
        while "broader" in ref.entities[t].props and seen < 5:
            t = ref.entities[t].props["broader"]
            seen += 1
        top[iri] = t
    index: Cues = {}
    for iri, cues in ref.topic_cues.items():
        acronyms = ref.entities[iri].props.get("acronym cues", ())
        for cue in cues:
            index.setdefault(cue[0], []).append((cue[1:], top[iri], " ".join(cue) in acronyms))
    return index, top


def count_cues(
    tokens: list[Token],
    ref: Reference,
    weight: int = 1,
    counts: Counter | None = None,
    hits: dict[str, list[int]] | None = None,
    text: str | None = None,
) -> Counter:
    """Add `weight` per cue occurrence to the top concept it belongs to; `hits` (when given)
    collects the start offsets of each top concept's cues, for evidence. With the `text` the
    tokens were read from, an acronym cue counts only in capitals ("WHO", not "who")."""
    index, _ = _index(ref)
    counts = counts if counts is not None else Counter()
    norms = list(map(itemgetter(0), tokens))
    # only the tokens some cue starts with
    for i in compress(count(), map(index.__contains__, norms)):
        for rest, top, acronym in index[norms[i]]:
            if rest and tuple(norms[i + 1 : i + 1 + len(rest)]) != rest:
                continue
            if acronym and text is not None and not text[tokens[i].start : tokens[i].end].isupper():
                continue
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


def record_topics(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "topics": what the meeting was about, from the cues of its part of the release (the
    title counts double for the main meeting; courtesies not at all), each with the sentence
    holding most of its cues. In a short part one cue is as telling as two in a long one."""
    counts: Counter = Counter()
    hits: dict[str, list[int]] = {}
    if account.kind == "main":
        count_cues(tokenize(doc.title), doc.ref, 2, counts, text=doc.title)
    _count_sentences(doc, account.part, counts, hits)
    for t in choose_topics(counts, doc.ref, 1 if len(account.part) <= SHORT else 2):
        m.topics.append(t)
        m.evidence.append(
            Statement("topic", t, doc.index.at(doc.index.densest(hits.get(t.props.get("iri", ""), []))))
        )


def _count_sentences(doc: Doc, sents: list[Sentence], counts: Counter, hits: dict[str, list[int]]) -> None:
    """Topic cues of the sentences, but of courtesies (wishes of good health, congratulations)."""
    for s in sents:
        if not (holds_any(s.text, COURTESY_WORDS) and COURTESY.search(s.text)):
            a = bisect_left(doc.tokens, s.start, key=_START)
            b = bisect_left(doc.tokens, s.end, lo=a, key=_START)
            count_cues(doc.tokens[a:b], doc.ref, 1, counts, hits, doc.text)
