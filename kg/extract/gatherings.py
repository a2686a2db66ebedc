"""A leader's part in a gathering of several states: a summit, a leaders' session, a council meeting.

"Vladimir Putin took part, via videoconference, in the Asia-Pacific Economic Cooperation (APEC)
summit.", "Remarks by President Biden at the COP26 Leaders Statement", "Statement from President
Biden on the Extraordinary NATO Summit" ("NATO leaders met today …"): the release tells its own
leader's part in a meeting of several states whose other leaders it need not name. The gathering is
the counterpart: read only in releases without a meeting of their own, from the title and the first
sentences, the account's participant is the speaker (the leader the title names, or the presidency's
head of state), and it counts only when the event step names the summit or session
(kg.extract.places). Each publisher's account of one summit reconciles by that event
(kg.reconcile.identity).

A body's own meeting is at that body's leaders' meeting (kg.extract.body_meetings).
"""

from __future__ import annotations

import re
from datetime import timedelta

from kg.extract.audiences import body_of_event, group_addressed
from kg.extract.body_series import body_events
from kg.extract.conference_summits import may_tell_summit, summit_sentences
from kg.extract.dates import meeting_date, told_day
from kg.extract.detect import SUMMIT_TITLE
from kg.extract.detect_cues import BUSINESS_SUMMIT, planned_cue
from kg.extract.doc import LEAD_CHARS, Account, Doc, lead_sentences
from kg.extract.elsewhere import of_other_time
from kg.extract.events import QUOTED_SESSION
from kg.extract.floor import given_the_floor
from kg.extract.groups import members, summits_named
from kg.extract.participants import co_hosts, people_in, speaker
from kg.extract.patterns import word_starts
from kg.extract.presence import thanked_hosts
from kg.extract.sentences import Sentence
from kg.model import Document, Entity, Meeting, Statement

# a gathering of several states, as releases name it
GATHERING = re.compile(
    r"(?i)\b(?:summit|leaders['’]?\s+(?:(?:retreat|working)\s+)?(?:meeting|statement|session)|working\s+session|"
    r"session\s+of\s+the\s+heads|conference\s+of\s+the\s+parties|climate\s+change\s+conference|cop\s?\d+|"
    r"meeting\s+of\s+the\s+European\s+Council|European\s+Council\s+(?:meeting|session)|"
    # a group's leaders the leader joined ("joined leaders of the Joint Expeditionary Force", "joined G7 …")
    r"joined\s+(?:the\s+|fellow\s+|other\s+)?(?:leaders\s+of\s+(?:the\s+)?(?-i:[A-Z])\w*|"
    r"(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*){0,3}\s+leaders)|"
    r"meeting\s+of\s+the\s+(?:leaders|heads\s+of\s+state)\b(?!\s+of\s+the\s+"
    r"(?:region|oblast|communit)))\b"
)
# the leader's part in it: taking part, joining, addressing it, a speech or remarks at it
PART = re.compile(
    r"(?i)\b(?:took|takes)\s+part\b|\bparticipated\b|\b(?:virtually\s+)?joined\b|\baddress(?:ed|es)?\b|"
    r"\battended\b|\b(?:co-?)?(?:chaired|hosted)\b|\bwelcoming\b|\bspoke\s+at\b|"
    # … in a fact sheet of the day ("Today, President Biden opened the first-ever Summit for …", "… joins
    # leaders from across the Western Hemisphere at the Summit of …", "convened heads of state for the …")
    r"\b(?:opened|joins|convened|(?:brought|brings|is\s+bringing)\s+together)\b|\b(?:speech|remarks|statement)\s+(?:by\s+[^.]{0,80}?\s+)?(?:at|to|on)\b"
)
# ... with a co-chair ("co-chaired the Tenth Pacific Islands Leaders Meeting with Prime Minister Mark Brown")
CO_CHAIR = re.compile(r"(?i)\bco-?(?:chaired|hosted)\b[^.;]{0,150}?\bwith\s+(?:[\w.'’-]+\s+){0,4}$")
# ... or its leaders met ("NATO leaders met today", "the European Council was joined by")
MET = re.compile(r"(?i)\bleaders\b[^.]{0,40}?\bmet\b|\bwas\s+joined\s+by\b")
# ... or remarks at a named session its opening addresses as leaders' ("Remarks by President Biden at the
# “Action on Forests and Land-Use” Event" opening "My fellow leaders, …")
LEADERS_ADDRESSED = re.compile(r"(?i)\b(?:my\s+)?fellow\s+leaders\b")
# ... or the sentence opens at it ("At the G20 Summit in Rome, President Biden coordinated with …", "This
# week, at the G20 Summit in New Delhi, President Biden continued …")
AT = re.compile(
    r"(?i)^\W*(?:(?:this\s+week|today|earlier\s+today|on\s+\w+(?:\s+\d{1,2})?),?\s+)?(?:at|during)\s+the\s+"
    r"(?:[^,.;]|\.(?!\s)){0,80}?\bsummit\b[^,.;]{0,40},"  # (a point within a word: "U.S.-Africa")
)
# … or opens on the day ("Today, President Biden opened the first-ever Summit for Democracy")
TODAY_OPENS = re.compile(r"(?i)^\W*(?:today|this\s+week),?\s")
# … of another time ("At the second Quad Leaders’ Summit this past May, …")
PAST = re.compile(r"(?i)\b(?:this\s+past|last|previous|recent|earlier\s+this|in\s+(?:19|20)\d\d)\b")
AGO = re.compile(r"(?i)\b(?:[\w-]+\s+(?:years?|months?|weeks?)\s+ago|last\s+(?:year|month|week))\b")
# a gathering told ahead ("the Ninth Summit of the Americas that will take place from June 6")
AHEAD = re.compile(r"(?i)\bwill\s+(?:take\s+place|be\s+held|(?:re)?convene|open|begin|start)\b")
# the leader's part at it still to come, told after it ("At the Summit of the Americas, President Biden will
# affirm …"): a fact sheet of the summit day reporting no part taken is planned (eval/CONVENTIONS.md 43, 52)
WILL = re.compile(r"(?i)[^.;]{0,80}?\bwill\s+(?!have\b)\w+")
READ = 2  # body sentences read after the title
RECAP = timedelta(days=3)  # a summit told this long after it began is a recap, no part of the day


