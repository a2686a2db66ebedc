"""Several meetings in one release: "X also met separately with Y", "During the talks with Y, the
President …". The people who appear only in such a sentence are taken out of the main meeting and
make a meeting of their own, read from its own part of the release (up to the next such sentence).
"""

from __future__ import annotations

import re
from datetime import date

from kg.extract.dates import meeting_date, told_day
from kg.extract.detect_just_over import QUESTION
from kg.extract.doc import Account, Doc
from kg.extract.participants import Participants, national, principal, speaker
from kg.extract.patterns import holds_any, led_by, screen_words
from kg.extract.people import Person, resolve_roles
from kg.extract.sentences import Sentence
from kg.model import Meeting

SEPARATE = led_by(
    "ailmsAILMS",  # the letters a cue starts with
    r"\b(?:also|separately|later|in a separate)\b.{0,60}?\b(?:met|meet|meets|spoke|speak|speaks|call|conversation|talks)\b|"  # noqa: E501
    r"\b(?:met|spoke)\b.{0,30}?\bseparately\b|"
    r"\balso\b.{0,40}?\b(?:held|had)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:meeting|talks|conversation)s?\s+with\b|"
    r"^in addition\b,?\s.{0,120}?\b(?:met|meeting|talks|conversation|call)\s+with\b",
    re.I,
)
SEPARATE_WORDS = screen_words(SEPARATE, ("also", "later", "separat", "in addition"))
# "Immediately after the NATO Summit, I spoke with President Zelenskyy": the speaker's meeting after
# the one the release opens on
AFTER_ANOTHER = re.compile(
    r"(?i)^(?:immediately\s+|shortly\s+|right\s+|just\s+)?after\s+(?:the|this|that|our)\s+[^,]{1,60},\s+"
    r"(?-i:I|[Ww]e)\s+(?:also\s+)?(?:spoke|met|talked)\b"
)
# a sentence opening on the talks with someone ("During the talks with US Vice President Kamala Harris,
# the President…", "In a meeting with…"): in a release listing several talks, another meeting
TALKS_WITH = re.compile(
    r"(?i)^(?:(?:in addition|besides|later|then|also|separately|afterwards)\b,?\s+)?"
    r"(?:during|in the course of|in|at)\s+(?:the|a|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meeting|conversation|negotiations|call|discussion)\s+with\b"
)

# a readout or statement of an official's trip ("Readout of Deputy Secretary X's Travel to Y"): one
# combined record of the trip's meetings (eval/CONVENTIONS.md 3)
TRIP_TITLE = re.compile(r"(?i)^\s*(?:readout|statement)\b.*\b(?:travel|trip)\s+to\b")

# (the sentence reporting another meeting, its people)
Group = tuple[Sentence, list[Person]]


