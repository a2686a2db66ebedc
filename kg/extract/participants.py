"""Participants: who takes part in a meeting, whether a counterpart does, and how a person is written.

The title's people, the people of the sentences reporting the meeting and of sentences that say who
was present (outside a speaker's paragraph of a transcript), the publisher's leader in his
government's readouts; not people greeted, mourned or written to, nor a spokesperson. A meeting is
one of ours only when a foreign person or organization takes part and the title or lead says so.
"""

from __future__ import annotations

import re

from kg.extract.absent import AUTHORS, INITIATORS, LED_BY, list_end, past_names
from kg.extract.affiliation import delegation_country as delegation_country  # the pipeline's
from kg.extract.affiliation import joining_principal, national, principal
from kg.extract.affiliation import title_country as title_country
from kg.extract.blocked_spans import not_here_spans
from kg.extract.doc import Doc
from kg.extract.elsewhere import of_other_time, other_meeting_spans, title_other_meeting_spans
from kg.extract.floor import given_the_floor
from kg.extract.patterns import holds_any, led_by, screen_words
from kg.extract.people import Person, PersonMention, holder, resolve_roles
from kg.extract.people.bodies import foreign_body
from kg.extract.people.chained import state_items
from kg.extract.people.lexicon import STAFF_TO
from kg.extract.planned_presence import other_event
from kg.extract.possessors import is_possessor, staff_principal
from kg.extract.presence import (
    PRESENCE_WORDS,
    addressed,
    co_hosts,
    labelled_speakers,
    offices_here,
    signatories,
    speakers,
    thanked_hosts,
)
from kg.extract.sentences import Sentence
from kg.extract.sides import PRESS_AFTER
from kg.extract.speech import SPEAKER, speech_parts, tells_met
from kg.extract.tellers import press_sources

