"""Who took part as a state or an organization: countries and participating organizations of a meeting.

A participant's state counts (the publisher's state always does); someone who holds the head office
of an international organization counts for the organization, not for his country (the WHO
Director-General makes WHO a participant, not Ethiopia). The head of a sub-body (WHO Europe's Regional
Director) brings the top-level organization it belongs to (skos:broader) too, when the release names
it with him ("WHO Regional Director for Europe Hans Kluge"); a sub-body whose parent's own head or
officials take part counts as the parent.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence
from typing import TYPE_CHECKING, TypeVar

from kg.extract.detect_abroad import hosts
from kg.extract.elsewhere import other_meeting_spans
from kg.extract.gazetteer import scan
from kg.extract.groups import group_bodies, group_states
from kg.extract.participants import NOT_PRESENT, co_hosts, national, presence
from kg.extract.people import Person
from kg.extract.people.bodies import body_entity
from kg.extract.people.lexicon import BODY_RUN
from kg.extract.people.roles import countries_in
from kg.extract.publisher import is_news_media
from kg.extract.sentences import Sentence
from kg.extract.side_sentences import TALKS, VISITED, states_spoke, trip_legs
from kg.extract.sides import announced_states, subject_states, talks_with_states, visit_as_topic
from kg.extract.working_sides import paired_part_states
from kg.model import Entity, Meeting, Statement
from kg.reference import Reference

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc

NAMED_WITH = 60  # characters before a person's name where the organization of his title is named
Where = TypeVar("Where")  # what a finding carries along: its sentence
# a group of people standing for the states listed after it
TAKING_PART = re.compile(
    r"(?i)\b(?:leaders|heads\s+of\s+state(?:\s+and(?:\s+of)?\s+government)?|heads\s+of\s+government|presidents|"
    r"prime\s+ministers|governments|(?:foreign\s+|defen[cs]e\s+)?ministers|national\s+security\s+advis[eo]rs|"
    r"ambassadors|representatives|delegations?|counterparts|(?:\w+\s+)?experts|officials)(?=\s+(?:of|from)\s)"
)


# one office of a state ("the Prime Minister of Portugal", whether or not the reference data knows him)
OFFICE_OF = re.compile(
    r"\b(?-i:President|Vice President|Prime Minister|Chancellor|King|Queen|Emir|Amir|Sultan|Crown Prince|"
    r"Foreign Minister|Minister of Foreign Affairs|Secretary of State|Ambassador)(?=\s+of\s)"
)
# an office or a side named by its state's demonym or possessive, not by name ("the Polish Prime
# Minister", "Japan's National Security Secretary", "the Qatari delegation", "the Turkish side")
STATE_OFFICE = re.compile(
    r"\b(?P<state>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?:['’]s)?\s+(?:(?-i:President|Prime\s+Minister|Chancellor|"
    r"King|Emir|Foreign\s+Minister|Defen[cs]e\s+Minister|National\s+Security\s+(?:Advis[eo]r|Secretary))|"
    r"delegation|counterparts?|side|negotiators|leaders?|congress(?:wo)?men|senators|lawmakers|legislators|"
    r"parliamentarians|members\s+of\s+parliament|MPs|officials|diplomats|ambassadors?|envoys?)\b"
    r"(?![ \t]+(?:[A-Z][\w'’-]+|of\b))"  # no name after it: a named one is judged as a participant
)
# the words just before a counterpart named by office: "talks with the …", "received the …"
MET_WITH = re.compile(
    r"(?i)\b(?:with|received|receives|hosted|hosts|welcomed|welcomes|met|meets)\s+(?:the\s+|his\s+|her\s+|their\s+)?$"
)


def top_organization(ref: Reference, iri: str) -> str:
    """The top-level organization a body belongs to, following skos:broader."""
    seen = {iri}
    while True:
        parent = ref.entities[iri].props.get("broader") if iri in ref.entities else None
        if not parent or parent in seen or parent not in ref.entities:
            return iri
        seen.add(parent)
        iri = parent


def countries_and_organizations(
    participants: Sequence[tuple[Person, Where]],
    ref: Reference,
    home: str | None,
    named: Mapping[str, set[str]] | None = None,
) -> tuple[list[tuple[Entity, Where | None]], list[tuple[Entity, Where | None]]]:
    """(country, sentence) and (organization, sentence) pairs for the participants (the sentence a
    participant's state or organization is read from goes along);
    `named` maps a participant's key to the organizations named with him or her ("WHO Regional
    Director for Europe Hans Kluge"): a sub-body's parent counts only when named so."""
    named = named or {}
    isos: dict[str, Where | None] = {}
    orgs: dict[str, tuple[Entity, Where | None]] = {}  # bodies whose people take part
    parents: dict[str, tuple[Entity, Where | None]] = {}  # their named top-level organizations
    for p, i in participants:
        minted = body_entity(ref, home, p.body, p.title) if p.body and not (p.org or p.country) else None
        if minted is not None:  # an intergovernmental body the reference data does not know
            orgs.setdefault(minted.key, (minted, i))
        if p.org and p.org in ref.entities and not p.seated:  # a seat filled in: CONVENTIONS.md 5, 25
            orgs.setdefault(p.org, (ref.entities[p.org], i))
            top = top_organization(ref, p.org)
            if top != p.org and top in named.get(p.key, ()):
                parents.setdefault(top, (ref.entities[top], i))
        if p.country and not (p.org and (p.role == "OrganizationHead" or p.for_org)):
            isos.setdefault(p.country, i)
    if home and participants:
        isos.setdefault(home, None)
    countries = []
    for iso, i in isos.items():
        c = ref.country(iso) or Entity("country", iso, iso, [], None, {"iso": iso})
        countries.append((c, i))
    organizations = []
    for iri, (e, i) in [*orgs.items(), *((k, v) for k, v in parents.items() if k not in orgs)]:
        if (
            iri in orgs
            and iri in ref.entities
            and top_organization(ref, iri) != iri
            and top_organization(ref, iri) in orgs
        ):
            continue  # a sub-body whose parent's own people take part counts as the parent
        if e.kind != "organization":
            e = e.as_kind("organization")
        organizations.append((e, i))
    return countries, organizations


def organizations_named_with(doc: Doc) -> dict[str, set[str]]:
    """Person key -> organizations named in the words just before a mention of him or her
    ("WHO Regional Director for Europe Hans Kluge", "UN Secretary-General António Guterres")."""
    out: dict[str, set[str]] = {}
    pp = doc.found
    for text, people, mentions in (
        (doc.text, pp.mentions, doc.mentions),
        (doc.title, pp.title_mentions, doc.title_mentions),
    ):
        orgs = [x for x in mentions if x.kind == "organization"]
        for pm in people:
            for x in orgs:
                if pm.start - NAMED_WITH <= x.start < pm.start and "." not in text[x.end : pm.start]:
                    out.setdefault(pm.key, set()).add(x.iri)
    return out


def named_states(doc: Doc, account: Account) -> list[tuple[str, Sentence]]:
    """States a main meeting's sentences name as taking part, whoever their people are: "the
    leaders of A, B and C", "the Prime Ministers of A and B", "representatives of A and B",
    "the meeting of the leaders from A, B (and an organization), C"."""
    if account.kind != "main":
        return []
    lead = [x for x in doc.lead if presence(x.text) or TALKS.search(x.text) or states_spoke(doc, x.text)]
    return states_named(doc, [*account.sentences, *lead, *co_hosts(doc), *trip_legs(doc, account)])


# the states a joint statement's title names as its authors ("Joint Statement from Canada, Mexico, and
# the United States Following the ... Meeting", "Joint Statement of the Leaders of A, B and C")
AUTHORS = re.compile(
    r"(?i)\b(?:joint\s+)?(?:statement|declaration|communiqu[eé]|readout)\s+(?:from|of|by|between)\s+(?:the\s+)?"
    r"(?:(?:leaders|governments|heads\s+of\s+state(?:\s+and(?:\s+of)?\s+government)?)\s+(?=of\s))?"
)


def title_authors(doc: Doc) -> list[str]:
    """The states (two or more) a joint statement's title names as its authors (AUTHORS)."""
    for m in AUTHORS.finditer(doc.title):
        tail = doc.title[m.end() :]
        isos = countries_in(doc.ref, tail if tail.startswith("of ") else "of " + tail)
        if len(isos) >= 2:
            return isos
    return []


def states_named(doc: Doc, sentences: Sequence[Sentence], visits: bool = True) -> list[tuple[str, Sentence]]:
    """(state, sentence) for the states the sentences name as taking part ("the leaders of A, B and
    C"), not those of a clause about another meeting nor of people greeted or mourned; `visits`:
    also the states a visit or trip goes to."""
    out: list[tuple[str, Sentence]] = []
    for s in dict.fromkeys(sentences):
        if NOT_PRESENT.search(s.text):
            continue
        elsewhere = other_meeting_spans(s.text)
        for g in TAKING_PART.finditer(s.text):
            if not any(a <= g.start() < b for a, b in elsewhere):
                out.extend((iso, s) for iso in countries_in(doc.ref, s.text[g.end() :], bodies=True))
        for g in OFFICE_OF.finditer(s.text):  # the state of an office, whoever holds it
            if not any(a <= g.start() < b for a, b in elsewhere):
                out.extend((iso, s) for iso in countries_in(doc.ref, s.text[g.end() :])[:1])
        for g in STATE_OFFICE.finditer(
            s.text
        ):  # "met the Polish Prime Minister", "with the Qatari delegation"
            if not any(a <= g.start() < b for a, b in elsewhere) and MET_WITH.search(s.text[: g.start()]):
                words = re.sub(r"['’]s$", "", g.group("state"))
                for w in (words, words.split()[-1]):  # "the Russian side": the last word alone
                    iso = doc.ref.country_of_demonym(w)
                    found = [iso] if iso else countries_in(doc.ref, "of " + w)[:1]
                    if found:
                        out.extend((i, s) for i in found)
                        break
        for g in VISITED.finditer(s.text) if visits else ():  # the states a visit or trip goes to
            if not any(a <= g.start() < b for a, b in elsewhere) and not visit_as_topic(s.text, g.start()):
                out.extend((iso, s) for iso in countries_in(doc.ref, " of " + s.text[g.end() :]))
    return out


# an item of a list the reference data does not know ("the Caribbean Community (CARICOM)"), skipped
_UNKNOWN_ITEM = re.compile(r"(?-i:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){1,5}(?:\([A-Z][\w.-]*\)\s*)?")
STATE_OFFICES = re.compile(r"(?i)heads\s+of|presidents|prime\s+ministers")
# the organization's states after its name ("leaders of the CIS countries", "the heads of the SCO member
# states"): their people take part, not the organization's
ITS_STATES = re.compile(r"(?:['’]s)?\s+(?:member\s+)?(?:countries|states|nations|members|partners|allies)\b")
_LIST_GAP = re.compile(r"\s*(?:\([A-Z][\w.-]*\))?\s*(?:,\s*(?:and\s+)?|and\s+)?(?:the\s+)?")


def bodies_listed(ref: Reference, tail: str, headed: Collection[str] = ()) -> list[str]:
    """The international organizations in the list at the start of `tail` ("of the G7 and the
    European Union", "from the United States, European Union (EU), France, …, and the World Bank"),
    not a group of states whose members hold its seats (G7, Quad): its states take part, unless it is
    one of `headed`, read where the list is of heads (NATO of "the heads of the UN, NATO and the EU")."""
    out: list[str] = []
    last = 0
    for m in scan(tail, ref):
        between = tail[last : m.start]
        if last and re.fullmatch(r"\s*\(", between):
            continue  # the body's acronym after its name ("European Union (EU)")
        if last:
            between = _LIST_GAP.sub("", _UNKNOWN_ITEM.sub("", between, count=1), count=1)
            if between.strip():
                break
        elif not re.fullmatch(r"\s*(?:of|from)\s+(?:the\s+)?", between):
            break
        if ITS_STATES.match(tail, m.end):
            break  # "leaders of the CIS countries": its states take part
        if m.kind == "organization" and (m.iri not in ref.seats or m.iri in headed) and m.iri not in out:
            out.append(m.iri)
        elif m.kind not in ("country", "organization"):
            break
        last = m.end
    return out


# states paired in the name of a body that meets ("the ninth meeting of the U.S.-Japan Cyber Dialogue",
# "the Kazakhstan-China Business Council") or as the sides of talks ("Ukrainian and Russian delegations")
PAIRED = re.compile(
    r"(?P<pair>(?:[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?\s*[-–]\s*)+[A-Z][\w.’']*(?:\s+[A-Z][\w.’']*)?)\s+"
    r"(?:[A-Z][\w-]*\s+){0,4}(?:Dialogue|Working\s+Group|Commission|Council|Committee|Forum|Consultations|"
    r"Mechanism|Task\s+Force|Group|Talks)\b"
)
SIDES = re.compile(
    r"\b(?P<sides>[A-Z][\w]+(?:,\s+[A-Z][\w]+)*,?\s+and\s+[A-Z][\w]+)\s+"
    r"(?:delegations|sides|negotiators|negotiating\s+teams|counterparts)\b"
)


def paired_states(doc: Doc, text: str) -> list[str]:
    """States paired in the name of a body meeting, as the sides of talks (PAIRED, SIDES), listed as
    the subject of a meeting or named as the side talks are held with (kg.extract.sides)."""
    out: list[str] = [*subject_states(doc, text), *talks_with_states(doc, text)]
    for m in PAIRED.finditer(text):
        for part in re.split(r"\s*[-–]\s*", m.group("pair")):
            out.extend(paired_part_states(doc, part))
    for m in SIDES.finditer(text):
        for part in re.split(r",\s+|\s+and\s+", m.group("sides")):
            iso = doc.ref.country_of_demonym(part.strip(", "))
            if iso:
                out.append(iso)
    return out


# … and a body's own people ("met with the leadership of the Pacific Islands Forum", "the staff of X")
BODY_PEOPLE = re.compile(rf"{TAKING_PART.pattern}|\b(?:leadership|staff)(?=\s+(?:of|from)\s)")
OF_THE = re.compile(r"\s+(?:of|from)\s+(?:the\s+)?")


def bodies_named(doc: Doc, sentences: Sequence[Sentence]) -> list[tuple[Entity, Sentence]]:
    """(organization, sentence) for the international bodies the sentences name as taking part ("met
    with the Ambassadors of the G7 and the European Union", "leaders from the United States, European
    Union (EU), …, and the World Bank"): reference organizations of the list (bodies_listed) not of the
    publisher's state, and a body unknown to the data whose name says it is intergovernmental (minted)."""
    out: list[tuple[Entity, Sentence]] = []
    for s in dict.fromkeys(sentences):
        if NOT_PRESENT.search(s.text):
            continue
        elsewhere = other_meeting_spans(s.text)
        for g in BODY_PEOPLE.finditer(s.text):
            if STATE_OFFICES.match(g.group()) or any(a <= g.start() < b for a, b in elsewhere):
                continue  # "heads of state of the CIS": the states of its members take part
            listed = [
                doc.ref.entities[i]
                for i in bodies_listed(doc.ref, s.text[g.end() :])
                if i in doc.ref.entities and not national(doc, i)
            ]
            out += [(e.as_kind("organization"), s) for e in listed]
            of = OF_THE.match(s.text, g.end())
            if listed or of is None:
                continue
            tail = s.text[of.end() :]
            first = next(iter(scan(tail, doc.ref)), None)
            if first is None or first.start != 0:  # a body the reference data does not know
                run = BODY_RUN.match(tail)
                name = re.sub(r"(?:\s+(?:of|the|for|in))+$", "", run.group()) if run else ""
                minted = body_entity(doc.ref, doc.home, name) if name else None
                if minted is not None:
                    out.append((minted, s))
    return out


def foreign_states_named(doc: Doc, sentences: Sequence[Sentence]) -> bool:
    """Do the sentences (or a lead sentence set in the talks) name a foreign state as taking part (a
    counterpart without a named person: "the governments of A, B and the United States met")?"""
    named = [*states_named(doc, sentences), *group_states(doc, list(sentences))]
    named += states_named(doc, [x for x in doc.lead if TALKS.search(x.text)])  # set in the talks
    if any(iso != doc.home for iso, _ in named):
        return True
    texts = [s.text for s in sentences if not NOT_PRESENT.search(s.text)]
    return any(iso != doc.home for t in texts for iso in paired_states(doc, t))


def _names_state(doc: Doc, sent: Sentence, iso: str) -> bool:
    return any(
        m.kind == "country" and sent.start <= m.start < sent.end and doc.ref.iso_of(m.iri) == iso
        for m in doc.mentions
    )


def title_states(doc: Doc) -> list[str]:
    """Foreign states the title names as taking part ("Ukrainian and Russian delegations held the
    first round of negotiations", "… Meeting with the Polish Prime Minister"); not the states a
    trip goes to (a travel announcement names no counterpart)."""
    title = Sentence(doc.title, 0, 0, -1)
    isos = [iso for iso, _ in states_named(doc, [title], visits=False)] + paired_states(doc, doc.title)
    return [iso for iso in dict.fromkeys(isos) if iso != doc.home]


def title_visits(doc: Doc) -> list[str]:
    """Foreign states the title says a trip or visit of the meeting went to ("Readout of Senior
    Administration Official Travel to Nigeria, Equatorial Guinea, and Mauritania"): their side was met."""
    title = Sentence(doc.title, 0, 0, -1)
    isos = [iso for iso, _ in states_named(doc, [title]) if iso not in title_states(doc)]
    return [iso for iso in dict.fromkeys(isos) if iso != doc.home]


def record_actors(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "countries and organizations": the states and organizations taking part, through
    their participants and as the meeting's sentences name them ("the leaders of A, B and C")."""
    countries, organizations = countries_and_organizations(
        account.participants, doc.ref, doc.home, organizations_named_with(doc)
    )
    have = {c.key for c, _ in countries} | {c.props.get("iso") for c, _ in countries}
    named: list[tuple[str, Sentence | None]] = [*named_states(doc, account)]
    named += [(iso, account.sentence) for iso in account.by_office]
    main = account.kind == "main"
    if main:
        named += [(iso, s) for s in account.sentences for iso in paired_states(doc, s.text)]
        named += [(iso, None) for iso in title_authors(doc)]
        named += [(iso, None) for iso in [*title_states(doc), *title_visits(doc)]]
        named += [(iso, account.sentences[0]) for iso in hosts(doc, account.sentences)]  # occasions abroad
        announced = announced_states(doc) if account.status == "planned" else []
        named += [(iso, None) for iso in [*announced, *([doc.home] if announced and doc.home else [])]]
    # the members of a group whose leaders or envoys met ("met with the Ambassadors of the G7")
    read = [*account.sentences, *(x for x in doc.lead if presence(x.text))] if main else [account.sentence]
    named += group_states(doc, list(dict.fromkeys(read)), account.status, main)
    read += trip_legs(doc, account)  # the bodies met at a trip's stops
    for iso, sent in named:
        c = doc.ref.country(iso)
        if c is not None and c.key not in have and iso not in have:
            have |= {c.key, iso}
            countries.append((c, sent))
    home = doc.ref.country(doc.home or "")
    if home is not None and countries and doc.home not in have:
        # our own state, named beside the states that took part ("We, the Member States of ASEAN and
        # the United States, gathered")
        said = next((s for _, s in named if s is not None and _names_state(doc, s, doc.home or "")), None)
        if said is not None:
            countries.append((home, said))
    elif home is not None and main and not countries and not is_news_media(doc.document):
        countries.append((home, account.sentence))  # a government's own meeting, no side named (its own)
    for c, sent in countries:
        m.countries.append(c)
        m.evidence.append(Statement("country", c, doc.evidence(sent)))
    if main:  # bodies named as taking part, not groups of states (their seats count)
        taken = {top_organization(doc.ref, o.props.get("iri", "")) for o, _ in organizations}
        taken |= {o.key for o, _ in organizations}
        for org, sent in bodies_named(doc, read):
            top = top_organization(doc.ref, org.props.get("iri", "")) if org.props.get("iri") else org.key
            if top not in taken and org.key not in taken and org.props.get("iri") not in doc.ref.seats:
                taken |= {top, org.key}  # not a body of one taking part already
                organizations.append((org, sent))
    # the bodies among a group's members ("the G20 leaders met": the EU too)
    taken_orgs = {o.key for o, _ in organizations}
    for iri, sent in group_bodies(doc, list(dict.fromkeys(read)), account.status, main):
        e = doc.ref.entities.get(iri)
        if e is not None and e.kind == "organization" and e.key not in taken_orgs:
            taken_orgs.add(e.key)
            organizations.append((e.as_kind("organization"), sent))
    for org, sent in organizations:
        if national(doc, org.props.get("iri", "")):
            continue  # a body of our own state ("USAID Administrator X" takes part for it)
        m.organizations.append(org)
        m.evidence.append(Statement("organization", org, doc.evidence(sent)))
