"""A meeting mentioned in passing is judged by the clause that tells it (kg.extract.mention_cues):
a plan, a count or a habit in a later clause of the sentence does not make a specific call habitual.
Sentences written here."""

from __future__ import annotations

from kg.extract.mention_cues import NOT_SPECIFIC, mention_cue


def test_a_plan_or_a_count_in_a_later_clause_leaves_the_call_specific():
    assert mention_cue("Today I spoke with President Ortega; we will meet in Lima next month.")
    assert mention_cue("I spoke with Chancellor Weber this morning, and our teams will work out the details.")
    assert mention_cue("I talked with President Novak, who will host the summit next week.")
    assert mention_cue(
        "Today I spoke with President Ortega about the grain deal, which was extended many times."
    )


def test_a_habit_a_plan_or_an_old_time_in_the_cue_s_own_clause_still_rules_it_out():
    assert mention_cue("I have spoken with President Ortega many times.") is None
    assert mention_cue("I spoke with President Ortega for the third time in the past week.") is None
    assert mention_cue("In the past week, I spoke with President Ortega.") is None
    assert (
        mention_cue("The President spoke with President Ortega two weeks ago, and did not hold back.") is None
    )
    assert mention_cue("We want to help them - for example, I met with President Ortega in Lima.") is None


def test_an_elliptical_list_is_judged_by_its_own_clause():
    assert NOT_SPECIFIC.search("With President of Peru Ana Ortega; we will meet again soon.") is None
    assert NOT_SPECIFIC.search("With President of Peru Ana Ortega, whom I will meet next week.") is None
    assert NOT_SPECIFIC.search("With President of Peru Ana Ortega many times.") is not None
