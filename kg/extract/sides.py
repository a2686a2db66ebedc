"""Counterparts a release names without naming a person: states listed as meeting, the state talks
are held with, foreign business people, envoys or lawmakers met as a group (a company's head met:
kg.extract.companies).

Read by kg.extract.actors (through `paired_states`: the counterpart test, the countries taking part,
the title's states) and by the pipeline's test that a meeting has a counterpart.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.affiliation import own_audience
from kg.extract.companies import own_body
from kg.extract.elsewhere import other_meeting_spans
from kg.extract.gazetteer import scan
from kg.extract.people.roles import countries_in
from kg.extract.sentences import Sentence

if TYPE_CHECKING:
    from kg.extract.doc import Doc

# states listed as the subject of a meeting ("Australia, the United Kingdom and the United States of
# America recently held the inaugural meetings of …")
SUBJECT = re.compile(
    r"^(?:(?:Today|Yesterday|On\s+\w+(?:\s+\d{1,2})?),\s+)?(?P<list>[^.;:]{3,160}?)\s+"
    r"(?:(?:recently|today|yesterday|jointly|also)\s+)?(?:held|met|(?:re)?convened|gathered)\b"
)
# the state talks held are held with, named as the other side ("During the talks with Russia in Turkey,
# the Ukrainian party officially outlined its proposals"; not "ready for direct talks with Russia")
TALKS_WITH = re.compile(
    r"(?i)\b(?:during|at|in\s+the\s+course\s+of|held|holds|had|conducted)\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:talks|negotiations|consultations)\s+with\s+(?=(?:the\s+)?(?-i:[A-Z]))"
)
# the heads of foreign or international companies met ("met with the management of large international
# companies", "received the heads of American companies")
FOREIGN_BUSINESS = re.compile(
    r"(?i)\b(?:met|meets|meeting|received|receives|hosted|hosts|talks)\s+(?:with\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:management|heads|chief\s+executives?|CEOs?|executives|leadership|representatives|board)\s+of\s+"
    r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?P<whose>international|foreign|multinational|transnational|(?-i:[A-Z][\w-]+))\s+"
    r"(?:[\w-]+\s+){0,2}?(?:companies|corporations|businesses|firms|investors)\b"
)
# … or named by their state's demonym ("convened a group of Japanese business executives", "will meet
# with Italian business leaders")
DEMONYM_BUSINESS = re.compile(
    r"(?i)\b(?:met|meets|meet|meeting|convened|received|receives|hosted|hosts|talks)\b[^.;]{0,40}?"
    r"\b(?P<whose>(?-i:[A-Z])[\w-]+)\s+(?:business\s+(?:executives|leaders|representatives|community)|"
    r"(?:company\s+|corporate\s+)?(?:executives|CEOs)|companies)\b"
)
# … or a foreign business association ("members of the European Business Association", "the American
# Chamber of Commerce in …", "the US-ASEAN Business Council"; eval/CONVENTIONS.md 8)
BUSINESS_BODY = re.compile(
    r"(?i)\b(?:met|meets|meeting|received|receives|hosted|hosts|talks)\b[^.;]{0,80}?"
    r"\b(?P<whose>(?-i:[A-Z])[\w.-]+(?:\s+(?-i:[A-Z])[\w.-]+)?)\s+(?:Business\s+(?:Association|Council|Club)|"
    r"Chambers?\s+of\s+Commerce|Investors['’]?\s+(?:Council|Association)|Chamber\s+of\s+Commerce\s+and\s+Industry)\b"
)
# … or another state's lawmakers ("held a video meeting with a group of more than 20 U.S. senators and
# congressmen", "met with members of the German Bundestag", "received a British parliamentary delegation")
LAWMAKERS = re.compile(
    r"(?i)\b(?:met|meets|meet|meeting|received|receives|hosted|hosts|talks|conversation|call)\b[^.;]{0,60}?"
    r"\b(?P<whose>(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+)?)\s+(?:senators|congress(?:men|women|ional\s+delegation)|"
    r"lawmakers|legislators|parliamentarians|members\s+of\s+(?:parliament|congress)|MPs|parliamentary\s+delegation)\b"
)
GENERIC = {"international", "foreign", "multinational", "transnational"}
# the diplomats of foreign states met as a body ("a meeting with heads of diplomatic missions of foreign
# states and international organizations accredited in Ukraine", "met with foreign ambassadors")
FOREIGN_ENVOYS = re.compile(
    r"(?i)\b(?:met|meets|meeting|received|receives|hosted|hosts|talks)\s+(?:with\s+)?(?:the\s+)?(?:heads\s+of\s+)?"
    r"(?:foreign\s+(?:ambassadors|diplomats|envoys)|(?:the\s+)?(?:diplomatic\s+(?:missions|corps)|ambassadors|diplomats)\s+"
    r"(?:of|from)\s+(?:the\s+)?(?:foreign|other|partner|[\w-]+\s+(?:foreign|other|partner))\s+(?:states|countries|nations))"
)
# the release tells what was said to the press after that day's talks ("This was stated by President
# Zelenskyy during the meeting with the media following the talks with Prime Minister … in Kyiv")
PRESS_AFTER = re.compile(
    r"(?i)\b(?:media|press|journalists|reporters)\b[^.;]{0,40}?\b(?:after|following)\s+(?:the\s+|a\s+|their\s+)?"
    r"(?:[\w-]+\s+)?(?:talks|meeting|negotiations)\s+with\b"
)


def subject_states(doc: Doc, text: str) -> list[str]:
    """The states (two or more) a sentence lists, and nothing else, as its meeting's subject (SUBJECT)."""
    m = SUBJECT.match(text)
    if m is None:
        return []
    listed = m.group("list")
    found = [x for x in scan(listed, doc.ref) if x.kind == "country"]
    rest = "".join(listed[a.end : b.start] for a, b in zip(found, found[1:], strict=False))
    if len(found) < 2 or re.sub(r"(?i)[\s,]|\band\b|\bthe\b", "", listed[: found[0].start] + rest):
        return []
    if listed[found[-1].end :].strip():
        return []
    return [iso for x in found if (iso := doc.ref.iso_of(x.iri))]


