"""Accounts of one group's meeting that name different people of it (kg.reconcile.group_meetings).

Since eval/CONVENTIONS.md 25 a release telling a group's leaders' meeting ("… with G7 Leaders") lists
the group's member states but only the people it names: its publisher's own leader, a guest. Two
publishers' accounts of the meeting are one meeting by its states, day and mode and the people both
name; the look-alikes (another day, another mode, other people of a state, another group, two
leaders' call about a third state) stay apart.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kg.reconcile import Account, same_meeting
from kg.reconcile.identity import clusters
from tests.helpers import WHITE_HOUSE, publisher_release
from tests.test_reconcile import _cross_reported_urls

P = "https://w3id.org/dmkg/id/person/"
BIDEN, ZELENSKYY, PUTIN = P + "joseph-r-biden-jr", P + "volodymyr-zelenskyy", P + "vladimir-putin"
TOKAYEV, BLINKEN, KULEBA = P + "kassym-jomart-tokayev", P + "antony-j-blinken", P + "dmytro-kuleba"
BENNETT = P + "naftali-bennett"
NATION = {
    BIDEN: "US",
    ZELENSKYY: "UA",
    PUTIN: "RU",
    TOKAYEV: "KZ",
    BLINKEN: "US",
    KULEBA: "UA",
    BENNETT: "IL",
}
LEADERS = {BIDEN, ZELENSKYY, PUTIN, TOKAYEV, BENNETT}
HOME = {"The White House": "US", "President of Ukraine": "UA", "President of Russia": "RU", "Akorda": "KZ"}
G7 = {"US", "CA", "FR", "DE", "IT", "JP", "GB"}
CSTO = {"AM", "BY", "KG", "KZ", "RU", "TJ"}


def account(
    n: int, publisher: str, day: str, mode: str | None, people: set[str], states: set[str], **kw
) -> Account:
    """Release r<n>'s account of a meeting at which `states` take part, naming only `people`."""
    home = HOME[publisher]
    return Account(
        meeting=f"m{n}",
        release=f"r{n}",
        publisher=publisher,
        title=kw.pop("title", ""),
        released=date.fromisoformat(kw.pop("released", day)),
        date=date.fromisoformat(day),
        mode=mode,
        participants=frozenset(people),
        countries=frozenset(states | {NATION[p] for p in people}),
        nationality=tuple(sorted((p, NATION[p]) for p in people)),
        home=home,
        sides=frozenset(kw.pop("sides", {home})),
        leaders=frozenset(people & LEADERS),
        **kw,
    )


def meetings(accounts: list[Account]) -> list[set[str]]:
    return [{a.meeting for a in g} for g in clusters(accounts)]


def test_two_publishers_accounts_of_a_groups_call_naming_each_its_own_leader_are_one_meeting():
    wh = account(
        1, "The White House", "2022-05-08", "Video", {BIDEN, ZELENSKYY}, G7 | {"UA"}, sides={"US", "UA"}
    )
    ua = account(2, "President of Ukraine", "2022-05-08", "Video", {ZELENSKYY}, G7)
    assert same_meeting(wh, ua)
    # a day apart across time zones too
    assert same_meeting(wh, replace(ua, date=date(2022, 5, 9), released=date(2022, 5, 9)))
    # a summit of a group neither of whose accounts names the other's leader
    kremlin = account(3, "President of Russia", "2022-11-23", "InPerson", {PUTIN}, CSTO)
    akorda = account(4, "Akorda", "2022-11-23", "InPerson", {TOKAYEV}, CSTO)
    assert same_meeting(kremlin, akorda)


def test_a_plan_and_the_groups_meeting_one_publisher_told_are_one_meeting():
    plan = account(
        1, "The White House", "2021-08-24", "Video", {BIDEN}, G7, status="Planned", released="2021-08-22"
    )
    held = account(2, "The White House", "2021-08-24", "InPerson", {BIDEN}, G7)
    assert meetings([plan, held]) == [{"m1", "m2"}]


def test_a_mention_of_the_groups_call_with_some_of_its_people_joins_the_other_publishers_account():
    ua = account(1, "President of Ukraine", "2022-05-08", "Video", {ZELENSKYY}, G7)
    told = account(
        2,
        "The White House",
        "2022-05-08",
        None,
        {BIDEN, ZELENSKYY},
        set(),
        mentioned=True,
        sides={"US", "UA"},
    )
    assert same_meeting(ua, told)


def test_look_alikes_of_a_groups_meeting_stay_apart():
    wh = account(
        1, "The White House", "2022-05-08", "Video", {BIDEN, ZELENSKYY}, G7 | {"UA"}, sides={"US", "UA"}
    )
    ua = account(2, "President of Ukraine", "2022-05-08", "Video", {ZELENSKYY}, G7)
    # two days apart, or in person against a call
    assert not same_meeting(wh, replace(ua, date=date(2022, 5, 10), released=date(2022, 5, 10)))
    assert not same_meeting(wh, replace(ua, mode="InPerson"))
    # other people of a state both name: the group's foreign ministers, not its leaders
    ministers = account(3, "President of Ukraine", "2022-05-08", "Video", {KULEBA, BLINKEN}, G7 | {"UA"})
    assert not same_meeting(wh, ministers)
    # another group the same day
    kremlin = account(4, "President of Russia", "2022-05-08", "Video", {PUTIN}, CSTO)
    assert not same_meeting(kremlin, account(5, "Akorda", "2022-05-08", "Video", {TOKAYEV}, G7 | {"KZ"}))


