"""Reconciliation of the kinds of cross-reported meetings the corpus's own key lacked (issue 17).

Written releases in the style of the real ones (White House statements and readouts, the Ukrainian
presidency's news, the Kremlin's transcripts), ingested and reconciled: each kind must become one
event with both publishers' accounts, and its look-alike (same states, another day, other people,
another mode) must stay apart.
"""

from __future__ import annotations

from kg.extract import extract
from kg.namespaces import release_iri
from kg.queries import ask
from kg.rdf import extraction_to_quads
from kg.reconcile import reconcile
from kg.store import EmbeddedStore, load_reference_data
from tests.helpers import publisher_release, reported_together

WH, UA, RU = "The White House", "President of Ukraine (president.gov.ua)", "President of Russia"
READER = {WH: "whitehouse", UA: "ukraine-csv", RU: "kremlin-csv"}


# --- a group's leaders' video conference, reported by two of its participants --------------------------

G7_WH = publisher_release(
    WH,
    "wh-g7",
    "2022-05-08",
    "Statement by Press Secretary Karine Jean-Pierre on the G7 Leaders' Virtual Meeting",
    "President Biden joined G7 Leaders and President Zelenskyy for a virtual meeting today to discuss the "
    "latest developments in Russia's war against Ukraine. The Leaders reaffirmed their support for Ukraine "
    "and discussed further steps to hold Russia accountable.\n\nThe Leaders also discussed efforts to "
    "address the global food security crisis.",
)
G7_UA = publisher_release(
    UA,
    "ua-g7",
    "2022-05-08",
    "President of Ukraine took part in a video conference of the G7 leaders",
    "President of Ukraine Volodymyr Zelenskyy took part in a video conference of the leaders of the G7 "
    "countries. The Head of State thanked the partners for the unprecedented support and called for new "
    'sanctions against Russia. "We need weapons and financial assistance," he said.',
)


def test_a_groups_video_conference_reported_by_two_of_its_members_is_one_event(tmp_path):
    assert reported_together(tmp_path, [G7_WH, G7_UA]) == [["ua-g7", "wh-g7"]]


def test_a_fact_sheet_telling_the_groups_video_conference_joins_the_members_release(tmp_path):
    """A fact sheet or a statement whose title tells no meeting of its own: the video conference told
    as the day's news in its lead is the release's account of it."""
    sheet = publisher_release(
        WH,
        "wh-g7-sheet",
        "2022-05-08",
        "FACT SHEET: United States and G7 Partners Impose Severe Costs for Putin's War Against Ukraine",
        "Today, President Biden joined G7 Leaders and President Zelenskyy for a virtual meeting to discuss "
        "the latest developments in Russia's war against Ukraine. The Leaders committed to new sanctions.",
    )
    statement = publisher_release(
        WH,
        "wh-g7-statement",
        "2022-05-08",
        "Statement by Press Secretary Karine Jean-Pierre on the G7 Leaders' Video Conference",
        G7_WH.text,
    )
    assert reported_together(tmp_path, [sheet, G7_UA]) == [["ua-g7", "wh-g7-sheet"]]
    assert reported_together(tmp_path / "2", [statement, G7_UA]) == [["ua-g7", "wh-g7-statement"]]


def test_the_side_by_side_view_of_a_groups_video_conference_has_one_row_per_publisher(tmp_path):
    store = EmbeddedStore(tmp_path / "s")
    load_reference_data(store)
    extractions = [extract(d) for d in (G7_WH, G7_UA)]
    store.write_releases([(str(release_iri(ex.document.key)), extraction_to_quads(ex)) for ex in extractions])
    reconcile(store)
    try:
        rows = ask(store, "accounts-side-by-side").records()
        assert sorted((r["publisher"], r["said_mode"]) for r in rows) == [(UA, "Video"), (WH, "Video")]
        assert len({r["event"] for r in rows}) == 1
    finally:
        store.close()


def test_a_groups_video_conference_stays_apart_from_a_call_of_two_of_its_leaders_another_day(tmp_path):
    call = publisher_release(
        UA,
        "ua-call",
        "2022-05-10",
        "Volodymyr Zelenskyy had a phone conversation with Joseph Biden",
        "President of Ukraine Volodymyr Zelenskyy had a phone conversation with President of the United "
        "States Joseph Biden. The leaders discussed defense support.",
    )
    assert reported_together(tmp_path, [G7_WH, call]) == []


