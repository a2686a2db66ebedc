"""A guest list or a chair's summary names people with a style and the office after the name ("His
Excellency X, Minister for ... of the Republic of Y"): each is a person of that state whatever the
reference data knows, and a leader named inside another's office ("Special Envoy of President Z") is
no one taking part."""

from __future__ import annotations

from datetime import date

from kg.extract.gazetteer import scan
from kg.extract.people import People, find_in_text
from kg.reference import load_reference

LIST = (
    "The following took part in the virtual meeting:\n\n"
    "-   His Excellency Ravindra Kumaran, Minister for Environment, Forest and\n"
    "    Climate Change of the Republic of India\n"
    "-   Her Excellency Élodie Marchand-Roux, Minister for Energy Transition of the French Republic\n"
    "-   The Right Honorable Oliver Penhallow MP, President for the Conference, United Kingdom\n"
    "-   His Excellency Zhou Lianqing, Special Envoy of President Xi Jinping,\n"
    "    People’s Republic of China\n"
)


def _people(text: str) -> People:
    ref = load_reference()
    return find_in_text(text, scan(text, ref), ref, date(2022, 6, 17), "US")


def test_each_styled_name_is_a_person_of_the_state_the_office_names():
    pp = _people(LIST)
    found = {pp.people[pm.key].label: pp.people[pm.key].country for pm in pp.mentions}
    assert found == {
        "Ravindra Kumaran": "IN",
        "Élodie Marchand-Roux": "FR",
        "Oliver Penhallow": "GB",
        "Zhou Lianqing": "CN",
    }


def test_a_person_the_item_names_outside_the_office_stays_someone_else():
    text = "His Excellency Ravindra Kumaran, Minister of Finance of India, received Prime Minister Kishida."
    pp = _people(text)
    found = {pp.people[pm.key].label: pp.people[pm.key].country for pm in pp.mentions}
    assert found["Ravindra Kumaran"] == "IN"
    assert found["Fumio Kishida"] == "JP"
