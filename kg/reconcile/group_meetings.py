"""Accounts of one group's meeting (three states or more) that name different people of it.

A release telling a group's leaders' meeting ("… with G7 Leaders", "a video conference of the leaders
of the G7") gives the group's member states, but of its leaders only those it names: its publisher's
own, a guest, one addressed by name (eval/CONVENTIONS.md 25). Two publishers' accounts of the meeting
then name different people; what they share is the states at it (the countries each lists, with its
people's and its publisher's), the gathering they name, the day and the mode, and the people both
name of a state. Two meetings of overlapping groups stay apart by their states (the G7 and NATO the
same day), by the people of a state (two leaders' call and the group's), or by heads of state or
government each names of a state the other's meeting is without. Their modes agree, except that a
group's statement that its leaders "met" a guest (saying nowhere where) is no contradiction of the
guest's side's video conference the same day (`each_its_own_part`). Whether a release brings a
member by the group's name or names its leader depends on its wording, not on the meeting: one
publisher's two releases of the meeting are compared on what both say (`listed_by_both`,
`mention_part`), not on the members one of them lists without their leaders.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.names import gathering_words
from kg.reconcile.accounts import Account

GROUP_OVERLAP = 0.75  # of the states two accounts of one group's meeting name (Jaccard)
GROUP = 3  # states: a group's meeting has this many or more
# a title telling what a group's leaders say or did ("G7 Leaders' Statement", "Joint Statement of the
# Leaders of …")
LEADERS_TITLE = re.compile(r"(?i)\bleaders\b")


def people_states(a: Account) -> frozenset[str]:
    """The states of an account's people, with its publisher's."""
    return frozenset({iso for _, iso in a.nationality} | ({a.home} if a.home else set()))


def group_states(a: Account) -> frozenset[str]:
    """The states at an account's meeting: the countries it lists (a group's members, whose leaders
    it need not name), its people's and its publisher's."""
    return a.countries | people_states(a)


def leader_states(a: Account) -> frozenset[str]:
    """The states of the heads of state or government an account names."""
    return frozenset(iso for p, iso in a.nationality if p in a.leaders)


def same_states(a: Account, b: Account) -> bool:
    """Both are meetings of three states or more, mostly the same ones."""
    sa, sb = group_states(a), group_states(b)
    return min(len(sa), len(sb)) >= GROUP and len(sa & sb) >= GROUP_OVERLAP * len(sa | sb)


def same_people(a: Account, b: Account) -> bool:
    """Every state both name people of has the same people in both."""
    shared = a.participants & b.participants
    both = {iso for _, iso in a.nationality} & {iso for _, iso in b.nationality}
    return all(a.people_of(s) & b.people_of(s) & shared for s in both)


def other_leaders(a: Account, b: Account) -> bool:
    """Each names heads of state or government of states not at the other's meeting: two meetings of
    overlapping groups (the G7 leaders with Ukraine's, and the allies of the eastern flank)."""
    return bool(leader_states(a) - group_states(b)) and bool(leader_states(b) - group_states(a))


def other_gatherings(a: Account, b: Account) -> bool:
    """Both name the gathering they are at, and not the same one."""
    return bool(a.gathering and b.gathering and not a.gathering & b.gathering)


def listed_by_both(a: Account, b: Account, state: str) -> bool:
    """A state two accounts of a group's meeting (three states or more each) both list, named people of
    by neither, or only by one listing the group's leaders (people of three states or more): a member
    one account brings by the group's name (eval/CONVENTIONS.md 25) and the other names the leader of,
    or neither does. What one says more is no difference ("spoke with our G7 partners and President
    Zelenskyy" and the statement naming the G7 leaders who met him)."""
    if not (state in a.countries and state in b.countries):
        return False
    if min(len(group_states(a)), len(group_states(b))) < GROUP:
        return False
    return all(len({iso for _, iso in x.nationality}) >= GROUP for x in (a, b) if x.people_of(state))


def mention_part(mention: Account, other: Account) -> bool:
    """A meeting mentioned in passing, one per counterpart ("I spoke with Macron and Scholz"), that can
    be a part of the other account's meeting: the sides it names are among the other's, or, a group's
    meeting ("spoke with our G7 partners yesterday and President Zelenskyy"), all of its states are at
    the other's group meeting, whatever states the other's title names ("… with President Zelenskyy")."""
    if not mention.mentioned:
        return False
    return mention.sides < other.sides or (
        len(mention.sides) >= GROUP
        and len(group_states(other)) >= GROUP
        and mention.sides <= group_states(other)
    )


def one_group_meeting(a: Account, b: Account) -> bool:
    """Two accounts of one meeting of a group, whatever people each names (modes and days are the
    caller's): the same states, the same people of each state both name people of, no other gathering
    nor other leaders. Or a meeting one release mentions in passing with some of the group's members
    ("President Biden also spoke with our G7 partners and President Zelenskyy"), all of whose states
    are at the other's group meeting of two states more or besides, with a person of it the other
    names too."""
    if other_gatherings(a, b) or other_leaders(a, b) or not same_people(a, b):
        return False
    if same_states(a, b):
        return True
    for m, g in ((a, b), (b, a)):
        if (
            m.mentioned
            and not g.mentioned
            and len(m.sides) >= 2
            and group_states(m) <= group_states(g)
            and len(group_states(g) - group_states(m)) >= 2  # a group's, not two leaders' call on a third
            and m.participants & g.participants
        ):
            return True
    return False


def each_its_own_part(a: Account, b: Account, gap: int) -> bool:
    """Two publishers' own accounts of one group's meeting the same day, one by video or phone, the
    other in person only because its leaders "met" ("We, the Leaders of the G7, met today with President
    Zelenskyy", saying nowhere where): a statement's "met" is no contradiction of the video conference
    the other side tells, when they are the same states' meeting. Said in person (a visit, a summit's
    venue, face to face), it stays another meeting."""
    remote = {"Phone", "Video"}
    return (
        gap == 0
        and a.publisher != b.publisher
        and not (a.mentioned or b.mentioned or a.status != "Held" or b.status != "Held")
        and any(x.mode == "InPerson" and x.met_only and y.mode in remote for x, y in ((a, b), (b, a)))
        and same_states(a, b)
    )


def guest_of_group(a: Account, b: Account, gap: int) -> bool:
    """A group's leaders' own account of their meeting with a guest that names the guest only ("We, the
    Leaders of the G7, met today with President X", its publisher's leader among "We"), and an account
    of a group's meeting of three states or more the same day that has the guest, with the guest's
    state and the publisher's: one meeting. Not when the other names its gathering and the title
    names another; not a talk one of the leaders had with the guest (it names its publisher's people)
    nor a meeting without the publisher's state (modes are the caller's)."""
    for stated, group in ((a, b), (b, a)):
        if (
            gap == 0
            and not stated.mentioned
            and stated.status == group.status == "Held"
            and bool(LEADERS_TITLE.search(stated.title))
            and bool(stated.participants)
            and stated.participants <= group.participants
            and not stated.people_of(stated.home or "")
            and len(group_states(group)) >= GROUP
            and stated.sides <= group_states(group)
            and (not group.gathering or bool(gathering_words(stated.title) & group.gathering))
        ):
            return True
    return False


def as_gathering(a: Account) -> Account:
    """An account whose title names no counterpart, with the sides of its people: three states or more
    ("Quad Leaders' Summit Fact Sheet"), or the one state besides its publisher's of a held meeting at
    no summit ("Background Press Call on the President's Meetings at NATO" telling his talks with the
    Secretary General), to be matched with the accounts naming them."""
    if len(a.sides) >= 2:
        return a
    states = {iso for _, iso in a.nationality} | ({a.home} if a.home else set())
    bilateral = (
        len(states) == 2
        and a.status == "Held"
        and not (a.mentioned or a.gathering or a.facts.get("sidelinesOf"))
    )
    return replace(a, sides=frozenset(states)) if len(states) >= 3 or bilateral else a
