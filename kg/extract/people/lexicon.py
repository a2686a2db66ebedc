"""The words of people's names and titles: name patterns, stop words, portfolio and body nouns, and
the `Person` and `PersonMention` records the finder (kg.extract.people) fills.

A release names people three ways, merged into one `Person` per individual: reference people found
by the gazetteer; titled names not in the reference data ("<Title> of <Country> <Name>", "<Name>,
<Title> of <Org>"); role nouns resolved through office data at the meeting date ("the Head of State").
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field

from kg.extract.patterns import at_words
from kg.extract.titles import TITLE_ROLES
from kg.reference import lists
from kg.reference.tables import Reference, fold

# `fold` of a name or a word (short strings, folded again and again as people are compared)
fold_name = functools.lru_cache(maxsize=65536)(fold)

UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
_NAME_WORD = rf"(?:[{UP}]\.(?:\s?[{UP}]\.)?|[{UP}]\w*(?:['’](?!s\b)\w+)*(?:-\w+(?:['’](?!s\b)\w+)*)*)"
PARTICLE = r"(?:bin|ibn|bint|al|el|Al|El|von|der|van|de|da|du|di|dos|das|la|le|ul|Abu)"
NAME = re.compile(
    rf"{_NAME_WORD}(?:[ \t]+(?:{PARTICLE}[ \t]+|{PARTICLE}-)*{_NAME_WORD}){{0,5}}(?:,?[ \t]+(?:Jr|Sr)\.?|[ \t]+(?:II|III|IV)\b)?"  # noqa: E501
)
PARTICLE_RE = rf"\s{PARTICLE}\s"
PATRONYMIC = re.compile(r"\s+(?:bin|ibn|bint|al|Al|el|El)\b")  # after a given name, never after a title
OF = re.compile(r"\s*(?:of|for|to)\s+(?:[Tt]he\s+)?")
PREP = re.compile(r"\s*(?:of|for|to|in)\s+(?:the\s+)?")
POSSESSIVE = re.compile(r"['’]s\s*$")
# words that start capitalized sequences but are not names (kg/reference/data/people_words.toml)
STOP_WORDS = frozenset(fold(w) for w in lists.words("people_words", "stop_words"))
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# words that end the name of a portfolio or body ("Minister of Ecological Transition", "Assistant Secretary
# for Western Hemisphere Affairs", "Italian Episcopal Conference"): never a person's name on their own
PORTFOLIO_WORDS = frozenset(fold(w) for w in lists.words("people_words", "portfolio_words"))
# nouns that end the name of a body ("East Hope Group"), after which a person's name may follow
BODY_NOUNS = frozenset(lists.words("people_words", "body_nouns"))
BODY_AFTER = re.compile(rf"[ \t]+(?:[{UP}][\w'’&.-]*[ \t]+){{0,2}}?(?:{'|'.join(sorted(BODY_NOUNS))})\b")
TITLE_WORDS = frozenset(
    "president prime minister chancellor king queen emir secretary director chairman".split()
)
# words before a title that make it name the office, not its holder at the date
OFFICE_ITSELF = re.compile(
    r"(?i)\b(?:for|as|post of|office of|elect(?:ed|ion)(?: (?:as|of|for))?|became|become|candidate(?: for)?|"
    r"(?:former|first|ex-?)|served as|inaugurat\w+ as|sworn in as)\s+(?:the\s+)?$"
)
# words before a state that make it an envoy's brief or an ambassador's host, not the state he is of
# ("Special Envoy for Yemen", "Ambassador to Kazakhstan", "Deputy Chief of Mission in Mexico")
BRIEF = re.compile(r"\b(?:for|to|in)[ \t]+(?:the[ \t]+)?$")


def a_brief(text: str, start: int) -> bool:
    """Is the state named at `start` an envoy's brief or an ambassador's host (after "for", "to",
    "in")?"""
    return BRIEF.search(text, max(0, start - 12), start) is not None


# a former office named before a title ("Former World Health Organization Director-General X")
FORMER_BODY = re.compile(r"\b(?:[Ff]ormer|ex-)\s+(?:(?:[A-Z][\w'’.&-]*|of|the|for)\s+){1,6}$")
# a staff title ending in "to/of the": the role noun after it is someone else's title, not a mention
_STAFF = (
    r"advis[eo]rs?|assistants?|aides?|counsel(?:l)?ors?|chiefs? of staff|spokes\w+|envoys?|representatives?"
)
STAFF_OF = re.compile(
    rf"(?i)\b(?:{_STAFF}|office|cabinet|sherpas?|administration|chancellery|secretariat|bureau|apparatus|residence|"
    r"press service|secretary|deputy|staff|delegation)\s+(?:to|of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]+\s+)?$"
)
# … and before a name: "Kestutis Budrys, Chief National Security Advisor, to President Gitanas Nauseda"
STAFF_TO = re.compile(
    rf"(?i)\b(?:{_STAFF}|secretar(?:y|ies)),?\s+to\s+(?:the\s+)?(?:(?-i:[A-Z])[\w'’.-]+\s+){{0,4}}$"
)
# "Luigi Mattiolo, Diplomatic Advisor to the Italian Prime Minister", "X, Foreign Affairs and Defense
# Advisor to the Prime Minister of Y": a name followed by its title
_TITLE_SET_OFF = (
    r",[ \t]+(?:the[ \t]+)?(?:(?:incoming|acting|new)[ \t]+)?"
    r"((?:[A-Z][a-z]+[ \t-]+(?:(?:and|&)[ \t]+)?){0,3}(?:Advis[eo]r|Minister|Ambassador|"
    r"Envoy|Secretary|Director|Chief of Staff|Spokes\w+|Representative|Counsellor|Counselor)"
    r"(?:[ \t]+of[ \t]+State)?)[ \t]+(of|to|for|at)[ \t]+(?:the[ \t]+)?"
)
APPOSITIVE = re.compile(rf"({NAME.pattern}){_TITLE_SET_OFF}")
# what every APPOSITIVE holds after the name: a text without it has none (a search ten times faster,
# as it is tried at commas only)
APPOSITIVE_SCREEN = re.compile(_TITLE_SET_OFF)
# "met with democratic opposition leader <Name> of Belarus", "spoke with <Name> of the Omani Royal
# Office": a counterpart named after "with", followed by the state or its demonym
COUNTERPART_OF = at_words(
    ["with"], rf"[ \t]+(?:(?:the|a|an|[a-z][\w-]*)[ \t]+){{0,4}}({NAME.pattern})[ \t]+of[ \t]+(?:the[ \t]+)?"
)
# "held a meeting with governor of Russia’s Novgorod oblast Andrey Nikitin": a title written in lower
# case after "with" or "received", the body or place it heads, and the name that ends the phrase
LOWER_TITLED = at_words(
    ["with", "received", "receives"],
    rf"[ \t]+(?:the[ \t]+)?(governor|mayor|head|director|chairman|chairwoman|"
    rf"ambassador|minister|ceo|chief executive(?: officer)?)[ \t]+of[ \t]+([^,.;:()\n]{{3,100}}?)"
    rf"[ \t]+((?:[{UP}][\w'’-]+[ \t]+){{1,2}}[{UP}][\w'’-]+)(?=[ \t]*(?:[,.;:()\n]|$|and\b|who\b|to\b))",
)
# "President X of Y, Chair of the African Union", "the OSCE Chairman-in-Office, Minister … Rau": a
# chair of an organization set off next to a person's name
CHAIR = at_words(["Chair", "Chairman", "Chairperson", "Chairwoman"], r"(?:-in-Office)?\b")
CHAIR_GAP = 90  # characters between the person's name and the chair phrase
JOINED_TITLE = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:[A-Z][\w-]*\s+){1,4}and\s+$")
# the capitalized name of a body just before a title ("Sberbank CEO", "Black Sea Trade Bank President")
BODY_BEFORE = re.compile(
    rf"(?<![\w'’.-])((?:[{UP}][\w'’&.-]*[ \t]+(?:(?:of|for|the|and|&)[ \t]+)*){{0,4}}[{UP}][\w'’&.-]*)[ \t]+$"
)
# a body named partly in lower case, from a capitalized word to its noun, a name after it ("the Donetsk
# regional state administration Pavlo K.")
LOWER_BODY = re.compile(
    rf"(?:[{UP}][\w'’-]*[ \t]+){{1,3}}(?:[a-z]+[ \t]+){{0,3}}"
    rf"(?:{'|'.join(lists.words('people_words', 'lower_body_nouns'))})(?=[ \t]+[{UP}][\w'’-]+[ \t]+[{UP}])"
)
BODY_RUN = re.compile(rf"(?:[{UP}][\w'’&.-]*|of|the|for)(?:[ \t]+(?:[{UP}][\w'’&.-]*|of|the|for|in))*")
# … with "and" between its words, when a comma sets the name off after it ("Director-General for
# Neighborhood and Enlargement Negotiations, Gert Jan Koopman")
BODY_RUN_AND = re.compile(
    rf"(?:[{UP}][\w'’&.-]*|of|the|for)(?:[ \t]+(?:[{UP}][\w'’&.-]*|of|the|for|in|and))*"
)


@dataclass
class Person:
    """One individual named in a release (reference person or not)."""

    key: str
    label: str
    alt_labels: set[str] = field(default_factory=set)
    iri: str | None = None
    country: str | None = None  # ISO code
    org: str | None = None  # IRI of the organization he/she represents
    title: str | None = None
    role: str | None = None
    post: str | None = None  # post IRI or label
    family: str | None = None  # the surname the reference data gives (family name first: "Xi")
    body: str | None = None  # the name of a body not in the reference data that his/her title names
    for_org: bool = False  # takes part as an official of `org` ("EU Commissioner X"), not for his state
    seated: bool = False  # filled in as a group seat's holder from the group's name alone ("G7 leaders")

    @property
    def surname(self) -> str:
        if self.family:
            return self.family
        toks = [t for t in self.label.replace(",", " ").split() if fold_name(t).strip(".") not in SUFFIXES]
        return toks[-1] if toks else self.label


@dataclass(frozen=True)
class PersonMention:
    key: str
    start: int
    end: int
    by_role: bool = False  # a role noun resolved through office data ("the President of Kazakhstan")


INVISIBLE = re.compile("[\u00ad\u200b-\u200f\u2060\ufeff]")  # soft hyphens, zero-width marks


def clean_name(name: str) -> str:
    """A name as a label: single spaces, no invisible marks, no punctuation around it ("Aibek Dadebay,")."""
    return " ".join(INVISIBLE.sub("", name.replace("\u2019", "'")).split()).strip(" ,;:")


@functools.lru_cache(maxsize=65536)
def name_key(name: str) -> str:
    """Key of an unknown person: the folded full name without honorifics."""
    toks = [
        t
        for t in re.split(r"[\s]+", fold_name(clean_name(name)))
        if t.strip(".") not in {"dr", "mr", "ms", "mrs", "sheikh"}
    ]
    return " ".join(toks)


def same_name(toks: list[str], q: Person) -> bool:
    """A written name that is a reference person's with a middle name more or less ("Jair Messias
    Bolsonaro", "Nguyen Phuc" for Nguyen Xuan Phuc): same first and last word, one inside the other."""
    if len(toks) < 2:
        return False
    for label in (q.label, *q.alt_labels):
        other = name_key(label).replace("-", " ").split()
        if (
            len(other) >= 2
            and (toks[0], toks[-1]) == (other[0], other[-1])
            and (set(toks) <= set(other) or set(other) <= set(toks))
        ):
            return True
    return False


