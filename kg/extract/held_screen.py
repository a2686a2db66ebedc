"""A cheap screen for `detect_cues.held_cue`: words one of which every text it finds a cue in holds.

`held_cue` runs the long HELD alternation (and the frames of kg.extract.held_frames, the led-meeting
pattern) over a title, a lead or a sentence; three texts in four it is asked about hold none of the
words below, and `may_hold` says so in a few microseconds (half the time of the calls, measured on
6,825 calls of 1,147 White House releases). Each branch of HELD holds one of HELD_WORDS (its verb or
noun: "met", "talks", "summit", "presence", …); HELD_MORE (the led-meeting cue among them) is only
tried when its own words occur. Keep HELD_WORDS in step with HELD: tests/test_held_screen.py
compares the search with and without the screen on the corpus and on sentences of each branch.
"""

from __future__ import annotations

from kg.extract.held_frames import HELD_MORE

# the words of the branches of detect_cues.HELD (a word also covers longer ones: "meet" "meeting",
# "call" "called", "phone" "phoned", "hold" "holds", "consultation" "consultations")
HELD_WORDS = (
    "met", "meet", "held", "had", "hold", "conducted", "signed", "gathered", "convened", "spoke", "speaks",
    "talked", "exchanged", "conferred", "received", "phone", "video", "call", "talks", "hosted", "welcomed",
    "joined", "discussed", "summit", "negotiations", "took", "participated", "presence", "joint",
    "conversation", "consultation",
)  # fmt: skip
_WORDS = tuple(dict.fromkeys((*HELD_WORDS, *(w for words, _ in HELD_MORE for w in words))))
# letters that a case-blind pattern matches to "i" or "s" but that str.lower() leaves (or makes longer)
_ODD_LETTERS = "ıſİ"


def may_hold(text: str) -> bool:
    """False only when `held_cue(text)` is surely None (none of the words; `in` on the lower case,
    as HELD_MORE's own screen)."""
    if not text.isascii() and any(c in text for c in _ODD_LETTERS):
        return True
    low = text.lower()
    for word in _WORDS:  # (a loop, not any() over a generator: called on every lead sentence)
        if word in low:
            return True
    return False
