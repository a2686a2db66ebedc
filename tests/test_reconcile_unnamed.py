"""A release on its own leader's meeting that never names him (issue 17, audit of session 14).

"Background Press Call by a Senior Administration Official on the President's Call with Russian
President Vladimir Putin" ("the call between the two presidents was professional") names Putin and
no one of the US side; the readout and the Kremlin's release name both presidents. One meeting: the
unnamed side is the publisher's own leader. Not another day, another mode, another foreign leader, nor
a release naming a foreign minister (officials of its own met him, not its leader).
"""

from __future__ import annotations

from dataclasses import replace

from kg.reconcile import same_meeting
from kg.reconcile.unnamed import own_side_unnamed
from tests.test_reconcile_pairs import BIDEN, BLINKEN, MACRON, PUTIN, account, meetings

WH, KREMLIN = "The White House", "President of Russia"
TITLE = "Background Press Call by a Senior Administration Official on the President's Call with Putin"


def _briefing(**kw):
    return account(
        1,
        WH,
        "2022-02-12",
        "Phone",
        {PUTIN},
        sides={"US", "RU"},
        leaders=frozenset({PUTIN}),
        title=TITLE,
        **kw,
    )


def test_a_briefing_naming_only_the_foreign_leader_joins_both_sides_accounts_of_the_call():
    briefing = _briefing()
    readout = account(2, WH, "2022-02-12", "Phone", {BIDEN, PUTIN}, leaders=frozenset({BIDEN, PUTIN}))
    kremlin = account(3, KREMLIN, "2022-02-12", "Phone", {BIDEN, PUTIN}, leaders=frozenset({BIDEN, PUTIN}))
    assert own_side_unnamed(briefing, "US", readout) and not own_side_unnamed(briefing, "RU", readout)
    assert same_meeting(briefing, readout) and same_meeting(kremlin, briefing)
    assert meetings([briefing, readout, kremlin]) == [{"m1", "m2", "m3"}]


def test_a_briefing_naming_only_the_foreign_leader_stays_apart_from_look_alikes():
    briefing = _briefing()
    both = {BIDEN, PUTIN}
    leaders = frozenset(both)
    assert not same_meeting(
        briefing, account(2, WH, "2022-02-13", "Phone", both, leaders=leaders)
    )  # next day
    assert not same_meeting(briefing, account(3, KREMLIN, "2022-02-12", "InPerson", both, leaders=leaders))
    macron = account(4, WH, "2022-02-12", "Phone", {BIDEN, MACRON}, leaders=frozenset({BIDEN, MACRON}))
    assert not same_meeting(briefing, macron)  # another foreign leader
    # the other account names no leader of the unnamed side (the Secretary of State's call)
    assert not same_meeting(
        briefing, account(5, KREMLIN, "2022-02-12", "Phone", {BLINKEN, PUTIN}, leaders=frozenset({PUTIN}))
    )
    # the foreign side named is no leader (a foreign minister met by unnamed officials)
    minister = replace(briefing, leaders=frozenset())
    assert not same_meeting(minister, account(6, WH, "2022-02-12", "Phone", both, leaders=leaders))
    # a meeting mentioned in passing is matched by its own rules, not as its release's own meeting
    assert not own_side_unnamed(
        replace(briefing, mentioned=True), "US", account(7, WH, "2022-02-12", "Phone", both, leaders=leaders)
    )
