"""Identity: which accounts are of one and the same meeting.

Accounts match when their dates agree (within a day across publishers, the same day within one,
except a press conference's transcript dated the day after the talks), their releases are news of
the meeting (published within days after it, or announcing it), their modes agree (phone and video
are both calls; a publisher never contradicts itself, but a plan may change), they have the same two
or more sides (publisher's country + countries named by the title, or a meeting's own lead sentence
in a release reporting several or under a title naming no counterpart; a gathering's title naming
none takes the states of its people) and share the people of every side both name (a side a mention
names by office only, "his Ukrainian counterpart", takes the other's people of it). A planned
account joins the held meeting it announced (the same day, also a preview naming nobody of a side; a
trip's announcement, a readout of one of its meetings on a day of the trip, kg.reconcile.trips);
a meeting mentioned in passing, one per counterpart, joins the meeting or group call it is a part of.
Accounts whose titles name no counterpart state (a summit, a group's call) match when they name
mostly the same people, or the same summit or session (each publisher telling its own leader's
part), or list mostly the same states of a group whose leaders each names only in part
(kg.reconcile.group_meetings); accounts of a summit of a state with an organization match whoever each
names for the organization (kg.reconcile.org_summits). A release its publisher posted twice (the same
title the same day, the same people) is one meeting whatever its title names. Clusters are grown
greedily, best pairs first (a plan and the held meeting it announced before two governments' plans),
with every pair in a cluster compatible and one account per release (a release's mentions may be parts
of one group call; two announcements of a held meeting need only match its held accounts).
"""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import date, timedelta

from kg.reconcile.accounts import Account
from kg.reconcile.briefings import asked_after
from kg.reconcile.day_after import conference_after, told_later
from kg.reconcile.group_meetings import (
    as_gathering,
    each_its_own_part,
    group_states,
    guest_of_group,
    listed_by_both,
    mention_part,
    one_group_meeting,
)
from kg.reconcile.org_summits import MET_WITH, one_pair_summit
from kg.reconcile.trips import days_announced, plan_of_trip
from kg.reconcile.unnamed import side_unnamed

DAY_TOLERANCE = 1  # accounts from different publishers may be a day apart (time zones, "yesterday")
PUBLISHED_WITHIN = (3, 1)  # a held account's meeting lies at most 3 days before / 1 day after its release
# a planned account's meeting lies at most this many days after its release (a state visit is announced
# two or three months ahead)
ANNOUNCED_WITHIN = 90
REMOTE = {"Phone", "Video"}
COUNTERPART = re.compile(r"(?i)\bcounterparts?\b")
SHORT_SUMMIT = 3  # days: a summit's edition this short is one meeting; a longer conference has sessions


def modes_agree(a: Account, b: Account) -> bool:
    return a.mode is None or b.mode is None or a.mode == b.mode or {a.mode, b.mode} <= REMOTE


def plan_and_meeting(a: Account, b: Account, gap: int) -> bool:
    """An announcement and the meeting it announced (or another announcement of it), the same day: the
    plan's mode is no contradiction (a visit held virtually when a leader fell ill; a background call's
    "meeting" previewing what the readout and the other preview call a video call)."""
    return gap == 0 and "Planned" in (a.status, b.status)


def _plan(a: Account, b: Account) -> Account:
    """Of an announcement and the meeting it announced, the announcement."""
    return a if a.status == "Planned" else b


def _plan_sides_agree(a: Account, b: Account, gap: int) -> bool:
    """A plan and its meeting whose titles differ by a state none of the people of either belongs to
    ("… Meeting with Cardinal Matteo Zuppi of the Holy See", the announcement naming the cardinal
    only): the sides of their people (and publishers) are the same."""
    if not plan_and_meeting(a, b, gap):
        return False
    people = _people_states(a) | _people_states(b)
    return a.sides & people == b.sides & people and len(a.sides & people) >= 2


def prompt(a: Account) -> bool:
    """Is the meeting the release's news (not an old meeting it recalls, nor a distant plan)?"""
    if a.released is None:
        return True
    if a.status == "Planned":
        return a.released - timedelta(days=1) <= a.date <= a.released + timedelta(days=ANNOUNCED_WITHIN)
    before, after = PUBLISHED_WITHIN
    return a.released - timedelta(days=before) <= a.date <= a.released + timedelta(days=after)


