"""An organization a participant chairs takes part through its chair (kg/extract/chairs.py)."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Document


def _meeting(title: str, text: str, day: date = date(2022, 6, 28)):
    (m,) = [m for m in extract(Document("whitehouse", f"test/{title[:24]}.md", title, text, day)).meetings]
    return m


def test_the_state_of_a_participant_that_chairs_an_organization_brings_it():
    m = _meeting(
        "Readout of President Biden’s Meeting with President Macky Sall of Senegal",
        "On the margins of the summit, President Biden met with President Macky Sall of Senegal. Senegal "
        "is the current chair of the African Union, and the two leaders discussed food prices in Africa.",
    )
    assert "African Union" in {o.label for o in m.organizations}
    assert "African Union" not in {f.label for f in m.frameworks}


def test_a_chair_who_is_not_a_participant_brings_nothing():
    m = _meeting(
        "Readout of President Biden’s Call with President Emmanuel Macron of France",
        "President Biden spoke today with President Emmanuel Macron of France. They discussed France’s "
        "presidency of the Council of the European Union and the coming visit of the chair of the "
        "African Union.",
    )
    assert "African Union" not in {o.label for o in m.organizations}


def test_a_state_s_formal_name_is_not_an_organization():
    m = _meeting(
        "Readout of the Vice President’s Meeting with Prime Minister Philip Davis",
        "Vice President Harris met today with Prime Minister Philip Davis of The Commonwealth of The "
        "Bahamas, current chair of the Caribbean Community, to discuss energy security.",
        date(2023, 6, 8),
    )
    assert {o.label for o in m.organizations} == {"Caribbean Community"}
    assert "BS" in {c.props.get("iso", c.key) for c in m.countries}
