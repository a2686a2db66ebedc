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
from collections.abc import Collection, Iterator
from dataclasses import replace
from datetime import date

from kg.extract.dates import meeting_date, told_day
from kg.extract.doc import Account, Doc
from kg.extract.elsewhere import other_meeting_spans
from kg.extract.gazetteer import TOKEN, fold_text, scan
from kg.extract.mention_cues import (
    ELLIPSIS,
    ELLIPSIS_GAP,
    JOINED,
    NAMES_ONLY,
    NOT_SPECIFIC,
    cue_screen,
    first_person_subject,
    mention_cue,
)
from kg.extract.mention_offices import (
    BY_OFFICE,
    EACH_OWN,
    each_counterpart,
    listed_leaders,
    named_before,
    office_state,
    offices_of_ours,
    own_call,
)
from kg.extract.participants import national, people_in, speaker
from kg.extract.patterns import whole_words
from kg.extract.people import Person, resolve_roles
from kg.extract.people.lexicon import STOP_WORDS
from kg.extract.sentences import Sentence
from kg.extract.several import separate_accounts
from kg.extract.speech import SPEAKER
from kg.extract.visitors import is_visit, visits_home
from kg.reference import Reference

# "the Prime Minister", "the Chancellor": the one head of government the release names, anywhere
HEAD_OF_GOVERNMENT = re.compile(r"\b[Tt]he\s+(?:[A-Z][\w'’-]+\s+)?(?:Prime\s+Ministers?|Chancellor)\b")
# what may come before a sentence's first word
FIRST_WORD = re.compile(r"(?:^|:)[\W_]*$")
# capitalized words that name nobody by themselves (titles, function words; "May" may be a surname)
NOT_NAMES = STOP_WORDS - {"may"}


def _together(doc: Doc, sent: Sentence, sides: dict[str, list[Person]]) -> list[list[Person]]:
    """The counterparts of each meeting: one per side, except that the leaders one role noun lists
    ("I spoke with the leaders of France, Germany, Italy, and the UK") were on one call together."""
    lists: dict[int, set[str]] = {}
    for pm in resolve_roles(doc.found, sent.text, sent.start):
        lists.setdefault(pm.start, set()).add(pm.key)
    groups: list[list[Person]] = []
    joined: dict[int, list[Person]] = {}
    for side_people in sides.values():
        at = next((a for a, keys in lists.items() if len(keys) > 1 and side_people[0].key in keys), None)
        if at is None:
            groups.append(list(side_people))
        elif at in joined:
            joined[at] += side_people
        else:
            joined[at] = list(side_people)
            groups.append(joined[at])
    return groups


def cued(
    sents: list[Sentence], released: date, text: str | None = None
) -> Iterator[tuple[int, Sentence, Sentence, re.Match[str], date]]:
    """The sentences that mention a specific recent meeting: index, sentence, the sentence whose verb
    tells the meeting (the one before, for an elliptical "With President of Poland Andrzej Duda."),
    cue and day. With `text` (the text of `sents`), a sentence without a word a cue needs is not asked."""
    told: tuple[Sentence, re.Match[str]] | None = None  # the mention just before, for an elliptical one
    told_at = -ELLIPSIS_GAP - 1
    asked = cue_screen(text)
    for i, sent in enumerate(sents):
        cue = mention_cue(sent.text) if asked(sent.start, sent.end) else None
        verb = sent  # the sentence whose verb tells the meeting (and dates it)
        if (
            cue is None
            and told is not None
            and (i - told_at == 1 or (i - told_at <= ELLIPSIS_GAP and NAMES_ONLY.match(sent.text)))
            and ELLIPSIS.match(sent.text)
            and not NOT_SPECIFIC.search(sent.text)
        ):
            verb, cue = told  # "… I spoke with Macron. With President of Poland Andrzej Duda."
        if cue is None:
            continue
        told, told_at = (verb, cue), i
        day, _ = meeting_date([sent.text, verb.text], released, False)
        if day > released or (released - day).days > 3:
            continue  # an old meeting recalled, not news
        if verb is not sent or ", and " not in sent.text:
            yield i, sent, verb, cue, day
            continue
        for clause in clauses(sent):  # "… spoke with Zelenskyy, and the First Lady met with …": two meetings
            here = cue if clause.start == sent.start else mention_cue(clause.text)
            if here is not None:
                yield i, clause, clause, here, meeting_date([clause.text, sent.text], released, False)[0]


# the start of a clause with a subject of its own: ", and the First Lady …", ", and President …"
CLAUSE = re.compile(r",\s+and\s+(?=(?:the\s+)?[A-Z])")


def clauses(sent: Sentence) -> list[Sentence]:
    """A sentence as its two clauses when each tells a meeting of its own ("On Sunday, the President
    spoke with President Zelenskyy, and the First Lady visited Uzhhorod, where she met with Olena
    Zelenska"); else the sentence."""
    for m in CLAUSE.finditer(sent.text):
        head, tail = sent.text[: m.start()], sent.text[m.end() :]
        if mention_cue(tail) is not None and mention_cue(head) is not None:
            cut = sent.start + m.end()
            return [
                Sentence(head, sent.start, sent.start + m.start(), sent.para),
                Sentence(tail, cut, sent.end, sent.para),
            ]
    return [sent]


