"""Whom a participant stands for: the state of a delegation named in the lead, the state or
organization named in the words of a title before a name, an official of an international
organization taking part for it, and the publisher's own bodies (whose people are no counterparts).
"""

from __future__ import annotations

import re

from kg.extract.body_state import body_country
from kg.extract.doc import LEAD, Doc
from kg.extract.gazetteer import scan
from kg.extract.people import Person, PersonMention, holder
from kg.extract.people.lexicon import a_brief
from kg.extract.people.roles import leader
from kg.extract.principal_offices import BARE_OFFICE, PUBLISHER_OFFICE, office_role
from kg.extract.publisher import is_news_media
from kg.extract.sentences import Sentence
from kg.extract.titles import role_of

Participants = list[tuple[Person, Sentence | None]]
DELEGATION = re.compile(r"(?i)\bdelegations?\s+(?:of|from)\s+(?:the\s+)?")


def delegation_country(doc: Doc, found: Participants) -> None:
    """'a delegation of the United States Congress led by Senator X': the delegation's people in the
    lead whose country is not said belong to that state (written on the Person)."""
    lead = doc.sents[:LEAD]
    if not lead:
        return
    by_start = {m.start: m for m in doc.mentions if m.kind == "country"}
    iso = None
    for sent in lead:
        for d in DELEGATION.finditer(sent.text):
            m = by_start.get(sent.start + d.end())
            if m is not None and doc.ref.iso_of(m.iri) != doc.home:
                iso = doc.ref.iso_of(m.iri)
                break
        if iso:
            break
    if not iso:
        return
    in_lead = {pm.key for pm in doc.found.mentions if pm.start < lead[-1].end}
    for p, _ in found:
        if p.country is None and p.iri is None and p.org is None and p.key in in_lead:
            p.country = iso


def title_country(doc: Doc, found: Participants) -> None:
    """A participant whose country is not known gets the state named in the words of his title just
    before his name ("governor of Russia's Novgorod oblast Andrey Nikitin", "Indian G20 Sherpa Piyush
    Goyal", "director of the National Anti-Corruption Bureau of Ukraine Semen Kryvonos"), or, when
    they name no state, the international organization they name ("Head of the NATO Mission in
    Ukraine Karen McTear" is of NATO)."""
    official_of(doc, found)
    unknown = {p.key: p for p, _ in found if p.country is None and p.iri is None and p.org is None}
    if not unknown:
        return
    led_delegation(doc, unknown)
    for pm in doc.found.mentions:
        p = unknown.get(pm.key)
        if p is None or p.country is not None:
            continue
        before = doc.text[max(0, pm.start - 70) : pm.start]
        phrase = re.split(r"[,;:.()\[\]\n]|\s(?:and|with|by|met|meets|to|from)\s", before)[-1]
        if FORMER.search(phrase):
            continue  # "Former World Health Organization Director-General X": neither his body nor state now
        # a state after "for" or "to" is an envoy's brief or an ambassador's host, not his own
        # ("Special Envoy for Yemen X", "Ambassador to Kazakhstan Y")
        at = len(before) - len(phrase)
        named = [x for x in scan(phrase, doc.ref) if not a_brief(before, at + x.start)]
        isos = {doc.ref.iso_of(x.iri) for x in named if x.kind == "country"}
        # (a demonym after "to the" is whose staff he is: "Advisor to the German Chancellor")
        isos |= {doc.ref.country_of_demonym(w) for w in re.findall(r"\b[A-Z][a-z]+\b", phrase)}
        isos.discard(None)
        orgs = {x.iri for x in named if x.kind == "organization" and not national(doc, x.iri)}
        if len(isos) == 1:  # a state's official ("Indian G20 Sherpa"), whatever body he deals with
            p.country = isos.pop()
        elif not isos and len(orgs) == 1:
            p.org = orgs.pop()
    appositive_country(doc, unknown)
    listed_country(doc, unknown)
    body_country(doc, unknown)  # "the Chairman of the Communist Party of Vietnam's Commission, X"