# --- officials named by role on one side -----------------------------------------------------------------

AUSTIN_WH = publisher_release(
    WH,
    "wh-austin",
    "2022-04-20",
    "Statement by Pentagon Press Secretary on Secretary Austin's Call",
    "Secretary of Defense Lloyd J. Austin III spoke today with his Ukrainian counterpart about the "
    "situation in the Donbas and the security assistance the United States is providing.",
)
AUSTIN_UA = publisher_release(
    UA,
    "ua-austin",
    "2022-04-20",
    "Oleksii Reznikov had a phone conversation with Lloyd Austin",
    "Minister of Defense of Ukraine Oleksii Reznikov had a phone conversation with US Secretary of Defense "
    "Lloyd Austin. They discussed the delivery of weapons to Ukraine.",
)
SULLIVAN_WH = publisher_release(
    WH,
    "wh-sullivan",
    "2022-05-02",
    "Readout of National Security Advisor Jake Sullivan's Call with his Ukrainian counterpart",
    "National Security Advisor Jake Sullivan spoke today with his Ukrainian counterpart, Head of the "
    "Office of the President Andriy Yermak, about the latest developments on the battlefield.",
)
SULLIVAN_UA = publisher_release(
    UA,
    "ua-sullivan",
    "2022-05-02",
    "Andriy Yermak had a conversation with Jake Sullivan",
    "Head of the Office of the President of Ukraine Andriy Yermak had a phone conversation with US National "
    "Security Advisor Jake Sullivan. They discussed the situation at the front.",
)


def test_a_statement_whose_title_names_no_foreign_state_joins_the_readout_naming_the_counterpart(tmp_path):
    assert reported_together(tmp_path, [AUSTIN_WH, AUSTIN_UA]) == [["ua-austin", "wh-austin"]]
    assert reported_together(tmp_path / "2", [SULLIVAN_WH, SULLIVAN_UA]) == [["ua-sullivan", "wh-sullivan"]]


def test_a_readout_naming_the_counterpart_by_office_only_joins_the_readout_naming_him(tmp_path):
    """No reference post holds a national security adviser's office: "his Ukrainian counterpart" resolves
    to no one, and the two sides' offices match through the other side's readout."""
    by_office = publisher_release(
        WH,
        "wh-nsa",
        "2022-05-02",
        "Readout of National Security Advisor Jake Sullivan's Call with his Ukrainian counterpart",
        "National Security Advisor Jake Sullivan spoke today with his Ukrainian counterpart about the latest "
        "developments on the battlefield and the delivery of security assistance.",
    )
    kuleba = publisher_release(
        UA,
        "ua-kuleba-blinken",
        "2022-05-02",
        "Dmytro Kuleba had a phone conversation with Antony Blinken",
        "Minister of Foreign Affairs of Ukraine Dmytro Kuleba had a phone conversation with US Secretary of "
        "State Antony Blinken. They discussed sanctions.",
    )
    assert reported_together(tmp_path, [by_office, SULLIVAN_UA, kuleba]) == [["ua-sullivan", "wh-nsa"]]


def test_an_officials_call_stays_apart_from_another_officials_call_or_another_day(tmp_path):
    kuleba = publisher_release(
        UA,
        "ua-kuleba",
        "2022-04-20",
        "Dmytro Kuleba had a phone conversation with Antony Blinken",
        "Minister of Foreign Affairs of Ukraine Dmytro Kuleba had a phone conversation with US Secretary of "
        "State Antony Blinken. They discussed sanctions.",
    )
    later = publisher_release(
        UA,
        "ua-austin-later",
        "2022-04-25",
        "Oleksii Reznikov had a phone conversation with Lloyd Austin",
        "Minister of Defense of Ukraine Oleksii Reznikov had a phone conversation with US Secretary of "
        "Defense Lloyd Austin. They discussed the delivery of weapons to Ukraine.",
    )
    assert reported_together(tmp_path, [AUSTIN_WH, kuleba, later]) == []


