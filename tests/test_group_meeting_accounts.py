"""Every account of one group's meeting is one distinct meeting, whichever way its release tells who was
there: naming the group ("spoke with our G7 partners"), whose members then take part without their
leaders named (eval/CONVENTIONS.md 25), or listing its leaders. Reconciliation compares the accounts on
what both say: a member state one lists by the group's name and the other names the leader of is no
difference (kg.reconcile.group_meetings). A leader's call on the day of a group's call keeps its own
participants. Invented releases, ingested into a store and reconciled."""

from __future__ import annotations

from dataclasses import replace

from kg.extract import extract
from kg.reconcile import same_meeting
from tests.helpers import UKRAINE, WHITE_HOUSE, publisher_release, reported_meetings, reported_together
from tests.test_reconcile_group_meetings import BIDEN, G7, ZELENSKYY, account

P = "https://w3id.org/dmkg/id/person/"
MACRON = P + "emmanuel-macron"

# a briefing the next day mentioning the group's call by the group's name
BRIEFING = publisher_release(
    WHITE_HOUSE,
    "briefing",
    "2022-05-09",
    "Press Briefing by the Press Secretary, May 9, 2022",
    "Good afternoon. President Biden also spoke with our G7 partners yesterday and President Zelenskyy "
    "about our collective response to the war. We will have more to say on sanctions this week.",
)
# a fact sheet telling it by the group's name too
SHEET = publisher_release(
    WHITE_HOUSE,
    "sheet",
    "2022-05-08",
    "FACT SHEET: United States and G7 Partners Impose Costs on Russia",
    "Today, President Biden met virtually with G7 Leaders and President Zelenskyy of Ukraine to discuss "
    "the war. The G7 will ban imports of Russian oil.",
)
# a statement listing the leaders who met
LISTED = publisher_release(
    WHITE_HOUSE,
    "listed",
    "2022-05-08",
    "Statement on the Leaders' Meeting with President Zelenskyy",
    "Today, President Biden, Prime Minister Trudeau, President Macron, Chancellor Scholz, Prime Minister "
    "Draghi, Prime Minister Kishida and Prime Minister Johnson met virtually with President Zelenskyy of "
    "Ukraine.",
)
# the guest's side, naming the group
GUEST = publisher_release(
    UKRAINE,
    "guest",
    "2022-05-08",
    "Volodymyr Zelenskyy took part in a meeting of the G7 leaders",
    "President of Ukraine Volodymyr Zelenskyy took part in an online meeting of the G7 leaders. He "
    "thanked the partners for their support.",
)


def test_a_group_named_brings_its_members_to_every_account_alike():
    for doc in (BRIEFING, SHEET, LISTED, GUEST):
        (meeting,) = extract(doc).meetings
        assert G7 | {"UA"} == {c.props.get("iso", c.key) for c in meeting.countries}, doc.identifier


def test_two_releases_of_one_group_meeting_naming_the_group_or_listing_its_leaders_are_one(tmp_path):
    for docs in ([BRIEFING, SHEET], [BRIEFING, LISTED], [SHEET, LISTED]):
        folder = tmp_path / "-".join(d.identifier for d in docs)
        assert reported_together(folder, docs) == [sorted(d.identifier for d in docs)]


def test_two_publishers_accounts_naming_the_group_or_listing_its_leaders_are_one(tmp_path):
    for docs in ([SHEET, GUEST], [LISTED, GUEST]):
        folder = tmp_path / "-".join(d.identifier for d in docs)
        assert reported_together(folder, docs) == [sorted(d.identifier for d in docs)]
    everyone = [BRIEFING, SHEET, LISTED, GUEST]
    assert reported_together(tmp_path / "all", everyone) == [sorted(d.identifier for d in everyone)]


def test_a_mention_of_one_leader_is_no_part_of_the_group_meeting_of_that_day():
    """A mention naming two states' leaders ("spoke with President Macron") stays apart from the group's
    meeting its release lists France at by the group's name: one leader's talk is not the group's."""
    group = replace(
        account(1, "The White House", "2022-05-08", "Video", {BIDEN, ZELENSKYY}, G7 | {"UA"}),
        sides=frozenset({"US", "UA"}),
    )
    nation = dict(group.nationality) | {MACRON: "FR"}
    talk = replace(
        group,
        meeting="m2",
        release="r2",
        mentioned=True,
        participants=frozenset({BIDEN, MACRON}),
        countries=frozenset({"US", "FR"}),
        nationality=tuple(sorted((p, nation[p]) for p in (BIDEN, MACRON))),
        sides=frozenset({"US", "FR"}),
        leaders=frozenset({BIDEN, MACRON}),
    )
    assert not same_meeting(group, talk) and not same_meeting(talk, group)


# a leader's call and a group's call the same day, each reported, and a briefing on both
CALL = publisher_release(
    WHITE_HOUSE,
    "call",
    "2021-12-09",
    "Readout of President Biden's Call with President Zelenskyy of Ukraine",
    "President Joseph R. Biden, Jr. spoke today with President Volodymyr Zelenskyy of Ukraine. They "
    "discussed Russia's military buildup on Ukraine's borders.",
)
CALL_UA = publisher_release(
    UKRAINE,
    "call-ua",
    "2021-12-09",
    "Volodymyr Zelenskyy had a phone conversation with Joseph Biden",
    "President of Ukraine Volodymyr Zelenskyy had a phone conversation with President of the United "
    "States Joseph Biden. They discussed security in the region.",
)
GROUP_CALL = publisher_release(
    WHITE_HOUSE,
    "group-call",
    "2021-12-09",
    "Readout of President Biden's Call with the Leaders of the Bucharest Nine",
    "Today, President Biden spoke with the leaders of the Bucharest Nine eastern flank NATO Allies. The "
    "leaders discussed Russia's military buildup.",
)
BOTH_CALLS = publisher_release(
    WHITE_HOUSE,
    "both-calls",
    "2021-12-09",
    "Background Press Call by a Senior Administration Official on President Biden's Calls with "
    "President Zelenskyy and European Leaders",
    "SENIOR ADMINISTRATION OFFICIAL: Thanks, everyone. Happy to give a readout of the two calls the "
    "President made today.\n\nThe President spoke with President Zelenskyy of Ukraine for about 90 "
    "minutes. They discussed Russia's buildup on the border.\n\nSimilarly, the President spoke today with "
    "the B9, the Bucharest Nine. This is our group of eastern flank allies.",
)


def test_a_call_with_one_leader_on_the_day_of_a_group_call_keeps_its_own_participants(tmp_path):
    (meeting,) = reported_meetings(BOTH_CALLS)
    assert {"US", "UA"} == {c.props.get("iso", c.key) for c in meeting.countries}
    # the briefing joins the call both sides reported, not the group's call
    events = reported_together(tmp_path, [CALL, CALL_UA, GROUP_CALL, BOTH_CALLS])
    assert events == [["both-calls", "call", "call-ua"]]
