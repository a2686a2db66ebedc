"""An official of ours a daily briefing names by office only ("our Secretary of State spoke with …
earlier today") takes part in the meeting that sentence tells (kg.extract.briefing_offices): the
holder of the post on the meeting's day. Releases written here."""

from __future__ import annotations

from datetime import date

from kg.extract.pipeline import extract
from kg.model import Document
from tests.helpers import wh_release


def _daily(
    answer: str, day: str = "2022-03-08", title: str = "Press Briefing by Press Secretary Ann Fowler"
) -> Document:
    return wh_release(
        title,
        "MS. FOWLER: Good afternoon, everyone.\n\nQ Could you say more about diplomacy?\n\n"
        f"MS. FOWLER: {answer}\n\nQ Thank you.",
        date.fromisoformat(day),
    )


def _people(doc: Document) -> dict[str, str]:
    """Each participant of the release's held meeting, with the sentence it was read from."""
    [meeting] = [m for m in extract(doc).meetings if m.status == "held" and not m.mentioned]
    said = {st.value.label: st.evidence.text for st in meeting.evidence if st.field == "participant"}
    return {p.label: said.get(p.label, "") for p in meeting.participants}


def test_an_office_of_ours_a_briefing_names_is_its_holder_on_the_day_in_the_call_it_tells():
    answer = (
        "Our Secretary of State spoke with Foreign Minister Lavrov earlier today. The President spoke with "
        "President Macron earlier today as well."
    )
    people = _people(_daily(answer))
    assert "Our Secretary of State spoke" in people["Antony J. Blinken"]
    assert people["Joseph R. Biden, Jr."].startswith("The President spoke")
    # the holder on the day: another year, another holder
    assert "Antony J. Blinken" not in _people(_daily(answer, day="2019-03-08"))


def test_an_office_named_otherwise_or_outside_a_daily_briefing_adds_no_one():
    # no post of ours is called so, or several are
    for office in ("Our Secretary", "Our Special Coordinator"):
        people = _people(
            _daily(
                f"{office} spoke with Foreign Minister Lavrov earlier today. The President "
                "spoke with President Macron earlier today as well."
            )
        )
        assert set(people) == {"Sergey Lavrov", "Emmanuel Macron", "Joseph R. Biden, Jr."}, people