# what separates two people of one list: a comma or "and" ("including"), then the next one's title
# words ("President Vjosa Osmani-Sadriu and Prime Minister Albin Kurti", "…, Foreign Minister X")
LIST_GAP = re.compile(
    r"(?:[ \t]*\([^()]{1,40}\))?[ \t]*(?:,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+)(?:includ(?:ed|ing)[ \t]+)?"
    r"(?:(?:the|of|for|and|[A-Z][\w'’.&-]*)[ \t]+){0,8}"
)

# what follows an item of a list: the next one, its end, or a phrase on the meeting; not a verb
# ("During meetings with President X and Minister Y, Dr. Z reinforced …": Z is not of the list)
LIST_ITEM_END = re.compile(r"[ \t]*(?:[,.;:()]|(?:and|for|to|in|on|at|as|who|during)\b|$)")


def listed_country(doc: Doc, unknown: dict[str, Person]) -> None:
    """A person still of unknown state, body and organization, listed after a person of a foreign
    state ("met with Kosovo President X and Prime Minister Y", "President A, Foreign Minister B, and
    Minister of Environment C"), is of that state; a list naming a state between its people says
    nothing of the next one."""
    mentions = sorted(doc.found.mentions, key=lambda pm: pm.start)
    states = {m.start for m in doc.mentions if m.kind in ("country", "organization")}
    runs: list[list[PersonMention]] = [[]]
    for prev, pm in zip([None, *mentions], mentions, strict=False):
        if prev is not None and not (
            pm.start > prev.end
            and LIST_GAP.fullmatch(doc.text, prev.end, pm.start)
            and not any(prev.end <= k < pm.start for k in states)
        ):
            runs.append([])
        runs[-1].append(pm)
    people = doc.found.people
    for run in runs:  # each unknown one takes the state of the nearest known one before him
        iso = None
        for pm in run:
            p = people.get(pm.key)
            if p is None or p.org or p.for_org:
                iso = None
            elif p.country is not None:  # (his state perhaps read just before: the delegation he leads)
                iso = p.country if p.country != doc.home else None
            elif pm.key in unknown and iso is not None and LIST_ITEM_END.match(doc.text, pm.end):
                p.country = iso


# a title set off after a name ("Aviv Kohavi, Chief of the General Staff of the Israel Defense Forces",
# "Jan Hecker, Foreign and Security Policy Advisor to the German Chancellor"), up to the clause's end
APPOSITION = re.compile(r",\s+(?:the\s+|his\s+|her\s+)?(?P<title>[^,;:.()\[\]\n]{3,90})")
TITLE_WORD = re.compile(
    r"(?i)\b(?:president|minister|secretary|advis[eo]r|counsel+or|chief|head|director|ambassador|envoy|"
    r"chair\w*|commissioner|deputy|governor|general|counterpart|representative|coordinator|spokes\w+)\b"
)


def appositive_country(doc: Doc, unknown: dict[str, Person]) -> None:
    """A person still of unknown state and body gets the one state (else the one international body)
    the title set off after his name names (APPOSITION), when it names no other person."""
    for pm in doc.found.mentions:
        p = unknown.get(pm.key)
        if p is None or p.country is not None or p.org is not None:
            continue
        m = APPOSITION.match(doc.text, pm.end)
        if m is None or not TITLE_WORD.search(m.group("title")):
            continue
        phrase = re.split(r"\s(?:with|by|met|meets|from|on|in|at|who|which)\s", m.group("title"))[0]
        end = m.start("title") + len(phrase)
        if any(m.start() < q.start < end for q in doc.found.mentions):
            continue  # the next item of a list of people ("X, President of Y Z")
        named = [x for x in scan(phrase, doc.ref) if not a_brief(phrase, x.start)]  # "X, Envoy for Yemen"
        isos = {doc.ref.iso_of(x.iri) for x in named if x.kind == "country"}
        # (a demonym after "to the" is whose staff he is: "Advisor to the German Chancellor")
        isos |= {doc.ref.country_of_demonym(w) for w in re.findall(r"\b[A-Z][a-z]+\b", phrase)}
        isos.discard(None)
        orgs = {x.iri for x in named if x.kind == "organization" and not national(doc, x.iri)}
        if len(isos) == 1:
            p.country = isos.pop()
        elif not isos and len(orgs) == 1:
            p.org = orgs.pop()