# the words a GATHERING match starts with, in lower case: it is tried only where they are (a text whose
# lower case differs in length, "ſ" read as "s", is searched all through); a quote QUOTED_SESSION needs
_GATHERING_STARTS = ("summit", "leaders", "working", "session", "conference", "climate", "cop", "meeting")
_GATHERING_STARTS += ("european", "joined")
_CASE_TWINS = ("\u0130", "\u0131", "\u017f", "\u212a")


def names_gathering(text: str) -> bool:
    """Does the text name a gathering of several states, by kind or a session's quoted name?"""
    low = text.lower()
    if any(c in text for c in _CASE_TWINS) or len(low) != len(text):
        if GATHERING.search(text):
            return True
    elif any(GATHERING.match(text, at) for w in _GATHERING_STARTS for at in word_starts(low, w)):
        return True
    return ('"' in text or "\u201c" in text) and bool(QUOTED_SESSION.search(text))


def tells_part(text: str, title: str, opening: str = "") -> bool:
    """Does a passage of a release with this title (the title itself or one of its first sentences)
    tell the leader's part in a gathering (not a planned one)? `opening` is the release's first text."""
    if planned_cue(text):
        return False
    # a gathering of companies' heads is no summit of states ("the CEO Summit of the Americas")
    text, title = BUSINESS_SUMMIT.sub(" ", text), BUSINESS_SUMMIT.sub(" ", title)
    part = PART.search(text)
    return (
        bool(part and GATHERING.search(text, part.start()))
        or bool(part and QUOTED_SESSION.search(text, part.start()) and LEADERS_ADDRESSED.search(opening))
        or bool(MET.search(text) and GATHERING.search(title))
        or bool(AT.match(text))
    )


def may_tell_part(document: Document) -> bool:
    """Whether `gathering_accounts` may find the leader's part, from the title and the lead alone
    (no analysis): False only when neither tells it (the lead's first sentences are the release's
    own when more follow them within it, or when it is the whole text)."""
    if may_tell_summit(document.title, document.text[:LEAD_CHARS]):
        return True  # a leader's press conference at a summit (kg.extract.conference_summits)
    lead = lead_sentences(document)
    if len(lead) <= READ and len(document.text) > LEAD_CHARS:
        return True  # the first sentences may run past the lead: not known without them
    opening = document.text[:LEAD_CHARS]
    return any(
        tells_part(t, document.title, opening) for t in (document.title, *(s.text for s in lead[:READ]))
    ) or any(
        (AT.match(s.text) and not planned_cue(s.text))
        or (TODAY_OPENS.match(s.text) and tells_part(s.text, document.title, opening))
        for s in lead[READ:]
    )


