"""An account as reconciliation sees it: one release's meeting with its facts (read by
kg.reconcile.accounts; the matching rules read it, none of them the store)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

Span = tuple[date, date]  # first and last day


@dataclass(frozen=True)
class Account:
    """One release's meeting, as reconciliation sees it."""

    meeting: str
    release: str
    publisher: str
    title: str
    released: date | None
    date: date
    mode: str | None  # local name: InPerson, Phone, Video
    participants: frozenset[str]
    countries: frozenset[str]  # ISO codes
    nationality: tuple[tuple[str, str], ...]  # (person IRI, ISO) for participants whose nationality is known
    home: str | None  # ISO code of the publisher's country
    sides: frozenset[str]  # home + countries named by the title (directly or through a participant)
    headline: frozenset[str] = frozenset()  # participants the title names
    status: str = "Held"  # Held or Planned
    mentioned: bool = False  # a meeting mentioned in passing, not the release's own account
    gathering: frozenset[str] = frozenset()  # the words naming the summit or session it is at
    span: Span | None = None  # that summit's days, when the reference data knows them
    recent: bool = False  # … mentioned as the day's news ("Today I spoke with …", "Yesterday …")
    leaders: frozenset[str] = frozenset()  # participants who head a state or government on its date
    undated: bool = False  # dated by its release alone: the sentence telling it names no day
    day_said: bool = True  # the sentence telling it names its day (else: its release's, or its trip's)
    # one of several meetings its release tells, with one counterpart of its own (a foreign state's
    # people, or an organization's officer): a talk beside a summit ("short meetings ... on the
    # sidelines"), not its publisher's leader's part in the summit itself
    beside: bool = False
    # the gathering (event IRI) this account is the leader's part in, of a record telling several
    # ("To the participants of the NATO summit, the G7 summit, …", dmo:gathering): one account each
    part: str = ""
    # an in-person mode read from a sentence that says only that they met ("We, the Leaders of the G7,
    # met today with President Zelenskyy"), not where (kg.reconcile.group_meetings)
    met_only: bool = False
    # states whose office holder the title names by the office ("… Call with the Head of the Office of
    # the President of Ukraine", "Bahraini Crown Prince …"), whoever extraction found of them
    office_states: frozenset[str] = frozenset()
    office_words: frozenset[tuple[str, str]] = frozenset()  # (state, word) of those offices' names
    told: str = ""  # of a daily briefing's meetings, this one's counterpart state (kg.reconcile.briefings)
    bodies: frozenset[str] = frozenset()  # the organizations it names, a body as its organization
    officers: frozenset[str] = frozenset()  # its people holding a post in one of them that day
    said: str = field(default="", compare=False, hash=False)  # its title and lead sentence
    facts: dict[str, tuple[str, ...]] = field(default_factory=dict, compare=False, hash=False)

    @property
    def key(self) -> str:
        """What tells this account from the others: its meeting node, and the part it stands for."""
        return " ".join(x for x in (self.meeting, self.part, self.told) if x)

    def people_of(self, iso: str, headline: bool = False) -> set[str]:
        return {p for p, c in self.nationality if c == iso and (not headline or p in self.headline)}
