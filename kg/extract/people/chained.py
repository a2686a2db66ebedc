"""Names at the end of a long title: "Adviser to the Prime Minister of the Czech Republic on Foreign
Policy and Security Tomáš Pojar", "the director of the National Anti-Corruption Bureau of Ukraine
Semen Kryvonos", "Union Cabinet Minister of Labour and Employment, Environment, Forest and Climate
Change Bhupender Yadav, India".

A title head starts a chain of capitalized words and joiners; the name is the run of two or three
words at a break of the chain (a comma, a joiner, its end) after a word of the language of titles and
bodies (`title_vocabulary`: function words, portfolios, bodies, states, the words of the reference
data's organizations, frameworks, places and posts). The form, not the reference data, finds the
person: this is how officials of governments the reference data does not know are read.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Mention, scan
from kg.extract.patterns import at_starts, led_by
from kg.extract.people.lexicon import (
    NAME,
    PARTICLE,
    PORTFOLIO_WORDS,
    STOP_WORDS,
    UP,
    PersonMention,
    a_brief,
    given_names,
    title_vocabulary,
    title_word,
    trim_name,
)
from kg.extract.people.table import People, add, attach, named_by, taken, unknown
from kg.extract.titles import TITLE, title_matches
from kg.reference.tables import Reference, fold

# a title head: a title of the table, or a head noun of one in any case ("the director of …")
_HEADS = (
    "Advis[eo]r Director Head Chairman Chairwoman Chairperson Secretary Minister Ambassador Envoy "
    "Commissioner Governor Mayor Deputy Chief"
).split()
_HEAD_WORDS = [
    *(w for h in _HEADS for w in (h, h[0].lower() + h[1:])),  # (in any case: "the director of …")
    *"Counsel(?:l)?or Representative Coordinator Sherpa Officer Chancellor President Premier Member".split(),
]
HEAD = at_starts(
    [*(f"{lead}-(?:{'|'.join(_HEAD_WORDS)})" for lead in ("Vice", "Deputy")), *_HEAD_WORDS],
    r"(?:-General)?(?![\w-])",  # "Governor-General", "Vice-Chancellor"
)
# heads that begin longer titles ("Chief State Sanitary Physician"): a name never follows them at once
PREFIXES = frozenset("Chief Head Deputy Secretary Minister Officer".split())
# the last word of a body's name, just before a title's head ("Bureau Chief", "Office Head")
BODY_BEFORE = re.compile(
    r"(?<![\w'’-])(?:Bureau|Office|Staff|Service|Agency|Council|Committee|Department|Directorate|Police|"
    r"Guard|Forces|Army|Navy|Command|Cabinet|Administration|Presidency|Secretariat)[ \t]+$"
)
_WORD = rf"[{UP}]\.|[{UP}](?:[\w'’-]*\w)?"
JOINERS = frozenset("of for the and on in at to &".split())
# one step of the chain: a separator, then a capitalized word or a joiner
STEP = re.compile(rf"(?P<sep>[ \t]+|,[ \t]+)(?P<tok>{_WORD}|of|for|the|and|on|in|at|to|&)(?![\w'’-])")
_PARTICLES = frozenset(fold(p) for p in re.findall(r"\w+", PARTICLE))
# what may follow the name: a break of the chain
AFTER_NAME = frozenset("and to on in at".split())  # not "of": "… Sanitary Physician of Russia"
MAX_STEPS = 40
# a preposition of a headline, capitalized as its words are ("Remarks by President Biden During Guestbook
# Signing"): the chain of the title and name ends before it
HEADLINE_BREAK = frozenset(
    "During Before After Following Upon Ahead Amid Prior Until Since Throughout".split()
)
_POSSESSIVE = ("'s", "’s")
NEXT_ITEM = re.compile(r",[ \t\n]+and[ \t\n]+")  # the next item of a list
_CAPITAL = re.compile(rf"[{UP}]")
_CAPITALIZED_BEFORE = re.compile(rf"[{UP}][\w'’.-]*[ \t]+$")  # a capitalized word just before


def chained(
    pp: People,
    found: list[PersonMention],
    text: str,
    by_start: dict[int, Mention],
    covered: list[tuple[int, int]],
) -> None:
    """Unknown people named after a long title (module docstring); the title and the one state it
    names (or the state set off after the name, as in a list of participants) go with them."""
    vocab = title_vocabulary(pp.ref)
    spans = [(m.start, m.end, m) for m in by_start.values()]
    heads = sorted({m.start(): m for m in [*title_matches(text), *HEAD.finditer(text)]}.values(), key=_start)
    done = -1
    for h in heads:
        if h.start() < done:
            continue  # a head inside the chain just read
        toks: list[tuple[int, int, str, str]] = []  # start, end, word, separator
        pos = h.end()
        for _ in range(MAX_STEPS):
            st = STEP.match(text, pos)
            if st is None or st.group("tok") in HEADLINE_BREAK:
                break
            toks.append((st.start("tok"), st.end("tok"), st.group("tok"), st.group("sep")))
            pos = st.end()
            if text[pos : pos + 2] in _POSSESSIVE or st.group("tok").endswith(_POSSESSIVE):
                break  # "… Liz Sherwood-Randall’s Private Sector Roundtable": the possessor's, no title
        done = pos
        last_word = h.group().split()[-1]
        # a prefix ends the title when a body's name comes before it ("Poland’s National Security Bureau
        # Chief"): the title starts with that name
        t0 = h.start()
        body = BODY_BEFORE.search(text, max(0, t0 - 40), t0) if last_word in PREFIXES else None
        if body is not None:
            run = re.search(
                r"(?:[A-Z][\w'’-]*[ \t]+(?:(?:of|for|the|and)[ \t]+)*)+$", text[max(0, t0 - 80) : t0]
            )
            t0 -= len(run.group()) if run else 0
        ends = last_word not in PREFIXES or body is not None
        name = _name_at_break(toks, vocab, spans, text, last_word[:1].isupper() and ends, pp.ref)
        if name is None:
            continue
        i, j = name
        if i and toks[i - 1][2] == "to":
            continue  # "Adviser to Emmanuel Macron", "G7 Leaders to Announce Steps": no holder's name
        start, end = toks[i][0], toks[j][1]
        done = end  # the heads after this name start chains of their own
        if any(x < end and start < y for x, y in covered) or any(
            pm.start < end and start < pm.end for pm in found
        ):
            continue
        person = unknown(pp, text[start:end])
        if person is None or person.iri:
            continue
        title = text[t0 : toks[i - 1][1]] if i else text[t0 : h.end()]
        # the states of his title: after the last ", and" (before it, the previous item's: "Minister
        # of Health of Belize, and Her Excellency X"), not a brief ("Special Envoy for Yemen")
        cut = max((a.end() for a in NEXT_ITEM.finditer(text, t0, start)), default=t0)
        states = {
            named_by(pp.ref, m)[0] for s, e, m in spans if cut <= s and e <= start and not a_brief(text, s)
        } - {None}
        if not states:  # "Head of the Ukrainian delegation …": the demonym in the title
            states = {pp.ref.country_of_demonym(w) for w in re.findall(r"[\w'’-]+", title)} - {None}
        after = re.match(r",[ \t]*(?:the[ \t]+)?", text[end:])
        tail = by_start.get(end + after.end()) if after else None
        if tail is not None and re.match(r"[ \t]*(?:$|\n|;)", text[tail.end : tail.end + 2]):
            states = {named_by(pp.ref, tail)[0]} - {
                None
            } or states  # "…Xie Zhenhua, People's Republic of China"
        attach(person, " ".join(title.split()), None, states.pop() if len(states) == 1 else None, None)
        add(found, person, start, end)
        covered.append((start, end))


def _start(m: re.Match[str]) -> int:
    return m.start()


def _name_at_break(
    toks: list[tuple[int, int, str, str]],
    vocab: frozenset[str],
    spans: list[tuple[int, int, Mention]],
    text: str,
    capital_head: bool = False,
    vocab_ref: Reference | None = None,
) -> tuple[int, int] | None:
    """The first run of two or three name words (token indices) that a word of titles precedes and a
    break of the chain follows; with `capital_head`, the title's head itself may precede it
    ("Homeland Security Advisor Liz Sherwood-Randall")."""

    given = given_names(vocab_ref) if vocab_ref is not None else frozenset()

    def titleish(k: int) -> bool:
        s, e, w, _ = toks[k]
        return (
            w in JOINERS
            or title_word(w, vocab)
            or bool(re.search(r"['’]s$", w))  # "Russia's Novgorod oblast": a possessive is no name
            or any(a <= s and e <= b for a, b, _ in spans)
        )

    for j in range(1, len(toks)):
        if titleish(j) or fold(toks[j][2]) in _PARTICLES:
            continue
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        if nxt is not None and "," not in nxt[3] and nxt[2] not in AFTER_NAME:
            continue  # the capitalized run goes on
        if nxt is None and re.match(r"['’]s\b", text[toks[j][1] :]):
            continue  # a possessive: "… Tomáš Pojar's"
        i = j
        while (
            i - 1 >= 0
            and "," not in toks[i][3]
            and (not titleish(i - 1) or fold(toks[i - 1][2]) in _PARTICLES)
        ):
            i -= 1
        words = [t[2] for t in toks[i : j + 1] if fold(t[2]) not in _PARTICLES]
        if len(words) < 2:
            continue  # a word of a portfolio the vocabulary lacks ("Employment,")
        if (i == 0 and not capital_head) or "," in toks[i][3] or len(words) > 3:
            return None  # no title word just before it, or too long a run to tell the name
        if (
            len(words) == 3
            and fold(words[1]) in given
            and fold(words[0]) not in given
            and (i == 0 or fold(toks[i - 1][2]) not in PORTFOLIO_WORDS)
        ):
            # "Mayor of Melitopol Ivan Fedorov": the place or body ends before the first name (not
            # after a portfolio's last word: "… for Enlargement Negotiations Gert Jan Koopman")
            i += 1
        if not all(_CAPITAL.match(w) for w in words):
            return None
        return i, j
    return None


# a list item "[and] [the] <Title phrase>, [rank] <Name> [(virtual)]" ending at ";" or the sentence end:
# "Representing Mexico were the Secretary of Foreign Affairs, Alicia Bárcena Ibarra; the Secretary of
# the Navy, Adm. José Rafael Ojeda Durán; …; and the spokesperson for the Mexican Government, …"
ITEM = re.compile(
    r"(?:^|(?<=;))[ \t]*(?:and[ \t]+)?(?P<title>[^;:]{3,160}?),[ \t]+"
    r"(?:(?:Gen|Lt|Col|Maj|Adm|Brig|Capt|Cmdr|Dr|Mr|Ms|Mrs|Amb)\.[ \t]+)*"
    rf"(?P<name>{NAME.pattern})[ \t]*(?:\([^()]{{1,30}}\))?[ \t]*(?=;|\.?[ \t]*$)"
)


def set_off_items(
    pp: People,
    found: list[PersonMention],
    text: str,
    by_start: dict[int, Mention],
    covered: list[tuple[int, int]],
) -> None:
    """The people of a list whose items are a title set off from a name by a comma, items separated by
    semicolons (ITEM): at least two such items in one sentence; the one state an item's title names
    is the person's."""
    for sent in re.finditer(r"[^\n]+", text):  # a paragraph
        body = sent.group()
        if ";" not in body:
            continue
        items = [m for m in ITEM.finditer(body) if _head_in(m.group("title")) is not None]
        if len(items) < 2:
            continue
        for m in items:
            start = sent.start() + m.start("name")
            name = trim_name(m.group("name"))
            end = start + len(name)
            if len(name.split()) < 2 or any(x < end and start < y for x, y in covered):
                continue
            if any(office_word(w) for w in name.split()):
                continue  # the words of an office, no name
            if any(pm.start < end and start < pm.end for pm in found):
                continue
            person = unknown(pp, name)
            if person is None or person.iri:
                continue
            t0 = sent.start() + m.start("title") + (_head_in(m.group("title")) or 0)
            states = {
                named_by(pp.ref, x)[0]
                for s, x in by_start.items()
                if t0 <= s < start and not a_brief(text, s)
            } - {None}
            title = " ".join(text[t0 : sent.start() + m.end("title")].split())
            attach(person, title, None, states.pop() if len(states) == 1 else None, None)
            add(found, person, start, end)
            covered.append((start, end))


