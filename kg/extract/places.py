"""Where a meeting was held (venue), and the step recording it with the larger event it was part of
(the event read by kg.extract.events).

Venue: a reference place named in the meeting's sentences ("in Astana", "at the Akorda" -> the
city containing it), a capitalized place after "in" that is not a country, the source's dateline,
or a place named inside the event's name ("G20 Rome Summit"). Calls have no venue.
"""

from __future__ import annotations

import re
from datetime import date
from typing import TYPE_CHECKING

from kg.extract.datelines import city_of, news_dateline
from kg.extract.doc import sentence_of
from kg.extract.elsewhere import OTHER_TIME, elsewhere, told_elsewhere
from kg.extract.events import event_place, find_event
from kg.extract.gazetteer import Mention, scan
from kg.extract.held_in import CAPITAL_OF, capital, held_there
from kg.extract.publisher import is_news_media
from kg.extract.spoken_places import transcript_place
from kg.extract.summit_days import summit_members
from kg.extract.venue_cues import (
    GENERIC_RESIDENCE,
    LOWER_AFTER,
    MEETING_WORD,
    RESIDENCE,
    SITE_BEFORE,
    TOLD_THERE,
    TOWN_BEFORE_PALACE,
    VISITED_AND_MET,
    WIRE_HERE,
    own_period_blanked,
)
from kg.model import Entity, Meeting, Statement
from kg.reference.tables import Reference, fold

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc

# a place after "in" or "to", a visit's object ("will visit Sri Lanka") or a journey's end ("left for Doha")
IN_PLACE = re.compile(
    r"\b(?:in|to|(?i:visit(?:s|ed|ing)?|(?:leave|leaves|left|leaving|depart(?:s|ed|ing)?|bound|flew)\s+for))\s+(the\s+)?((?:[A-Z][\w'’-]+)(?:\s+[A-Z][\w'’-]+){0,3}(?:\s+of\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)?)(?:,\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?))?"
)
_OF = re.compile(r"\s+of\s")


def _place_name(m: re.Match[str], ref: Reference) -> tuple[str, str | None]:
    """The name IN_PLACE read and the country after it: a name "of" another ("the Republic of
    Korea", "the Kingdom of Bahrain") only when one reference name spans the "of", else the words
    before the "of" alone."""
    name = m.group(2)
    of = _OF.search(name)
    if of is None or any(x.start < of.start() and x.end > of.end() for x in scan(name, ref)):
        return name, m.group(3)
    return name[: of.start()], None


NOT_PLACE = frozenset(
    fold(w)
    for w in (
        "January February March April May June July August September October November December Monday "
        "Tuesday Wednesday Thursday Friday Saturday Sunday The His Her Their Our This That These Addition Particular "  # noqa: E501
        "Response Support Turn Light Order Line Terms Person Office General Accordance Charge Washington's"
    ).split()
)

# a region, not a place a meeting is held in ("to promote security and prosperity in South Asia")
REGION = re.compile(
    r"\b(?:Asia|Africa|Europe|America|Americas|Pacific|Atlantic|Caucasus|Balkans|Arctic|Sahel|Middle\s+East|"
    r"Hemisphere)$"
)


