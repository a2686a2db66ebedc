"""One counted meeting per real meeting of a pair of leaders (issue 15): the identity rules that the
leader-pair check (tests/test_graph_integrity.py) needed, on plain accounts.

- a meeting a release mentions as the day's news ("Today I spoke with …") counts on its own;
- the per-counterpart mentions of a group call ("a joint call with Macron and Scholz") join it;
- a gathering's fact sheet, whose title names no state, joins the account naming its states;
- a press conference's transcript dated the day after the talks joins them;
- a leader only named in an official's meeting is not counted as its participant;
- an announcement joins its meeting held in another mode, or announced months ahead (a state visit),
  or with an organization's officer.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from kg.reconcile import Account, clusters, same_meeting
from kg.reconcile.entities import Resolution
from kg.reconcile.write import meeting_quads

P = "https://w3id.org/dmkg/id/person/"
BIDEN, MACRON, SCHOLZ = P + "joseph-r-biden-jr", P + "emmanuel-macron", P + "olaf-scholz"
YOON, KISHIDA, PUTIN = P + "yoon-suk-yeol", P + "fumio-kishida", P + "vladimir-putin"
ZELENSKYY, ERDOGAN = P + "volodymyr-zelenskyy", P + "recep-tayyip-erdogan"
SULLIVAN, KIM = P + "jake-sullivan", P + "kim-sung-han"
JILL, OLENA = P + "jill-biden", P + "olena-zelenska"
YERMAK, KULEBA, BLINKEN = P + "andriy-yermak", P + "dmytro-kuleba", P + "antony-j-blinken"
LAVROV = P + "sergey-lavrov"
NATION = {
    BIDEN: "US",
    MACRON: "FR",
    SCHOLZ: "DE",
    YOON: "KR",
    KISHIDA: "JP",
    PUTIN: "RU",
    ZELENSKYY: "UA",
    ERDOGAN: "TR",
    SULLIVAN: "US",
    KIM: "KR",
    JILL: "US",
    OLENA: "UA",
    YERMAK: "UA",
    KULEBA: "UA",
    BLINKEN: "US",
    LAVROV: "RU",
}
HOME = {"The White House": "US", "President of Russia": "RU", "President of Ukraine": "UA"}


def account(n: int, publisher: str, day: str, mode: str | None, people: set[str], **kw) -> Account:
    """An account of release r<n> (its sides: the publisher's state and its people's, unless given)."""
    home = HOME[publisher]
    return Account(
        meeting=f"m{n}",
        release=kw.pop("release", f"r{n}"),
        publisher=publisher,
        title=kw.pop("title", ""),
        released=date.fromisoformat(kw.pop("released", day)),
        date=date.fromisoformat(day),
        mode=mode,
        participants=frozenset(people),
        countries=frozenset(NATION[p] for p in people),
        nationality=tuple(sorted((p, NATION[p]) for p in people)),
        home=home,
        sides=frozenset(kw.pop("sides", {NATION[p] for p in people} | {home})),
        **kw,
    )


def meetings(accounts: list[Account]) -> list[set[str]]:
    return [{a.meeting for a in g} for g in clusters(accounts)]


def test_a_meeting_mentioned_as_the_days_news_counts_on_its_own():
    spoke = account(1, "President of Ukraine", "2022-03-17", None, {ZELENSKYY, ERDOGAN}, mentioned=True)
    # "During the day I spoke with … Erdoğan" in the evening address, or "Yesterday I spoke with …"
    assert meetings([replace(spoke, recent=True)]) == [{"m1"}]
    assert meetings([replace(spoke, recent=True, released=date(2022, 3, 18))]) == [{"m1"}]
    # "I met with Putin" in a speech: a recollection, counted only with a full account of it
    assert meetings([spoke]) == []
    # dated days before its release, or announced: not the day's news
    assert meetings([replace(spoke, recent=True, released=date(2022, 3, 20))]) == []
    assert meetings([replace(spoke, recent=True, status="Planned")]) == []


def test_the_mentions_of_a_group_call_join_the_call():
    call = account(1, "The White House", "2022-02-21", "Phone", {BIDEN, MACRON, SCHOLZ})
    # "President Biden held a joint call with President Macron and Chancellor Scholz": one release,
    # one mentioned meeting per counterpart
    macron = account(2, "The White House", "2022-02-21", "Phone", {BIDEN, MACRON}, mentioned=True)
    scholz = account(
        3, "The White House", "2022-02-21", "Phone", {BIDEN, SCHOLZ}, mentioned=True, release="r2"
    )
    assert same_meeting(call, macron) and same_meeting(scholz, call)
    assert meetings([call, macron, scholz]) == [{"m1", "m2", "m3"}]
    # a mention of another counterpart the same day is another call
    zelenskyy = account(4, "The White House", "2022-02-21", "Phone", {BIDEN, ZELENSKYY}, mentioned=True)
    assert not same_meeting(call, zelenskyy)


def test_a_gatherings_fact_sheet_joins_the_account_naming_its_states_not_a_bilateral():
    # "FACT SHEET: The Trilateral Leaders' Summit at Camp David" names no state; the remarks do
    sheet = account(1, "The White House", "2023-08-18", "InPerson", {BIDEN, YOON, KISHIDA}, sides={"US"})
    trilateral = account(2, "The White House", "2023-08-18", "InPerson", {BIDEN, YOON, KISHIDA})
    bilateral = account(3, "The White House", "2023-08-18", "InPerson", {BIDEN, YOON})
    assert same_meeting(sheet, trilateral) and not same_meeting(sheet, bilateral)
    assert sorted(meetings([sheet, trilateral, bilateral]), key=len) == [{"m3"}, {"m1", "m2"}]
    # two people of two states are no gathering: the summit's fact sheet naming Biden and Yoon stays apart
    # (an account at a summit naming one other state's people does not take that state as a side)
    summit = frozenset({"trilateral", "leaders", "summit"})
    two = account(
        4, "The White House", "2023-08-18", "InPerson", {BIDEN, YOON}, sides={"US"}, gathering=summit
    )
    assert not same_meeting(two, bilateral)


def test_a_press_conference_dated_the_day_after_the_talks_joins_them():
    talks = account(1, "President of Russia", "2022-02-07", "InPerson", {PUTIN, MACRON})
    title = "News conference following Russian-French talks"
    conference = account(2, "President of Russia", "2022-02-08", "InPerson", {PUTIN, MACRON}, title=title)
    assert same_meeting(talks, conference)
    # the next day's meeting, or call, of the same two is another one
    assert not same_meeting(talks, replace(conference, title="Meeting with President of France"))
    assert not same_meeting(replace(talks, mode="Phone"), replace(conference, mode="Phone"))
    # a conference transcript released days later about talks two days before: no
    assert not same_meeting(talks, replace(conference, date=date(2022, 2, 9), released=date(2022, 2, 9)))


def _participants(group: list[Account]) -> set[str]:
    iris = [
        replace(a, meeting=f"https://example.org/{a.meeting}", release=f"https://example.org/{a.release}")
        for a in group
    ]
    quads, _ = meeting_quads(iris, "https://w3id.org/dmkg/id/reconciled/x", Resolution())
    return {q.object.value for q in quads if q.predicate.value.endswith("#participant")}


def test_a_leader_only_named_in_an_officials_meeting_is_not_its_participant():
    # "Readout of National Security Advisor Jake Sullivan's Call with National Security Advisor Kim
    # Sung-han of the Republic of Korea", which names the upcoming summit of the two presidents
    call = account(
        1,
        "The White House",
        "2022-05-12",
        "Phone",
        {SULLIVAN, KIM, BIDEN, YOON},
        headline=frozenset({SULLIVAN, KIM}),
        leaders=frozenset({BIDEN, YOON}),
    )
    assert _participants([call]) == {SULLIVAN, KIM}
    # a leader the title names keeps the other leaders of the meeting (a head of state and a head of
    # government together), and a side the title names nobody of keeps its leader
    summit = replace(call, headline=frozenset({BIDEN, YOON}))
    assert _participants([summit]) == {SULLIVAN, KIM, BIDEN, YOON}
    assert _participants([replace(call, headline=frozenset({SULLIVAN}))]) == {SULLIVAN, KIM, YOON}


def test_one_briefing_telling_two_meetings_of_one_day_feeds_both_events():
    """A briefing's "Yesterday … the First Lady visited Ukraine … to meet with the First Lady of
    Ukraine" and "President Biden also spoke with our G7 partners yesterday and President Zelenskyy":
    one release, two meetings of the same day between the same two states, each joining the other
    side's own account of it (the spouses' people are not the leaders')."""
    day, wh, ua = "2022-05-08", "The White House", "President of Ukraine"
    told = {"mentioned": True, "recent": True, "release": "r1", "released": "2022-05-09"}
    spouses = account(1, wh, day, "InPerson", {JILL, OLENA}, **told)
    leaders = account(2, wh, day, None, {BIDEN, ZELENSKYY}, **told)
    their_visit = account(3, ua, day, "InPerson", {JILL, OLENA})
    their_call = account(4, ua, day, "Video", {BIDEN, ZELENSKYY, SCHOLZ}, sides={"UA", "US", "DE"})
    assert not same_meeting(spouses, their_call) and not same_meeting(leaders, their_visit)
    assert meetings([spouses, leaders, their_visit, their_call]) == [{"m1", "m3"}, {"m2", "m4"}]
    # alone, each mention of the day's news is a meeting of its own, both from the one release
    assert meetings([spouses, leaders]) == [{"m1"}, {"m2"}]


