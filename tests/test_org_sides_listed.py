"""Organizations that take part as sides named beside states (kg/extract/org_lists.py), the heads of a
headed group of states (kg/extract/org_sides.py), the bodies among a group's members at its summit
(kg/extract/gatherings.py) and bodies of one state that the reference data places there."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from tests.helpers import kremlin_release, ua_release, wh_release


def _meeting(title: str, text: str, day: date = date(2022, 3, 2)):
    meetings = extract(wh_release(title, text, day)).meetings
    return next(m for m in meetings if not m.mentioned)


def _orgs(title: str, text: str, day: date = date(2022, 3, 2)) -> set[str]:
    return {o.label for o in _meeting(title, text, day).organizations}


def test_an_organization_listed_beside_states_as_joining_the_meeting_takes_part():
    orgs = _orgs(
        "Statement of the President on the Extraordinary Summit of Allies",
        "Today I met with the NATO leaders at an extraordinary summit on our common defense. We were joined "
        "today by our close partners Norway, Iceland, and the European Union. We agreed to stand together.",
    )
    assert "European Union" in orgs


def test_an_organization_brought_together_with_a_number_of_countries_takes_part():
    orgs = _orgs(
        "Fact Sheet: The Maritime Safety Summit",
        "The White House brought together 30 countries and the European Union for the Maritime Safety "
        "Summit today.",
    )
    assert "European Union" in orgs


def test_a_list_without_a_state_names_no_side():
    orgs = _orgs(
        "Readout of President Biden’s Meeting with President Lula of Brazil",
        "President Biden met today with President Lula of Brazil. They discussed a fund brought "
        "together by the World Bank and the Inter-American Development Bank to protect forests.",
    )
    assert not orgs & {"World Bank", "Inter-American Development Bank"}


def test_the_heads_of_a_headed_group_of_states_bring_the_group_as_an_organization():
    orgs = _orgs(
        "Readout of President Biden’s Call with G7 Leaders",
        "President Biden spoke today with his counterparts in the G7, as well as the heads of the "
        "United Nations, NATO, and the European Union, about the evacuation.",
        date(2021, 8, 24),
    )
    assert {"United Nations", "North Atlantic Treaty Organization", "European Union"} <= orgs


def test_the_eu_of_the_g20_takes_part_in_a_leader_s_part_at_its_summit_and_a_new_member_when_named():
    title = "FACT SHEET: Advancing a Shared Agenda at the G20"
    opening = (
        "This week, at the G20 Summit in Rio de Janeiro, President Biden advanced an agenda for "
        "inclusive growth. The United States worked with partners to deliver results."
    )
    plain = _meeting(title, opening, date(2024, 11, 19))
    assert "European Union" in {o.label for o in plain.organizations}
    assert "African Union" not in {o.label for o in plain.organizations}
    named = _orgs(
        title, opening + " We welcomed the African Union as a member of the G20.", date(2024, 11, 19)
    )
    assert {"European Union", "African Union"} <= named


def test_a_body_the_data_places_in_the_publisher_s_state_is_no_organization_taking_part():
    orgs = _orgs(
        "Statement on Deputy National Security Advisor Daleep Singh’s Travel to Ghana",
        "Deputy National Security Advisor Daleep Singh led a U.S. delegation to Ghana. Singh was joined by "
        "Deputy Chief Executive Officer of the Millennium Challenge Corporation Alexia Latortue. In Accra, "
        "the delegation met with Vice President Mahamudu Bawumia to discuss infrastructure.",
        date(2021, 11, 8),
    )
    assert "Millennium Challenge Corporation" not in orgs


def test_an_international_body_s_head_named_by_a_general_title_brings_the_body():
    def orgs(office: str) -> set[str]:
        return _orgs(
            "Readout of National Security Advisor Jake Sullivan’s Meeting",
            f"National Security Advisor Jake Sullivan met today with {office} to discuss relief aid.",
            date(2023, 5, 10),
        )

    assert "United Nations Children's Fund" in orgs("the head of UNICEF")
    assert "United Nations" in orgs("the UN Special Envoy for Yemen")
    assert "Economic Community of West African States" in orgs("the President of the ECOWAS Commission")


def test_a_group_s_heads_of_state_are_its_states_not_the_group():
    m = _meeting(
        "Meeting with President of Kazakhstan",
        "President Biden met with President Tokayev of Kazakhstan on the sidelines of a summit of the "
        "CIS heads of state.",
        date(2021, 10, 15),
    )
    assert "Commonwealth of Independent States" not in {o.label for o in m.organizations}


def test_an_agency_head_the_data_knows_without_his_post_takes_part_for_the_agency_not_his_state():
    text = (
        "President of Ukraine Volodymyr Zelenskyy met with UNDP Administrator Achim Steiner. They "
        "discussed the reconstruction of energy infrastructure."
    )
    doc = ua_release("Meeting with Achim Steiner", text, date(2023, 5, 10))
    (m,) = [x for x in extract(doc).meetings if not x.mentioned]
    assert "United Nations Development Programme" in {o.label for o in m.organizations}
    assert "DE" not in {c.props.get("iso") for c in m.countries}


def test_the_heads_of_a_group_s_member_states_are_not_the_group_s_officials():
    text = (
        "Vladimir Putin took part in a meeting of the heads of the SCO member states in Samarkand. The "
        "President of Uzbekistan Shavkat Mirziyoyev chaired the meeting."
    )
    doc = kremlin_release("Meeting of SCO leaders", text, date(2022, 9, 16))
    (m,) = [x for x in extract(doc).meetings if not x.mentioned]
    assert "Shanghai Cooperation Organisation" not in {o.label for o in m.organizations}


def test_a_general_title_only_talked_about_brings_no_organization():
    orgs = _orgs(
        "Readout of President Biden’s Call with President Erdoğan of Türkiye",
        "President Biden spoke today with President Erdoğan of Türkiye. They discussed support for the "
        "efforts of the UN Special Envoy for Syria.",
        date(2023, 5, 10),
    )
    assert "United Nations" not in orgs
