"""Sentence splitting keeps offsets exact and does not break at abbreviations or initials."""

from __future__ import annotations

from kg.extract.sentences import split_sentences

TEXT = (
    "President Joseph R. Biden, Jr. spoke today with Dr. Anna Smith of the U.S. Embassy.  "
    'They met on Feb. 3 in Washington.\n\nThe leaders said: "We agree." The end!'
)


def test_offsets_point_at_the_sentence_text():
    sents = split_sentences(TEXT)
    assert all(TEXT[s.start : s.end] == s.text for s in sents)


def test_abbreviations_and_initials_do_not_end_a_sentence():
    texts = [s.text for s in split_sentences(TEXT)]
    assert texts[0] == "President Joseph R. Biden, Jr. spoke today with Dr. Anna Smith of the U.S. Embassy."
    assert texts[1] == "They met on Feb. 3 in Washington."


def test_paragraphs_are_numbered_and_quotes_close_sentences():
    sents = split_sentences(TEXT)
    assert [s.para for s in sents] == [0, 0, 1, 1]
    assert sents[2].text == 'The leaders said: "We agree."'