def talks_with_states(doc: Doc, text: str) -> list[str]:
    """The states named right after talks held "with" (TALKS_WITH), not in a clause about another meeting."""
    elsewhere = other_meeting_spans(text)
    out: list[str] = []
    for g in TALKS_WITH.finditer(text):
        tail = text[g.end() :]
        first = next(iter(scan(tail, doc.ref)), None)
        if first is None or re.match(r"\s*(?:['’]s\b|(?-i:[A-Z]))", tail[first.end :]):
            continue  # a state's person or office ("talks with US Vice President Kamala Harris")
        if not any(a <= g.start() < b for a, b in elsewhere):
            out += countries_in(doc.ref, "of " + tail)
    return out


# a dignitary styled as one ("His All-Holiness Ecumenical Patriarch Bartholomew", "His Majesty King …",
# "His Highness Sheikh …"): a release styles its own officials otherwise
DIGNITARY = re.compile(
    r"\b(?:met|meets|meeting|received|receives|hosted|hosts|welcomed|call|conversation)\b[^.;]{0,60}?"
    r"\b(?:His|Her|Their)\s+(?:All-)?(?:Holiness|Majesty|Majesties|Royal\s+Highness|Highness|Beatitude|Eminence)\b"
)


# the verbs of meeting someone, written once for the two patterns below that follow them with whom
MET = r"(?i:met|meets?|meetings?|received|receives|hosted|welcomed|talks|conversations?|calls?|spoke)"
# the head of an international body the reference data does not know, met ("met with President of the
# Union of European Football Associations (UEFA) Aleksander Čeferin"; eval/CONVENTIONS.md 8)
INTERNATIONAL_HEAD = re.compile(
    rf"\b{MET}\b[^.;]{{0,60}}?"
    r"\b(?:President|Secretary[- ]General|Director[- ]General|Chair(?:man|woman|person)?|Managing\s+Director|"
    r"High\s+Commissioner)\s+of\s+the\s+(?:[A-Z][\w-]*\s+|of\s+){0,4}?(?:International|European|World|Global|"
    r"United\s+Nations|Asian|African|Inter-American)\b[^,.;()]{0,60}?\b(?:Unions?|Federations?|Organi[sz]ations?|"
    r"Associations?|Committee|Council|Agency|Fund|Bank|Court|Movement|Societies|Programme|Commission)\b"
)


