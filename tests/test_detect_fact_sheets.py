"""Fact sheets that report a meeting (a standing body's meeting, the day's meeting told in the lead, a
summit just held), heads of companies named by company and office first, and the domestic forms that stay
none. Sentences written for the tests in the style of the releases."""

from __future__ import annotations

from datetime import date

from kg.model import Document
from tests.helpers import akorda_release, reported_meetings, wh_release


def _status(doc: Document) -> str:
    return ",".join(sorted({m.status for m in reported_meetings(doc)})) or "none"


def test_fact_sheet_on_a_standing_bodys_meeting_is_held():
    assert (
        _status(
            wh_release(
                "FACT SHEET: Third Meeting of the U.S.-Brazil High-Level Energy Dialogue",
                "Today, the Secretary of Energy and other U.S. officials met with their Brazilian "
                "counterparts "
                "to review progress on clean energy. The two sides agreed to meet again next year.",
            )
        )
        == "held"
    )
    assert (
        _status(
            wh_release(
                "FACT SHEET: U.S.-India Launch Clean Energy Principles at Inaugural Energy Council Meeting",
                "The U.S.-India Energy Council held its inaugural meeting in Washington on May 11, 2022. "
                "The co-chairs agreed on a work plan.",
            )
        )
        == "held"
    )


def test_fact_sheet_on_a_domestic_task_force_stays_none():
    assert (
        _status(
            wh_release(
                "FACT SHEET: Administration Announces Actions at the Second Meeting of the Task Force on "
                "Housing",
                "Today, the Vice President convened the second meeting of the Task Force on Housing. Members "
                "discussed rental assistance for working families.",
            )
        )
        == "none"
    )


def test_fact_sheet_telling_the_days_meeting_or_a_summit_held():
    m = reported_meetings(
        wh_release(
            "FACT SHEET: United States Partnership with the African Union Commission",
            "Today, the United States and the African Union renewed our partnership by signing a memorandum "
            "between Moussa Faki Mahamat, Chairperson of the African Union Commission, and Secretary of "
            "State Antony Blinken. The memorandum outlines shared priorities.",
        )
    )
    assert [x.status for x in m] == ["held"]
    assert any("Faki" in p.label for p in m[0].participants)
    assert (
        _status(
            wh_release(
                "FACT SHEET: President Biden and G7 Leaders Launch a Partnership for Infrastructure",
                "The United States is rallying partners. Today President Biden met with G7 leaders to "
                "discuss "
                "infrastructure in low- and middle-income countries.",
            )
        )
        == "held"
    )
    assert (
        _status(
            wh_release(
                "FACT SHEET: President Biden Welcomes Asia-Pacific Leaders to Honolulu",
                "This week, President Biden welcomed leaders from across the Asia-Pacific to Honolulu for a "
                "week of meetings. He highlighted the region's growth.",
            )
        )
        == "held"
    )


def test_fact_sheet_on_a_summit_ahead_or_domestic_news_stays_none():
    assert (
        _status(
            wh_release(
                "FACT SHEET: The 2022 NATO Summit in Madrid",
                "The NATO Summit in Madrid will convene all Allied leaders. President Biden will reaffirm "
                "the "
                "commitment to Article 5.",
            )
        )
        != "held"
    )
    assert (
        _status(
            wh_release(
                "FACT SHEET: President Biden Announces New Steps on Housing",
                "Today, President Biden signed an executive order on housing costs. The order directs "
                "agencies "
                "to act.",
            )
        )
        == "none"
    )


def test_company_head_named_by_company_and_office_first():
    assert (
        _status(
            akorda_release(
                "Tokayev receives Microsoft Vice Chair and President",
                "The Head of State received Microsoft Vice Chair and President Brad Smith. Microsoft's "
                "investments in Kazakhstan were discussed.",
            )
        )
        == "held"
    )
    assert (
        _status(
            akorda_release(
                "Head of State receives the head of Siemens Energy",
                "Kassym-Jomart Tokayev received Siemens Energy President and CEO Christian Bruch. The sides "
                "discussed the company's projects in Kazakhstan.",
            )
        )
        == "held"
    )


def test_head_of_a_company_of_our_own_stays_none():
    assert (
        _status(
            akorda_release(
                "Tokayev receives the head of KazMunayGas",
                "Kassym-Jomart Tokayev received KazMunayGas Chairman and CEO Magzum Mirzagaliyev. The "
                "President was informed about the company's contribution to the economy of Kazakhstan.",
            )
        )
        == "none"
    )