def official_of(doc: Doc, found: Participants) -> None:
    """A participant whose title just before his name names one international organization and no
    state ("EU Commissioner for Neighbourhood and Enlargement Olivér Várhelyi", "Executive Vice
    President of the European Commission Valdis Dombrovskis") takes part as its official: the
    organization takes part, not his state. Not a group whose members hold its seats (a "G7 Sherpa"
    is his state's), not a body of the publisher's state. A plural title covers the names listed after it."""
    people = {  # (those placed already only start a list under a plural title)
        p.key: p for p, _ in found if p.org or p.role != "OrganizationHead" and (p.iri or p.country is None)
    }
    for text, mentions, orgs_at in (
        (doc.text, doc.found.mentions, doc.mentions),
        (doc.title, doc.found.title_mentions, doc.title_mentions),
    ):
        starts = sorted(pm.start for pm in mentions)
        shared: tuple[int, str] | None = None  # (end, organization) of the last name under a plural title
        for pm in sorted(mentions, key=lambda x: x.start):
            p = people.get(pm.key)
            if shared is not None and LISTED_NEXT.fullmatch(text, shared[0], pm.start):
                shared = (pm.end, shared[1])
                if p is not None and p.org is None and not _state_post(doc, p):
                    p.org, p.for_org = shared[1], True
                continue
            shared = None
            if p is None:
                continue
            lo = max(0, pm.start - 90)
            cut = [m.end() for m in TITLE_BREAK.finditer(text, lo, pm.start)]
            lo = max([lo, *cut, *(s + 1 for s in starts if s < pm.start)])
            phrase = text[lo : pm.start]
            named = [x for x in orgs_at if lo <= x.start and x.end <= pm.start]
            isos = {doc.ref.iso_of(x.iri) for x in named if x.kind == "country"}
            isos |= {doc.ref.country_of_demonym(w) for w in re.findall(r"\b[A-Z][a-z]+\b", phrase)}
            isos.discard(None)
            bodies = {
                x.iri
                for x in named
                if x.kind == "organization" and x.iri not in doc.ref.seats and not national(doc, x.iri)
            }
            plural = OFFICIALS.search(phrase)
            if (
                len(bodies) == 1
                and not isos
                and (OFFICIAL.search(phrase) or plural)
                and not FORMER.search(phrase)
            ):
                if p.org is None:
                    p.org, p.for_org = bodies.pop(), True
                shared = (pm.end, p.org) if plural else None


def _state_post(doc: Doc, p: Person) -> bool:
    """Does the reference data give the person a state's post on the day?"""
    return any(doc.ref.iso_of(doc.ref.post_role(t)[1]) for t in doc.ref.posts_of(p.iri or "", doc.found.on))


# what ends a title before a name: a sentence or clause break, or the verb or preposition before it
TITLE_BREAK = re.compile(r"[,;:.\[\]\n]|\s(?:with|by|met|meets|to|from)\s+(?=(?:the\s+)?[A-Z])")
FORMER = re.compile(r"(?i)\b(?:former|ex-)")  # a title one held before: no body he stands for now
# the office of an official of an organization
OFFICIAL = re.compile(
    r"(?i)\b(?:commissioner|president|vice[- ]president|secretary[- ]general|director|chair\w*|head|chief|"
    r"high\s+representative|representative|ambassador|envoy|coordinator|managing\s+director|administrator|"
    r"special\s+rapporteur|governor|prosecutor|registrar|executive\s+secretary)\b"
)
OFFICIALS = re.compile(  # a title in the plural, shared by the names listed after it
    r"(?i)\b(?:(?:commissioner|vice[- ]president|director|high\s+representative|envoy|coordinator)s|"
    r"secretaries[- ]general)\b"
)
LISTED_NEXT = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)")  # the next name of a list