def cue_words(ref: Reference) -> frozenset[str]:
    """Single words of the topic cues (health, energy, trade ...): never a person's name."""
    return ref.derived(
        "topic cue words",
        lambda r: frozenset(c[0] for cues in r.topic_cues.values() for c in cues if len(c) == 1),
    )


# nouns of bodies and places the other lists may lack
_MORE_BODY = lists.words("people_words", "more_body_nouns")
# word endings of nouns of offices and bodies, never of a name ("Enlargement", "Initiatives", "Sciences")
TITLE_ENDINGS = re.compile(r"(?:tions?|sions?|ments?|ities|ity|ics|ships?|isms?|atives?|ences|ances)$")


def title_word(word: str, vocab: frozenset[str]) -> bool:
    """A word of titles or bodies: in the vocabulary, with such an ending, an acronym ("MP", "CEO") or
    a hyphenated title ("Editor-in-Chief")."""
    return (
        fold(word) in vocab
        or (len(word) > 4 and word.endswith("s") and fold(word[:-1]) in vocab)  # "Parks", "Roles"
        or bool(TITLE_ENDINGS.search(word))
        or (len(word) >= 2 and word.isalpha() and word.isupper())
        or bool(re.search(r"-(?:in|of|at)-", word))
        or bool(re.search(r"['’](?:m|re|ve|ll|d|t)$", word))  # "I'm Wade Crowfoot"
    )


