"""Dates and modes a release tells apart from its meeting's own sentence: a preview's date line is
the telling's day, a travel readout's opening gives its meetings' day, a G7 leaders' meeting on the
day of a video conference was held by video (invented texts)."""

from dataclasses import replace
from datetime import date, datetime

from kg.extract import extract
from kg.extract.dates import is_date_line
from kg.model import Document
from tests.helpers import wh_release


def _preview(body: str) -> Document:
    stamp = datetime.fromisoformat("2024-03-14T05:00:00-04:00")
    title = (
        "Background Press Call by a Senior Administration Official on the Official Visit of the "
        "Republic of Kenya"
    )
    return Document("whitehouse", "press-briefings/preview.md", title, body, stamp.date(), published=stamp)


def test_a_previews_date_line_is_not_the_day_of_the_visit_it_announces():
    body = (
        "Via Teleconference\n(March 13, 2024)\n\n4:10 P.M. EDT\n\nSENIOR ADMINISTRATION OFFICIAL: "
        "Thank you all for joining us today.\n\nSo, President Biden is very much looking forward to "
        "welcoming the Republic of Kenya President, William Ruto, to the White House on Friday, "
        "March 15th. The two leaders will discuss trade."
    )
    planned = [m for m in extract(_preview(body)).meetings if m.status == "planned"]
    assert [m.date for m in planned] == [date(2024, 3, 15)]


def test_a_date_line_is_told_from_a_sentence_with_a_date_in_brackets():
    assert is_date_line("Via Teleconference (May 19, 2021)")
    assert is_date_line("(May 19, 2021)")
    assert not is_date_line("The two leaders met in Washington (May 19, 2021)")


def test_a_travel_readout_dates_its_meetings_by_the_trip_its_opening_tells():
    text = (
        "Deputy National Security Advisor Jane Doe and a delegation of U.S. officials traveled to "
        "Honduras on March 3 to meet with government officials and civil society leaders.\n\n"
        "During meetings with President Xiomara Castro, Ms. Doe reaffirmed the partnership between the two "
        "countries."
    )
    readout = wh_release(
        "Readout of Deputy National Security Advisor Jane Doe's Travel to Honduras", text, date(2024, 3, 4)
    )
    held = [m for m in extract(readout).meetings if m.status == "held"]
    assert [m.date for m in held] == [date(2024, 3, 3)]
    # a trip of several days whose meetings have no day of their own: its first day (CONVENTIONS 3, 18)
    days = replace(readout, text=text.replace("on March 3", "March 1-3"))
    assert [m.date for m in extract(days).meetings if m.status == "held"] == [date(2024, 3, 1)]
    # … nor does one weeks before the release date them
    later = replace(readout, date=date(2024, 4, 20))
    assert [m.date for m in extract(later).meetings if m.status == "held"] == [date(2024, 4, 20)]


def test_a_trip_told_by_its_visit_or_delegation_dates_its_meetings_by_its_first_day():
    text = (
        "Deputy National Security Advisor Jane Doe visited Tegucigalpa, Honduras, March 1 and 2.\n\n"
        "She met with President Xiomara Castro and reaffirmed the partnership between the two countries."
    )
    title = "Readout of Deputy National Security Advisor Jane Doe's Travel to Honduras"
    readout = wh_release(title, text, date(2024, 3, 4))
    assert [m.date for m in extract(readout).meetings if m.status == "held"] == [date(2024, 3, 1)]
    led = replace(
        readout,
        text=text.replace(
            "Deputy National Security Advisor Jane Doe visited Tegucigalpa, Honduras, March 1 and 2.",
            "Between March 1-3, 2024, Deputy National Security Advisor Jane Doe led an interagency "
            "delegation to Honduras.",
        ),
    )
    assert [m.date for m in extract(led).meetings if m.status == "held"] == [date(2024, 3, 1)]
    # a day of the meeting's own is kept
    own = replace(readout, text=text.replace("She met with", "On March 2, she met with"))
    assert [m.date for m in extract(own).meetings if m.status == "held"] == [date(2024, 3, 2)]


def test_a_briefing_on_a_call_titled_call_with_in_capitals_tells_a_call():
    from kg.extract.mode import detect_mode

    title = (
        "Background Press Call By Senior Administration Officials On President Doe’s Call With President Roe"
    )
    assert detect_mode([title], by_call=True)[0] == "phone"
    assert detect_mode(["Readout of the President’s Call With the Prime Minister"])[0] == "phone"
    # a reporter's question on the day's call, named after its day
    asked = "Q On the President’s call this morning with President Roe — did they discuss the sanctions?"
    assert detect_mode([asked])[0] == "phone"


def test_speaking_to_a_leader_by_title_is_a_call_unless_the_sides_are_together():
    from kg.extract.mode import detect_mode

    assert (
        detect_mode(["The President spoke to Prime Minister Doe earlier today about the trip."])[0] == "phone"
    )
    assert detect_mode(["The leaders met at the palace and spoke to the press."])[0] == "in_person"
    said = "The President spoke to President Roe on the sidelines of the summit."
    assert detect_mode([said])[0] == "in_person"


def test_a_g7_leaders_meeting_on_the_day_of_their_video_conference_was_held_by_video():
    text = (
        "Today, President Biden joined G7 Leaders and President Zelenskyy of Ukraine to discuss the war. "
        "The leaders agreed to further measures."
    )
    title = "Fact Sheet: United States and G7 Partners Announce New Measures"
    that_day = wh_release(title, text, date(2022, 5, 8))
    assert [m.mode for m in extract(that_day).meetings] == ["video"]
    # the same words on a day of no such conference: in person, as they say nothing else
    other = wh_release(title, text, date(2022, 5, 20))
    assert [m.mode for m in extract(other).meetings] == ["in_person"]


def test_a_briefings_own_call_is_no_mode_of_the_leaders_meeting_it_previews():
    from kg.extract.mode import detect_mode

    said = (
        "We just want to welcome you to our call that will preview the leaders' meeting that the "
        "President will host tomorrow."
    )
    assert detect_mode([said], day=date(2022, 6, 16), planned=True)[0] == "in_person"
    # … but a call it previews is a call
    call = "Thanks for joining this call that will preview the President's call with President Xi tomorrow."
    assert detect_mode([call], day=date(2022, 6, 16), planned=True)[0] == "phone"


def test_the_leaders_meeting_of_the_major_economies_forum_was_held_by_video():
    text = (
        "Today, President Biden convened the Major Economies Forum on Energy and Climate to urge fellow "
        "leaders to commit to faster climate action. Prime Minister Justin Trudeau of Canada and President "
        "Moon Jae-in of the Republic of Korea took part."
    )
    title = "Readout of President Biden's Meeting of the Major Economies Forum on Energy and Climate"
    held = wh_release(title, text, date(2021, 9, 17))
    assert [m.mode for m in extract(held).meetings] == ["video"]