def _of_another_time(text: str, doc: Doc, title: bool) -> bool:
    """Does a passage telling the leader's part tell a summit of another time ("One year ago, President
    Biden hosted …", "At the … Summit this past May, …"; a sentence's calendar words, not a title's)?"""
    at = AT.match(text)
    if (at and PAST.search(at.group())) or AGO.search(text):
        return True
    return not title and of_other_time(text, told_day(doc.document))


def _ahead_in_lead(first: list[Sentence]) -> bool:
    """Does the first sentence tell the gathering ahead, and no part in it ("… will serve as special
    advisors for the Ninth Summit of the Americas that will take place from June 6")?"""
    return bool(
        first
        and names_gathering(first[0].text)
        and (planned_cue(first[0].text) or AHEAD.search(first[0].text))
        and not PART.search(first[0].text)
        and not MET.search(first[0].text)
    )


def gathering_accounts(doc: Doc) -> list[Account]:
    """Step "summit": the release's own leader's part in a summit or session of several states, as one
    held account (none when the title and first sentences tell no such part). `doc` holds the people
    at the release date."""
    first = doc.sents[:1]
    conference = summit_sentences(doc)
    passages: list[tuple[str, Sentence | None]] = [
        (doc.title, None),
        *((s.text, s) for s in doc.sents[:READ]),
        # … or a lead sentence opening at the summit or on the day ("At the U.S.-Africa Leaders Summit,
        # Vice President Harris announced …", after a fact sheet's words on its subject)
        *((s.text, s) for s in doc.lead[READ:] if AT.match(s.text) or TODAY_OPENS.match(s.text)),
        # … or the opening of the leader's own press conference at the summit abroad
        *((s.text, s) for s in conference),
    ]
    opening = doc.text[:LEAD_CHARS]
    for text, sent in passages:
        told = sent in conference or tells_part(text, doc.title, opening)
        if not told or _of_another_time(text, doc, sent is None):
            continue  # (not a summit of another time: "At the Quad Leaders’ Summit this past May, …")
        if sent is None and _ahead_in_lead(first):
            continue  # a title "Statement … on … for the Summit of …" whose release tells the summit ahead
        where = sent or (first[0] if first else None)
        if where is None:
            return []
        # the speaker, else the one person of ours the sentence names ("…, President Biden coordinated")
        ours = [p for p in people_in(doc, where) if doc.ours(p)]
        who = speaker(doc, where) or (ours[0] if len({p.key for p in ours}) == 1 else None)
        if who is None:
            return []
        day, i = meeting_date([text], told_day(doc.document), False)
        if day is not None and (told_day(doc.document) or day) - day > RECAP:
            continue  # a summit days before the release: a recap ("on December 9-10, … convened")
        # its co-hosts take part too, named in its first sentences
        hosts = [s for s in co_hosts(doc) if s is not where]
        people = [(who, sent), *((p, s) for s in hosts for p in people_in(doc, s) if p.key != who.key)]
        # and the one who chaired it with him ("co-chaired the … Leaders Meeting with Prime Minister X of Y")
        people += [
            (doc.found.people[pm.key], where)
            for pm in doc.found.mentions
            if where.start <= pm.start < where.end
            and pm.key in doc.found.people
            and CO_CHAIR.search(doc.text[where.start : pm.start])
        ]
        # and its host, thanked for hosting it ("thank Chancellor Scholz … for the opportunity")
        people += [
            (doc.found.people[pm.key], s)
            for pm, s in thanked_hosts(doc, doc.sents)
            if pm.key in doc.found.people and pm.key != who.key and not of_other_time(s.text, day)
        ]
        # and whom the leader's remarks at it hand the floor to ("I'll turn it over to Secretary X")
        people += [
            (doc.found.people[pm.key], s)
            for pm, s in given_the_floor(doc, doc.sents)
            if pm.key in doc.found.people
        ]
        at = AT.match(text) if sent is not None else None
        ahead = bool(at and WILL.match(text, at.end()))
        return [
            Account(
                "main",
                "planned" if ahead else "held",
                day,
                sent if i == 0 else None,
                where,
                list({p.key: (p, s) for p, s in people[::-1]}.values())[::-1],  # each once, first
                [where, *hosts],
                list(doc.sents),
                0,
                len(doc.text),
            )
        ]
    return []


