"""Frameworks: reference names, generic '... Declaration/Agreement/Initiative' names, acronyms."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.frameworks import find_frameworks
from kg.extract.gazetteer import scan
from kg.model import Document
from kg.reference import load_reference
from tests.helpers import wh_release


def _labels(text: str) -> set[str]:
    ref = load_reference()
    return {e.label for e, _, _ in find_frameworks(text, scan(text, ref), ref, set())}


def test_generic_heads_and_plural_declarations():
    found = _labels(
        "They welcomed the Zorbland and Quixote Declarations and the Northern Fisheries Initiative."
    )
    assert {"Zorbland Declaration", "Quixote Declaration", "Northern Fisheries Initiative"} <= found


def test_phrase_with_acronym_in_parentheses():
    ref = load_reference()
    text = "They discussed the Roadmap for river health in Northland for 2022-2025 (RRHN)."
    found = find_frameworks(text, scan(text, ref), ref, set())
    entity = next(e for e, _, _ in found if "RRHN" in e.alt_labels)
    assert entity.label == "Roadmap for river health in Northland for 2022-2025"


def test_excluded_entities_are_not_frameworks():
    ref = load_reference()
    text = "Cooperation with the World Health Organization within the SCO."
    mentions = scan(text, ref)
    who = next(m.iri for m in mentions if text[m.start : m.end] == "World Health Organization")
    found = {e.label for e, _, _ in find_frameworks(text, mentions, ref, {who})}
    assert "World Health Organization" not in found and any("Shanghai" in f or f == "SCO" for f in found)


def test_a_group_is_a_framework_only_when_it_is_a_group_of_officials():
    found = _labels("They discussed the Nuclear Suppliers Group and a deal with the Zorbland Hope Group.")
    assert "Nuclear Suppliers Group" in found and "Zorbland Hope Group" not in found


def _meeting(title: str, text: str):
    doc = wh_release(title, text, date(2022, 6, 1))
    (meeting,) = extract(doc).meetings
    return meeting


def test_bodies_of_a_participating_organization_and_own_agencies_are_not_frameworks():
    m = _meeting(
        "Readout of President Biden's Meeting with European Council President Charles Michel",
        "President Biden met today with European Council President Charles Michel. They discussed "
        "the European Union's support for Ukraine, the NATO-Russia Council and projects of the "
        "United States Agency for International Development under the Zorbland Initiative.",
    )
    labels = {f.label for f in m.frameworks}
    assert "Zorbland Initiative" in labels and "NATO-Russia Council" in labels
    assert not labels & {"European Union", "United States Agency for International Development"}


def test_a_leader_named_as_chair_of_an_organization_also_represents_it():
    m = _meeting(
        "Readout of President Biden's Meeting with President Macky Sall of Senegal",
        "President Biden met today with President Macky Sall of Senegal, Chairperson of the African "
        "Union. They discussed food security.",
    )
    assert {p.label for p in m.participants} == {"Joseph R. Biden, Jr.", "Macky Sall"}
    assert {o.label for o in m.organizations} == {"African Union"}
    assert {c.props["iso"] for c in m.countries} == {"US", "SN"}


def test_a_joint_body_of_a_participating_organization_stays_a_framework():
    m = _meeting(
        "Readout of President Biden's Meeting with NATO Secretary General Jens Stoltenberg",
        "President Biden met today with NATO Secretary General Jens Stoltenberg. They discussed "
        "the work of the NATO-Russia Council.",
    )
    assert {o.label for o in m.organizations} == {"North Atlantic Treaty Organization"}
    assert "NATO-Russia Council" in {f.label for f in m.frameworks}


def test_a_name_with_its_head_noun_first():
    found = _labels(
        "They signed a Treaty of Friendship, Cooperation and Mutual Assistance between Zorbland and "
        "Quixotia. Under the Agreement on Northern Peacekeeping Activities, troops moved."
    )
    assert "Treaty of Friendship, Cooperation and Mutual Assistance between Zorbland and Quixotia" in found
    assert "Agreement on Northern Peacekeeping Activities" in found


def test_a_name_ends_with_its_sentence_and_a_list_of_people_is_not_part_of_it():
    found = _labels("They welcomed the second Summit for Harmony, President Zorb said. The rest followed.")
    assert found == {"Summit for Harmony"}


def test_an_acronym_names_the_words_its_initials_spell():
    found = _labels(
        "The islands value the regional financing initiative through the Northern Resilience Facility (NRF), "
        "and cooperation in the area of Common Harbour and Fishery Policy (CHFP)."
    )
    assert {"Northern Resilience Facility", "Common Harbour and Fishery Policy"} <= found
    assert not any(f.startswith("the regional") or "initiative through" in f for f in found)


def test_a_short_form_in_parentheses_is_the_same_framework():
    ref = load_reference()
    text = "They upheld the Northern Nuclear Free Zone Treaty (Zorbland Treaty) and more."
    found = find_frameworks(text, scan(text, ref), ref, set())
    assert [(e.label, e.alt_labels) for e, _, _ in found] == [
        ("Northern Nuclear Free Zone Treaty", ["Zorbland Treaty"])
    ]


def test_qualified_strategic_partnerships_and_talks_between_two_parties():
    found = _labels(
        "They discussed the comprehensive Zorbian-Quixotian strategic partnership and the strategic "
        "partnership. He reported on the talks between Zorbian and Quixotian representatives."
    )
    assert "comprehensive Zorbian-Quixotian strategic partnership" in found
    assert "talks between Zorbian and Quixotian representatives" in found
    assert "strategic partnership" not in found


def test_talks_of_the_meeting_own_parties_are_not_a_framework_but_talks_of_others_are():
    m = _meeting(
        "Readout of President Biden's Meeting with President Andrzej Duda of Poland",
        "President Biden met today with President Andrzej Duda of Poland. They reviewed the outcome of "
        "the U.S.-Polish talks and the Russian-Ukrainian talks, and the U.S.-Polish dialogue on energy.",
    )
    labels = {f.label for f in m.frameworks}
    assert "Russian-Ukrainian talks" in labels and "U.S.-Polish talks" not in labels


def test_a_reference_name_read_only_inside_a_longer_name_is_not_referenced():
    found = _labels("They cooperate under the United Nations Framework Convention on Zorbland Rivers.")
    assert "United Nations Framework Convention on Zorbland Rivers" in found
    assert "United Nations" not in found


def test_sentence_words_do_not_start_a_name():
    found = _labels(
        "At the Zorbland Water Summit they met. Through the Quixote Fisheries Initiative, aid flows."
    )
    assert {"Zorbland Water Summit", "Quixote Fisheries Initiative"} <= found
    assert not any(f.split()[0] in ("At", "Through", "the") for f in found)


def test_a_name_does_not_run_across_a_line_break_nor_start_inside_a_reference_name():
    found = _labels(
        "Key Economic Corridors\nThe Zorbland Quixote Economic Corridor was welcomed. The Collective "
        "Security Treaty Organisation Collective Security Council met. The participation of Canada "
        "in the Zorbland Platform was welcomed."
    )
    assert "Zorbland Quixote Economic Corridor" in found
    assert not any(f.startswith("Key Economic") or f.startswith("Organisation") for f in found)
    assert "Collective Security Council" in found and "Zorbland Platform" in found


def test_a_name_of_two_parties_is_kept_and_a_reworded_reference_name_is_that_name():
    ref = load_reference()
    text = "They welcomed the U.S.-EU Summit and the CSTO Agreement on Peacekeeping Activities."
    found = find_frameworks(text, scan(text, ref), ref, set())
    assert "U.S.-EU Summit" in {e.label for e, _, _ in found}
    # the reference's "Agreement on CSTO Peacekeeping Activities" in other words: one framework
    assert len([e for e, _, _ in found if "Peacekeeping" in e.label]) == 1


def test_an_abbreviation_is_not_a_sentence_end_and_plural_heads_lead_a_name():
    found = _labels(
        "They launched the U.S. Zorbland Islands Trade and Investment Dialogue. We reaffirm the Compacts "
        "of Free Association between Zorbland and Quixotia."
    )
    assert "U.S. Zorbland Islands Trade and Investment Dialogue" in found
    assert any(f.startswith("Compacts of Free Association") for f in found)


def test_a_reference_name_read_only_inside_a_longer_name_anywhere_is_not_referenced():
    found = _labels("They support the 1982 United Nations Convention on Zorbland Fisheries.")
    assert "United Nations" not in found
    assert any("Convention on Zorbland Fisheries" in f for f in found)


def test_a_joint_statement_named_by_its_authors_or_subject_is_a_framework():
    found = _labels(
        "They signed a joint statement by the Speakers of the Parliaments of Zorbland, Quixotia and "
        "Ruritania in support of peace. Later they adopted the joint declaration on Zorbland River Safety."
    )
    assert "Joint statement by the Speakers of the Parliaments of Zorbland, Quixotia and Ruritania" in found
    assert "Joint declaration on Zorbland River Safety" in found
    assert "joint statement" not in {f.lower() for f in found}  # no bare "joint statement"


def test_an_agency_of_the_publishers_state_unknown_to_the_reference_is_not_a_framework():
    m = _meeting(
        "Readout of President Biden's Meeting with European Council President Charles Michel",
        "President Biden met today with European Council President Charles Michel. They discussed "
        "grants of the U.S. Agency for Zorbland Development (USAZD) and of the Zorbland Agency for Rivers "
        "(ZAR) under the Zorbland Initiative.",
    )
    labels = {f.label for f in m.frameworks}
    assert "Zorbland Initiative" in labels and "Zorbland Agency for Rivers" in labels
    assert not any(label.startswith("U.S.") for label in labels)


def test_a_states_generic_legislature_is_not_a_framework():
    assert not _labels("He addressed the National Congress and the House Committee.")


def test_a_name_after_an_office_and_a_name_with_states_in_its_tail():
    found = _labels(
        "He looks forward to seeing the Prime Minister in Madrid for the Northern Fisheries Summit. They "
        "noted the Association Agreement between Ukraine and the EU. He met the Secretary of the Zorbland "
        "Security Council."
    )
    assert {"Northern Fisheries Summit", "Association Agreement between Ukraine and the EU"} <= found
    assert not any("Security Council" in x or "Prime Minister" in x for x in found)


def test_a_quoted_name_with_its_head_noun_is_a_framework():
    found = _labels(
        'The Government developed the "river shield" initiative. It is a project of the programme of the '
        'President of Zorbland "Large Building". He called it a "pariah" state.'
    )
    assert {"river shield initiative", "Large Building"} <= found
    assert not any("pariah" in x for x in found)


def test_another_forum_or_congress_is_named_by_its_head():
    found = _labels(
        "They prepared the 17th Forum of Interregional Cooperation between Zorbland and Quixotia. They met "
        "at the Northern Producers Forum. He invited him to the 7th World Congress of Leaders of Northern "
        "Religions."
    )
    assert {
        "17th Forum of Interregional Cooperation between Zorbland and Quixotia",
        "Northern Producers Forum",
        "7th World Congress of Leaders of Northern Religions",
    } <= found


def test_talks_whose_parties_are_named_by_their_people_are_a_framework():
    found = _labels(
        "The leaders discussed the results of the third round of talks between the Zorbish delegation "
        "and representatives of the Quixote authorities."
    )
    assert any(f.startswith("talks between the Zorbish delegation") for f in found)


def test_the_gathering_a_meeting_was_held_at_is_its_setting_not_a_framework():
    title = "Readout of President Biden's Meeting with Prime Minister Kishida of Japan"
    for text in (
        # a known event under another spelling of its name
        "President Biden met today with Prime Minister Kishida of Japan on the margins of the G20 "
        "Leaders’ Summit in Bali. They welcomed the Northern Fisheries Initiative.",
        # a gathering the event step does not name
        "Today in Quixote at the Zorbland Summit, President Biden and Prime Minister Kishida of Japan "
        "reaffirmed their partnership. They welcomed the Northern Fisheries Initiative.",
    ):
        labels = {f.label for f in _meeting(title, text).frameworks}
        assert "Northern Fisheries Initiative" in labels
        assert not any("Summit" in x for x in labels), text


def test_a_persons_title_and_a_building_are_not_frameworks():
    found = _labels(
        "Mr Zorb, Politburo Member and Director of the Office of the Zorbland Affairs Commission, spoke "
        "at the Walter Quixote Convention Center about the Northern Fisheries Initiative."
    )
    assert "Northern Fisheries Initiative" in found
    assert not any("Director" in f or "Convention Center" in f for f in found), found


def test_a_states_agency_named_only_by_its_kind_is_an_actor_not_a_framework():
    m = _meeting(
        "Readout of President Biden's Meeting with Prime Minister Kishida of Japan",
        "President Biden met today with Prime Minister Kishida of Japan. The Department of Energy (DOE) "
        "and the National Oceanic and Atmospheric Administration (NOAA) will support the Northern "
        "Fisheries Initiative.",
    )
    labels = {f.label for f in m.frameworks}
    assert "Northern Fisheries Initiative" in labels
    assert not any("Department" in x or "Administration" in x for x in labels), labels


def test_a_headings_verb_is_not_part_of_the_name():
    found = _labels("Launching the Zorbland Fisheries Program to support the use of small reactors.")
    assert "Zorbland Fisheries Program" in found and not any(f.startswith("Launching") for f in found)


def test_programme_heads_and_plural_heads_name_frameworks():
    found = _labels(
        "They praised the Zorbland Democracy Award, the Quixote Youth Fellowship, the Northern Culture "
        "Days and their respective Indo-Zorbic Strategies."
    )
    assert {
        "Zorbland Democracy Award",
        "Quixote Youth Fellowship",
        "Northern Culture Days",
        "Indo-Zorbic Strategies",
    } <= found, found
    assert not any(
        "CEO" in f for f in _labels("Mr Zorb, Founding Partner and CEO of Horizon Capital, spoke.")
    )


def test_each_quoted_name_listed_after_a_head_noun_is_a_framework():
    found = _labels(
        'To this end, the programs "Healthy Zorbland", "Large Construction" and "Active Parks" were launched.'
    )
    assert {"Healthy Zorbland", "Large Construction", "Active Parks"} <= found, found


def test_talks_between_people_are_the_meeting_not_a_framework():
    found = _labels("The Kremlin hosted talks between Vladimir Putin and President of Zorbland Quix Zorb.")
    assert not any(f.startswith("talks between") for f in found), found


def test_a_bare_security_council_is_a_states_own_organ():
    found = _labels(
        "He will hold a meeting at the Security Council and discuss the Northern Fisheries Initiative."
    )
    assert "Security Council" not in found and "Northern Fisheries Initiative" in found


def test_learned_candidates_stop_at_a_sentence_end_and_are_never_a_place_and_a_date():
    from kg.extract.doc import analyse
    from kg.extract.learned_frameworks import candidates

    doc_ = Document(
        "kremlin",
        "x",
        "Talks with President of Zorbland",
        "We expect the Prime Minister to visit Moscow in December. We called for more to battle COVID. "
        "Five programmes were launched.",
        date(2022, 6, 1),
    )
    m = _meeting("Readout of President Biden's Meeting with Prime Minister Kishida of Japan", "x")
    doc = analyse(doc_, load_reference())
    labels = {c.label for c in candidates(doc, doc.sents, m)}
    assert "Moscow in December" not in labels
    assert not any(". " in x for x in labels), labels


def test_a_name_read_again_with_its_parties_is_one_framework():
    ref = load_reference()
    text = (
        "They upgraded relations to a Zorbland Comprehensive Partnership for peace. The Zorbland "
        "Comprehensive Partnership between Quixotia and Northland will deepen trade."
    )
    found = [e for e, _, _ in find_frameworks(text, scan(text, ref), ref, set())]
    named = [e for e in found if "Zorbland Comprehensive Partnership" in (e.label, *e.alt_labels)]
    assert len(named) == 1


def test_new_heads_name_frameworks():
    found = _labels(
        "The leaders endorsed the Northland Outlook on the Sea. They joined the Blue Quixote Network."
    )
    assert {"Northland Outlook on the Sea", "Blue Quixote Network"} <= found


def test_referenced_bodies_named_by_their_head():
    found = _labels(
        "They spoke of the Northland Joint Investigation Team. "
        "A Protocol was signed. The 7+7 Joint Military Committee met in Quixotia."
    )
    assert {"Northland Joint Investigation Team", "7+7 Joint Military Committee"} <= found
    assert not any(f.startswith("A ") for f in found)


def test_two_names_sharing_a_lower_case_head():
    found = _labels("They discussed negotiations within the Quixote and Zorbland formats.")
    assert {"Quixote format", "Zorbland format"} <= found


def test_talks_between_two_states_carry_their_short_names():
    m = _meeting(
        "Readout of President Biden's Call with President Emmanuel Macron of France",
        "President Biden spoke today with President Emmanuel Macron of France. They discussed the "
        "talks between Russian and Ukrainian representatives.",
    )
    talks = next(f for f in m.frameworks if "talks" in f.label)
    assert {"Russia-Ukraine talks", "Russian-Ukrainian negotiations"} <= set(talks.alt_labels)


def test_a_meeting_told_in_passing_reads_frameworks_in_its_paragraph():
    from kg.extract.frameworks import paragraph

    text = "First paragraph.\n\nI spoke with him. We discussed the Zorbland Initiative.\n\nLast one."
    s = text.index("I spoke")
    start, end = paragraph(text, s, s + len("I spoke with him."))
    assert text[start:end].strip() == "I spoke with him. We discussed the Zorbland Initiative."


def test_a_state_named_in_the_possessive_before_its_acronym_is_no_framework():
    found = _labels("They praised the United Arab Emirates’ (UAE) work for a ceasefire.")
    assert not any("Emirates" in f for f in found)


def test_a_new_name_is_cut_clean_of_quotes_people_and_the_next_sentence():
    found = _labels(
        "They signed the “Zorbland Integration Agreement” today. At the Quixote Summit in Lima, "
        "President Biden and the Vice President met. They fought COVID. Five Zorb Partners Initiative "
        "was born. NOTE the Northland Assembly Resolution on fish."
    )
    assert {"Zorbland Integration Agreement", "Northland Assembly Resolution"} <= found
    assert not any("COVID" in f or "Biden" in f or f.startswith("NOTE") for f in found)


def test_a_themed_year_of_two_states_is_a_framework():
    found = _labels("They opened the Northland-Quixote Cross Year of Culture. We wish you a Happy New Year.")
    assert "Northland-Quixote Cross Year of Culture" in found
    assert not any("New Year" in f for f in found)