def find_venue(
    sentences: list[str],
    ref: Reference,
    event: Entity | None,
    dateline: str | None,
    fallbacks: tuple[Entity | None, ...] = (),
    day: date | None = None,
    home: str | None = None,
    planned: bool = False,
) -> tuple[Entity | None, int]:
    """The place where the meeting was held, and the index of the sentence (-1: dateline or event);
    `fallbacks` (a transcript's header place, a dateline) when nothing else names one; a
    place dated to another time than the meeting's `day` is not its venue. A country named as where
    the meeting was ("the talks with Russia in Turkey", "arrived in Laos") comes last, a country
    other than the publisher's (`home`, whose visits only a dateline of its own places)."""
    country: tuple[Entity | None, int] = (None, -1)
    residence: tuple[Entity | None, int] = (None, -1)
    at_event, on_its_days = event_place(event, ref, day)
    # a meeting on the days of an edition the reference places in a country was held there: a place
    # of another country is of something else the release tells ("condolences on the violence in Istanbul")
    event_land = ref.country_of_place(at_event) if at_event and on_its_days else None
    for i, s in enumerate(sentences):
        for x in scan(s, ref):
            if x.kind == "place" and _introduced(s, x) and not _other_time(s, x.start, day, planned):
                if _abroad_of(country, i, ref, x.iri):
                    return country  # "met … in Malta. … their counterparts in Beijing"
                if event_land and ref.country_of_place(x.iri) not in (None, event_land):
                    continue
                return city_of(ref, _named_after(s, x, ref) or x.iri), i
        named = _capital_named(s, ref, day, planned)  # "arrived in the Uzbek capital"
        if named is not None:
            return named, i
        if residence[0] is None:  # "at the Syniohora State Residence": when nothing names the city
            residence = _residence(s, day, planned), i
        for m in IN_PLACE.finditer(s):
            name, after = _place_name(m, ref)
            if fold(name.split()[0]) in NOT_PLACE or _other_time(s, m.start(2), day, planned):
                continue
            found = [x for x in scan(name, ref)]
            if m.group(1) and not found:
                continue  # "in the …": a known place or country only ("in the Philippines")
            # a city visited (not "in" it) is the venue only of a plan's journey ("will leave for Doha")
            journey = s[m.start() : m.start(2)].split()[0].lower() not in ("in", "to")
            journey = journey and not (
                s[m.start() : m.start() + 5].lower() == "visit" and VISITED_AND_MET.match(s, m.end())
            )
            if found:
                if found[0].kind == "place" and not (
                    journey and not (planned and s[m.start(2) - 4 : m.start(2) - 1] == "for")
                ):
                    if event_land and ref.country_of_place(found[0].iri) not in (None, event_land):
                        continue
                    if _abroad_of(country, i, ref, found[0].iri):
                        return country
                    return city_of(ref, found[0].iri), i
                if country[0] is None and _meeting_in_country(s, m, name, found[0], ref, home):
                    land = ref.entities[found[0].iri]  # a place named as the country (a dmo:Place)
                    iso = ref.iso_of(found[0].iri) or ""
                    country = (
                        Entity(
                            "place", fold(land.label), land.label, list(land.alt_labels), None, {"iso": iso}
                        ),
                        i,
                    )
                continue
            if REGION.search(name):  # (a name the reference data does not know) a region, not a venue
                continue
            if after and any(x.kind == "country" for x in scan(after, ref)):
                return Entity("place", fold(name), name, []), i
            if (
                i > 0
                and re.search(
                    r"(?i)\b(met|meet|meets|meeting|talks|held|hosted|received|summit|conference|forum|arrived)\b",
                    s[: m.start()],
                )
                and re.match(r"\s+in\s", " " + s[m.start() : m.start() + 3])
                # ("in Calgary yesterday": a day after the name, not more of it)
                and not LOWER_AFTER.match(s, m.end() if name == m.group(2) else m.start(2) + len(name))
            ):
                return Entity("place", fold(name), name, []), i
    if at_event:
        return city_of(ref, at_event), -1
    if event is not None:
        for x in scan(event.label, ref):
            if x.kind == "place":
                return city_of(ref, x.iri), -1
    if residence[0] is not None:
        return residence
    if dateline:
        first = dateline.split(",")[0].strip()
        found = [x for x in scan(first, ref) if x.kind == "place"]
        if found:
            return city_of(ref, found[0].iri), -1
        if first and first[0].isupper() and not any(x.kind == "country" for x in scan(first, ref)):
            return Entity("place", fold(first), first, []), -1
    return next(((e, -1) for e in fallbacks if e is not None), country)


def _abroad_of(country: tuple[Entity | None, int], i: int, ref: Reference, iri: str) -> bool:
    """Does an earlier sentence name a country as where the meeting was, and the place at `iri` (in
    sentence `i`) lie in another state: a place of something else the release tells?"""
    where = country[0].props.get("iso") if country[0] is not None else None
    return bool(where) and country[1] < i and ref.country_of_place(iri) not in (None, where)


def _residence(s: str, day: date | None, planned: bool) -> Entity | None:
    """A named residence or palace (RESIDENCE) of a sentence telling a meeting, not of another time."""
    for m in RESIDENCE.finditer(s):
        name = m.group(1)
        if (
            GENERIC_RESIDENCE.fullmatch(name)
            or not MEETING_WORD.search(s)
            or _other_time(s, m.start(1), day, planned)
        ):
            continue
        # a city's name before a generic residence ("the Bogor Presidential Palace"): the city
        town = TOWN_BEFORE_PALACE.match(name)
        name = town.group(1) if town else name
        return Entity("place", fold(name), name, [])
    return None


