"""The speed-ups of extraction change no result: a text split from its opening's sentences is split as a
whole, the framework forms' screens never hide a match, and the screens of meetings mentioned in passing
never hide a cue (on invented texts, and on real releases when ../shared/corpus is present)."""

from __future__ import annotations

import itertools

import pytest

from kg.extract.dates import TODAY
from kg.extract.detect_group_calls import _LEADERS_LOW, _TODAY_LOW, LEADERS
from kg.extract.form_screens import _NEEDS, screened
from kg.extract.framework_forms import (
    HEAD_FIRST,
    HEAD_YEAR,
    JOINT_PAPER,
    PAIR_BODY,
    PARTNERSHIP,
    QUOTED,
    TALKS,
)
from kg.extract.mention_cues import _CUE_WORDS, MENTION, _match_word, cue_screen, mention_cue, mentions_any
from kg.extract.mentions import cued
from kg.extract.patterns import lower_case_reads
from kg.extract.sentences import split_from, split_sentences
from kg.model import Document
from kg.readers import read_paths
from tests.conftest import SHARED_CORPUS

TEXT = (
    'The President met Mr. Smith.  "We agreed," he said.\n\nA second paragraph (U.S.) Summit. Gen. Ross '
    "spoke.\t\tThen 2 more.\n \n\nWhy? Because!  (A bracket.) [Next] one... Done. J.R.R. Tolkien wrote.\n"
    "Last line without a stop"
)


@pytest.mark.parametrize("cut", range(1, len(TEXT) + 3))
def test_a_text_split_from_its_opening_is_split_as_a_whole(cut):
    assert split_from(TEXT, split_sentences(TEXT[:cut]), cut) == split_sentences(TEXT)


def test_the_opening_sentences_are_new_objects():
    head = split_sentences(TEXT[:60])
    whole = split_from(TEXT, head, 60)
    assert whole[0] == head[0] and whole[0] is not head[0]


# invented texts, one per form screened, that the form matches
FORMS = [
    (HEAD_FIRST, "They welcomed the Treaty of Amity and Cooperation in Southeast Asia."),
    (JOINT_PAPER, "They signed a joint statement with Bulgaria on energy."),
    (PARTNERSHIP, "They praised the comprehensive Indo-Pacific strategic partnership with Ruritania."),
    (TALKS, "They welcomed the Ruritanian-Molvanian peace talks."),
    (TALKS, "They discussed talks between the delegations of Ruritania and Molvania."),
    (TALKS, "They backed negotiations with the representatives of Molvania."),
    (PAIR_BODY, "They opened the Ruritania-Molvania economic corridor."),
    (QUOTED, 'They launched the "Healthy Villages" initiative.'),
    (QUOTED, "They praised the programme of the President of Ruritania «Large Construction»."),
    (HEAD_YEAR, "They adopted the Ruritania Vision 2050 last year."),
]


@pytest.mark.parametrize(("form", "text"), FORMS, ids=[t for _, t in FORMS])
def test_a_screen_lets_a_match_of_its_form_through(form, text):
    assert form.search(text) is not None  # (the text matches: else this test checks nothing)
    assert [m.groups() for m in screened(form, text)] == [m.groups() for m in form.finditer(text)]


def test_a_screen_turns_away_a_text_without_its_form():
    text = "The President spoke about jobs, the budget and the new school year in Ohio."
    assert not any(need(text) for need in _NEEDS.values())


def _releases(every: int, limit: int) -> list[Document]:
    folder = SHARED_CORPUS / "whitehouse"
    if not folder.is_dir():
        pytest.skip(f"the shared corpus is not at {SHARED_CORPUS}")
    files = sorted(folder.rglob("*.md"))[::every]
    return list(itertools.islice((d for d in read_paths(files) if isinstance(d, Document)), limit))


def test_no_screen_hides_a_match_in_real_releases():
    hidden = [
        (form.pattern[:40], d.title)
        for d in _releases(40, 150)
        for form, need in _NEEDS.items()
        if not need(d.text) and form.search(d.text)
    ]
    assert not hidden, hidden[:3]