def test_two_officials_conversations_with_their_counterparts_join_the_readout_naming_all_four(tmp_path):
    wh = publisher_release(
        WH,
        "wh-two",
        "2022-04-24",
        "Statement by Press Secretary Jen Psaki on Secretary Blinken's and Secretary Austin's Calls",
        "Secretary of State Antony Blinken and Secretary of Defense Lloyd Austin had conversations with "
        "their Ukrainian counterparts today on the additional security assistance.",
    )
    ua = publisher_release(
        UA,
        "ua-four",
        "2022-04-24",
        "Dmytro Kuleba and Oleksii Reznikov had a conversation with Antony Blinken and Lloyd Austin",
        "Minister of Foreign Affairs Dmytro Kuleba and Minister of Defense Oleksii Reznikov had a phone "
        "conversation with US Secretary of State Antony Blinken and US Secretary of Defense Lloyd Austin.",
    )
    assert reported_together(tmp_path, [wh, ua]) == [["ua-four", "wh-two"]]


# --- a meeting told inside a release of another meeting ---------------------------------------------------

KREMLIN_CONFERENCE = publisher_release(
    RU,
    "ru-conference",
    "2021-12-08",
    "News conference following Russian-Greek talks",
    "Vladimir Putin and Prime Minister of Greece Kyriakos Mitsotakis made press statements following "
    "Russian-Greek talks in Sochi.\n\nPresident of Russia Vladimir Putin: Mr Prime Minister, ladies and "
    "gentlemen, we had substantive talks with Prime Minister Mitsotakis today.\n\nQuestion: What can you "
    "say about the security guarantees?\n\nVladimir Putin: As I told my partner in conversation yesterday, "
    "US President Joseph Biden, Russia has the right to ensure its security.",
)
BIDEN_PUTIN_WH = publisher_release(
    WH,
    "wh-putin",
    "2021-12-07",
    "Readout of President Biden's Video Call with President Vladimir Putin of Russia",
    "President Biden held a secure video call with President Putin of Russia today. President Biden voiced "
    "the deep concerns of the United States about Russia's escalation of forces surrounding Ukraine.",
)


def test_a_meeting_told_in_a_transcript_of_another_meeting_joins_the_other_sides_readout(tmp_path):
    assert reported_together(tmp_path, [KREMLIN_CONFERENCE, BIDEN_PUTIN_WH]) == [
        ["ru-conference", "wh-putin"]
    ]


def test_a_briefing_telling_two_meetings_feeds_both_events(tmp_path):
    """The First Lady's visit and the President's group call, told in one briefing the day after: each
    joins the other side's own release of it (spouses of leaders are participants too)."""
    briefing = publisher_release(
        WH,
        "wh-briefing",
        "2022-05-09",
        "Press Briefing by Press Secretary Jen Psaki, May 9, 2022",
        "MS. PSAKI: Hi, everyone. Good afternoon.\n\nYesterday, the First Lady visited Ukraine to meet with "
        "the First Lady of Ukraine, Olena Zelenska, at a school in Uzhhorod. President Biden also spoke with "
        "our G7 partners and President Zelenskyy yesterday to discuss Russia's war.\n\nQ Thank you, Jen.",
    )
    visit = publisher_release(
        UA,
        "ua-spouses",
        "2022-05-08",
        "Olena Zelenska met with US First Lady Jill Biden in Uzhhorod",
        "First Lady of Ukraine Olena Zelenska met with First Lady of the United States Jill Biden in "
        "Uzhhorod. They visited a school where displaced children study.",
    )
    assert reported_together(tmp_path, [briefing, visit, G7_UA]) == [
        ["ua-g7", "wh-briefing"],
        ["ua-spouses", "wh-briefing"],
    ]


# --- a leader's video addresses to summits, listed in passing ---------------------------------------------

NATO_WH = publisher_release(
    WH,
    "wh-nato",
    "2022-06-30",
    "Remarks by President Biden in Press Conference at the NATO Summit",
    "PRESIDENT BIDEN: Good afternoon. The NATO Summit in Madrid today showed the Alliance is stronger than "
    "ever. We welcomed two new members.",
)


def test_an_address_naming_a_summit_it_did_not_address_joins_none(tmp_path):
    named = publisher_release(
        UA,
        "ua-named",
        "2022-06-30",
        "Our goal is victory - address by the President of Ukraine",
        "Good health to you, fellow Ukrainians!\n\nThe participants of the NATO summit in Madrid made "
        "decisions that matter for us. We will see what they bring.\n\nGlory to Ukraine!",
    )
    assert reported_together(tmp_path, [named, NATO_WH]) == []


