"""Working-level meetings and other forms of meeting reports nobody tuned to: an international body's
officials met, states listed as meeting, heads of companies styled foreign, a body named by two states'
demonyms, leaders' declarations and joint statements saying the authors met, a spokesperson's statement
opening with the day's meeting, invitations for a meeting on a given day. Sentences written for the
tests in the style of the releases."""

from __future__ import annotations

from datetime import date

from kg.model import Document, Meeting
from tests.helpers import kremlin_release, reported_meetings, wh_release


def _ukraine(title: str, text: str) -> Document:
    return Document("ukraine-csv", "ukraine/zelenskyy.csv#t", title, text, date(2022, 5, 11))


def _one(doc: Document) -> Meeting:
    found = reported_meetings(doc)
    assert len(found) == 1
    return found[0]


def test_officials_met_an_international_bodys_counterparts():
    m = _one(
        wh_release(
            "Statement by NSC Spokesperson on Meeting with the African Union Commission",
            "Senior administration officials met today with African Union Commission counterparts on next "
            "steps in health security. Both sides agreed to continue their work.",
        )
    )
    assert m.status == "held"
    m = _one(
        wh_release(
            "Statement by NSC Spokesperson on Deputy National Security Advisor’s Travel to Brussels",
            "On Tuesday, the Deputy National Security Advisor met with a range of EU officials to discuss "
            "export controls. She also visited the Commission.",
        )
    )
    assert m.status == "held"


def test_our_own_officials_are_no_counterparts():
    assert not reported_meetings(
        wh_release(
            "Readout of a Meeting with Treasury Officials",
            "Today senior staff met with Treasury officials to discuss the budget. "
            "They agreed on next steps.",
        )
    )


def test_states_and_bodies_listed_as_meeting():
    m = _one(
        wh_release(
            "Chair’s Statement on the Ports Resilience Meeting",
            "Today (March 3, 2022) the United States, the European Union, Brazil, Kenya, Japan, and the "
            "Republic of Korea met to discuss port congestion. Countries agreed to share data.",
        )
    )
    assert {"US", "BR", "KE", "JP", "KR"} <= {c.key for c in m.countries}
    assert [o.label for o in m.organizations] == ["European Union"]
    assert not reported_meetings(
        wh_release(
            "Readout of the Governors Meeting",
            "Today the governors of Ohio, Texas and Maine met to discuss the storm. "
            "They agreed to share resources.",
        )
    )


def test_head_of_a_company_styled_foreign_by_its_states_demonym():
    text = (
        "President Volodymyr Zelenskyy met with the head of the American company Vertex Satya Rao in Kyiv. "
        "They discussed cloud services for the state."
    )
    assert _one(_ukraine("President met with the head of Vertex", text)).status == "held"
    domestic = (
        "Today, President Biden met with the head of the American company Vertex. They discussed chips."
    )
    assert not reported_meetings(
        wh_release("Readout of President Biden’s Meeting with the Head of Vertex", domestic)
    )


def test_company_head_in_lower_case_with_a_foreign_form_of_name():
    m = _one(
        kremlin_release(
            "Meeting with head of Totalis",
            "Vladimir Putin met with chairman and chief executive officer of Totalis SE Pierre Dumont. "
            "The conversation covered the Arctic gas project.",
        )
    )
    assert m.status == "held"


def test_body_named_by_two_states_demonyms():
    m = _one(
        kremlin_release(
            "Ninth meeting of the Russian-Chinese Intergovernmental Commission",
            "The ninth meeting of the Intergovernmental Commission for Investment Cooperation was held in "
            "Beijing. The sides discussed joint projects in energy.",
        )
    )
    assert {c.key for c in m.countries} >= {"RU", "CN"}


def test_leaders_declaration_saying_they_met():
    m = _one(
        wh_release(
            "The Nairobi Declaration",
            "President Joseph R. Biden of the United States and President William Ruto of Kenya met on this "
            "22nd day of May 2022 to deepen their partnership. "
            "The leaders affirm their commitment to democracy.",
        )
    )
    assert m.status == "held" and {"US", "KE"} <= {c.key for c in m.countries}
    assert not reported_meetings(
        wh_release(
            "The Nairobi Declaration",
            "The United States and Kenya affirm their commitment to democracy. We will expand trade.",
        )
    )


def test_joint_statement_whose_authors_met_further_down():
    text = (
        "The United States, Japan, and the Republic of Korea condemn today’s missile launch. The launch "
        "violates Security Council resolutions. It threatens the region. All states must implement the "
        "sanctions. The United States reaffirms its commitments to Japan and the Republic of Korea. "
        "National Security Advisor Jake Sullivan, Japanese National Security Secretary General Akiba Takeo, "
        "and Korean National Security Advisor Cho Tae-yong met today in Tokyo and discussed cooperation."
    )
    m = _one(wh_release("Trilateral National Security Advisors Statement on the Missile Launch", text))
    assert m.status == "held" and {"JP", "KR"} <= {c.key for c in m.countries}
    recalled = text.replace("met today in Tokyo", "said when they first met in Tokyo last year that they")
    assert not reported_meetings(
        wh_release("Trilateral National Security Advisors Statement on the Missile Launch", recalled)
    )


def test_statement_on_calls_with_foreign_leaders():
    m = _one(
        wh_release(
            "Statement by the Spokesperson on the Vice President’s Calls with Foreign Leaders on Vaccines",
            "Vice President Kamala Harris spoke this morning to President Andrés Manuel López Obrador "
            "of Mexico and Prime Minister Narendra Modi of India. She discussed the vaccine allocation plan.",
        )
    )
    assert m.status == "held" and {"MX", "IN"} <= {c.key for c in m.countries}