def context(
    text: str, sents: list[Sentence], released: date, ref: Reference, other_than: Collection[date] = ()
) -> set[int]:
    """The sentences `mentioned_accounts` reads (indices into `sents`, the sentences of `text`; none
    when no sentence mentions a meeting of a day not in `other_than`): each cued sentence, a "They
    were joined by…" after it, the first of its paragraph (the speaker's label) and every sentence
    sharing a word of a name with them (who a surname or a bare name is: "Sullivan" of "Jake
    Sullivan"); all of them when one says "the Prime Minister" (the one head of government the
    release names)."""
    keep: set[int] = set()
    named: list[str] = []  # the texts whose people are read
    for i, sent, verb, cue, day in cued(sents, released, text):
        if day in other_than:
            continue
        keep.add(i)
        named.append(sent.text)
        if verb is not sent:  # an elliptical mention: the sentence with the verb, and its speaker
            keep.add(next(j for j in range(i - 1, -1, -1) if sents[j] is verb))
            named.append(verb.text)
        elif i and PRONOUN.fullmatch(sent.text[: cue.start()]):  # "He was meeting with …": who he is
            keep.add(i - 1)
            named.append(sents[i - 1].text)
        if i + 1 < len(sents) and JOINED.search(sents[i + 1].text):
            keep.add(i + 1)
            named.append(sents[i + 1].text)
        if first_person_subject(verb.text, cue):
            at = _paragraph_start(sents, i)
            label = sents[at]
            keep.add(at)
            named.append(label.text.split(":", 1)[0] if SPEAKER.match(label.text) else "")
    if any(HEAD_OF_GOVERNMENT.search(t) for t in named):
        return set(range(len(sents)))
    words = {w for t in named for w in name_words(t, text, ref)}
    if words:
        starts = [s.start for s in sents]
        for at in whole_words(fold_text(text), words):
            keep.add(bisect_right(starts, at) - 1)
    keep.discard(-1)
    return keep


def _paragraph_start(sents: list[Sentence], i: int) -> int:
    """The index of the first sentence of the paragraph of sentence `i` (a paragraph's sentences
    follow each other)."""
    while i and sents[i - 1].para == sents[i].para:
        i -= 1
    return i


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
    for i, sent, verb, cue, day in cued(doc.sents, told_day(doc.document), doc.text):
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
        if verb is sent:  # the states a cue lists after it, our offices before it, counterparts by office
            people += listed_leaders(doc, sent, cue, day)
            if BY_OFFICE.match(sent.text, cue.end()):  # "the Secretary of Defense … with his … counterpart"
                people += offices_of_ours(doc, sent.text[: cue.start()], day)
        pairs = (
            each_counterpart(doc, sent, cue, [p for p in people if doc.ours(p)], day) if verb is sent else []
        )
        by_office = [p for _, p in pairs if p is not None]
        if len(pairs) > 1 and EACH_OWN.match(sent.text, cue.end()):
            # "X and Y had conversations with their Ukrainian counterparts": a call of each with his own
            out += [each for our, their in pairs for each in own_call(doc, i, sent, cue, day, our, their)]
            continue
        people += by_office
        if first_person_subject(verb.text, cue) or (is_visit(cue) and visits_home(doc, sent, cue)):
            who = speaker(doc, sent)  # … or the host of visitors to his capital, in his address
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
            side = p.country if doc.foreign_state(p.country) else None
            side = side or (p.org if p.org and not national(doc, p.org) and not doc.ours(p) else None)
            if side:
                sides.setdefault(side, []).append(p)
        if not ours and verb is sent and PRONOUN.fullmatch(sent.text[: cue.start()]) and i:
            # "He was meeting with …": ours of the sentence before ("the Secretary of State has been …")
            ours = [p for p in named_before(doc, doc.sents[i - 1]) if doc.ours(p)][:1]
        if not ours:
            continue
        # what was discussed: the sentence and the one after it ("We discussed how…")
        part = doc.sents[i : i + 2]
        # a list of titled people is no framework ("… Boris Johnson and European Council")
        names = [w for x in people for w in x.label.split() if len(w) > 3]
        unnamed = office_state(doc, sent, cue) if not by_office and verb is sent else None
        if unnamed and not sides and ours:
            # the counterpart's office has no holder in the reference data (a national security
            # adviser's): the meeting of ours with that state, its side named by office only
            out.append(
                Account(
                    "mentioned",
                    "held",
                    day,
                    verb,
                    sent,
                    [(p, sent) for p in ours],
                    [sent],
                    part,
                    part[0].start,
                    part[-1].end,
                    names=names,
                    by_office=[unnamed],
                )
            )
        for side_people in _together(doc, sent, sides):
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


# a pronoun as the subject of the cue ("He was meeting with …")
PRONOUN = re.compile(r"\s*(?:He|She)\s+(?:also\s+)?")