# sentences that report who took part, wherever they are
PRESENCE = led_by(
    ",abcdfghijmprtwABCDFGHIJMPRTW",  # the characters a cue starts with
    r"\b(joined|joining|took part|taking part|participated|attended|present|accompanied|also (?:met|spoke)|included|involves|participants|"  # noqa: E501
    # a leg of a trip ("In Fiji, Mr. X met with …", "… Papua New Guinea, where they met with …")
    r"(?-i:^In [A-Z][^,.;]{1,40},|There,)(?:[^.;]|\b(?:Mr|Ms|Mrs|Dr)\.){0,40}?\b(?:met|had (?:a|an) [\w ]{0,20}?meeting) (?:for [\w ]+ )?with|(?-i:, where (?:they|the delegation) met with)|"  # noqa: E501
    r"brought together|gathered|convened|(?:heads|members) of (?:the )?delegations|"
    r"(?:co-?)?chaired by|co-?hosted by|(?:co-?)?(?:chair|host)(?:ed|s)\s+(?:the|this|today['’]s)\s+(?:[\w-]+\s+){0,3}?(?:meeting|talks|session|dialogue|consultations|round)|"  # noqa: E501
    r"invited to (?:attend|take part|participate|join)|(?:was|were) represented by|"
    r"representing (?:the )?(?-i:[A-Z])[\w.'’ -]{0,40}?\s(?:was|were)|"
    r"meeting of (?:the )?(?:leaders|heads of state)|"
    # a speaker addressing an office holder ("Mr. President of the European Council, my friend")
    r"(?:mr\.?|madam|madame) (?:president|prime minister|chancellor|secretary[- ]general) of|"
    r"(?:during|at the end of|after|following|in the course of) (?:the |their |today's )?(?:meeting|talks|conversation|call|negotiations))\b",  # noqa: E501
    re.I,
)
screen_words(PRESENCE, PRESENCE_WORDS)  # (a sentence with none of them is not searched)
# rarer cues, behind a word screen: a delegation's head, reports, the meeting's frame ("In her visit with X")
PRESENCE_MORE = re.compile(
    # (… or its "side": "The Indian side was led by X and the Norwegian side by Y")
    r"(?i)\b(?:(?:delegations?|sides?) (?:(?:was|were|is|are) |[–—-] )(?:led|headed) by|"
    # "a delegation of U.S. officials, including Deputy Administrator X, traveled to …"
    r"delegation of (?:[^.;]|\.(?=\S|\s+[a-z])){0,60}?,\s+including\b|"
    r"(?:head|members?) of (?:the )?(?:[\w-]+ ){0,2}delegation|"
    r"(?:delivered|made|presented) (?:a |their |his |her )?reports?|heard (?:a )?reports? (?:by|from)|"
    r"(?-i:[A-Z][\w'’-]+) reported (?:on|to the meeting)\b|"
    r"in (?:his|her|their) (?:visit|meeting|talks|call|conversation|discussion)s? with|"
    # the counterpart named ("invited his Israeli counterpart, Meir X, to visit"): the one he met
    r"(?:his|her|their)\s+(?:(?-i:[A-Z])[\w'’-]+\s+)?counterparts?,?\s+(?=(?-i:[A-Z]))|"
    # the verb first: "Also in attendance were X and Y"
    r"(?:in\s+attendance|(?:also\s+)?(?:participating|attending))\s+(?:were|was)\b|"
    # one who spoke to the meeting from afar or in its session ("X was beamed in via video link to
    # address the group", "we had the privilege of hearing directly from X", "X addressed the leaders")
    r"beamed\s+in|(?:by|via)\s+(?:a\s+)?video\s*(?:link|conference)?\s+(?:from|to\s+address)|"
    r"(?:heard|hearing)\s+(?:directly\s+)?from|"
    # the meeting's co-chairs and who opened it ("his co-chairs, Minister X and Director General Y",
    # "welcomed opening remarks from the Prime Minister of Z, W", "Envoy X opened the meeting by noting")
    r"(?:his|her|their|fellow)\s+co-?chairs?|(?:opening|closing|welcoming|introductory)\s+remarks\s+(?:from|by)|"
    r"addressed\s+(?:the|our|this|today['’]s)\s+(?:[\w-]+\s+){0,2}?(?:group|leaders|summit|meeting|session|council|gathering)s?|"
    r"(?:opened|closed)\s+(?:the|this|today['’]s)\s+(?:[\w-]+\s+){0,2}?(?:meeting|session|summit|dialogue|talks|discussion)s?)\b"
)
_OWN_FRAME = re.compile(r"(?i)\bin (?:his|her|their) ")
# fragments one of which a PRESENCE_MORE match holds (but for the frame "in his visit with")
_PRESENCE_MORE_WORDS = ("elegation", "side", "eport", "ttend", "articipating", "ounterpart", "pened", "losed")
_PRESENCE_MORE_WORDS += ("eamed", "ideo", "eard", "earing", "ddressed", "o-chair", "ochair", "remarks")


def presence(text: str) -> bool:
    """Does a sentence report who took part (PRESENCE, PRESENCE_MORE)?"""
    if holds_any(text, PRESENCE_WORDS) and PRESENCE.search(text):
        return True
    for word in _PRESENCE_MORE_WORDS:  # (a loop, not any() over a generator: called on every sentence)
        if word in text:
            return bool(PRESENCE_MORE.search(text))
    return bool(" with " in text and _OWN_FRAME.search(text) and PRESENCE_MORE.search(text))


