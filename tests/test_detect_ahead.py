"""A release on something else announcing its leader's own meeting ahead, with its day."""

from dataclasses import replace
from datetime import date

from kg.extract.dates import meeting_date
from kg.extract.detect_ahead import AHEAD, may_announce, meeting_ahead
from kg.model import Document
from tests.helpers import reported_meetings, wh_release


def _briefing(body: str) -> Document:
    return wh_release("Press Briefing by Press Secretary A. Person, May 3, 2022", body, date(2022, 5, 3))


def test_a_welcome_with_its_day_is_announced():
    text = (
        "Good afternoon, everyone. I have a few things at the top. "
        "On Thursday, the President will welcome the Prime Minister of Ruritania to the White House. "
        "With that, go ahead."
    )
    found = meeting_ahead(_briefing(text))
    assert found is not None and found.status == "planned" and found.positions == [2]


def test_a_wish_a_question_or_another_sides_meeting_is_not():
    for text in (
        "Hello. The President looks forward to meeting with the Prime Minister of Ruritania one day.",
        "Q Will the President meet with the Prime Minister of Ruritania tomorrow?",
        "Hello. Ruritania confirmed today that President Rudolf will meet with President Flavia next week.",
    ):
        assert meeting_ahead(_briefing(text)) is None, text


def test_a_plans_title_dated_the_release_day_gives_way_to_its_sentence():
    title = "Press Briefing by Press Secretary A. Person, May 3, 2022"
    sentence = "Tomorrow, the President will welcome the Prime Minister of Ruritania."
    assert meeting_date([title, sentence], date(2022, 5, 3), planned=True)[0] == date(2022, 5, 4)


def _extracted(body: str) -> list[tuple[str, str, list[str]]]:
    from kg.extract import extract
    from tests.helpers import WHITE_HOUSE, publisher_release

    doc = publisher_release(
        WHITE_HOUSE, "b", "2023-01-12", "Press Briefing by Press Secretary A. Person", body
    )
    return [
        (m.status, str(m.date), [p.label for p in m.participants])
        for m in extract(doc).meetings
        if not m.mentioned
    ]


def test_a_briefings_announced_visit_is_a_planned_meeting_with_its_guest():
    body = (
        "Good afternoon. I have two items at the top.\n\n"
        "First, the Secretary of Energy will travel to Ohio this week.\n\n"
        "Second, next week, the President will welcome Prime Minister Mark Rutte of the Netherlands to the "
        "White House on Tuesday, the 17th.\n\n"
        "With that, go ahead."
    )
    [(status, day, people)] = _extracted(body)
    assert (status, day) == ("planned", "2023-01-17") and "Mark Rutte" in people


def test_a_domestic_guest_is_no_meeting_even_when_the_lead_names_a_foreign_state():
    body = (
        "Good afternoon. The war in Ukraine goes on.\n\n"
        "This afternoon, the President will host Senator Jane Roe and other members of a congressional "
        "delegation who recently traveled to Ukraine.\n\n"
        "With that, go ahead."
    )
    assert _extracted(body) == []


def test_a_reception_for_a_bodys_leaders_is_a_summit_occasion_but_not_one_for_our_own_leaders():
    from kg.extract.detect_summit import summit_of_others

    assert summit_of_others("Remarks by the President at a Welcome Reception for APEC Leaders")
    assert not summit_of_others("Remarks by the President at a Reception for Community Leaders")


def _preview_call(speech: str) -> Document:
    text = (
        "MODERATOR: Hi, everybody. Thanks for joining us this evening. This call is embargoed until "
        "tomorrow morning.\n\n"
        f"SENIOR ADMINISTRATION OFFICIAL: Thank you. {speech} Happy to take questions."
    )
    return wh_release(
        "Background Press Call by Senior Administration Officials Previewing the President's Upcoming "
        "Bilateral Engagement",
        text,
        date(2023, 11, 9),
    )