def same_meeting(a: Account, b: Account) -> bool:
    """Are two accounts, from two releases, of one and the same meeting?"""
    if a.release == b.release or not (prompt(a) and prompt(b)):
        return False
    if plan_of_trip(a, b):
        return True  # a trip's announcement and a meeting it announced (kg.reconcile.trips)
    same_publisher = a.publisher == b.publisher
    gap = abs((a.date - b.date).days)
    both_held = a.status == b.status == "Held"
    if gap > (
        0
        if same_publisher
        and both_held
        and not (conference_after(a, b) or told_later(a, b) or asked_after(a, b))
        else DAY_TOLERANCE
    ) and not one_summit(a, b):
        return False
    if _reposted(a, b, gap):
        return True
    if (modes_agree(a, b) or plan_and_meeting(a, b, gap)) and one_pair_summit(a, b, gap):
        return True  # a summit of a state with an organization, whoever each names for it
    if len(a.sides) < 2 and len(b.sides) < 2:
        return _same_gathering(a, b, same_publisher, gap) or _same_summit(a, b, same_publisher, gap)
    if min(len(a.sides), len(b.sides)) < 2 and _part_in_gathering(a, b, same_publisher, gap):
        return True
    if modes_agree(a, b) and guest_of_group(a, b, gap):
        return True  # a group's statement naming only the guest its leaders met, and that meeting
    if _group_and_talk(a, b):
        return False
    a, b = as_gathering(a), as_gathering(b)
    if not same_publisher and _same_group(a, b):
        return True
    if _mention_order(a, b) > _mention_order(b, a):
        a, b = b, a  # b is the mention, or of two mentions the one naming fewer sides (a symmetric test)
    # a meeting mentioned in passing is one per counterpart ("I spoke with Macron and Scholz"): it
    # can be a part of a group call the other account reports
    if min(len(a.sides), len(b.sides)) < 2 or not (
        a.sides == b.sides or mention_part(b, a) or _plan_sides_agree(a, b, gap)
    ):
        return False
    shared = a.participants & b.participants
    office_only = False  # a full account's side named by office only, matched by the other's people
    for s in b.sides:
        if by_office(b, s) and a.people_of(s):
            office_only |= not b.mentioned
            continue  # "Sullivan spoke with his Ukrainian counterpart": the other names him or her
        if by_office(a, s) and b.people_of(s) and not a.mentioned:
            office_only = True
            continue
        if side_unnamed(a, s, b) or side_unnamed(b, s, a):  # "the President's call with …"
            office_only = True
            continue
        if plan_and_meeting(a, b, gap) and not _plan(a, b).people_of(s):
            continue  # a preview names none of a side ("the German Chancellor's visit"): no conflict
        if listed_by_both(a, b, s):
            continue  # a group's member both list, one or neither naming its leader: they agree
        if not a.people_of(s) & b.people_of(s) & shared:
            return False  # both name the same principal(s) of every side
        ha, hb = a.people_of(s, headline=True), b.people_of(s, headline=True)
        if ha and hb and not ha & hb:
            return False  # the titles name different people of a side: an audience, then a meeting
    if modes_agree(a, b) or plan_and_meeting(a, b, gap):
        return True
    # In person against a call: two governments may frame one meeting differently (the Kremlin titles
    # the 7 December 2021 video call "Meeting with US President Joseph Biden"); accepted only across
    # publishers and on the same day, and when both name the people of every side.
    return not same_publisher and gap == 0 and not office_only


def _mention_order(a: Account, b: Account) -> tuple[bool, int, int]:
    """The mention first, of two mentions the one naming fewer sides, then of two mentions the one naming
    fewer people (a side one names by its office only, "our Secretary of State spoke with X", the other
    by name: `by_office` reads the mention's)."""
    both = a.mentioned and b.mentioned
    return (a.mentioned, -len(a.sides), -len(a.participants) if both else 0)


def _reposted(a: Account, b: Account, gap: int) -> bool:
    """One publisher's release posted twice (the same title the same day, "…-2"), its meeting told with
    the same people: one meeting, whatever sides its title names (a meeting with "Leaders of Caribbean
    Nations" names no state, and its people are of one)."""
    return (
        gap == 0
        and a.publisher == b.publisher
        and bool(a.title)
        and a.title == b.title
        and (a.status, a.participants, a.part) == (b.status, b.participants, b.part)
        and not (a.mentioned or b.mentioned)
        and modes_agree(a, b)
    )


def by_office(a: Account, side: str) -> bool:
    """A side a bilateral meeting names by office only, no one resolved ("Jake Sullivan spoke with his
    Ukrainian counterpart": no reference post holds the office), in a mention or in a full account
    naming the people of its other side ("Readout of National Security Advisor Jake Sullivan's Call
    with his Ukrainian counterpart")."""
    if len(a.sides) != 2 or a.people_of(side):
        return False
    # a full account's title names that side as the counterpart of its people's office (not "… held a
    # Zoom conference with American senators": other people of that state)
    return a.mentioned or (
        bool(COUNTERPART.search(a.title)) and all(a.people_of(s) for s in a.sides - {side})
    )


def _people_states(a: Account) -> set[str]:
    return {iso for _, iso in a.nationality} | ({a.home} if a.home else set())


