"""The right person for a name: an honorific that does not fit the leader of a surname names the spouse
who shares it ("Dr. Biden"); an official of an international organization and of no state acts for it
(the EU High Representative is the EU, not Spain); a spouse's style is no event ("the First Lady's
Meeting"); a label is a clean name; two spellings of one name with and without a hyphen are one node."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from kg.extract import extract
from kg.extract.gazetteer import scan
from kg.extract.people import People, find_in_text
from kg.extract.people.table import unknown
from kg.model import Document, Meeting
from kg.namespaces import release_iri
from kg.query import run_query
from kg.rdf import extraction_to_quads
from kg.reconcile import reconcile
from kg.reference import load_reference
from kg.store import EmbeddedStore, load_reference_data
from tests.helpers import counted_participant_labels, reported_meetings


def _doc(title: str, text: str, released: date, reader: str = "whitehouse", key: str = "") -> Document:
    key = key or f"{reader}-{abs(hash(text))}"
    return Document(reader, key, title, text, released, f"https://example.org/{key}")


def _held(doc: Document) -> Meeting:
    (m,) = reported_meetings(doc)
    return m


def test_dr_or_mrs_before_a_surname_a_spouse_shares_with_the_leader_names_the_spouse():
    m = _held(
        _doc(
            "Readout of the First Lady's Meeting with the First Lady of France",
            "Today, Dr. Biden welcomed Mrs. Macron to the White House. Dr. Biden and Mrs. Macron visited a "
            "school in Washington and discussed education.",
            date(2022, 12, 1),
        )
    )
    assert sorted(p.label for p in m.participants) == ["Brigitte Macron", "Jill Biden"]
    assert sorted(c.key for c in m.countries) == ["FR", "US"]


def test_mr_or_the_leaders_title_before_the_surname_still_names_the_leader():
    ref = load_reference()
    text = "President Biden thanked Mr. Macron. Mr. Biden spoke."
    pp = find_in_text(text, scan(text, ref), ref, date(2022, 12, 1), "US")
    assert sorted(p.label for p in pp.people.values()) == ["Emmanuel Macron", "Joseph R. Biden, Jr."]


def test_the_eu_high_representative_takes_part_for_the_eu_not_for_his_state():
    m = _held(
        _doc(
            "Readout of President Biden's Meeting with Josep Borrell",
            "President Biden met today with Josep Borrell at the White House. They discussed support for "
            "Ukraine.",
            date(2022, 1, 10),
        )
    )
    assert [c.key for c in m.countries] == ["US"]
    assert [o.label for o in m.organizations] == ["European Union"]


def test_a_spouses_style_in_a_readouts_title_is_no_event():
    m = _held(
        _doc(
            "Readout of the First Lady's Meeting with the First Lady of Ukraine",
            "Today, First Lady Jill Biden met with First Lady of Ukraine Olena Zelenska at the White House. "
            "They discussed support for Ukrainian children.",
            date(2022, 7, 19),
        )
    )
    assert m.event is None
    assert sorted(p.label for p in m.participants) == ["Jill Biden", "Olena Zelenska"]


def test_a_name_set_off_by_a_comma_and_an_invisible_mark_is_labelled_without_them():
    pp = People(load_reference(), date(2023, 3, 10), "KZ")
    p = unknown(pp, "Aibek Dadebay,\u200b")
    assert p is not None and p.label == "Aibek Dadebay"


def test_a_family_name_written_first_before_another_given_name_is_not_the_reference_holder():
    """ "Cho Taeyong" is not the Foreign Minister Cho Tae-yul whose family name "Cho" stands for him."""
    ref = load_reference()
    text = "National Security Advisor Jake Sullivan spoke with National Security Advisor Cho Taeyong."
    pp = find_in_text(text, scan(text, ref), ref, date(2024, 3, 5), "US")
    assert sorted(p.label for p in pp.people.values()) == ["Cho Taeyong", "Jake Sullivan"]
    text = "Secretary Blinken met Foreign Minister Cho. Cho thanked him."
    pp = find_in_text(text, scan(text, ref), ref, date(2024, 3, 5), "US")
    assert "Cho Tae-yul" in [p.label for p in pp.people.values()]


def _persons_of_counted_meetings(tmp_path: Path, docs: list[Document]) -> list[str]:
    return counted_participant_labels(tmp_path / "s", docs)


def test_one_name_written_with_and_without_a_hyphen_is_one_person_node(tmp_path):
    docs = [
        _doc(
            "Readout of National Security Advisor Jake Sullivan's Meeting with National Security Advisor "
            "Cho Tae-yong of the Republic of Korea",
            "National Security Advisor Jake Sullivan met today with National Security Advisor Cho Tae-yong "
            "of the Republic of Korea. They discussed the alliance.",
            date(2024, 2, 1),
            key="a",
        ),
        _doc(
            "Readout of National Security Advisor Jake Sullivan's Call with National Security Advisor Cho "
            "Taeyong of the Republic of Korea",
            "National Security Advisor Jake Sullivan spoke today with National Security Advisor Cho Taeyong "
            "of the Republic of Korea. They discussed North Korea.",
            date(2024, 3, 5),
            key="b",
        ),
    ]
    people = _persons_of_counted_meetings(tmp_path, docs)
    assert len([p for p in people if p.startswith("Cho")]) == 1, people


def test_a_rank_written_with_a_hyphen_is_a_title_not_part_of_the_name():
    ref = load_reference()
    text = (
        "Sullivan met Undersecretary for Administration Vice-Admiral Benito Galeana of Mexico in Mexico City."
    )
    pp = find_in_text(text, scan(text, ref), ref, date(2021, 8, 10), "US")
    assert "Benito Galeana" in [p.label for p in pp.people.values()]


def test_a_person_two_releases_give_different_states_keeps_the_state_of_most_of_his_meetings(tmp_path):
    docs = [
        _doc(
            "Readout of President Biden's Meeting with Prime Minister Mark Brown of the Cook Islands",
            f"President Biden met today with Prime Minister Mark Brown of the Cook Islands. They discussed "
            f"{t}.",
            date(2023, 9, day),
            key=f"ck-{day}",
        )
        for day, t in ((25, "climate change"), (26, "fisheries"))
    ] + [
        _doc(
            "Readout of Secretary Blinken's Meeting with Australian Minister Mark Brown",
            "Secretary Blinken met today with Australian Minister Mark Brown. They discussed the Pacific.",
            date(2023, 9, 27),
            key="au",
        )
    ]
    store = EmbeddedStore(tmp_path / "s")
    load_reference_data(store)
    store.write_releases([(str(release_iri(d.key)), extraction_to_quads(extract(d))) for d in docs])
    reconcile(store)
    try:
        rows = run_query(
            store,
            "SELECT DISTINCT ?iso WHERE { ?m a dmo:DistinctMeeting ; dmo:participant ?p . ?p rdfs:label ?l ; "
            "schema:nationality/dmo:isoCode ?iso FILTER(STR(?l) = 'Mark Brown') }",
        ).records()
    finally:
        store.close()
    assert [r["iso"] for r in rows] == ["CK"]


def test_an_honorific_and_the_given_name_of_a_patronymic_name_named_before_is_that_person():
    ref = load_reference()
    text = (
        "The Vice President met today with President Mohammed bin Zayed of the United Arab Emirates. "
        "She congratulated Sheikh Mohammed on the success of the conference."
    )
    pp = find_in_text(text, scan(text, ref), ref, date(2023, 12, 2), "US")
    assert [p.label for p in pp.people.values()] == ["Mohamed bin Zayed Al Nahyan"]


def test_a_reference_persons_name_with_a_middle_name_more_is_that_person():
    ref = load_reference()
    text = "President Biden met with President George Manneh Weah of Liberia."
    pp = find_in_text(text, scan(text, ref), ref, date(2022, 12, 14), "US")
    assert sorted(p.label for p in pp.people.values()) == ["George Weah", "Joseph R. Biden, Jr."]


def test_a_verb_after_a_name_in_a_title_case_title_is_no_person():
    from kg.extract.gazetteer import scan
    from kg.extract.people import find_in_text
    from kg.reference import load_reference

    ref = load_reference()
    for title in (
        "President Biden to Meet Virtually with EU Leaders at European Council Summit",
        "Vice President Harris to Travel Privately to Singapore and Vietnam",
    ):
        people = find_in_text(title, scan(title, ref), ref, date(2021, 3, 23), "US")
        assert [m.key for m in people.mentions if " " in m.key] == [], title
