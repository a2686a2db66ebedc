"""The sealed set's kinds, audited again on releases written in its style (issue 17).

A group's leaders' video conference whose two accounts name slightly different states (one counts the
President of the European Council, one title names only the host and a guest), and officials named by
their offices alone ("the National Security Advisor and the Secretary of Defense had conversations
with their Ukrainian counterparts"): each becomes one event with the other side's release; the
look-alikes (another group's call the same day, the two presidents' own call, another day, other
officials) stay apart.
"""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.our_offices import our_offices
from kg.reference import load_reference
from tests.helpers import UKRAINE, WHITE_HOUSE, publisher_release, reported_together

WH, UA = WHITE_HOUSE, UKRAINE


# --- a group's leaders' video conference ---------------------------------------------------------------

G7_SPEECH = publisher_release(
    UA,
    "ua-g7-speech",
    "2022-05-08",
    "We must stop Russian aggression together - President at the meeting of G7 leaders",
    "Speech by President of Ukraine Volodymyr Zelenskyy at a meeting of the leaders of the Group of Seven "
    "held in the format of a video conference.\n\nDear Chancellor Olaf, dear friends! I am grateful to all "
    "of you for the support. Russia must pay for this war.",
)
G7_CONFERENCE = publisher_release(
    UA,
    "ua-g7",
    "2022-05-08",
    "President took part in a video conference of the G7 leaders",
    "President of Ukraine Volodymyr Zelenskyy took part in a video conference of the leaders of the G7. "
    "The participants discussed the situation in Ukraine and further support for our state.",
)
G7_STATEMENT = publisher_release(
    WH,
    "wh-g7-statement",
    "2022-05-08",
    "Statement by President Biden on the G7 Leaders' Video Call",
    "Today, I met virtually with my fellow G7 Leaders and President Zelenskyy of Ukraine to reaffirm our "
    "support for the people of Ukraine. Together, we committed to impose further costs on President Putin.",
)
G7_READOUT = publisher_release(
    WH,
    "wh-g7-readout",
    "2022-05-08",
    "Readout of President Biden's Participation in a Virtual Meeting with G7 Leaders and President "
    "Zelenskyy of Ukraine",
    "President Biden participated today in a virtual meeting of G7 Leaders, joined by President Volodymyr "
    "Zelenskyy of Ukraine. The Leaders discussed their support for Ukraine.",
)


def test_a_groups_video_conference_is_one_event_though_its_accounts_name_slightly_other_states(tmp_path):
    """The speech's title names Russia (what was discussed), so its sides are the leaders it names;
    the statement's are its people's, with the President of the European Council's state too."""
    assert reported_together(tmp_path, [G7_STATEMENT, G7_SPEECH]) == [["ua-g7-speech", "wh-g7-statement"]]


def test_a_groups_video_conference_whose_title_names_a_guest_is_the_groups_meeting(tmp_path):
    call = publisher_release(
        UA,
        "ua-call",
        "2022-05-08",
        "Volodymyr Zelenskyy had a phone conversation with Joseph Biden",
        "President of Ukraine Volodymyr Zelenskyy had a phone conversation with President of the United "
        "States Joseph Biden. They discussed defense support.",
    )
    assert reported_together(tmp_path, [G7_READOUT, G7_CONFERENCE]) == [["ua-g7", "wh-g7-readout"]]
    assert reported_together(tmp_path / "2", [G7_READOUT, call]) == []  # the two presidents' own call


def test_a_groups_video_conference_stays_apart_from_another_groups_call_the_same_day(tmp_path):
    allies = publisher_release(
        WH,
        "wh-allies",
        "2022-05-08",
        "Readout of President Biden's Secure Video Call with Allies and Partners",
        "President Biden convened a secure video call today with President Emmanuel Macron of France, "
        "Chancellor Olaf Scholz of Germany, Prime Minister Mario Draghi of Italy, Prime Minister Justin "
        "Trudeau of Canada, Prime Minister Boris Johnson of the United Kingdom, President Andrzej Duda of "
        "Poland, President Klaus Iohannis of Romania, President Charles Michel of the European Council, "
        "President Ursula von der Leyen of the European Commission and NATO Secretary General Jens "
        "Stoltenberg to discuss support for Ukraine.",
    )
    assert reported_together(tmp_path, [allies, G7_CONFERENCE]) == []


# --- officials named by their offices alone ---------------------------------------------------------------

BY_OFFICES = publisher_release(
    WH,
    "wh-offices",
    "2022-04-29",
    "Statement by National Security Council Spokesperson Adrienne Watson on Calls with Ukrainian Officials",
    "Today, the National Security Advisor and the Secretary of Defense had conversations with their "
    "Ukrainian counterparts about the security assistance the United States continues to provide. They "
    "also discussed the situation in the Donbas.",
)
FOUR = publisher_release(
    UA,
    "ua-four",
    "2022-04-29",
    "Andriy Yermak and Oleksii Reznikov had a conversation with Jake Sullivan and Lloyd Austin",
    "Head of the Office of the President of Ukraine Andriy Yermak and Minister of Defense of Ukraine Oleksii "
    "Reznikov had a phone conversation with US National Security Advisor Jake Sullivan and US Secretary of "
    "Defense Lloyd Austin. They discussed the supply of weapons.",
)


def test_our_offices_named_with_no_name_are_their_holders_each_with_his_own_counterpart():
    meetings = extract(BY_OFFICES).meetings
    assert sorted(sorted(p.label for p in m.participants) for m in meetings) == [
        ["Jake Sullivan"],  # his counterpart's office has no post in the reference data
        ["Lloyd J. Austin III", "Oleksii Reznikov"],
    ]
    assert all(m.mentioned and m.status == "held" for m in meetings)


