"""One publisher's account dated a day after its other account of the same meeting: the press
conference after talks, its transcript dated the next day, and a release about something else telling
the day before's meeting without naming a day (kg.reconcile.identity lets them be a day apart)."""

from __future__ import annotations

import re

from kg.reconcile.accounts import Account
from kg.reconcile.briefings import MEETING_TITLE

CONFERENCE = re.compile(r"(?i)\b(?:press|news) conference\b")


def conference_after(a: Account, b: Account) -> bool:
    """The press conference after talks, its transcript dated the next day ("News conference following
    Russian-French talks" of a late evening): one in-person meeting with the talks the day before."""
    later, earlier = (a, b) if a.date > b.date else (b, a)
    return (
        (later.date - earlier.date).days == 1
        and later.mode == earlier.mode == "InPerson"
        and later.released == later.date
        and bool(CONFERENCE.search(later.title))
    )


def told_later(a: Account, b: Account) -> bool:
    """A release about something else (an interview, a speech) telling, without naming a day, the
    meeting its publisher reported the day before: dated by its release alone, a day late. Not one
    whose title names its people ("Remarks by President Biden and President Yoon … at Osan Air
    Base": their meeting of that day)."""
    later, earlier = (a, b) if a.date > b.date else (b, a)
    return (
        (later.date - earlier.date).days == 1
        and later.undated
        and (later.mentioned or not later.headline)
        and not MEETING_TITLE.search(later.title)
    )