def _same_group(a: Account, b: Account) -> bool:
    """Two publishers' accounts of one meeting of three states or more (a group's leaders' video
    conference), whatever their titles name ("… with G7 Leaders and President Zelenskyy", "… took part
    in a video conference of the leaders of the G7") and whichever of its people they name
    (kg.reconcile.group_meetings: mostly the same states, the same people of a state both name people
    of, no different gatherings), in agreeing modes."""
    return (modes_agree(a, b) or each_its_own_part(a, b, abs((a.date - b.date).days))) and one_group_meeting(
        a, b
    )


def _leader_states(a: Account) -> set[str]:
    return {iso for p, iso in a.nationality if p in a.leaders}


def _other_leaders(a: Account, b: Account) -> bool:
    """Each names heads of state or government of states the other names no one of: two meetings of
    overlapping groups (the G7 leaders with Ukraine's, and the allies of the eastern flank)."""
    sa, sb = _people_states(a), _people_states(b)
    return bool(_leader_states(a) - sb) and bool(_leader_states(b) - sa)


def _group_and_talk(a: Account, b: Account) -> bool:
    """A call of the leaders of three states or more (two or more besides the other account's) and a
    call of two states at no gathering, each its release's own account: two meetings, whatever the
    group account's title names ("Readout of … Virtual Meeting with G7 Leaders and President
    Zelenskyy" and the two presidents' call)."""
    for g, t in ((a, b), (b, a)):
        if (
            len(group_states(g)) >= 3  # its countries: a group's leaders it need not name (group_meetings)
            and len(group_states(g) - _people_states(t)) >= 2  # not one leader a readout speaks of
            and len(group_states(t)) == 2
            and {g.mode, t.mode} <= REMOTE  # two calls (in person, a press conference speaks of leaders)
            and not (g.mentioned or t.mentioned or t.gathering or t.facts.get("sidelinesOf"))
        ):
            return True
    return False


def _same_gathering(a: Account, b: Account, same_publisher: bool, gap: int) -> bool:
    """Two accounts whose titles name no counterpart state (a summit, a council session, a group's
    call): one meeting when they name mostly the same people (three or more, or two at the same
    event, or a plan and its meeting naming just them), the same day within one publisher, in agreeing
    modes; or when they are one group's meeting, whoever each names (kg.reconcile.group_meetings)."""
    shared = a.participants & b.participants
    smaller = min(len(a.participants), len(b.participants))
    plan = plan_and_meeting(a, b, gap)
    if (modes_agree(a, b) or plan or each_its_own_part(a, b, gap)) and one_group_meeting(a, b):
        return gap == 0 or not same_publisher
    if not shared or len(shared) / smaller < 0.6 or not (modes_agree(a, b) or plan) or _other_leaders(a, b):
        return False
    same_event = bool(set(a.facts.get("sidelinesOf", ())) & set(b.facts.get("sidelinesOf", ())))
    # two people (a leader and an organization's officer): at the same event, or a plan and its meeting
    # naming just them
    if len(shared) < 3 and not (
        (same_event or plan and a.participants == b.participants) and len(shared) >= 2
    ):
        return False
    return gap == 0 or not same_publisher


def one_summit(a: Account, b: Account) -> bool:
    """Two accounts at the same edition of a summit of a few days (its reference data gives the days)."""
    return (
        a.span is not None
        and a.span == b.span
        and (a.span[1] - a.span[0]).days <= SHORT_SUMMIT
        and same_gathering_words(a, b)
    )


def same_gathering_words(a: Account, b: Account) -> bool:
    """The two name the same summit or session: at least half the words of the shorter name."""
    shared = a.gathering & b.gathering
    return bool(shared) and len(shared) * 2 >= min(len(a.gathering), len(b.gathering))


def _same_summit(a: Account, b: Account, same_publisher: bool, gap: int) -> bool:
    """Each publisher's account of its own leader's part in one summit or session of several states
    (a leader by video at an in-person summit, the other leaders unnamed): one meeting when they name
    the same gathering on the same day, or on the days of one short edition (a two-day summit).
    Across publishers a day apart too, unless it is a long conference (a COP's sessions are days).
    A talk beside the summit with a counterpart of its own (one of a release's sideline meetings) is
    no leader's part in it."""
    if a.beside or b.beside or not same_gathering_words(a, b):
        return False  # another gathering (G7 and NATO the same day)
    if same_publisher and a.status == b.status == "Held" and not _same_talks(a, b):
        return False  # its leader's talks with someone there, and his part in the summit
    if gap == 0 or one_summit(a, b):
        return True
    # a day apart across publishers (time zones, a release after midnight), not at a long conference
    return not same_publisher and not any((s[1] - s[0]).days > SHORT_SUMMIT for s in (a.span, b.span) if s)