def test_offices_named_alone_join_the_other_sides_readout_of_both_calls_or_each(tmp_path):
    yermak = publisher_release(
        UA,
        "ua-yermak",
        "2022-04-29",
        "Andriy Yermak had a conversation with Jake Sullivan",
        "Head of the Office of the President of Ukraine Andriy Yermak had a phone conversation with US "
        "National Security Advisor Jake Sullivan. They discussed further defense support.",
    )
    reznikov = publisher_release(
        UA,
        "ua-reznikov",
        "2022-04-29",
        "Oleksii Reznikov had a conversation with Lloyd Austin",
        "Minister of Defense of Ukraine Oleksii Reznikov had a phone conversation with US Secretary of "
        "Defense Lloyd Austin. They discussed the delivery of howitzers.",
    )
    assert reported_together(tmp_path, [BY_OFFICES, FOUR]) == [["ua-four", "wh-offices"]]
    assert reported_together(tmp_path / "2", [BY_OFFICES, yermak, reznikov]) == [
        ["ua-reznikov", "wh-offices"],
        ["ua-yermak", "wh-offices"],
    ]


def test_offices_named_alone_stay_apart_from_another_day_or_other_officials(tmp_path):
    later = publisher_release(UA, "ua-later", "2022-05-05", FOUR.title, FOUR.text)
    kuleba = publisher_release(
        UA,
        "ua-kuleba",
        "2022-04-29",
        "Dmytro Kuleba had a conversation with Antony Blinken",
        "Minister of Foreign Affairs of Ukraine Dmytro Kuleba had a phone conversation with US Secretary of "
        "State Antony Blinken. They discussed sanctions.",
    )
    assert reported_together(tmp_path, [BY_OFFICES, later, kuleba]) == []


# --- one sentence of a briefing telling two meetings ------------------------------------------------------

TWO_IN_ONE = publisher_release(
    WH,
    "wh-two-in-one",
    "2022-05-09",
    "Press Briefing by Press Secretary Jen Psaki, May 9, 2022",
    "MS. PSAKI: Good afternoon. On Sunday, President Biden spoke with President Zelenskyy of Ukraine about "
    "the next security assistance package, and the First Lady visited Uzhhorod, where she met with Olena "
    "Zelenska.\n\nQ On inflation?",
)


def test_a_sentence_telling_two_meetings_in_two_clauses_tells_both():
    meetings = extract(TWO_IN_ONE).meetings
    assert sorted(sorted(p.label for p in m.participants) for m in meetings) == [
        ["Jill Biden", "Olena Zelenska"],
        ["Joseph R. Biden, Jr.", "Volodymyr Zelenskyy"],
    ]
    assert {m.date for m in meetings} == {date(2022, 5, 8)}  # "On Sunday" dates both clauses


def test_a_sentence_telling_two_meetings_feeds_both_events(tmp_path):
    call = publisher_release(
        UA,
        "ua-call",
        "2022-05-08",
        "Volodymyr Zelenskyy had a phone conversation with Joseph Biden",
        "President of Ukraine Volodymyr Zelenskyy had a phone conversation with President of the United "
        "States Joseph Biden. They discussed defense support.",
    )
    spouses = publisher_release(
        UA,
        "ua-spouses",
        "2022-05-08",
        "Olena Zelenska met with First Lady of the United States Jill Biden",
        "First Lady of Ukraine Olena Zelenska met with First Lady of the United States Jill Biden in "
        "Uzhhorod. The First Ladies visited a school that shelters displaced families.",
    )
    assert reported_together(tmp_path, [TWO_IN_ONE, call, spouses]) == [
        ["ua-call", "wh-two-in-one"],
        ["ua-spouses", "wh-two-in-one"],
    ]


# --- a leaders' spouses' meeting told only in a background call ---------------------------------------------

SPOUSES_CALL = publisher_release(
    WH,
    "wh-spouses-call",
    "2022-05-08",
    "Background Press Call by a Senior Administration Official on the First Lady's Visit to Ukraine",
    "SENIOR ADMINISTRATION OFFICIAL: Good evening. Earlier today, Jill Biden met with Olena Zelenska, the "
    "spouse of President Zelenskyy, in Uzhhorod.\n\nQ Was the visit announced in advance?",
)


def test_a_leader_named_only_as_whose_spouse_someone_is_takes_no_part():
    (meeting,) = extract(SPOUSES_CALL).meetings
    assert sorted(p.label for p in meeting.participants) == ["Jill Biden", "Olena Zelenska"]


def test_a_spouses_meeting_told_in_a_background_call_joins_the_other_sides_release(tmp_path):
    ua = publisher_release(
        UA,
        "ua-spouses",
        "2022-05-08",
        "Olena Zelenska and Jill Biden talked about the needs of Ukrainian children",
        "Olena Zelenska held a meeting with the wife of the US President Jill Biden, who arrived in Ukraine "
        "with a visit. The meeting took place in one of the schools of Uzhhorod.",
    )
    assert reported_together(tmp_path, [SPOUSES_CALL, ua]) == [["ua-spouses", "wh-spouses-call"]]


def test_an_office_named_with_its_states_demonym_in_the_reference_is_known_bare_for_any_state():
    """A post labelled 'Ukrainian Defense Minister' is 'the Defense Minister' in a Ukrainian release,
    as 'U.S. Secretary of Defense' is 'the Secretary of Defense' in a White House one (the state's
    demonyms from the reference data, not a list written for one state)."""
    ref = load_reference()
    said = "The Defense Minister had a conversation with his American counterpart."
    assert our_offices(ref, "UA", said, date(2022, 5, 1)) == [
        "https://w3id.org/dmkg/id/person/oleksii-reznikov"
    ]
