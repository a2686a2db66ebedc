"""Reading the accounts: every release's meetings, with what identity and the counted meeting need.

An account is one meeting node of one release graph (`dmo:Meeting`, or `dmo:MentionedMeeting` for a
meeting a release mentions in passing), held or planned, with its facts as that release states
them. The publisher's country (`home`, decided once by extraction and read from the release's
`dmo:publisherCountry`) and the sides a title names decide which accounts can be the same meeting
(kg.reconcile.identity).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from kg.extract.dates import names_a_day
from kg.extract.news import told_as_news
from kg.names import gathering_words
from kg.query import wrap
from kg.reconcile.account_model import Account, Span
from kg.reconcile.account_queries import (
    ACCOUNTS_QUERY,
    COUNTRY_NAMES_QUERY,
    DATE_SENTENCES_QUERY,
    EVENTS_QUERY,
    FACTS_QUERY,
    ISO_QUERY,
    LEADERS_QUERY,
    LEADS_QUERY,
    MODE_SENTENCES_QUERY,
    PARTICIPANT_SENTENCES_QUERY,
    PEOPLE_QUERY,
    PLACE_COUNTRY_QUERY,
    TOGETHER,
)
from kg.reconcile.briefings import daily_briefing, told_meetings
from kg.reconcile.org_summits import with_bodies
from kg.reconcile.parts import parts
from kg.store import Store

EDGE_MARGIN = 366  # days: accounts this close to the calendar's ends (years 1, 9999) are not compared
# facts of an account, by the property that states them
FACTS = {
    "participant": "participants",
    "country": "countries_iri",
    "organization": "organizations",
    "venue": "venues",
    "sidelinesOf": "events",
    "gathering": "gatherings",
    "references": "frameworks",
    "topic": "topics",
}


_OFFICE = (
    r"(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Crown\s+Prince|Emir|Amir|Sultan|Minister|"
    r"Secretary|Leader|Delegation|Ambassador|Advis[eo]r|Head\s+of\s+(?:State|Government))\b"
)
OFFICE_AFTER = re.compile(r"\s+(?:[A-Z][\w'-]*\s+){0,2}?" + _OFFICE)
OFFICE_BEFORE = re.compile(_OFFICE + r"[^|:;]{0,60}\bof\s+(?:the\s+)?$")
# the words of an office's name: capitalized, joined by "of the" ("Head of the Office of the President")
OFFICE_RUN_AFTER = re.compile(r"(?:\s+[A-Z][\w'-]*(?:\s+(?:of|for)(?:\s+the)?(?=\s+[A-Z]))?)+")
OFFICE_RUN_BEFORE = re.compile(r"(?:[A-Z][\w'-]*\s+(?:(?:of|for)\s+(?:the\s+)?)?)+(?:of|for)\s+(?:the\s+)?$")
LINKS = {"of", "for", "the"}


def rows(store: Store, sparql: str) -> Iterable[dict[str, str | None]]:
    """The solutions of a SELECT as dicts of plain strings."""

    yield from wrap(store.query(sparql)).records()


def clean(text: str) -> str:
    return text.replace("\\", "").replace("\u00a0", " ").replace("\u2019", "'")


# where a name may start: a word, no "." before it; a name found there starts with that very word
_WORD_START = re.compile(r"(?<![\w.])\w+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class NameSpan:
    """A name found in a text, and where."""

    name: str
    start: int
    end: int


class Names:
    """Finds names (country names and demonyms, people's names) in a title: name -> keys.

    A name is found whole, at a word's start with no "." before it and no letter after it, the longest
    one at each place, left to right (names of two characters or more, starting with a capital)."""

    def __init__(self, pairs: Iterable[tuple[str, str]]) -> None:
        self.keys: dict[str, set[str]] = defaultdict(set)
        for name, key in pairs:
            if name and key:
                self.keys[clean(name).strip()].add(key)
        usable = {n for n in self.keys if len(n) >= 2 and n[0].isupper()}
        self._by_word: dict[str, list[str]] = defaultdict(list)  # first word -> names, longest first
        for n in sorted(usable, key=len, reverse=True):
            self._by_word[_WORD.match(n).group()].append(n)  # type: ignore[union-attr]

    def spans(self, text: str) -> list[NameSpan]:
        """The names in `text`, in order, none overlapping."""
        out: list[NameSpan] = []
        at = 0
        for w in _WORD_START.finditer(text):
            i = w.start()
            if i < at:
                continue
            for n in self._by_word.get(w.group(), ()):
                if text.startswith(n, i) and not _WORD.match(text, i + len(n)):
                    out.append(NameSpan(n, i, i + len(n)))
                    at = i + len(n)
                    break
        return out

    def found(self, text: str) -> set[str]:
        return {k for s in self.spans(text) for k in self.keys[s.name]}

    def office_words(self, text: str) -> set[tuple[str, str]]:
        """(key, word) for the words of each office a title gives a holder of by a name ("the Head of
        the Office of the President of Ukraine": UA, head, office, president; "the US National Security
        Advisor": US, national, security, advisor), to be compared with the other side's words."""
        out: set[tuple[str, str]] = set()
        for m in self.spans(text):
            if OFFICE_AFTER.match(text, m.end):
                phrase = OFFICE_RUN_AFTER.match(text, m.end)
            elif OFFICE_BEFORE.search(text[: m.start]):
                phrase = OFFICE_RUN_BEFORE.search(text[: m.start])
            else:
                continue
            words = {w.lower() for w in re.findall(r"[A-Za-z]+", phrase.group() if phrase else "")} - LINKS
            out |= {(k, w) for k in self.keys[m.name] for w in words}
        return out

    def of_officeholders(self, text: str) -> set[str]:
        """The keys of the names a title gives an office holder of ("Bahraini Crown Prince …", "Crown
        Prince Salman … of Bahrain"), whoever extraction took that person for."""
        return {
            k
            for m in self.spans(text)
            if OFFICE_AFTER.match(text, m.end) or OFFICE_BEFORE.search(text[: m.start])
            for k in self.keys[m.name]
        }


def _surname(label: str) -> str:
    """The last word of a name of two words or more, as written ("Biden" of "Joseph R. Biden, Jr.")."""
    words = [
        w
        for w in re.split(r"[\s,]+", label)
        if w and w.rstrip(".").lower() not in {"jr", "sr", "ii", "iii", "iv"}
    ]
    if " of " in label:  # "Philippe of Belgium": a style, no surname
        return ""
    return words[-1] if len(words) >= 2 and len(words[-1]) >= 3 else ""


def _events(store: Store) -> tuple[dict[str, set[str]], dict[str, set[Span]]]:
    """Each event meetings are at: the words of its names, and its days (or its editions') when known."""
    words: dict[str, set[str]] = defaultdict(set)
    spans: dict[str, set[Span]] = defaultdict(set)
    for r in rows(store, EVENTS_QUERY):
        e = r["e"] or ""
        words[e] |= gathering_words(clean(r["name"] or ""))
        start, end = _day(r["start"]), _day(r["end"])
        if start and end:
            spans[e].add((start, end))
    return words, spans


def _span(events: Iterable[str], day: date, spans: dict[str, set[Span]]) -> Span | None:
    """The days of the edition of these events that `day` falls in."""
    return min((sp for e in events for sp in spans.get(e, ()) if sp[0] <= day <= sp[1]), default=None)


def _day(text: str | None) -> date | None:
    """A date date arithmetic can be done on (a year 1 or 9999 would stop reconciliation), else None."""
    try:
        day = date.fromisoformat((text or "")[:10])
    except ValueError:
        return None
    return day if EDGE_MARGIN <= day.toordinal() <= date.max.toordinal() - EDGE_MARGIN else None


def load_accounts(store: Store) -> list[Account]:
    """Every dated meeting of every release, held or planned, with what identity needs."""
    country_names = Names((r["name"] or "", r["iso"] or "") for r in rows(store, COUNTRY_NAMES_QUERY))
    iso_of = {r["c"] or "": r["iso"] or "" for r in rows(store, ISO_QUERY)}
    person_names: dict[str, set[str]] = defaultdict(set)
    nationalities: dict[str, set[str]] = defaultdict(set)
    for r in rows(store, PEOPLE_QUERY):
        p = r["p"] or ""
        if r["name"]:
            person_names[p].update({r["name"], _surname(r["name"])})
        if r["iso"]:
            nationalities[p].add(r["iso"])
    nationality = {p: min(isos) for p, isos in nationalities.items()}
    people = Names((n, p) for p, ns in person_names.items() for n in ns if p in nationality)
    facts: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for r in rows(store, FACTS_QUERY):
        facts[r["m"] or ""][(r["p"] or "").rsplit("#", 1)[-1]].add(r["o"] or "")
    leads = {r["m"] or "": clean(r["s"] or "") for r in rows(store, LEADS_QUERY)}
    event_words, spans = _events(store)
    tenures: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in rows(store, LEADERS_QUERY):
        tenures[r["p"] or ""].append(((r["start"] or "")[:10], (r["end"] or "9999")[:10]))
    placed = list(rows(store, PLACE_COUNTRY_QUERY))
    host = {r["p"] or "": r["iso"] or "" for r in placed}
    places = Names((r["name"] or "", r["iso"] or "") for r in placed)
    sentences = [
        (r["m"] or "", clean(r["s"] or ""), r["kind"] or "") for r in rows(store, DATE_SENTENCES_QUERY)
    ]
    # the sentence dating each mention: told as the day's news or not (kg.extract.news)
    said = {m: s for m, s, kind in sentences if kind.endswith("MentionedMeeting")}
    day_named = {m for m, s, _ in sentences if names_a_day(s)}
    mode_said = {r["m"] or "": clean(r["s"] or "") for r in rows(store, MODE_SENTENCES_QUERY)}
    said_in: dict[str, dict[str, set[int]]] = defaultdict(lambda: defaultdict(set))
    for r in rows(store, PARTICIPANT_SENTENCES_QUERY):
        said_in[r["m"] or ""][r["p"] or ""].add(int(r["start"] or 0))
    found = list(rows(store, ACCOUNTS_QUERY))
    per_release: dict[str, set[str]] = defaultdict(set)
    for r in found:
        per_release[r["rel"] or ""].add(r["m"] or "")
    # a mention that is its release's news is typed dmo:Meeting too (kg.extract.news): still a mention
    mentions = {r["m"] or "" for r in found if (r["kind"] or "").endswith("MentionedMeeting")}

    accounts: dict[str, Account] = {}
    lead_people: dict[str, frozenset[str]] = {}  # the people each meeting's lead sentence names
    for r in found:
        m = r["m"] or ""
        day = _day(r["date"])
        if day is None:
            continue
        publisher = r["pub"] or ""
        title = clean(r["title"] or "")
        home = iso_of.get(r["home"] or "")
        f = facts.get(m, {})
        ppl = frozenset(f.get("participant", ()))
        countries = frozenset(iso_of[c] for c in f.get("country", ()) if c in iso_of)
        # a plan told only in a reporter's question ("does the call rule out that they might meet?"): a part
        asked = (r["status"] or "").endswith("Planned") and leads.get(m, "").rstrip().endswith("?")
        mentioned = m in mentions or asked
        # the sides the title names: countries, and the participants it names (by nationality)
        headline = frozenset(people.found(title) & ppl)
        named = country_names.found(title) | {nationality[p] for p in headline}
        present = {nationality[p] for p in ppl if p in nationality}
        # the host country of the venue or of a place the title names ("… Before Bilateral Meeting |
        # Vilnius, Lithuania"), none of whose people take part, is a place, not a side
        named -= (
            ({host.get(v, "") for v in f.get("venue", ())} | places.found(title)) - present - {home or ""}
        )
        leaders = frozenset(
            p for p in ppl if any(start <= day.isoformat() <= end for start, end in tenures.get(p, ()))
        )
        # who the meeting is with: one state, or one person of none (an organization's officer)
        counterparts = {nationality.get(p, p) for p in ppl} - {home}
        # states a title names none of whose people take part, over foreign leaders who do ("Joint
        # Statement on Israel" by five leaders, "… make Russia say …" on a call with Biden, a joint
        # statement of three presidents on Russia's aggression): the subject; the sides are the leaders'
        foreign = {nationality[p] for p in leaders if p in nationality} - {home}
        office_states = frozenset(country_names.of_officeholders(title))
        offices = frozenset(country_names.office_words(title))
        subject = named - present - {home} - office_states
        if foreign and subject and (r["status"] or "").endswith("Held"):
            named = (named - subject) | foreign
        elif subject and not (named & present) - {home} and (f.get("sidelinesOf") or present - {home}):
            # a summit's session on a state none of whose people take part ("… on Ukraine"), or talks
            # with someone of another state or body on it ("… escalation against Ukraine … - the
            # President after the meeting with the NATO Secretary General")
            named -= subject
        if mentioned:
            # mentioned in passing, one meeting per counterpart: its sides are its own participants'
            headline = ppl
            named = set(countries) | {nationality[p] for p in ppl if p in nationality}
        elif len(per_release[r["rel"] or ""]) > 1 and not named - {home}:
            # a title over several meetings names none of their counterparts: each meeting's own lead
            # sentence ("During the talks with US Vice President Kamala Harris, …") says whose it is
            lead = leads.get(m, "")
            headline = frozenset(people.found(lead) & ppl)
            named = country_names.found(lead) | {nationality[p] for p in headline}
        elif (
            not named - {home} and not f.get("sidelinesOf") and len((present | countries) - {home or ""}) < 2
        ):
            # a title naming no counterpart over one talk of two sides ("Statement … on Secretary
            # Austin's Call"): the states its lead sentence names ("… spoke today with his Ukrainian
            # counterpart") that take part, not those it speaks of ("Russia's war against Ukraine");
            # not a group's meeting, whose states it lists though it names few of its people
            lead = leads.get(m, "")
            headline = frozenset(people.found(lead) & ppl)
            named = (country_names.found(lead) & (present | countries)) | {nationality[p] for p in headline}
        acc = Account(
            meeting=m,
            release=r["rel"] or "",
            publisher=publisher,
            title=title,
            released=_day(r["released"]),
            date=day,
            mode=(r["mode"] or "").rsplit("#", 1)[-1] or None,
            participants=ppl,
            countries=countries,
            nationality=tuple(sorted((p, nationality[p]) for p in ppl if p in nationality)),
            home=home,
            sides=frozenset(named | ({home} if home else set())),
            headline=headline,
            status=(r["status"] or "").rsplit("#", 1)[-1] or "Held",
            mentioned=mentioned,
            gathering=frozenset(w for e in f.get("sidelinesOf", ()) for w in event_words.get(e, ())),
            span=_span(f.get("sidelinesOf", ()), day, spans),
            recent=mentioned and told_as_news(said.get(m), title),
            leaders=leaders,
            undated=m not in day_named and day == _day(r["released"]),
            day_said=m in day_named,
            beside=len(per_release[r["rel"] or ""]) > 1 and len(counterparts) == 1,
            office_states=office_states,
            office_words=offices,
            said=f"{title} {leads.get(m, '')}",
            met_only=m in mode_said and not TOGETHER.search(mode_said[m]) and not TOGETHER.search(title),
            facts={k: tuple(sorted(v)) for k, v in f.items()},
        )
        lead_people[m] = frozenset(people.found(leads.get(m, "")) & ppl)
        prev = accounts.get(m)  # a meeting with two dates or modes: keep the first, in a fixed order
        if prev is None or (acc.date, acc.mode or "") < (prev.date, prev.mode or ""):
            accounts[m] = acc
    out = [
        t
        for a in accounts.values()
        for p in parts(a, event_words, spans)
        for t in told_meetings(
            p,
            lead_people.get(p.meeting, frozenset()),
            {k: frozenset(v) for k, v in said_in.get(p.meeting, {}).items()}
            if daily_briefing(p.title)
            else None,
        )
    ]
    return sorted(with_bodies(store, out), key=lambda a: a.key)