def split(doc: Doc, found: Participants, first: Sentence) -> tuple[Participants, list[Group]]:
    """Decides which people belong to other meetings: those who only appear in a sentence reporting
    another one are taken out of the main meeting; returns its participants and the other groups."""
    pp = doc.found
    in_first = {pm.key for pm in pp.mentions if first.start <= pm.start < first.end}
    ours_first = [k for k in in_first if doc.ours(pp.people.get(k))]
    title_keys = {pm.key for pm in pp.title_mentions}
    groups: list[Group] = []
    moved: set[str] = set()
    # the publisher's own leader is the principal of the release: never moved out
    head = principal(doc, [doc.title, first.text])
    leader = head.key if head is not None else None
    for sent in doc.sents:
        after = AFTER_ANOTHER.match(sent.text)
        separate = holds_any(sent.text, SEPARATE_WORDS) and SEPARATE.search(sent.text)
        if sent is first or not (separate or TALKS_WITH.match(sent.text) or after):
            continue
        if QUESTION.search(sent.text):
            continue  # a reporter's question reports no meeting ("Will the President also meet …?")
        found_here = [*pp.mentions, *resolve_roles(pp, sent.text, sent.start)]
        end = sent.end
        cue = TALKS_WITH.match(sent.text) if not separate else None
        if cue is not None:  # "During the talks with X, …": X, and our own people anywhere in it
            comma = sent.text.find(",", cue.end())
            end = sent.start + comma if comma > 0 else sent.end
        keys = list(
            dict.fromkeys(
                pm.key
                for pm in sorted(found_here, key=lambda pm: pm.start)
                if sent.start <= pm.start < sent.end
                and (pm.start < end or doc.ours(pp.people.get(pm.key)))
                and not re.match(r"['’]s?\b", doc.text[pm.end : pm.end + 3])  # "Putin's war"
            )
        )
        if cue is not None and keys and not any(doc.ours(pp.people.get(k)) for k in keys):
            keys += ours_first  # "During the meeting with X, the parties …": our principal's talks
        if after and keys and not any(doc.ours(pp.people.get(k)) for k in keys):
            # "After the summit, I spoke with X": the speaker's call (a statement of the President's)
            title = {pm.key for pm in resolve_roles(pp, doc.title) if doc.ours(pp.people.get(pm.key))}
            who = speaker(doc, sent)
            keys += [who.key] if who is not None else list(title) if len(title) == 1 else []
        # "also met" says it is another meeting; "During the talks with X" may be the one the title names
        main_keys = in_first | title_keys if cue is not None else in_first
        new = [k for k in keys if k not in main_keys and k != leader]
        if new and len(keys) >= 2:
            groups.append((sent, [pp.people[k] for k in keys if k in pp.people]))
            moved |= set(new)
    main = [(p, s) for p, s in found if p.key not in moved]
    if groups and TRIP_TITLE.search(doc.title):
        return joined_trip(doc, main, groups), []
    return main, groups


def joined_trip(doc: Doc, main: Participants, groups: list[Group]) -> Participants:
    """The one record of a trip's readout: its further meetings ("The delegation also met with Prime
    Minister A and Foreign Minister B") join the main one with their counterparts; its own side is
    the traveller or delegation the main meeting has, so the groups' people of the home state stay out,
    and so does a role word of no state said ("Force Commander")."""
    out = list(main)
    keys = {p.key for p, _ in main}
    for sent, people in groups:
        for p in people:
            # of a foreign state or organization, or of no state said and named in full in the sentence
            known = doc.foreign_state(p.country) or p.org or (p.country is None and p.label in sent.text)
            if p.key not in keys and known:
                out.append((p, sent))
                keys.add(p.key)
    return out


def separate_accounts(
    doc: Doc,
    status: str,
    day: date,
    groups: list[Group],
    parent: Meeting | None = None,
    kind: str = "separate",
) -> list[Account]:
    """Decides which groups are meetings of ours (a foreign party, and one of ours, takes part) and
    dates each by its own sentence; its part of the release runs to the next group's sentence."""
    starts = sorted(s.start for s, _ in groups)
    out = []
    for sent, people in groups:
        if not any(
            (p.org and not national(doc, p.org)) or (p.country and p.country != doc.home) for p in people
        ):
            continue  # a briefing by the release's own officials
        if doc.home and not any(p.country == doc.home for p in people):
            continue  # talks between others that the release only mentions ("talks between Putin and …")
        # its own sentence may date it ("in the evening of February 19, … had a phone conversation")
        own, own_i = meeting_date([sent.text], told_day(doc.document), status == "planned")
        nxt = next((s for s in starts if s > sent.start), len(doc.text) + 1)
        part = [s for s in doc.sents if sent.start < s.end and s.start < nxt]  # from a clause on too
        out.append(
            Account(
                kind,  # type: ignore[arg-type]
                status,  # type: ignore[arg-type]
                own if own_i >= 0 else day,
                sent,
                sent,
                [(p, sent) for p in people],
                [sent],
                part,
                part[0].start,
                part[-1].end,
                parent,
            )
        )
    return out
