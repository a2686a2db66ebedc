"""People a release names without their taking part: a leader named only as a possessor ("X's war"),
a third person a transcript's speaker talks about. They are no participants of the meeting the release
reports; the one who has the meeting ("X's Call with Y") and who the narrative says took part are.
Sentences written for the tests in the style of the releases."""

from __future__ import annotations

from datetime import date

from kg.extract.doc import analyse
from kg.extract.speech import speech_parts
from kg.model import Document
from kg.reference import load_reference
from tests.helpers import wh_release, who_took_part


def test_a_leader_named_as_possessor_in_a_fact_sheets_title_does_not_take_part():
    people, _ = who_took_part(
        wh_release(
            "FACT SHEET: United States and Partners Raise the Costs of Putin’s War Against Ukraine",
            "Today, President Biden and G7 Leaders met with President Zelenskyy of Ukraine to affirm "
            "their support.\n\nPutin’s war is expected to shrink the economy of Russia this year.",
            released=date(2022, 6, 29),
        )
    )
    assert "Vladimir Putin" not in people
    assert {"Joseph R. Biden, Jr.", "Volodymyr Zelenskyy"} <= set(people)


def test_the_possessor_of_the_call_in_a_title_takes_part():
    people, _ = who_took_part(
        wh_release(
            "Readout of President Biden’s Call with President Zelenskyy of Ukraine",
            "The two leaders discussed security assistance and the reconstruction of the energy grid.",
            released=date(2022, 6, 29),
        )
    )
    assert {"Joseph R. Biden, Jr.", "Volodymyr Zelenskyy"} <= set(people)


def test_a_leader_a_speaker_talks_about_in_remarks_does_not_take_part():
    people, _ = who_took_part(
        wh_release(
            "Remarks by President Biden and NATO Secretary General Jens Stoltenberg | Madrid, Spain",
            "Madrid, Spain\n\n10:17 A.M. CEST\n\n"
            "PRESIDENT BIDEN: Jens, thank you for having me this morning. We have a big agenda today.\n\n"
            "He wanted less of the Alliance; President Putin is getting more of it, with two states "
            "joining our Alliance.\n\n"
            "SECRETARY GENERAL STOLTENBERG: Thank you, Mr. President, and welcome to Madrid.\n\n"
            "END 10:25 A.M. CEST",
            released=date(2022, 6, 29),
        )
    )
    assert "Vladimir Putin" not in people
    assert {"Joseph R. Biden, Jr.", "Jens Stoltenberg"} <= set(people)


def test_a_narrative_paragraph_after_a_transcript_still_says_who_took_part():
    people, _ = who_took_part(
        Document(
            "kremlin",
            "kremlin/t.md",
            "Russian-Chinese talks",
            "Vladimir Putin held talks with President of China Xi Jinping in the Kremlin.\n\n"
            "Vladimir Putin: Mr President, friends, I am glad to welcome you to Moscow.\n\n"
            "Later, Chairman of the Government Mikhail Mishustin joined the talks.",
            date(2023, 3, 21),
        )
    )
    assert "Mikhail Mishustin" in people
    assert {"Vladimir Putin", "Xi Jinping"} <= set(people)


def test_a_briefers_account_of_the_meeting_held_still_names_who_took_part():
    people, _ = who_took_part(
        wh_release(
            "Background Press Call by Senior Administration Officials on Day One of the Summit for Democracy",
            "SENIOR ADMINISTRATION OFFICIAL: Great, thanks. So today, President Biden opened the summit’s "
            "official program with leaders from around the world.\n\n"
            "This morning, the President convened a private discussion with leaders, followed by a "
            "session hosted by European Commission President von der Leyen, and we were glad to see it.\n\n"
            "END 3:40 P.M. EST",
            released=date(2022, 6, 29),
        )
    )
    assert {"Joseph R. Biden, Jr.", "Ursula von der Leyen"} <= set(people)


def test_a_speech_goes_on_past_its_label_until_the_transcripts_end():
    doc = analyse(
        wh_release(
            "Remarks by President Biden and Prime Minister Sánchez of Spain Before Bilateral Meeting",
            "The Oval Office\n\n"  # 0: where (no speaker yet)
            "PRESIDENT BIDEN: Welcome, Mr. Prime Minister.\n\n"  # 1: a speaker's label
            "We have a lot to talk about, and I am glad you are here.\n\n"  # 2: his speech goes on
            "The press was escorted out of the room.\n\n"  # 3: no first or second person: not his
            "END 2:14 P.M. EDT\n\n"  # 4: the transcript's end
            "Our two countries signed a memorandum on energy.",
            released=date(2022, 6, 29),  # 5: after the end
        ),
        load_reference(),
    )
    labelled, continued = speech_parts(doc)
    paras = sorted({s.para for s in doc.sents})
    assert labelled == {paras[1]}
    assert continued == {paras[2]}
