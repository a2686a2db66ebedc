"""Forms of names the reference data does not spell out, derived by the loader (issue 14):
"St. Lucia" for "Saint Lucia", "Micronesia" for "Micronesia, Federated States of", "European
Commissioner" for a member of the European Commission; an ambiguous form names nobody."""

from __future__ import annotations

from kg.extract.gazetteer import scan
from kg.reference import load_reference
from kg.reference.variants import variants


def _labels(text: str) -> list[str]:
    ref = load_reference()
    return [ref.entities[x.iri].label for x in scan(text, ref)]


def test_saint_is_also_written_st_with_or_without_a_dot():
    assert _labels("Delegations from St. Lucia and St Kitts and Nevis arrived.") == [
        "Saint Lucia",
        "Saint Kitts and Nevis",
    ]
    assert _labels("The Prime Minister of St. Vincent and the Grenadines spoke.") == [
        "Saint Vincent and the Grenadines"
    ]


def test_an_inverted_label_answers_to_its_name_alone_and_in_order():
    assert _labels("Leaders of Fiji, Micronesia and Palau met.") == [
        "Fiji",
        "Micronesia, Federated States of",
        "Palau",
    ]
    assert list(variants("Moldova, Republic of", "country")) == ["Republic of Moldova", "Moldova"]
    assert list(variants("Congo, The Democratic Republic of the", "country")) == [
        "Democratic Republic of Congo",
        "Congo",
    ]


def test_a_form_two_states_share_names_neither():
    # "Korea, Democratic People's Republic of" would give "Korea", which the data gives the South
    assert _labels("Talks with Korea resumed.") == ["South Korea"]
    # "Congo, The Democratic Republic of the" would give "Congo", a label of the other Congo
    assert _labels("Talks with Congo resumed.") == ["Republic of the Congo"]


def test_lao_pdr_and_a_commissioner_of_the_european_commission():
    assert _labels("The Lao PDR hosted the talks.") == ["Laos"]
    assert _labels("European Commissioner for Trade spoke.") == ["European Commission"]


def test_the_major_economies_forum_is_known():
    assert _labels("The Major Economies Forum on Energy and Climate met.") == [
        "Major Economies Forum on Energy and Climate"
    ]
    assert _labels("a meeting of the Major Economies Forum (MEF)") == [
        "Major Economies Forum on Energy and Climate",
        "Major Economies Forum on Energy and Climate",
    ]