G7_STATEMENT = publisher_release(
    WH,
    "wh-g7-statement",
    "2022-06-28",
    "G7 Leaders' Statement on Support for Ukraine",
    "We, the Leaders of the G7, met today in Elmau. We were joined by President Zelenskyy, who addressed "
    "us by video link. We reaffirmed our unwavering support for Ukraine.",
)
NATO_REMARKS = publisher_release(
    WH,
    "wh-nato-remarks",
    "2022-06-28",
    "Remarks by President Biden at the Opening Session of the NATO Summit",
    "PRESIDENT BIDEN: Thank you, Mr. Secretary General. NATO leaders met today at a pivotal moment. "
    "We heard from President Zelenskyy, who addressed the summit by video.",
)
ADDRESS = publisher_release(
    UA,
    "ua-address",
    "2022-06-28",
    "Our partners see what is at stake - address by President of Ukraine Volodymyr Zelenskyy",
    "Good health to you, fellow Ukrainians!\n\nAnother day of our defense is over. The occupiers keep "
    "shelling our cities in the east, and our defenders hold their positions.\n\nToday I have delivered two "
    "speeches. To the participants of the G7 summit, and to the leaders at the NATO summit. I told them "
    "what we need.\n\nGlory to Ukraine!",
)


def test_an_address_listing_the_summits_it_spoke_to_is_an_account_of_each_summit(tmp_path):
    """One record of the address (eval/CONVENTIONS.md §11, at none of the summits), and in each summit's
    event beside the other publisher's account of it."""
    assert reported_together(tmp_path, [G7_STATEMENT, NATO_REMARKS, ADDRESS]) == [
        ["ua-address", "wh-g7-statement"],
        ["ua-address", "wh-nato-remarks"],
    ]
    (record,) = extract(ADDRESS).meetings
    assert record.event is None and [e.label for e in record.gatherings] == ["G7 Summit", "NATO Summit"]


def test_an_address_listing_summits_joins_no_summit_it_does_not_name_nor_of_another_day(tmp_path):
    council = publisher_release(
        WH,
        "wh-council",
        "2022-06-28",
        "Joint Readout by the United States and the European Council",
        "Today, the European Council was joined by President Joseph R. Biden, Jr. of the United States.",
    )
    later = publisher_release(
        UA,
        "ua-later",
        "2022-07-02",
        "We hold on - address by President of Ukraine Volodymyr Zelenskyy",
        ADDRESS.text,
    )
    assert reported_together(tmp_path, [council, ADDRESS]) == []
    assert reported_together(tmp_path / "2", [G7_STATEMENT, NATO_REMARKS, later]) == []


def test_the_side_by_side_view_and_the_explorer_show_the_address_under_each_summit(tmp_path):
    """One column (row, in `kg ask`) per publisher for each summit: the address's one record is the
    Ukrainian account of both events, and the explorer folds it into both (each with its own link to
    the speaker, none to the other summit's states)."""
    from kg.viz import load_view

    store = EmbeddedStore(tmp_path / "s")
    load_reference_data(store)
    extractions = [extract(d) for d in (G7_STATEMENT, NATO_REMARKS, ADDRESS)]
    store.write_releases([(str(release_iri(ex.document.key)), extraction_to_quads(ex)) for ex in extractions])
    reconcile(store)
    try:
        rows = ask(store, "accounts-side-by-side").records()
        by_event: dict[str, list[str]] = {}
        for r in rows:
            by_event.setdefault(r["event"], []).append(r["publisher"])
        assert sorted(sorted(p) for p in by_event.values()) == [[UA, WH], [UA, WH]]
        events = [
            n for n in load_view(store).nodes.values() if n.kind == "meeting" and n.attrs.get("accounts")
        ]
        assert len(events) == 2
        for node in events:
            assert sorted(a["publisher"] for a in node.attrs["accounts"]) == [UA, WH]
            assert "Volodymyr Zelenskyy" in node.attrs["participants"]
        nato = next(n for n in events if "NATO" in " ".join(n.attrs["event"]))
        assert "Japan" not in nato.attrs["countries"]  # a G7 state, named by the address's record only
    finally:
        store.close()
