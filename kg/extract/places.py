"""Where a meeting was held (venue) and the larger event it was part of (summit, conference, session).

Venue: a reference place named in the meeting's sentences ("in Astana", "at the Akorda" -> the
city containing it), a capitalized place after "in" that is not a country, the source's dateline,
or a place named inside the event's name ("G20 Rome Summit"). Calls have no venue.
Event: phrases such as "on the sidelines/margins of the …", "at the … Summit", "within the
framework of the … Forum", "during the … session", with the name taken from the text; a reference
event found there brings its aliases.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from kg.extract.dates import explicit_dates
from kg.extract.doc import sentence_of
from kg.extract.gazetteer import Mention, scan
from kg.extract.mode import online_event
from kg.extract.place_fallbacks import OTHER_TIME_AFTER as _OTHER_TIME_AFTER
from kg.extract.place_fallbacks import capital, city_of, fallback_places, news_dateline
from kg.extract.publisher import is_news_media
from kg.model import Entity, Meeting, Statement
from kg.reference.tables import Reference, fold

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc

_CAP = r"(?:[A-Z0-9][\w'’.+-]*)"
_JOIN = r"(?:of|on|for|and|the|in|de|du|des|&|-|–)"
_NOUN = r"(?:summit|meeting|session|conference|forum|talks|games|ceremony|congress)"
_ADJ = (
    r"(?:(?:informal|extraordinary|emergency|annual|regular|jubilee|anniversary|online|virtual|first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)"
)
_PHRASE = (
    rf"(?:(?:the|an?)\s+)?((?:(?:[a-z]+\s+)?{_NOUN}\s+of\s+(?:the\s+)?|{_ADJ})?(?:{_CAP}(?:\s+\([A-Z0-9+]+\))?(?:\s+{_JOIN})*\s+)*"
    rf"{_CAP}(?:\s+\([A-Z0-9+]+\))?(?:\s+{_NOUN}\b)?"
    # "77th session of the United Nations General Assembly"
    rf"(?:(?:(?<=ession)|(?<=eeting)|(?<=ummit))\s+of\s+the\s+(?:{_CAP}\s+(?:{_JOIN}\s+)*)*{_CAP})?)"
)
EVENT_NOUN = re.compile(
    r"\b(summit|summits|conference|forum|session|meeting|congress|games|olympics|assembly|ceremony|week|"
    r"dialogue|cop\s?\d+|g7|g20|g-20|g-7|unga|expo|festival|convention|council|sco|brics|apec|asean|olympic)\b",
    re.I,
)
EVENT_CUE = re.compile(
    rf"\b(?i:(?:on|in|at)\s+the\s+(?:sidelines|margins)\s+of|on\s+the\s+side\s+of|within\s+the\s+framework\s+of|"
    rf"in\s+the\s+framework\s+of|as\s+part\s+of|in\s+the\s+run-up\s+to|during|at|ahead\s+of|for|to\s+attend|to\s+take\s+part\s+in|"
    rf"(?:took|take)\s+part(?:,\s+(?:via|by)\s+video\s?conference,)?\s+in|participated\s+in|participation\s+in|"
    rf"to\s+the\s+participants\s+of|in\s+connection\s+with|following|after|(?<=^Readout\s)of(?=\s+the\s))\s+{_PHRASE}",
)
STRONG_CUE = re.compile(
    r"sidelines|margins|framework|as part of|attend|take part|took part|participat|on the side", re.I
)
NUMBERED = re.compile(
    r"(?i)^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s.*meeting$"
)
_MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December"
_OTHER_TIME_BEFORE = re.compile(
    r"(?i)\b(?:last|previous|upcoming|next|future|forthcoming|recent|past)\b[^.]*$"
)
# an event ahead, in the clause before a place: the place is that event's, not the meeting's
_AHEAD = re.compile(
    r"(?i)\b(?:upcoming|forthcoming|next|future|preparations?\s+for|(?:days?|weeks?|months?)\s+(?:left\s+)?"
    r"(?:to|until|before))\b[^.,;:]*$"
)

IN_PLACE = re.compile(
    r"\b(?:in|to)\s+((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,2})(?:,\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?"
)
NOT_PLACE = frozenset(
    fold(w)
    for w in (
        "January February March April May June July August September October November December Monday "
        "Tuesday Wednesday Thursday Friday Saturday Sunday The His Her Their Our This That These Addition Particular "  # noqa: E501
        "Response Support Turn Light Order Line Terms Person Office General Accordance Charge Washington's"
    ).split()
)


def find_event(sentences: list[str], ref: Reference, day: date | None = None) -> tuple[Entity | None, int]:
    """The larger event named in the meeting's sentences, and the index of the sentence; a title
    naming the meeting itself ("Readout of the … Summit") only when no sentence names another."""
    deferred: tuple[Entity | None, int] = (None, -1)
    for i, s in enumerate(sentences):
        for m in EVENT_CUE.finditer(s):
            phrase = m.group(1).strip(" .,'’")
            phrase = re.sub(r"['’]s$", "", phrase)
            if not EVENT_NOUN.search(phrase):
                continue
            cue = s[m.start() : m.start(1)]
            weak = not STRONG_CUE.search(cue)
            if (
                (weak and i > 1)
                or _OTHER_TIME_AFTER.match(s, m.end(1))
                or _OTHER_TIME_BEFORE.search(s, max(0, m.start() - 30), m.start(1))
                or _AHEAD.search(s, max(0, m.start() - 80), m.start(1))
                or _other_month(s[max(0, m.start() - 60) : m.start()], day)
            ):
                continue  # an event of another time ("during the summit in December 2022", "the upcoming summit")  # noqa: E501
            known = [x for x in scan(phrase, ref) if x.kind == "event"]
            if (
                weak
                and not known
                and not (i == 0 and (NUMBERED.match(phrase) or _body_meeting(phrase, ref)))
                and not re.search(
                    r"(?i)summit|conference|forum|session|assembly|congress|games|olympic|cop\s?\d|g20|g7|unga|apec",
                    phrase,
                )
            ):
                continue
            if known:
                found: Entity = ref.entities[known[0].iri]
            else:
                known_org = [x for x in scan(phrase, ref) if x.kind in ("organization", "framework")]
                if len(phrase.split()) == 1 and not known_org and not re.search(r"\d", phrase):
                    continue
                found = Entity("event", fold(phrase), phrase, _event_aliases(phrase))
            if cue.startswith("of"):
                deferred = deferred if deferred[0] else (found, i)
                continue
            return found, i
        if i > 1:
            continue
        for x in scan(s, ref):
            if (
                x.kind == "event"
                and not _OTHER_TIME_AFTER.match(s, x.end)
                and not _AHEAD.search(s, max(0, x.start - 80), x.start)
                and not _other_month(s[max(0, x.start - 60) : x.start], day)
            ):
                return ref.entities[x.iri], i
    return deferred


def _other_month(before: str, day: date | None) -> bool:
    """Does the text before an event name date it to another month than the meeting's ("discussed
    President Biden's June trip to the United Kingdom to attend the G7 Summit")?"""
    months = _MONTHS.split("|")
    return day is not None and any(
        months.index(m.group(1)) + 1 != day.month for m in re.finditer(rf"\b({_MONTHS})\b", before)
    )