def test_a_preview_call_whose_moderator_names_no_one_is_planned_for_the_meeting_its_body_announces():
    from kg.extract import extract

    said = "President Biden will, indeed, meet with President Xi Jinping of China in San Francisco."
    assert {m.status for m in extract(_preview_call(said)).meetings if not m.mentioned} == {"planned"}
    for other in (
        "President Biden will speak about the economy next week.",
        "Q Will President Biden meet with President Xi Jinping of China?",
    ):
        assert not reported_meetings(_preview_call(other)), other


def _planned(document: Document) -> list[tuple[str, list[str]]]:
    from kg.extract import extract

    return [
        (str(m.date), sorted(p.label for p in m.participants))
        for m in extract(document).meetings
        if not m.mentioned and m.status == "planned"
    ]


def test_a_preview_calls_meeting_takes_the_counterpart_and_day_its_body_announces():
    said = "President Biden will meet with President Xi Jinping of China in San Francisco on November 15th."
    [(day, people)] = _planned(_preview_call(said))
    assert day == "2023-11-15" and "Xi Jinping" in people


def test_a_preview_calls_welcome_looked_forward_to_names_the_guest():
    said = "President Biden is very much looking forward to welcoming Chancellor Olaf Scholz of Germany."
    [(_, people)] = _planned(_preview_call(said))
    assert "Olaf Scholz" in people


def test_a_gaggles_meeting_with_no_day_when_the_time_is_right_is_no_plan():
    text = (
        "MS. PERSON: Hi, everyone. Okay, a few things at the top. Today the President will travel to "
        "Ohio, where he will visit a factory and speak about jobs. He will return tonight.\n\n"
        + "Q Anything on the economy?\n\nMS. PERSON: The economy is growing, and wages are up.\n\n"
        * 4
        + "Q Anything on Russia?\n\n"
        "MS. PERSON: The President will meet with President Vladimir Putin of Russia when the time is right."
    )
    gaggle = wh_release(
        "Press Gaggle by Principal Deputy Press Secretary A. Person Aboard Air Force One",
        text,
        date(2021, 3, 19),
    )
    assert _planned(gaggle) == []


def test_a_reporters_question_about_another_meeting_leaves_the_announced_one_whole():
    said = (
        "Tomorrow, President Biden will speak with President Vladimir Putin of Russia by telephone. "
        "Q And does the call rule out that the two Presidents might also take part in those talks?"
    )
    [(day, people)] = _planned(_preview_call(said))
    assert day == "2023-11-10" and "Vladimir Putin" in people


def test_a_trip_preview_naming_no_one_to_be_met_is_no_planned_meeting():
    said = (
        "Tomorrow, President Biden will travel to the coast, where he will deliver remarks on the "
        "economy and visit a port. On Thursday he will speak about infrastructure."
    )
    trip = replace(
        _preview_call(said),
        title="Background Press Call Previewing President Biden's Trip to Northern Europe and Asia",
    )
    assert _planned(trip) == []


def test_a_preview_calls_plan_needs_someone_to_be_met():
    from kg.extract.detect_ahead import names_other_party
    from kg.extract.doc import analyse
    from kg.model import Entity, Meeting
    from kg.reference import load_reference

    ref = load_reference()
    trip = replace(
        _preview_call("The President will travel on Sunday."),
        title="Background Press Call Previewing President Biden's Trip to Northern Europe and Asia",
    )
    ours = Entity("person", "q6279", "Joseph R. Biden, Jr.", props={"country": "US"})
    guest = Entity("person", "q15031", "Xi Jinping", props={"country": "CN"})
    doc = analyse(trip, ref)
    assert not names_other_party(doc, Meeting("planned", participants=[ours]), [])
    assert names_other_party(doc, Meeting("planned", participants=[ours, guest]), [])
    summit = analyse(replace(trip, title="Background Press Call Previewing the Summit of the Americas"), ref)
    assert names_other_party(summit, Meeting("planned", participants=[ours]), [])
    said = ["The summit will focus on a resilient future for our hemisphere."]
    assert names_other_party(doc, Meeting("planned", participants=[ours]), said)