# documents signed at the meeting, in the leaders' presence ("In the presence of the Presidents …, a Free
# Trade Agreement was signed", "Following the meeting …, a number of bilateral documents were signed"),
# and the sentences naming who signed them ("… was signed by Minister X", "X and Y signed an agreement")
SIGNING = re.compile(
    r"(?i)\bin\s+the\s+presence\s+of\b[^.]*\bsign|\bsigning\s+ceremony\b|"
    r"\b(?:documents?|agreements?|memorand\w+|declarations?)\b[^.]{0,60}\b(?:were|was|have\s+been)\s+signed\b"
)
SIGNERS = re.compile(
    r"(?i)\b(?:(?:were|was)|(?:document|agreement|memorandum|declaration|statement)s?)\s+signed\s+by\b|"
    r"(?<!\bbe\s)(?<!\bwill\s)\bsigned\s+(?:an?|the)\s"
)
# a lead sentence saying with whom the talks are or were held ("He will discuss … with President of X Y")
TALKS_WITH = re.compile(
    r"(?i)\b(?:discuss\w*|talks|meet|met|meeting|conversation|negotiat\w+|spoke|speaks|calls?|called)\b[^.;]*\bwith\b"
)
FUTURE = re.compile(r"(?i)\bwill (?:meet|visit|travel|host)\b")
# titles that, without a country, name one's own officials rather than a foreign counterpart
HOME_TITLES = re.compile(
    r"(?i)\b(senators?|congress(?:man|woman)|representative|governor|mayor|envoy|administrator|secretary|"
    r"ambassador|general|admiral|advis[eo]r|commissioner|speaker|minister|deputy|chief(?!\s+executive)|director|"
    r"prosecutor|justice|commander|dr\.|mr\.|ms\.|mrs\.)\b"
)
SPOKESPERSON = re.compile(r"(?i)press secretary|spokes(?:person|man|woman)|press service")
NOT_PRESENT = re.compile(
    r"\b(on behalf of|greetings (?:from|to)|regards to|condolences|"
    r"congratulat\w+ \w+ on|message to|letter (?:to|from)|wished|passing of|death of|memory of|legacy of|"
    r"funeral of|the late)\b",
    re.I,
)
# after a possessor: the meeting he has ("X's Call with Y", "X's Virtual Meeting with", "X's Visit to")
OWN_MEETING = re.compile(
    r"(?i)['’]s?\s+(?:[\w-]+\s+){0,3}?(?:meetings?|calls?|talks|conversations?|visits?|trips?|travel|"
    r"participation|bilateral|trilateral|engagements?|discussions?|consultations?|summit|dinner|lunch|"
    r"remarks|statements?|reception|welcome|arrival)\b"
)
# what a speaker recalls is past ("X reminded that in September President Y held talks with Z"): the
# people it names are not at this meeting (the speaker, before the cue, is)
RECALLED = re.compile(r"(?i)\b(?:reminded|recalled|recalling|reminding)\s+(?:that|how)\b")

Participants = list[tuple[Person, Sentence | None]]


