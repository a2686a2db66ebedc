"""Titled names: a title with its country or organization and the name after it, a name followed
by its title ("<Name>, <Title> of <Country>"), a chair of an organization set off next to a name,
and when a surname alone names a reference person.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Mention
from kg.extract.people.given_names import state_lead_in
from kg.extract.people.lexicon import (
    BODY_AFTER,
    BODY_BEFORE,
    BODY_NOUNS,
    BODY_RUN,
    BODY_RUN_AND,
    CHAIR_GAP,
    FORMER_BODY,
    JOINED_TITLE,
    LOWER_BODY,
    NAME,
    OF,
    OFFICE_ITSELF,
    PARTICLE_RE,
    PATRONYMIC,
    POSSESSIVE,
    PREP,
    STAFF_OF,
    STAFF_TO,
    STOP_WORDS,
    TITLE_WORDS,
    PersonMention,
    name_start,
    three_part_name,
    trim_name,
)
from kg.extract.people.styled_holders import styled_holder
from kg.extract.people.table import People, add, attach, holder, named_by, taken, unknown
from kg.extract.titles import TITLE, role_of
from kg.reference.tables import fold


def titled(
    pp: People,
    found: list[PersonMention],
    text: str,
    t: re.Match,
    by_start: dict[int, Mention],
    by_end: dict[int, Mention],
    covered: list[tuple[int, int]],
) -> None:
    """A title ("President of Lowlandia", "Kazakh Foreign Minister", "WHO Director-General"): the
    country or organization it names before or after it, then the name that follows (a new unknown
    person, or title facts for a reference person found there), else the holder of the office at
    the date through a role noun."""
    title = t.group()
    role = role_of(title)
    pos = t.end()
    iso = org = body = None  # body: the name of a body the reference data does not know
    # "Minister of Ukraine" read as a portfolio: the "portfolio" is a state (or body) named there;
    # a state after "for" is the brief, not the nationality ("Commissioner for Yemen")
    port = re.match(r"(.*?\b(?:of|for))\s+(?:the\s+)?", title)
    inside = by_start.get(t.start() + port.end()) if port else None
    if inside is not None and port is not None and inside.end >= t.end():
        if port.group(1).endswith("of") or inside.kind != "country":
            iso, org = named_by(pp.ref, inside)
        pos = max(pos, inside.end)
        title = title[: port.end(1) - 3].strip() or title
    # before the title: "Kazakh President", "US President", "Ukraine's President", "WHO Director-General"
    before = text[max(0, t.start() - 40) : t.start()]
    # (on the title's line: "… of Antigua and Barbuda\n\nPrime Minister …" names no country of his)
    bm = re.search(r"([\w'’.-]+)[ \t]+$", before)
    joined = JOINED_TITLE.search(text[max(0, t.start() - 80) : t.start()])
    if joined:  # "Qatari Deputy Prime Minister and Foreign Minister …": the demonym of the first title
        iso = iso or pp.ref.country_of_demonym(joined.group(1))
    if bm and bm.group(1)[:1].isupper():  # "Saudi Arabian Defense Minister": a two-word demonym
        two = re.search(r"([A-Z][\w'’-]+\s+[A-Z][\w'’-]+)\s+$", before)
        iso = iso or (pp.ref.country_of_demonym(two.group(1)) if two else None)
    if bm:
        word = bm.group(1)
        word_end = t.start() - len(before) + bm.end(1)
        prev = by_end.get(word_end)
        if prev is None and POSSESSIVE.search(word):
            prev = by_end.get(word_end - 2)
        if prev is None and re.fullmatch(r"(?:[A-Z]\.){2,}", word):  # "U.S. Deputy …": read without its dot
            prev = by_end.get(word_end - 1)
        if prev is not None and not (iso or org):
            iso, org = named_by(pp.ref, prev)
        elif word[:1].isupper():
            iso = iso or pp.ref.country_of_demonym(word.strip(".'’"))
    if former := FORMER_BODY.search(before):  # "Former World Health Organization Director-General X"
        iso = org = role = None  # not its head now
    # a body the reference data does not know just before it: "Sberbank CEO", "GUAM Secretary General"
    run = BODY_BEFORE.search(before) if not (iso or org or former) else None
    if run and fold(run.group(1).split()[0]) not in STOP_WORDS and not TITLE.search(run.group(1)):
        body = run.group(1).strip()
    # after: "of Kazakhstan", "of the World Health Organization"
    of = OF.match(text, pos)
    if of and text[pos : of.end()].strip().startswith("of"):
        nxt = by_start.get(of.end())
        if nxt is not None:
            i2, o2 = named_by(pp.ref, nxt)
            iso, org = i2 or iso, o2 or org
            pos = nxt.end
    elif of and text[pos : of.end()].strip().startswith("to"):  # "Ambassador to Kazakhstan": the host
        nxt = by_start.get(of.end())
        if nxt is not None:
            pos = nxt.end
    # "Chairman of the Board of Directors of East Hope Group Liu Yongxing": skip an unknown body's name
    if of and text[t.end() : of.end()].strip().startswith(("of", "for")) and pos == t.end():
        run = BODY_RUN.match(text, of.end())
        joined = BODY_RUN_AND.match(text, of.end())  # "for Neighborhood and Enlargement Negotiations, X"
        if (
            joined
            and (run is None or joined.end() > run.end())
            and re.match(r",[ \t]+[A-Z]", text[joined.end() :])
        ):
            run = joined
        if run:
            words = run.group().split()
            stop = next((i for i, w in enumerate(words) if i and fold(w) in TITLE_WORDS), len(words))
            words = words[:stop]
            cut = max((i for i, w in enumerate(words) if w in BODY_NOUNS), default=-1)
            # the name set off after the whole run: "Director of National Drug Control Policy, Kemp
            # Chester", "Secretary General of the Black Sea Economic Cooperation (BSEC) Jane Doe"
            set_off = re.match(r"\s*[,(]", text[of.end() + len(" ".join(words)) :])
            if set_off and (cut < 0 or {"of", "the", "for"} & set(words[cut + 1 :])):
                cut = len(words) - 1  # the words after the last body noun are no name
            elif cut < 0 and len(words) >= 3 and words[-1][:1].isupper() and words[-2][:1].isupper():
                cut = len(words) - 3 - three_part_name(pp.ref, words, len(words) - 2)  # "… <First> <Last>"
            if 0 <= cut < len(words) - 1 or (cut == len(words) - 1 and set_off):
                pos = of.end() + len(" ".join(words[: cut + 1]))
                body = " ".join(words[: cut + 1])
            # a state named inside the body ("Seimas of the Republic of Lithuania"): its country,
            # not the state an envoy's brief begins with ("Special Envoy for Yemen Tim Lenderking")
            brief = text[t.end() : of.end()].strip().startswith("for")
            for start in sorted(by_start):
                inner = by_start[start]
                if of.end() <= start and inner.end <= pos and inner.kind == "country":
                    if brief and start == of.end():
                        continue
                    iso = named_by(pp.ref, inner)[0] or iso
    if of and pos == t.end() and text[t.end() : of.end()].strip().startswith("of"):
        low = LOWER_BODY.match(text, of.end())  # "Head of the Donetsk regional state administration X"
        if low and re.search(r"\s[a-z]", low.group()):
            pos, body = low.end(), body or low.group()
    # a body of the organization or state just named: "Head of the NATO Mission in Ukraine Karen
    # McTear", "Commander-in-Chief of the United Arab Emirates Armed Forces Sheikh …"
    if (org or iso) and pos > t.end():
        sub = BODY_AFTER.match(text, pos)
        if sub:
            pos = sub.end()
    # the state of a body or the host of an envoy after it: "... Foreign Affairs of the Swiss
    # Confederation Ignazio Cassis", "Ambassador of Canada to Ukraine Larisa Galadza"
    for _ in range(2):
        more = PREP.match(text, pos)
        nxt = by_start.get(more.end()) if more and pos > t.end() else None
        if nxt is None or nxt.kind != "country":
            break
        if text[pos : more.end()].strip().startswith("of"):
            iso = named_by(pp.ref, nxt)[0] or iso
        pos = nxt.end
    # the name
    gap = re.match(
        r"[ \t]*(?:\([A-Z][\w&.-]*\)[ \t]*)?(?:,[ \t]*)?"
        r"(?:(?:Gen|Lt|Col|Maj|Adm|Brig|Capt|Cmdr|Hon|Mr|Ms|Mrs|Dr)\.[ \t]+)*"  # a rank or honorific
        r"(?:(?:H\.E\.|His Excellency|Her Excellency|The Honou?rable|Dato['’]? Seri|Datuk Seri|Tan Sri|"
        r"Dato['’]?|Datuk)[ \t]+)?",
        text[pos:],
    )
    name_m = NAME.match(text, pos + (gap.end() if gap else 0)) if gap is not None else None
    if name_m and gap is not None and "," in gap.group():
        # "Finance Minister of Ukraine, Sergii Marchenko, co-chaired": a full name set off by commas
        ok = len(trim_name(name_m.group()).split()) >= 2 and re.match(
            r"\s*(?:,|\.|and\b|;)", text[name_m.end() :]
        )
        name_m = name_m if ok and not any(name_m.start() <= k < name_m.end() for k in by_start) else None
    named_at = name_m.start() if name_m else -1
    if name_m and any(a <= named_at < b for a, b in covered):
        # a reference person already found right after the title: attach title facts
        person = next((pp.people[pm.key] for pm in found if pm.start == named_at), None)
        if person is not None:
            attach(person, title, role, iso, org)
        return
    if name_m:
        name = trim_name(name_m.group())
        words = name.split()
        if re.search(r"\s(?:of|for)\s", title) and len(words) >= 3 and not re.search(PARTICLE_RE, name):
            # "Minister of Economic Development Maxim Reshetnikov": the portfolio goes on, the name is the end  # noqa: E501
            k = name_start(pp.ref, words, complete=role is not None)
            title = f"{title} {' '.join(words[:k])}" if k else title
            name_m_start = name_m.start() + (len(" ".join(words[:k])) + 1 if k else 0)
            name = " ".join(words[k:])
        else:
            name_m_start = name_m.start()
        # a rank before the name: "Secretary for Strategic Affairs Admiral Flávio Rocha"
        second = TITLE.match(name)
        if second and len(name[second.end() :].split()) >= 2 and not PATRONYMIC.match(name, second.end()):
            name_m_start += second.end() + len(name[second.end() :]) - len(name[second.end() :].lstrip())
            name = name[second.end() :].strip()
            known = next((pm for pm in found if pm.start == name_m_start), None)
            if known is not None:  # "President Sheikh Mohammed bin Zayed": a reference person after it
                attach(pp.people[known.key], title, role, iso, org)
                return
        # "Name of Country" after the name
        after = OF.match(text, name_m.end())
        if after and text[name_m.end() : after.end()].strip().startswith("of"):
            nxt = by_start.get(after.end())
            if nxt is not None:
                i2, o2 = named_by(pp.ref, nxt)
                iso, org = iso or i2, org or o2
        # trim a trailing country/organization name swallowed by the name pattern
        lead_in = state_lead_in(text, by_start.get(name_m.start()))  # not "… Council Bharat Ramamurti"
        if lead_in is not None and lead_in.end < name_m.end():
            # "… of the Republic of Lithuania Viktorija Čmilytė-Nielsen": the country is not part of the name  # noqa: E501
            iso = iso or named_by(pp.ref, lead_in)[0]
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
            person = unknown(pp, name)
            staff = STAFF_TO.search(text, max(0, t.start() - 60), t.start())
            if person is not None and staff and role and not person.iri:
                # "Senior Advisor to the President Cedric Richmond", "adviser to the German Chancellor
                # Jens Plötner": when the office has another holder then, the name is the adviser's
                office = holder(pp, role, pp.ref.countries.get(iso or pp.home or "") if not org else org)
                if office is not None and office.key != person.key:
                    title, role = text[staff.start() : t.end()], None
            if person is not None and not (iso or org or person.iri):
                # "H.E. Mr. Ahmed Attaf, Minister of State, Minister of Foreign Affairs … of Algeria"
                comma = COMMA_TITLE.match(text, name_m.start() + len(name))
                iso = _state_after_titles(pp, text, comma.end(), by_start) if comma else None
            if person is not None:
                attach(person, title, role, iso, org)
                if body and not (org or person.iri or person.body):
                    person.body = body
                add(found, person, name_m_start, name_m_start + len(name))
                return
    # a role noun without a name: resolve through office data, unless it names the office itself
    # ("elected President of Kazakhstan", "the post of", "as President of") or a former holder
    before40 = text[max(0, t.start() - 40) : t.start()]
    if re.match(r"\s+for\s+[A-Z]", text[t.end() : t.end() + 6]):
        role = None  # "Director-General for Neighborhood and Enlargement": a department, not the head
    # "Macky Sall of Senegal, Chairperson of the African Union", "African Union Chairperson, President
    # of Senegal Macky Sall": the title of the person set off next to it, not the body's head
    at = t.start()
    if org and any(
        (0 <= at - pm.end <= CHAIR_GAP and re.match(r"[^.;:]*,\s*(?:the\s+)?$", text[pm.end : at]))
        or (0 <= pm.start - pos <= CHAIR_GAP and re.match(r"\s*,[^.;:]*$", text[pos : pm.start]))
        for pm in found
    ):
        role = None
    # "Ms. Jacinta Ardernu, Prime Minister of New Zealand": the title of the unknown name just before
    before_it = _set_off_before(found, text, at) if iso else None
    if before_it is not None and not re.match(r"[ \t]+[A-Z]", text[pos : pos + 2]):
        p = pp.people[before_it.key]
        if not p.iri:
            attach(p, title, role, iso, None)
            role = None
    if (
        (iso or org)
        and not OFFICE_ITSELF.search(before40)
        and not STAFF_OF.search(before40)
        and not (re.match(r"(?i)(?:former|first|ex-)\b", title))
    ):  # an office without a post: the person styled with it ("the Crown Prince of A")
        where = pp.ref.countries.get(iso) if iso else org
        p = styled_holder(pp, title, where if iso else None) or (holder(pp, role, where) if role else None)
        if p is not None:
            add(found, p, t.start(), t.end(), by_role=True)


# what may lie between a name and its title set off after it: "<Name>, [the] <up to three words> <Title>"
SET_OFF_TITLE = re.compile(r",[ \t]*(?:the[ \t]+)?(?:[A-Z][\w'’]*(?:[ \t]+|-)){0,3}")


def _set_off_before(found: list[PersonMention], text: str, at: int) -> PersonMention | None:
    """The last mention of `found` whose name a title starting at `at` is set off after (SET_OFF_TITLE
    spans the whole gap; the gap opens with the comma, so other mentions are not matched at all)."""
    last = None
    for pm in found:
        if pm.end < at and text[pm.end] == "," and SET_OFF_TITLE.fullmatch(text, pm.end, at):
            last = pm
    return last


# the office of a state an adviser serves ("Chief Diplomatic Advisor to the President of Spain")
STATE_OFFICE_OF = re.compile(
    r"(?:President|Prime\s+Minister|Chancellor|King|Queen|Emir|Amir|Sultan|Government)\s+of\s+(?:the\s+)?"
)


def _state_after(pp: People, text: str, a: re.Match, by_start: dict[int, Mention]) -> str | None:
    """The state named right after the match (or after the office of a state it names: "to the
    President of Spain"): a mention of it, or its demonym."""
    office = STATE_OFFICE_OF.match(text, a.end())
    after = by_start.get(office.end() if office else a.end())
    iso = named_by(pp.ref, after)[0] if after is not None else None
    if iso is None and office is None:
        word = re.match(r"[A-Z][\w'’-]+", text[a.end() :])
        iso = pp.ref.country_of_demonym(word.group()) if word else None
    return iso


# a chain of offices before the state they are of ("Minister of State, Minister of Foreign Affairs,
# National Community Abroad and African Affairs of the People's Democratic Republic of Algeria")
COMMA_TITLE = re.compile(r",\s+(?=[A-Z])")
TITLE_CHAIN = re.compile(r"(?:(?:[A-Z][\w'’-]*|of|and|for|the|,)\s*)+?\bof\s+(?:the\s+)?")


def _state_after_titles(pp: People, text: str, at: int, by_start: dict[int, Mention]) -> str | None:
    """The state named after a chain of offices that starts at `at` (TITLE_CHAIN), within 160 characters."""
    for start in sorted(k for k in by_start if at < k <= at + 160):
        if by_start[start].kind == "country" and TITLE_CHAIN.fullmatch(text, at, start):
            return named_by(pp.ref, by_start[start])[0]
    return None


def appositive(
    pp: People,
    found: list[PersonMention],
    text: str,
    a: re.Match,
    by_start: dict[int, Mention],
    covered: list[tuple[int, int]],
) -> None:
    """'<Name>, <Title> of/to the <Country or Demonym …>': a person of that state not in the reference."""
    start, end = a.start(1), a.end(1)
    if a.group(2).startswith("Spokes"):
        # "Ambassador X, the Spokesman for the Presidency, said …": the function, not the rank, tells
        # who he is (a spokesperson reads the release out)
        known = next((pm for pm in found if start <= pm.start < end), None)
        if known is not None:
            pp.people[known.key].title = a.group(2)
            return
    if taken(found, covered, by_start, start, end) or re.search(
        r"[A-Z][\w'’.-]*\s+$", text[max(0, start - 30) : start]
    ):
        return  # part of a name already found, a state inside the span, or a longer phrase
    name = trim_name(a.group(1))
    if len(name.split()) < 2:
        return
    iso = _state_after(pp, text, a, by_start)
    if iso is None and a.group(3) == "of":
        iso = _state_after_titles(pp, text, a.end(), by_start)
    if iso is None or (a.group(3) == "to" and re.search(r"Ambassador|Envoy", a.group(2))):
        return  # an envoy "to" a state is not of it
    person = unknown(pp, name)
    if person is not None and not person.iri:
        attach(person, a.group(2), None, iso, None)
        add(found, person, start, start + len(name))


def counterpart_of(
    pp: People,
    found: list[PersonMention],
    text: str,
    a: re.Match,
    by_start: dict[int, Mention],
    covered: list[tuple[int, int]],
) -> None:
    """'met with <title words> <Name> of <Country or the Demonym …>': an untitled counterpart of
    that state not in the reference data."""
    start, end = a.start(1), a.end(1)
    if taken(found, covered, by_start, start, end):
        return
    name = trim_name(a.group(1))
    if len(name.split()) < 2 or TITLE.search(name) or re.search(r"\b(?:Lady|First|Head|Leader)\b", name):
        return  # "the First Lady of Turkey": an office, not a name
    iso = _state_after(pp, text, a, by_start)
    if iso is None:
        return
    person = unknown(pp, name)
    if person is not None and not person.iri:
        attach(person, "", None, iso, None)
        add(found, person, start, start + len(name))


def lower_titled(
    pp: People, found: list[PersonMention], text: str, a: re.Match, covered: list[tuple[int, int]]
) -> None:
    """'met with governor of Russia’s Novgorod oblast Andrey Nikitin': a person not in the reference
    data named after a title written in lower case (his state is read from the words of his title
    when he takes part: kg.extract.affiliation.title_country)."""
    start = a.start(3)
    if any(pm.start < a.end(3) and start < pm.end for pm in found) or any(
        x < a.end(3) and start < y for x, y in covered
    ):
        return
    name = trim_name(a.group(3))
    person = unknown(pp, name) if len(name.split()) >= 2 else None
    if person is not None and not person.iri:
        attach(person, f"{a.group(1)} of {a.group(2)}", None, None, None)
        add(found, person, start, start + len(name))
