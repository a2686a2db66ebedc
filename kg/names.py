"""Names as they are compared: folding, look-alike letters, tokens, surnames and initials.

One place for the rules that decide whether two spellings are one name: accents and case are
ignored, letters of other scripts that look like Latin ones are read as Latin ("Niinistӧ" with a
Cyrillic "ӧ", "Tayyıp" with a dotless "ı"), honorifics and suffixes are dropped, and a person's
name splits into given names and a surname.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Letters of other scripts that stand for Latin ones in names typed by hand or by machines:
# Cyrillic and Greek look-alikes, the Turkish dotless i, ligatures and typographic apostrophes.
LOOKALIKES = str.maketrans(  # fmt: skip
    {
        "ı": "i",
        "İ": "I",
        "а": "a",
        "е": "e",
        "ё": "ë",
        "і": "i",
        "ї": "ï",
        "ј": "j",
        "о": "o",
        "ӧ": "ö",
        "р": "p",
        "с": "c",
        "у": "y",
        "х": "x",
        "ѕ": "s",
        "А": "A",
        "В": "B",
        "Е": "E",
        "І": "I",
        "Ј": "J",
        "К": "K",
        "М": "M",
        "Н": "H",
        "О": "O",
        "Ӧ": "Ö",
        "Р": "P",
        "С": "C",
        "Т": "T",
        "Х": "X",
        "Ѕ": "S",
        "ο": "o",
        "Ο": "O",
        "Α": "A",
        "Ε": "E",
        "Ι": "I",
        "Κ": "K",
        "Ν": "N",
        "Ρ": "P",
        "Τ": "T",
        "Χ": "X",
        "’": "'",
        "‘": "'",
        "ʼ": "'",
    }
)
SPELLINGS = (("organis", "organiz"), ("defence", "defense"), ("centre", "center"))
HONORIFICS = frozenset(
    "mr mrs ms miss dr prof sir dame lord lady h.e his her excellency majesty highness sheikh "
    "president prime minister secretary general chancellor king queen prince princess emir "
    "senator governor ambassador vice deputy foreign mme mister madam".split()
)
# short forms of English given names that do not start like the name ("Liz" for "Elizabeth")
NICKNAMES = {
    "liz": "elizabeth",
    "beth": "elizabeth",
    "betsy": "elizabeth",
    "bill": "william",
    "will": "william",
    "bob": "robert",
    "rob": "robert",
    "dick": "richard",
    "rick": "richard",
    "jim": "james",
    "jake": "jacob",
    "joe": "joseph",
    "tony": "anthony",
    "ted": "edward",
    "ned": "edward",
    "peggy": "margaret",
    "maggie": "margaret",
    "sasha": "alexander",
    "kate": "katherine",
    "chuck": "charles",
    "hank": "henry",
    "jack": "john",
    "nick": "nicholas",
    "sandy": "alexander",
    "ben": "benjamin",
    "benny": "benjamin",
}
# given names as Spanish, Portuguese, French, Italian or German write them, in their English form
# ("Juan Briceño" and "John Briceño" are one person when their states agree)
COGNATES = {
    "juan": "john",
    "joao": "john",
    "jean": "john",
    "giovanni": "john",
    "johann": "john",
    "jose": "joseph",
    "giuseppe": "joseph",
    "jorge": "george",
    "georges": "george",
    "pedro": "peter",
    "pierre": "peter",
    "pablo": "paul",
    "miguel": "michael",
    "guillermo": "william",
    "enrique": "henry",
    "henri": "henry",
    "felipe": "philip",
    "philippe": "philip",
}
SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
_TOKEN = re.compile(r"[^\W_]+")
_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def has_lookalikes(text: str) -> bool:
    """Does the text mix in letters of another script that stand for Latin ones?"""
    latin = any("a" <= c.lower() <= "z" for c in text)
    return latin and text.translate(LOOKALIKES) != text.replace("’", "'").replace("‘", "'")


def delatinize(text: str) -> str:
    """Look-alike letters of other scripts replaced by their Latin twins (accents kept)."""
    return text.translate(LOOKALIKES)


def normalize(text: str) -> str:
    """Lower case, no accents, punctuation as spaces, single spaces: how names are matched by
    `kg.resolve` and scored by `kg.eval` (as the shared scorer tools/score.py does). Unlike `fold`,
    it keeps other scripts' look-alike letters as they are."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c))
    s = s.lower().replace("\u2019", "'")
    s = re.sub(r"[^a-z0-9' ]+", " ", s)
    return " ".join(s.split())


def fold(text: str) -> str:
    """Accent-free lower case, look-alikes read as Latin, one spelling: the form names are compared in."""
    return _fold_word(text) if len(text) <= _WORD_CHARS else _fold(text)


_WORD_CHARS = 40  # a word or short name: kept once folded (the extractor folds the same few again and again)


