"""Signed papers named in lower case by their kind and subject."""

from __future__ import annotations

from kg.extract.framework_papers import signed_papers
from kg.extract.frameworks import find_frameworks
from kg.extract.gazetteer import scan
from kg.reference import load_reference


def _labels(text: str) -> list[str]:
    ref = load_reference()
    return [e.label for e, _, _ in find_frameworks(text, scan(text, ref), ref, set())]


def test_papers_in_a_list_of_signed_documents_are_each_a_framework():
    found = _labels(
        "The ministers signed a memorandum of cooperation on fisheries and aquaculture and a roadmap for "
        "cooperation in science, and the programme of youth exchanges for 2031–2033 was adopted."
    )
    assert "memorandum of cooperation on fisheries and aquaculture" in found
    assert "roadmap for cooperation in science" in found
    assert "programme of youth exchanges for 2031–2033" in found


def test_a_paper_stops_at_the_verb_that_tells_its_signing():
    found = [
        label
        for label, _, _ in signed_papers(
            "An intergovernmental agreement on cooperation in lunar research signed in Zorbgrad last year."
        )
    ]
    assert found == ["intergovernmental agreement on cooperation in lunar research"]


def test_an_agreement_on_a_need_is_no_paper():
    assert _labels("The leaders reached an agreement on the need to resume the talks soon.") == []


def test_a_paper_named_by_its_kind_alone_is_none():
    assert _labels("A memorandum of understanding was signed after the talks.") == []
