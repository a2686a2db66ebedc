"""Words that describe relations or give a date are not frameworks (eval/CONVENTIONS.md 21b): "relations
of strategic partnership and alliance" describes, "the Quixotian-Zorblan strategic partnership" the
leaders discuss names one; "the 2nd of October" is a date."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.doc import analyse
from kg.extract.framework_events import own_gathering
from kg.extract.frameworks import find_frameworks
from kg.extract.gazetteer import scan
from kg.extract.learned_frameworks import candidates
from kg.reference import load_reference
from tests.helpers import wh_release

TITLE = "Readout of President Biden's Call with President Zorbl of Quixotia"
OPENING = "President Biden spoke today with President Zorbl of Quixotia. "


def _labels(text: str) -> set[str]:
    ref = load_reference()
    return {e.label for e, _, _ in find_frameworks(text, scan(text, ref), ref, set())}


def _candidates(text: str) -> set[str]:
    held = wh_release(TITLE, OPENING + "They discussed trade.", date(2022, 9, 14))
    m = next(x for x in extract(held).meetings if x.status == "held")
    doc = analyse(wh_release(TITLE, text, date(2022, 9, 14)), load_reference())
    return {c.label for c in candidates(doc, doc.sents, m)}


def test_relations_of_strategic_partnership_describe_and_are_not_listed():
    text = (
        "The leaders discussed the development of Russian-Belarusian relations of strategic partnership "
        "and alliance. Both praised the relations of special strategic partnership between India and Japan, "
        "in the spirit of friendship and strategic partnership."
    )
    assert not any("partnership" in x for x in _labels(text))
    assert not any("partnership" in x for x in _candidates(OPENING + text))


def test_a_strategic_partnership_the_leaders_discuss_is_listed():
    text = "The leaders discussed the strategic partnership between France and Kazakhstan."
    assert "strategic partnership between France and Kazakhstan" in _labels(text)


def test_an_ordinal_date_is_no_candidate():
    found = _candidates(OPENING + "On the 2nd of October they will mark the Lakes Forest Compact together.")
    assert "2nd of October" not in found
    assert "Lakes Forest Compact" in found


def _frameworks(text: str) -> set[str]:
    doc = wh_release(TITLE, OPENING + text, date(2022, 9, 14))
    m = next(x for x in extract(doc).meetings if x.status == "held")
    return {f.label for f in m.frameworks}


def test_the_gathering_the_speaker_is_at_is_not_a_framework():
    assert not any("Lakes" in x for x in _frameworks("We meet here at this historic Northern Lakes Summit."))
    text = "It is good that we are here together at the Northern Lakes Forum today."
    assert [text[a:b] for a, b in own_gathering(text, 0, len(text))] == ["Northern Lakes Forum"]
    assert "Northern Lakes Summit" in _frameworks("They discussed the outcomes of the Northern Lakes Summit.")


def test_the_transatlantic_alliance_describes_and_names_no_body():
    assert not any(
        "Alliance" in x for x in _frameworks("The leaders discussed trade and the Transatlantic Alliance.")
    )


def test_a_plain_partnership_of_two_states_is_no_candidate():
    found = _candidates(
        OPENING + "They praised the Quixotia-Zorbland partnership and the Quixotia-Zorbland talks."
    )
    assert "Quixotia-Zorbland partnership" not in found
    assert "Quixotia-Zorbland talks" in found