# the sentence after a meeting's report telling who took part ("The event was initiated by President of
# Lithuania …", "The Group involves strategic experts from the United States, …", "The event was attended
# by representatives of the diplomatic corps accredited in Ukraine")
TOLD_AFTER = re.compile(
    r"(?i)^\s*(?:The|This)\s+(?:event|meeting|talks|conversation|call|video\s?conference|session|group|board|"
    r"council|forum|negotiations|consultations)\b[^.;]{0,60}?\b(?:(?:was|were)\s+(?:also\s+)?(?:attended|"
    r"initiated|joined|organi[sz]ed|hosted|co-?chaired|chaired|convened|moderated)\s+by|involves?|include[sd]?|"
    r"br(?:ings|ought)\s+together)\b"
)
ENVOYS = re.compile(
    r"(?i)\b(?:diplomatic\s+corps|ambassadors|heads\s+of\s+(?:foreign\s+)?diplomatic\s+missions)\b"
)


def told_after(doc: Doc, sentences: Sequence[Sentence]) -> bool:
    """Does the sentence after the reporting ones tell a foreign state or foreign envoys took part
    (TOLD_AFTER)?"""
    last = max(sentences, key=lambda s: s.start)
    nxt = next((s for s in doc.sents if s.start >= last.end), None)
    g = TOLD_AFTER.match(nxt.text) if nxt is not None else None
    if nxt is None or g is None:
        return False
    after = nxt.start + g.end()
    foreign = [
        m.start
        for m in doc.mentions
        if m.kind == "country"
        and after <= m.start < nxt.end
        and doc.ref.iso_of(m.iri) not in (None, doc.home)
    ]
    # not the publisher's own people abroad ("representatives of Ukrainian organizations from Australia, …")
    before = doc.document.text[after : foreign[0]] if foreign else ""
    own = any(doc.ref.country_of_demonym(w) == doc.home for w in re.findall(r"[A-Z][\w'’-]+", before))
    return bool(ENVOYS.search(nxt.text, g.end())) or (bool(foreign) and not own)


# a group of other states' officials met by a group's name ("Call with B9 Counterparts", "… with CARICOM
# Leaders", "… with Pacific Island Country (PIC) Ambassadors"): counterparts, or leaders, ambassadors or
# ministers of a group its acronym names (not "Congressional Leaders", "Tribal Leaders")
GROUP_SIDE = re.compile(
    rf"\b{MET}\s+with\s+(?:the\s+)?(?:his\s+|her\s+|their\s+)?"
    r"(?:(?:[\w.&()’'-]+\s+){0,4}?[Cc]ounterparts\b|(?P<group>(?:[A-Z][\w&.’'-]*\s+){0,3}?(?:[A-Z]{2,}[\w-]*|"
    r"[A-Z]\d+|\([A-Z]{2,}\)))\s+(?:[Ll]eaders|[Aa]mbassadors|[Mm]inisters|[Hh]eads\s+of\s+(?:[Ss]tate|[Gg]overnment))\b)"
)


def group_side(doc: Doc, text: str) -> bool:
    """Does the text tell a call or meeting with counterparts, or with a group of states' officials
    whose name the reference data knows as an international body, group or another state (GROUP_SIDE)?"""
    for g in GROUP_SIDE.finditer(text):
        if g.group("group") is None:
            return True
        for m in scan(g.group("group"), doc.ref):
            e = doc.ref.entities.get(m.iri)
            if e is not None and m.kind != "person" and not own_body(doc, e.label):
                return m.kind != "country" or doc.ref.iso_of(m.iri) != doc.home
    return False