# a list whose items are a name and, in brackets, the state its bearer stands for ("… by Lubomir Rehak
# (Slovak Republic), Dang Minh Khoi (Socialist Republic of Vietnam), and Pavan Kapoor (Republic of
# India)"): each bearer is of that state, whatever his or her title
STATE_ITEM = led_by(
    UP,
    rf"(?<![\w'’-])(?P<name>(?:{_WORD})(?:[ \t]+(?:{_WORD}|{PARTICLE})){{1,5}})"
    r"[ \t]*\((?P<state>[^()\n]{2,60})\)",
)


def state_items(ref: Reference, text: str) -> list[tuple[int, int, str]]:
    """(start, end, ISO code) of each name of a list of three or more "Name (State)" items in `text` (a
    sentence), one after another with nothing but commas and "and" between them: the bracket is a
    state's name and nothing else."""
    runs: list[list[tuple[int, int, str]]] = [[]]
    last = -1
    for m in STATE_ITEM.finditer(text):
        inside = m.group("state")
        states = [x for x in scan(inside, ref) if x.kind == "country"]
        iso = (
            ref.iso_of(states[0].iri) if len(states) == 1 and states[0].end == len(inside.rstrip()) else None
        )
        lower = [w for w in inside.split() if w[:1].islower() and w not in JOINERS]
        if iso is None or lower or re.search(r"[^\w\s'’-]", inside):
            continue  # "(Kyiv, Ukraine)", "(joined by video from Ukraine)": not a state's name alone
        if last < 0 or not re.fullmatch(r"\s*,?\s*(?:and\s+)?", text[last : m.start("name")]):
            runs.append([])  # not the next item of the list before
        runs[-1].append((m.start("name"), m.end("name"), iso))
        last = m.end()
    return [item for run in runs if len(run) >= 3 for item in run]