def other_side(doc: Doc, p: Person) -> bool:
    """Is the person of the other side: a body's not of the publisher's state, or a foreign state's?"""
    return bool(p.org and not national(doc, p.org)) or bool(doc.foreign_state(p.country))


def national(doc: Doc, org_iri: str, leading: bool = False) -> bool:
    """A body of the publisher's own state, by its name ("Russian Direct Investment Fund", "U.S.
    Agency for International Development"): its people are not foreign counterparts. `leading`:
    only a state or demonym its name starts with counts."""
    e = doc.ref.entities.get(org_iri)
    if e is None or not doc.home:
        return False
    if e.props.get("country_iri"):  # the data places it in one state ("Millennium Challenge Corporation")
        return e.props["country_iri"] == doc.ref.countries.get(doc.home)
    for name in (e.label, *e.alt_labels):
        first = re.match(r"[\w.'’-]+", name)
        if first and doc.home in {
            doc.ref.country_of_demonym(w) for w in (first.group(), first.group().rstrip("."))
        }:
            return True  # "Russian Direct Investment Fund", "U.S. Agency for International Development"
        words = name.split()
        if any(  # "United States Agency for International Development": the state its name starts with
            x.kind == "country" and x.start == 0 and doc.ref.iso_of(x.iri) == doc.home
            for k in (2, 3)
            if len(words) > k
            for x in scan(" ".join(words[:k]), doc.ref)
        ):
            return True
        if any(
            x.kind == "country" and doc.ref.iso_of(x.iri) == doc.home and (x.start == 0 or not leading)
            for x in scan(name.rsplit(" ", 1)[0] if leading else name, doc.ref)
        ):
            return True
    return False


# people of the publisher's own state met where they live or work abroad ("Korean residents in Japan",
# "executives of Japanese companies operating in Vietnam", "our compatriots in Germany")
OWN_AUDIENCE = re.compile(
    r"\s*(?:the\s+)?(?:(?:executives|heads|leaders|representatives|members)\s+of\s+(?:the\s+)?)?"
    r"(?:(?P<dem>[A-Z][\w'’-]+)\s+(?:residents|community|communities|diaspora|nationals|citizens|expatriates|"
    r"compatriots|companies|firms|businesses|business\s+(?:leaders|people|community)|executives|entrepreneurs|"
    r"investors|students|troops|soldiers|servicemembers|peacekeepers|athletes|Olympians)|(?:our\s+)?compatriots)\b"
)


def own_audience(doc: Doc, phrase: str) -> bool:
    """Does the phrase (whom a meeting was with) open with people of the publisher's own state
    (OWN_AUDIENCE)? The states named after them are where they live, not a side."""
    m = OWN_AUDIENCE.match(phrase) if doc.home else None
    return m is not None and (not m.group("dem") or doc.ref.country_of_demonym(m.group("dem")) == doc.home)


def principal(doc: Doc, texts: list[str]) -> Person | None:
    """Whom a release of the publisher's own government speaks for when it names none of its people:
    the holder that day of the office a text of `texts` opens on ("The Prime Minister spoke to German
    Chancellor Olaf Scholz": the head of government), else of the post that speaks for the state at
    leaders' meetings (dmo:Leader: a prime minister's office publishes for him), else the head of state."""
    if not doc.home:
        return None
    for t in texts:
        bare = BARE_OFFICE.match(t)
        if bare is None:
            continue
        role = office_role(bare)
        p = holder(doc.found, role, doc.ref.countries.get(doc.home)) if role else None
        if p is not None:
            return p
    office = PUBLISHER_OFFICE.match(doc.document.publisher or "")
    role = role_of(" ".join(office["office"].split())) if office else None
    by_office = holder(doc.found, role, doc.ref.countries.get(doc.home)) if role else None
    return by_office or leader(doc.found, doc.home)


