"""The words that tell a sentence mentions a specific past meeting (kg.extract.mentions reads
the meetings): the cue ("I spoke with …", "held talks with …", "A conversation took place with …"),
what makes it no specific meeting (habits, plans, negations, a time set by another clause), and the
mode the sentence states."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass

from kg.extract.news import ADDRESS, LINE_TOLD, SUBJECTLESS
from kg.extract.patterns import lowered
from kg.extract.visitors import VISIT_WORDS, VISITOR, may_visit, visitor_cue
from kg.model import Mode

# a past verb of talking or meeting, then (within a few words) "with": the counterpart follows
MENTION = re.compile(
    r"(?=[htsmdvwceinpjaor'’])"  # the letters a cue starts with: a faster search, the same matches
    r"(?:(?<!\w)|(?=['’]))"  # ... at a word's start, or an apostrophe (so is every cue): the same again
    r"(?:\b(?:(?:held|had)(?:\s+[\w'’-]+){0,3}?\s+(?:talks|conversations?|calls?|meetings?|negotiations)"
    r"|(?:talked|spoke|met|discussed)(?:\s+(?!of\b|out\b)[\w'’-]+){0,5}?"
    r"|(?:visited|travell?ed)(?:\s+[\w'’-]+,?){1,6}?\s+to\s+meet"  # "traveled to X, Y, to meet with"
    # "made an unannounced visit to X to meet with", "paid a visit to X to meet with"
    r"|(?:made|paid)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+to(?:\s+[\w'’-]+,?){1,6}?\s+to\s+meet"
    r"|(?:was|were)\s+meeting)"  # "He was meeting with Ukrainian officials a couple of days ago"
    r"(?:\s+(?:today|tonight|yesterday|again|also|this\s+\w+|last\s+night|earlier(?:\s+today)?|"
    r"by\s+(?:tele)?phone|on\s+the\s+phone|in\s+[A-Z][\w-]+))*\s+with\b"
    r"|['’]s?\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation|talks|meeting)\s+with\b"
    # with no subject, the speaker's: "A conversation took place with …", "In a call with …, I …"
    rf"|{SUBJECTLESS}"
    # … the speaker talking "to" a leader, or called by one ("I also spoke to President of Lithuania X",
    # "I received a call from Prime Minister X")
    r"|(?:(?<=\b(?-i:I)\s)|(?<=\b(?-i:We)\s))(?:also\s+)?(?:talked|spoke)"
    r"(?:\s+(?:also|today|yesterday|again|personally|separately|by\s+phone))*\s+to\s+"
    r"(?=(?:the\s+)?(?-i:[A-Z]))|(?<=\breceived\sa\s)(?:(?:tele)?phone\s+)?call\s+from\b"
    # the speaker calling a leader ("I have personally called German Chancellor Olaf Scholz"; not "called
    # on", "called for")
    r"|(?<=\b(?-i:I)\s)(?:have\s+)?(?:personally\s+|also\s+)?(?:called|phoned|received|welcomed|hosted|informed)\s+"
    r"(?=(?-i:(?:the\s+)?(?:[A-Z][\w-]+\s+){0,2}(?:President|Prime\s+Minister|Chancellor|King|Emir|Premier|"
    r"Secretary-General|Crown\s+Prince)\b))"
    # … or receiving a delegation ("I received a delegation of the US Congress", "I had a meeting with the
    # delegation of …": the meeting's side is the state whose delegation it was)
    r"|(?<=\b(?-i:I)\s)(?:also\s+)?(?:received|welcomed|hosted)\s+(?=(?:a|the)\s+delegation\s+(?:of|from)\b)"
    # … or the counterpart and the speaker as its subject ("President X and I spoke today")
    # (not "And I met …" opening a sentence, nor "you and I": the listener)
    r"|(?<!\byou\sand\sI\s)(?<=\w\s(?-i:and)\s(?-i:I)\s)(?:also\s+)?(?:spoke|talked|met|had\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:conversation|call|meeting|talks))\b"
    # the counterparts before the meeting: "Biden joined G7 Leaders and President Zelenskyy for a
    # virtual meeting"
    r"|\bjoined(?=(?:\s+[\w'’.-]+){1,8}?\s+for\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|call|videoconference)\b)"
    # … or after it ("joined a virtual meeting of the G7 leaders and President Zelenskyy")
    r"|\bjoined\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|call|videoconference)\s+(?:of|with)\b"
    # … or met without "with", a titled person next ("the First Lady met Mrs. X for two hours")
    r"|(?<!\bnot\s)(?<!\bnever\s)\bmet\s+(?=(?-i:(?:Mrs|Mr|Ms|Dr)\.?\s+[A-Z]|(?:President|Prime\s+Minister|First\s+Lady|Chancellor|King|"
    r"Queen|Emir|Crown\s+Prince)\s+[A-Z]))"
    # the counterpart in apposition: "my partner in conversation yesterday, US President Joseph Biden,"
    r"|\b(?:partner|interlocutor)\s+in\s+(?:the\s+)?(?:conversation|talks|negotiations)"
    r"(?:\s+(?:today|yesterday|last\s+night))?(?=,))",
    re.I,
)
# "I spoke with Macron. And with President of Poland Andrzej Duda.": the verb of the sentence before
# … or, the list going on without "with", an office and its holder or the offices of states alone
# ("Prime Minister of Luxembourg Xavier Bettel.", "The Prime Ministers of Albania, Bulgaria and Israel.")
_NAMES = r"(?:(?:[A-Z][\w'’.-]*|of|and|the|bin|al|von|der|de|la)[\s,]+)*[A-Z][\w'’.-]*\.?\s*$"
_OFFICE = r"(?=[^.]*\b(?:President|Prime\s+Minister|Chancellor|King|Emir|Minister|Secretary)s?\b)"
ELLIPSIS = re.compile(
    r"^\s*(?:(?:And\s+|Also\s+)?(?:also\s+)?with\s+(?:the\s+)?(?=(?-i:[A-Z]))|"
    rf"(?-i:{_OFFICE}(?=(?:The\s+)?{_NAMES})))",
    re.I,
)
# … which may follow its verb's sentence after a remark or two ("I spoke today with Mark Rutte. We have a
# new page in relations. Thank you for your support. With Prime Minister of Israel Bennett.") when it
# names counterparts and nothing else (not "With German Chancellor Olaf Scholz we share one goal.")
ELLIPSIS_GAP = 3
NAMES_ONLY = re.compile(rf"^\s*(?:(?:And\s+|Also\s+)?[Ww]ith\s+|(?-i:{_OFFICE})){_NAMES}")
# "They were joined by US President Joseph Biden": more participants of the meeting just mentioned
JOINED = re.compile(r"\b(?:were|was)\s+(?:also\s+)?joined\s+by\b|\bjoined\s+(?:them|the\s+talks)\b", re.I)
# not one specific meeting: habits, counts, conditions, negations, wishes and plans
_NOT_SPECIFIC_WORDS = re.compile(
    r"\b(?:every|each|always|often|regularly|constantly|repeatedly|usually|many|several|hundreds|dozens|"
    r"numerous|times|recently|lately|never|not|no|if|would|could|should|will|shall|plan\w*|hope\w*|"
    # hours of talks over time ("met hours and hours with", "over 78 hours"), not one sitting's length
    # ("met … for about two hours")
    r"more\s+than|(?<!\btwo\s)(?<!\bthree\s)(?<!\bfour\s)(?<!\bfive\s)hours|the\s+other\s+day|"
    r"over\s+the\s+years|"
    r"for\s+(?:example|instance)|"
    r"want\w*|ready|going\s+to|about\s+to|intend\w*|before\s+the\s+war|(?:weeks?|months?|years?)\s+ago|in\s+(?:19|20)\d\d|"
    r"(?:this|last|past)\s+(?:summer|spring|autumn|fall|winter|year|month|week)|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?!\s+\d))\b",
    re.I,
)
# where the cue's clause ends: a semicolon, or a comma before a clause with a subject of its own or a
# relative pronoun ("I spoke with X today; we will meet next week", "…, and we will …", "…, who will host
# the summit"); not a dash (a speaker's repair: "he spoke with him just — last week")
CLAUSE_END = re.compile(
    r";|,\s+(?:(?:and|but)\s+(?=(?:I|we|he|she|they|our|his|her|their|the)\b)|(?:who|whom|whose|which)\b)"
)


@dataclass(frozen=True)
class ClauseWords:
    """Words sought in a sentence up to the end of the clause of a span (CLAUSE_END), not in the
    clauses after it ("I spoke with X today, and we will meet again": "will" is another clause's);
    what comes before the span sets its scene ("Last week, …", "Many times …, and I spoke with …")."""

    words: re.Pattern[str]

    def search(self, text: str, start: int = 0, end: int | None = None) -> re.Match[str] | None:
        """The first of the words in `text` up to the end of the clause of text[start:end]."""
        stop = CLAUSE_END.search(text, start if end is None else end)
        return self.words.search(text, 0, stop.start() if stop else len(text))


# not one specific meeting: habits, counts, conditions, negations, wishes and plans in the cue's clause
NOT_SPECIFIC = ClauseWords(_NOT_SPECIFIC_WORDS)
# the cue inside a clause that only sets the time of something else ("before he met with Putin in Geneva")
BACKDROP = re.compile(r"\b(?:before|after|since|until|when|while|once)\b[^,;:]{0,60}$", re.I)
# ... or set back in time by a clause after it ("met with Xi when he was in Bali")
AFTERWARDS = re.compile(r"[^,;.]{0,60}\b(?:when|while|during\s+(?:his|her|their|my|our))\b", re.I)
_SUBJECTLESS = re.compile(SUBJECTLESS)
CALL_WORDS = re.compile(r"\b(?:(?:tele)?phone|call(?:ed|s)?|video\w*)\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\b")
# the words that make a mentioned meeting an in-person one (talks alone may have been by phone)
IN_PERSON = re.compile(
    r"\b(?:met|meeting\s+in|received|hosted|welcomed|visit\w*|travell?ed|came\s+to|in-person|face-to-face)\b",
    re.I,
)


# "… took place with the participation of …": who attended, not a counterpart
PARTICIPATION = re.compile(r"(?i)\s+the\s+participation\b")

# the cue's verb coordinated after another verb phrase ("I have been constantly working and spoke
# with …"): the words of that phrase say nothing of the meeting
COORDINATED = re.compile(r"(?i)\b\w+ing\s+and\s+$")  # not "-ed": "repeatedly called and spoke"


# the counterparts listed by state ("I spoke today with many leaders - the United Kingdom, Turkey, …"):
# an enumeration, one call per state, not a habit
LISTED = re.compile(
    r"(?i)\s*(?:(?:many|several|a\s+number\s+of|other)\s+)?(?:leaders|heads\s+of\s+state(?:\s+and\s+"
    r"(?:of\s+)?government)?)(?:\s+of\s+(?:the\s+|our\s+)?(?:[\w-]+\s+){0,2}?(?:states|countries|region|neighbou?rs))?"
    r"\s*(?:[-–—:]|,\s*(?:including|namely))\s*"
)


# the words one of which every cue of MENTION holds, and how far before and after it a cue reaches
_CUE_WORDS = (
    ("with", 150, 4),
    ("joined", 0, 300),
    ("partner", 0, 120),
    ("interlocutor", 0, 120),
    ("called", 20, 80),
    ("spoke", 0, 80),
    ("talked", 0, 80),
    ("call from", 30, 4),
    ("phoned", 20, 80),
    ("received", 4, 80),
    ("welcomed", 4, 80),
    ("hosted", 4, 80),
    ("informed", 4, 80),
    ("thank", 0, 200),
    ("grateful", 10, 200),
    ("and i ", 0, 80),
    ("met mr", 0, 30),
    ("met ms", 0, 30),
    ("met dr", 0, 30),
    ("met president", 0, 30),
    ("met prime", 0, 30),
    ("met first lady", 0, 30),
    ("met chancellor", 0, 30),
    ("met king", 0, 30),
    ("met queen", 0, 30),
    ("met emir", 0, 30),
    ("met crown", 0, 30),
)


_WORDS = tuple(word for word, _, _ in _CUE_WORDS)
# ... and the words one of which every match of MENTION holds besides ("with" alone is no cue): its
# verbs and nouns of talking and meeting
_MATCH_WORDS = (
    "call", "talk", "conversation", "meet", "met", "negotiation", "spoke", "discussed", "phoned", "joined",
    "partner", "interlocutor", "conference", "received", "welcomed", "hosted", "informed",
)  # fmt: skip
# (MENTION ignores case: the dotless i and the long s match "i" and "s" too, unlike their lower case)
_FOLD = str.maketrans("ıſ", "is")


def _match_word(low: str) -> bool:
    """Does `low` (a text in lower case) hold a word of _MATCH_WORDS?"""
    if not low.isascii() and ("ı" in low or "ſ" in low):  # (faster than translating every text)
        low = low.translate(_FOLD)
    for word in _MATCH_WORDS:
        if word in low:
            return True
    return False


def may_mention(text: str) -> bool:
    """Does `text` hold a word every cue of MENTION holds one of (a screen: most sentences do not)?"""
    low = text.lower()
    for word in _WORDS:  # (a loop, not any() over a generator: called on every sentence)
        if word in low:
            return _match_word(low)
    return False


def mentions_any(text: str, title: str = "") -> bool:
    """Does MENTION match somewhere in a long text? Tried only around the words of `_CUE_WORDS` (a
    cue is a few words long): three times faster than a search of the whole text. Visitors count in
    a leader's address only (its `title` says so)."""
    if ADDRESS.search(title) and may_visit(text) and VISITOR.search(text):
        return True
    low = lowered(text)
    for word, before, after in _CUE_WORDS:
        at = low.find(word)
        while at >= 0:
            start, end = max(0, at - before), at + len(word) + after
            # (the other words are words of _MATCH_WORDS: only the span around those that are not is screened)
            if word not in _SCREENED or _match_word(low[start:end]):
                if MENTION.search(text, start, end) or (word == "with" and _line_told_before(text, at)):
                    return True
            at = low.find(word, at + 1)
    return False


# the words of _CUE_WORDS that are not words of _MATCH_WORDS: the span around them needs one of those
_SCREENED = frozenset({"with", "thank", "grateful", "and i "})
# how far before its "with" a line telling a meeting starts (LINE_TOLD: a few words)
_LINE_REACH = 60


def _line_told_before(text: str, at: int) -> bool:
    """Does a line telling a meeting (LINE_TOLD) start shortly before the "with" at `at`?"""
    lo = max(0, at - _LINE_REACH)
    start = max(
        text.rfind(". ", lo, at), text.rfind("! ", lo, at), text.rfind("\n", lo, at), text.rfind(": ", lo, at)
    )
    if start < 0 and lo > 0:
        return False
    return LINE_TOLD.match(text, start + 1 if start >= 0 else 0) is not None


@functools.lru_cache(maxsize=2)  # (a release's text is asked again by each reading of its mentions)
def cue_words(text: str) -> list[tuple[int, int]] | None:
    """Where the words are in `text` that a sentence needs for `mention_cue` to find a cue in it (those
    of `may_mention` in lower case, those of `visitors.may_visit` as written), by start; None when
    lower case moves the text's offsets (a sentence is then asked as it is)."""
    low = lowered(text)
    if len(low) != len(text):
        return None
    spans = []
    for source, words in ((low, _WORDS), (text, VISIT_WORDS)):
        for word in words:
            at = source.find(word)
            while at >= 0:
                spans.append((at, at + len(word)))
                at = source.find(word, at + 1)
    spans.sort()
    return spans


def cue_screen(text: str | None) -> Callable[[int, int], bool]:
    """Does text[start:end] (a sentence of `text`) hold a word of `cue_words`? (Always yes without
    `text`, or when lower case moves its offsets.)"""
    spans = cue_words(text) if text is not None else None
    if spans is None:
        return lambda start, end: True
    starts = [a for a, _ in spans]

    def holds(start: int, end: int) -> bool:
        i = bisect_left(starts, start)
        while i < len(starts) and starts[i] < end:
            if spans[i][1] <= end:
                return True
            i += 1
        return False

    return holds


@functools.lru_cache(maxsize=8192)
def mention_cue(text: str) -> re.Match[str] | None:
    """The cue of a sentence that mentions a specific past meeting, or None (kept for the last
    sentences asked about: the finders of a release read its sentences several times)."""
    cue = (MENTION.search(text) or LINE_TOLD.match(text)) if may_mention(text) else None
    cue = cue or visitor_cue(text)  # "… visited Kyiv today": the counterparts before the verb
    if cue is None or text.rstrip().endswith("?") or PARTICIPATION.match(text, cue.end()):
        return None
    listed = LISTED.match(text, cue.end())
    read = text[: cue.end()] + " " + text[listed.end() :] if listed else text
    start = cue.start() if COORDINATED.search(text[: cue.start()]) else 0
    if NOT_SPECIFIC.search(read[start:], cue.start() - start, cue.end() - start):
        return None
    if BACKDROP.search(text[: cue.start()]) or AFTERWARDS.match(text[cue.end() :]):
        return None
    return cue


def first_person_subject(text: str, cue: re.Match[str]) -> bool:
    """Is the speaker a party ("I spoke with…", "we discussed with…", "A conversation took place
    with…", "In a call with …, I thanked…")?"""
    told = _SUBJECTLESS.match(text, cue.start()) or (
        LINE_TOLD.match(text) if not text[: cue.start()].strip() else None
    )
    return bool(FIRST_PERSON.search(text[: cue.start()]) or (told and told.end() == cue.end()))


def mentioned_mode(detected: Mode | None, text: str) -> Mode | None:
    """A mode the sentence states: talks mentioned in passing are in person, and "spoke with" is a
    call, only when the sentence says so."""
    if detected == "in_person" and not IN_PERSON.search(text):
        return None
    if detected == "phone" and not CALL_WORDS.search(text):
        return None
    return detected