def bracketed_items(
    pp: People, found: list[PersonMention], text: str, covered: list[tuple[int, int]]
) -> None:
    """The people of "Name (State)" lists (STATE_ITEM), each of the state its bracket names."""
    if text.count("(") < 3:
        return  # (a list holds three brackets at least)
    for para in re.finditer(r"[^\n]+", text):
        if para.group().count("(") < 3:
            continue
        for start, end, iso in state_items(pp.ref, para.group()):
            start, end = para.start() + start, para.start() + end
            name = text[start:end]
            name = name[name.index(" ") + 1 :] if name.split()[0] in ("And", "By", "With") else name
            start = end - len(name)
            inside = [
                pm for pm in found if start <= pm.start and pm.end <= end and pm.end - pm.start < end - start
            ]
            if len(name.split()) < 2 or any(
                pm.start < end and start < pm.end for pm in found if pm not in inside
            ):
                continue
            for pm in inside:  # a word of the name read as someone's surname ("Hassan" of Hassan Abdi Daoud)
                found.remove(pm)
            person = unknown(pp, name)
            if person is None:
                continue
            attach(person, "", None, iso, None)
            add(found, person, start, end)
            covered.append((start, end))


def _head_in(phrase: str) -> int | None:
    """Where the title in a list item's phrase begins (after the last sentence break), if it has one."""
    cut = max((m.end() for m in re.finditer(r"[.:]\s+(?=[A-Z])", phrase)), default=0)
    heads = [m.start() for m in (TITLE.search(phrase, cut), HEAD.search(phrase, cut)) if m is not None]
    return min(heads) if heads else None