def _capital_named(s: str, ref: Reference, day: date | None, planned: bool) -> Entity | None:
    """The capital a sentence names by its country as where the meeting was held."""
    for m in CAPITAL_OF.finditer(s):
        if _other_time(s, m.start(), day, planned) or not held_there(s, m.start()):
            continue
        iso = ref.country_of_demonym(m.group(1)) if m.group(1) else None
        if m.group(2):
            found = [x for x in scan(m.group(2), ref) if x.kind == "country" and x.start == 0]
            iso = ref.iso_of(found[0].iri) if found else None
        city = capital(ref, iso) if iso else None
        if city is not None:
            return city
    return None


def _meeting_in_country(
    s: str, m: re.Match[str], name: str, x: Mention, ref: Reference, home: str | None
) -> bool:
    """Is the country the IN_PLACE match names (alone, as `name`) where the sentence's meeting was held?"""
    if x.kind != "country" or x.start != 0 or x.end < len(name) or ref.iso_of(x.iri) == home:
        return False
    word = s[m.start() : m.start(2)].split()[0].lower()
    if word not in ("in", "to"):  # "will visit Laos", "left for Laos"
        return held_there(s, m.start(2))
    if not held_there(s, m.start()):
        return False
    # "to" only right after a visit, trip or travel ("a visit to Laos", "will travel to Cyprus"), never
    # after "assistance to Ukraine"
    clause = re.split(r"[,;:(]", s[max(0, m.start() - 80) : m.start()])[-1]
    return word == "in" or re.search(r"(?i)\b(?:visit|trip|travel)\s+$", clause) is not None


def _other_time(s: str, start: int, day: date | None, planned: bool = False) -> bool:
    """Is the place at s[start:] in a clause of another meeting or time than the meeting's `day`
    ("the June 2021 summit in Geneva", "preparations for the upcoming NATO Summit in Vilnius")? A
    plan's place where it was told ("…, the minister told a press conference in Ankara") is not its."""
    if planned and TOLD_THERE.search(s, max(0, start - 60), start):
        return True
    return told_elsewhere(elsewhere(s, day, planned), start, OTHER_TIME)


_PLANNED = re.compile(
    r"(?i)\b(?:plann\w*|upcoming|future|next|forthcoming|possible|invit\w*|will|to\s+pay)\b[^.,;]{0,40}$"
)


def fallback_places(
    doc: Doc, texts: list[str], event: Entity | None, news: bool, day: date | None = None
) -> tuple[Entity | None, ...]:
    """Places that stand for the venue when no sentence names one: the place a transcript's header
    names; a news agency's dateline abroad; for a visit to the publisher's country ("on an official
    visit to our country", "arrived in Kazakhstan"), the agency's home dateline, never a capital
    only likely (the visitor may be received anywhere in the country: the venue stays open). An
    ambassador "to Ukraine" received is no visit."""
    ref, home = doc.ref, doc.home
    dateline = news_dateline(doc.document.text, ref, doc.document.location) if news else None
    at_home = dateline is not None and home is not None and _country_of(ref, dateline) == home
    hosted = None
    if event is None and home is not None and _visit_home(texts, ref, home, day):
        hosted = dateline if at_home else None
    # a dateline is abroad only against a known home; a publisher of unknown country may keep its
    # own: its dateline is the venue only of a visit the text places in the dateline's country
    abroad = dateline if dateline is not None and home is not None and not at_home else None
    where = _country_of(ref, dateline) if dateline is not None and home is None else None
    if event is None and where is not None and _visit_home(texts, ref, where, day):
        hosted = dateline
    if event is None and dateline is not None and any(" here " in t and WIRE_HERE.search(t) for t in texts):
        hosted = dateline  # the wire says the meeting was "here", in its dateline's city
    return (transcript_place(doc.document.text, ref), abroad, hosted)


def _country_of(ref: Reference, place: Entity) -> str | None:
    return ref.country_of_place(ref.places_in.get(place.props.get("iri", ""), ""))


