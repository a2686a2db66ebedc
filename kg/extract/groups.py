"""Everyone at a group's leaders' meeting: "Readout of President Biden's Call with G7 Leaders", "We,
the Leaders of the Group of Seven (G7), met on 12 December", "the Quad leaders met".

A release that says a group's leaders met names none of them: each member state takes part, and the
holder on the meeting's date of each seat (`Reference.group_leaders`) carries his state, but only the
publisher's own is listed (the others are `seated`: eval/CONVENTIONS.md 25). Read only in the meeting's
own sentences (the title and those reporting it), where the group's *leaders* are named with a meeting
word in one sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date, timedelta

from kg.extract.body_series import body_events
from kg.extract.doc import Account, Doc
from kg.extract.elsewhere import of_other_time
from kg.extract.gazetteer import Mention, scan
from kg.extract.group_counterparts import groups_met_with
from kg.extract.group_parts import authoring_groups, will_attend
from kg.extract.one_voice import own_voice
from kg.extract.people import Person
from kg.extract.people.roles import leader, members_listed
from kg.extract.people.table import from_reference
from kg.extract.sentences import Sentence
from kg.extract.thanked_chairs import thanked_chairs
from kg.model import Meeting
from kg.reference import Reference

# who of a group takes part: its leaders (each seat's holder) ...
LEADERS = r"(?:leaders|heads\s+of\s+state(?:\s+and(?:\s+of)?\s+government)?)"
# ... or anyone sent by its members (each member state takes part: "G7 and EU ambassadors", "the
# Member States of ASEAN", "NATO foreign ministers")
MEMBERS = (
    r"(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and(?:\s+of)?\s+government)?|member\s+states|"
    r"(?:(?:foreign|defen[cs]e|finance|trade|economy|energy|health)\s+)?ministers|ambassadors|envoys|"
    r"representatives|sherpas|national\s+security\s+advis[eo]rs|counterparts|partners|colleagues|members)"
)


def _patterns(nouns: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """Right after the group's name ("G7 Leaders", "Quad leaders’", "G7 and EU ambassadors", "(ASEAN)
    member states"), right before it ("the Leaders of the Group of Seven", "Ambassadors of the G7 and
    the"), and after its acronym ("the Group of Seven (G7) leaders")."""
    return (
        re.compile(
            rf"(?i)\)?(?:(?:\s+and|,)\s+(?:the\s+)?(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}}))?\s*{nouns}\b"
        ),
        re.compile(  # ... also an acronym after a name the data does not know ("the Association of X (")
            rf"(?i)\b{nouns}\s+(?:of|from)\s+(?:the\s+|our\s+)?(?:other\s+)?(?:(?-i:[A-Z][\w-]+)\s+and\s+(?:the\s+)?)?"
            r"(?:(?:(?-i:[A-Z][\w-]+)\s+(?:of\s+)?){1,6}\()?$"
        ),
        re.compile(rf"(?i)\s*\([^)]{{1,12}}\)\s*{nouns}\b"),
    )