def participants(doc: Doc, core: list[Sentence], status: str) -> Participants:
    """Decides who takes part in the meeting the core sentences report, each with the sentence
    naming him or her (None: the title or a default)."""
    pp, title = doc.found, doc.title
    chosen: dict[str, Sentence | None] = {}
    elsewhere = title_other_meeting_spans(title)  # "Zelenskyy on the conversation between the Presidents"
    for pm in [*pp.title_mentions, *resolve_roles(pp, title)]:
        if any(a <= pm.start < b for a, b in elsewhere) or staff_principal(pp, title, pm):
            continue
        # "at the Danish Prime Minister's Office", "the Head of the President's Office": not the holder;
        # "… Costs for X's War": named only as a possessor, not as the one meeting ("X's Call with")
        if re.match(r"['’]s\b", title[pm.end : pm.end + 3]) and (
            pm.by_role or not OWN_MEETING.match(title, pm.end)
        ):
            continue
        chosen.setdefault(pm.key, None)
    labelled, continued = speech_parts(doc)
    speech = labelled | continued
    wanted = {id(s) for i, s in enumerate(core) if not i or not of_other_time(s.text, pp.on)} | {
        id(s)
        for s in doc.sents
        if (s.para not in speech or (s.para in continued and tells_met(s.text)))
        and presence(s.text)
        and not of_other_time(s.text, pp.on)
        and not (status == "planned" and other_event(s.text))  # an earlier meeting's, a domestic stop's
    }
    wanted |= {id(s) for s in [*co_hosts(doc), *signatories(doc)]}
    # a list of who stood for which state ("… by Lubomir Rehak (Slovak Republic), Dang Minh Khoi (…)")
    wanted |= {
        id(s) for s in doc.sents if "(" in s.text and s.para not in speech and state_items(doc.ref, s.text)
    }
    initial = set(wanted)
    for i, s in enumerate(doc.sents):  # a list introduced by "...were:" continues over bulleted sentences
        if id(s) in initial and s.text.endswith(":"):
            for j, t in enumerate(doc.sents[i + 1 :]):
                if j and t.text[:1] not in "-•*\u2013" and t.text.endswith("."):
                    break
                wanted.add(id(t))
    for s in doc.sents:
        if id(s) in wanted:
            _take(doc, s, status, chosen)
    if status == "held":  # who says something in the report (not in a transcript's speech)
        for pm, s in speakers(doc, [s for s in doc.sents if s.para not in speech]):
            chosen.setdefault(pm.key, s)
        # (each sentence read alone: those of another time are left out after, as few say anything)
        for pm, s in addressed(doc, doc.sents):
            if not of_other_time(s.text, pp.on):
                chosen.setdefault(pm.key, s)
        for pm, s in labelled_speakers(doc, doc.sents, labelled):  # who speaks in turn at it
            chosen.setdefault(pm.key, s)
        for pm, s in given_the_floor(doc, doc.sents):  # the next speaker, in a speech too
            chosen.setdefault(pm.key, s)
        for pm, s in thanked_hosts(doc, doc.sents):  # in a speech too: the host thanked for hosting
            if not of_other_time(s.text, pp.on):
                chosen.setdefault(pm.key, s)
        for p, s in offices_here(doc, doc.sents):
            if not of_other_time(s.text, pp.on):
                chosen.setdefault(p.key, s)
    if not any(_foreign(doc, pp.people.get(k)) for k in chosen):
        # no counterpart yet: a lead sentence saying with whom ("He will discuss … with President X")
        for s in doc.lead:
            if id(s) not in wanted and s.para not in speech and TALKS_WITH.search(s.text):
                _take(doc, s, status, chosen)
    if status == "held" and doc.lead and not any(_foreign(doc, pp.people.get(k)) for k in chosen):
        # leaders' statement on their meeting: its first sentence names the leaders of several states
        # ("Today in Phnom Penh, Prime Minister A of X, President B of Y and President C of Z reaffirmed")
        first: dict[str, Sentence | None] = {}
        if doc.lead[0].para not in speech:
            _take(doc, doc.lead[0], status, first)
        states = {pp.people[k].country for k in first if k in pp.people and pp.people[k].country}
        if len(states) >= 2 and any(_foreign(doc, pp.people.get(k)) for k in first):
            for k, s in first.items():
                chosen.setdefault(k, s)
    if status == "held" and (
        any(PRESS_AFTER.search(s.text) for s in core)
        or (
            not any(_foreign(doc, pp.people.get(k)) for k in chosen)
            and AFTER_MEETING.search(title.split(":")[0])
        )
    ):
        # the press event the release tells follows the meeting (or, with no counterpart yet, the title
        # does): its counterparts are named in that clause ("Following the meeting of President X with
        # President Y, …", "speaking with the media after a trilateral meeting with the presidents of A
        # and B")
        for s in core:
            _take(doc, s, status, chosen, after_meeting=True)
    if status == "held" and SIGNING.search(" ".join([title, *(x.text for x in doc.lead[:1])])):
        # a signing ceremony in the leaders' presence: who signed took part too (not in a speech)
        for s in doc.sents:
            if SIGNERS.search(s.text) and s.para not in speech and not of_other_time(s.text, pp.on):
                _take(doc, s, status, chosen)
    # the publisher's own leader takes part in his government's readouts, unless the title names
    # another principal of ours (an adviser's or minister's readout)
    people = pp.people
    title_keys = {pm.key for pm in pp.title_mentions}
    p = joining_principal(doc, chosen, core)
    if p is not None and doc.document.reader != "whitehouse":
        chosen.setdefault(p.key, None)
    # someone found only through a role noun gives way to a person of the same foreign state
    # named in the release (a call with "First President ... Nazarbayev" is not one with Tokayev)
    named = {pm.key for pm in [*pp.mentions, *pp.title_mentions] if not pm.by_role}
    named_states = {people[k].country for k in chosen if k in named and k in people and not people[k].org}
    sources = press_sources(doc)  # who only tells the press of it (kg.extract.tellers)
    return [
        (people[k], s)
        for k, s in chosen.items()
        if k in people
        and k not in sources
        # a spokesperson reads the release out, unless a foreign one is the title's counterpart
        and (not SPOKESPERSON.search(people[k].title or "") or (k in title_keys and _foreign(doc, people[k])))
        and (k in named or people[k].country in (None, doc.home) or people[k].country not in named_states)
    ]


