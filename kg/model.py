"""Plain data objects passed along the flow: Document -> Meeting (with Evidence).

Readers produce `Document`s; extraction turns each into zero or more `Meeting`s whose
fields point at `Entity` objects and carry `Evidence`; the RDF mapping turns those into
triples. Nothing here knows about RDF, the store or the terminal.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Literal

Status = Literal["held", "planned"]
Mode = Literal["in_person", "phone", "video"]
EntityKind = Literal["person", "country", "organization", "place", "event", "framework", "topic"]


class KgError(Exception):
    """Base of the project's own errors: the message says what went wrong and what to do."""


class DocumentError(KgError):
    """A source document could not be read or understood.

    `locator` names the document (a path, or `file.csv#row` for a row)."""

    def __init__(self, locator: str, reason: str) -> None:
        super().__init__(f"{locator}: {reason}")
        self.locator = locator
        self.reason = reason


@dataclass(frozen=True)
class Document:
    """One release as read from its source, before any extraction.

    `text` is the plain body (paragraphs separated by blank lines, no markup);
    evidence offsets are character offsets into `text`.
    """

    reader: str  # registered reader name, e.g. "akorda", "whitehouse", "kremlin-csv"
    identifier: str  # where it was read from: path relative to the ingested root, or file.csv#<row id>
    title: str
    text: str
    date: date  # the release date
    url: str | None = None
    publisher: str | None = None  # e.g. "President of the Republic of Kazakhstan"
    location: str | None = None  # a dateline place given by the source (Kremlin rows)
    published: datetime | None = None  # timestamp with time zone, when the source gives one
    language: str = "en"

    @property
    def key(self) -> str:
        """Stable identity of the release: its URL when known, else reader + file name (+ row)."""
        if self.url:
            return self.url.strip()
        name = self.identifier.replace("\\", "/").rsplit("/", 1)[-1]
        return f"{self.reader}:{name}"

    @property
    def content_hash(self) -> str:
        """Hash of everything extraction reads, to skip unchanged releases on re-ingest."""
        h = hashlib.sha256()
        for part in (self.title, self.text, self.date.isoformat(), self.url or "", self.location or ""):
            h.update(part.encode("utf-8"))
            h.update(b"\x00")
        return h.hexdigest()


@dataclass(frozen=True)
class Evidence:
    """The sentence a statement was read from: its text and offsets in `Document.text`."""

    text: str
    start: int
    end: int


@dataclass
class Entity:
    """A person, country, organization, place, event, framework or topic.

    `key` is the stable key its IRI is minted from (a Wikidata id, an ISO code, a topic
    notation, or a normalized name); `props` holds kind-specific facts, e.g. `iso` for a
    country, `country` (ISO code) and `post` for a person, `broader` for a topic.
    """

    kind: EntityKind
    key: str
    label: str
    alt_labels: list[str] = field(default_factory=list)
    wikidata: str | None = None
    props: dict[str, str] = field(default_factory=dict)

    def as_kind(self, kind: EntityKind) -> Entity:
        """A copy of this (reference) entity as a value of another kind: an organization the data
        holds as a group, a framework it holds as an organization."""
        return Entity(kind, self.key, self.label, list(self.alt_labels), self.wikidata, dict(self.props))

    def __hash__(self) -> int:
        return hash((self.kind, self.key))

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Entity) and (self.kind, self.key) == (other.kind, other.key)


@dataclass
class Statement:
    """One extracted fact about a meeting: a field, its value, and where it was read."""

    # "participant", "country", "organization", "venue", "event", "framework", "topic", "date",
    # "mode", "status"
    field: str
    value: Entity | str  # an Entity, or a literal (ISO date, mode or status name)
    evidence: Evidence | None = None


@dataclass
class Meeting:
    """One meeting, talks, call or summit session reported by a release."""

    status: Status
    date: date | None = None
    mode: Mode | None = None
    participants: list[Entity] = field(default_factory=list)
    countries: list[Entity] = field(default_factory=list)
    organizations: list[Entity] = field(default_factory=list)
    venue: Entity | None = None
    event: Entity | None = None
    # the gatherings of several states a combined record tells its leader's part in, when it tells
    # several ("To the participants of the NATO summit, the G7 summit, …"): it is at none (`event`)
    gatherings: list[Entity] = field(default_factory=list)
    frameworks: list[Entity] = field(default_factory=list)
    topics: list[Entity] = field(default_factory=list)
    evidence: list[Statement] = field(default_factory=list)  # one per extracted fact, where known
    # Posts held by participants at the meeting's date: person key -> post Entity (kind "organization"-free)
    posts: dict[str, str] = field(default_factory=dict)
    # mentioned in passing by a release about something else (an address, a speech), not reported
    mentioned: bool = False
    # … as the news of a release without a meeting of its own ("Today I spoke with …"): its account
    news: bool = False


@dataclass
class Extraction:
    """All that extraction found in one document."""

    document: Document
    meetings: list[Meeting]
    extractor: str  # versioned component name, e.g. "kg.extract.rules.v2+<digest>" (kg/extract/version.py)
    home: str | None = None  # ISO code of the publisher's country (kg.extract.publisher), None if not told
