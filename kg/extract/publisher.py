"""The publisher's country, decided once per release from the release itself, for any source.

In order: a state the publisher string names ("Kremlin of Russia"); the reader of a government's
own site (`READER_COUNTRY`); the seat of government or office the publisher string names ("Prime
Minister's Office, 10 Downing Street", "Élysée"); the country-code domain of the release's address
(inform.kz, en.kremlin.ru, mea.gov.in; a US government's .gov); a presidential office the text
names as its source ("the Akorda press service"); the state of the leader the title is about
("Kazakh President takes part …", "President of Kazakhstan …"); the state whose office the person
heading the title or the first sentence holds that day ("Tokayev meets …", "President
Kassym-Jomart Tokayev received …": a news agency writes about its own government), or of two
officials of one state ("Erdogan receives Foreign Minister Fidan"). A news agency's releases
thereby get their government's country, so a president receiving his own governors, mayors or
athletes is a domestic audience and not a diplomatic meeting. An international organization's
release (publisher "NATO", a site on un.org or .int) has no country: its text is not searched.
"""

from __future__ import annotations

import re
from datetime import date
from urllib.parse import urlparse

from kg.extract.gazetteer import Mention, scan
from kg.model import Document
from kg.namespaces import DMR
from kg.reference import Reference
from kg.reference.lists import mapping

# Publisher's country by reader, when the publisher string names none (extend for new sources).
READER_COUNTRY = {"akorda": "KZ", "whitehouse": "US", "kremlin-csv": "RU", "ukraine-csv": "UA"}
# country-code domains that are not used as such
GENERIC_TLDS = {"tv", "io", "co", "me", "ai", "fm", "ly", "cc", "ws", "to", "am", "eu", "int"}
# presidential offices named as a release's source
OFFICES = mapping("publishers", "offices")  # name -> ISO code (kg/reference/data/publishers.toml)
PUBLISHER_OFFICE = re.compile(r"\b(" + "|".join(map(re.escape, OFFICES)) + r")\b")
# sites of international organizations (un.org, europa.eu, nato.int, who.int)
ORGANIZATION_DOMAINS = (".int", "un.org", "europa.eu")
# the organization whose own site it is (reference data: an organization's address)
ORGANIZATION_SITES = mapping("publishers", "organization_sites")  # host -> organization key
# generic top-level domains kept by one state's government (whitehouse.gov, state.gov)
STATE_TLDS = {"gov": "US", "mil": "US"}
OFFICE_SOURCE = re.compile(
    r"\b(?:the\s+)?("
    + "|".join(map(re.escape, OFFICES))
    + r")(?:'s)?\s+(?:press\s+(?:service|office|secretary)|spokes(?:man|woman|person)|reports?)\b"
)
LEADER = r"(?:President|Head of State|Prime Minister|Chancellor|Foreign Minister|Minister)"
TITLE_DEMONYM = re.compile(r"^\s*([A-Z][\w'’-]+)\s+" + LEADER + r"\b")
TITLE_OF = re.compile(r"^\s*" + LEADER + r"\s+of\s+")


# publishers that are news media, not a government's press office: their datelines are not venues
NEWS_MEDIA = re.compile(
    r"(?i)\b(?:news|agency|agencies|times|press|post|daily|herald|gazette|tribune|journal|telegraph|"
    r"kazinform|qazinform|inform|tass|ria|interfax|xinhua|reuters|ukrinform|trend|akipress|kabar|nsn|today|"
    r"tengrinews|kursiv|khabar|zakon|belta|azertac|apa|kyodo|yonhap|bernama|antara|anadolu|sputnik|wam)\b"
)


def is_news_media(document: Document) -> bool:
    """Is the release a news agency's or newspaper's (by its publisher string)?"""
    return document.reader not in READER_COUNTRY and bool(NEWS_MEDIA.search(document.publisher or ""))


def _from_url(url: str | None, ref: Reference) -> str | None:
    host = urlparse(url or "").hostname or ""
    tld = host.rsplit(".", 1)[-1] if "." in host else ""
    if tld in STATE_TLDS:
        return STATE_TLDS[tld]
    if len(tld) != 2 or tld in GENERIC_TLDS:
        return None
    iso = "GB" if tld == "uk" else tld.upper()
    return iso if iso in ref.countries else None


def _from_title(title: str, ref: Reference) -> str | None:
    m = TITLE_DEMONYM.match(title)
    if m:
        return ref.country_of_demonym(m.group(1))
    m = TITLE_OF.match(title)
    if m:
        first = next((x for x in scan(title[m.end() :], ref) if x.kind == "country"), None)
        if first is not None and first.start == 0:
            return ref.iso_of(first.iri)
    return None


# what may stand before the person heading a title or sentence: a dateline, title words ("Head of
# State", "Kazakh President", "President of the Republic of Kazakhstan") and "Today,"
HEAD = re.compile(
    r"^(?:[A-Z][\w.-]*(?:,\s+\w+\s+\d{1,2})?(?:\.\s+[A-Z]+)?\s*[-–—]+\s*)?(?:(?:Today|Yesterday),?\s+)?"
    r"(?:(?:[A-Z][\w'’.-]*|of|the)\s+){0,8}$"
)


def _state_of(iri: str, on: date, ref: Reference) -> str | None:
    """The state in which a person holds an office on `on`."""
    return next((iso for t in ref.posts_of(iri, on) if (iso := ref.iso_of(ref.post_role(t)[1]))), None)


