"""People in a release: who is named, with which title and country, and which mentions are the same person.

Three sources of person mentions, merged into one `Person` per individual:
1. reference people found by the gazetteer (full names, variants, surnames);
2. titled names not in the reference data: "<Title> of <Country> <Name>", "<Country>'s / <Demonym>
   <Title> <Name>", "<Title> <Name> of <Country>", "<Name>, <Title> of <Org>";
3. role nouns resolved through office data at the meeting date: "the Head of State", "the
   President" (the publisher's own), "the Uzbek leader", "the Presidents of A, B and C".
A surname ("President Biden", "Tokayev") joins the person whose full name ends with it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from kg.extract.gazetteer import Mention, Token, tokenize
from kg.extract.titles import LEADER_NOUNS, TITLE, role_of
from kg.reference.tables import Reference, fold

_UP = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĐĒĖĘĚĞĢĪĮİĶĹĻĽŁŃŅŇŌŐŒŔŘŚŞŠŢŤŪŮŰŲŸŹŻŽ"
_NAME_WORD = rf"(?:[{_UP}]\.(?:\s?[{_UP}]\.)?|[{_UP}]\w*(?:['’](?!s\b)\w+)*(?:-\w+(?:['’](?!s\b)\w+)*)*)"
_PARTICLE = r"(?:bin|ibn|bint|al|el|Al|El|von|der|van|de|da|du|di|dos|das|la|le|ul|Abu)"
NAME = re.compile(
    rf"{_NAME_WORD}(?:[ \t]+(?:{_PARTICLE}[ \t]+|{_PARTICLE}-)*{_NAME_WORD}){{0,5}}(?:,?[ \t]+(?:Jr|Sr)\.?|[ \t]+(?:II|III|IV)\b)?"  # noqa: E501
)
_PARTICLE_RE = rf"\s{_PARTICLE}\s"
_OF = re.compile(r"\s*(?:of|for|to)\s+(?:the\s+)?")
_PREP = re.compile(r"\s*(?:of|for|to|in)\s+(?:the\s+)?")
_POSSESSIVE = re.compile(r"['’]s\s*$")
# words that start capitalized sequences but are not names
STOP_WORDS = frozenset(
    fold(w)
    for w in (
        "The This That These Those He She His Her They Their It Its We Our In On At During After Before "
        "Following While When And But Both Also As For From With Without Today Yesterday Tomorrow Mr Mrs "
        "Ms Dr According Welcoming Within Under Over Between Among Despite Meanwhile Later Earlier Then "
        "President Prime Minister Secretary Vice Head State Government Sides Parties Leaders Delegation "
        "Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June "
        "July August September October November December Republic Kingdom Federation United Joint "
        "Readout Statement Remarks Excellency Majesty Highness Holiness Ambassador Foreign Affairs Defense "
        "Defence Director General Chairman Chair Federal Chancellor King Queen Emir Sheikh National Security "
        "Advisor Adviser Senior Administration Officials Official Office White House Kremlin Akorda Office "
        "Council Committee Commission Ministry Cabinet Presidential Press Service Summit Forum Conference "
        "Assembly Review Staff Counsel Services Affairs Accounting Attorney Administration Agency Department "
        "Act Accountability Debate Session Plan Program Programme Fund Bank Court Congress Senate House Party "  # noqa: E501
        "Group Team Forces Force Secretariat Embassy Consulate Guard Command Headquarters Staffs Services"
    ).split()
)
SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# words that end the name of a portfolio or body ("Minister of Ecological Transition", "Assistant Secretary
# for Western Hemisphere Affairs", "Italian Episcopal Conference"): never a person's name on their own
PORTFOLIO_WORDS = frozenset(
    fold(w)
    for w in (
        "Transition Resources Affairs Development Hemisphere Episcopal Relations Protection Planning "
        "Cooperation Integration Infrastructure Industry Industries Labour Labor Justice Interior Finance "
        "Education Culture Agriculture Transport Transportation Communications Innovation Economy Economics "
        "Tourism Sports Youth Emergencies Environment Ecology Health Energy Trade Commerce Treasury Digital "
        "Diaspora Regions Bishops Mission"
    ).split()
)
# nouns that end the name of a body ("East Hope Group"), after which a person's name may follow
_BODY_NOUNS = frozenset(
    "Group Board Directors Company Corporation Bank Fund Council Committee Organization Organisation Ministry "  # noqa: E501
    "Agency University Institute Forum Association Union Commission Office Service Holding Holdings Foundation "  # noqa: E501
    "Authority Partnership Federation Chamber Parliament Assembly Government Cabinet Senate Congress "
    "Conference Affairs Church Academy Society Bureau Department Directorate Mission Delegation "
    "Secretariat".split()
)
_BODY_AFTER = re.compile(rf"[ \t]+(?:[{_UP}][\w'’&.-]*[ \t]+){{0,2}}?(?:{'|'.join(sorted(_BODY_NOUNS))})\b")
_TITLE_WORDS = frozenset(
    "president prime minister chancellor king queen emir secretary director chairman".split()
)
# words before a title that make it name the office, not its holder at the date
OFFICE_ITSELF = re.compile(
    r"(?i)\b(?:for|as|post of|office of|elect(?:ed|ion)(?: (?:as|of|for))?|became|become|candidate(?: for)?|"
    r"(?:former|first|ex-?)|served as|inaugurat\w+ as|sworn in as)\s+(?:the\s+)?$"
)
# a staff title ending in "to/of the": the role noun after it is someone else's title, not a mention
STAFF_OF = re.compile(
    r"(?i)\b(?:advis[eo]r|assistant|aide|counsel(?:l)?or|chief of staff|spokes\w+|envoy|representative|"
    r"office|administration|press service|secretary|deputy|staff|delegation)\s+(?:to|of|for)\s+(?:the\s+)?"
    r"(?:[A-Z][\w'’-]+\s+)?$"
)
# "Luigi Mattiolo, Diplomatic Advisor to the Italian Prime Minister": a name followed by its title
APPOSITIVE = re.compile(
    rf"({NAME.pattern}),[ \t]+(?:the[ \t]+)?((?:[A-Z][a-z]+[ \t-]+){{0,3}}(?:Advis[eo]r|Minister|Ambassador|"
    r"Envoy|Secretary|Director|Chief of Staff|Spokes\w+|Representative|Counsellor|Counselor)"
    r"(?:[ \t]+of[ \t]+State)?)[ \t]+(of|to|for|at)[ \t]+(?:the[ \t]+)?"
)
# "President X of Y, Chair of the African Union", "the OSCE Chairman-in-Office, Minister … Rau": a
# chair of an organization set off next to a person's name
CHAIR = re.compile(r"\b(?:Chair|Chairman|Chairperson|Chairwoman)(?:-in-Office)?\b")
_CHAIR_GAP = 90  # characters between the person's name and the chair phrase
_JOINED_TITLE = re.compile(r"\b([A-Z][\w'’-]+)\s+(?:[A-Z][\w-]*\s+){1,4}and\s+$")
_BODY_RUN = re.compile(rf"(?:[{_UP}][\w'’&.-]*|of|the|for)(?:[ \t]+(?:[{_UP}][\w'’&.-]*|of|the|for|in))*")


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

    @property
    def surname(self) -> str:
        if self.family:
            return self.family
        toks = [t for t in self.label.replace(",", " ").split() if fold(t).strip(".") not in SUFFIXES]
        return toks[-1] if toks else self.label


@dataclass(frozen=True)
class PersonMention:
    key: str
    start: int
    end: int
    by_role: bool = False  # a role noun resolved through office data ("the President of Kazakhstan")


def clean_name(name: str) -> str:
    return " ".join(name.replace("\u2019", "'").split()).strip(" ,")


def name_key(name: str) -> str:
    """Key of an unknown person: the folded full name without honorifics."""
    toks = [
        t
        for t in re.split(r"[\s]+", fold(clean_name(name)))
        if t.strip(".") not in {"dr", "mr", "ms", "mrs", "sheikh"}
    ]
    return " ".join(toks)


class PeopleFinder:
    """Collects the people of one text against the reference data at a given date."""

    def __init__(self, ref: Reference, on: date | None, home: str | None) -> None:
        self.ref = ref
        self.on = on
        self.home = home  # ISO code of the publisher's country
        self.people: dict[str, Person] = {}
        self.mentions: list[PersonMention] = []
        self.named_elsewhere: set[str] = set()  # reference people named in full in another text (the title)

    # -- entities -------------------------------------------------------------------------
    def from_reference(self, iri: str) -> Person:
        e = self.ref.entities[iri]
        p = self.people.get(e.key)
        if p is None:
            p = Person(e.key, e.label, set(e.alt_labels), iri, family=e.props.get("surname"))
            country_iri = e.props.get("country_iri")
            p.country = self.ref.iso_of(country_iri)
            for t in self.ref.posts_of(iri, self.on):
                role, where = self.ref.post_role(t)
                post = self.ref.posts.get(t.post or "")
                if self.ref.iso_of(where):
                    p.country = p.country or self.ref.iso_of(where)
                elif where and role == "OrganizationHead":
                    p.org = p.org or where
                if post and not p.post:
                    p.post, p.role = post.iri, role
            self.people[e.key] = p
        return p

    def unknown(self, name: str) -> Person | None:
        name = clean_name(name)
        key = name_key(name)
        toks = key.split()
        if not toks or toks[0] in STOP_WORDS or all(t in STOP_WORDS for t in toks):
            return None
        if all(t in _cue_words(self.ref) or t in PORTFOLIO_WORDS for t in toks) or TITLE.fullmatch(name):
            return None  # "Minister of Ecological Transition", "Mr. Secretary-General": a portfolio or title
        if key in self.people:
            return self.people[key]
        # a surname or shorter form of someone already known in this text
        for p in self.people.values():
            if len(toks) == 1 and (fold(p.surname) == toks[0] or toks[0] in {fold(a) for a in p.alt_labels}):
                return p
            if len(toks) >= 2 and set(toks) <= set(name_key(p.label).split()):
                return p
        # the reference may know the person by this name
        hits = self.ref.names.get(tuple(re.findall(r"[^\W_]+", key)), [])
        for h in hits:
            if self.ref.entities[h.iri].kind == "person":
                return self.from_reference(h.iri)
        p = Person(key, name, {name})
        if len(toks) >= 2:
            p.alt_labels.add(p.surname)
        self.people[key] = p
        return p

    def merge_longer(self) -> None:
        """A surname-only person ('Kishida') joins a full-name person found later ('Fumio Kishida')."""
        keys = list(self.people)
        for k in keys:
            p = self.people.get(k)
            if p is None or len(k.split()) != 1 or p.iri:
                continue
            for q in self.people.values():
                if q is not p and len(q.key.split()) > 1 and fold(q.surname) == k:
                    q.country = q.country or p.country
                    q.title = q.title or p.title
                    q.org = q.org or p.org
                    self.mentions = [
                        PersonMention(q.key, m.start, m.end, m.by_role) if m.key == k else m
                        for m in self.mentions
                    ]
                    del self.people[k]
                    break

    def complete_surnames(self, text: str) -> None:
        """A surname-only unknown person ('McGurk') takes the full name the text writes elsewhere
        without a title ('Brett McGurk'), so that the label and key are the full name."""
        for k in [k for k, p in self.people.items() if len(k.split()) == 1 and not p.iri]:
            p = self.people[k]
            # a family name written first ("Suh" of "Suh Hoon"): the same person
            same = next(
                (q for q in self.people.values() if q is not p and k in name_key(q.label).split()), None
            )
            if same is not None:
                same.title, same.country = same.title or p.title, same.country or p.country
                self.mentions = [
                    PersonMention(same.key, m.start, m.end, m.by_role) if m.key == k else m
                    for m in self.mentions
                ]
                del self.people[k]
                continue
            full = re.search(
                rf"(?<![\w-])([{_UP}][a-z]+(?:-[{_UP}][a-z]+)?(?:[ \t]+[{_UP}]\.)?)[ \t]+"
                rf"{re.escape(p.label)}\b",
                text,
            )
            if full is None or fold(full.group(1).split()[0]) in STOP_WORDS or TITLE.fullmatch(full.group(1)):
                continue
            label = f"{full.group(1)} {p.label}"
            key = name_key(label)
            if key in self.people:
                continue
            p.alt_labels |= {label, p.label}
            p.key, p.label = key, label
            self.people[key] = self.people.pop(k)
            self.mentions = [
                PersonMention(key, m.start, m.end, m.by_role) if m.key == k else m for m in self.mentions
            ]

    def _drop_nested(self) -> None:
        """A reference name inside a longer titled name: at its start, the longer name is a variant of
        the reference person ("Mohammed bin Abdulrahman bin Jassim Al Thani"); further in, it is part
        of the name ("Salman bin Abdulaziz Al-Saud" in "Khalid bin Salman bin Abdulaziz Al-Saud")."""
        unknown = [m for m in self.mentions if not self.people[m.key].iri]
        if not unknown:
            return
        drop: set[int] = set()
        same: dict[str, str] = {}  # unknown key -> reference key
        for m in self.mentions:
            if not self.people[m.key].iri:
                continue
            for u in unknown:
                if not (u.start <= m.start and m.end <= u.end) or (u.start, u.end) == (m.start, m.end):
                    continue
                # after a particle ("Khalid bin | Salman …") the inner name is someone else's (a father's);
                # otherwise the longer name is a variant ("Sayyid Ebrahim Raisi", "… bin Jassim Al Thani")
                ref_words = {
                    w
                    for n in (self.people[m.key].label, *self.people[m.key].alt_labels)
                    for w in name_key(n).split()
                }
                if u.start < m.start and re.search(rf"\b{_PARTICLE}[ \t-]*$", self._text[u.start : m.start]):
                    drop.add(id(m))
                elif len(self._text[m.start : m.end].split()) == 1 and not set(u.key.split()) <= ref_words:
                    drop.add(id(m))  # "Emine Erdoğan" is not Recep Tayyip Erdoğan
                else:
                    same[u.key] = m.key
        self.mentions = [
            PersonMention(same[m.key], m.start, m.end, m.by_role) if m.key in same else m
            for m in self.mentions
            if id(m) not in drop
        ]
        for k in same:
            self.people.pop(k, None)

    def merge_subnames(self, *others: PeopleFinder) -> None:
        """An unknown person whose name ends another one's ('Hoai Trung' of 'Le Hoai Trung', found
        before the title named him in full) is that person; `others` share this finder's people."""
        for k in list(self.people):
            p = self.people.get(k)
            if p is None or p.iri:
                continue
            toks = k.split()
            into = next(
                (
                    q
                    for q in self.people.values()
                    if q is not p and len(q.key.split()) > len(toks) and q.key.split()[-len(toks) :] == toks
                ),
                None,
            ) or next((q for q in self.people.values() if q.iri and _same_name(toks, q)), None)
            if into is None:
                continue
            into.title, into.country, into.org = (
                into.title or p.title,
                into.country or p.country,
                into.org or p.org,
            )
            for f in (self, *others):
                f.mentions = [
                    PersonMention(into.key, m.start, m.end, m.by_role) if m.key == k else m
                    for m in f.mentions
                ]
            del self.people[k]

    def holder(self, role: str, where_iri: str | None) -> Person | None:
        """The person holding the office (role, country/organization) at the date, via reference data."""
        if not where_iri:
            return None
        e = self.ref.holder((role, where_iri), self.on)
        return self.from_reference(e.props["iri"]) if e is not None else None

    def add(self, p: Person, start: int, end: int, by_role: bool = False) -> None:
        self.mentions.append(PersonMention(p.key, start, end, by_role))

    # -- the scan -------------------------------------------------------------------------
    def find(self, text: str, mentions: list[Mention], tokens: list[Token] | None = None) -> None:
        """Find the people of `text`, given the gazetteer mentions (and tokens) of the same text."""
        by_start = {m.start: m for m in mentions if m.kind in ("country", "organization")}
        for m in list(by_start.values()):  # "of the United Arab Emirates": a label may start with "the"
            if text[m.start : m.start + 4].lower() == "the ":
                by_start.setdefault(m.start + 4, m)
        by_end = {m.end: m for m in mentions if m.kind in ("country", "organization")}
        covered: list[tuple[int, int]] = []
        full_named = {m.iri for m in mentions if m.kind == "person" and not m.surname} | self.named_elsewhere
        for m in mentions:
            if m.kind == "person":
                if m.surname and m.iri not in full_named and not self._surname_ok(text, m):
                    continue
                p = self.from_reference(m.iri)
                self.add(p, m.start, m.end)
                covered.append((m.start, m.end))
        for t in TITLE.finditer(text):
            self._titled(text, t, by_start, by_end, covered)
        for a in APPOSITIVE.finditer(text):
            self._appositive(text, a, by_start, covered)
        self._chairs(text, by_start, by_end)
        self._text = text
        self._drop_nested()
        self.merge_longer()
        self.complete_surnames(text)
        self._bare_names(text, tokens if tokens is not None else tokenize(text))

    def _surname_ok(self, text: str, m: Mention) -> bool:
        """A surname alone names a reference person after a title, or when he/she held office then."""
        before = text[max(0, m.start - 40) : m.start]
        prev = re.search(r"([\w'’.-]+)\s+$", before)
        if (
            prev
            and prev.group(1)[:1].isupper()
            and not TITLE.fullmatch(prev.group(1))
            and fold(prev.group(1)) not in STOP_WORDS
        ):
            return False  # "Yury Borisov" is not Boyko Borisov: another first name precedes the surname
        return bool(self.ref.posts_of(m.iri, self.on)) and self.on is not None

    def _bare_names(self, text: str, tokens: list[Token]) -> None:
        """Later mentions of people found with a title: full name or surname alone ('Aliyev')."""
        forms: dict[tuple[str, ...], str] = {}
        for p in self.people.values():
            if p.iri:
                continue  # reference people are found by the gazetteer
            for form in {p.label, p.surname}:
                parts = tuple(re.findall(r"[^\W_]+", name_key(form)))
                if parts and (len(parts) > 1 or len(parts[0]) > 2):
                    forms.setdefault(parts, p.key)
        if not forms:
            return
        firsts = {f[0] for f in forms}
        seen = {(m.start, m.key) for m in self.mentions}
        for i, t in enumerate(tokens):
            if t.norm not in firsts or not text[t.start].isupper():
                continue
            for form, key in sorted(forms.items(), key=lambda kv: -len(kv[0])):
                if tuple(x.norm for x in tokens[i : i + len(form)]) == form:
                    if (t.start, key) not in seen and not any(
                        m.start <= t.start < m.end for m in self.mentions
                    ):
                        self.mentions.append(PersonMention(key, t.start, tokens[i + len(form) - 1].end))
                    break

    def _where(self, m: Mention | None) -> tuple[str | None, str | None]:
        """(ISO code, organization IRI) named by a gazetteer mention."""
        if m is None:
            return None, None
        if m.kind == "country":
            return self.ref.iso_of(m.iri), None
        return None, m.iri

    def _titled(self, text: str, t: re.Match, by_start, by_end, covered) -> None:
        title = t.group()
        role = role_of(title)
        pos = t.end()
        iso = org = None
        # "Minister of Ukraine" read as a portfolio: the "portfolio" is a state (or body) named there
        port = re.match(r"(.*?\b(?:of|for))\s+(?:the\s+)?", title)
        inside = by_start.get(t.start() + port.end()) if port else None
        if inside is not None and inside.end >= t.end():
            iso, org = self._where(inside)
            pos = max(pos, inside.end)
            title = title[: port.end(1) - 3].strip() or title
        # before the title: "Kazakh President", "US President", "Ukraine's President", "WHO Director-General"
        before = text[max(0, t.start() - 40) : t.start()]
        bm = re.search(r"([\w'’.-]+)\s+$", before)
        joined = _JOINED_TITLE.search(text[max(0, t.start() - 80) : t.start()])
        if joined:  # "Qatari Deputy Prime Minister and Foreign Minister …": the demonym of the first title
            iso = iso or self.ref.country_of_demonym(joined.group(1))
        if bm and bm.group(1)[:1].isupper():  # "Saudi Arabian Defense Minister": a two-word demonym
            two = re.search(r"([A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+$", before)
            iso = iso or (self.ref.country_of_demonym(two.group(1)) if two else None)
        if bm:
            word = bm.group(1)
            word_end = t.start() - len(before) + bm.end(1)
            prev = by_end.get(word_end)
            if prev is None and _POSSESSIVE.search(word):
                prev = by_end.get(word_end - 2)
            if prev is not None and not (iso or org):
                iso, org = self._where(prev)
            elif word[:1].isupper():
                iso = iso or self.ref.country_of_demonym(word.strip(".'’"))
        # after: "of Kazakhstan", "of the World Health Organization"
        of = _OF.match(text, pos)
        if of and text[pos : of.end()].strip().startswith("of"):
            nxt = by_start.get(of.end())
            if nxt is not None:
                i2, o2 = self._where(nxt)
                iso, org = i2 or iso, o2 or org
                pos = nxt.end
        elif of and text[pos : of.end()].strip().startswith("to"):  # "Ambassador to Kazakhstan": the host
            nxt = by_start.get(of.end())
            if nxt is not None:
                pos = nxt.end
        # "Chairman of the Board of Directors of East Hope Group Liu Yongxing": skip an unknown body's name
        if of and text[t.end() : of.end()].strip().startswith(("of", "for")) and pos == t.end():
            run = _BODY_RUN.match(text, of.end())
            if run:
                words = run.group().split()
                stop = next((i for i, w in enumerate(words) if i and fold(w) in _TITLE_WORDS), len(words))
                words = words[:stop]
                cut = max((i for i, w in enumerate(words) if w in _BODY_NOUNS), default=-1)
                if cut < 0 and len(words) >= 3 and words[-1][:1].isupper() and words[-2][:1].isupper():
                    cut = len(words) - 3  # "<Title> of <Unknown Country> <First> <Last>"
                if 0 <= cut < len(words) - 1:
                    pos = of.end() + len(" ".join(words[: cut + 1]))
                # a state named inside the body ("Seimas of the Republic of Lithuania"): its country
                for start in sorted(by_start):
                    inner = by_start[start]
                    if of.end() <= start and inner.end <= pos and inner.kind == "country":
                        iso = self._where(inner)[0] or iso
        # a body of the organization just named: "Head of the NATO Mission in Ukraine Karen McTear"
        if org and pos > t.end():
            body = _BODY_AFTER.match(text, pos)
            if body:
                pos = body.end()
        # the state of a body or the host of an envoy after it: "... Foreign Affairs of the Swiss
        # Confederation Ignazio Cassis", "Ambassador of Canada to Ukraine Larisa Galadza"
        for _ in range(2):
            more = _PREP.match(text, pos)
            nxt = by_start.get(more.end()) if more and pos > t.end() else None
            if nxt is None or nxt.kind != "country":
                break
            if text[pos : more.end()].strip().startswith("of"):
                iso = self._where(nxt)[0] or iso
            pos = nxt.end
        # the name
        gap = re.match(r"[ \t]*(?:,[ \t]*)?", text[pos:])
        name_m = NAME.match(text, pos + (gap.end() if gap else 0)) if gap is not None else None
        if name_m and gap is not None and "," in gap.group():
            # "Finance Minister of Ukraine, Sergii Marchenko, co-chaired": a full name set off by commas
            ok = len(_trim_name(name_m.group()).split()) >= 2 and re.match(
                r"\s*(?:,|\.|and\b|;)", text[name_m.end() :]
            )
            name_m = name_m if ok and not any(name_m.start() <= k < name_m.end() for k in by_start) else None
        if name_m and any(a <= name_m.start() < b for a, b in covered):
            # a reference person already found right after the title: attach title facts
            person = next((self.people[pm.key] for pm in self.mentions if pm.start == name_m.start()), None)
            if person is not None:
                self._attach(person, title, role, iso, org)
            return
        if name_m:
            name = _trim_name(name_m.group())
            words = name.split()
            if re.search(r"\s(?:of|for)\s", title) and len(words) >= 3 and not re.search(_PARTICLE_RE, name):
                # "Minister of Economic Development Maxim Reshetnikov": the portfolio goes on, the name is the end  # noqa: E501
                title = f"{title} {' '.join(words[:-2])}"
                name_m_start = name_m.start() + len(" ".join(words[:-2])) + 1
                name = " ".join(words[-2:])
            else:
                name_m_start = name_m.start()
            # a rank before the name: "Secretary for Strategic Affairs Admiral Flávio Rocha"
            second = TITLE.match(name)
            if second and len(name[second.end() :].split()) >= 2:
                name_m_start += second.end() + len(name[second.end() :]) - len(name[second.end() :].lstrip())
                name = name[second.end() :].strip()
                known = next((pm for pm in self.mentions if pm.start == name_m_start), None)
                if known is not None:  # "President Sheikh Mohammed bin Zayed": a reference person after it
                    self._attach(self.people[known.key], title, role, iso, org)
                    return
            # "Name of Country" after the name
            after = _OF.match(text, name_m.end())
            if after and text[name_m.end() : after.end()].strip().startswith("of"):
                nxt = by_start.get(after.end())
                if nxt is not None:
                    i2, o2 = self._where(nxt)
                    iso, org = iso or i2, org or o2
            # trim a trailing country/organization name swallowed by the name pattern
            lead_in = by_start.get(name_m.start())
            if lead_in is not None and lead_in.end < name_m.end():
                # "… of the Republic of Lithuania Viktorija Čmilytė-Nielsen": the country is not part of the name  # noqa: E501
                iso = iso or self._where(lead_in)[0]
                rest = NAME.match(
                    text, lead_in.end + len(text[lead_in.end :]) - len(text[lead_in.end :].lstrip())
                )
                if rest:
                    name_m = rest
            for s in sorted(by_start):
                if name_m.start() < s < name_m.end():
                    name = text[name_m.start() : s].rstrip(" ,")
                    break
            if name and fold(name.split()[0]) not in STOP_WORDS:
                person = self.unknown(name)
                if person is not None:
                    self._attach(person, title, role, iso, org)
                    self.add(person, name_m_start, name_m_start + len(name))
                    return
        # a role noun without a name: resolve through office data, unless it names the office itself
        # ("elected President of Kazakhstan", "the post of", "as President of") or a former holder
        before40 = text[max(0, t.start() - 40) : t.start()]
        if re.match(r"\s+for\s+[A-Z]", text[t.end() : t.end() + 6]):
            role = None  # "Director-General for Neighborhood and Enlargement": a department, not the head
        # "Macky Sall of Senegal, Chairperson of the African Union", "African Union Chairperson, President
        # of Senegal Macky Sall": the title of the person set off next to it, not the body's head
        if org and any(
            (
                0 <= t.start() - pm.end <= _CHAIR_GAP
                and re.match(r"[^.;:]*,\s*(?:the\s+)?$", text[pm.end : t.start()])
            )
            or (0 <= pm.start - pos <= _CHAIR_GAP and re.match(r"\s*,[^.;:]*$", text[pos : pm.start]))
            for pm in self.mentions
        ):
            role = None
        if (
            role
            and (iso or org)
            and not OFFICE_ITSELF.search(before40)
            and not STAFF_OF.search(before40)
            and not (re.match(r"(?i)(?:former|first|ex-)\b", title))
        ):
            where = self.ref.countries.get(iso) if iso else org
            p = self.holder(role, where)
            if p is not None:
                self.add(p, t.start(), t.end(), by_role=True)

    def _appositive(self, text: str, a: re.Match, by_start, covered) -> None:
        """'<Name>, <Title> of/to the <Country or Demonym …>': a person of that state not in the reference."""
        start, end = a.start(1), a.end(1)
        if any(x < end and start < y for x, y in covered) or any(
            pm.start < end and start < pm.end for pm in self.mentions
        ):
            return  # part of a name already found
        if any(start <= k < end for k in by_start) or re.search(
            r"[A-Z][\w'’.-]*\s+$", text[max(0, start - 30) : start]
        ):
            return  # a state inside the span, or the span continues a longer phrase
        name = _trim_name(a.group(1))
        if len(name.split()) < 2:
            return
        after = by_start.get(a.end())
        iso = self._where(after)[0] if after is not None else None
        if iso is None:
            word = re.match(r"[A-Z][\w'’-]+", text[a.end() :])
            iso = self.ref.country_of_demonym(word.group()) if word else None
        if iso is None or (a.group(3) == "to" and re.search(r"Ambassador|Envoy", a.group(2))):
            return  # an envoy "to" a state is not of it
        person = self.unknown(name)
        if person is not None and not person.iri:
            self._attach(person, a.group(2), None, iso, None)
            self.add(person, start, start + len(name))

    def _chairs(self, text: str, by_start, by_end) -> None:
        """A person set off next to a chair of an organization ("Felix Tshisekedi of the DRC, Chair of
        the African Union (AU)", "the OSCE Chairman-in-Office, Minister … Zbigniew Rau") also
        represents it; his or her own state stays."""
        for c in CHAIR.finditer(text):
            org = None
            before = by_end.get(c.start() - 1)
            if before is not None and before.kind == "organization" and text[c.start() - 1] == " ":
                org, s, t = before.iri, before.start, c.end()
            else:
                of = re.match(r"\s+of\s+(?:the\s+)?", text[c.end() :])
                after = by_start.get(c.end() + of.end()) if of else None
                if after is not None and after.kind == "organization":
                    org, s, t = after.iri, c.start(), after.end
            if org is None:
                continue
            # the nearest name before it, else the nearest after it
            before_it = [
                pm
                for pm in self.mentions
                if 0 <= s - pm.end <= _CHAIR_GAP and re.match(r"[^.;:]*,\s*(?:the\s+)?$", text[pm.end : s])
            ]
            after_it = [
                pm
                for pm in self.mentions
                if 0 <= pm.start - t <= _CHAIR_GAP and re.match(r"\s*,[^.;:]*$", text[t : pm.start])
            ]
            near = max(before_it, key=lambda pm: pm.end, default=None) or min(
                after_it, key=lambda pm: pm.start, default=None
            )
            if near is not None:
                p = self.people[near.key]
                p.org = p.org or org

    def _attach(self, p: Person, title: str, role: str | None, iso: str | None, org: str | None) -> None:
        p.title = p.title or title
        p.role = p.role or role
        if iso and not p.country and not org:
            p.country = iso
        if org and not p.org and (role in ("OrganizationHead", None) or not iso):
            if not p.country or role in ("OrganizationHead",):
                p.org = org

    def resolve_roles(self, text: str, offset: int = 0) -> list[PersonMention]:
        """Role nouns in one sentence: 'the Head of State', 'the President', 'the Uzbek leader', 'the Presidents of A, B and C'."""  # noqa: E501
        out: list[PersonMention] = []
        for m in re.finditer(
            r"\b[Tt]he\s+(?:([A-Z][\w'’-]+)\s+)?(Head of State|President|Prime Minister|Chancellor|leader|Presidents|leaders)\b(?!-)(\s+of\s+[^.;:]*)?",  # noqa: E501
            text,
        ):
            adj, noun, tail = m.group(1), m.group(2), m.group(3) or ""
            if STAFF_OF.search(text[max(0, m.start() - 40) : m.start()]):
                continue  # "Diplomatic Advisor to the Italian Prime Minister": a title of someone else
            role = "HeadOfGovernment" if noun in ("Prime Minister", "Chancellor") else "HeadOfState"
            isos: list[str] = []
            if adj:
                iso = self.ref.country_of_demonym(adj)
                if iso is None:
                    continue
                isos = [iso]
            elif tail:
                # countries listed after "of": stop at the first word that is neither a country nor a joiner
                isos = _countries_in(self.ref, tail)
                if not isos and noun not in ("President", "Head of State"):
                    continue
            if not isos and noun in ("Prime Minister", "Chancellor"):
                # "the Prime Minister": the one head of government named in the release, else our own
                named = [p for p in self.people.values() if p.role == "HeadOfGovernment"]
                if len(named) == 1:
                    out.append(PersonMention(named[0].key, offset + m.start(), offset + m.end(), True))
                    continue
                isos = [self.home] if self.home and not named else []
            if not isos and noun in ("Head of State", "President") and self.home:
                isos = [self.home]
            for iso in isos:
                p = self.holder(role, self.ref.countries.get(iso))
                if p is not None:
                    out.append(PersonMention(p.key, offset + m.start(), offset + m.end(), True))
        return out


