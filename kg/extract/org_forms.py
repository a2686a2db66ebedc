"""International organizations the reference data does not know, recognized by the form of their name.

A participant's title often names the body he or she heads ("President of the International Chess
Federation (FIDE) X", "Director General of the Islamic Organization for Food Security Y", "ILDA Executive
Director Z" where the text introduced "the International Lowland Development Agency (ILDA)"). The name
says the body is international when it joins an international or regional qualifier (International,
World, Islamic, Black Sea, ...) to the head noun of a body (Organization, Agency, Bank, Fund,
Federation, ...), names no single state, and is no company, business association or party. Such a body
takes part as an organization (eval/CONVENTIONS.md 5, 8: sports and humanitarian federations too); it is
minted with its name as label and the acronym the text gives it as alias.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import scan
from kg.model import Entity
from kg.reference import Reference
from kg.reference.tables import fold

# the head noun of a body's name (its last word, or the word before "of"/"for")
BODY_HEAD = (
    r"Organi[sz]ation|Agency|Bank|Fund|Federation|Union|Council|Commission|Community|Secretariat|Forum|"
    r"Association|Court|Tribunal|Programme|Alliance|Assembly|Conference|Centres?|Facility|Authority"
)
# the qualifier that makes a body international or regional, not a state's own
QUALIFIER = re.compile(
    r"\b(?:International|World|Global|Intergovernmental|Inter-?[Pp]arliamentary|Multilateral|United\s+Nations|UN|"
    r"Islamic|Arab|Africa|African|Asian|Eurasian|European|Latin\s+American|Ibero-American|Inter-American|Caribbean|"
    r"Pacific|Nordic|Baltic|Black\s+Sea|Central\s+Asian|Turkic|Mediterranean|Southeast\s+Asian|Commonwealth|"
    r"Regional)\b"
)
BODY_NAME = re.compile(
    rf"^(?:[A-Z][\w'’&.-]*\s+(?:and\s+)?){{0,6}}?(?:{BODY_HEAD})\b(?:\s+(?:of|for|on)\s+"
    rf"(?:the\s+)?[A-Z][\w'’&.-]*(?:\s+(?:(?:and|of|the|for|in)\s+)*[A-Z][\w'’&.-]*)*)?"
)
# not a body of states: a company, a business or civic association, a party, a foundation
NOT_INTERGOVERNMENTAL = re.compile(
    r"\b(?:Business|Chamber|Industr\w*|Employers|Companies|Company|Corporation|Group|Holding|Party|Foundation|"
    r"Jewish|Christian|Catholic|Orthodox|Students?|Youth|Journalists|Veterans|Sovereign|Investment\s+Authority|"
    r"Republican|Democratic|Institute|University|Academy|School|Museum|Football\s+Club|Club)\b"
)
ACRONYM_AFTER = re.compile(r"\s*\((?P<acr>[A-Z][A-Za-z&.-]{1,9})\)")
_OF_THE = re.compile(r"^.*?\b(?:of|to)\s+(?:the\s+)?(?=[A-Z])")
_CAPITALIZED = re.compile(r"[A-Z][\w'’&.-]*")
_JOINERS = frozenset({"of", "for", "and", "the", "on", "in"})


def international_name(ref: Reference, name: str) -> str | None:
    """The international body's name at the start of `name` (trimmed to the body), or None when the
    name does not say it is one: no qualifier, a single state named, or a company's or party's name."""
    m = BODY_NAME.match(name.strip())
    if m is None:
        return None
    body = re.sub(r"(?:\s+(?:of|the|for|and|in|on))+$", "", m.group()).strip(" ,.;:")
    tail = re.match(r"\s*[A-Z][\w'’&.-]*", name.strip()[m.end() :])  # "… Forum Group": a company
    if not QUALIFIER.search(body) or NOT_INTERGOVERNMENTAL.search(body + (tail.group() if tail else "")):
        return None
    states = {ref.iso_of(x.iri) for x in scan(body, ref) if x.kind == "country"}
    states |= {ref.country_of_demonym(w) for w in re.findall(r"\b[A-Z][a-z]+\b", body)} - {None}
    if len(states) == 1:
        return None  # "International Development Agency of Lowlandia": a state's own
    return body


def introduced_acronyms(ref: Reference, text: str) -> dict[str, str]:
    """Acronym -> international body's name, for each "the <body> (<ACRONYM>)" of the text."""
    out: dict[str, str] = {}
    for a in ACRONYM_AFTER.finditer(text):
        run = re.sub(r"^(?:The|the)\s+", "", _capitalized_run(text[max(0, a.start() - 160) : a.start()]))
        if not run:
            continue
        for start in [0, *(w.end() for w in re.finditer(r"\s+", run))]:  # the longest body name
            body = international_name(ref, run[start:])
            if body is not None and body == run[start:].strip(" ,.;:"):
                out.setdefault(a.group("acr"), body)
                break
    return out


def _capitalized_run(before: str) -> str:
    """The capitalized words (with of/for/and/the/on/in between) that end `before`: "International
    Lowland Development Agency" of "... the International Lowland Development Agency". Read word by
    word from the end (a regular expression for it backtracks exponentially on long capitalized text)."""
    words = before.split()
    start = len(words)
    for i in range(len(words) - 1, -1, -1):
        if _CAPITALIZED.fullmatch(words[i]):
            start = i
        elif words[i] not in _JOINERS:
            break
    return " ".join(words[start:])


def title_body(ref: Reference, title: str, body: str | None, acronyms: dict[str, str]) -> str | None:
    """The international body a person's title (or the body his title names) heads or serves, when the
    reference data does not know it: "President of the International Chess Federation", "ILDA Executive
    Director" (ILDA introduced by the text)."""
    names = [body, _OF_THE.sub("", title) if _OF_THE.match(title) else None]
    found = [international_name(ref, n) for n in names if n]
    found += [acronyms[w] for w in re.findall(r"\b[A-Z][A-Za-z&.-]{1,9}\b", title) if w in acronyms]
    for name in found:
        if name is not None and not any(x.start == 0 for x in scan(name, ref) if x.kind == "organization"):
            return name
    return None


def minted(name: str, acronyms: dict[str, str]) -> Entity:
    """The organization entity of an international body the reference data does not know."""
    aliases = [a for a, body in acronyms.items() if body == name]
    return Entity("organization", fold(name), name, aliases)
