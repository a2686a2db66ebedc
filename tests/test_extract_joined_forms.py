"""Wordings of a meeting that gave none: a group's leaders "were joined today by" a guest, a
spokesperson's statement on a named body's meeting, the leaders of a union's member states met, and
"met Mrs. X" without "with" in a passage telling another meeting."""

from datetime import date

from helpers import reported_meetings, ua_release, wh_release

from kg.extract import extract

DAY = date(2023, 5, 20)


def test_group_leaders_joined_today_by_a_guest_meet_him():
    for when in ("today", "this morning"):
        doc = wh_release(
            "G7 Leaders' Statement on Ukraine",
            f"We, the Leaders of the G7, were joined {when} by President Volodymyr Zelenskyy of Ukraine. "
            "We reaffirm our unwavering support.",
            DAY,
        )
        (m,) = reported_meetings(doc)
        countries = {c.props.get("iso", c.key) for c in m.countries}
        assert m.status == "held" and "Volodymyr Zelenskyy" in [p.label for p in m.participants]
        assert {"UA", "JP", "CA", "DE"} <= countries, countries


def test_a_spokespersons_statement_on_a_named_body_reports_its_meeting_held():
    doc = wh_release(
        "Statement by Press Secretary Karine Jean-Pierre on the Ukraine Defense Contact Group",
        "Today, Secretary of Defense Lloyd Austin convened the Ukraine Defense Contact Group in Brussels. "
        "Allies pledged new support.",
        DAY,
    )
    (m,) = reported_meetings(doc)
    assert m.status == "held" and m.event is not None and "Contact Group" in m.event.label


def test_a_spokespersons_statement_on_a_named_body_telling_no_meeting_reports_none():
    doc = wh_release(
        "Statement by Press Secretary Karine Jean-Pierre on the Ukraine Defense Contact Group",
        "The United States remains committed to supporting Ukraine. Allies have provided new support.",
        DAY,
    )
    assert not reported_meetings(doc)


def test_a_ukrainian_release_on_a_meeting_with_the_leaders_of_a_unions_member_states_keeps_it():
    doc = ua_release(
        "President met with the leaders of the EU member states and partner countries",
        "During his visit to Brussels, President of Ukraine Volodymyr Zelenskyy took part in a meeting "
        "with the leaders of the EU member states and partner countries. "
        "On the eve of the summit, the leaders of Georgia, Moldova and Armenia outlined their vision of "
        "regional security.",
        date(2021, 12, 15),
    )
    (m,) = reported_meetings(doc)
    assert m.status == "held"
    assert {"UA", "GE", "MD", "AM"} <= {c.props.get("iso", c.key) for c in m.countries}


def _mentioned(text: str) -> list[list[str]]:
    doc = wh_release("Background Press Call on the First Lady's Trip", text, DAY)
    return [[p.label for p in m.participants] for m in extract(doc).meetings if m.mentioned]


def test_met_a_titled_person_without_with_is_a_meeting_mentioned():
    said = (
        "SENIOR OFFICIAL: Thank you. Today the First Lady met Mrs. Olena Zelenska for two hours in Uzhhorod."
    )
    assert any("Olena Zelenska" in people for people in _mentioned(said))
    assert not _mentioned("SENIOR OFFICIAL: Thank you. The First Lady has not met Mrs. Olena Zelenska yet.")