LEADERS_AT = _patterns(LEADERS)
MEMBERS_AT = _patterns(MEMBERS)
# a word saying that they met (or will), near the group's leaders
MET = re.compile(
    r"(?i)\b(?:met|meet\s+with|meeting|convened?|call|calls|spoke|speak|joined|join|gather(?:ed)?|"
    r"video\s*conference|videoconference|virtually|took\s+part|participated|talks|address(?:ed|es)?|"
    r"host(?:s|ed|ing)?|welcom(?:e|es|ed|ing)|conversations?|(?:tele)?phone)\b"
)
# the participants of a group's summit are its members ("Address ... to the participants of the
# Group of Seven summit"; the key leaves its leaders unnamed)
SUMMIT_GUESTS = re.compile(r"(?i)\bparticipants\s+(?:of|in|at)\s+(?:the\s+)?$")
# ... with words of its kind between ("the Bucharest Nine Virtual Summit", "the NATO Extraordinary Summit")
SUMMIT_AFTER = re.compile(
    r"(?i)\s+(?:(?:leaders['’]?|virtual|video|online|extraordinary|special|emergency|informal)\s+){0,2}summit\b|"
    r"\s+leaders['’]?\s+(?:session|meeting)\b"
)
SUMMIT_OF = re.compile(r"(?i)\bsummit\s+of\s+(?:the\s+)?$")  # "the summit of the Joint Expeditionary Force"
Day = date | None
WEEK = timedelta(days=7)  # how far from a dated summit's days a meeting at it may be dated
NEAR = 80  # characters either side of "the G7 leaders" where the meeting word must be
# the leaders' meeting itself, where their name is a possessive ("the Quad Leaders’ call")
THEIR_MEETING = re.compile(
    r"(?i)['’]s?\s+(?:virtual\s+)?(?:meeting|call|session|summit|video|conference|talks)\b"
)
# what they did rather than a meeting ("the commitment of G7 Leaders", "a Declaration by G7 Leaders")
AGENT = re.compile(r"(?i)(\w+)\s+(?:of|by|from)\s+(?:the\s+)?(?:other\s+)?$")
# some of the group only ("a group of G20 leaders", "several NATO leaders")
SOME_OF = re.compile(
    r"(?i)\b(?:a\s+group|some|several|a\s+number|a\s+few|many|most)\s+(?:of\s+)?(?:the\s+)?$"
)
MEETING_NOUNS = set("meeting call session summit conference gathering talks group".split())
# a held session of a group's council brings its members; a plan listing one among a visit's occasions
# does not make the council's members the counterparts of the visit's talks
HELD_NOUNS = MEETING_NOUNS | {"council"}
# a meeting still to come, near the leaders: not the held meeting's ("welcomed the virtual G7
# leaders' meeting next week")
TO_COME = re.compile(r"(?i)\b(?:next|upcoming|will|tomorrow|later\s+this|coming|planned|to\s+be\s+held)\b")
# the group's others than its leaders
NOT_MET = re.compile(r"(?i)\b(?:ministers?|sherpas?|envoys?|deputies|ambassadors?)\b")