def given_names(ref: Reference) -> frozenset[str]:
    """Folded first words of the reference people's names."""
    return ref.derived(
        "given names",
        lambda r: frozenset(
            fold(e.label.split()[0]) for e in r.entities.values() if e.kind == "person" and e.label
        ),
    )


def name_start(ref: Reference, words: list[str], complete: bool = False) -> int:
    """Where the name starts in '<portfolio words> <name>' (at least its last two words): before a
    middle initial ("Brian A. Nichols") and a known given name ("Ana Maria Lopez"); after a
    `complete` title (one of an office role), at the first word that is no title word."""
    k = len(words) - 2
    if complete and not title_word(words[0], title_vocabulary(ref)):
        return 0  # "Minister of Defence Bjørn Arild Gram": a whole title, the name after it
    if k > 0 and re.fullmatch(r"[A-Z]\.", words[k]):
        k -= 1
    if k > 0 and fold(words[k - 1]) in given_names(ref):
        k -= 1
    elif three_part_name(ref, words, k):
        k -= 1  # "Director-General for Enlargement Gert Jan Koopman": the portfolio ends before "Gert"
    return k


def three_part_name(ref: Reference, words: list[str], k: int) -> bool:
    """Is the word before `words[k:]` (the last two of '<portfolio words> <name>') a third word of
    the name: a capitalized word and no title word, after a portfolio's last word (where it ends)?"""
    return (
        k > 1
        and re.fullmatch(r"[A-Z][a-z]+", words[k - 1]) is not None
        and fold(words[k - 1]) not in title_vocabulary(ref)
        and fold(words[k - 2]) in PORTFOLIO_WORDS
    )