# "<Name>, <Title words ending in a head noun> [of <a body>]," with no state after it: "met with Asta
# Skaisgiryte, Chief Foreign Policy Advisor, and Kestutis Budrys", "Mykhailo Brodskyy, President of the
# Basketball Federation of Ukraine, noted"
_TITLE_AFTER_NAME = (
    rf",[ \t]+(?:the[ \t]+)?"
    rf"(?P<title>(?:[{UP}](?:\.[{UP}]\.|[\w'’-]*)[ \t]+){{0,4}}(?:{HEAD.pattern}|{TITLE.pattern})"
    r"(?:[ \t]+(?:of|for|at|to)[ \t]+[^,;.()\n•]{1,100}?)?)(?=[ \t]*(?:[,;.()•]|and\b))"
)
NAME_TITLE = led_by(UP, rf"(?<![\w'’.-])(?P<name>{NAME.pattern}){_TITLE_AFTER_NAME}")  # (a name: capitalized)
# what every NAME_TITLE holds after the name (a text without it has none; searched at commas only)
NAME_TITLE_SCREEN = re.compile(_TITLE_AFTER_NAME)


def name_then_title(
    pp: People,
    found: list[PersonMention],
    text: str,
    by_start: dict[int, Mention],
    covered: list[tuple[int, int]],
) -> None:
    """Unknown people named before their title, set off by commas (NAME_TITLE)."""
    for m in NAME_TITLE.finditer(text) if NAME_TITLE_SCREEN.search(text) else ():
        name = trim_name(m.group("name"))
        start = m.start("name")
        end = start + len(name)
        if len(name.split()) < 2 or name != m.group("name") or fold(name.split()[0].strip(".")) in STOP_WORDS:
            continue  # "Mr Belozerov": an honorific, no first name
        if any(office_word(w) for w in name.split()):
            continue  # "Oregon Senator, …": words of a title, no name
        if _CAPITALIZED_BEFORE.search(text[max(0, start - 30) : start]):
            continue  # the end of a longer capitalized phrase
        if taken(found, covered, by_start, start, end):
            continue  # a name found already, or a state or body inside the span
        person = unknown(pp, name)
        if person is None or person.iri:
            continue
        attach(person, " ".join(m.group("title").split()), None, _state_of_title(pp, text, m, by_start), None)
        add(found, person, start, end)
        covered.append((start, end))


def _state_of_title(pp: People, text: str, m: re.Match[str], by_start: dict[int, Mention]) -> str | None:
    """The state a title set off after a name ends with, to its clause's end ("…, Spokesperson and Chief
    Advisor to the President of Türkiye", "…, President of the Basketball Federation of Ukraine")."""
    stop = re.compile(r"[,;.()\n]").search(text, m.end("title"))
    end = stop.start() if stop else len(text)
    for k in sorted(by_start):
        x = by_start[k]
        if m.start("title") <= k and x.end <= end and x.kind == "country":
            if re.search(r"\bof\s+(?:the\s+)?$", text[max(0, k - 8) : k]):
                return pp.ref.iso_of(x.iri)
    return None


def office_word(word: str) -> bool:
    """A title's word in a span set off as a name ("Oregon Senator", "Ranking Member Grassley")."""
    return bool(TITLE.fullmatch(word) or HEAD.fullmatch(word) or title_word(word, frozenset(_OFFICE_NOUNS)))


_OFFICE_NOUNS = {"member", "members", "ranking", "senator", "legislators", "workers", "officials", "leaders"}