def _visit_home(texts: list[str], ref: Reference, home: str, day: date | None) -> bool:
    """Do the texts report a visit to the publisher's country (not one planned)?"""
    country = ref.entities[ref.countries[home]]
    names = "|".join(re.escape(n) for n in ["our country", country.label, *country.alt_labels])
    cue = re.compile(
        r"\b(?:arrived in|(?:visit|trip|came) to|visiting)\s+"
        rf"(?:the\s+)?(?:{names})\b"
    )
    for t in texts:
        for m in cue.finditer(t):
            if not _PLANNED.search(t[max(0, m.start() - 60) : m.start() + 5]) and not told_elsewhere(
                elsewhere(t, day), m.start(), OTHER_TIME
            ):
                return True
    return False


# a site with the place it stands in ("at the Federal Chancellery in Vienna", "at the Presidential
# Palace, Bishkek"): a site's name may be another country's too
_SITE_IN = re.compile(r"(?:,|\s+in)\s+")


def _named_after(s: str, x: Mention, ref: Reference) -> str | None:
    """The place a sentence names right after the site `x` (the site's own city or another), if any."""
    up = ref.entities.get(ref.places_in.get(x.iri, ""))
    if up is None or up.kind != "place":  # a city, not a site within one
        return None
    m = _SITE_IN.match(s, x.end)
    if m is None:
        return None
    after = next((y for y in scan(s[m.end() : m.end() + 40], ref) if y.start == 0), None)
    if after is None or after.kind != "place":
        return None
    within = ref.entities.get(ref.places_in.get(after.iri, ""))
    # a city, not a site within one ("the White House, the Oval Office")
    return after.iri if within is None or within.kind != "place" else None


def _introduced(s: str, x: Mention) -> bool:
    """Is the place introduced as where ("in Astana", "at the Akorda", "to Delhi", "in the city of
    Khujand", "at the State House, Abuja")?"""
    before = s[max(0, x.start - 24) : x.start].lower()
    if re.search(r"\b(?:in|at|to)\s+(?:the\s+)?(?:(?:city|town)\s+of\s+)?$", before):
        return True
    # a site of the city named before it ("at the State House, Abuja", "at Government House, Bangkok")
    return (
        s[max(0, x.start - 2) : x.start] == ", "
        and SITE_BEFORE.search(s, max(0, x.start - 70), x.start) is not None
    )


def summit_named_there(doc: Doc, account: Account, m: Meeting, venue: Entity) -> None:
    """A meeting held where and when the reference data has an edition of a summit the release
    names (by its series or that edition: "this COP27" in Sharm el-Sheikh on November 11, 2022) is
    on the sidelines of that summit, though no sentence says so."""
    held_at = doc.ref.edition_at(venue.props.get("iri", ""), account.day)
    if held_at is None:
        return
    named = next(
        (x for x in doc.mentions if x.kind == "event" and x.iri in (held_at.iri, held_at.series)), None
    )
    if named is not None:  # the edition when the release names it ("COP27"), else the series
        m.event = doc.ref.entities[named.iri]
        m.evidence.append(Statement("event", m.event, doc.index.containing(named.start)))


def record_venue_and_event(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "venue and event": the event a meeting is on the sidelines of and, for one held in
    person, the place. The main meeting's from the title, its sentences and the lead; another one's
    from its own part, else the main meeting's; none for a meeting mentioned in passing."""
    if account.kind == "mentioned":
        return
    if account.kind == "main":
        passages = [(doc.title, None), *((s.text, s) for s in [*account.sentences, *doc.lead])]
        texts = [t for t, _ in passages]
        texts[1:2] = [own_period_blanked(t) for t in texts[1:2]]  # "Last week, … met … in Paris"
        planned = account.status == "planned"
        event, i = find_event(texts, doc.ref, account.day, planned)
        if event is not None:
            m.event = event
            m.evidence.append(Statement("event", event, doc.evidence(sentence_of(passages, i))))
        if m.mode == "in_person":
            # a news agency keeps its home dateline for meetings abroad: not a venue by itself
            # (nor does any publisher whose release opens with a wire dateline: "ASTANA –")
            news = is_news_media(doc.document) or news_dateline(doc.document.text, doc.ref) is not None
            dateline = None if news else doc.document.location
            fallbacks = fallback_places(doc, texts, event, news, account.day)
            venue, j = find_venue(texts, doc.ref, event, dateline, fallbacks, account.day, doc.home, planned)
            if venue is not None:
                m.venue = venue
                m.evidence.append(Statement("venue", venue, doc.evidence(sentence_of(passages, j))))
                if event is None and account.status == "held":
                    summit_named_there(doc, account, m, venue)
        summit_members(doc, account, m)  # at a group's summit, told on one of its days: its members
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