# a leader's address telling that he spoke to a summit that day: "Today I spoke at the summit organized
# by Great Britain", "Today I have delivered some important speeches. To the participants of the NATO
# summit, the G7 summit, …", "I took part in the summit …", "I addressed the participants of …"
ADDRESSED = re.compile(
    r"(?i)\b(?:I|we)\s+(?:have\s+|also\s+)?(?:today\s+)?(?:spoke\s+(?:at|to)|addressed|delivered\b[^.]{0,40}?"
    r"\b(?:speech|speeches|address|addresses)|took\s+part\s+in|participated\s+in|joined)\b"
)
# … that day, the words say ("today", not "yesterday" or a recap of the week)
TODAY = re.compile(r"(?i)\b(?:today|this\s+(?:morning|afternoon|evening))\b")
# a sentence after it that goes on with the audiences: "To the participants of the NATO summit, …",
# "I addressed the United Kingdom Joint Expeditionary Force.", "Spoke to the leaders of …"
GOES_ON = re.compile(
    r"(?i)^\W*(?:and\s+)?(?:(?:to|at)\s+the\b|(?:I\s+(?:also\s+)?)?(?:spoke\s+(?:at|to)|addressed)\b)"
)


def addressed_accounts(doc: Doc) -> list[Account]:
    """Step "summit", in a leader's address (its title says address) with no meeting of its own: the
    summit(s) the leader says he spoke to that day (CONVENTIONS §11), one held account whose sentence
    spans the telling sentence and those going on with it; the speaker is the address's (`speaker`)."""
    for i, sent in enumerate(doc.sents):
        cue = ADDRESSED.search(sent.text)
        if cue is None or not TODAY.search(sent.text) or planned_cue(sent.text):
            continue
        end = i + 1
        while end < len(doc.sents) and end - i < 3 and GOES_ON.match(doc.sents[end].text):
            end += 1
        last = doc.sents[end - 1]
        span = Sentence(doc.text[sent.start : last.end], sent.start, last.end, sent.para)
        if not GATHERING.search(span.text, cue.end()) and not group_addressed(doc, span, cue.end()):
            continue
        who = speaker(doc, sent)
        if who is None:
            return []
        day = told_day(doc.document)
        return [
            Account("main", "held", day, sent, span, [(who, sent)], [span], list(doc.sents), 0, len(doc.text))
        ]
    return []


def several(account: Account) -> bool:
    """Does the account's sentence name several gatherings ("To the participants of the NATO summit, the
    G7 summit, …")?"""
    return len(GATHERING.findall(account.sentence.text)) > 1


# words that take the leader to the summit: then it was no video address
WENT = re.compile(r"(?i)\b(?:in[- ]person|arrived|visit\w*|travel\w*|trip|came\s+to|went\s+to)\b")


def addressed_summit(doc: Doc, account: Account, m: Meeting) -> None:
    """An address's summits (`addressed_accounts`) as CONVENTIONS §11 keys them: the member states of
    each group named as addressed take part, and the leader spoke from home, by video (unless the
    words say he went there: "arrived", "visit", "trip")."""
    span = account.sentence
    named = [x.iri for x in doc.mentions if x.iri in doc.ref.seats and span.start <= x.start < span.end]
    named += summits_named(doc.ref, span.text, doc.mentions, set(doc.ref.seats), span.start)
    add_members(doc, named, span, m)
    body_of_event(doc, span, m)
    if several(account):  # several summits: the day's record is at none of them
        m.event = None
        m.evidence = [st for st in m.evidence if st.field != "event"]
        m.gatherings = summits_told(doc, span)  # … and tells the leader's part in each
        m.evidence += [Statement("gathering", e, doc.evidence(span)) for e in m.gatherings]
    if m.mode == "phone" or WENT.search(span.text):
        return
    m.mode, m.venue = "video", None  # spoken from home: no venue (the summit's city is not his)
    m.evidence = [st for st in m.evidence if st.field not in ("mode", "venue")]
    m.evidence.append(Statement("mode", "video", doc.evidence(span)))