def test_a_summit_of_company_heads_is_no_counterpart():
    assert (
        _status(
            wh_release(
                "Readout of White House CEO Summit on Supply Chains",
                "Today, President Biden briefly joined the National Security Advisor and the Secretary of "
                "Commerce during a virtual event with CEOs from industries affected by the shortage.",
            )
        )
        == "none"
    )


def test_leaders_joint_press_statement_and_declaration_made_at_a_visit_are_held():
    assert (
        _status(
            wh_release(
                "Remarks by President Biden and European Commission President Ursula von der Leyen in Joint "
                "Press Statement",
                "PRESIDENT BIDEN: Good morning. Today I am proud to stand together with President von der "
                "Leyen as we announce a new initiative on energy.",
            )
        )
        == "held"
    )
    assert (
        _status(
            wh_release(
                "Joint Declaration Between the Portuguese Republic and the United States of America",
                "Portugal and the United States are Allies and friends. Our relationship rests on shared "
                "values. To affirm our commitment, the Prime Minister of Portugal, Luis Montenegro, and the "
                "President of the United States, Joseph R. Biden, Jr., on the occasion of President Biden's "
                "visit to Lisbon on May 10-11, 2022, have reached the following understandings.",
            )
        )
        == "held"
    )


def test_declaration_ahead_of_a_visit_is_not_held():
    assert (
        _status(
            wh_release(
                "Joint Declaration Between the Portuguese Republic and the United States of America",
                "Portugal and the United States are Allies and friends. Our relationship rests on shared "
                "values. The two governments, on the occasion of the upcoming visit of the Prime Minister, "
                "set out the following principles.",
            )
        )
        != "held"
    )


def test_remarks_with_an_international_bodys_head_named_office_first():
    assert (
        _status(
            wh_release(
                "Remarks by President Biden and NATO Secretary General Jens Stoltenberg | Brussels, Belgium",
                "PRESIDENT BIDEN: Well, it is good to be back with the Secretary General. We have a lot to "
                "talk about before the summit.",
            )
        )
        == "held"
    )
    assert (
        _status(
            wh_release(
                "Remarks by President Biden and Vice President Harris at a Reception for Teachers",
                "THE PRESIDENT: Thank you all for coming. Teachers make the country work.",
            )
        )
        == "none"
    )


FRAMEWORK_LEAD = (
    "Today, the United States and Ruritania opened a new era in cooperation on public safety. "
    "The framework sets out a long-term approach for joint action. "
    "It is informed by the priorities of both governments. "
    "The two countries are committed to protecting the health of their citizens. "
)


def test_fact_sheet_telling_the_days_talks_after_its_lead_is_held():
    met = (
        "Secretary of State Antony Blinken and Attorney General Merrick Garland discussed the framework "
        "with Mexican counterparts today, after meeting with the President of Mexico. "
        "Officials will meet annually to advance the framework."
    )
    (m,) = reported_meetings(wh_release("FACT SHEET: U.S.-Mexico Security Dialogue", FRAMEWORK_LEAD + met))
    assert m.status == "held" and "Antony J. Blinken" in {p.label for p in m.participants}
    # … not talks ahead, nor a policy alone
    ahead = met.replace("discussed", "will discuss").replace("after meeting", "after they meet")
    assert _status(wh_release("FACT SHEET: U.S.-Mexico Security Dialogue", FRAMEWORK_LEAD + ahead)) == "none"
    assert _status(wh_release("FACT SHEET: U.S.-Mexico Security Dialogue", FRAMEWORK_LEAD)) == "none"


def test_fact_sheet_announcing_the_leaders_attendance_at_a_summit_is_planned_for_its_day():
    doc = wh_release(
        "FACT SHEET: The Harbor Summit: Renewing the Alliance",
        "“Our alliance is our strength.” – President Biden. President Biden will participate on May 14 in "
        "the NATO Summit in Brussels that brings together the leaders of the Allied nations. Allies will "
        "agree on a new plan.",
    )
    (m,) = reported_meetings(doc)
    assert (m.status, m.date) == ("planned", date(2022, 5, 14))
    # a fact sheet on another subject that names a summit ahead in passing stays none
    assert (
        _status(
            wh_release(
                "FACT SHEET: New Steps on Clean Water",
                "President Biden will participate on May 14 in the NATO Summit in Brussels. The steps "
                "fund new pipes.",
            )
        )
        == "none"
    )


