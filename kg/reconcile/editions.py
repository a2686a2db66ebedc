"""Event editions: one event node per real gathering, as a researcher counting meetings per event expects.

Releases name the event a meeting was at by its series ("the NATO Summit"), by an edition ("the Vilnius
Summit") or by a name of their own ("the Trade and Technology Council meeting"). Over the whole store:

- a release's name is a reference series' only when the series' words explain the name: a "Nuclear
  Consultative Group meeting" is no "Consultative Meeting of the Heads of State of Central Asia", a
  "Quad Senior Cyber Group meeting" no Quad Leaders' Summit (the words of a summit's programme, a
  dinner or a retreat, are explained by any series);
- a meeting on the days the reference dates an edition on is at that edition, unless its venue lies
  in another country than the edition's place; where two editions of a series share days, the venue
  tells them apart;
- the other meetings of a series, or of an event of no series, are grouped by their days: meetings
  within GAP days of each other are one edition (`kg.reconcile.editions.clusters`). A group within
  LEAD days of an edition the reference dates is no edition of its own: it prepares or follows it
  ("to discuss the upcoming NATO Summit"), and is at no event; so is one in a year the reference
  dates the series' editions of (it lists them). Any other group of a series is an
  edition named by its series and year (or month, when the year has another), with a place only when
  its meetings agree on it; an event of no series held on days months apart is one node per group;
- a press conference or a briefing is no event;
- two names of no series for one gathering (the same days, most of their words) are one event.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from kg.names import gathering_words, tokens
from kg.namespaces import DMR, slug

GAP = 3  # days between two meetings of one edition (a summit's days, its eve, time zones)
AHEAD = 3  # days before a dated edition's start a meeting may still be at it (arrivals, eves)
LEAD = 45  # days either side of a dated edition in which the series holds no other edition
# words of a summit's programme: any series explains them ("APEC Dinner", "Welcome Reception")
PROGRAMME = frozenset(
    "dinner lunch luncheon breakfast reception retreat dialogue roundtable welcome working gala "
    "plenary special opening closing ceremony".split()
)
# a press conference or a briefing is no event a meeting is held at ("the Press Conference")
PRESS = frozenset("press media news briefing briefings availability gaggle".split())
_PRESS_TOO = PRESS | frozenset("the a joint conference call remarks background".split())
_ORDINAL_GLUED = re.compile(r"^\d+(?:st|nd|rd|th)(?=[a-z])")  # "10thASEAN"

Meeting = tuple[date, str | None, str]  # (day, venue IRI, event IRI as the release names it)


@dataclass(frozen=True)
class Dated:
    """An edition the reference dates (and places, when it does)."""

    iri: str
    start: date
    end: date
    place: str


@dataclass(frozen=True)
class Group:
    """Meetings of one series or event on nearby days, and the edition node they are at (None: none)."""

    first: date
    last: date
    iri: str | None


def words(name: str) -> frozenset[str]:
    """The words of an event's name that say which gathering it is, an ordinal glued to a word cut off."""
    return gathering_words(" ".join(_ORDINAL_GLUED.sub("", t) for t in tokens(name)))


def press_event(name: str) -> bool:
    """Is an event's name a press conference's or a briefing's ("Joint Press Conference")?"""
    w = set(tokens(name))
    return bool(w & PRESS) and w <= _PRESS_TOO


def explains(series: frozenset[str], name: frozenset[str], known: frozenset[str] = frozenset()) -> bool:
    """Do the series' words explain a name's: all of the series' in it, and no more others than them
    (`known`: the words of all the series' names, "Shanghai Cooperation Organization" for "SCO")."""
    return bool(series) and series <= name and len(name - series - known - PROGRAMME) <= len(series)


def clusters(days: list[date], gap: int = GAP) -> list[tuple[date, date]]:
    """Runs of days no more than `gap` days apart, as (first, last), in date order."""
    out: list[tuple[date, date]] = []
    for d in sorted(set(days)):
        if out and (d - out[-1][1]).days <= gap:
            out[-1] = (out[-1][0], d)
        else:
            out.append((d, d))
    return out


def dated_editions(reference: dict) -> dict[str, list[Dated]]:
    """The reference's dated editions by series; a dated event of no series is its own one edition."""
    out: dict[str, list[Dated]] = defaultdict(list)
    for series, eds in reference["edition"].items():
        for e in sorted(eds):
            start, iri, place, end = (e.split("|") + [""])[:4]
            if len(start) == 10:
                out[series].append(Dated(iri, date.fromisoformat(start), _day(end, start), place))
    for iri, starts in reference["start"].items():
        if iri not in reference["series"] and len(min(starts)) == 10:
            start = date.fromisoformat(min(starts))
            out[iri].append(Dated(iri, start, _day(min(reference["end"].get(iri, {""})), min(starts)), ""))
    return out


