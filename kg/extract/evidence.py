"""Evidence: the sentence each fact of a meeting was read from, for the statements that lack one.

The pipeline records a sentence where a rule reads a fact from one (a participant's mention, a
framework's name); `complete` then gives every remaining statement the sentence its fact comes from:
a person's first mention, a state's or organization's participant, the sentence naming an entity,
the sentence holding most of a topic's cues, and, by default, the sentence reporting the meeting.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from typing import TYPE_CHECKING

from kg.extract.gazetteer import Mention
from kg.extract.people import Person, PersonMention
from kg.extract.sentences import Sentence
from kg.model import Entity, Evidence, Meeting

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc


class SentenceIndex:
    """The sentences of a text, looked up by index or by character offset."""

    def __init__(self, text: str, sents: list[Sentence]) -> None:
        self.text, self.sents = text, sents
        self._starts = [s.start for s in sents]

    def at(self, i: int | None) -> Evidence | None:
        if i is None or i < 0 or i >= len(self.sents):
            return None
        s = self.sents[i]
        return Evidence(s.text, s.start, s.end)

    def index_of(self, offset: int) -> int | None:
        i = bisect_right(self._starts, offset) - 1
        return i if i >= 0 and offset < self.sents[i].end else None

    def containing(self, offset: int | None) -> Evidence | None:
        return self.at(self.index_of(offset)) if offset is not None else None

    def densest(self, offsets: list[int]) -> int | None:
        """Index of the sentence holding most of the offsets (the first such)."""
        per = Counter(i for i in (self.index_of(o) for o in offsets) if i is not None)
        if not per:
            return None
        best = max(per.values())
        return min(i for i, c in per.items() if c == best)

    def naming(self, e: Entity, mentions: list[Mention]) -> Evidence | None:
        """The first sentence naming an entity: its gazetteer mention, else its label written out."""
        iri = e.props.get("iri")
        if iri:
            first = next((mt.start for mt in mentions if mt.iri == iri), None)
            if first is not None:
                return self.containing(first)
        for label in (e.label, *e.alt_labels):
            at = self.text.find(label) if len(label) > 2 else -1
            if at >= 0:
                return self.containing(at)
        return None


def record_evidence(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "evidence": gives every statement of the meeting without evidence the sentence its fact
    comes from: a participant's first mention, the participant a state or organization takes part
    through, the first sentence naming an entity, else the sentence reporting the meeting."""
    complete(
        m, [p for p, _ in account.participants], doc.found.mentions, doc.mentions, doc.index, account.sentence
    )


def complete(
    m: Meeting,
    people: list[Person],
    person_mentions: list[PersonMention],
    mentions: list[Mention],
    index: SentenceIndex,
    main: Sentence,
) -> None:
    """Give every statement of `m` without evidence the sentence its fact was read from; `main` is
    the sentence reporting the meeting (a topic without one of its own gets it)."""
    default = Evidence(main.text, main.start, main.end)
    said: dict[str, Evidence] = {}
    for st in m.evidence:
        if st.field == "participant" and isinstance(st.value, Entity):
            if st.evidence is None:
                first = min((pm.start for pm in person_mentions if pm.key == st.value.key), default=None)
                st.evidence = index.containing(first) or default
            if st.evidence is not None:
                said[st.value.key] = st.evidence
    for st in m.evidence:
        if st.evidence is not None:
            continue
        v = st.value
        if st.field in ("country", "organization") and isinstance(v, Entity):
            iri, iso = v.props.get("iri", ""), v.props.get("iso")
            st.evidence = next(
                (
                    said[p.key]
                    for p in people
                    if p.key in said and ((iso and p.country == iso) or (iri and p.org == iri))
                ),
                None,
            ) or index.naming(v, mentions)
        elif isinstance(v, Entity) and st.field != "topic":
            st.evidence = index.naming(v, mentions)
        if st.evidence is None:
            st.evidence = default