@functools.lru_cache(maxsize=65536)
def _fold_word(text: str) -> str:
    return _fold(text)


def _fold(text: str) -> str:
    s = unicodedata.normalize("NFKD", delatinize(text))
    low = "".join(c for c in s if not unicodedata.combining(c)).lower()
    for british, american in SPELLINGS:
        low = low.replace(british, american)
    return low


def tokens(text: str) -> tuple[str, ...]:
    """The folded word tokens: 'Kassym-Jomart Tokayev' -> ('kassym', 'jomart', 'tokayev')."""
    return tuple(_TOKEN.findall(fold(text)))


def person_parts(name: str) -> tuple[tuple[str, ...], str]:
    """(given names, surname) of a person's name, folded, without honorifics, suffixes or commas:
    'Joseph R. Biden, Jr.' -> (('joseph', 'r'), 'biden'); 'J. Biden' -> (('j',), 'biden');
    'Gantz' -> ((), 'gantz')."""
    words = [w.strip(".'’-") for w in re.split(r"[\s,]+", fold(name)) if w.strip(".'’-")]
    words = [w for w in words if w not in SUFFIXES]
    while len(words) > 1 and words[0] in HONORIFICS:
        words = words[1:]
    if not words:
        return (), ""
    given = tuple(p for w in words[:-1] for p in re.split(r"[-.]", w) if p)
    return given, words[-1]


def surname(name: str) -> str:
    """The folded surname of a full name of two words or more, else ''."""
    given, last = person_parts(name)
    return last if given and len(last) >= 3 else ""


def given_names_agree(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Do two lists of given names name the same person? Initials match names that start with them
    ('j' ~ 'joseph'); a missing middle name is no conflict ('joseph' ~ 'joseph r'); a first name one
    letter off in a long name is a spelling ('anthony' ~ 'antony'); a short form is the name
    ('phil' ~ 'philip', 'liz' ~ 'elizabeth'); two transliterations are one ('yuriy' ~ 'yury'); a name
    in another language's form is the English one ('juan' ~ 'john'); a compound given name may drop its
    first part ('icela' ~ 'rosa icela'; not in patronymic names, where a later name is the father's)."""
    if not a or not b:
        return True
    if _drops_first_part(a, b) or _drops_first_part(b, a):
        return True
    first_a, first_b = (english_given(x[0]) for x in (a, b))
    if len(first_a) == 1 or len(first_b) == 1:
        return first_a[0] == first_b[0]
    if first_a == first_b or (min(len(first_a), len(first_b)) >= 5 and one_edit(first_a, first_b)):
        return True
    short, long = sorted((first_a, first_b), key=len)
    return len(short) >= 3 and long.startswith(short)  # "Phil" ~ "Philip", "Alex" ~ "Alexander"


def english_given(name: str) -> str:
    """A given name's English form: of a short form ('liz') or of another language's ('juan'), as
    one transliteration writes it ('valerii' -> 'valery')."""
    return _transliterated(_english(name))


def _english(name: str) -> str:
    """A given name's English form: of a short form ('liz') or of another language's ('juan')."""
    name = NICKNAMES.get(name, name)
    return COGNATES.get(fold(name), name)


def _drops_first_part(short: tuple[str, ...], long: tuple[str, ...]) -> bool:
    """Is `short` one given name that is the second of two in `long` ('icela' of 'rosa icela')?"""
    return (
        len(short) == 1
        and len(long) == 2
        and len(short[0]) >= 3
        and short[0] == long[1]
        and not any(w in ("bin", "bint", "ibn") or _family_word(w) for w in long)
    )


def _family_word(word: str) -> bool:
    return word in ("al", "el") or word.startswith(("al-", "el-"))


def _transliterated(name: str) -> str:
    """A Slavic name ending in -iy, -ii, -yi or -yy as the other transliteration writes it ('yuriy' ~
    'yury', 'valerii' ~ 'valery')."""
    return name[:-2] + "y" if len(name) > 3 and name.endswith(("iy", "ii", "yi", "yy")) else name


def one_edit(a: str, b: str) -> bool:
    """Are two words at most one insertion, deletion or substitution apart?"""
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    return a[i + (len(a) == len(b)) :] == b[i + 1 :]


# words of an event's name that say what kind of gathering it is, not which one
GENERIC = frozenset(
    "summit meeting meetings leaders leader s session sessions conference forum of the and in on at for "
    "heads head state states government governments council annual regular extraordinary emergency "
    "informal virtual high level week economic international global first second third fourth fifth "
    "sixth seventh eighth ninth tenth th st nd rd".split()
)
ORDINAL = re.compile(r"^\d+(?:st|nd|rd|th)$")


def gathering_words(name: str) -> frozenset[str]:
    """The words of an event's name that say which gathering it is ("apec", "forests"), not what kind."""
    return frozenset(t for t in tokens(name) if t not in GENERIC and not t.isdigit() and not ORDINAL.match(t))