def _body_meeting(phrase: str, ref: Reference) -> bool:
    """Is the phrase the meeting of a known organization ("meeting of the European Council")?"""
    m = re.match(r"(?i)(?:meeting|session)\s+of\s+(?:the\s+)?", phrase)
    found = [x for x in scan(phrase[m.end() :], ref)] if m else []
    return bool(found) and found[0].kind == "organization" and found[0].start == 0


def _event_aliases(label: str) -> list[str]:
    """Short forms of an event name taken from the text: without ordinal/year, acronym in parentheses."""
    alts = []
    m = re.search(r"\(([A-Z][\w+-]+)\)", label)
    if m:
        alts.append(m.group(1))
        alts.append(label[: m.start()].strip())
    short = re.sub(
        r"^(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|[IVXL]+)\s+",
        "",
        label,
    )
    short = re.sub(r"\b(?:19|20)\d\d\b", "", short).strip()
    short = re.sub(rf"^{_ADJ}", "", short).strip()
    if short != label:
        alts.append(short)
    # "United States – Nordic Leaders’ Summit" is also written "U.S.-Nordic Leaders’ Summit"
    alts += [re.sub(r"\s*[–-]\s*", "-", a.replace("United States", "U.S.")) for a in [label, *alts]]
    return [a for a in dict.fromkeys(alts) if a and a != label]