def test_a_counterpart_named_by_an_office_no_reference_post_holds_joins_the_readout_naming_him():
    """ "Jake Sullivan spoke with his Ukrainian counterpart again today" (no reference post for national
    security advisers: the Ukrainian side is named by office only) and the Ukrainian readout of the call
    naming Yermak: one meeting. Another American's call, or the same two days later, stays apart."""
    yermak, kuleba, blinken = YERMAK, KULEBA, BLINKEN
    wh = "The White House"
    mention = account(1, wh, "2022-02-16", None, {SULLIVAN}, sides={"US", "UA"}, mentioned=True, recent=True)
    readout = account(2, "President of Ukraine", "2022-02-16", "Phone", {yermak, SULLIVAN})
    assert same_meeting(mention, readout) and same_meeting(readout, mention)
    assert meetings([mention, readout]) == [{"m1", "m2"}]
    other_american = account(3, "President of Ukraine", "2022-02-16", "Phone", {kuleba, blinken})
    assert not same_meeting(mention, other_american)
    later = account(4, "President of Ukraine", "2022-02-18", "Phone", {yermak, SULLIVAN})
    assert not same_meeting(mention, later)
    # a side named by office only in a meeting of three states is no bilateral's: no match
    group = replace(mention, sides=frozenset({"US", "UA", "PL"}))
    assert not same_meeting(group, readout)
    # a full account naming no one of a side ("Readout of … Sullivan's Call with his Ukrainian
    # counterpart") takes the other's people too (issue 17), in agreeing modes only: not an in-person
    # meeting against a call, which needs both sides' people
    title = "Readout of National Security Advisor Jake Sullivan's Call with his Ukrainian counterpart"
    full = replace(mention, mentioned=False, mode="Phone", title=title)
    # … a title naming the side's people otherwise ("a Zoom conference with American senators") does not
    assert not same_meeting(
        replace(full, title="Jake Sullivan held a call with Ukrainian officials"), readout
    )
    assert same_meeting(full, readout) and same_meeting(readout, full)
    assert not same_meeting(replace(full, mode="InPerson"), readout)
    assert not same_meeting(full, later) and not same_meeting(full, other_american)