# invented sentences, one or more per branch of MENTION
CUED = [
    "Yesterday I held talks with the Prime Minister of Ruritania.",
    "Today the President spoke by phone with the Chancellor.",
    "The President met today with King Rudolf.",
    "He discussed the matter with the Emir.",
    "The Secretary travelled to Ruritania, Molvania and Grand Fenwick to meet with their leaders.",
    "He was meeting with Ruritanian officials.",
    "In the President’s call with the King, they agreed.",
    "A conversation took place with the Premier.",
    "In a phone call with the Prime Minister, I thanked him.",
    "There were very substantive talks with the delegation.",
    "I also spoke to President of Ruritania Rudolf Rassendyll.",
    "I received a call from Prime Minister Smith.",
    "I have personally called German Chancellor Olaf Scholz.",
    "The President joined G7 leaders and President Rudolf for a virtual meeting.",
    "The President joined a virtual meeting of the G7 leaders.",
    "My partner in conversation yesterday, the King of Ruritania, said so.",
    "I SPOKE WITH THE KING.",
    "I ſpoke with the King.",  # (a long s: MENTION ignores case, "ſ" is an "s" to it)
]


@pytest.mark.parametrize("sentence", CUED)
def test_the_mention_screen_lets_every_kind_of_cue_through(sentence):
    assert MENTION.search(sentence) is not None  # (a cue: else this test checks nothing)
    assert _match_word(sentence.lower())
    assert mentions_any(sentence) == _every_span(sentence)


def test_the_mention_screen_turns_away_a_with_without_a_verb_of_meeting():
    assert not _match_word("we stand with our allies and with the people of ruritania.")
    assert mention_cue("We stand with our allies and with the people of Ruritania.") is None


def _every_span(text: str) -> bool:
    """MENTION searched around every cue word, with no screen (what `mentions_any` answers)."""
    low = text.lower()
    for word, before, after in _CUE_WORDS:
        at = low.find(word)
        while at >= 0:
            if MENTION.search(text, max(0, at - before), at + len(word) + after):
                return True
            at = low.find(word, at + 1)
    return False


def test_the_mention_screen_changes_no_answer_on_real_releases():
    docs = _releases(20, 460)
    differ = [d.title for d in docs if mentions_any(d.text) != _every_span(d.text)]
    assert not differ, differ[:3]
    assert sum(mentions_any(d.text) for d in docs) > 20  # (real mentions among them)


def test_the_sentences_screened_out_hold_no_cue():
    text = "We stand with our allies. I spoke with the King today. The weather was fine. He visited Paris."
    asked = cue_screen(text)
    sents = split_sentences(text)
    assert [asked(s.start, s.end) for s in sents] == [True, True, False, True]
    assert all(asked(s.start, s.end) for s in sents if mention_cue(s.text) is not None)
    assert cue_screen(None)(0, 5) and cue_screen("İ spoke")(0, 1)  # no text, or offsets moved: asked


def test_the_cued_sentences_of_real_releases_are_the_same_screened():
    docs = [d for d in _releases(20, 460) if mentions_any(d.text)]
    for d in docs:
        sents = split_sentences(d.text)
        plain = [(i, v.start, c.span(), day) for i, _, v, c, day in cued(sents, d.date)]
        screened_ = [(i, v.start, c.span(), day) for i, _, v, c, day in cued(sents, d.date, d.text)]
        assert plain == screened_, d.title
    assert len(docs) > 20


def test_case_blind_words_read_in_lower_case_find_what_they_find_in_the_text():
    texts = [
        "TODAY I SPOKE WITH OUR G7 PARTNERS.",
        "This Morning the President convened Heads  of Government of the Quad.",
        "Tonight, allies met.",
        "Todays counterpart, the leaders' summit",  # "Todays" is no "today"
        "The partnership holds no partners word today-ish? Yes: today.",
        "Nothing of the kind here: a leadership lesson.",
    ]
    for text in texts:
        assert lower_case_reads(text)
        low = text.lower()
        assert bool(_TODAY_LOW.search(low)) == bool(TODAY.search(text)), text
        assert bool(_LEADERS_LOW.search(low)) == bool(LEADERS.search(text)), text
    # case-blind "i" matches the dotless ı, which lower case keeps: such a text is read as it is
    assert not lower_case_reads("The allıes met tonıght") and TODAY.search("tonıght")