def _foreign(doc: Doc, p: Person | None) -> bool:
    return p is not None and (
        bool(p.org) or (p.country is not None and p.country != doc.home) or _of_foreign_body(doc, p)
    )


def _of_foreign_body(doc: Doc, p: Person) -> bool:
    """Heads a body the reference data does not know, whose name says it is foreign or international."""
    return p.country is None and p.org is None and foreign_body(doc.ref, doc.home, p.body, p.title)


# a clause about the meeting just past, which the release reports the sequel of
AFTER_MEETING = re.compile(
    r"(?i)(?:^|\b)(?:after|following)\s+(?:the\s+|a\s+|their\s+|his\s+|her\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meeting|negotiations|conversation)\s+(?:with|of)\b(?![^,;]*\bbetween\b)"
)


def _take(
    doc: Doc, s: Sentence, status: str, chosen: dict[str, Sentence | None], after_meeting: bool = False
) -> None:
    """The people sentence `s` names as present (not greeted, not in another meeting, not a possessor);
    `after_meeting`: also those of a clause about the meeting just past (AFTER_MEETING)."""
    pp = doc.found
    blocked = [(m.start() + s.start, len(s.text) + s.start) for m in NOT_PRESENT.finditer(s.text)]
    blocked += [(m.start() + s.start, m.end() + s.start) for m in INITIATORS.finditer(s.text)]
    blocked += [
        (a + s.start, past_names(doc, s, b) + s.start)
        for a, b in other_meeting_spans(s.text)
        if not (after_meeting and AFTER_MEETING.match(s.text[a:b].lstrip()))
    ]
    blocked += [(m.start() + s.start, past_names(doc, s, m.end()) + s.start) for m in LED_BY.finditer(s.text)]
    blocked += [(m.start() + s.start, list_end(s.text, m) + s.start) for m in AUTHORS.finditer(s.text)]
    blocked += [(m.end() + s.start, s.end) for m in RECALLED.finditer(s.text)]
    blocked += not_here_spans(s.text, s.start)  # "the first lunch, hosted by X 40 years ago"
    if status == "held":
        blocked += [(m.start() + s.start, len(s.text) + s.start) for m in FUTURE.finditer(s.text)]
    for pm in [*pp.mentions, *resolve_roles(pp, s.text, s.start)]:
        if not (s.start <= pm.start < s.end) or any(a <= pm.start < b for a, b in blocked):
            continue
        if is_possessor(doc.text, pm.end):
            continue
        staff = STAFF_TO.search(doc.text, max(s.start, pm.start - 80), pm.start)
        if staff and not _not_the_holder(doc, staff.start(), pm):
            # "Advisor, to President Gitanas Nauseda": the adviser's principal; not "adviser to the
            # German Chancellor Jens Plötner" (the Chancellor was another then): the adviser himself
            continue
        chosen.setdefault(pm.key, s)


def _not_the_holder(doc: Doc, start: int, pm: PersonMention) -> bool:
    """The office named between `start` and the mention has, at the date, a holder other than him."""
    to = doc.text.rfind(" to ", start, pm.start) + 4  # the office itself, not the adviser's title
    holders = {r.key for r in resolve_roles(doc.found, doc.text[to : pm.start], to)}
    return bool(holders) and pm.key not in holders


