"""A leader's part in a summit, and a body's own meeting, linked to the summit (issue 17): every
publisher's account of one summit names the same reference event, so reconciliation makes them one.
The releases are written for the test, in the words of the White House and the Ukrainian presidency."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Document
from kg.reference.tables import fold
from tests.helpers import reported_meetings, ua_release, wh_release

DAY = date(2022, 3, 24)


def _events(doc: Document) -> list[tuple[str | None, list[str]]]:
    return [
        (m.event.key if m.event else None, sorted(p.key for p in m.participants))
        for m in extract(doc).meetings
    ]


def test_a_bodys_leaders_meeting_is_at_the_bodys_summit_by_either_sides_words():
    g7 = wh_release(
        "G7 Leaders’ Statement",
        "We, the Leaders of the G7, met today in Brussels at the invitation of the German G7 Presidency. "
        "We will stand with the government and people of Ukraine.",
        released=DAY,
    )
    (found,) = _events(g7)
    # its leaders named by the group's name alone: only the publisher's own is listed (CONVENTIONS.md 25)
    assert found[0] == "g7-summit" and "joseph-r-biden-jr" in found[1] and "olaf-scholz" not in found[1]
    address = ua_release(
        "Address by President of Ukraine Volodymyr Zelenskyy to the participants of the Group of Seven "
        "summit",
        "I would like to thank Chancellor Scholz and the German presidency for the opportunity to address "
        "you today.",
        released=DAY,
    )
    assert [e for e, _ in _events(address)] == ["g7-summit"]
    council = wh_release(
        "Joint Readout by the United States and the European Council",
        "Today, the European Council was joined by President Joseph R. Biden, Jr. of the United States. "
        "The leaders discussed the coordinated and united response of the European Union and the United "
        "States to Russia's unprovoked and unjustified military aggression in Ukraine. They reviewed their "
        "ongoing efforts to impose economic costs on Russia and Belarus, as well as their readiness to adopt "
        "additional measures and to stop any attempts to circumvent sanctions. Leaders discussed the urgent "
        "needs caused by Russia's aggression, committed to continuing providing humanitarian assistance.",
        released=DAY,
    )
    assert [e for e, _ in _events(council)] == ["european-council-meeting"]


def test_a_release_opening_at_a_summit_tells_its_leaders_part_in_it():
    sheet = wh_release(
        "FACT SHEET: United States Advances Shared Interests with G20 World Leaders",
        "For the first time ever, G20 Leaders agree to establish a historic Global Minimum Tax\n\n"
        "At the G20 Summit in Rome, President Biden coordinated with fellow Leaders on shared interests.",
        released=DAY,
    )
    assert _events(sheet) == [("g20-summit", ["joseph-r-biden-jr"])]
    # a council of ministers, not the body's leaders, is no summit of the body
    ministers = wh_release(
        "Readout of Secretary Blinken's Meeting",
        "The G7 foreign ministers met today in Brussels. They discussed sanctions.",
        released=DAY,
    )
    assert all(e != "g7-summit" for e, _ in _events(ministers))


def test_remarks_to_fellow_leaders_at_a_session_named_in_quotes_are_the_leaders_part_in_it():
    remarks = wh_release(
        "Remarks by President Biden at the “Clean Oceans and Coasts” Event",
        "Lisbon, Portugal\n\nTHE PRESIDENT: Good morning. My fellow leaders, thank you for having me "
        "at this discussion.\n\nProtecting our oceans is a shared task.",
        released=DAY,
    )
    ((event, people),) = _events(remarks)
    assert event == fold("Clean Oceans and Coasts") and people == ["joseph-r-biden-jr"]
    # a quoted event without leaders addressed is not a gathering of states (a campaign or a lecture)
    talk = wh_release(
        "Remarks by President Biden at the “Clean Oceans and Coasts” Event",
        "Lisbon, Portugal\n\nTHE PRESIDENT: Good morning, students. Thank you for having me.",
        released=DAY,
    )
    assert _events(talk) == []


def test_a_session_held_within_a_larger_conference_is_the_event_over_the_conference_the_title_names():
    address = ua_release(
        "Video address to participants in the session on oceans within the UN Climate Change Conference",
        "The President of Ukraine addressed the participants of the Leaders Session on Clean Oceans held "
        "within the framework of the 26th Conference of the Parties (COP26) in Glasgow.",
        released=DAY,
    )
    assert [e for e, _ in _events(address)] == [fold("Leaders Session on Clean Oceans")]
    # the same title over a sentence naming only the conference keeps the conference the title names
    plain = ua_release(
        "Video address to participants in the session on oceans within the UN Climate Change Conference",
        "The President of Ukraine took part in the 26th Conference of the Parties (COP26) in Glasgow.",
        released=DAY,
    )
    assert [e for e, _ in _events(plain)] == ["un-climate-change-conference"]


NIGHTLY = (
    "Free people of our free country! It is already night, but we are working. Our defenders held "
    "their positions in the south.\n\n"
    "Today I have delivered some important speeches. To the participants of the NATO summit, the G7 "
    "summit. All this is for the sake of support for our state.\n\n"
    "I spoke with Prime Minister of Israel Bennett.\n\nGlory to Ukraine!"
)


def test_a_nightly_address_telling_that_the_leader_spoke_to_summits_today_is_his_video_part_in_them():
    doc = ua_release("We are working - address by President Volodymyr Zelenskyy", NIGHTLY, released=DAY)
    meetings = extract(doc).meetings
    part = next(m for m in meetings if not m.mentioned)
    states = {c.props.get("iso") for c in part.countries}
    assert {"UA", "US", "TR", "JP", "CA"} <= states  # NATO's and the G7's members take part
    assert part.mode == "video" and part.venue is None and part.event is None  # two summits: no one event
    assert any(m.mentioned and m.news for m in meetings)  # the day's call stays the address's news


def test_an_address_recalling_summits_without_today_or_a_speech_to_a_parliament_is_no_summit_part():
    recap = NIGHTLY.replace("Today I have", "This week I have").replace(
        "I spoke with Prime Minister of Israel Bennett.", ""
    )
    doc = ua_release("We are working - address by President Volodymyr Zelenskyy", recap, released=DAY)
    assert not reported_meetings(doc)
    speech = "Today I spoke to the members of the Sejm. Thank you for your support, the friends of Ukraine."
    doc = ua_release("Speech by President Volodymyr Zelenskyy in the Sejm", speech, released=DAY)
    assert not [m for m in extract(doc).meetings if m.status == "held"]


def test_a_gathering_is_found_wherever_its_words_start_in_any_case():
    from kg.extract.gatherings import GATHERING, names_gathering

    texts = [
        "The President attended the SUMMIT.",
        "He met Leaders' working session partners.",
        "A Working Session of the group; a session of the heads of states.",
        "The Conference of the Parties, the Climate Change Conference and COP28 opened.",
        "The Meeting of the European Council, a European Council meeting, a meeting of the leaders.",
        "She joined G7 leaders; he joined the leaders of the Alliance.",
        "Summitry, the workings of sessions, cops and a meetinghouse.",
        "Nothing here.",
    ]
    for text in texts:
        assert names_gathering(text) == bool(GATHERING.search(text)) or '"' in text, text
    assert names_gathering(texts[0]) and not names_gathering(texts[-1])


def test_whom_the_leader_hands_the_floor_to_at_a_summit_takes_part_in_it():
    # remarks opening a summit the release tells no meeting of its own at: the leader's part in it
    remarks = wh_release(
        "Remarks by President Biden at Global Summit on Harbor Resilience",
        "Rome, Italy\n\nPRESIDENT BIDEN:  Thank you all for joining us today.  We are going to begin.\n\n"
        "We are going to bring our shared attention to harbors, which carry the goods our people need.\n\n"
        "Now I am going to turn it over to Secretary Blinken to keep us on time.",
        released=DAY,
    )
    ((_, people),) = _events(remarks)
    assert people == ["antony-j-blinken", "joseph-r-biden-jr"]


def test_meeting_the_bodys_leaders_on_its_summit_day_is_at_the_summit_there():
    # a fact sheet on a day of the G7's in-person summit edition (CONVENTIONS 115): at the summit, where it
    # was held; the same words on another day (a standing body's call) name no summit
    text = (
        "Today President Biden met with G7 leaders to discuss clean energy and commit to concrete "
        "actions on infrastructure in partner countries."
    )
    title = "FACT SHEET: President Biden and G7 Leaders Launch a Clean Energy Partnership"
    (at_summit,) = extract(wh_release(title, text, date(2022, 6, 27))).meetings
    assert at_summit.event is not None and "G7" in at_summit.event.label
    assert at_summit.venue is not None and at_summit.venue.label == "Schloss Elmau"
    (other_day,) = extract(wh_release(title, text, date(2022, 3, 1))).meetings
    assert other_day.event is None and other_day.venue is None
