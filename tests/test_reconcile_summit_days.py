"""The sessions of one summit on its consecutive days, reported by different publishers, are one event
(issue 17's open decision, settled by the key: its G20 entry holds the Kremlin's accounts of the two
working sessions of 30 and 31 October 2021 and the White House's of the 31st as one meeting).

A summit's edition whose days the reference data gives (at most a few days) is one meeting: every
publisher's account of its leader's part in any of its sessions joins it, whatever day each tells. What
stays apart is what is no session of it (issue 17's look-alikes): another gathering the same days (a summit
the host convenes beside it), talks beside it with a counterpart of their own, a session of a long
conference days apart (a COP's sessions are days of their own). Releases written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from tests.helpers import UKRAINE, WHITE_HOUSE, publisher_release, reported_together
from tests.test_reconcile_member_accounts import KREMLIN, release

FIRST = release(
    KREMLIN,
    "ru-g20-1",
    "2021-10-30",
    "G20 Summit",
    "Vladimir Putin took part, via videoconference, in the first working session of the G20 Summit. "
    "The President addressed the heads of delegations on the global economy and health.",
)
SECOND = release(
    KREMLIN,
    "ru-g20-2",
    "2021-10-31",
    "Second working session of the G20 Summit",
    "Vladimir Putin took part, via videoconference, in the second working session of the G20 Summit. "
    "The President spoke on climate change and energy.",
)
WH_G20 = publisher_release(
    WHITE_HOUSE,
    "wh-g20",
    "2021-10-31",
    "Remarks by President Biden at the G20 Summit Session on Climate Change",
    "President Biden spoke today at the G20 Summit session on climate change and sustainable development. "
    "He urged the leaders to act on methane.",
)


def test_two_days_sessions_of_one_summit_by_two_publishers_are_one_event(tmp_path: Path):
    assert reported_together(tmp_path, [FIRST, SECOND, WH_G20]) == [["ru-g20-1", "ru-g20-2", "wh-g20"]]


def test_another_gathering_beside_the_summit_stays_apart(tmp_path: Path):
    beside = publisher_release(
        WHITE_HOUSE,
        "wh-supply",
        "2021-10-31",
        "Remarks by President Biden at the Global Summit on Supply Chain Resilience",
        "President Biden hosted leaders today at the Global Summit on Supply Chain Resilience. "
        "He thanked them for joining.",
    )
    assert reported_together(tmp_path, [FIRST, SECOND, beside]) == [["ru-g20-1", "ru-g20-2"]]


def test_sessions_of_a_long_conference_days_apart_stay_apart(tmp_path: Path):
    """A COP runs two weeks: a leader's part on its first days and another's a week later are two
    meetings, though both name the conference."""
    early = publisher_release(
        WHITE_HOUSE,
        "wh-cop",
        "2021-11-01",
        "Remarks by President Biden at the COP26 Leaders Statement",
        "President Biden addressed the leaders at COP26 today. He spoke on the climate crisis.",
    )
    late = publisher_release(
        UKRAINE,
        "ua-cop",
        "2021-11-09",
        "Volodymyr Zelenskyy took part in COP26",
        "President of Ukraine Volodymyr Zelenskyy took part in a session of COP26 in Glasgow today. "
        "He spoke on the energy transition.",
    )
    assert reported_together(tmp_path, [early, late]) == []
