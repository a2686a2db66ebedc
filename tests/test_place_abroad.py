"""One reading of a transcript's place line (kg.extract.detect_just_over.place_abroad) serves the
remarks given abroad and a leader's own press conference at a summit abroad
(kg.extract.conference_summits). Texts written here."""

from __future__ import annotations

from datetime import date

from kg.extract.conference_summits import conference_abroad
from kg.extract.detect_just_over import place_abroad
from kg.extract.doc import analyse, opening_sentences
from kg.model import Document
from kg.reference import load_reference
from tests.helpers import wh_release


def _doc(title: str, place: str) -> Document:
    text = f"{place}\n\n2:17 P.M. CEST\n\nTHE PRESIDENT: Good afternoon. This has been a historic summit."
    return wh_release(title, text, date(2023, 7, 12))


def test_a_place_line_abroad_is_read_alike_by_remarks_and_a_press_conference():
    ref = load_reference()
    remarks = _doc("Remarks by President Biden at a Reception", "Grand Hotel\nLisbon, Portugal")
    assert place_abroad(remarks, ref, opening_sentences(remarks))
    conference = _doc("Remarks by President Biden in a Press Conference", "Lisbon, Portugal")
    assert conference_abroad(analyse(conference, ref))


def test_a_home_state_named_like_a_foreign_one_is_not_abroad():
    ref = load_reference()
    remarks = _doc("Remarks by President Biden at a University", "State University\nAtlanta, Georgia")
    assert not place_abroad(remarks, ref, opening_sentences(remarks))
    conference = _doc("Remarks by President Biden in a Press Conference", "Atlanta, Georgia")
    assert not conference_abroad(analyse(conference, ref))