def test_two_leaders_call_about_a_third_state_is_no_groups_call_for_a_mention():
    # a Kremlin readout of a call with Israel's Prime Minister listing Ukraine (its subject) among its states
    call = account(
        1, "President of Russia", "2022-03-07", "Phone", {PUTIN, BENNETT}, {"UA"}, sides={"RU", "IL"}
    )
    told = account(
        2,
        "President of Ukraine",
        "2022-03-08",
        None,
        {ZELENSKYY, BENNETT},
        set(),
        mentioned=True,
        sides={"UA", "IL"},
    )
    assert not same_meeting(call, told)


def test_a_statement_that_the_leaders_met_is_the_video_conference_the_other_publisher_tells():
    """A group's statement read as in person only because its leaders "met" a guest (`met_only`: no
    place, no visit) and the guest's side's video conference of the same states the same day: one
    meeting. Said in person, another day, by one publisher, or of other states: apart."""
    ua = account(1, "President of Ukraine", "2022-05-08", "Video", {ZELENSKYY}, G7)
    met = account(2, "The White House", "2022-05-08", "InPerson", {BIDEN, ZELENSKYY}, G7, met_only=True)
    assert same_meeting(met, ua) and same_meeting(ua, met)
    assert not same_meeting(replace(met, met_only=False), ua)  # "met today in Berlin"
    assert not same_meeting(met, replace(ua, date=date(2022, 5, 9), released=date(2022, 5, 9)))
    assert not same_meeting(met, replace(ua, publisher="The White House", home="US", release="r3"))
    assert not same_meeting(met, account(4, "President of Ukraine", "2022-05-08", "Video", {ZELENSKYY}, CSTO))


def test_a_groups_statement_naming_only_its_guest_joins_the_groups_meeting_of_that_day():
    """ "We, the Leaders of the G7, met today with President X": the statement names the guest only (its
    own leader is among "We"), and lists no state but the guest's and its publisher's. It is the group's
    meeting the fact sheet and the next day's briefing tell, not a talk of the two sides. Another day,
    another gathering, a title that is no leaders' statement, a statement naming its own leader, or a
    meeting of two states stay apart."""
    wh = "The White House"
    statement = account(
        1, wh, "2022-05-08", "Video", {ZELENSKYY}, {"US"}, title="G7 Leaders' Statement", sides={"US", "UA"}
    )
    fact_sheet = account(
        2,
        wh,
        "2022-05-08",
        "Video",
        {BIDEN, ZELENSKYY},
        G7 | {"UA"},
        sides={"US", "UA"},
        gathering=frozenset({"g7", "group", "seven"}),
    )
    told = account(
        3,
        wh,
        "2022-05-08",
        None,
        {BIDEN, ZELENSKYY},
        G7 | {"UA"},
        sides=G7 | {"UA"},
        mentioned=True,
        recent=True,
        released="2022-05-09",
    )
    assert meetings([statement, fact_sheet, told]) == [{"m1", "m2", "m3"}]
    assert same_meeting(statement, told) and same_meeting(told, statement)
    two_leaders = account(4, wh, "2022-05-08", "Phone", {BIDEN, ZELENSKYY}, set(), sides={"US", "UA"})
    for other in (
        replace(statement, date=date(2022, 5, 9), released=date(2022, 5, 9)),
        replace(statement, title="Statement on Ukraine"),
        replace(statement, title="NATO Leaders' Statement"),
        replace(
            statement,
            participants=frozenset({BIDEN, ZELENSKYY}),
            nationality=((BIDEN, "US"), (ZELENSKYY, "UA")),
        ),
    ):
        assert not same_meeting(other, fact_sheet), other.title
    # the two leaders' own call that day stays another meeting (the group's accounts keep it apart)
    assert sorted(map(sorted, meetings([statement, fact_sheet, told, two_leaders]))) == [
        ["m1", "m2", "m3"],
        ["m4"],
    ]
    # the guest's meeting with leaders of other states, without the publisher's
    ua = "President of Ukraine"
    assert not same_meeting(statement, account(5, ua, "2022-05-08", "Video", {ZELENSKYY}, {"PL", "LT", "EE"}))


# --- on releases: one publisher's readout and the group's statement of one call ------------------------


def test_a_readout_and_the_groups_statement_of_its_call_are_one_event(tmp_path):
    """The readout names the President and a guest, the statement its "We, the Leaders": both list the
    group's states, and the readout is not read as a talk of two sides (its publisher's and the guest's)."""
    readout = publisher_release(
        WHITE_HOUSE,
        "wh-g7-readout",
        "2023-12-06",
        "Readout of President Biden's Virtual Meeting with G7 Leaders",
        "Today, President Biden met virtually with G7 Leaders to discuss support for Ukraine. Ukrainian "
        "President Volodymyr Zelenskyy joined the beginning of the virtual meeting.",
    )
    statement = publisher_release(
        WHITE_HOUSE,
        "wh-g7-statement",
        "2023-12-06",
        "G7 Leaders' Statement",
        "We, the Leaders of the Group of Seven (G7), met virtually today with President Volodymyr Zelenskyy "
        "of Ukraine. We reaffirm our unwavering support for Ukraine.",
    )
    events = _cross_reported_urls(tmp_path, [readout, statement])
    assert [sorted(u.rsplit("/", 1)[-1] for u in e) for e in events] == [["wh-g7-readout", "wh-g7-statement"]]
