"""The learned detection's "held" where the rules found no meeting stands only when the meeting it
forces has a party outside the publisher's state (SCHEMA: a held meeting has foreign or
international counterparts), when the model file switches that guard on ("foreign_guard"). Texts
invented here; the model is a stand-in sure of its answer."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract, learned
from kg.extract.learned import foreign_party, rules_status
from kg.model import Entity, Meeting
from tests.helpers import ua_release, wh_release

SURE_HELD = learned.LinearModel(
    "detect", ["held", "none", "planned"], [9.0, 0.0, 0.0], {}, 0.9, extra={"foreign_guard": True}
)


@pytest.fixture
def sure_held(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(learned, "load_model", lambda name: SURE_HELD if name == "detect" else None)


def test_a_readout_of_talks_with_domestic_union_leaders_stays_no_meeting(sure_held: None):
    doc = wh_release(
        "Readout of National Security Advisor Jake Sullivan's Meeting with Union Leaders",
        "Today, National Security Advisor Jake Sullivan met with the leaders of national labor unions at "
        "the White House. They discussed wages, apprenticeships and the safety of workers.",
        released=date(2023, 3, 1),
    )
    assert rules_status(extract(doc).meetings) == "none"


def test_without_the_switch_the_models_held_stands(monkeypatch: pytest.MonkeyPatch):
    plain = learned.LinearModel("detect", ["held", "none", "planned"], [9.0, 0.0, 0.0], {}, 0.9)
    monkeypatch.setattr(learned, "load_model", lambda name: plain if name == "detect" else None)
    # (a readout naming its counterparts by no class of the publisher's own people: kg.extract.home_audiences)
    doc = wh_release(
        "Readout of National Security Advisor Jake Sullivan's Meeting with Port Operators",
        "Today, National Security Advisor Jake Sullivan met with the operators of the nation's ports at "
        "the White House. They discussed wages and apprenticeships.",
        released=date(2023, 3, 1),
    )
    assert rules_status(extract(doc).meetings) == "held"


def test_the_same_readout_with_foreign_envoys_is_a_meeting(sure_held: None):
    doc = wh_release(
        "Readout of National Security Advisor Jake Sullivan's Meeting with Island Ambassadors",
        "Today, National Security Advisor Jake Sullivan met with the ambassadors of the island states at "
        "the White House. They discussed fisheries, storms and the safety of shipping.",
        released=date(2023, 3, 1),
    )
    assert rules_status(extract(doc).meetings) == "held"


def test_a_domestic_visit_the_words_call_a_meeting_stays_no_meeting(sure_held: None):
    doc = ua_release(
        "The President met with the heads of regional administrations",
        "President Volodymyr Zelenskyy held a meeting with the heads of regional military administrations "
        "in Kyiv. They discussed the heating season and the repair of schools.",
        date(2023, 3, 1),
    )
    assert rules_status(extract(doc).meetings) == "none"


def _person(name: str, country: str | None) -> Entity:
    return Entity("person", name.lower(), name, props={"country": country} if country else {})


def test_a_party_of_another_or_an_unknown_state_or_an_organization_is_foreign():
    own = Meeting("held", participants=[_person("Ann Own", "US")], countries=[Entity("country", "US", "US")])
    assert not foreign_party([own], "US")
    assert foreign_party([own], None)  # the publisher's state unknown: nothing to tell it from
    other = Meeting("held", participants=[_person("Ann Own", "US"), _person("Bo Other", "FR")])
    unknown = Meeting("held", participants=[_person("Ann Own", "US"), _person("Cy Unknown", None)])
    body = Meeting(
        "held", participants=[_person("Ann Own", "US")], organizations=[Entity("organization", "un", "UN")]
    )
    assert all(foreign_party([m], "US") for m in (other, unknown, body))
    passing = Meeting("held", participants=[_person("Bo Other", "FR")], mentioned=True)
    assert not foreign_party([own, passing], "US")  # a meeting mentioned in passing is not the release's