def title_vocabulary(ref: Reference) -> frozenset[str]:
    """Folded capitalized words of titles and bodies, never the first word of a person's name."""
    return ref.derived("title vocabulary", _title_vocabulary)


def _title_vocabulary(ref: Reference) -> frozenset[str]:
    words = set(STOP_WORDS) | set(PORTFOLIO_WORDS) | set(cue_words(ref))
    words |= {fold(w) for w in BODY_NOUNS} | {fold(w) for w in _MORE_BODY}
    words |= {fold(w) for t in TITLE_ROLES for w in t.split()}
    for e in ref.entities.values():
        if e.kind in ("organization", "framework", "country", "place", "event"):
            for label in (e.label, *e.alt_labels):
                words |= {fold(w) for w in re.findall(r"[A-Z][\w'’-]*", label)}
    for p in ref.posts.values():
        words |= {fold(w) for w in re.findall(r"[A-Z][\w'’-]*", p.label)}
    words |= {fold(d) for d in ref.demonyms}
    return frozenset(words - given_names(ref))


# a function word glued to the end of a name ("BidenAnd", "GreeceBefore")
GLUED_WORD = re.compile(r"(?<=[a-z]{2})(?:And|Before|After|With|During)$")


def trim_name(name: str) -> str:
    """Cut a name before the first title or function word it swallowed ('Khurelsukh President'), a
    repeated word or a glued caption."""
    words = name.split()
    for i, w in enumerate(words):
        glued = GLUED_WORD.search(w)
        if glued:  # "President BidenAnd Prime Minister …": a space lost before the next word
            return " ".join([*words[:i], w[: glued.start()]])
    for i, w in enumerate(words[1:], start=1):
        if fold(w.strip(",.")) in STOP_WORDS and fold(w.strip(",.")) not in SUFFIXES:
            return " ".join(words[:i]).rstrip(",")
        if w == words[i - 1] or re.search(r"[a-z][A-Z]{2,}", w):
            # a transcript's speaker caption glued to the name ("Kirill Dmitriev Dmitriev KirillCEO")
            return " ".join(words[:i]).rstrip(",")
    return name
