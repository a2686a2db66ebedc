"""One node per person, with the nationality that is his: a state an envoy's title is for or an
ambassador is posted to is not his ("Special Envoy for Yemen", "Deputy Chief of Mission in Mexico");
the title of the previous item of a list is not the next one's; a surname one letter off under the same
given name and a name without its second surname are the person written in full; the lists of words
and names extraction reads are reference data (kg/reference/data), part of the extractor version."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from kg.extract import pipeline
from kg.extract.gazetteer import scan
from kg.extract.people import People, find_in_text
from kg.extract.version import version_of
from kg.reference import load_reference
from kg.reference.lists import reference_list
from tests.helpers import WHITE_HOUSE, counted_participant_labels, publisher_release


def _people(text: str, home: str = "US", on: date = date(2023, 4, 14)) -> dict[str, str | None]:
    ref = load_reference()
    pp: People = find_in_text(text, scan(text, ref), ref, on, home)
    return {p.label: p.country for p in pp.people.values()}


def _participant_labels(tmp_path, docs) -> set[str]:
    """The labels of the people taking part in counted meetings, after ingesting and reconciling `docs`."""
    return set(counted_participant_labels(tmp_path / "s", docs))


def test_the_state_an_envoy_is_for_is_his_brief_not_his_nationality():
    people = _people(
        "Brett Quillan traveled to Riyadh with U.S. Special Envoy for Yemen Tim Vanderlorn to discuss the "
        "truce."
    )
    assert people.get("Tim Vanderlorn") != "YE", people


def test_the_state_a_diplomat_is_posted_in_is_not_his_nationality():
    people = _people(
        "The United States delegation included the Deputy Attorney General, Lisa Q. Marlowe; and the "
        "U.S. Deputy Chief of Mission in Mexico, Mark Q. Jonsen.  \nCanada was represented by the "
        "Associate Deputy Minister of Public Safety Canada, Trina Gaddis; and the Counsellor at the "
        "Canadian Embassy in Mexico, Lucie Verrand."
    )
    assert people.get("Mark Q. Jonsen") != "MX" and people.get("Lucie Verrand") != "MX", people


def test_the_title_before_a_list_item_is_the_previous_persons_not_the_next_ones():
    people = _people(
        "The session was co-hosted by His Excellency Kevin Barnaby, Minister of Health and Wellness of "
        "Belize, and Her Excellency Svenja Schulteis, Federal Minister for Economic Cooperation and "
        "Development of Germany, and His Excellency Xavier Becerro, Secretary of Health and Human "
        "Services of the United States."
    )
    assert people.get("Svenja Schulteis") != "BZ" and people.get("Xavier Becerro") != "DE", people


def _counted_people(tmp_path: Path, names: list[str]) -> list[str]:
    docs = [
        publisher_release(
            WHITE_HOUSE,
            f"r{i}",
            date(2023, 3, 1 + 7 * i),
            f"Readout of National Security Advisor Jake Sullivan's Meeting with {name}",
            f"National Security Advisor Jake Sullivan met today with Minister of Foreign Affairs of Mexico "
            f"{name}. They discussed migration.",
        )
        for i, name in enumerate(names)
    ]
    return [label for label in counted_participant_labels(tmp_path / "s", docs) if label != "Jake Sullivan"]


def test_a_surname_one_letter_off_under_the_same_given_name_is_one_person(tmp_path):
    assert _counted_people(tmp_path, ["Alejandro Quintanello", "Alejandro Quintanelo"]) == [
        "Alejandro Quintanello"
    ]


def test_a_name_without_its_second_surname_is_the_person_named_in_full(tmp_path):
    assert _counted_people(tmp_path, ["Esteban Robledano", "Esteban Robledano Castañeda"]) == [
        "Esteban Robledano Castañeda"
    ]


def test_other_given_names_or_other_middle_initials_stay_two_people(tmp_path):
    assert _counted_people(tmp_path, ["Maria Quintanello", "Teresa Quintanelo"]) == [
        "Maria Quintanello",
        "Teresa Quintanelo",
    ]
    assert _counted_people(tmp_path / "2", ["Mark C. Holtsmann", "Mark D. Holtsman"]) == [
        "Mark C. Holtsmann",
        "Mark D. Holtsman",
    ]


def test_the_lists_of_words_and_names_are_reference_data_of_the_extractor_version(tmp_path):
    assert reference_list("publishers")["offices"]["Élysée"] == "FR"
    assert "Without" in reference_list("people_words")["stop_words"].split()
    copy = tmp_path / "kg"
    for part in ("extract", "reference"):
        shutil.copytree(
            Path(pipeline.__file__).parents[1] / part,
            copy / part,
            ignore=shutil.ignore_patterns("__pycache__"),
        )
    shutil.copy(Path(pipeline.__file__).parents[1] / "rdf.py", copy / "rdf.py")
    before = version_of(copy / "extract")
    words = copy / "reference" / "data" / "people_words.toml"
    words.write_text(words.read_text(encoding="utf-8").replace("Without", "Without Sans"), encoding="utf-8")
    assert version_of(copy / "extract") != before


def test_a_reference_person_named_by_one_name_is_not_merged_with_another_of_that_surname(tmp_path):
    docs = [
        publisher_release(
            WHITE_HOUSE,
            "k",
            date(2023, 5, 2),
            "Readout of President Biden's Meeting with King Abdullah II of Jordan",
            "President Biden met today with King Abdullah II of Jordan at the White House. They discussed "
            "the region.",
        ),
        publisher_release(
            WHITE_HOUSE,
            "u",
            date(2023, 6, 6),
            "Readout of National Security Advisor Jake Sullivan's Meeting with Makeda Abdullah",
            "National Security Advisor Jake Sullivan met today with Makeda Abdullah, Special Envoy of the "
            "African Union for the Sahel. They discussed the region.",
        ),
    ]
    labels = _participant_labels(tmp_path, docs)
    assert "Abdullah II" in labels and "Makeda Abdullah" in labels, labels


def test_the_first_of_two_surnames_alone_is_the_person_named_in_full(tmp_path):
    docs = [
        publisher_release(
            WHITE_HOUSE,
            "g1",
            date(2023, 3, 1),
            "Readout of National Security Advisor Jake Sullivan's Meeting with Officials of Mexico",
            "National Security Advisor Jake Sullivan met today with Minister of Foreign Affairs of Mexico "
            "Alejandro Quiroga Mendel. They discussed migration.",
        ),
        publisher_release(
            WHITE_HOUSE,
            "g2",
            date(2023, 6, 1),
            "Readout of National Security Advisor Jake Sullivan's Meeting with Officials of Mexico",
            "National Security Advisor Jake Sullivan met today in Mexico City with President Andrés Manuel "
            "López Obrador, Foreign Secretary Marcelo Ebrard and Minister Quiroga. They discussed migration.",
        ),
    ]
    labels = _participant_labels(tmp_path, docs)
    assert "Alejandro Quiroga Mendel" in labels and "Quiroga" not in labels, labels


def test_a_given_name_alone_is_not_taken_for_a_first_surname(tmp_path):
    docs = [
        publisher_release(
            WHITE_HOUSE,
            "c1",
            date(2023, 7, 10),
            "Readout of President Biden's Meeting with His Majesty King Charles III",
            "President Biden met today with His Majesty King Charles III at Windsor Castle. They discussed "
            "climate change.",
        ),
        publisher_release(
            WHITE_HOUSE,
            "c2",
            date(2023, 7, 3),
            "Readout of National Security Advisor Jake Sullivan's Meeting with NATO Officials",
            "National Security Advisor Jake Sullivan met today with NATO Assistant Secretary General "
            "Jean-Charles Ellmark-Kobongo. They discussed the summit.",
        ),
    ]
    labels = _participant_labels(tmp_path, docs)
    assert {"Charles III", "Jean-Charles Ellmark-Kobongo"} <= labels, labels


def test_a_name_with_another_second_surname_is_the_same_mexican_official(tmp_path):
    # written here: one release slips on the second surname of a Mexican minister
    [one] = _counted_people(tmp_path, ["Rogelio Quintanar Olmedo", "Rogelio Quintanar Vidaurri"])
    assert one.startswith("Rogelio Quintanar ")


def test_other_second_surnames_stay_two_people_when_the_first_is_a_given_name_or_no_state_of_two(tmp_path):
    # the word before the last begins a name (a middle name, not a first surname)
    assert (
        len(
            _counted_people(
                tmp_path, ["Rogelio Quintanar Olmedo", "Rogelio Quintanar Vidaurri", "Quintanar Bell"]
            )
        )
        == 3
    )
    # no state whose people bear two surnames
    docs = [
        publisher_release(
            WHITE_HOUSE,
            f"e{i}",
            date(2023, 3, 1 + 7 * i),
            f"Readout of National Security Advisor Jake Sullivan's Meeting with {name}",
            f"National Security Advisor Jake Sullivan met today with Minister of Foreign Affairs of Estonia "
            f"{name}. They discussed security.",
        )
        for i, name in enumerate(["Mart Andres Kivistik", "Mart Andres Saarepuu"])
    ]
    labels = [la for la in counted_participant_labels(tmp_path / "e", docs) if la != "Jake Sullivan"]
    assert len(labels) == 2, labels
