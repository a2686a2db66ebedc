"""The learned topic step: one logistic model per topic over the words of a meeting's release.

Step "learned topics" (`record_topics`, after the rules' "topics") keeps a topic of the rules unless
the model gives it less than its `drop` probability, and adds a topic the rules missed when the
model gives it at least its `threshold`; an added topic's statement points to the sentence whose
words weigh most for it.
The model file is `kg/extract/models/topics.json` (fitted by `python -m eval.train_topics`).
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from typing import TYPE_CHECKING

from kg.extract import learned
from kg.extract.gazetteer import tokenize
from kg.extract.sentences import Sentence, split_sentences
from kg.extract.topics import count_cues
from kg.model import Document, Entity, Evidence, Meeting, Statement
from kg.reference import Reference

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc

TEXT_CHARS = 4000  # characters of the body whose words are features
MAX_TOPICS = 5


def topic_features(doc: Document, topics: list[str], ref: Reference | None = None) -> dict[str, float]:
    """Words of the title and of the body's first characters, the rules' topics and (with the
    reference data) how often the release uses each topic's cue words: the part of the evidence
    that does not depend on one writer's vocabulary."""
    out = {f"r:topic={t}": 1.0 for t in topics}
    for w in learned.words(doc.title):
        out["t:" + w] = 1.0
    for w in learned.words(doc.text[:TEXT_CHARS]):
        out["w:" + w] = 1.0
    if ref is not None:
        out.update(cue_features(doc, ref))
    return out


def cue_features(doc: Document, ref: Reference) -> dict[str, float]:
    """Per topic: its cue count (log-scaled), its count relative to the best topic's, and whether
    it is among the three best (title twice, body's first TEXT_CHARS characters)."""
    counts: Counter = count_cues(tokenize(doc.title), ref, 2, text=doc.title)
    body = doc.text[:TEXT_CHARS]
    count_cues(tokenize(body), ref, 1, counts, text=body)
    out: dict[str, float] = {}
    ranked = counts.most_common()
    for i, (iri, n) in enumerate(ranked):
        t = iri.rsplit("/", 1)[-1]
        out["c:" + t] = round(math.log1p(n) / math.log(11), 4)
        out["cr:" + t] = round(n / ranked[0][1], 4)
        if i < 3:
            out["ctop:" + t] = 1.0
    return out


def choose(proba: dict[str, float], rules: list[str], model: learned.LinearModel, drop: float) -> list[str]:
    """The topics kept and added, best first (at most five)."""
    kept = [t for t in rules if proba.get(t, 1.0) >= drop]
    added = sorted(
        (t for t in proba if t not in rules and proba[t] >= model.threshold), key=lambda t: -proba[t]
    )
    return (kept + added)[:MAX_TOPICS]


def _evidence(doc: Document, model: learned.LinearModel, topic: str) -> Evidence | None:
    """The sentence of the first TEXT_CHARS whose words weigh most for the topic."""
    k = model.classes.index(topic)
    best, best_score = None, 0.0
    for s, words in _sentence_words(doc.text[:TEXT_CHARS]):
        score = sum(max(0.0, model.weights.get("w:" + w, [0.0] * (k + 1))[k]) for w in words)
        if score > best_score:
            best, best_score = s, score
    return Evidence(best.text, best.start, best.end) if best is not None else None


@lru_cache(maxsize=1)
def _sentence_words(text: str) -> list[tuple[Sentence, set[str]]]:
    """The sentences of a text with their words (the last text's kept: each topic added reads them)."""
    return [(s, set(learned.words(s.text))) for s in split_sentences(text)]


def _topics(ref: Reference) -> dict[str, Entity]:
    """Topic notation ('economic') -> its reference entity (kept with the reference data)."""
    return ref.derived(
        "topics by notation", lambda r: {e.key: e for e in r.entities.values() if e.kind == "topic"}
    )


def record_topics(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "learned topics": the main held meeting's topics rewritten by the model (no change when
    it is off)."""
    model = learned.load_model("topics")
    if model is None or account.kind != "main" or m.status != "held":
        return
    apply_topics(doc.document, m, doc.ref, model)


def apply_topics(doc: Document, m: Meeting, ref: Reference, model: learned.LinearModel) -> None:
    """Rewrite the meeting's topics with the model."""
    rules = [t.key for t in m.topics]
    proba = model.proba(topic_features(doc, rules, ref if model.extra.get("cues") else None))
    chosen = choose(proba, rules, model, float(model.extra.get("drop", 0.0)))
    if chosen == rules:
        return
    by_key = {t.key: t for t in m.topics}
    kept_statements = [
        st for st in m.evidence if st.field != "topic" or getattr(st.value, "key", None) in chosen
    ]
    m.evidence = kept_statements
    m.topics = []
    for key in chosen:
        entity = by_key.get(key) or _topics(ref).get(key)
        if entity is None:
            continue
        m.topics.append(entity)
        if key not in by_key:
            m.evidence.append(Statement("topic", entity, _evidence(doc, model, key)))
