"""The publisher's country, decided once per release from the release itself, for any source.

In order: a state the publisher string names ("Kremlin of Russia"); the reader of a government's
own site (`READER_COUNTRY`); the country-code domain of the release's address (inform.kz, en.kremlin.ru);
a presidential office the text names as its source ("the Akorda press service"); the state of the
leader the title is about ("Kazakh President takes part …", "President of Kazakhstan …"). A news
agency's releases thereby get their government's country, so a president receiving his own
governors, mayors or athletes is a domestic audience and not a diplomatic meeting.
"""

from __future__ import annotations

import re
from urllib.parse import urlparse

from kg.extract.gazetteer import scan
from kg.model import Document
from kg.reference import Reference

# Publisher's country by reader, when the publisher string names none (extend for new sources).
READER_COUNTRY = {"akorda": "KZ", "whitehouse": "US", "kremlin-csv": "RU", "ukraine-csv": "UA"}
# country-code domains that are not used as such
GENERIC_TLDS = {"tv", "io", "co", "me", "ai", "fm", "ly", "cc", "ws", "to", "am", "eu", "int"}
# presidential offices named as a release's source
OFFICES = {
    "Akorda": "KZ",
    "Ak Orda": "KZ",
    "Kremlin": "RU",
    "White House": "US",
    "Élysée": "FR",
    "Elysee": "FR",
    "Downing Street": "GB",
    "Office of the President of Ukraine": "UA",
}
OFFICE_SOURCE = re.compile(
    r"\b(?:the\s+)?("
    + "|".join(map(re.escape, OFFICES))
    + r")(?:'s)?\s+(?:press\s+(?:service|office)|reports?)\b"
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


def home_country(document: Document, ref: Reference) -> str | None:
    """ISO code of the publishing government (None when the release does not tell)."""
    if document.publisher:
        for m in scan(document.publisher, ref):
            if m.kind == "country":
                return ref.iso_of(m.iri)
    if document.reader in READER_COUNTRY:
        return READER_COUNTRY[document.reader]
    office = OFFICE_SOURCE.search(document.text[:3000])
    return (
        _from_url(document.url, ref)
        or (OFFICES[office.group(1)] if office else None)
        or _from_title(document.title, ref)
    )
