"""Transcripts: the paragraphs a speaker says (a speaker's label, "PRESIDENT BIDEN: …", and the
paragraphs that go on with the speech, up to the transcript's end). People a speech talks about are not
thereby at the meeting (kg.extract.participants)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.patterns import holds_any, screen_words

if TYPE_CHECKING:
    from kg.extract.doc import Doc

# a transcript's speaker label at the start of a paragraph
SPEAKER = re.compile(r"^(?:(?:[A-Z][\w.'’-]*|of|the|and)[ \t]+){0,9}[A-Z][\w.'’-]*[ \t]*:[ \t]+\S")
# in a speech going on, a sentence that says who met, spoke or took part ("This morning, the President
# convened a discussion … followed by a session hosted by X"), not one that talks about them ("President
# X is getting more NATO, with Finland joining our Alliance") or a meeting ahead ("We'll meet with X")
TOLD_MET = re.compile(
    r"(?i)\b(?:met|spoke|talked)\s+(?:[\w'’-]+\s+){0,3}?with\b|\b(?:took\s+part|participated|attended|"
    r"convened|(?:co-?)?(?:hosted|chaired)\s+by|(?:was|were)\s+joined\s+by|joined\s+(?:us|me)\b)"
)
# (the words one of which each match holds)
TOLD_MET_WORDS = screen_words(
    TOLD_MET,
    ("met", "spoke", "talked", "took", "participated", "attended", "convened", "hosted", "chaired", "joined"),
)
# a transcript's end ("END 11:02 A.M. EDT"); a speech's own words in the first or second person
TRANSCRIPT_END = re.compile(r"^(?:END\b|\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\b)")
SPOKEN = re.compile(r"\b(?:I|I[’']\w+|[Ww]e|[Ww]e[’']\w+|[Mm]y|[Oo]ur|[Uu]s|[Yy]ou|[Yy]our|[Yy]ou[’']\w+)\b")


def tells_met(text: str) -> bool:
    """Does the sentence say who met, spoke or took part (TOLD_MET, screened by its words)?"""
    return holds_any(text, TOLD_MET_WORDS) and TOLD_MET.search(text) is not None


def speech_paragraphs(doc: Doc) -> set[int]:
    """Paragraphs of a transcript that a speaker says ("President of Russia Vladimir Putin: …",
    "PRESIDENT BIDEN: …"), and those that go on with a speech, after a speaker's label and before
    the transcript's end, in the first or second person ("… President X is getting more NATO by
    Finland joining our Alliance"): people they mention are not thereby present."""
    labelled, continued = speech_parts(doc)
    return labelled | continued


def speech_parts(doc: Doc) -> tuple[set[int], set[int]]:
    """`speech_paragraphs`: those a speaker's label opens, and those that go on with a speech."""
    labelled: set[int] = set()
    continued: set[int] = set()
    texts: dict[int, list[str]] = {}
    for s in doc.sents:
        texts.setdefault(s.para, []).append(s.text)
    spoken = False  # within a transcript, after a speaker's label
    for para, sents in texts.items():
        if SPEAKER.match(sents[0]):
            labelled.add(para)
            spoken = True
        elif TRANSCRIPT_END.match(sents[0]):
            spoken = False
        elif spoken and SPOKEN.search(" ".join(sents)):
            continued.add(para)
    return labelled, continued
