"""The one reader of clauses about another meeting or another time (kg.extract.elsewhere)."""

from __future__ import annotations

from datetime import date

from kg.extract.elsewhere import elsewhere, of_other_time, told_elsewhere


def _kinds_at(text: str, word: str, day: date | None = None) -> set[str]:
    at = text.index(word)
    return {c.kind for c in elsewhere(text, day) if c.holds(at)}


def test_a_place_in_a_clause_of_an_event_ahead_is_told_elsewhere():
    text = "The leaders discussed preparations for the upcoming NATO Summit in Vilnius."
    assert "ahead" in _kinds_at(text, "Vilnius")
    assert not _kinds_at(text, "leaders")


def test_a_time_word_after_what_it_dates_covers_the_clause_before_it():
    text = "He spoke by phone with the Chancellor, recalling the virtual leaders' summit later this week."
    assert "ahead" in _kinds_at(text, "virtual")
    assert not _kinds_at(text, "phone")


def test_a_manner_adverbial_belongs_to_the_verb_not_to_the_event_ahead():
    text = "They discussed the upcoming virtual summit by phone."
    assert "ahead" in _kinds_at(text, "virtual")
    assert not _kinds_at(text, "phone")


def test_a_date_of_another_day_dates_its_clause_only_when_the_day_is_known():
    text = "They recalled the talks held in Brussels on January 10."
    assert "dated" in _kinds_at(text, "Brussels", date(2022, 3, 4))
    assert "dated" not in _kinds_at(text, "Brussels", date(2022, 1, 10))
    assert "dated" not in _kinds_at(text, "Brussels")


def test_a_month_before_a_noun_dates_the_noun_phrase_after_it():
    text = "They discussed President Biden's June trip to the United Kingdom to attend the G7 Summit."
    assert "dated" in _kinds_at(text, "G7", date(2021, 5, 18))
    assert "dated" not in _kinds_at(text, "G7", date(2021, 6, 11))


def test_what_followed_an_event_is_told_apart_from_an_event_held_before():
    remarks = "The President said so following the negotiations with Olaf Scholz in Kyiv."
    assert _kinds_at(remarks, "Kyiv") == {"preceding", "meeting"}
    held = "Following talks held in Moscow on February 22, the presidents spoke by phone."
    assert "earlier" in _kinds_at(held, "Moscow")
    assert not _kinds_at(held, "phone")


def test_a_relative_clause_naming_a_day_tells_of_its_own_time():
    text = "Putin spoke with Angela Merkel, who completed her term of office as Chancellor on December 8."
    clauses = elsewhere(text)
    assert told_elsewhere(clauses, text.index("December"))
    assert not told_elsewhere(clauses, text.index("spoke"))


def test_a_sentence_opening_on_another_day_or_earlier_tells_of_another_time():
    assert of_other_time("On April 29, the Vice President convened Caribbean leaders.", date(2022, 7, 27))
    assert not of_other_time("On July 27, the Vice President spoke with President Ali.", date(2022, 7, 27))
    assert of_other_time("Earlier, the President held a meeting with the Emir.", None)
    assert not of_other_time("The President held a meeting with the Emir.", date(2022, 7, 27))


def test_an_event_a_call_is_held_in_advance_of_is_ahead():
    text = "President Biden spoke today with President Erdogan in advance of the NATO Summit in Vilnius."
    assert "ahead" in _kinds_at(text, "NATO")
    assert not _kinds_at(text, "spoke")


def test_a_time_after_a_place_and_a_place_after_a_time_share_the_clause():
    day = date(2023, 9, 16)
    bali = "They built on the engagements between President Biden and Xi in Bali, Indonesia in November 2022."
    assert "dated" in _kinds_at(bali, "Bali", day)
    vienna = (
        "This follows engagements between Sullivan and Wang Yi in May in Vienna as well as other meetings."
    )
    assert "dated" in _kinds_at(vienna, "Vienna", day)
    assert not _kinds_at("The leaders may meet in Vienna.", "Vienna", day)


def test_for_a_planned_meeting_what_is_ahead_is_its_own_time():
    text = "The President will travel to Vilnius next week to attend the upcoming NATO Summit."
    assert "ahead" in _kinds_at(text, "NATO")
    assert not {c.kind for c in elsewhere(text, planned=True)} & {"ahead"}


def test_earlier_and_previously_open_a_clause_of_another_time_but_earlier_today_does_not():
    assert "earlier" in _kinds_at("The minister had previously agreed to the terms in Paris.", "Paris")
    assert "earlier" in _kinds_at("He recalled the talks held earlier in Geneva.", "Geneva")
    assert not _kinds_at("Earlier today, the President met the Emir in Doha.", "Doha")
