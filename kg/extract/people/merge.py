"""Name variants of one person merged: a surname joins the full name, a shorter form the longer one,
a reference name inside a longer titled name its variant; later bare mentions of titled people.

Every merge re-keys the mentions through `table.rekey`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from itertools import accumulate, compress, count

from kg.extract.gazetteer import Mention, Token
from kg.extract.people.given_names import another_given_name
from kg.extract.people.lexicon import (
    PARTICLE,
    STOP_WORDS,
    UP,
    Person,
    PersonMention,
    name_key,
    same_name,
    title_vocabulary,
)
from kg.extract.people.spellings import respelt
from kg.extract.people.table import People, from_reference, rekey
from kg.extract.titles import TITLE
from kg.reference import lists
from kg.reference.tables import fold, name_tokens


def drop_nested(pp: People, found: list[PersonMention], text: str) -> None:
    """A reference name inside a longer titled name: at its start, the longer name is a variant of
    the reference person ("Mohammed bin Abdulrahman bin Jassim Al Thani"); further in, it is part
    of the name ("Salman bin Abdulaziz Al-Saud" in "Khalid bin Salman bin Abdulaziz Al-Saud")."""
    unknown = [m for m in found if not pp.people[m.key].iri]
    if not unknown:
        return
    drop: set[int] = set()
    same: dict[str, str] = {}  # unknown key -> reference key
    for m in found:
        if not pp.people[m.key].iri:
            continue
        for u in unknown:
            if not (u.start <= m.start and m.end <= u.end) or (u.start, u.end) == (m.start, m.end):
                continue
            # after a particle ("Khalid bin | Salman …") the inner name is someone else's (a father's);
            # otherwise the longer name is a variant ("Sayyid Ebrahim Raisi", "… bin Jassim Al Thani")
            ref_words = {
                w for n in (pp.people[m.key].label, *pp.people[m.key].alt_labels) for w in name_key(n).split()
            }
            if u.start < m.start and re.search(rf"\b{PARTICLE}[ \t-]*$", text[u.start : m.start]):
                drop.add(id(m))
            elif len(text[m.start : m.end].split()) == 1 and not set(u.key.split()) <= ref_words:
                drop.add(id(m))  # "Emine Erdoğan" is not Recep Tayyip Erdoğan
            else:
                same[u.key] = m.key
    found[:] = rekey([m for m in found if id(m) not in drop], same)
    for k in same:
        pp.people.pop(k, None)


def merge_longer(pp: People, found: list[PersonMention]) -> None:
    """A surname-only person ('Kishida') joins a full-name person found later ('Fumio Kishida')."""
    keys = list(pp.people)
    for k in keys:
        p = pp.people.get(k)
        if p is None or len(k.split()) != 1 or p.iri:
            continue
        for q in pp.people.values():
            if q is not p and len(q.key.split()) > 1 and fold(q.surname) == k:
                q.country = q.country or p.country
                q.title = q.title or p.title
                q.org = q.org or p.org
                found[:] = rekey(found, {k: q.key})
                del pp.people[k]
                break


# a first name (and initial) right before a surname: "Brett McGurk", "Mary-Jane K. Smith"
_FIRST_NAME_BEFORE = re.compile(rf"(?<![\w-])([{UP}][a-z]+(?:-[{UP}][a-z]+)?(?:[ \t]+[{UP}]\.)?)[ \t]+\Z")
_NAME_REACH = 200  # characters before a surname a first name may start in


@functools.lru_cache(maxsize=4096)
def _written(label: str) -> re.Pattern[str]:
    return re.compile(rf"{re.escape(label)}\b")


def _first_name_before(text: str, surname: str) -> str | None:
    """The first name written before the first mention of `surname` that has one (compiling one
    small pattern per surname: the first-name part, with its long class of capitals, is compiled once)."""
    for m in _written(surname).finditer(text):
        first = _FIRST_NAME_BEFORE.search(text, max(0, m.start() - _NAME_REACH), m.start())
        if first is not None:
            return first.group(1)
    return None


def complete_surnames(pp: People, found: list[PersonMention], text: str) -> None:
    """A surname-only unknown person ('McGurk') takes the full name the text writes elsewhere
    without a title ('Brett McGurk'), so that the label and key are the full name."""
    for k in [k for k, p in pp.people.items() if len(k.split()) == 1 and not p.iri]:
        p = pp.people[k]
        # a family name written first ("Suh" of "Suh Hoon"): the same person
        same = next((q for q in pp.people.values() if q is not p and k in name_key(q.label).split()), None)
        if same is not None:
            same.title, same.country = same.title or p.title, same.country or p.country
            found[:] = rekey(found, {k: same.key})
            del pp.people[k]
            continue
        first = _first_name_before(text, p.label)
        if first is None or fold(first.split()[0]) in STOP_WORDS or TITLE.fullmatch(first):
            continue
        label = f"{first} {p.label}"
        key = name_key(label)
        if all(w in title_vocabulary(pp.ref) for w in key.split()):
            # "Safety" of "Public Safety Canada": the words of a body, no person
            found[:] = [m for m in found if m.key != k]
            del pp.people[k]
            continue
        if key in pp.people:
            continue
        p.alt_labels |= {label, p.label}
        p.key, p.label = key, label
        pp.people[key] = pp.people.pop(k)
        found[:] = rekey(found, {k: key})


def merge_subnames(pp: People) -> None:
    """An unknown person whose name ends another one's ('Hoai Trung' of 'Le Hoai Trung', found
    before the title named him in full) is that person, in the text and in the title."""
    # (a release naming hundreds, a guest list, asked each of them about every other: the people
    # are indexed instead, in the table's order, which merging keeps: it only drops people)
    words = functools.lru_cache(maxsize=None)(str.split)  # the words of a key, split once
    ending: dict[tuple[str, ...], list[tuple[str, Person]]] = {}  # a name's last words -> who bears it
    known: list[tuple[str, Person, set[str]]] = []  # reference people, with their names' end words
    for k, q in pp.people.items():
        w = words(q.key)
        for i in range(1, len(w)):
            ending.setdefault(tuple(w[i:]), []).append((k, q))
        if q.iri:
            known.append((k, q, _end_words(q)))
    gone: set[str] = set()
    for k in list(pp.people):
        p = pp.people.get(k)
        if p is None or p.iri:
            continue
        toks = k.split()
        into = next((q for kq, q in ending.get(tuple(toks), ()) if q is not p and kq not in gone), None)
        if into is None and len(toks) >= 2:  # (same_name and respelt need two words)
            into = next(  # a reference person named with a middle name more or less, or spelt otherwise
                (
                    q
                    for kq, q, ends in known
                    if kq not in gone
                    and (toks[0] in ends or toks[-1] in ends)  # (what both need: a screen)
                    and (same_name(toks, q) or respelt(toks, [q.label, *q.alt_labels]))
                ),
                None,
            )
        if into is None:
            continue
        into.title, into.country, into.org = (
            into.title or p.title,
            into.country or p.country,
            into.org or p.org,
        )
        pp.mentions = rekey(pp.mentions, {k: into.key})
        pp.title_mentions = rekey(pp.title_mentions, {k: into.key})
        del pp.people[k]
        gone.add(k)


def _end_words(q: Person) -> set[str]:
    """The first and last words of a person's names (as `same_name` and `respelt` split them): a
    written name of two words or more shares one of them with a name each says it is."""
    out = set()
    for label in (q.label, *q.alt_labels):
        key = name_key(label)
        for split in (key.split(), key.replace("-", " ").split()):
            if split:
                out |= {split[0], split[-1]}
    return out


def bare_names(pp: People, found: list[PersonMention], text: str, tokens: list[Token]) -> None:
    """Later mentions of people found with a title: full name or surname alone ('Aliyev')."""
    forms: dict[tuple[str, ...], str] = {}
    for p in pp.people.values():
        if p.iri:
            continue  # reference people are found by the gazetteer
        for form in {p.label, p.surname}:
            parts = tuple(re.findall(r"[^\W_]+", name_key(form)))
            if parts and (len(parts) > 1 or len(parts[0]) > 2):
                forms.setdefault(parts, p.key)
    if not forms:
        return
    # the forms by their first word, longest first
    by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for form, key in sorted(forms.items(), key=lambda kv: -len(kv[0])):
        by_first.setdefault(form[0], []).append((form, key))
    norms = [t[0] for t in tokens]
    seen = {(m.start, m.key) for m in found}
    # a token inside a mention found is taken: the mentions by start, with the farthest end reached
    # so far (and that of those added here, which start at earlier tokens)
    spans = sorted((m.start, m.end) for m in found)
    starts, reach, added = [a for a, _ in spans], list(accumulate((b for _, b in spans), max)), -1
    for i in compress(count(), map(by_first.__contains__, norms)):  # (the tokens a form starts with)
        t = tokens[i]
        if not text[t.start].isupper():
            continue
        for form, key in by_first[norms[i]]:
            if tuple(norms[i : i + len(form)]) == form:
                k = bisect_right(starts, t.start)
                if (
                    (t.start, key) not in seen
                    and not (added > t.start or (k and reach[k - 1] > t.start))
                    and not another_given_name(pp, text, t.start, len(form), key)  # "Michelle O'Neill"
                ):
                    found.append(PersonMention(key, t.start, tokens[i + len(form) - 1].end))
                    added = max(added, found[-1].end)
                break


# a place or body named after someone, after his surname ("Lee County", "the Kennedy Center")
PLACE_NAMED = re.compile(
    r"\s+(?:County|City|Street|Avenue|Boulevard|Road|University|College|School|Center|Centre|Hall|Park|"
    r"Airport|Bridge|Library|Memorial|Foundation|Institute|Square|Island|River|Lake|Building|Tower|Hotel|"
    r"Station|Base|Stadium|Museum|Highway)\b"
)


# a capitalized word right after a surname: the given name of a family name written first
FAMILY_FIRST_NEXT = re.compile(r"[ \t]+([A-Z][a-z][\w'’-]*)")
# surnames that are common given names too (kg/reference/data/people_words.toml)
GIVEN_NAME_SURNAMES = frozenset(fold(w) for w in lists.words("people_words", "given_name_surnames"))


def surname_ok(pp: People, text: str, m: Mention) -> bool:
    """A surname alone names a reference person after a title, or when he/she held office then."""
    before = text[max(0, m.start - 40) : m.start]
    if re.match(r"\s+(?:bin|ibn|bint|ben)\s", text[m.end : m.end + 6]):
        return False  # "Salman bin Hamad Al Khalifa" is not Mohammed bin Salman: a patronymic follows
    if PLACE_NAMED.match(text, m.end):
        return False  # "Lee County", "Kennedy Center": a place or body named after someone
    prev = re.search(r"([\w'’.-]+)\s+$", before)
    if (
        prev
        and prev.group(1)[:1].isupper()
        and not TITLE.fullmatch(prev.group(1))
        and fold(prev.group(1)) not in STOP_WORDS
    ):
        return False  # "Yury Borisov" is not Boyko Borisov: another first name precedes the surname
    given = FAMILY_FIRST_NEXT.match(text, m.end)
    if given and fold(given.group(1)) not in STOP_WORDS and _other_given_name(pp, m, given.group(1), text):
        return False  # "Cho Taeyong" is not Cho Tae-yul: a family name written first, another given name
    if (
        given
        and fold(text[m.start : m.end]) in GIVEN_NAME_SURNAMES
        and fold(given.group(1)) not in STOP_WORDS
    ):
        return False  # "Governor Henry McMaster" is not Ariel Henry: a given name, another surname follows
    return bool(pp.ref.posts_of(m.iri, pp.on)) and pp.on is not None


def _other_given_name(pp: People, m: Mention, word: str, text: str) -> bool:
    """Is `word`, after a surname several reference people share and write first ("Cho" of "Cho
    Tae-yul", "Cho Tae-yong"), a given name that is not this one's? Spellings of the same given names
    agree ("Suk-yeol", "Suk Yeol")."""
    label, family = fold(pp.ref.entities[m.iri].label), fold(text[m.start : m.end])
    if not label.startswith(family + " ") or len(pp.ref.names.get(name_tokens(family), ())) < 2:
        return False
    rest, written = re.sub(r"[\W_]", "", label[len(family) :]), re.sub(r"[\W_]", "", fold(word))
    return not (rest.startswith(written) or written.startswith(rest))


# titles under which one name alone is the whole name a person goes by ("Queen Rania", "Ecumenical
# Patriarch Bartholomew", "Pope Francis"): monarchs, their families and heads of churches
ONE_NAME_STYLE = re.compile(
    r"\b(?:King|Queen|Pope|Patriarch|Emir|Amir|Sultan|Sheikh|Sheikha|Prince|Princess|Emperor|Empress|"
    r"Cardinal|Archbishop|Metropolitan|Catholicos|Imam|Lama|Holiness|Majesty|Highness)\b"
)


def drop_lone_surnames(pp: People) -> None:
    """A name of one word the reference data does not know and the release never completes (kept
    as its own person by the merges above) is no person of the graph when the release gives him
    no foreign state: "Secretary McDonough", "Chairman Meeks", a truncated "Shug-" are the
    publisher's own officials or no one, a node no other release's full name joins. A foreign
    official by title and state ("Prime Minister Kalsakau of Vanuatu") stays a side of the meeting,
    and so does a one-name style (ONE_NAME_STYLE)."""
    lone = {
        k
        for k, p in pp.people.items()
        if not p.iri
        and len(k.split()) == 1
        and not p.org
        and (p.country is None or p.country == pp.home)
        and not ONE_NAME_STYLE.search(p.title or "")
    }
    if not lone:
        return
    joined = {k: q.key for k in lone if (q := _office_holder_named(pp, k)) is not None}
    pp.mentions = [m for m in rekey(pp.mentions, joined) if m.key not in lone]
    pp.title_mentions = [m for m in rekey(pp.title_mentions, joined) if m.key not in lone]
    for k in lone:
        del pp.people[k]


def _office_holder_named(pp: People, word: str) -> Person | None:
    """The one reference person with `word` in his or her name who holds, on the day, an office of
    the role the lone name's title gives ("President Samia": Samia Suluhu Hassan, head of state)."""
    role = pp.people[word].role
    if not role or pp.on is None:
        return None
    found = {
        iri
        for iri, e in pp.ref.entities.items()
        if e.kind == "person"
        and word in name_key(e.label).split()
        and any(pp.ref.post_role(t)[0] == role for t in pp.ref.posts_of(iri, pp.on))
    }
    return from_reference(pp, found.pop()) if len(found) == 1 else None