def _day(text: str, default: str) -> date:
    return date.fromisoformat(text[:10] if len(text) >= 10 else default)


def at_dated(dated: list[Dated], day: date, venue: str | None, country: dict[str, str]) -> Dated | None:
    """The dated edition a meeting on `day` at `venue` is at: days from its eve to the day after its
    end, not in another country than its place; of two on those days, the one at the venue."""
    near = [
        d
        for d in dated
        if d.start - timedelta(days=AHEAD) <= day <= d.end + timedelta(days=1)
        and not (venue and d.place and country.get(venue, venue) != country.get(d.place, d.place))
    ]
    return min(near, key=lambda d: (d.place != venue, abs((d.start - day).days), d.iri), default=None)


def group_editions(
    key: str,
    meetings: list[Meeting],
    dated: list[Dated],
    country: dict[str, str],
    series: bool,
    label: str,
) -> tuple[list[Group], dict[str, tuple[str, str | None, str]]]:
    """The groups of a series' (or an event's) meetings left by its dated editions, and the editions
    minted for them: IRI -> (series, place, label)."""
    loose = [m for m in meetings if at_dated(dated, m[0], m[1], country) is None]
    runs = clusters([m[0] for m in loose])
    minted: dict[str, tuple[str, str | None, str]] = {}
    groups: list[Group] = []
    near = [
        any(
            d.start.year == first.year
            or (d.start - timedelta(days=LEAD) <= last and first <= d.end + timedelta(days=LEAD))
            for d in dated
        )
        for first, last in runs
    ]
    years = Counter(first.year for (first, _), n in zip(runs, near, strict=True) if not n)
    for (first, last), prepares in zip(runs, near, strict=True):
        if prepares:  # it prepares or follows an edition the reference dates (that year, or weeks away)
            groups.append(Group(first, last, None))
            continue
        if not series and (dated or len(runs) == 1):
            groups.append(Group(first, last, None if dated else key))
            continue
        alone = years[first.year] == 1
        tail = key.rsplit("/", 1)[-1]
        if series:
            iri = str(DMR[f"event/{slug(tail)}-{first.year if alone else first.isoformat()}"])
            name = f"{first.year} {label}" if alone else f"{label} of {first:%B %Y}"
        else:
            iri, name = f"{key}-{first.isoformat()}", f"{label} of {first:%B %Y}"
        venues = Counter(m[1] for m in loose if first <= m[0] <= last and m[1])
        place = next(iter(venues)) if len(venues) == 1 and sum(venues.values()) > 1 else None
        minted[iri] = (key, place, name)
        groups.append(Group(first, last, iri))
    return groups, minted


def edition_at(
    groups: list[Group], dated: list[Dated], day: date, venue: str | None, country: dict[str, str]
) -> tuple[bool, str | None]:
    """(found, the edition node) of a meeting on `day`: a dated edition, else its group's node."""
    d = at_dated(dated, day, venue, country)
    if d is not None:
        return True, d.iri
    near = [g for g in groups if g.first - timedelta(days=GAP) <= day <= g.last + timedelta(days=GAP)]
    if near:
        return True, min(near, key=lambda g: (abs((g.first - day).days), g.first)).iri
    return False, None


def same_gathering(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two names of one gathering: two words or more in common, half the shorter name's at least."""
    shared = a & b
    return len(shared) >= 2 and len(shared) * 2 >= min(len(a), len(b))


def spellings(names: dict[str, str], days: dict[str, list[date]]) -> dict[str, str]:
    """Events of no series named two ways for one gathering (held on the same days, most words in
    common): each IRI -> the IRI of its most used name."""
    order = sorted(names, key=lambda e: (-len(days[e]), e))
    sig = {e: words(names[e]) for e in order}
    canon: dict[str, str] = {}
    for i, a in enumerate(order):
        if a in canon:
            continue
        for b in order[i + 1 :]:
            if b in canon or not same_gathering(sig[a], sig[b]):
                continue
            if all(any(abs((x - y).days) <= 1 for y in days[a]) for x in days[b]):
                canon[b] = a
    return canon


def series_matcher(reference: dict, place_words: set[str]) -> dict[str, list[frozenset[str]]]:
    """The words of each reference series' names (an event with editions, or one dated by none)."""
    sigs: dict[str, list[frozenset[str]]] = defaultdict(list)
    for iri, names in reference["Event"].items():
        if iri not in reference["series"]:
            sigs[iri] += [w for n in names | reference["alt"].get(iri, set()) if n and (w := words(n))]
    return sigs


def best_series(sigs: dict[str, list[frozenset[str]]], name: str, place_words: set[str]) -> str | None:
    """The series whose words best explain an event's name (minus places), if any does."""
    sig = words(name) - place_words
    best = [(len(s), iri) for iri, ss in sigs.items() for s in ss if explains(s, sig, frozenset().union(*ss))]
    return max(best)[1] if best else None