def test_summit_fact_sheet_telling_only_the_leaders_part_to_come_is_planned():
    text = (
        "Our region faces a hard winter. We must act together. At the Summit of the Americas, "
        "President Biden will announce a new partnership for clean energy in the region."
    )
    (m,) = reported_meetings(wh_release("FACT SHEET: Clean Energy Jobs in the Americas", text))
    assert m.status == "planned"
    told = text.replace("will announce", "announced")
    assert _status(wh_release("FACT SHEET: Clean Energy Jobs in the Americas", told)) == "held"


def test_fact_sheet_on_a_summit_announcing_the_leaders_meeting_or_a_later_attendance_is_planned():
    quad = wh_release(
        "FACT SHEET: Harbor Leaders’ Summit 2022",
        "In Tokyo, President Biden and Prime Minister Kishida of Japan will advance a shared agenda. The "
        "leaders of the Quad nations—Australia, "
        "India, Japan, and the United States—will meet on May 24, 2022 in Tokyo for the fourth time. The "
        "group has six working groups.",
    )
    (m,) = reported_meetings(quad)
    assert (m.status, m.date) == ("planned", date(2022, 5, 24))
    later = " ".join(["The region's climate goals need new finance and more ambition every year."] * 5)
    cop = wh_release(
        "FACT SHEET: Momentum for the G20 Summit",
        later + "\n\nOn May 20, President Biden will be at the G20 Summit in Bali to build on the efforts.",
    )
    (m,) = reported_meetings(cop)
    assert (m.status, m.date) == ("planned", date(2022, 5, 20))


def test_a_plans_day_is_not_an_earlier_summits_day_its_sentence_recalls():
    doc = wh_release(
        "FACT SHEET: The 2022 Harbor Summit in Madrid",
        "Building on the first NATO Summit on June 14, 2021, this NATO Summit in Madrid will convene all "
        "Allied leaders. Allies will agree on a new plan.",
    )
    (m,) = reported_meetings(doc)
    assert (m.status, m.date) == ("planned", date(2022, 5, 11))


def test_summit_fact_sheet_reporting_no_part_taken_is_planned_and_one_telling_a_launch_is_not():
    text = (
        "Good governance has been part of the Summit of the Americas since 1994. This Summit continues that "
        "tradition. Our Administration and partners will push back against threats to democracy."
    )
    (m,) = reported_meetings(
        wh_release("FACT SHEET: Administration Advances Its Agenda at the Ninth Summit of the Americas", text)
    )
    assert m.status == "planned"
    launched = "FACT SHEET: Export Initiative Launched at the Ninth Summit of the Americas"
    assert _status(wh_release(launched, text)) != "planned"


def test_fact_sheet_announcing_the_leaders_meeting_of_the_day_is_planned_for_that_day():
    doc = wh_release(
        "FACT SHEET: Deepening the Partnership Between the United States and Norway",
        "“Our two nations are neighbors and friends.” The relationship between the United States and "
        "Norway is broad. Today, President Biden will meet with Prime Minister Eirik Dalen of "
        "Norway to open a new chapter of cooperation on trade and energy.",
        released=date(2022, 3, 1),
    )
    (m,) = reported_meetings(doc)
    assert (m.status, m.date) == ("planned", date(2022, 3, 1))
    assert "Eirik Dalen" in {p.label for p in m.participants}
    # … the day given after the meeting ("… will host the Harbor Leaders Meeting in Nassau on June 8")
    doc = wh_release(
        "FACT SHEET: New Initiatives for the Harbor States",
        "Vice President Harris and Prime Minister Eirik Dalen of Norway will host the Harbor Leaders "
        "Meeting in Nassau on June 8, 2023. The meeting will build on earlier talks.",
        released=date(2023, 6, 8),
    )
    assert [(m.status, m.date) for m in reported_meetings(doc)] == [("planned", date(2023, 6, 8))]
    # a meeting of the day with the publisher's own people only, or with no day, stays none
    for lead in (
        "Today, President Biden will meet with a group of labor leaders to discuss the new plan.",
        "President Biden will meet with Prime Minister Eirik Dalen of Norway to discuss trade.",
    ):
        assert (
            _status(wh_release("FACT SHEET: New Steps on Trade", lead, released=date(2022, 3, 1))) == "none"
        )
