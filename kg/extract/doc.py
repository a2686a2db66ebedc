"""The analysis object: one `Doc` per release, built once and read by every step of the pipeline.

Like spaCy's `Doc` passed through `Language.__call__`, it holds what the steps share: the sentences
(with their offsets), the tokens, the gazetteer mentions of the text and of the title, the publisher's
country and, once a meeting date is known, the people found (`with_people`). Steps read it and add
findings to the meeting they describe; none writes to it. `Account` is what the meeting-finding
steps (detection, participants, several meetings, mentioned meetings) decide about one meeting.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import date
from typing import Literal

from kg.extract.datelines import recap_from
from kg.extract.evidence import SentenceIndex
from kg.extract.gazetteer import Mention, Token, scan, tokenize
from kg.extract.namesakes import home_namesakes
from kg.extract.people import People, Person, find_people
from kg.extract.publisher import home_country, is_news_media
from kg.extract.sentences import Sentence, split_from, split_sentences
from kg.model import Document, Evidence, Meeting, Status
from kg.reference import Reference

LEAD = 4  # sentences of the body read for detection
LEAD_CHARS = 3000

# A text read for a fact and the sentence it is (None: the title)
Passage = tuple[str, Sentence | None]


@dataclass(frozen=True)
class Doc:
    """One release as the steps read it."""

    document: Document
    ref: Reference
    sents: list[Sentence]
    tokens: list[Token]
    mentions: list[Mention]  # gazetteer mentions of the text
    title_mentions: list[Mention]  # ... and of the title
    home: str | None  # ISO code of the publishing government
    index: SentenceIndex
    people: People | None = None  # the people found, offices resolved at the meeting date

    @property
    def text(self) -> str:
        return self.document.text

    @property
    def title(self) -> str:
        return self.document.title

    @property
    def lead(self) -> list[Sentence]:
        return self.sents[:LEAD]

    @property
    def found(self) -> People:
        """The people found (`with_people` first)."""
        if self.people is None:
            raise ValueError("no people found yet: Doc.with_people(day)")
        return self.people

    def evidence(self, sent: Sentence | None) -> Evidence | None:
        """The evidence a finding read from `sent` carries."""
        return Evidence(sent.text, sent.start, sent.end) if sent is not None else None

    def with_people(self, on: date) -> Doc:
        """This Doc with the people of its text and title, offices resolved at `on` (itself when they
        are already: the finders of one release ask again)."""
        if self.people is not None and self.people.on == on:
            return self
        return replace(self, people=find_people(self, on))

    def ours(self, p: Person | None) -> bool:
        """A person of the publisher's own state."""
        return p is not None and p.country == self.home

    def foreign_state(self, iso: str | None) -> bool:
        """A state other than the publisher's (a region with a code of its own, Hong Kong, is its state's)."""
        return bool(iso) and self.ref.sovereign_of(iso) != self.home  # type: ignore[arg-type]


@dataclass
class Account:
    """One meeting a release reports or mentions, as the meeting-finding steps leave it."""

    kind: Literal["main", "separate", "mentioned"]
    status: Status
    day: date
    day_sentence: Sentence | None  # the sentence that dates it (None: the title or the release date)
    sentence: Sentence  # the sentence reporting it: the evidence of last resort
    participants: list[tuple[Person, Sentence | None]]  # with the sentence naming each, when known
    sentences: list[Sentence]  # the sentences reporting it (the main meeting's core sentences)
    part: list[Sentence]  # its part of the release (frameworks and topics are read there)
    start: int  # character span of that part
    end: int
    parent: Meeting | None = None  # a separate meeting's main one (its venue and event by default)
    names: list[str] = field(default_factory=list)  # words of the names a mentioning sentence lists
    # states whose side is named only by office, no one resolved ("his Ukrainian counterpart")
    by_office: list[str] = field(default_factory=list)


