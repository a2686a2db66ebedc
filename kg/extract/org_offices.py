"""Organizations whose head or official the meeting's sentences name by office, whoever holds it.

"spoke with the Secretary General of NATO and the presidents of the European Union", "the CARICOM
Secretary General joined them": the office's organization takes part (CONVENTIONS.md 5). The office
titles are those of the reference data's organization posts (offices.ttl: "Secretary General of
NATO", "IMF Managing Director" give "Secretary General", "Managing Director"), read with any
organization the reference data knows.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.actors import ITS_STATES, NAMED_WITH, top_organization
from kg.extract.affiliation import FORMER
from kg.extract.elsewhere import other_meeting_spans
from kg.extract.gazetteer import Mention, scan
from kg.extract.groups import pair_summits, seat_holders
from kg.extract.org_forms import introduced_acronyms, minted, title_body
from kg.extract.org_lists import organizations_listed
from kg.extract.org_sides import acting_together, groups_met, unknown_groups_met
from kg.extract.participants import NOT_PRESENT, national, presence
from kg.extract.presence import AT_MEETING
from kg.extract.sentences import Sentence
from kg.model import Entity, Meeting, Statement
from kg.reference import Reference

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc


def title_organizations(ref: Reference) -> dict[str, set[str]]:
    """Office title (folded spaces, lower case) -> the organizations with a post of that title, from
    "<title> of (the) <organization>" and "<organization> <title>" ("Secretary General" -> NATO, ...)."""
    out: dict[str, set[str]] = {}
    for post in ref.posts.values():
        org = ref.entities.get(post.post_in or "")
        if org is None or org.kind != "organization":
            continue
        names = "|".join(re.escape(n) for n in sorted({org.label, *org.alt_labels}, key=len, reverse=True))
        for label in (post.label, *post.alt_labels):
            m = re.fullmatch(
                rf"(?P<t>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})\s+of\s+(?:the\s+)?(?:{names})", label
            )
            m = m or re.fullmatch(rf"(?:{names})\s+(?P<t>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){{0,2}})", label)
            if m:
                out.setdefault(m.group("t"), set()).add(post.post_in or "")
    return out


def office_titles(ref: Reference) -> list[str]:
    """The titles of organization posts without the organization's name ("Secretary General",
    "Director-General", "President"), from "<title> of (the) <organization>" and "<organization> <title>"."""
    return sorted(title_organizations(ref), key=len, reverse=True)


# the heads and officials any international body may have, whatever posts the data gives it ("the head of
# UNICEF", "the UN Special Envoy for Syria", "the Prosecutor of the International Criminal Court")
HEAD_TITLES = (
    "Head",
    "Chief",
    "Administrator",
    "Prosecutor",
    "Executive Director",
    "Executive Secretary",
    "High Commissioner",
    "Special Envoy",
    "Special Representative",
    "Special Coordinator",
    "Resident Coordinator",
    "Chairperson",
)


def _pattern(ref: Reference) -> re.Pattern[str] | None:
    """The office titles (`office_titles`, HEAD_TITLES) as one pattern, or None without any."""
    return ref.derived("office titles pattern", _build_pattern)


def _build_pattern(ref: Reference) -> re.Pattern[str] | None:
    titles = sorted({*office_titles(ref), *HEAD_TITLES}, key=len, reverse=True)
    if not titles:
        return None
    alts = "|".join(re.escape(t).replace(r"\ ", r"\s+") for t in titles)
    # (not "the CIS heads of state", "NATO Chiefs of Defence": its states' people)
    return re.compile(rf"(?i)\b(?:{alts})s?\b(?!\s+of\s+(?:state|government|defen[cs]e|staff))")


def _own_body(ref: Reference, iri: str) -> bool:
    """An organization with officials of its own: not a group of states whose members' leaders hold
    its seats (the G7), unless the data gives it a post of its own (NATO's Secretary General)."""
    return iri not in ref.seats or any(post.post_in == iri for post in ref.posts.values())


_OF = re.compile(r"\s+of\s+(?:the\s+)?")
# the holder named (the participants step judges him or her), or the office's own words ("the UN
# Secretary-General's call"): not a sign that the official takes part
_NAME_NEXT = re.compile(
    # (an executive body's name goes on: "the President of the ECOWAS Commission"; not a council of the
    # members' leaders: "Chairman of the CIS Council of Heads of State" is a state's leader)
    r",?\s+(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?(?!(?:Commission|Secretariat)\b(?!\s+of\b))[A-Z][a-z]|['’]s\b"
)
_BEFORE = re.compile(r"(?:['’]s)?\s+$")  # "NATO Secretary General", "NATO's Secretary General"


def offices_named(doc: Doc, sentences: Sequence[Sentence]) -> list[tuple[str, Sentence]]:
    """(organization IRI, sentence) for the organizations whose office the sentences name ("the
    Secretary General of NATO", "the CARICOM Secretary General"), not in a clause about another
    meeting nor in a sentence of people absent, and not bodies of the publisher's own state."""
    pattern = _pattern(doc.ref)
    out: list[tuple[str, Sentence]] = []
    if pattern is None:
        return out
    for s in dict.fromkeys(sentences):
        if NOT_PRESENT.search(s.text):
            continue
        elsewhere = other_meeting_spans(s.text)
        orgs = [m for m in scan(s.text, doc.ref) if m.kind == "organization"]
        for t in pattern.finditer(s.text):
            if any(a <= t.start() < b for a, b in elsewhere):
                continue
            of = _OF.match(s.text, t.end())
            after = next((m for m in orgs if of is not None and m.start <= of.end() < m.end), None)
            before = next((m for m in orgs if _BEFORE.fullmatch(s.text[m.end : t.start()])), None)
            if _NAME_NEXT.match(s.text, after.end if after is not None else t.end()):
                continue
            if after is not None and ITS_STATES.match(s.text, after.end):
                continue
            begins = before.start if before is not None else t.start()
            if _general(doc.ref, t.group()) and not _MET_NOW.search(s.text, max(0, begins - 40), begins):
                continue  # a general title only as the one met ("the efforts of the UN Special Envoy": not)
            if after is None and before is None and BARE.fullmatch(t.group()):
                after = _only_holder(doc.ref, t.group(), orgs)  # "NATO Allies — and the Secretary General"
            for m in (after, before):
                if m is not None and _own_body(doc.ref, m.iri) and not national(doc, m.iri):
                    out.append((m.iri, s))
    return out


# the words just before an office met ("met with the", "received the", a list's next item: "and the")
_MET_NOW = re.compile(
    r"(?i)\b(?:with|received|receives|hosted|hosts|welcomed|welcomes|met|meets|joined\s+by|including|and)\s+"
    r"(?:the\s+|a\s+)?$|,\s+(?:the\s+)?$"
)


_HEADS = frozenset(h.lower() for h in HEAD_TITLES)


def _general(ref: Reference, title: str) -> bool:
    """Is the title matched one of HEAD_TITLES and not a title of the data's posts?"""
    folded = " ".join(title.split()).lower().removesuffix("s")
    return folded in _HEADS and folded not in ref.derived(
        "office titles, lower case", lambda r: frozenset(t.lower() for t in _title_orgs(r))
    )


# head titles that name no state's office: said bare ("the Secretary General"), the organization is the
# one with such a post that the sentence names
BARE = re.compile(
    r"(?i)Secretary[- ]General|Director[- ]General|Managing\s+Director|"
    r"High\s+Representative|High\s+Commissioner"
)


def _only_holder(ref: Reference, title: str, orgs: list[Mention]) -> Mention | None:
    """The organization named in the sentence (`orgs`) that has a post of the bare `title`, when one
    alone does."""
    have = _holders(ref, title)
    named = [m for m in orgs if m.iri in have or top_organization(ref, m.iri) in have]
    return named[0] if len({top_organization(ref, m.iri) for m in named}) == 1 else None


def _title_orgs(ref: Reference) -> dict[str, set[str]]:
    """`title_organizations`, once per reference."""
    return ref.derived("organizations by office title", title_organizations)


def _fold_title(title: str) -> str:
    """A title as compared: lower case, hyphens and runs of spaces as one space ("Secretary-General")."""
    return " ".join(title.replace("-", " ").split()).lower()


def _holders(ref: Reference, title: str) -> set[str]:
    """The organizations with a post of the bare `title`, however hyphenated."""
    folded = _fold_title(title)
    return {i for t, iris in _title_orgs(ref).items() if _fold_title(t) == folded for i in iris}


# an organization's head addressed by his office alone ("Mr. President, Mr. Secretary-General, my fellow
# leaders", "your leadership, Mr. Secretary-General —"): a title BARE matches, as a form of address
_SALUTED = re.compile(
    r"\b(?:Mr\.?|Madam|Madame)\s+(?P<title>Secretary[- ]General|Director[- ]General|Managing\s+Director|"
    r"High\s+Representative|High\s+Commissioner)(?=\s*[,;:!?—–]|\s+-|\.(?:\s|$))"
)


def saluted_offices(doc: Doc) -> list[tuple[str, Sentence]]:
    """(organization IRI, sentence) for the organization whose head a speaker of remarks given at the
    meeting addresses by office alone ("Mr. Secretary-General, …": he is there, CONVENTIONS.md 5, 14):
    the one organization with a post of that title that the release's title or the sentence names
    ("Remarks … Before the Session of the United Nations General Assembly": the UN)."""
    if not AT_MEETING.search(doc.title):
        return []
    out: list[tuple[str, Sentence]] = []
    for s in doc.sents:
        if "Mr" not in s.text and "Madam" not in s.text:
            continue
        for m in _SALUTED.finditer(s.text):
            named = [*doc.title_mentions, *(x for x in doc.mentions if s.start <= x.start < s.end)]
            orgs = [x for x in named if x.kind == "organization"] + _event_bodies(doc)
            found = _only_holder(doc.ref, m.group("title"), orgs)
            if found is not None:  # (the UN, not its General Assembly, has the Secretary-General)
                held = found.iri in _holders(doc.ref, m.group("title"))
                out.append((found.iri if held else top_organization(doc.ref, found.iri), s))
    return out


def _event_bodies(doc: Doc) -> list[Mention]:
    """The organizations in the names of the events the title names ("76th session of the United
    Nations General Assembly": its General Assembly)."""
    events = [
        doc.ref.entities[x.iri] for x in doc.title_mentions if x.kind == "event" and x.iri in doc.ref.entities
    ]
    # (what follows an "of" in the name: the whole name is the event's own)
    bodies = [e.label[m.end() :] for e in events for m in _OF.finditer(e.label)]
    return [x for name in bodies for x in scan(name, doc.ref) if x.kind == "organization"]


_FORMER_BEFORE = 12  # characters before the organization's name where "former" makes the title a past one


def titled_participants(doc: Doc, account: Account) -> list[tuple[str, Sentence | None]]:
    """(organization IRI, sentence) for each participant the reference data does not place (no state,
    no organization) whose title names an organization just before his or her name ("CARICOM
    Secretary General X"): the nearest one named (kg.extract.actors.NAMED_WITH characters before),
    unless the title is a past one ("Former WHO Director-General X": affiliation.FORMER)."""
    out: list[tuple[str, Sentence | None]] = []
    keys = {p.key: s for p, s in account.participants if p.title and not (p.org or p.country)}
    pp = doc.found
    for text, people, mentions in (
        (doc.text, pp.mentions, doc.mentions),
        (doc.title, pp.title_mentions, doc.title_mentions),
    ):
        orgs = [x for x in mentions if x.kind == "organization"]
        for pm in (x for x in people if x.key in keys):
            near = [
                x
                for x in orgs
                if pm.start - NAMED_WITH <= x.start < pm.start
                and "." not in text[x.end : pm.start]
                and not FORMER.search(text[max(0, x.start - _FORMER_BEFORE) : pm.start])
            ]
            if near:
                out.append((max(near, key=lambda x: x.start).iri, keys[pm.key]))
    return out


def unknown_bodies(doc: Doc, account: Account) -> list[tuple[Entity, Sentence | None]]:
    """(organization, sentence) for each participant the reference data does not place whose title
    names an international body it does not know ("President of the International Chess Federation",
    kg.extract.org_forms), unless the title is a past one: the body minted, with the text's acronym."""
    acronyms: dict[str, str] | None = None
    out: list[tuple[Entity, Sentence | None]] = []
    for p, s in account.participants:
        if p.org or not p.title or FORMER.search(p.title):
            continue
        if acronyms is None:
            acronyms = introduced_acronyms(doc.ref, doc.text)
        name = title_body(doc.ref, p.title, p.body, acronyms)
        if name is not None:
            out.append((minted(name, acronyms), s))
    return out


def summit_bodies(doc: Doc, account: Account) -> list[tuple[str, Sentence]]:
    """(organization IRI, passage) for the organization side of a summit of a state with an organization
    (kg.extract.groups.pair_summits) when the release names none of those who sit for it: the organization
    itself takes part (eval/CONVENTIONS.md 45: "the European Union", not its institutions)."""
    out: list[tuple[str, Sentence]] = []
    for sides, sent in pair_summits(doc, account.sentences, account.status):
        holders = seat_holders(doc.ref, sides["organization"], doc.found.on)
        named = [doc.found.people.get(doc.ref.entities[iri].key) for iri in holders]
        if holders and all(p is None or p.seated for p in named):
            out.append((sides["organization"], sent))
    return out


def record_offices(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "organization offices": the organizations whose office the main meeting's sentences (and
    the lead's sentences of presence) name, and those of titled participants the data does not place,
    join its organizations, unless one of theirs is there."""
    if account.kind != "main":
        return
    read = [*account.sentences, *(x for x in doc.lead if presence(x.text))]
    have = {o.key for o in m.organizations} | {o.props.get("iri") for o in m.organizations}
    have |= {top_organization(doc.ref, i) for i in list(have) if i}
    titled = [*titled_participants(doc, account), *offices_named(doc, read), *groups_met(doc, read)]
    titled += saluted_offices(doc)  # a head addressed by office in the remarks
    titled += organizations_listed(doc, read, account.part)  # and a list of sides set on the day
    together = acting_together(doc, account.sentences)
    for iri, s in [*titled, *summit_bodies(doc, account), *together]:
        if national(doc, iri) or not _own_body(doc.ref, iri):
            continue
        e = doc.ref.entities[iri]
        if iri in have or e.key in have or top_organization(doc.ref, iri) in have:
            continue
        have |= {iri, e.key}
        org = e.as_kind("organization")
        m.organizations.append(org)
        m.evidence.append(Statement("organization", org, doc.evidence(s or account.sentence)))
    acronyms = introduced_acronyms(doc.ref, doc.text)
    for org, s in [
        *unknown_bodies(doc, account),
        *((minted(n, acronyms), x) for n, x in unknown_groups_met(doc, read)),
    ]:
        if org.key not in have:
            have.add(org.key)
            m.organizations.append(org)
            m.evidence.append(Statement("organization", org, doc.evidence(s or account.sentence)))
