"""The day's call or meeting with a group's leaders, none of them named, that remarks, an address or a
briefing with no meeting of its own tells ("Earlier today, I spoke with the heads of state of our NATO
Allies", "This morning, the President held a call with G7 leaders"): held (eval/CONVENTIONS.md 1), its
states the group's members on the day (4), its persons ours only (25: leaders named by the group alone
are not filled in). Only a group whose members hold seats at its leaders' meetings counts (reference
data); leaders of states listed by name are calls read as mentions (kg.extract.mentions)."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Collection

from kg.extract.dates import DAY_WORDS, TODAY, told_day
from kg.extract.detect_cues import planned_cue
from kg.extract.doc import Account, Doc, analyse, whole_sentences
from kg.extract.groups import members
from kg.extract.mention_cues import NOT_SPECIFIC, mention_cue
from kg.extract.participants import people_in, speaker
from kg.extract.patterns import at_words, lower_case_reads, lowered, word_starts
from kg.extract.people import holder
from kg.extract.sentences import Sentence
from kg.model import Document, Meeting
from kg.reference import Reference

# the words a group's leaders are named with, after the cue ("the heads of state of …", "G7 leaders",
# "our Quad partners", "NATO Allies", "EU counterparts"): a screen
LEADER_WORDS = ("leaders", r"heads\s+of\s+(?:state|government)", "allies", "partners", "counterparts")
LEADERS = re.compile(rf"(?i)\b(?:{'|'.join(LEADER_WORDS)})\b")
# … or a call the speaker convened or joined ("Today I convened a call with our Quad partners")
CONVENED = re.compile(
    r"(?i)\b(?:convened|hosted|held|joined|chaired)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:call|meeting|video\s?conference|session)\s+with\b"
)
# … and what makes the sentence tell no call of the day ("… as I have many times", "next week")
AHEAD = re.compile(r"(?i)\b(?:tomorrow|next\s+week|later\s+(?:today|this\s+week))\b")

# the group's leaders named with it: "the heads of state of (our) …", "… leaders", "our … Allies",
# "my counterparts in the …" (not the group's summit: "on the margins of the G20 Leaders' Summit")
OF_GROUP = re.compile(
    r"(?i)\b(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+government)?|counterparts)\s+"
    r"(?:of|in|from)\s+(?:the\s+|our\s+)?$|\bour\s+$"
)
GROUP_OF = re.compile(
    r"(?i)(?:['’]s?)?\s+(?:[\w-]+\s+){0,2}?(?:leaders|allies|partners|counterparts)\b(?!['’]?\s+summit)"
)

Describe = Callable[[Doc, Account, Collection[str]], Meeting]


# TODAY and LEADERS as they read a text in lower case (patterns.lower_case_reads), skipping to their
# words' first letters (a whole text's screen)
_TODAY_LOW = at_words(DAY_WORDS, r"\b")
_LEADERS_LOW = at_words(LEADER_WORDS, r"\b")
# words TODAY and LEADERS cannot match without, in lower case: a screen cheaper than the two regexes
TODAY_NEEDS = ("today", "tonight", "morning", "afternoon", "evening")
LEADERS_NEEDS = tuple(w.split("\\")[0] for w in LEADER_WORDS)  # each one's first word


def _may_tell(text: str, low: str | None = None) -> bool:
    """Does the text hold the words of TODAY and LEADERS (a screen: False when one of them cannot match)?
    (`low`: the text in lower case, when at hand.)"""
    low = text.lower() if low is None else low
    return any(w in low for w in TODAY_NEEDS) and any(w in low for w in LEADERS_NEEDS)


def _holding_words(low: str, sents: list[Sentence]) -> list[Sentence]:
    """The sentences (of the text whose lower case is `low`) where a word of TODAY_NEEDS and one of
    LEADERS_NEEDS start: those `_may_tell` may say yes to (found once in the whole text)."""
    starts = [
        sorted(at for w in words for at in word_starts(low, w)) for words in (TODAY_NEEDS, LEADERS_NEEDS)
    ]
    return [s for s in sents if all(_starts_within(at, s.start, s.end) for at in starts)]


def _starts_within(starts: list[int], start: int, end: int) -> bool:
    """Does one of the sorted `starts` lie in [start, end)?"""
    i = bisect_left(starts, start)
    return i < len(starts) and starts[i] < end


def _cue(text: str, low: str | None = None) -> re.Match[str] | None:
    """The meeting cue of a sentence that may tell the day's call with a group's leaders (today, the
    leaders' words, no plan), or None; read before the release is analysed too (a screen). (`low`:
    the text in lower case, when at hand.)"""
    if not _may_tell(text, low) or not TODAY.search(text) or not LEADERS.search(text):
        return None
    if planned_cue(text) or AHEAD.search(text):
        return None
    cue = mention_cue(text) or CONVENED.search(text)
    return None if cue is None or NOT_SPECIFIC.search(text) else cue


def group_call_accounts(doc: Doc) -> list[Account]:
    """Step "group call": the first sentence telling that one of ours (the speaker saying "I", else
    the publisher's head of state named before the cue) talked or met today with the leaders of a group
    with seats, named after the cue; one held account, its states ours and the group's members."""
    if not doc.home:
        return []
    day = told_day(doc.document)
    for sent in doc.sents:
        text = sent.text
        cue = _cue(text)
        if cue is None:
            continue
        groups = [
            x.iri
            for x in doc.mentions
            if x.iri in doc.ref.seats
            and sent.start + cue.end() <= x.start < sent.end
            and _leaders_of(doc.text, x.start, x.end)
        ]
        if not groups:
            continue
        if re.search(r"\bI\b", text[: cue.start()]):
            who = speaker(doc, sent)
            ours = [who] if who is not None else []
        else:  # "the President spoke with …": the publisher's head of state named before the cue
            head = holder(doc.found, "HeadOfState", doc.ref.countries.get(doc.home))
            before = people_in(
                doc, Sentence(text[: cue.start()], sent.start, sent.start + cue.start(), sent.para)
            )
            ours = [p for p in before if head is not None and p.key == head.key]
        if not ours:
            continue
        isos = [doc.ref.iso_of(m) for m in members(doc, groups)]
        states = [iso for iso in dict.fromkeys(isos) if iso and iso != doc.home]
        if not states:
            continue
        return [
            Account(
                "main",
                "held",
                day,
                sent,
                sent,
                [(p, sent) for p in ours],
                [sent],
                [sent],
                sent.start,
                sent.end,
                by_office=[doc.home, *states],
            )
        ]
    return []


def _leaders_of(text: str, start: int, end: int) -> bool:
    """Does the group named at text[start:end] stand for its leaders (OF_GROUP before, GROUP_OF after)?"""
    return bool(OF_GROUP.search(text, max(0, start - 50), start) or GROUP_OF.match(text, end))


def group_call_part(
    document: Document, ref: Reference, skip: Collection[str], describe: Describe, found: list[Meeting]
) -> list[Meeting]:
    """The meeting of `group_call_accounts` in a release without one of its own (`found`: the meetings
    the pipeline found, all mentioned in passing and none the day's news), described by the pipeline's
    steps (`describe`) except the filling in of the group's leaders (CONVENTIONS 25)."""
    if "group call" in skip or any(not m.mentioned or m.news for m in found):
        return []
    text, low = document.text, lowered(document.text)
    if not _may_tell(text, low):
        return []
    if lower_case_reads(text) and len(low) == len(text):
        if not _TODAY_LOW.search(low) or not _LEADERS_LOW.search(low):
            return []
    elif not TODAY.search(text) or not LEADERS.search(text):
        return []
    sents = whole_sentences(document)  # the Doc's own sentences
    if len(low) == len(text):  # (lower case moving no offset: the screen's ASCII words are the same)
        # the sentences holding words of both screens, each with its lower case cut from the text's
        asked = [(s, low[s.start : s.end]) for s in _holding_words(low, sents)]
    else:
        asked = [(s, None) for s in sents]
    if not any(_cue(s.text, lw) for s, lw in asked):
        return []
    doc = analyse(document, ref, sents).with_people(told_day(document))
    return [describe(doc, a, {*skip, "group leaders"}) for a in group_call_accounts(doc)]