def has_counterpart(doc: Doc, found: Participants) -> bool:
    """Decides whether the meeting is one of ours: a foreign person or organization takes part, and
    the title or the lead says so."""
    if not found:
        return False
    pp = doc.found
    lead_end = doc.sents[min(2, len(doc.sents) - 1)].end
    in_lead = {pm.key for pm in pp.title_mentions} | {pm.key for pm in pp.mentions if pm.start < lead_end}
    foreign_lead = any(
        (mt.kind == "organization" and not national(doc, mt.iri))
        or (mt.kind == "country" and doc.ref.iso_of(mt.iri) != doc.home)
        for mt in [*doc.title_mentions, *(x for x in doc.mentions if x.start < lead_end)]
    )
    foreign = [
        p
        for p, _ in found  # (the publishing organization's own officials are not)
        if ((p.org and not national(doc, p.org)) or _of_foreign_body(doc, p) or doc.foreign_state(p.country))
        and not (pp.body and p.org == pp.body)
    ]
    if foreign:
        return foreign_lead or any(p.key in in_lead for p in foreign)
    # people not in the reference data whose country is not said: counterparts when the lead
    # speaks of a foreign state or organization and they are not the release's principal
    principals = {pm.key for pm in pp.title_mentions if re.match(r"['’]", doc.title[pm.end : pm.end + 1])}
    first_end = doc.sents[0].end
    headline = {pm.key for pm in pp.title_mentions} | {pm.key for pm in pp.mentions if pm.start < first_end}
    unknown = [
        p
        for p, _ in found
        if p.country is None
        and p.iri is None
        and p.title
        and p.key not in principals
        and p.key in headline
        and not HOME_TITLES.search(p.title)
    ]
    return bool(unknown) and foreign_lead


def people_in(
    doc: Doc, sent: Sentence, possessor_before: int = -1, elsewhere: list[tuple[int, int]] | None = None
) -> list[Person]:
    """The people a sentence names (by name or by office), in order, but those of the spans
    `elsewhere` (text offsets); "Putin's war" names no participant, "President Zelensky's call with…"
    does (the possessor just before the cue)."""
    pp = doc.found
    elsewhere = elsewhere or []
    found = sorted(
        (
            pm
            for pm in [*pp.mentions, *resolve_roles(pp, sent.text, sent.start)]
            if sent.start <= pm.start < sent.end and not any(a <= pm.start < b for a, b in elsewhere)
        ),
        key=lambda pm: pm.start,
    )
    out: list[Person] = []
    for pm in found:
        possessive = is_possessor(doc.text, pm.end)
        if possessive and not (0 <= possessor_before - pm.end <= 3):
            continue
        p = pp.people.get(pm.key)
        if p is not None and not SPOKESPERSON.search(p.title or ""):
            out.append(p)
    return out


def speaker(doc: Doc, sent: Sentence) -> Person | None:
    """Who says "I": the speaker label of the paragraph ("Vladimir Putin: …", "THE PRESIDENT: …"),
    else the one person of ours the title names ("address by President Volodymyr Zelenskyy"), else
    the head of state of a presidency's own release (not the White House's: many speak there)."""
    pp = doc.found
    head = holder(pp, "HeadOfState", doc.ref.countries.get(doc.home or "")) if doc.home else None
    para = next((s for s in doc.sents if s.para == sent.para), sent)
    if SPEAKER.match(para.text) is not None:
        name = para.text[: para.text.index(":")]
        if re.fullmatch(r"(?i)(?:the\s+)?president", name.strip()):
            return head
        named = people_in(doc, Sentence(name, para.start, para.start + len(name), para.para))
        return named[0] if len(named) == 1 else None
    ours = {pm.key for pm in pp.title_mentions if pm.key in pp.people and doc.ours(pp.people[pm.key])}
    if len(ours) == 1:
        return pp.people[ours.pop()]
    return principal(doc, [doc.title]) if not ours and doc.document.reader != "whitehouse" else None
