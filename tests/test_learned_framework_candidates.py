"""Candidates of the learned framework step: their labels without a leading month or a trailing
"in <month>", where they start, and the features that generalize past the words seen in fitting."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.doc import analyse
from kg.extract.learned_frameworks import candidate_features, candidates
from kg.model import Document, Meeting
from kg.reference import load_reference
from tests.helpers import wh_release

TITLE = "Readout of President Biden's Call with President Zorbl of Quixotia"


def _document(text: str) -> Document:
    return wh_release(TITLE, text, date(2022, 9, 14))


def _candidates(text: str):
    held = _document(
        "President Biden spoke today with President Zorbl of Quixotia. The leaders discussed trade."
    )
    m = next(x for x in extract(held).meetings if x.status == "held")
    doc = analyse(_document(text), load_reference())
    return doc, {c.label: c for c in candidates(doc, doc.sents, m)}


def test_a_month_before_or_after_a_name_is_not_part_of_it():
    doc, found = _candidates(
        "President Biden spoke today with President Zorbl of Quixotia. They looked ahead to the "
        "June Zorbland-Quixotia Lakes Summit and to the Northern Rivers Platform in August."
    )
    assert "Zorbland-Quixotia Lakes Summit" in found and "Northern Rivers Platform" in found
    c = found["Zorbland-Quixotia Lakes Summit"]
    assert doc.text[c.start : c.end] == c.label


def test_features_say_an_acronym_inside_and_a_repeated_name():
    doc, found = _candidates(
        "President Biden spoke today with President Zorbl of Quixotia. They praised the ZQX Lakes "
        "Compact. The ZQX Lakes Compact protects the rivers."
    )
    features = candidate_features(doc, found["ZQX Lakes Compact"])
    assert features.get("acronym_inside") == 1.0 and features.get("repeated") == 1.0
    assert features.get("head_noun") == 1.0


def test_people_named_by_office_are_no_candidates():
    _, found = _candidates(
        "President Biden spoke today with President Zorbl of Quixotia. The Presidents of Quixotia and "
        "Zorbland welcomed the Northern Rivers Platform."
    )
    assert "Northern Rivers Platform" in found
    assert not any(label.startswith("Presidents") for label in found)


def test_a_head_alone_is_no_candidate():
    document = Document(
        "kremlin",
        "x",
        "Talks with President of Zorbland",
        "The Declaration was signed today. The Zorbland Harbour Declaration was signed too.",
        date(2022, 6, 1),
    )
    doc = analyse(document, load_reference())
    labels = {c.label for c in candidates(doc, doc.sents, Meeting(status="held"))}
    assert "Declaration" not in labels
    assert "Zorbland Harbour Declaration" in labels