def test_a_talk_beside_a_summit_is_not_the_leaders_part_in_it():
    """COP26, 1 November 2021: Biden's remarks at the leaders' statements and the Ukrainian release of
    Zelenskyy's statement are each publisher's part in one session; the same day's Ukrainian release
    of the President's "short meetings" on the sidelines (one with the EBRD's president, of no state)
    tells talks beside the summit, not his part in it."""
    cop, span = frozenset({"cop26", "glasgow", "climate"}), (date(2021, 10, 31), date(2021, 11, 13))
    wh = account(1, "The White House", "2021-11-01", "InPerson", {BIDEN}, gathering=cop, span=span)
    ua = account(2, "President of Ukraine", "2021-11-01", "InPerson", {ZELENSKYY}, gathering=cop, span=span)
    assert same_meeting(wh, ua)
    people = frozenset({ZELENSKYY, P + "odile-renaud-basso"})
    ebrd = replace(ua, meeting="m3", release="r3", participants=people, beside=True)
    assert not same_meeting(wh, ebrd) and not same_meeting(ebrd, ua)
    assert sorted(meetings([wh, ua, ebrd]), key=len) == [{"m3"}, {"m1", "m2"}]


def test_a_plan_held_otherwise_is_one_meeting_with_its_readout():
    """An in-person meeting announced days before and held by video (a leader fell ill), or a preview
    calling a video call a "meeting": the plan's mode is no contradiction on the meeting's day. A call
    the day after, or two held accounts of one publisher in two modes, stay apart."""
    plan = account(1, "The White House", "2022-03-17", "InPerson", {BIDEN, KISHIDA}, status="Planned")
    plan = replace(plan, released=date(2022, 3, 13))
    held = account(2, "The White House", "2022-03-17", "Video", {BIDEN, KISHIDA})
    assert same_meeting(plan, held) and meetings([plan, held]) == [{"m1", "m2"}]
    call_next_day = account(3, "The White House", "2022-03-18", "Phone", {BIDEN, KISHIDA})
    assert not same_meeting(plan, call_next_day)
    in_person = account(4, "The White House", "2022-03-17", "InPerson", {BIDEN, KISHIDA})
    assert not same_meeting(in_person, held)


