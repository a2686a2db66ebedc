"""Patterns compiled behind a look-ahead of their first characters (kg.extract.patterns.led_by)
find exactly what the patterns alone find: on sentences written here, and on the shared corpus."""

from __future__ import annotations

import random
import re

import pytest

import kg.extract.people  # noqa: F401  (compiles the people patterns)
import kg.extract.pipeline  # noqa: F401  (... and those of every step)
from kg.extract.patterns import LED, SCREENS, at_words, holds_any, led_by, whole_words
from kg.readers import read_paths
from tests.conftest import SHARED_CORPUS

WRITTEN = [
    "Deputy Prime Minister Jane Roe met Foreign Minister of Ruritania Ivo Andric (Ruritania).",
    "The Presidents of Ruritania and Freedonia, Vice-Chancellor Max Mustermann, and the director of the "
    "Agency joined Governor-General Sam Hill, Élodie Durand (France) and Ministers for Foreign Affairs.",
    "assistant secretary Lee; Rear Admiral Kim; Former President Ō; under secretary; Sherpa Ann Bee.",
    # the first words of the cues of meetings held (detect_cues.HELD), of presence and of other meetings
    "In addition, the Minister met with the Envoy. Later he also spoke with Ms Bee separately. "
    "Madame President of the Commission, welcome. There, the delegation met with farmers, where they "
    "met with the Mayor. In the presence of the President, the ministers signed a memorandum. They "
    "reconvened; the trilateral meeting, a bilateral meeting and a joint press conference followed. "
    "On the results of the talks, following the negotiations, after the call, during their summit, "
    "brought together, gathered, convened, heads of delegations, chaired by, co-hosted by, invited to "
    "attend, was represented by, representing Ruritania were, meeting of leaders, accompanied, took "
    "part, participants, involves, included, present, attended, joined, joining, called President Roe, "
    "phoned Prime Minister Doe, discussed trade with Ruritania, hosted, welcomed the King, received "
    "credentials, videoconference, telephone conversation, talks between, negotiations took place, "
    "Before Bilateral Meeting, held talks, had a call, conducted negotiations, and the two signed the "
    "accord, spoke by phone with, talked with, gathered for the summit, Also had a meeting with Doe.",
]


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [m.span() for m in pattern.finditer(text)]


def test_the_people_patterns_are_led_by_their_first_characters():
    assert len(LED) >= 4  # titles, heads, plural titles, names with a state in brackets


def test_a_wrong_first_character_class_loses_matches_and_the_comparison_says_so():
    led = led_by("X", r"(?<!\w)(?:Minister|President)")
    plain = re.compile(r"(?<!\w)(?:Minister|President)")
    assert _spans(plain, WRITTEN[0]) and _spans(led, WRITTEN[0]) != _spans(plain, WRITTEN[0])
    LED.remove((led, r"(?<!\w)(?:Minister|President)", 0))


@pytest.mark.parametrize("text", WRITTEN)
def test_the_same_matches_on_written_sentences(text):
    for led, pattern, flags in LED:
        assert _spans(led, text) == _spans(re.compile(pattern, flags), text), pattern[:60]


def test_the_same_matches_on_the_corpus():
    files = sorted(SHARED_CORPUS.glob("*/**/*.md"))
    if not files:
        pytest.skip(f"the shared corpus is not at {SHARED_CORPUS}")
    texts = [d.text for d in read_paths(random.Random(3).sample(files, min(400, len(files))))]
    for led, pattern, flags in LED:
        plain = re.compile(pattern, flags)
        assert all(_spans(led, t) == _spans(plain, t) for t in texts), pattern[:60]


def test_words_at_a_boundary_find_what_the_plain_pattern_finds():
    text = "Within reach, the Chairman-in-Office and the Chair met with her counterparts; "
    text += "Chairmanship, withheld."
    words = ["Chair", "Chairman", "Chairperson", "with", "withheld", "her"]
    fast = at_words(words, r"(?:-in-Office)?\b")
    plain = re.compile(r"\b(?:Chair|Chairman|Chairperson|with|withheld|her)(?:-in-Office)?\b")
    assert _spans(fast, text) == _spans(plain, text)
    assert [m.group() for m in fast.finditer(text)] == [
        "Chairman-in-Office",
        "Chair",
        "with",
        "her",
        "withheld",
    ]
    assert fast.pattern.startswith("(?:Chair(?<=\\bChair)")  # the literal start the search skips to
    LED.remove((fast, plain.pattern, 0))


