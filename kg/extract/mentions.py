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
from dataclasses import replace

from kg.extract.dates import meeting_date
from kg.extract.detect import other_meeting_spans
from kg.extract.doc import Account, Doc
from kg.extract.participants import national, people_in, speaker
from kg.extract.people import Person
from kg.extract.sentences import Sentence
from kg.extract.several import separate_accounts
from kg.model import Mode

# a past verb of talking or meeting, then (within a few words) "with": the counterpart follows
MENTION = re.compile(
    r"\b(?:(?:held|had)(?:\s+[\w'’-]+){0,3}?\s+(?:talks|conversations?|calls?|meetings?|negotiations)"
    r"|(?:talked|spoke|met|discussed)(?:\s+(?!of\b|out\b)[\w'’-]+){0,5}?)"
    r"(?:\s+(?:today|tonight|yesterday|again|also|this\s+\w+|last\s+night|earlier(?:\s+today)?|"
    r"by\s+(?:tele)?phone|on\s+the\s+phone|in\s+[A-Z][\w-]+))*\s+with\b"
    r"|['’]s?\s+(?:(?:tele)?phone\s+|video\s+)?(?:call|conversation|talks|meeting)\s+with\b",
    re.I,
)
# "I spoke with Macron. And with President of Poland Andrzej Duda.": the verb of the sentence before
ELLIPSIS = re.compile(r"^\s*(?:And\s+|Also\s+)?(?:also\s+)?with\s+(?:the\s+)?(?=(?-i:[A-Z]))", re.I)
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


def mentioned_accounts(doc: Doc) -> list[Account]:
    """Step "mentioned": decides which meetings a release without one of its own mentions in
    passing: one per counterpart state or organization, with our people of the sentence (the
    speaker, for "I spoke with…") and those a following "They were joined by…" names. `doc` holds
    the people at the release date."""
    out: list[Account] = []
    released = doc.document.date
    told: tuple[Sentence, re.Match[str]] | None = None  # the mention just before, for an elliptical one
    for i, sent in enumerate(doc.sents):
        cue = mention_cue(sent.text)
        verb = sent  # the sentence whose verb tells the meeting (and dates it)
        if (
            cue is None
            and told is not None
            and ELLIPSIS.match(sent.text)
            and not NOT_SPECIFIC.search(sent.text)
        ):
            verb, cue = told  # "… I spoke with Macron. With President of Poland Andrzej Duda."
        told = None
        if cue is None:
            continue
        told = (verb, cue)
        day, _ = meeting_date([sent.text, verb.text], released, False)
        if day > released or (released - day).days > 3:
            continue  # an old meeting recalled, not news
        # not those of another meeting the sentence names after its own ("… spoke today with Ushakov to
        # follow up on the December 7 call between President Biden and President Putin")
        later = [
            (sent.start + a, sent.start + b)
            for a, b in other_meeting_spans(sent.text)
            if a >= (cue.end() if verb is sent else 0)
        ]
        people = people_in(
            doc, sent, possessor_before=sent.start + cue.start() if verb is sent else -1, elsewhere=later
        )
        if first_person_subject(verb.text, cue):
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
                    replace(
                        account,
                        day=day,
                        day_sentence=verb,
                        part=part,
                        start=part[0].start,
                        end=part[-1].end,
                        names=names,
                    )
                )
    return out
