"""A daily briefing's account: the day's meetings it tells, one per counterpart state.

A press briefing, gaggle or press call whose title names no meeting ("Press Briefing by Press
Secretary …, May 9, 2023") reports the day's meetings in its exchange with reporters ("President
Biden held a secure video call today with President Putin", "the President also had a call with his
European partners today": kg.extract.detect_briefing). Extraction keeps one account of the release,
naming the people of every meeting it tells. Reconciliation reads it as what it is: the day's
meetings told in passing, one per foreign state whose people it names, each with its publisher's
people and that state's, so that each joins the readout of that meeting (or the group call it is a
part of: kg.reconcile.group_meetings.mention_part). The one its lead sentence (the first telling the
day's meeting with its counterpart) names is the day's news (`Account.recent`) and counts on its own
when nothing else reports it; the others the exchange names (a leader a question is about, a call of
the day before) count only as parts of another release's meeting. Of its publisher's people, each
meeting has those named in a sentence naming that state's people (where extraction says it read them):
"our Secretary of State spoke with Foreign Minister X earlier today. The President spoke with
President Y …" gives Y's call the President, and X's none by name (a side named by its office,
kg.reconcile.identity.by_office), not the President of another call. None has a mode: the one
extraction read of the release is of one of its meetings at best, often of another talk of the day
("in this meeting today" with lawmakers), so a call is matched by its day and people alone.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import replace
from datetime import date
from typing import Any, Protocol, TypeVar, cast

# a title telling a meeting (a readout, a call, talks, a visit): else the release is about something else
MEETING_TITLE = re.compile(
    r"(?i)\b(?:calls?|conversations?|talks|meetings?|met|meets|visits?|summits?|readouts?|negotiations|"
    r"videoconferences?|spoke|speaks|bilateral|trilateral)\b"
)
# the genre of a briefing given by someone, at the start of its title ("Press Gaggle by …", "Background
# Press Call by …", "On-the-Record Press Call by …")
BRIEFING_GENRE = re.compile(
    r"(?i)^\s*(?:on-the-record\s+|background\s+)?(?:(?:daily\s+)?press\s+briefing|(?:press\s+)?gaggle|"
    r"press\s+call|briefing\s+call|briefing)\s+(?:by|with)\s"
)


class Told(Protocol):
    """What the briefing rules read of an account (kg.reconcile.accounts.Account, a dataclass)."""

    @property
    def title(self) -> str: ...
    @property
    def date(self) -> date: ...
    @property
    def status(self) -> str: ...
    @property
    def home(self) -> str | None: ...
    @property
    def mentioned(self) -> bool: ...
    @property
    def recent(self) -> bool: ...
    @property
    def told(self) -> str: ...
    @property
    def countries(self) -> frozenset[str]: ...
    @property
    def leaders(self) -> frozenset[str]: ...
    @property
    def nationality(self) -> tuple[tuple[str, str], ...]: ...
    @property
    def facts(self) -> dict[str, tuple[str, ...]]: ...
    def people_of(self, iso: str, headline: bool = False) -> set[str]: ...


A = TypeVar("A", bound=Told)


def daily_briefing(title: str) -> bool:
    """Is the title a briefing's genre and its givers only, naming no meeting it is on?"""
    genre = BRIEFING_GENRE.match(title)
    return genre is not None and not MEETING_TITLE.search(title, genre.end())


def own_people(a: Told, iso: str, said_in: Mapping[str, frozenset[int]]) -> set[str]:
    """The publisher's people of a briefing's meeting with `iso`: those named in a sentence naming a
    person of `iso` (`said_in`: each person's sentences, by where they start), all of them when the
    sentences are not known."""
    own = a.people_of(a.home or "")
    theirs = a.people_of(iso)
    if not said_in or not all(p in said_in for p in own | theirs):
        return own
    told = frozenset().union(*(said_in[p] for p in theirs))
    return {p for p in own if said_in[p] & told}


def told_meetings(
    a: A, lead_people: frozenset[str] = frozenset(), said_in: Mapping[str, frozenset[int]] | None = None
) -> list[A]:
    """A daily briefing's own held account, not at a summit or session (its leader's part in it), as the
    meetings it tells, one per foreign state its people are of (its publisher's people named with
    that state's, `own_people`, and that state's; no mode), the day's news when its lead sentence names
    that state's people (`lead_people`; the others count only as parts of another release's meeting);
    any other account as it is. `said_in`: where each of its people is named (sentence starts)."""
    if (
        a.mentioned
        or a.status != "Held"
        or not a.home
        or a.facts.get("sidelinesOf")
        or not daily_briefing(a.title)
    ):
        return [a]
    states = sorted({iso for _, iso in a.nationality} - {a.home})
    told = []
    for iso in states:
        sides = {a.home, iso}
        kept = own_people(a, iso, said_in or {}) | a.people_of(iso)
        nationality = tuple((p, s) for p, s in a.nationality if p in kept)
        people = frozenset(p for p, _ in nationality)
        told.append(
            replace(
                cast(Any, a),  # an Account, a dataclass
                told=iso,
                mentioned=True,
                recent=bool(a.people_of(iso) & lead_people),
                mode=None,
                participants=people,
                nationality=nationality,
                headline=people,
                leaders=a.leaders & people,
                sides=frozenset(sides),
                countries=frozenset(c for c in a.countries if c in sides),
            )
        )
    return told or [a]


def asked_after(a: Told, b: Told) -> bool:
    """A daily briefing's meeting its lead sentence does not tell (a call a question is about: "the
    President spoke with President X yesterday and …"), dated by the briefing, and its publisher's
    account of that meeting the day before: the same meeting when the rest agrees (it counts only
    as a part of another release's meeting, `told_meetings`)."""
    part, other = (a, b) if a.told else (b, a)
    return bool(part.told) and not part.recent and not other.told and (part.date - other.date).days == 1