def lead_sentences(document: Document) -> list[Sentence]:
    """The first sentences of the body, split without analysing the whole text (detection reads them):
    a news agency's up to the paragraph recalling earlier news ("Earlier, the President met …")."""
    lead = opening_sentences(document)[:LEAD]
    recap = recap_from([s.text for s in lead]) if is_news_media(document) else None
    return lead[:recap] if recap is not None else lead


_OPENING: list[tuple[Document, list[Sentence]]] = []  # the last release's, as several finders ask


def opening_sentences(document: Document) -> list[Sentence]:
    """The sentences of the first LEAD_CHARS characters of the body."""
    if not _OPENING or _OPENING[0][0] is not document:
        _OPENING[:] = [(document, split_sentences(document.text[:LEAD_CHARS]))]
    return list(_OPENING[0][1])


_WHOLE: list[tuple[Document, list[Sentence]]] = []  # the last release's, as several finders ask


def whole_sentences(document: Document) -> list[Sentence]:
    """The sentences of the whole text: `split_sentences(document.text)`, past its opening's sentences
    when they are at hand (the last release's, `opening_sentences`); split once per release."""
    if not _WHOLE or _WHOLE[0][0] is not document:
        if _OPENING and _OPENING[0][0] is document:
            sents = split_from(document.text, _OPENING[0][1], LEAD_CHARS)
        else:
            sents = split_sentences(document.text)
        _WHOLE[:] = [(document, sents)]
    return list(_WHOLE[0][1])


# the last analysis: the finders of one release (rules, learned re-detection, summits) share it
_LAST: list[Doc] = []


def analyse(document: Document, ref: Reference, sents: list[Sentence] | None = None) -> Doc:
    """The analysis of a release: sentences (`sents` when already split), tokens, mentions and the
    publisher's country. The same release and reference data analysed again (as extraction's
    finders do) give the same Doc."""
    if _LAST and _LAST[0].document is document and _LAST[0].ref is ref:
        return _LAST[0]
    doc = _analysed(document, ref, sents)
    _LAST[:] = [doc]
    return doc


def _analysed(
    document: Document, ref: Reference, sents: list[Sentence] | None = None, home: Document | None = None
) -> Doc:
    """The Doc of `document` (its `sents` when already split; the publisher's country read from
    `home`, by default the document itself)."""
    sents = sents if sents is not None else whole_sentences(document)
    tokens = tokenize(document.text)
    iso, text, title = home_country(home or document, ref), document.text, document.title
    return Doc(
        document,
        ref,
        sents,
        tokens,
        home_namesakes(text, title, iso, scan(text, ref, tokens), ref),  # Georgia, the U.S. state
        home_namesakes(text, title, iso, scan(title, ref), ref),
        iso,
        SentenceIndex(document.text, sents),
    )


def analyse_sentences(document: Document, ref: Reference, sents: list[Sentence], keep: set[int]) -> Doc:
    """A cheap analysis of some sentences of a release (`keep`, indices into `sents`, its sentences)
    and of its title, to screen a long release before analysing the whole: the Doc of a shorter
    text holding those sentences alone (with what lies between neighbours, a paragraph break
    between others), their offsets moved to it; the publisher's country is still the release's."""
    text, at, last = document.text, 0, -2
    pieces: list[str] = []
    kept: list[Sentence] = []
    for i in sorted(keep):
        s = sents[i]
        gap = text[sents[i - 1].end : s.start] if last == i - 1 else ("\n\n" if kept else "")
        pieces += [gap, s.text]
        at += len(gap)
        kept.append(Sentence(s.text, at, at + len(s.text), s.para))
        at, last = at + len(s.text), i
    return _analysed(replace(document, text="".join(pieces)), ref, kept, home=document)


def sentence_of(passages: list[Passage], i: int) -> Sentence | None:
    """The sentence of the passage a rule read (index `i` of the texts it was given; -1: none)."""
    return passages[i][1] if 0 <= i < len(passages) else None