def test_the_screen_of_a_whole_text_keeps_every_announcement_in_any_case():
    announced = [
        "On Thursday, the President will welcome the Prime Minister of Ruritania.",
        "ON THURSDAY, THE PRESIDENT WILL HOST THE KING OF RURITANIA.",  # upper case
        "We Are Looking Forward To Meeting With President Roe on Friday.",
        "The President ıs going to have a bilateral meeting with Chancellor Doe.",  # a dotless i
        "The President will \u0130n fact host Chancellor Doe.",  # not matched, screened in all the same
    ]
    for text in announced:
        assert may_announce(text) or not AHEAD.search(text), text
    assert all(AHEAD.search(t) for t in announced[:4]) and all(may_announce(t) for t in announced)
    assert not may_announce("The President will travel to Ruritania. We hope to meet soon.")


def test_a_meeting_ahead_in_speechs_contracted_words_is_announced():
    for text in (
        "Thanks for coming. And tomorrow, I’m going to meet with the Prime Minister of Ruritania. Questions?",
        "Thanks for coming. He’ll also meet with President Flavia of Ruritania on Friday. Questions?",
        "Thanks for coming. We're looking forward to welcoming the King of Ruritania on Monday. Questions?",
    ):
        found = meeting_ahead(_briefing(text))
        assert found is not None and found.status == "planned" and found.positions == [1], text


def test_a_near_time_frame_stands_for_a_day_only_when_no_announcement_names_one():
    week = "Next week, the President will welcome the Prime Minister of Ruritania to the White House."
    found = meeting_ahead(_briefing(f"Good afternoon. {week} With that, go ahead."))
    assert found is not None and found.positions == [1]
    # a meeting announced with its day stays the one announced; the week's plan beside it is no second one
    dated = "On Thursday, the President will meet with President Flavia of Ruritania."
    found = meeting_ahead(_briefing(f"Good afternoon. {dated} Then {week[0].lower()}{week[1:]} Go ahead."))
    assert found is not None and found.positions == [1]


def test_a_speakers_contracted_wish_or_question_is_not_announced():
    for text in (
        "Thanks. I’m looking forward to meeting with the Prime Minister of Ruritania one day.",
        "Q He’ll meet with President Flavia tomorrow?",
    ):
        assert meeting_ahead(_briefing(text)) is None, text


def test_of_a_week_ahead_the_announcement_naming_a_foreign_guest_is_the_meeting():
    body = (
        "Good afternoon. I have a couple of things for the week ahead.\n\n"
        "On Monday, the President will host the Springfield Hawks at the White House to celebrate their "
        "championship.\n\n"
        "On Wednesday, the President will welcome Prime Minister Mark Rutte of the Netherlands to the "
        "White House.\n\n"
        "With that, go ahead."
    )
    [(status, day, people)] = _extracted(body)
    assert (status, day) == ("planned", "2023-01-18") and "Mark Rutte" in people


def test_a_summit_the_president_will_host_is_its_own_foreign_side():
    body = (
        "Good afternoon. On Wednesday, the President looks forward to hosting the U.S.-Africa Leaders "
        "Summit.\n\nWith that, go ahead."
    )
    [(status, day, _)] = _extracted(body)
    assert (status, day) == ("planned", "2023-01-18")


def test_the_president_and_the_first_lady_as_hosts_announce_a_state_visit():
    for said in (
        "We would like to announce that President Joe Biden and First Lady Dr. Biden will host President "
        "Mark Rutte of the Netherlands for a state visit on Tuesday, the 17th.",
        "As you may have seen, we just announced that the President and the First Lady will be hosting "
        "Prime Minister Mark Rutte of the Netherlands for a state visit on Tuesday, which would include a "
        "state dinner.",
    ):
        [(status, day, people)] = _extracted(f"Good afternoon.\n\n{said}\n\nWith that, go ahead.")
        assert (status, day) == ("planned", "2023-01-17") and "Mark Rutte" in people, said
