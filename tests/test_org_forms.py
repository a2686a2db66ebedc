"""Organizations recognized by form and context (kg/extract/org_forms.py, kg/extract/org_sides.py): an
international body the reference data does not know, named in a participant's title, and an
organization met through its heads, mission or team."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.org_forms import international_name, introduced_acronyms
from kg.model import Document
from kg.reference import load_reference
from tests.helpers import wh_release


def _orgs(title: str, text: str, reader: str = "whitehouse") -> set[str]:
    (m,) = extract(Document(reader, f"test/{title[:24]}.md", title, text, date(2023, 5, 10))).meetings
    return {o.label for o in m.organizations}


def test_an_international_body_is_known_by_its_qualifier_and_head_noun():
    ref = load_reference()
    assert international_name(ref, "Islamic Organization for Food Security") == (
        "Islamic Organization for Food Security"
    )
    assert international_name(ref, "Lowland Basin Trade and Development Bank") is None  # no qualifier
    assert (
        international_name(ref, "International Lowland Development Bank")
        == "International Lowland Development Bank"
    )
    assert international_name(ref, "European Business Association") is None  # business people
    assert international_name(ref, "International Development Agency of Japan") is None  # one state's
    assert international_name(ref, "Asian Forum Group") is None  # a company


def test_an_acronym_the_text_introduces_names_the_body():
    text = "He met the head of the International Lowland Development Agency (ILDA) in Geneva."
    assert introduced_acronyms(load_reference(), text) == {"ILDA": "International Lowland Development Agency"}


def test_an_acronym_after_a_speaker_label_in_capitals_is_read():
    # a transcript's speaker label: the pattern this replaced backtracked over every split of the
    # capitals (half a minute per background press call; the ingest's time limit dropped them)
    text = "SENIOR ADMINISTRATION OFFICIAL: Thanks. He met the head of the International Lowland Development "
    text += "Agency (ILDA)."
    assert introduced_acronyms(load_reference(), text) == {"ILDA": "International Lowland Development Agency"}


def test_the_head_of_an_unknown_international_body_brings_it_as_an_organization():
    orgs = _orgs(
        "Readout of President Biden's Meeting with the President of the Lowland Basin Development Fund",
        "President Biden met today with President of the International Lowland Development Fund Jan Dorf. "
        "They discussed flood defenses.",
    )
    assert orgs == {"International Lowland Development Fund"}


def test_the_head_of_a_states_own_body_brings_no_organization():
    orgs = _orgs(
        "Readout of National Security Advisor Jake Sullivan's Meeting with Akiba Takeo",
        "National Security Advisor Jake Sullivan met today with Secretary General of Japan's National "
        "Security Secretariat Akiba Takeo. They discussed the alliance.",
    )
    assert orgs == set()


def test_the_heads_of_organizations_met_bring_each_organization():
    orgs = _orgs(
        "Readout of President Biden's Call with Leaders",
        "President Biden spoke today with the heads of the IMF, the World Bank and the WTO about debt "
        "relief.",
    )
    assert orgs == {"International Monetary Fund", "World Bank", "World Trade Organization"}


def test_an_organizations_mission_met_brings_the_organization_but_a_mention_does_not():
    met = _orgs(
        "Readout of Secretary Yellen's Meeting with the IMF Mission",
        "Secretary Yellen met today with Prime Minister Jan Dorf of Moldova and the International Monetary "
        "Fund mission to Moldova. They discussed the budget.",
    )
    assert "International Monetary Fund" in met
    said = _orgs(
        "Readout of Secretary Yellen's Meeting with Prime Minister Dorf",
        "Secretary Yellen met today with Prime Minister Jan Dorf of Moldova. They discussed the budget. The "
        "International Monetary Fund mission will arrive next month.",
    )
    assert "International Monetary Fund" not in said


def test_the_eu_at_a_us_eu_summit_naming_no_eu_body_is_the_european_union_with_no_persons():
    (m,) = extract(
        wh_release(
            "Readout of the U.S.-EU Summit",
            "President Biden met today with the leaders of the European Union in Brussels for the U.S.-EU "
            "Summit. They discussed trade.",
            date(2023, 5, 10),
        )
    ).meetings
    assert {o.label for o in m.organizations} == {"European Union"}
    assert [p.label for p in m.participants] == ["Joseph R. Biden, Jr."]


def test_the_eu_presidents_named_at_a_us_eu_summit_bring_their_institutions():
    orgs = _orgs(
        "Readout of the U.S.-EU Summit",
        "President Biden met today with European Council President Charles Michel and European Commission "
        "President Ursula von der Leyen in Brussels for the U.S.-EU Summit. They discussed trade.",
    )
    assert orgs == {"European Council", "European Commission"}


def test_a_bare_head_title_is_of_the_one_organization_with_such_a_post_the_sentence_names():
    orgs = _orgs(
        "Readout of President Biden's Call with Transatlantic Leaders",
        "President Biden spoke today with the President of Poland, the Prime Minister of Canada, NATO Allies "
        "and the Secretary General about Ukraine.",
    )
    assert "North Atlantic Treaty Organization" in orgs
    two = _orgs(
        "Readout of President Biden's Meeting with President Duda",
        "President Biden met today with President Andrzej Duda of Poland and the Secretary General to "
        "discuss NATO and the United Nations.",
    )
    assert two == set()  # NATO and the UN both have one: which is not said


def test_an_organization_that_acted_with_a_state_took_part_but_not_one_named_as_a_plan():
    held = _orgs(
        "Joint Statement on the U.S.-EU Energy Council",
        "The United States and the European Union held the tenth meeting of the U.S.-EU Energy Council in "
        "Washington today. They discussed gas supplies.",
    )
    assert held == {"European Union"}
    plan = _orgs(
        "Readout of President Biden's Meeting with President Macron",
        "President Biden met today with President Macron of France. The United States and the European "
        "Union will continue to support Ukraine.",
    )
    assert plan == set()