def test_words_at_a_boundary_refuse_what_the_search_cannot_skip_to():
    with pytest.raises(ValueError):
        at_words(["with"], "", re.IGNORECASE)
    with pytest.raises(ValueError):
        at_words(["[Ww]ith"])


# sentences with a match of each word-screened pattern (kg.extract.patterns.screen_words)
SCREENED_WRITTEN = [
    "The President later met separately with the Envoy. In addition, the Minister met with Ms Bee.",
    "She spoke with the Chancellor earlier today. Today's call with Prime Minister Roe, the meeting "
    "that's underway, and the talks ongoing this morning.",
    "The President will host President Roe on Monday. She is set to welcome the King; they plan to "
    "visit, look forward to meeting with the Emir and are going to meet.",
    "He wished her a happy birthday and congratulated him on his new year.",
    "In the room were the ministers; joining him for the meeting were aides. I have with me today the "
    "Secretary. The President was joined by Mr. Doe. We have the Secretary of State with us today.",
    "He met with Ann, spoke with Bo, took part in talks, participated, attended, convened a session "
    "hosted by Roe and chaired by Doe, and was joined by Lee.",
    # a kind of framework named (framework_named.NAMED_AS), lower-case heads (learned_frameworks.LOWER)
    "A new fund called the Harbor Fund, a plan known as Blue Lakes, a program we're calling Roots, an "
    'initiative dubbed Bridges, a compact entitled Open Seas, the principle of "no one left behind".',
    "The Ruritania-Freedonia strategic partnership, the Normandy format, trilateral talks, joint "
    "negotiations, bilateral agreements, the comprehensive corridor, the special projects.",
]


def _screen_misses(pattern: re.Pattern[str], words: tuple[str, ...], text: str) -> list[str]:
    """The matches of `pattern` in `text` that hold none of `words` (a screen would hide them)."""
    return [m.group() for m in pattern.finditer(text) if not holds_any(m.group(), words)]


def test_the_word_screens_are_registered():
    assert len(SCREENS) >= 8


def test_a_screen_missing_a_word_is_caught():
    pattern = re.compile(r"(?i)\b(?:met|spoke)\s+with\b")
    assert _screen_misses(pattern, ("met",), "He spoke with her.") == ["spoke with"]
    assert not holds_any("He spoke with her.", ("met",))
    assert holds_any("ıt was ſo", ("met",))  # letters whose lower case is not what the pattern reads


@pytest.mark.parametrize("text", WRITTEN + SCREENED_WRITTEN)
def test_every_screened_match_holds_a_word_on_written_sentences(text):
    for pattern, words in SCREENS:
        assert not _screen_misses(pattern, words, text), pattern.pattern[:60]


def test_the_written_sentences_match_every_screened_pattern():
    for pattern, _ in SCREENS:
        assert any(pattern.search(t) for t in SCREENED_WRITTEN), pattern.pattern[:60]


def test_every_screened_match_holds_a_word_on_the_corpus():
    files = sorted(SHARED_CORPUS.glob("*/**/*.md"))
    if not files:
        pytest.skip(f"the shared corpus is not at {SHARED_CORPUS}")
    texts = [d.text for d in read_paths(random.Random(5).sample(files, min(400, len(files))))]
    for pattern, words in SCREENS:
        assert all(not _screen_misses(pattern, words, t) for t in texts), pattern.pattern[:60]


def test_the_shared_lower_case_is_the_texts_own():
    from kg.extract.patterns import lowered

    a, b = "Earlier Today, the LEADERS met.", "ſo İt Was"
    assert [lowered(a), lowered(b), lowered(a), lowered(a)] == [a.lower(), b.lower(), a.lower(), a.lower()]


@pytest.mark.parametrize(
    "text",
    [
        "Roe met Doe. Doe’s aide, Doe-Roe and Roe2 met Roes; roe, doe.",
        "Doe",
        "Ödoe doe_ Doeé doe Éroe roe",
        "",
    ],
)
def test_whole_words_are_where_the_bounded_alternation_matches(text):
    words = {"doe", "roe", "Doe", "Roe"}
    alternation = "|".join(sorted(words, key=len, reverse=True))
    expected = [m.start() for m in re.finditer(rf"(?<![^\W_])(?:{alternation})(?![^\W_])", text)]
    assert sorted(whole_words(text, words)) == expected


def test_whole_words_skip_a_word_inside_a_longer_one():
    assert sorted(whole_words("doer doe undoe doe3 doe.", ["doe"])) == [5, 20]