def foreign_business(doc: Doc, sentences: Sequence[Sentence]) -> bool:
    """Do the sentences say the heads of foreign or international companies, foreign states'
    diplomats, another state's lawmakers or the head of an international body were met (FOREIGN_BUSINESS,
    FOREIGN_ENVOYS, LAWMAKERS, INTERNATIONAL_HEAD), or
    does the title or a sentence style the person met as a dignitary (DIGNITARY)?"""
    if DIGNITARY.search(doc.title) or group_side(doc, doc.title):
        return True
    for s in sentences:
        if any(r.search(s.text) for r in (FOREIGN_ENVOYS, DIGNITARY, INTERNATIONAL_HEAD)) or group_side(
            doc, s.text
        ):
            return True
        for g in [
            *FOREIGN_BUSINESS.finditer(s.text),
            *DEMONYM_BUSINESS.finditer(s.text),
            *LAWMAKERS.finditer(s.text),
            *BUSINESS_BODY.finditer(s.text),
        ]:
            whose = g.group("whose")
            if whose.lower() in GENERIC or (g.re is BUSINESS_BODY and whose.lower() == "european"):
                return True
            named = next(iter(scan(whose, doc.ref)), None)
            iso = doc.ref.country_of_demonym(whose) or (doc.ref.iso_of(named.iri) if named else None)
            if iso is not None and iso != doc.home:
                return True
    return False


# a state named by the demonym of its leader or side in a title ("Previewing the German Chancellor’s Visit")
DEMONYM_OFFICE = re.compile(
    r"\b(?P<state>(?-i:[A-Z])[\w'’-]+)\s+(?:President|Prime\s+Minister|Chancellor|King|Queen|Emir|Crown\s+Prince|"
    r"Leader|Delegation)\b"
)


def announced(doc: Doc) -> bool:
    """Does the title name a foreign state or an international body as the meeting's other side?"""
    return bool(announced_states(doc)) or title_bodies(doc)


def title_bodies(doc: Doc) -> bool:
    """Does the title name an international body or group (not one of the publisher's state): the
    counterpart of a meeting a release announces or briefs on ("… Meetings with the G7 and the
    European Council")?"""
    return any(
        m.kind == "organization" and not own_body(doc, doc.ref.entities[m.iri].label)
        for m in doc.title_mentions
        if m.iri in doc.ref.entities
    )


def announced_states(doc: Doc) -> list[str]:
    """The foreign states the title of a release announcing a meeting names, by name or by the demonym
    of its leader: the states a visit, trip or talks it previews are with ("… Upcoming Travel to Japan
    and the Republic of Korea", "Previewing the German Chancellor’s Visit")."""
    isos = [doc.ref.iso_of(m.iri) for m in doc.title_mentions if m.kind == "country"]
    isos += [doc.ref.country_of_demonym(g.group("state")) for g in DEMONYM_OFFICE.finditer(doc.title)]
    return [iso for iso in dict.fromkeys(isos) if iso and iso != doc.home]


# a gathering the reference data knows by a name saying it is a leaders' meeting ("Supreme Eurasian
# Economic Council meeting", "session of the CSTO Collective Security Council"), not a forum or games
# (… or a conference of the parties to a convention of states: "COP27", "the 28th Conference of the Parties")
GATHERING_EVENT = re.compile(
    r"(?i)\b(?:summit|council|meeting|session|COP\s?\d+|conference\s+of\s+the\s+parties)\b"
)
# … or a session of an international body's organ ("a session of the Collective Security Council of
# the Collective Security Treaty Organization (CSTO)")
SESSION_OF = re.compile(
    r"(?i)\b(?:session|meeting|summit|sitting)\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}(?:the\s+)?$"
)


# a leaders' meeting of a forum named by the title ("… will Host Major Economies Forum on Energy and
# Climate Leaders Meeting", "… to Host Leader-Level Meeting of …")
LEADERS_MEETING = re.compile(r"(?i)\bleader(?:s['’]?|-level)\s+(?:meeting|summit|session)\b")
DOMESTIC_LEADERS = re.compile(r"(?i)\b(?:tribal|business|faith|labor|community|congressional)\s+leaders")


