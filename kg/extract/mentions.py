"""Meetings a release mentions in passing: the cues that say so, and what they leave open.

An evening address, a speech or an essay that is about something else may still say that a meeting
took place: "I held talks with US President Biden.", "In President Zelensky's call with President
Biden on Tuesday, he again appealed…", "he had discussed the situation with French President
Emmanuel Macron, … US President Joseph Biden…". Such a sentence reports a specific meeting when its
verb is past, its counterpart is named, and nothing makes it habitual, hypothetical, negated or
planned. The pipeline (kg.extract.pipeline) reads them only in releases without a meeting of their
own, one meeting per counterpart state (phone diplomacy lists several calls in one sentence), and
marks them as mentioned (`dmo:MentionedMeeting`) rather than reported.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from datetime import date

from kg.extract.dates import meeting_date
from kg.extract.doc import Account, Doc
from kg.extract.gazetteer import TOKEN, fold_text, scan
from kg.extract.participants import SPEAKER, national, people_in, speaker
from kg.extract.people import Person
from kg.extract.people.lexicon import STOP_WORDS
from kg.extract.sentences import Sentence
from kg.extract.several import separate_accounts
from kg.model import Mode
from kg.reference import Reference

# a past verb of talking or meeting, then (within a few words) "with": the counterpart follows
MENTION = re.compile(
    r"(?=[htsmd'’])"  # the letters a cue starts with: a faster search, the same matches
    r"(?:\b(?:(?:held|had)(?:\s+[\w'’-]+){0,3}?\s+(?:talks|conversations?|calls?|meetings?|negotiations)"
    r"|(?:talked|spoke|met|discussed)(?:\s+(?!of\b|out\b)[\w'’-]+){0,5}?)"
    r"(?:\s+(?:today|tonight|yesterday|again|also|this\s+\w+|last\s+night|earlier(?:\s+today)?|"
    r"by\s+(?:tele)?phone|on\s+the\s+phone|in\s+[A-Z][\w-]+))*\s+with\b"
    r"|['’]s?\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation|talks|meeting)\s+with\b)",
    re.I,
)
# "They were joined by US President Joseph Biden": more participants of the meeting just mentioned
JOINED = re.compile(r"\b(?:were|was)\s+(?:also\s+)?joined\s+by\b|\bjoined\s+(?:them|the\s+talks)\b", re.I)
# not one specific meeting: habits, counts, conditions, negations, wishes and plans
NOT_SPECIFIC = re.compile(
    r"\b(?:every|each|always|often|regularly|constantly|repeatedly|usually|many|several|hundreds|dozens|"
    r"numerous|times|recently|lately|never|not|no|if|would|could|should|will|shall|plan\w*|hope\w*|"
    r"more\s+than|hours|the\s+other\s+day|over\s+the\s+years|first\s+lad(?:y|ies)|"
    r"want\w*|ready|going\s+to|about\s+to|intend\w*|before\s+the\s+war|years?\s+ago|in\s+(?:19|20)\d\d|"
    r"(?:this|last|past)\s+(?:summer|spring|autumn|fall|winter|year|month|week)|"
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)(?!\s+\d))\b",
    re.I,
)
# the cue inside a clause that only sets the time of something else ("before he met with Putin in Geneva")
BACKDROP = re.compile(r"\b(?:before|after|since|until|when|while|once)\b[^,;:]{0,60}$", re.I)
# ... or set back in time by a clause after it ("met with Xi when he was in Bali")
AFTERWARDS = re.compile(r"[^,;.]{0,60}\b(?:when|while|during\s+(?:his|her|their|my|our))\b", re.I)
# "the Prime Minister", "the Chancellor": the one head of government the release names, anywhere
HEAD_OF_GOVERNMENT = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’-]+\s+)?(?:Prime\s+Ministers?|Chancellor)\b")
# what may come before a sentence's first word
FIRST_WORD = re.compile(r"(?:^|:)[\W_]*$")
# capitalized words that name nobody by themselves (titles, function words; "May" may be a surname)
NOT_NAMES = STOP_WORDS - {"may"}
CALL_WORDS = re.compile(r"\b(?:(?:tele)?phone|call(?:ed|s)?|video\w*)\b", re.I)
FIRST_PERSON = re.compile(r"\b(?:I|we)\b")
# the words that make a mentioned meeting an in-person one (talks alone may have been by phone)
IN_PERSON = re.compile(
    r"\b(?:met|meeting\s+in|received|hosted|welcomed|visit\w*|in-person|face-to-face)\b", re.I
)


def mention_cue(text: str) -> re.Match[str] | None:
    """The cue of a sentence that mentions a specific past meeting, or None."""
    cue = MENTION.search(text)
    if cue is None or NOT_SPECIFIC.search(text) or text.rstrip().endswith("?"):
        return None
    if BACKDROP.search(text[: cue.start()]) or AFTERWARDS.match(text[cue.end() :]):
        return None
    return cue


def first_person_subject(text: str, cue: re.Match[str]) -> bool:
    """Is the speaker a party ("I spoke with…", "we discussed with…")?"""
    return bool(FIRST_PERSON.search(text[: cue.start()]))


def mentioned_mode(detected: Mode | None, text: str) -> Mode | None:
    """A mode the sentence states: talks mentioned in passing are in person, and "spoke with" is a
    call, only when the sentence says so."""
    if detected == "in_person" and not IN_PERSON.search(text):
        return None
    if detected == "phone" and not CALL_WORDS.search(text):
        return None
    return detected


def cued(sents: list[Sentence], released: date) -> Iterator[tuple[int, Sentence, re.Match[str], date]]:
    """The sentences that mention a specific recent meeting: index, sentence, cue and day."""
    for i, sent in enumerate(sents):
        cue = mention_cue(sent.text)
        if cue is None:
            continue
        day, _ = meeting_date([sent.text], released, False)
        if day > released or (released - day).days > 3:
            continue  # an old meeting recalled, not news
        yield i, sent, cue, day


def context(text: str, sents: list[Sentence], released: date, ref: Reference) -> set[int]:
    """The sentences `mentioned_accounts` reads (indices into `sents`, the sentences of `text`; none
    when no sentence mentions a meeting): each cued sentence, a "They were joined by…" after it, the
    first of its paragraph (the speaker's label) and every sentence sharing a word of a name with
    them (who a surname or a bare name is: "Sullivan" of "Jake Sullivan"); all of them when one
    says "the Prime Minister" (the one head of government the release names)."""
    first: dict[int, int] = {}
    for i, s in enumerate(sents):
        first.setdefault(s.para, i)
    keep: set[int] = set()
    named: list[str] = []  # the texts whose people are read
    for i, sent, cue, _ in cued(sents, released):
        keep.add(i)
        named.append(sent.text)
        if i + 1 < len(sents) and JOINED.search(sents[i + 1].text):
            keep.add(i + 1)
            named.append(sents[i + 1].text)
        if first_person_subject(sent.text, cue):
            label = sents[first[sent.para]]
            keep.add(first[sent.para])
            named.append(label.text.split(":", 1)[0] if SPEAKER.match(label.text) else "")
    if any(HEAD_OF_GOVERNMENT.search(t) for t in named):
        return set(range(len(sents)))
    words = {w for t in named for w in name_words(t, text, ref)}
    if words:
        starts = [s.start for s in sents]
        alternatives = "|".join(map(re.escape, sorted(words, key=len, reverse=True)))
        for m in re.finditer(rf"(?<![^\W_])(?:{alternatives})(?![^\W_])", fold_text(text)):
            keep.add(bisect_right(starts, m.start()) - 1)
    keep.discard(-1)
    return keep


def name_words(t: str, text: str, ref: Reference) -> set[str]:
    """The words of `t` (a part of `text`) that may be part of a person's name, folded: capitalized,
    not a title or function word, not in the name of a state, an organization or a place, not a
    demonym, and not a sentence's first word that `text` also writes in lower case ("So")."""
    others = [(m.start, m.end) for m in scan(t, ref) if m.kind != "person"]
    out = set()
    for m in TOKEN.finditer(fold_text(t)):
        w = m.group()
        if not t[m.start()].isupper() or len(w) < 2 or w in NOT_NAMES or ref.demonyms.get(w):
            continue
        if any(a <= m.start() < b for a, b in others):
            continue
        if FIRST_WORD.search(t, 0, m.start()) and re.search(rf"(?<![^\W_]){re.escape(w)}(?![^\W_])", text):
            continue
        out.add(w)
    return out


def mentioned_accounts(doc: Doc) -> list[Account]:
    """Step "mentioned": decides which meetings a release without one of its own mentions in
    passing: one per counterpart state or organization, with our people of the sentence (the
    speaker, for "I spoke with…") and those a following "They were joined by…" names. `doc` holds
    the people at the release date."""
    out: list[Account] = []
    for i, sent, cue, day in cued(doc.sents, doc.document.date):
        people = people_in(doc, sent, possessor_before=sent.start + cue.start())
        if first_person_subject(sent.text, cue):
            who = speaker(doc, sent)
            if who is None:
                continue
            people.insert(0, who)
        after = doc.sents[i + 1 : i + 2]
        if after and JOINED.search(after[0].text):
            people += people_in(doc, after[0])
        people = list({p.key: p for p in people}.values())
        ours = [p for p in people if doc.ours(p)]
        sides: dict[str, list[Person]] = {}
        for p in people:
            side = p.country if p.country and p.country != doc.home else None
            side = side or (p.org if p.org and not national(doc, p.org) and not doc.ours(p) else None)
            if side:
                sides.setdefault(side, []).append(p)
        if not ours:
            continue
        # what was discussed: the sentence and the one after it ("We discussed how…")
        part = doc.sents[i : i + 2]
        # a list of titled people is no framework ("… Boris Johnson and European Council")
        names = [w for x in people for w in x.label.split() if len(w) > 3]
        for side_people in sides.values():
            for account in separate_accounts(
                doc, "held", day, [(sent, ours + side_people)], kind="mentioned"
            ):
                out.append(
                    replace(account, day=day, part=part, start=part[0].start, end=part[-1].end, names=names)
                )
    return out