def test_a_state_visit_announced_months_ahead_joins_its_meeting():
    """A state visit's date is announced two or three months ahead ("… a State Visit to the United
    States, which will include a state dinner, on December 1"): that plan joins the visit's releases;
    one released four months ahead is no news of it."""
    held = account(1, "The White House", "2022-12-01", "InPerson", {BIDEN, MACRON})
    plan = account(2, "The White House", "2022-12-01", "InPerson", {BIDEN, MACRON}, status="Planned")
    assert same_meeting(held, replace(plan, released=date(2022, 9, 26)))
    assert not same_meeting(held, replace(plan, released=date(2022, 8, 1)))


def test_a_meeting_with_an_organizations_officer_joins_its_announcement():
    """ "Vladimir Putin will meet with the President of the International Federation of Red Cross …" and
    the meeting's transcript: two people, one of no state, titles naming no counterpart state. The
    plan and its meeting naming just them are one; two held accounts of them the same day, or a plan
    naming someone else too, are not."""
    officer = P + "francesco-rocca"
    people = frozenset({PUTIN, officer})
    nationality = ((PUTIN, "RU"),)

    def of(n: int, status: str, who: frozenset[str] = people) -> Account:
        base = account(n, "President of Russia", "2021-12-05", "Video", {PUTIN}, status=status, sides={"RU"})
        return replace(base, participants=who, nationality=nationality)

    plan, held = of(1, "Planned"), of(2, "Held")
    assert same_meeting(plan, held) and meetings([plan, held]) == [{"m1", "m2"}]
    assert not same_meeting(held, of(3, "Held"))
    assert not same_meeting(of(4, "Planned", people | {ERDOGAN}), held)


def test_two_previews_of_one_meeting_in_two_modes_join_its_readout():
    """A statement announcing a virtual meeting and a background call previewing the "meeting" the same
    day, and the readout of the video meeting: one meeting, all three."""
    statement = account(1, "The White House", "2022-01-21", "Video", {BIDEN, KISHIDA}, status="Planned")
    preview = account(2, "The White House", "2022-01-21", "InPerson", {BIDEN, KISHIDA}, status="Planned")
    readout = account(3, "The White House", "2022-01-21", "Video", {BIDEN, KISHIDA})
    assert same_meeting(statement, preview)
    assert meetings([statement, preview, readout]) == [{"m1", "m2", "m3"}]


def test_a_plan_and_its_meeting_whose_titles_differ_by_a_state_no_one_belongs_to_are_one():
    """ "… Meeting with Cardinal Matteo Zuppi of the Holy See" and the announcement of the cardinal's
    visit: the readout's title names a state none of the people of either belongs to. Two held
    accounts differing so, or a plan naming another state's people, stay apart."""
    cardinal = P + "matteo-maria-zuppi"
    plan = account(1, "The White House", "2023-07-18", "InPerson", {BIDEN, MACRON}, status="Planned")
    plan = replace(
        plan, participants=frozenset({BIDEN, cardinal}), nationality=((BIDEN, "US"), (cardinal, "IT"))
    )
    plan = replace(plan, sides=frozenset({"US", "IT"}))
    held = replace(plan, meeting="m2", release="r2", status="Held", sides=frozenset({"US", "IT", "VA"}))
    assert same_meeting(plan, held)
    assert not same_meeting(replace(plan, status="Held"), held)
    other = account(3, "The White House", "2023-07-18", "InPerson", {BIDEN, MACRON}, status="Planned")
    assert not same_meeting(other, held)


def test_two_spellings_of_one_person_entity_resolution_joins_are_one_meetings_people():
    """The remarks before a virtual bilateral name "Prime Minister Martin" (a node of its own) and the
    readout "Taoiseach Micheál Martin": entity resolution counts them as one person, and so does
    identity. Without the resolution they stay two people and two meetings."""
    from kg.reconcile import as_resolved

    IE_PM, SHORT = P + "micheal-martin", P + "martin"
    people = {BIDEN: "US", IE_PM: "IE", SHORT: "IE"}

    def of(n: int, who: str) -> Account:
        base = account(n, "The White House", "2022-03-17", "Video", {BIDEN}, sides={"US", "IE"})
        return replace(
            base,
            participants=frozenset({BIDEN, who}),
            nationality=tuple(sorted((p, people[p]) for p in {BIDEN, who})),
        )

    remarks, readout = of(1, SHORT), of(2, IE_PM)
    assert not same_meeting(remarks, readout)
    res = Resolution(canon={SHORT: IE_PM})
    resolved = [as_resolved(a, res) for a in (remarks, readout)]
    assert resolved[1] is readout and meetings(resolved) == [{"m1", "m2"}]