def find_venue(
    sentences: list[str],
    ref: Reference,
    event: Entity | None,
    dateline: str | None,
    fallbacks: tuple[Entity | None, ...] = (),
    day: date | None = None,
    home: str | None = None,
) -> tuple[Entity | None, int]:
    """The place where the meeting was held, and the index of the sentence (-1: dateline or event);
    `fallbacks` (a transcript's header place, the host's capital) when nothing else names one; a
    place dated to another time than the meeting's `day` is not its venue. A country named as where
    the meeting was ("the talks with Russia in Turkey", "arrived in Laos") comes last, a country
    other than the publisher's (`home`, whose visits the fallbacks place in its capital)."""
    country: tuple[Entity | None, int] = (None, -1)
    for i, s in enumerate(sentences):
        for x in scan(s, ref):
            if x.kind == "place" and _introduced(s, x) and not _other_time(s, x.start, x.end, day):
                return city_of(ref, x.iri), i
        named = _capital_named(s, ref, day)  # "arrived in the Uzbek capital"
        if named is not None:
            return named, i
        for m in IN_PLACE.finditer(s):
            name = m.group(1)
            if fold(name.split()[0]) in NOT_PLACE or _other_time(s, m.start(1), m.end(), day):
                continue
            found = [x for x in scan(name, ref)]
            if found:
                if found[0].kind == "place":
                    return city_of(ref, found[0].iri), i
                if country[0] is None and _meeting_in_country(s, m, found[0], ref, home):
                    land = ref.entities[found[0].iri]  # a place named as the country (a dmo:Place)
                    country = Entity("place", fold(land.label), land.label, list(land.alt_labels)), i
                continue
            if m.group(2) and any(x.kind == "country" for x in scan(m.group(2), ref)):
                return Entity("place", fold(name), name, []), i
            if (
                i > 0
                and re.search(
                    r"(?i)\b(met|meet|meets|meeting|talks|held|hosted|received|summit|conference|forum|arrived)\b",
                    s[: m.start()],
                )
                and re.match(r"\s+in\s", " " + s[m.start() : m.start() + 3])
                and not re.match(r"[ \t]+[a-z]", s[m.end() : m.end() + 2])
            ):
                return Entity("place", fold(name), name, []), i
    if event is not None:
        edition = ref.edition(event.props.get("iri", ""), day)
        iri = ref.event_places.get(edition.iri if edition else "") or ref.event_places.get(
            event.props.get("iri", "")
        )
        if iri and iri in ref.entities:
            return city_of(ref, iri), -1
        for x in scan(event.label, ref):
            if x.kind == "place":
                return city_of(ref, x.iri), -1
    if dateline:
        first = dateline.split(",")[0].strip()
        found = [x for x in scan(first, ref) if x.kind == "place"]
        if found:
            return city_of(ref, found[0].iri), -1
        if first and first[0].isupper() and not any(x.kind == "country" for x in scan(first, ref)):
            return Entity("place", fold(first), first, []), -1
    return next(((e, -1) for e in fallbacks if e is not None), country)


# the clause before a country where a meeting was held: a meeting word, then at most a few words
# ("talks with Russia in Turkey", "met with the President in Laos", "summit in Laos")
_HELD_IN = re.compile(
    r"(?i)\b(?:met|meets?|meetings?|talks|negotiations|summit|held|hosted|arrived|landed|visit(?:ing|ed)?|"
    r"trip|conference|welcomed|received|(?:took|take|taking)\s+place)\b((?:\s+[\w'’.-]+){0,4}?)\s+$"
)
# what the words between may not be: the country is then the subject discussed ("talks on the situation in")
_TOPIC_WORDS = re.compile(
    r"(?i)\b(?:on|about|over|regarding|situation|war|crisis|conflict|peace|security|invest\w*|elections?|"
    r"developments?|events?|aggression|operations?|presence|interests?|people|business|projects?|reforms?|"
    r"last|next|coming|upcoming|previous|week|month|year|ago|be)\b"
)


# a capital named by its country: "in the Uzbek capital", "to the capital of Qatar"
CAPITAL_OF = re.compile(
    r"\b(?:in|to|at)\s+the\s+(?:([A-Z][\w'’-]+)\s+capital\b|capital\s+of\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*))"
)


def _capital_named(s: str, ref: Reference, day: date | None) -> Entity | None:
    """The capital a sentence names by its country as where the meeting was held."""
    for m in CAPITAL_OF.finditer(s):
        if _other_time(s, m.start(), m.end(), day):
            continue
        clause = re.split(r"[,;:(]", s[max(0, m.start() - 80) : m.start()])[-1]
        held = _HELD_IN.search(clause)
        if held is None or _TOPIC_WORDS.search(held.group(1)):
            continue
        iso = ref.country_of_demonym(m.group(1)) if m.group(1) else None
        if m.group(2):
            found = [x for x in scan(m.group(2), ref) if x.kind == "country" and x.start == 0]
            iso = ref.iso_of(found[0].iri) if found else None
        city = capital(ref, iso) if iso else None
        if city is not None:
            return city
    return None