def test_statement_on_another_matter_opening_with_the_days_meeting():
    m = _one(
        wh_release(
            "Statement by NSC Spokesperson on the Launch of the US-EU Task Force on Batteries",
            "Today, Deputy National Security Advisor Mike Pyle met with Bjoern Seibert, Head of Cabinet to "
            "European Commission President Ursula von der Leyen, to discuss supply chains. They launched a "
            "task force.",
        )
    )
    assert m.status == "held"
    assert not reported_meetings(
        wh_release(
            "Statement by the Press Secretary on the Budget",
            "Today, the President met with his economic team to discuss the budget. He thanked them.",
        )
    )


def test_a_delegation_welcomed():
    m = _one(
        wh_release(
            "Joint Statement from Mexico and the United States on Border Security",
            "On April 13, the Homeland Security Advisor welcomed a delegation led by Mexico’s Secretary of "
            "Security Rosa Icela Rodríguez to the White House to review shared priorities. "
            "They agreed on next steps.",
        )
    )
    assert m.status == "held" and "MX" in {c.key for c in m.countries}


def test_invitation_for_a_meeting_on_a_given_day_is_planned():
    m = _one(
        wh_release(
            "Statement from the Press Secretary on the Visit of President Volodymyr Zelenskyy of Ukraine",
            "President Biden has invited President Volodymyr Zelenskyy of Ukraine to the White House for a "
            "meeting on Tuesday, December 12 to underscore our support. The leaders will discuss aid.",
        )
    )
    assert m.status == "planned"


def test_body_or_talks_named_by_a_pair_of_sides_in_lower_case():
    m = _one(
        kremlin_release(
            "Meeting of the intergovernmental commission",
            "The 19th meeting of the Russian-Chinese intergovernmental commission was held in Beijing. "
            "The sides discussed joint projects in energy.",
        )
    )
    assert {"RU", "CN"} <= {c.key for c in m.countries}
    m = _one(
        _ukraine(
            "First meeting of the Ukraine-EU working group on critical raw materials",
            "The first meeting of the working group took place in Brussels. The parties agreed on a roadmap.",
        )
    )
    assert m.status == "held"
    assert not reported_meetings(
        wh_release(
            "Readout of the First Meeting of the Ohio-Texas Working Group",
            "The first meeting of the working group took place in Columbus. The parties agreed on a roadmap.",
        )
    )


def test_talks_resumed_or_concluded():
    m = _one(
        wh_release(
            "Statement by the Press Secretary on the Doha Talks",
            "Israeli and Qatari negotiators resumed talks today in Doha with CIA Director William Burns. "
            "The talks focused on the release of hostages.",
        )
    )
    assert m.status == "held" and {"IL", "QA"} <= {c.key for c in m.countries}
    m = _one(
        wh_release(
            "Statement by the Press Secretary on the Armenia-Azerbaijan Talks",
            "Foreign Minister Ararat Mirzoyan of Armenia and Foreign Minister Jeyhun Bayramov of Azerbaijan "
            "concluded three days of negotiations today in Arlington. They made progress.",
        )
    )
    assert m.status == "held" and {"AM", "AZ"} <= {c.key for c in m.countries}
    assert not reported_meetings(
        wh_release(
            "Statement by the Press Secretary on the Auto Talks",
            "Today, the United Auto Workers and the Big Three concluded three days of negotiations "
            "in Detroit.",
        )
    )


def test_part_in_a_session_of_an_intergovernmental_body():
    m = _one(
        kremlin_release(
            "Collective Security Council session",
            "Vladimir Putin took part in a session of the CSTO Collective Security Council in Yerevan. "
            "The leaders discussed the situation on the borders.",
        )
    )
    assert m.status == "held"
    assert not reported_meetings(
        kremlin_release(
            "Visit to the forum",
            "Vladimir Putin took part in a meeting of the St. Petersburg International Economic Forum "
            "organising committee. Ministers reported on preparations.",
        )
    )


def test_company_head_of_the_board_and_talks_named_by_demonyms_in_the_title():
    m = _one(
        kremlin_release(
            "Meeting with Chairman of the Board of Directors of Mitsuka",
            "Vladimir Putin met with Chairman of the Board of Directors of the Japanese company Mitsuka "
            "Tatsuo Yamane. They discussed the Sakhalin projects.",
        )
    )
    assert m.status == "held"
    m = _one(
        kremlin_release(
            "Russian-Egyptian talks",
            "The talks took place in the Kremlin. The sides discussed trade and regional issues.",
        )
    )
    assert {"RU", "EG"} <= {c.key for c in m.countries}


def test_leaders_statement_titled_of_the_leaders_saying_they_met():
    m = _one(
        wh_release(
            "Statement of the Leaders of the Pacific Islands Forum and the United States",
            "We, the leaders of the Pacific Islands Forum and the United States, met in Washington on "
            "September 25 for the Second U.S.-Pacific Islands Forum Summit. We reaffirm our partnership.",
        )
    )
    assert m.status == "held"
    assert not reported_meetings(
        wh_release(
            "Statement of the Leaders of the Pacific Islands Forum and the United States",
            "We, the leaders of the Pacific Islands Forum and the United States, reaffirm our partnership. "
            "We will work together on climate.",
        )
    )


def test_leader_spoke_at_a_summit_named_with_an_en_dash():
    m = _one(
        kremlin_release(
            "Plenary session of the summit",
            "Vladimir Putin spoke at the plenary session of the second Russia–Africa summit. "
            "The summit brought together the leaders of 49 African states.",
        )
    )
    assert m.status == "held"
