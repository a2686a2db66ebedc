"""The lookup tables extraction reads: entities by name, countries, posts and who held them when.

`Reference` is a plain container filled by `kg.reference.loader`; its methods answer the
questions extraction asks ("which entities does this phrase name?", "who was President of
Kazakhstan on 2023-10-28?") without touching RDF.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import TypeVar

from kg.model import Entity
from kg.names import SPELLINGS, fold
from kg.names import tokens as name_tokens

T = TypeVar("T")

_DAY = timedelta(days=1)


def spelling(low: str) -> str:
    """British spellings read as American ones (same length, so offsets are kept)."""
    for a, b in SPELLINGS:
        if a in low:
            low = low.replace(a, b)
    return low


def is_acronym(label: str) -> bool:
    """A label written in capitals (WHO, US, G7, COP29) must match case-sensitively."""
    letters = [c for c in label if c.isalpha()]
    return bool(letters) and all(c.isupper() for c in letters) and len(label) <= 12


@dataclass(frozen=True)
class Post:
    """An office (org:Post): 'President of Kazakhstan', its role and where it is held."""

    iri: str
    label: str
    alt_labels: tuple[str, ...]
    role: str | None  # local name of the (first) role: HeadOfState, HeadOfGovernment, ForeignMinister, ...
    post_in: str | None  # IRI of the country or organization
    roles: tuple[
        str, ...
    ] = ()  # every org:role of the post (a US President is head of state and of government)


@dataclass(frozen=True)
class Tenure:
    """Someone held a post from `start` to `end` (open while in office)."""

    person: str
    post: str | None
    role: str | None
    organization: str | None
    start: date | None
    end: date | None

    def covers(self, on: date | None) -> bool:
        if on is None:
            return self.end is None
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


@dataclass(frozen=True)
class Seat:
    """A member of a group of states (a state or an organization) and the post whose holder
    represents it at the group's leaders' meetings (the G7's Japan: the Prime Minister)."""

    member: str  # IRI of the state or organization
    post: str | None  # None: a member whose representative at leaders' meetings the data leaves open
    start: date | None = None
    end: date | None = None

    def covers(self, on: date | None) -> bool:
        """A member on that date (an unknown date: a member today)."""
        if on is None:
            return self.end is None
        return (self.start or date.min) <= on <= (self.end or date.max)


@dataclass(frozen=True)
class Edition:
    """A dated instance of a recurring event (dmo:eventSeries): the 2022 G7 summit at Elmau, and
    whether it was held online (schema:eventAttendanceMode schema:OnlineEventAttendanceMode)."""

    iri: str
    series: str
    start: date
    end: date
    online: bool = False


@dataclass
class NameHit:
    """One entry of the name index: an entity IRI and how the label must match."""

    iri: str
    acronym: bool
    surname: bool = False  # the label is a person's surname alone
    lower: bool = False  # a name of several words written in lower case ("two-state solution")
    # a name matched by folding case that another entity's acronym spells ("Guam", the territory, and
    # "GUAM", an organization): written in capitals, it is the acronym's
    yields_to_acronym: bool = False


@dataclass
class Reference:
    """All reference data as lookup tables (built once, shared, read-only in practice)."""

    entities: dict[str, Entity] = field(default_factory=dict)  # IRI -> Entity
    names: dict[tuple[str, ...], list[NameHit]] = field(default_factory=dict)
    first_lengths: dict[str, set[int]] = field(default_factory=dict)  # first token -> label lengths
    countries: dict[str, str] = field(default_factory=dict)  # ISO code -> IRI
    demonyms: dict[str, str] = field(default_factory=dict)  # folded demonym -> ISO code
    posts: dict[str, Post] = field(default_factory=dict)
    posts_by_name: dict[tuple[str, ...], list[str]] = field(default_factory=dict)
    tenures: list[Tenure] = field(default_factory=list)
    tenures_by_person: dict[str, list[Tenure]] = field(default_factory=dict)
    tenures_by_key: dict[tuple[str | None, str | None], list[Tenure]] = field(default_factory=dict)
    places_in: dict[str, str] = field(default_factory=dict)  # place IRI -> containing place/country IRI
    event_places: dict[str, str] = field(default_factory=dict)  # event IRI -> place IRI
    editions: dict[str, list[Edition]] = field(default_factory=dict)  # event series IRI -> its dated editions
    topic_cues: dict[str, list[tuple[str, ...]]] = field(default_factory=dict)  # topic IRI -> cues
    seats: dict[str, list[Seat]] = field(default_factory=dict)  # group IRI -> its members' seats
    spouses: dict[str, str] = field(default_factory=dict)  # person IRI -> spouse IRI (both ways)
    # tables other modules compute from these once (`derived`), by name
    _derived: dict[str, object] = field(default_factory=dict, repr=False, compare=False)

    # -- building -------------------------------------------------------------------------
    def add_name(self, label: str, iri: str, surname: bool = False) -> None:
        toks = name_tokens(label)
        if not toks:
            return
        self._derived.clear()  # what was derived from the names before is stale
        hits = self.names.setdefault(toks, [])
        acronym = is_acronym(label) and len(toks) == 1
        lower = len(toks) >= 2 and label == label.lower()
        same = next((h for h in hits if h.iri == iri and h.acronym == acronym), None)
        if same is None:
            hits.append(NameHit(iri, acronym, surname, lower))
        else:
            same.surname = same.surname or surname
            same.lower = same.lower or lower
        acronyms = {h.iri for h in hits if h.acronym}
        for h in hits:  # a case-sensitive acronym and another entity's name folded alike
            h.yields_to_acronym = not h.acronym and bool(acronyms - {h.iri})
        self.first_lengths.setdefault(toks[0], set()).add(len(toks))

    def add_tenure(self, t: Tenure) -> None:
        self.tenures.append(t)
        self.tenures_by_person.setdefault(t.person, []).append(t)
        post = self.posts.get(t.post or "")
        where = t.organization or (post.post_in if post else None)
        roles = dict.fromkeys([t.role, *(post.roles if post else ()), post.role if post else None])
        for role in [r for r in roles if r] or [None]:  # indexed under every role of the post
            self.tenures_by_key.setdefault((role, where), []).append(t)
        if t.post:
            self.tenures_by_key.setdefault((t.post, None), []).append(t)

    def derived(self, name: str, build: Callable[[Reference], T]) -> T:
        """The table `build(self)`, computed once and kept under `name` (a lookup a finder derives
        from the reference data: a topic index, the first words of names sorted by length)."""
        if name not in self._derived:
            self._derived[name] = build(self)
        return self._derived[name]  # type: ignore[return-value]

    # -- questions ------------------------------------------------------------------------
    def entity(self, iri: str) -> Entity | None:
        return self.entities.get(iri)

    def country(self, iso: str) -> Entity | None:
        iri = self.countries.get(iso.upper())
        return self.entities.get(iri) if iri else None

    def country_of_demonym(self, word: str) -> str | None:
        """ISO code for a demonym or country adjective ('Uzbek' -> 'UZ')."""
        return self.demonyms.get(fold(word))

    def country_of_place(self, iri: str) -> str | None:
        """ISO code of the country a place lies in (a site's city's country), or of the country itself."""
        seen: set[str] = set()
        while iri and iri not in seen:
            seen.add(iri)
            if (iso := self.iso_of(iri)) is not None:
                return iso
            iri = self.places_in.get(iri, "")
        return None

    def holder(self, post: str | tuple[str, str], on: date | None) -> Entity | None:
        """The person holding a post (its IRI, or (role, country/organization IRI)) on a date."""
        key = (post, None) if isinstance(post, str) else post
        found = [t for t in self.tenures_by_key.get(key, ()) if t.covers(on)]
        if not found:
            return None
        best = max(found, key=lambda t: t.start or date.min)
        return self.entities.get(best.person)

    def edition(self, event: str, on: date | None) -> Edition | None:
        """The edition of an event held on a date (a day either side: time zones, a summit's eve):
        the event itself when it is an edition, else the series' edition of that date."""
        for eds in self.editions.values():
            for ed in eds:
                if ed.iri == event:
                    return ed
        if on is None:
            return None
        return next(
            (ed for ed in self.editions.get(event, ()) if ed.start - _DAY <= on <= ed.end + _DAY), None
        )

    def edition_at(self, place: str, on: date | None) -> Edition | None:
        """The edition of a recurring event held at a place (its schema:location) on a date."""
        for eds in self.editions.values():
            for ed in eds:
                if on is not None and ed.start <= on <= ed.end and self.event_places.get(ed.iri) == place:
                    return ed
        return None

    def spouse_of(self, person: str) -> Entity | None:
        """The spouse of a person (schema:spouse in the reference data), when known."""
        return self.entities.get(self.spouses.get(person, ""))

    def group_leaders(self, group: str, on: date | None) -> list[tuple[Entity, str]]:
        """(holder, member IRI) of every seat of a group at its leaders' meetings on a date (seats
        whose holder is unknown on that date are left out)."""
        out = []
        for seat in self.seats.get(group, ()):
            if seat.post is None or not seat.covers(on):
                continue
            e = self.holder(seat.post, on)
            if e is not None and e.kind == "person":
                out.append((e, seat.member))
        return out

    def group_members(self, group: str, on: date | None) -> list[str]:
        """The members (state or organization IRIs) of a group on a date."""
        return list(dict.fromkeys(seat.member for seat in self.seats.get(group, ()) if seat.covers(on)))

    def posts_of(self, person: str, on: date | None) -> list[Tenure]:
        """The posts a person held on a date (all known posts when the date is unknown)."""
        ts = self.tenures_by_person.get(person, [])
        held = [t for t in ts if on is None or t.covers(on)]
        return held

    def post_role(self, t: Tenure) -> tuple[str | None, str | None]:
        """(role, IRI of the country or organization) of a tenure."""
        post = self.posts.get(t.post or "")
        return (t.role or (post.role if post else None), t.organization or (post.post_in if post else None))

    def sovereign_of(self, iso: str) -> str:
        """ISO code of the state a region with its own code belongs to (Hong Kong: CN), else `iso`."""
        e = self.entities.get(self.countries.get(iso, ""))
        return self.iso_of(e.props.get("within")) or iso if e is not None else iso

    def iso_of(self, iri: str | None) -> str | None:
        """ISO code when the IRI names a country."""
        e = self.entities.get(iri or "")
        return e.props.get("iso") if e is not None and e.kind == "country" else None