def joining_principal(doc: Doc, chosen: dict[str, Sentence | None], core: list[Sentence]) -> Person | None:
    """The publisher's principal taking part in a meeting his government reports (`principal`), unless
    the title names a person of ours or of no known state (another principal: an adviser's or
    minister's readout), one of ours reports the meeting (title, its sentences), or an official of ours
    or of no known state takes part in the lead and no bare office names the principal ("The first
    meeting of the Nuclear Consultative Group was co-chaired by Deputy Director Kim …", "The Kazakh
    delegation was led by Foreign Minister …": officials' talks, not the leader's)."""
    people = doc.found.people
    reporting = [people[k] for k, s in chosen.items() if k in people and (s is None or s in core)]
    # (an official of no known state: in the lead too, "… was held. Deputy Director X co-chaired it")
    in_lead = [
        people[k] for k, s in chosen.items() if k in people and (s is None or s in core or s in doc.lead)
    ]
    texts = [doc.title, *(s.text for s in core)]
    if (
        not doc.home
        or is_news_media(doc.document)  # a news agency speaks for no principal (its leader is named)
        or any(
            people[pm.key].country in (None, doc.home) for pm in doc.found.title_mentions if pm.key in people
        )
        or any(p.country == doc.home for p in reporting)
        or _named_bare(doc, texts, reporting)
        or (any(_official_of_ours(doc, p) for p in in_lead) and not any(BARE_OFFICE.match(t) for t in texts))
    ):
        return None
    return principal(doc, texts)


def _named_bare(doc: Doc, texts: list[str], reporting: list[Person]) -> bool:
    """Is the office a text opens on bare ("Prime Minister holds talks with …") held by a person the
    reference data does not know, named with that office and no state ("Prime Minister Paetongtarn
    Shinawatra held talks …")? Then the principal is named, not to be added by the office."""
    bare = next((b for t in texts if (b := BARE_OFFICE.match(t))), None)
    if bare is None:
        return False
    role = office_role(bare)
    return any(
        p.iri is None and p.country is None and not p.org and p.role == role and " of " not in (p.title or "")
        for p in reporting
    )


def _official_of_ours(doc: Doc, p: Person) -> bool:
    """An official (not a leader) of the publisher's state or of no known state."""
    return bool(not p.org and p.title and p.role not in LEADERS and p.country in (None, doc.home))


LEADERS = {"HeadOfState", "HeadOfGovernment", "ViceHeadOfState"}


# a state's delegation or side and who led it ("The UK delegation was led by Deputy National Security
# Advisor X", "The Israeli interagency delegation was headed by …", "received a Norwegian parliamentary
# delegation led by Speaker X", "… and the Norwegian side by State Secretary Y"): the words before the name
LED_DELEGATION = re.compile(
    r"\b(?P<state>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?)\s+(?:[a-z]+\s+)?(?:delegation|side)\s+"
    r"(?:(?:(?:was|is|were)\s+)?(?:led|headed)\s+)?by\s+(?:(?:[A-Z][\w.'’-]*|of|the|for|and|on)\s+){0,10}$"
)


def led_delegation(doc: Doc, unknown: dict[str, Person]) -> None:
    """A person of unknown country who leads a state's delegation is of that state."""
    for pm in doc.found.mentions:
        p = unknown.get(pm.key)
        if (
            p is None
            or p.country is not None
            or (
                "delegation" not in (before := doc.text[max(0, pm.start - 160) : pm.start])
                and "side" not in before
            )
        ):
            continue
        m = LED_DELEGATION.search(doc.text, max(0, pm.start - 160), pm.start)
        if m is None:
            continue
        words = m.group("state")
        iso = doc.ref.country_of_demonym(words) or doc.ref.country_of_demonym(words.split()[-1])
        found = [iso] if iso else [doc.ref.iso_of(x.iri) for x in scan(words, doc.ref) if x.kind == "country"]
        if len(found) == 1 and found[0]:
            p.country = found[0]
