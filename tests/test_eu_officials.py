"""An official of an international organization takes part for it, not for the state of his or her
nationality (eval/CONVENTIONS.md 5): the European Commission's members through their dated posts
(ontology/reference/offices.ttl), and names listed under one plural title (kg/extract/affiliation.py)."""

from __future__ import annotations

from datetime import date

from kg.reference import load_reference
from tests.helpers import main_meeting, wh_release


def test_commission_members_hold_dated_posts_of_the_commission():
    ref = load_reference()
    for name, day in (("Valdis Dombrovskis", date(2022, 5, 16)), ("Margrethe Vestager", date(2021, 9, 29))):
        (iri,) = [i for i, e in ref.entities.items() if e.kind == "person" and e.label == name]
        posts = [ref.post_role(t)[1] for t in ref.posts_of(iri, day)]
        assert posts and all(p and p.endswith("european-commission") for p in posts), name


def test_a_commission_vice_president_counts_for_the_commission_not_his_state():
    m = main_meeting(
        wh_release(
            "Readout of the Secretary's Meeting with Valdis Dombrovskis",
            "Secretary of State Antony Blinken met today with Valdis Dombrovskis in Washington to discuss "
            "trade and supply chains.",
            date(2022, 5, 16),
        )
    )
    assert "LV" not in {c.key for c in m.countries} | {c.props.get("iso") for c in m.countries}
    assert "European Commission" in {o.label for o in m.organizations}


def test_a_plural_title_makes_each_listed_name_an_official_of_its_organization():
    # on this day the reference data gives Dombrovskis no post: only the text's title places him
    m = main_meeting(
        wh_release(
            "Readout of the Secretary's Meeting with European Commission Vice Presidents",
            "Secretary of State John Kerry met today with European Commission Vice Presidents Anna Kowalczyk "
            "and Valdis Dombrovskis to discuss trade and energy security.",
            date(2014, 6, 2),
        )
    )
    assert "LV" not in {c.props.get("iso") for c in m.countries}
    assert "European Commission" in {o.label for o in m.organizations}


def test_a_state_leader_listed_after_an_organization_official_keeps_his_state():
    m = main_meeting(
        wh_release(
            "Readout of the Secretary's Meeting",
            "Secretary of State Antony Blinken met today with European Commission Executive Vice Presidents "
            "Margrethe Vestager and Valdis Dombrovskis, and Prime Minister Kaja Kallas of Estonia.",
            date(2022, 5, 16),
        )
    )
    assert "EE" in {c.props.get("iso") for c in m.countries}
    assert not {"LV", "DK"} & {c.props.get("iso") for c in m.countries}