# a session of a body whose name names its states ("a meeting of the Supreme State Council of the Union
# State of Russia and Belarus", "the session of the Intergovernmental Commission of Kazakhstan and China")
BODY_OF_STATES = re.compile(
    r"\b(?:meeting|session|sitting)\s+of\s+the\s+(?:[\w'’-]+\s+){0,4}?(?:Council|Commission|Committee|Assembly)\b"
    r"(?P<of>[^.;:()]{0,60}?\s+and\s+(?:the\s+)?(?-i:[A-Z])[\w-]+)"
)


def gathering_named(doc: Doc, sentences: Sequence[Sentence]) -> bool:
    """Do the title or the sentences name a gathering of several states: a reference event that is a
    leaders' meeting (GATHERING_EVENT), a session of an international organization's organ
    (SESSION_OF), a session of a body naming a foreign state (BODY_OF_STATES), or a leaders' meeting the
    title names (LEADERS_MEETING)? The counterpart of a
    leader announced to take part in it."""
    if LEADERS_MEETING.search(doc.title) and not DOMESTIC_LEADERS.search(doc.title):
        return True
    for text in (doc.title, *(s.text for s in sentences)):
        for g in BODY_OF_STATES.finditer(text):
            # each name of the list on its own (the whole may be the name of a union or treaty)
            parts = re.split(r"\s+(?:of|and)\s+(?:the\s+)?", g.group("of"))
            if any(doc.ref.iso_of(m.iri) not in (None, doc.home) for p in parts for m in scan(p, doc.ref)):
                return True
    spans = [(doc.title, m) for m in doc.title_mentions]
    spans += [(doc.document.text, m) for s in sentences for m in doc.mentions if s.start <= m.start < s.end]
    for text, m in spans:
        e = doc.ref.entities.get(m.iri)
        if e is None:
            continue
        if m.kind == "event" and GATHERING_EVENT.search(e.label):
            return True
        before = text[max(0, m.start - 120) : m.start]
        if m.kind == "organization" and SESSION_OF.search(before) and not own_body(doc, e.label):
            return True
    return False


# whom a meeting was with: the object of its verb, to the end of its clause ("met today with Members of
# the Presidency of Bosnia and Herzegovina …", "convened civil society leaders … in Northern Thailand",
# "During her meetings with Korean counterparts"); not talks, often wished for ("ready for direct talks
# with the leadership of the Russian Federation")
MET_OBJECT = re.compile(
    r"(?i)\b(?:met|meets|meetings?|convened|received|receives|hosted|hosts|spoke|conversations?|"
    # … or the sides of talks held between them ("Peace talks between the Government of Sudan and …",
    # "Political consultations between the foreign ministries of A and B were held")
    r"(?<!for\s)(?<!to\s)(?<!on\s)(?P<talks>talks|negotiations|consultations)(?=\s+between\b))"
    r"(?:\s+(?:today|yesterday|virtually|separately|also))?\s+(?:with\s+|between\s+)?(?P<object>[^.;:]{3,200}?)"
    r"(?=\s+(?:to|about|on|regarding|concerning|for|in\s+order|ahead\s+of)\s|,?\s+(?:who|whose|which|that)\b|[.;:]|$)"
)


# a demonym naming a state's side ("Korean counterparts", "the Polish delegation"; not "Afghan newcomers")
DEMONYM_SIDE = re.compile(
    r"\b([A-Z][a-z]+)\s+(?:[\w-]+\s+)?(?:counterparts?|officials|delegation|government|leaders|ministers?|"
    r"authorities|partners|side)\b"
)


# a state hosting or mediating others' talks ("under the auspices of the State of Qatar")
# … told as having taken place ("were held in Tehran", "resumed in Doha on Sunday")
TOOK_PLACE = re.compile(
    r"(?i)\b(?:(?:was|were)\s+held|took\s+place|resumed|began|started|opened|concluded)\b"
)
HOST = re.compile(r"(?i)\b(?:auspices|mediat\w+|facilitat\w+|hosted\s+by|host(?:ed|s)?\b)")


def _states_in(doc: Doc, text: str) -> set[str | None]:
    """The states a text names, by name or by demonym."""
    named = {doc.ref.iso_of(m.iri) for m in scan(text, doc.ref) if m.kind == "country"}
    return named | {doc.ref.country_of_demonym(w) for w in re.findall(r"\b[A-Z][a-z]+\b", text)}