def _meeting_in_country(s: str, m: re.Match[str], x: Mention, ref: Reference, home: str | None) -> bool:
    """Is the country the IN_PLACE match names (alone) where the sentence's meeting was held?"""
    if x.kind != "country" or x.start != 0 or x.end < len(m.group(1)) or ref.iso_of(x.iri) == home:
        return False
    clause = re.split(r"[,;:(]", s[max(0, m.start() - 80) : m.start()])[-1]
    held = _HELD_IN.search(clause)
    if held is None or _TOPIC_WORDS.search(held.group(1)):
        return False
    # "to" only after a visit or trip ("a visit to Laos"), never after "assistance to Ukraine"
    return s[m.start() : m.start() + 2] == "in" or (
        not held.group(1) and re.search(r"(?i)visit|trip", clause) is not None
    )


_YEAR = re.compile(rf"\b(?:({_MONTHS})\s+)?((?:19|20)\d\d)\b")


def _other_time(s: str, start: int, end: int, day: date | None) -> bool:
    """Is the place at s[start:end] dated to another time than the meeting's `day` ("the June 2021
    summit in Geneva", "his visit to Brussels in November 2021", "held in Brussels on January 10")?"""
    after = _OTHER_TIME_AFTER.match(s, end)
    if after and not _YEAR.search(after.group()):
        return True  # "last year", "next month"
    if _AHEAD.search(s, max(0, start - 80), start):
        return True  # "preparations for the upcoming NATO Summit in Vilnius"
    if day is None:
        return False
    dated = explicit_dates(s[end : end + 25], day)
    if dated and dated[0][0] <= 5 and abs((dated[0][1] - day).days) > 2:
        return True
    for m in [
        *_YEAR.finditer(s, max(0, start - 50), start),
        *([_YEAR.search(after.group())] if after else []),
    ]:
        if m is not None:
            month = _MONTHS.split("|").index(m.group(1)) + 1 if m.group(1) else None
            if int(m.group(2)) != day.year or (month and abs(month - day.month) > 1):
                return True
    return False


def _introduced(s: str, x: Mention) -> bool:
    before = s[max(0, x.start - 12) : x.start].lower()
    return bool(re.search(r"\b(in|at|to)\s+(the\s+)?$", before))


def record_venue_and_event(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "venue and event": the event a meeting is on the sidelines of and, for one held in
    person, the place. The main meeting's from the title, its sentences and the lead; another one's
    from its own part, else the main meeting's; none for a meeting mentioned in passing."""
    if account.kind == "mentioned":
        return
    if account.kind == "main":
        passages = [(doc.title, None), *((s.text, s) for s in [*account.sentences, *doc.lead])]
        texts = [t for t, _ in passages]
        event, i = find_event(texts, doc.ref, account.day)
        if event is not None:
            m.event = event
            m.evidence.append(Statement("event", event, doc.evidence(sentence_of(passages, i))))
            online_event(doc, account, m, sentence_of(passages, i))  # kg.extract.mode
        if m.mode == "in_person":
            # a news agency keeps its home dateline for meetings abroad: not a venue by itself
            # (or any publisher whose release opens with a wire dateline: "ASTANA –")
            news = is_news_media(doc.document) or news_dateline(doc.document.text, doc.ref) is not None
            dateline = None if news else doc.document.location
            venue, j = find_venue(
                texts,
                doc.ref,
                event,
                dateline,
                fallback_places(doc, texts, event, news),
                account.day,
                doc.home,
            )
            if venue is not None:
                m.venue = venue
                m.evidence.append(Statement("venue", venue, doc.evidence(sentence_of(passages, j))))
        return
    if m.mode != "in_person":
        return
    parent = account.parent
    part = [(s.text, s) for s in account.part]
    texts = [t for t, _ in part]
    event, i = find_event(texts, doc.ref, account.day)
    m.event = event or (parent.event if parent else None)
    if m.event is not None:
        m.evidence.append(Statement("event", m.event, doc.evidence(sentence_of(part, i)) if event else None))
    venue, j = find_venue(texts, doc.ref, m.event, None)
    m.venue = venue or (parent.venue if parent else None)
    if m.venue is not None:
        # a venue read from the event (j == -1) keeps the sentence just before this part, as the
        # extractor has always written it (the golden files hold it)
        before = doc.sents[: doc.sents.index(account.part[0])][-1:]
        sent = sentence_of(part, j) if j >= 0 else (before[0] if before else None)
        m.evidence.append(Statement("venue", m.venue, doc.evidence(sent) if venue else None))
