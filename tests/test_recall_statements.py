"""Statements and fact sheets that tell their meeting in forms the lead detection missed (issue 14): a
leaders' joint statement welcoming the guest after its preamble, a summit statement saying the leaders
met, a statement welcoming the day's meeting between the sides, a standing body holding its numbered
meeting; and the look-alikes that stay none. Sentences written for the tests in the style of the releases."""

from __future__ import annotations

from datetime import date

from kg.model import Document
from tests.helpers import reported_meetings, wh_release


def _status(doc: Document) -> str:
    return ",".join(sorted({m.status for m in reported_meetings(doc)})) or "none"


PREAMBLE = (
    "Our two nations have stood together for decades. Our partnership keeps the peace in the region. "
    "It has grown with every generation of our peoples. We share a vision of open markets and free "
    "societies. We seek a partnership for the next century. Above all, we are united in purpose. "
)


def test_joint_statement_welcoming_the_guest_after_its_preamble_is_held():
    doc = wh_release(
        "U.S.-France Leaders’ Joint Statement",
        PREAMBLE + "President Joseph R. Biden, Jr. is honored to welcome President Emmanuel Macron of "
        "France to Washington to open a new chapter. The leaders reaffirm their alliance.",
    )
    found = reported_meetings(doc)
    assert [m.status for m in found] == ["held"]
    assert "Emmanuel Macron" in {p.label for p in found[0].participants}
    assert found[0].date == date(2022, 5, 11)


def test_joint_statement_looking_forward_to_a_welcome_stays_none():
    doc = wh_release(
        "U.S.-France Leaders’ Joint Statement",
        PREAMBLE + "President Joseph R. Biden, Jr. looks forward to welcoming President Emmanuel Macron of "
        "France to Washington next year. The leaders reaffirm their alliance.",
    )
    assert _status(doc) != "held"


def test_summit_statement_saying_the_leaders_met_is_held():
    doc = wh_release(
        "U.S.-EU Summit Statement",
        PREAMBLE + "We, the leaders of the European Union and the United States, met today to renew our "
        "partnership. We commit to regular dialogue.",
    )
    assert _status(doc) == "held"


def test_statement_welcoming_the_days_meeting_between_the_sides_is_held():
    doc = wh_release(
        "Statement from National Security Advisor Welcoming the Lakeside Meeting and Communique",
        "We welcome the meeting held today in Amman, Jordan, between senior officials of Israel, Jordan, "
        "Egypt, and the United States. This was the first meeting of its kind in years.",
    )
    found = reported_meetings(doc)
    assert [m.status for m in found] == ["held"]
    assert {"Israel", "Egypt"} <= {c.label for c in found[0].countries}


def test_statement_welcoming_an_agreement_stays_none():
    doc = wh_release(
        "Statement from National Security Advisor Jake Sullivan Welcoming the Lakeside Communique",
        "We welcome the communique agreed by Israel and Jordan. It is a step toward lasting calm.",
    )
    assert _status(doc) == "none"


def test_fact_sheet_on_a_standing_bodys_numbered_meeting_is_held():
    doc = wh_release(
        "FACT SHEET: U.S.-EU Trade and Technology Council Advances Cooperation",
        "The U.S.-EU Trade and Technology Council (TTC) held its third ministerial meeting on May 10 in "
        "College Park. Secretary of State Antony J. Blinken co-chaired the meeting with European "
        "Commission Executive Vice President Margrethe Vestager. The co-chairs agreed on a work plan.",
    )
    assert _status(doc) == "held"
    doc = wh_release(
        "FACT SHEET: U.S.-Ruritania Strategic High-Level Dialogue on Technology",
        "President Biden and Prime Minister Lapid launched the Dialogue in July. On May 10, National "
        "Security Advisor Jake Sullivan and Israeli National Security Advisor Dr. Eyal Hulata led the first "
        "meeting of the Dialogue in Washington, DC. The two sides agreed to form working groups.",
    )
    found = reported_meetings(doc)
    assert [m.status for m in found] == ["held"]
    assert found[0].date == date(2022, 5, 10)


def test_fact_sheet_on_a_domestic_councils_meeting_stays_none():
    doc = wh_release(
        "FACT SHEET: White House Competition Council Advances Actions",
        "The White House Competition Council held its fourth meeting on May 10 at the White House. The "
        "Secretary of Commerce and the Secretary of Agriculture reported on their agencies' actions.",
    )
    assert _status(doc) == "none"


def test_fact_sheet_on_a_summit_the_host_brought_the_sides_together_for_is_held():
    doc = wh_release(
        "FACT SHEET: The Second International Lakeside Initiative Summit",
        "The White House brought together 36 countries, and the European Union, for the Second International "
        "Lakeside Initiative Summit May 9-10, 2022. Throughout the Summit, partners developed joint actions.",
    )
    found = reported_meetings(doc)
    assert [m.status for m in found] == ["held"]
    assert found[0].date == date(2022, 5, 9)


def test_leaders_statement_joined_by_a_guest_today_is_held():
    doc = wh_release(
        "G7 Leaders’ Statement",
        PREAMBLE + "Today, we were honoured to be joined by Ukraine’s President Volodymyr Zelenskyy. We "
        "assured him of our support.",
    )
    found = reported_meetings(doc)
    assert [m.status for m in found] == ["held"]
    assert "Volodymyr Zelenskyy" in {p.label for p in found[0].participants}