def object_states(doc: Doc, sentences: Sequence[Sentence]) -> list[str]:
    """Foreign states named (by name or demonym) in whom the sentences' meeting was with (MET_OBJECT),
    outside clauses about another meeting: the counterpart when no person of theirs is named."""
    out: list[str] = []
    for s in sentences:
        elsewhere = other_meeting_spans(s.text)
        for g in MET_OBJECT.finditer(s.text):
            if any(a <= g.start() < b for a, b in elsewhere):
                continue
            obj = g.group("object")
            if own_audience(doc, obj):
                continue  # "Korean residents in Japan": ours, where they live
            isos = [doc.ref.iso_of(m.iri) for m in scan(obj, doc.ref) if m.kind == "country"]
            isos += [doc.ref.country_of_demonym(g2.group(1)) for g2 in DEMONYM_SIDE.finditer(obj)]
            if g.group("talks"):
                # talks between others are the publisher's only as a side or as their host
                host = HOST.search(s.text) and doc.home in _states_in(doc, s.text)
                if (doc.home not in isos and not host) or not TOOK_PLACE.search(s.text, g.start("object")):
                    continue
            out += [iso for iso in isos if doc.foreign_state(iso)]
    return list(dict.fromkeys(out))


# the leaders of a region's states met as a group, in a title ("Remarks by Vice President Harris in a
# Meeting With Leaders of Caribbean Nations", "… Before Multilateral Meeting with Caribbean Leaders",
# "… After Central Asia 5 + 1 Meeting"): foreign counterparts, none named (not "Arab American Leaders",
# "Pacific Islander Leaders": a community at home)
_REGION = (
    r"(?:Caribbean|Central\s+Asian?|Pacific\s+Islands?|Pacific\s+Island\s+Countries|African|Nordic|Baltic|"
    r"Gulf|Arab|Latin\s+American|Central\s+American|Western\s+Balkans?|Southeast\s+Asian|ASEAN|CARICOM|"
    r"Indo-Pacific|Asia-Pacific|Andean|Sahel)(?!\s+(?:American|Coast|Islander|Diaspora)\b)"
)
REGIONAL_LEADERS = re.compile(
    rf"(?i)\b(?:meeting|met|meets|call|summit|talks|conversation|welcom(?:e|es|ed)|host(?:s|ed)?)\s+(?:with\s+)?(?:the\s+)?(?:(?:leaders|heads\s+of\s+"
    rf"(?:state|government))\s+(?:of|from)\s+(?:the\s+)?(?:{_REGION}(?:\s+(?:nations|countries|states))?\b|"
    # … or a union's members ("the leaders of the EU member states")
    r"(?:(?-i:[A-Z]{2,}\w*)|European\s+Union)\s+member\s+(?:states|countries)\b)|"
    rf"{_REGION}\s+(?:leaders|heads\s+of\s+(?:state|government)|presidents|prime\s+ministers)\b)|"
    rf"\b(?:C|{_REGION})\s*5\s*\+\s*1\s+(?:leaders['’]?\s+)?(?:meeting|summit)\b"
)


def regional_leaders(title: str) -> bool:
    """Does the title tell a meeting with a region's leaders as a group (REGIONAL_LEADERS)?"""
    return ("eaders" in title or "5" in title) and bool(REGIONAL_LEADERS.search(title))


# a visit talked about, not the meeting's own ("spoke today with Prime Minister X about the Prime
# Minister's recent visit to Ukraine", "to discuss preparations for the President's upcoming trip to
# Japan": the state visited is no party)
_TOPIC = re.compile(
    r"(?i)\b(?:about|regarding|concerning|discuss(?:ed|es|ing)?|prepar(?:e|es|ed|ing|ations?)\s+for)\s+"
    r"(?:the\s+|his\s+|her\s+|their\s+)?(?:[\w.'’-]+\s+){0,4}$"
)


def visit_as_topic(text: str, at: int) -> bool:
    """Is the visit or trip word at `at` the subject matter of the talks (_TOPIC just before it)?"""
    return bool(_TOPIC.search(text, max(0, at - 60), at))