def _same_name(toks: list[str], q: Person) -> bool:
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


def _cue_words(ref: Reference) -> frozenset[str]:
    """Single words of the topic cues (health, energy, trade ...): never a person's name."""
    cached = getattr(ref, "_cue_words", None)
    if cached is None:
        cached = frozenset(c[0] for cues in ref.topic_cues.values() for c in cues if len(c) == 1)
        ref._cue_words = cached  # type: ignore[attr-defined]
    return cached


def _trim_name(name: str) -> str:
    """Cut a name before the first title or function word it swallowed ('Khurelsukh President'), a
    repeated word or a glued caption."""
    words = name.split()
    for i, w in enumerate(words[1:], start=1):
        if fold(w.strip(",.")) in STOP_WORDS and fold(w.strip(",.")) not in SUFFIXES:
            return " ".join(words[:i]).rstrip(",")
        if w == words[i - 1] or re.search(r"[a-z][A-Z]{2,}", w):
            # a transcript's speaker caption glued to the name ("Kirill Dmitriev Dmitriev KirillCEO")
            return " ".join(words[:i]).rstrip(",")
    return name


def _countries_in(ref: Reference, tail: str) -> list[str]:
    from kg.extract.gazetteer import scan

    out = []
    last = 0
    for m in scan(tail, ref):
        if m.kind != "country":
            continue
        between = tail[last : m.start]
        if last and not re.fullmatch(r"[\s,]*(?:and\s+)?(?:the\s+)?", between):
            break
        if not last and not re.fullmatch(r"\s*of\s+(?:the\s+)?", between):
            break
        iso = ref.iso_of(m.iri)
        if iso:
            out.append(iso)
        last = m.end
    return out


__all__ = ["LEADER_NOUNS", "NAME", "Person", "PeopleFinder", "PersonMention", "name_key"]