def cue(
    text: str,
    mentions: list[Mention],
    groups: set[str],
    offset: int = 0,
    held: bool = True,
    members: bool = False,
) -> list[str]:
    """The groups whose leaders (`members`: whose members' people) a sentence (or title) says met:
    group names with "leaders" next to them, not as a possessive nor as the authors of something,
    and a meeting word near them."""
    found: list[str] = []
    after_name, before_name, after_acronym = MEMBERS_AT if members else LEADERS_AT
    for m in mentions:
        if m.iri not in groups or not (offset <= m.start and m.end <= offset + len(text)):
            continue
        a, b = m.start - offset, m.end - offset
        after = after_name.match(text, b) or after_acronym.match(text, b)
        window = text[max(0, a - 60) : a]
        before = before_name.search(window)
        if members and not (after or before) and SUMMIT_AFTER.match(text, b):
            before = SUMMIT_GUESTS.search(window)  # its members, not named leaders
        if not (after or before) or (not members and NOT_MET.search(text[b : b + 30])):
            continue
        if members_listed(text, [x for x in mentions if x.kind == "country"], offset, b):
            continue  # "his counterparts from NATO Allies A, B and C": those states, not the group
        start = a - len(window) + before.start() if before else a
        end = after.end() if after else b
        if SOME_OF.search(text[max(0, start - 40) : start]):
            continue  # "co-hosted a group of G20 leaders": some of them, not the group
        agent = AGENT.search(text[max(0, start - 40) : start])
        if agent and agent.group(1).lower() not in (HELD_NOUNS if held else MEETING_NOUNS):
            continue
        if re.match(r"['’]", text[end : end + 1]) and not THEIR_MEETING.match(text, end):
            continue
        near = text[max(0, start - NEAR) : end + NEAR]
        close = text[max(0, start - NEAR // 2) : end + NEAR // 2]
        if MET.search(near) and not (held and TO_COME.search(close)):
            found.append(m.iri)
    return list(dict.fromkeys(found))


def group_leaders(
    doc: Doc,
    sentences: list[Sentence],
    have: list[tuple[Person, Sentence | None]],
    status: str = "held",
    title: bool = True,
) -> list[tuple[Person, Sentence | None]]:
    """The holders of a group's seats on the meeting date (`doc.found.on`) not among `have`, each with
    the sentence saying its leaders met (None: the title, read when `title`; not a meeting to come)."""
    groups = set(doc.ref.seats)
    if not groups:
        return []
    passages = _passages(doc, sentences, title)
    keys = {p.key for p, _ in have}
    # a state whose own representative the release names sends him or her, not the seat's holder
    # (a Bucharest Nine call with the Czech Prime Minister: not the Czech President too)
    states = {p.country for p, _ in have if p.country and not p.org}
    out: list[tuple[Person, Sentence | None]] = []
    for text, mentions, offset, sent in passages:
        for group in cue(text, mentions, groups, offset, status == "held"):
            for e, member in doc.ref.group_leaders(group, doc.found.on):
                if doc.ref.iso_of(member) in states:
                    continue
                p = from_reference(doc.found, e.props["iri"])
                if p.key not in keys:
                    keys.add(p.key)
                    p.seated = doc.ref.iso_of(member) != doc.home  # listed: only the publisher's own
                    out.append((p, sent))
    return out


Passage = tuple[str, list[Mention], int, Sentence | None]  # text, its mentions, offset, sentence
Taking = list[tuple[Person, Sentence | None]]  # who takes part, each with the sentence saying so


def _passages(doc: Doc, sentences: list[Sentence], title: bool) -> list[Passage]:
    return [
        *([(doc.title, doc.title_mentions, 0, None)] if title else []),
        *((s.text, doc.mentions, s.start, s) for s in sentences),
    ]


def group_states(
    doc: Doc, sentences: list[Sentence], status: str = "held", title: bool = True
) -> list[tuple[str, Sentence | None]]:
    """(ISO code, sentence) of each member state, on the date (`doc.found.on`, else the release
    date), of a group whose leaders or members' envoys the sentences (and the title, when `title`)
    say met: "met with the Ambassadors of the G7", "NATO foreign ministers met", "the G7 leaders
    met" (each member takes part, whether or not the data knows who held its seat)."""
    return [(iso, s) for m, s in group_members(doc, sentences, status, title) if (iso := doc.ref.iso_of(m))]


def group_bodies(
    doc: Doc, sentences: list[Sentence], status: str = "held", title: bool = True
) -> list[tuple[str, Sentence | None]]:
    """(organization IRI, sentence) of each member of such a group that is an organization, not a
    state (the EU of the G20): it takes part as an organization. Not one that sits through its
    officials' posts (the EU at the G7: CONVENTIONS.md 63), which takes part when they are named."""
    found = group_members(doc, sentences, status, title, bodies=True)
    return [(m, s) for m, s in found if not doc.ref.iso_of(m)]


def group_members(
    doc: Doc, sentences: list[Sentence], status: str = "held", title: bool = True, bodies: bool = False
) -> list[tuple[str, Sentence | None]]:
    """(member IRI, sentence) of each member on the date of a group the passages say met; `bodies`:
    not the members that sit through posts (their officials take part for them)."""
    groups = set(doc.ref.seats)
    out: list[tuple[str, Sentence | None]] = []
    for text, mentions, offset, sent in _passages(doc, sentences, title) if groups else []:
        found = cue(text, mentions, groups, offset, status == "held", members=True)
        found += groups_met_with(text, mentions, groups, offset, status == "held")
        if status == "held":
            on = doc.people.on if doc.people is not None else doc.document.date
            found += summit_attended(doc.ref, text, mentions, groups, offset, on)
            named = leaders_meetings(doc.ref, text, mentions, groups, offset)
            found += named if named and not of_other_time(text, on) else []
            if sent is None:
                found += authoring_groups(doc.title, doc.title_mentions, [s.text for s in sentences], groups)
        elif status == "planned" and will_attend(text, sent is None):  # the summit the leader will attend
            found += summits_named(doc.ref, text, mentions, groups, offset, doc.document.date)
        seated = {x.member for g in found for x in doc.ref.seats.get(g, ()) if x.post} if bodies else set()
        out += [(m, sent) for m in members(doc, found) if m not in seated]
    return out


def members(doc: Doc, groups: list[str]) -> list[str]:
    """The member IRIs, each once, of the groups on the meeting date (`doc.people.on`, else the release
    date): states and the bodies among them (the one reader of a group's members)."""
    on = doc.people.on if doc.people is not None else doc.document.date
    return list(dict.fromkeys(m for group in dict.fromkeys(groups) for m in doc.ref.group_members(group, on)))


# taking part in a summit ("attended the NATO Summit", "Speech … at the NATO Summit"), not a meeting
# on its sidelines or around it
ATTENDED = re.compile(
    r"(?i)\b(?:attended|attends|participated|participates|participation|participants|took\s+part|takes\s+part|"
    r"speech(?:es)?|address(?:ed|es)?|remarks|in\s+(?:a|the)\s+(?:virtual\s+|video\s+)?summit\s+of)\b"
    r"(?![^.;]*\bwill\b)"
)
AROUND = re.compile(
    r"(?i)\b(?:sidelines?|margins?|ahead\s+of|eve\s+of|before|after|following|preparations?)\b"
)


def summit_attended(
    ref: Reference, text: str, mentions: list[Mention], groups: set[str], offset: int = 0, on: Day = None
) -> list[str]:
    """The groups whose summit a passage says the leader attended or spoke at: each member takes part."""
    if not ATTENDED.search(text) or AROUND.search(text):
        return []
    return summits_named(ref, text, mentions, groups, offset, on)


def summits_named(
    ref: Reference, text: str, mentions: list[Mention], groups: set[str], offset: int = 0, on: Day = None
) -> list[str]:
    """The groups whose summit a passage names ("the NATO Summit", "the 16th East Asia Summit"; not a dated
    summit more than a week from `on`, a meeting's date: "in the NATO Summit in Madrid in June")."""
    out = []
    for m in mentions:
        if not (offset <= m.start and m.end <= offset + len(text)):
            continue
        if m.iri in groups and (
            SUMMIT_AFTER.match(text, m.end - offset) or SUMMIT_OF.search(text[: m.start - offset])
        ):
            out.append(m.iri)
        elif m.kind == "event":
            # the event of a group's summit ("the NATO summit in Madrid" of the series "NATO Summit",
            # "the CSTO Collective Security Council"): the series when its members are the data's ("the
            # 16th East Asia Summit"), the body whose leaders' meetings it is, or the group its name or
            # its series' name starts with
            edition, span = ref.edition(m.iri, None), text[m.start - offset : m.end - offset]
            series = edition.series if edition is not None else m.iri
            if edition and on and not edition.start - WEEK <= on <= edition.end + WEEK:
                continue
            body = next((b for b, e in body_events(ref).items() if e.props.get("iri") == series), series)
            hit = series if series in groups else body if body in groups else None
            if hit is not None or not re.search(r"(?i)\bsummit$", span):
                out += [hit] if hit is not None else []
                continue
            named = [span, *([ref.entities[series].label] if series in ref.entities else [])]
            for head in (name.rsplit(" ", 1)[0] for name in named):
                out += _leading_groups(ref, head, groups)
    return out


def leaders_meetings(
    ref: Reference, text: str, mentions: list[Mention], groups: set[str], offset: int = 0
) -> list[str]:
    """The groups whose leaders' meeting a passage names by its reference name, with the leaders in it
    ("at a meeting of the Joint Expeditionary Force leaders"; not a meeting on its sidelines)."""
    if "eader" not in text or AROUND.search(text):
        return []
    by_event = {e.key: group for group, e in body_events(ref).items() if group in groups}
    out = []
    for m in mentions:
        if m.kind == "event" and offset <= m.start and m.end <= offset + len(text):
            group = by_event.get(ref.entities[m.iri].key)
            if group and re.search(r"(?i)\bleaders\b", text[m.start - offset : m.end - offset]):
                out.append(group)
    return out


def _leading_groups(ref: Reference, head: str, groups: set[str]) -> list[str]:
    """The groups a summit's name starts with, after states only ("NATO", "U.S.-ASEAN Special", "Russia-
    ASEAN": the summit of a state with a group is the group's members' too)."""
    out, last = [], 0
    for x in scan(head, ref):
        if not re.fullmatch(r"[\s.\-–]*", head[last : x.start]):
            break
        if x.iri in groups:
            out.append(x.iri)
        elif x.kind != "country":
            break
        last = x.end
    return out


def record_group_leaders(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "group leaders": a group's leaders the meeting's own sentences say met join its
    participants (before the participants step writes them, so their states count too), and the
    publisher's leader when the leaders speak as one (`own_voice`)."""
    main = account.kind == "main"
    sentences = account.sentences if main else [account.sentence]
    found = group_leaders(doc, sentences, account.participants, account.status, title=main)
    account.participants.extend(found)
    if main:
        account.participants.extend(summit_sides(doc, sentences, account.participants, account.status))
    if main and account.status == "held":
        account.participants.extend(own_voice(doc, sentences, account.participants))
        if group_members(doc, sentences, account.status):  # a group's meeting: its chair thanked is there
            thanked = thanked_chairs(doc, account.part)
            for p, _ in account.participants:
                p.seated = p.seated and p.key not in {t.key for t, _ in thanked}  # named, so listed
            keys = {p.key for p, _ in account.participants}
            account.participants.extend((p, s) for p, s in thanked if p.key not in keys)


# a summit of a state with an organization, named by the pair ("the U.S.-EU Summit", "EU-Ukraine summit")
PAIR_SUMMIT = re.compile(
    r"(?P<a>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s?[-–]\s?(?P<b>[A-Z][\w.]*(?:\s[A-Z][\w.]*)?)\s+"
    r"(?:[Ll]eaders['’]?\s+)?[Ss]ummit\b"
)


def pair_summits(
    doc: Doc, sentences: list[Sentence], status: str
) -> Iterator[tuple[dict[str, str], Sentence]]:
    """The sides ({"country": IRI, "organization": IRI}) and passage of each summit of a state with an
    organization that the meeting's passages name (PAIR_SUMMIT; not one they are around, of another time
    or to come)."""
    on = doc.found.on
    for text, _, _, sent in _passages(doc, sentences, True):
        if "ummit" not in text or AROUND.search(text) or (sent is not None and of_other_time(text, on)):
            continue
        for m in PAIR_SUMMIT.finditer(text):
            if status == "held" and TO_COME.search(text[max(0, m.start() - NEAR // 2) : m.start()]):
                continue
            sides = dict([_side(doc.ref, m.group("a")), _side(doc.ref, m.group("b"))])
            if set(sides) == {"country", "organization"}:
                yield sides, sent


def summit_sides(doc: Doc, sentences: list[Sentence], have: Taking, status: str = "held") -> Taking:
    """At a summit of a state with an organization (pair_summits): the state's leader and who sits for
    the organization at leaders' meetings (its seats in the data's groups: the EU's Presidents of the
    European Council and of the Commission) on the meeting date, not among `have`. Those the release does
    not name are `seated`: the organization takes part, they are not listed (eval/CONVENTIONS.md 25, 45)."""
    keys = {p.key for p, _ in have}
    out: Taking = []
    for sides, sent in pair_summits(doc, sentences, status):
        holders = seat_holders(doc.ref, sides["organization"], doc.found.on)
        unnamed = {doc.ref.entities[iri].key for iri in holders} - set(doc.found.people)
        seated = [from_reference(doc.found, iri) for iri in holders]
        for p in seated:
            p.seated = p.seated or p.key in unnamed
        own = leader(doc.found, doc.ref.iso_of(sides["country"]) or "") if seated else None
        for p in [*([own] if own is not None else []), *seated]:
            if p.key not in keys:
                keys.add(p.key)
                out.append((p, sent))
    return out


def _side(ref: Reference, words: str) -> tuple[str, str]:
    """(kind, IRI) of the state or organization a side of the pair names wholly, else ("", "")."""
    hits = scan(words, ref)
    whole = len(hits) == 1 and hits[0].start == 0 and hits[0].end >= len(words.rstrip("."))
    return (hits[0].kind, hits[0].iri) if whole else ("", "")


def seat_holders(ref: Reference, body: str, on: date | None) -> list[str]:
    """The holders on a date of the posts that sit for an organization in the data's groups."""
    posts = {s.post: 0 for seats in ref.seats.values() for s in seats if s.member == body and s.post}
    return [e.props["iri"] for post in posts if (e := ref.holder(post, on)) is not None]