def add_members(doc: Doc, groups: list[str], said: Sentence, m: Meeting) -> None:
    """The member states of the groups (`groups.members`) take part, each once, as `said` tells, and
    the organizations among the members (`member_bodies`) as organizations."""
    taken = {o.key for o in m.organizations}
    for iri in member_bodies(doc, groups):
        e = doc.ref.entities[iri]
        if e.key not in taken:
            taken.add(e.key)
            org = e.as_kind("organization")
            m.organizations.append(org)
            m.evidence.append(Statement("organization", org, doc.evidence(said)))
    have = {c.props.get("iso") for c in m.countries} | {c.key for c in m.countries}
    for member in members(doc, groups):
        iso = doc.ref.iso_of(member)
        c = doc.ref.country(iso or "")
        if c is not None and iso not in have and c.key not in have:
            have |= {iso, c.key}
            m.countries.append(c)
            m.evidence.append(Statement("country", c, doc.evidence(said)))


def member_bodies(doc: Doc, groups: list[str]) -> list[str]:
    """The organizations that are members of the groups on the day and sit as themselves, not through
    their officials' posts (the EU of the G20, not of the G7: eval/CONVENTIONS.md 63); one that joined
    later (a seat with a start: the G20's African Union) only when the release names it."""
    named = {x.iri for x in doc.mentions}
    on = doc.people.on if doc.people is not None else doc.document.date
    out: list[str] = []
    for group in dict.fromkeys(groups):
        now = set(doc.ref.group_members(group, on))
        for seat in doc.ref.seats.get(group, ()):
            member = seat.member
            if seat.post or doc.ref.iso_of(member) or member not in now or member not in doc.ref.entities:
                continue
            if doc.ref.entities[member].kind == "organization" and (seat.start is None or member in named):
                out.append(member)
    return list(dict.fromkeys(out))


# … not a meeting of some of them there ("At the G20 Summit, President Biden co-hosted a group of G20 …")
SIDE_MEETING = re.compile(
    r"(?i)\b(?:met|meets|meeting|co-?host\w*|hosted|convened|a\s+(?:group|number)\s+of|some|several)\b"
)


def opened_at_summit(doc: Doc, account: Account, m: Meeting) -> None:
    """A leader's part told by a sentence opening at a group's summit (AT: "This week, at the G20 Summit
    in New Delhi, President Biden …"): the group's member states take part."""
    said = account.sentence
    at = AT.match(said.text)
    if at and not SIDE_MEETING.search(said.text, at.end()):
        add_members(
            doc, summits_named(doc.ref, said.text, doc.mentions, set(doc.ref.seats), said.start), said, m
        )


# a leader's address or speech to a summit or a body's session, by its title ("Address by President of
# Ukraine … to the participants of the Group of Seven summit", "Speech by … at a meeting of the European
# Council"): not remarks, which a leader gives where he is
SPEECH_TO = re.compile(r"(?i)^\W*(?:video\s+)?(?:address|speech)\s+(?:by|of)\b")
OPENING = 6  # sentences of the speech's opening read for words that take him there


def spoken_from_home(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "summit address": a leader's address or speech to a summit (SPEECH_TO, with the summit or
    session detect.SUMMIT_TITLE reads) that no words take him to is his video part in it, from home:
    mode video, no venue (CONVENTIONS §11)."""
    if account.kind != "main" or m.mode != "in_person" or not SPEECH_TO.match(doc.title):
        return
    if not SUMMIT_TITLE.search(doc.title) or any(WENT.search(s.text) for s in doc.sents[:OPENING]):
        return
    m.mode, m.venue = "video", None
    m.evidence = [st for st in m.evidence if st.field not in ("mode", "venue")]
    m.evidence.append(Statement("mode", "video", doc.evidence(account.sentence)))


# a clause of a list of audiences: "To the participants of the NATO summit, the G7 summit, to the …"
CLAUSE = re.compile(r"[^,;.]+")


def summits_told(doc: Doc, span: Sentence) -> list[Entity]:
    """Each gathering a list of audiences names, once, in order: the event a clause naming a gathering
    names ("the G7 summit"), or the leaders' meeting of the body it names ("the summit of the leaders
    of the European Union": the European Council meeting)."""
    bodies = body_events(doc.ref)
    out: dict[str, Entity] = {}
    for clause in CLAUSE.finditer(span.text):
        if not GATHERING.search(clause.group()):
            continue
        start, end = span.start + clause.start(), span.start + clause.end()
        inside = [x for x in doc.mentions if start <= x.start < end]
        event = next((doc.ref.entities[x.iri] for x in inside if x.kind == "event"), None)
        event = event or next((bodies[x.iri] for x in inside if x.iri in bodies), None)
        if event is not None:
            out.setdefault(event.key, event)
    return list(out.values())