def _same_talks(a: Account, b: Account) -> bool:
    """Two of one publisher's releases at one summit: both its leader's part in it, or both his talks
    with the same people there (a title telling talks with someone, `MET_WITH`)."""
    talks = bool(MET_WITH.search(a.title)), bool(MET_WITH.search(b.title))
    if talks[0] != talks[1]:
        return False
    state = dict(a.nationality) | dict(b.nationality)
    return not talks[0] or {p for p in a.participants if state.get(p) != a.home} == {
        p for p in b.participants if state.get(p) != b.home
    }


def _part_in_gathering(a: Account, b: Account, same_publisher: bool, gap: int) -> bool:
    """A leader's part in one of the summits a record lists (kg.reconcile.parts) and an account of
    the summit itself whose title names a state ("G7 Leaders' Statement on Support for Ukraine"):
    one meeting when the other is a gathering by its people (three states or more, not a talk
    beside it) at the same summit, by `_same_summit`'s days. (Not any account naming no counterpart:
    a release of short talks on a summit's sidelines names none either.)"""
    part, other = (a, b) if len(a.sides) < 2 else (b, a)
    return (
        bool(part.part)
        and len(group_states(other)) >= 3  # its countries and people's (kg.reconcile.group_meetings)
        and not other.mentioned
        and _same_summit(part, other, same_publisher, gap)
    )


def _parts(a: Account, b: Account) -> bool:
    """Two counterparts one release mentions ("I spoke with Macron and Scholz"): parts of one group
    call when another release reports it; otherwise one account per release and meeting."""
    return a.release == b.release and a.mentioned and b.mentioned


def _announcements(a: Account, b: Account) -> bool:
    """Two releases' announcements of a meeting whose held accounts each matches: they need not match
    each other (one dated by its release alone, a preview days ahead, the other by the day it names)."""
    return a.status == b.status == "Planned" and a.release != b.release


def _news(a: Account) -> bool:
    """A held meeting a release mentions as the day's news: dated by "today", "yesterday", … to the
    release's day or the day before."""
    return a.recent and a.status == "Held" and a.released is not None and 0 <= (a.released - a.date).days <= 1


def _score(a: Account, b: Account) -> tuple:
    # two accounts stating one mode agree more than two stating none (two mentions in passing)
    mode = 2 if a.mode == b.mode and a.mode else 1 if modes_agree(a, b) else 0
    # two accounts of a held meeting, or one government's two plans, first; then a plan and the held
    # meeting it announced; then two governments' plans (each its own part in a conference, say)
    if a.status == b.status:
        status = 2 if a.status == "Held" or a.publisher == b.publisher else 0
    else:
        status = 1
    jp = len(a.participants & b.participants) / max(1, len(a.participants | b.participants))
    jc = len(a.countries & b.countries) / max(1, len(a.countries | b.countries))
    return (status, mode, int(a.date == b.date), round(jp + jc, 6))


def clusters(accounts: list[Account]) -> list[list[Account]]:
    """Every meeting as the group of its accounts (complete linkage, best pairs first), oldest first.

    An account no other matches is a group of its own, except a meeting only mentioned in passing:
    that one counts only with a release's full account of it, or when the mention dates it to the
    release's day or the day before ("Today I spoke with …"): the release's news, not a recollection."""
    by_day: dict[date, list[Account]] = defaultdict(list)
    for a in accounts:
        by_day[a.date].append(a)
    pairs = []
    for a in accounts:
        reach = max(DAY_TOLERANCE, days_announced(a)) if a.status == "Planned" else DAY_TOLERANCE
        for delta in range(0, reach + 1):
            for b in by_day.get(a.date + timedelta(days=delta), ()):
                if (
                    (delta or a.key < b.key)
                    and (delta <= DAY_TOLERANCE or plan_of_trip(a, b))  # later days: a trip's only
                    and same_meeting(a, b)
                ):
                    s = _score(a, b)
                    pairs.append((tuple(-x for x in s), min(a.key, b.key), max(a.key, b.key)))
    pairs.sort()
    index = {a.key: a for a in accounts}
    group: dict[str, list[Account]] = {}
    for _, x, y in pairs:
        gx, gy = group.get(x, [index[x]]), group.get(y, [index[y]])
        if gx is gy:
            continue
        held = any(a.status == "Held" for a in gx + gy)
        if not all(
            _parts(a, b) or held and _announcements(a, b) or same_meeting(a, b) for a in gx for b in gy
        ):
            continue
        merged = sorted(gx + gy, key=lambda a: a.key)
        for a in merged:
            group[a.key] = merged
    for a in accounts:
        if a.key not in group and (not a.mentioned or _news(a)):
            group[a.key] = [a]
    unique = {id(g): g for g in group.values() if not all(a.mentioned and not _news(a) for a in g)}
    return sorted(unique.values(), key=lambda g: (min(a.date for a in g), g[0].key))
