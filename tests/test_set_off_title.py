"""The name a title is set off after ("<Name>, [the] <up to three words> <Title>"): the last such
mention before the title, read in place (kg.extract.people.titled._set_off_before)."""

from __future__ import annotations

import re

from kg.extract.people.lexicon import PersonMention
from kg.extract.people.titled import SET_OFF_TITLE, _set_off_before


def _mention(text: str, name: str, key: str) -> PersonMention:
    start = text.index(name)
    return PersonMention(key, start, start + len(name))


def test_the_last_name_set_off_before_the_title_is_its_bearer():
    text = "He met Ms. Jane Roe, Joan Doe, Prime Minister of New Zealand, and others."
    roe, doe = _mention(text, "Jane Roe", "roe"), _mention(text, "Joan Doe", "doe")
    at = text.index("Prime Minister")
    assert _set_off_before([roe, doe], text, at) == doe  # Roe's gap holds "Joan Doe," (a second comma)
    assert _set_off_before([doe, roe], text, at) == doe


def test_no_comma_too_many_words_or_a_name_after_the_title_give_no_bearer():
    text = "Jane Roe met Prime Minister of Ruritania. Joan Doe, Former Acting Deputy Chief Envoy Smith spoke."
    roe, doe = _mention(text, "Jane Roe", "roe"), _mention(text, "Joan Doe", "doe")
    assert _set_off_before([roe], text, text.index("Prime Minister")) is None  # no comma
    assert _set_off_before([doe], text, text.index("Envoy")) is None  # four words between
    assert _set_off_before([doe], text, text.index("Chief")) == doe  # three words: still set off
    assert _set_off_before([doe], text, text.index("Joan")) is None  # the title before the name


def test_reading_in_place_matches_the_pattern_on_the_gap_cut_out():
    text = "A, the Big Red Chief B,\tthe X-Y Head C , Minister D,the Envoy E,  Acting  Head F,"
    mentions = [PersonMention(str(i), i, i + 1) for i in range(len(text))]
    for at in range(len(text) + 1):
        expected = [pm for pm in mentions if SET_OFF_TITLE.fullmatch(text[pm.end : at])]
        assert _set_off_before(mentions, text, at) == (expected[-1] if expected else None), at
    assert re.fullmatch(SET_OFF_TITLE, ", the Big Red ")
