"""A sentence telling that leaders met with the leaders of listed states reports who took part, wherever
it stands in the release (kg.extract.participants.presence). Texts written here."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.participants import presence
from kg.model import Document


def test_leaders_met_with_the_leaders_of_listed_states_is_a_sentence_of_who_took_part():
    assert presence("The G7 leaders met with the leaders of Australia, India and Indonesia to discuss peace.")
    assert presence("The President met with leaders from France and Germany on energy.")
    assert not presence("He met with the leaders to discuss the economy.")


def test_the_leaders_a_summit_s_fact_sheet_lists_further_down_take_part_with_their_states():
    text = (
        "The G7 Summit in Hiroshima showed that the G7 are united on Ukraine and on clean energy.\n\n"
        "G7 Leaders announced new sanctions on Russia. Leaders agreed on steps for food security.\n\n"
        "Discussing peace with partners. The G7 leaders met with the leaders of Australia, India and "
        "Indonesia to discuss peace and security."
    )
    doc = Document(
        "whitehouse",
        "whitehouse/statements-releases/2023-05/t.md",
        "FACT SHEET: The 2023 G7 Summit in Hiroshima, Japan",
        text,
        date(2023, 5, 21),
        "https://www.whitehouse.gov/x",
        "The White House",
    )
    held = [m for m in extract(doc).meetings if m.status == "held" and not m.mentioned]
    assert held
    assert {"Anthony Albanese", "Narendra Modi", "Joko Widodo"} <= {p.label for p in held[0].participants}
    assert {"AU", "IN", "ID"} <= {c.key for c in held[0].countries}