def _principal(document: Document, ref: Reference) -> str | None:
    """The state whose office the person heading the title (else the first sentence) holds that day,
    when no other state is named there (by a person's office, or by name in the title): not one
    leader's visit to another's country ("Italian PM to visit Kazakhstan"), nor two states' talks
    ("France, Kazakhstan forge stronger ties …")."""
    title, first = document.title, document.text.lstrip()[:300]
    found = [(text, m) for text in (title, first) for m in scan(text, ref)]
    # two or more officials, all of one state ("Erdogan receives Foreign Minister Fidan after Syria
    # visit"): a report of that state's own affairs, whatever country the title names
    officials = {m.iri for _, m in found if m.kind == "person"}
    if len(officials) > 1:
        theirs = {_state_of(iri, document.date, ref) for iri in officials}
        if len(theirs) == 1 and None not in theirs:
            return theirs.pop()
    states = {
        _state_of(m.iri, document.date, ref)
        if m.kind == "person"
        else ref.iso_of(m.iri)
        if t is title
        else None
        for t, m in found
    }
    states -= {None}
    if len(states) != 1:
        return None
    head = next(((t, m) for t, m in found if m.kind == "person"), None)
    return states.pop() if head is not None and HEAD.match(head[0][: head[1].start]) else None


def _seat_country(iri: str, ref: Reference) -> str | None:
    """The country of a seat of government (a site within a city: "10 Downing Street", the Kremlin)."""
    up = ref.places_in.get(iri, "")
    if up not in ref.entities or ref.entities[up].kind != "place":  # a city or a country, not a seat
        return None
    return ref.country_of_place(up)


def _seat_or_office(publisher: str, found: list[Mention], ref: Reference) -> str | None:
    """The state of the seat of government or office a publisher string names ("Prime Minister's
    Office, 10 Downing Street", "Élysée", "Planalto")."""
    state = next((iso for m in found if m.kind == "place" and (iso := _seat_country(m.iri, ref))), None)
    if state is None:
        office = PUBLISHER_OFFICE.search(publisher)
        state = OFFICES[office.group(1)] if office else None
    return state


def home_body(document: Document, ref: Reference) -> str | None:
    """IRI of the international organization whose own release it is ("NATO", "United Nations
    Secretary-General", a page on nato.int or ec.europa.eu), None for any other publisher."""
    if document.publisher:
        found = scan(document.publisher, ref)
        if any(m.kind == "country" for m in found):
            return None
        body = next((m.iri for m in found if m.kind == "organization"), None)
        if body is not None:
            return body
    host = urlparse(document.url or "").hostname or ""
    site = next((v for k, v in ORGANIZATION_SITES.items() if host == k or host.endswith("." + k)), None)
    iri = str(DMR[f"organization/{site}"]) if site else None
    return iri if iri in ref.entities else None


def home_country(document: Document, ref: Reference) -> str | None:
    """ISO code of the publishing government (None when the release does not tell)."""
    found = scan(document.publisher, ref) if document.publisher else []
    named = next((ref.iso_of(m.iri) for m in found if m.kind == "country"), None)  # "Kremlin of Russia"
    if named is not None:
        return named
    if document.reader in READER_COUNTRY:
        return READER_COUNTRY[document.reader]
    if document.publisher:
        state = _seat_or_office(document.publisher, found, ref)
        if state is not None:
            return state
        if any(m.kind == "organization" for m in found):  # "NATO", "United Nations Secretary-General"
            return None
    host = urlparse(document.url or "").hostname or ""
    if host.endswith(ORGANIZATION_DOMAINS):  # an international organization's site: no state's
        return None
    office = OFFICE_SOURCE.search(document.text[:3000])
    return (
        _from_url(document.url, ref)
        or (OFFICES[office.group(1)] if office else None)
        or _from_title(document.title, ref)
        or _principal(document, ref)
        or _named_bare(document, ref)
    )


# a leader's title right before the name, and the word before it ("Turkish President …", "– President …")
_TITLE_BEFORE = re.compile(
    r"(?:^|(?<=[\s(,]))(?:(?P<word>[A-Z][\w.'’-]*)\s+)?(?:President|Prime\s+Minister|Head\s+of\s+State|"
    r"Chancellor|Premier)\s+$"
)
_OF_STATE_AFTER = re.compile(r",?\s+(?:the\s+)?(?:President|Prime\s+Minister|Head)?\s*of\s+(?:the\s+)?[A-Z]")


def _named_bare(document: Document, ref: Reference) -> str | None:
    """The state of the leader a release names by a bare title ("… talks with President Kassym-Jomart
    Tokayev") while it names another state's leader by his state ("Turkish President Recep Tayyip
    Erdogan will pay an official visit to Kazakhstan …"): a news agency names its own leader so."""
    text = document.text[:400]
    bare: set[str | None] = set()
    qualified: set[str | None] = set()
    for m in scan(text, ref):
        if m.kind != "person":
            continue
        title = _TITLE_BEFORE.search(text, max(0, m.start - 40), m.start)
        if title is None:
            continue
        state = _state_of(m.iri, document.date, ref)
        word = title.group("word")
        if (word and ref.country_of_demonym(word)) or _OF_STATE_AFTER.match(text, m.end):
            qualified.add(state)
        else:
            bare.add(state)
    if len(bare) != 1 or None in bare or not qualified - bare - {None}:
        return None
    return bare.pop()
