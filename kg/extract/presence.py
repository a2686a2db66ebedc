"""Who is present besides the people of the sentences reporting the meeting: the co-hosts thanked in
its first sentences, the signers a statement lists at its end, who speaks in the report; and which
sentences tell of another day than the meeting's (kg.extract.elsewhere).

Signers: a leaders' or joint statement issued at a meeting is signed by those who took part in it; only
a paragraph near the end that holds two or more people, a title and no lower-case word but joiners is
such a list ("Special Envoy Ewen McDonald of Australia Prime Minister Mark Brown of Cook Islands …").
Speakers: "Head of the President's Office Andriy Yermak assured that …", "Mykhailo Brodskyy, President
of the Basketball Federation of Ukraine, noted that …", "'…,' Kyrylo Tymoshenko stressed": a person the
report has say something in its narrative (not in a transcript's speech, not in another meeting, not
at another time) is at the meeting.
"""

from __future__ import annotations

import re
from datetime import date

from kg.extract.doc import Doc
from kg.extract.elsewhere import elsewhere
from kg.extract.leaders_speaking import BRIEFING
from kg.extract.patterns import holds_any, screen_words
from kg.extract.people import Person, PersonMention, resolve_roles
from kg.extract.people.table import from_reference
from kg.extract.sentences import Sentence
from kg.extract.titles import TITLE

# the co-hosts of the meeting, thanked in its first sentences, even in a speech ("a special thank
# you to the leaders of Belize, Germany, Indonesia, Senegal for cohosting this summit")
CO_HOSTS = re.compile(r"(?i)\bco-?host(?:ing|ed|s)?\s+(?:of\s+)?(?:this|today['’]s)\b")
HOSTS_READ = 8


def co_hosts(doc: Doc) -> list[Sentence]:
    """The first sentences naming the co-hosts of the meeting (CO_HOSTS)."""
    return [s for s in doc.sents[:HOSTS_READ] if CO_HOSTS.search(s.text)]


STATEMENT = re.compile(r"(?i)\b(?:statement|declaration|communiqu[eé])\b")
CLOSING_PARAGRAPHS = 3
_JOINERS = frozenset("of the and for to in on at".split())


def signatories(doc: Doc) -> list[Sentence]:
    """The sentences of a statement's closing list of signers (module docstring), if it has one."""
    if not STATEMENT.search(doc.title) or not doc.sents:
        return []
    paras = sorted({s.para for s in doc.sents})[-CLOSING_PARAGRAPHS:]
    out: list[Sentence] = []
    for para in paras:
        sents = [s for s in doc.sents if s.para == para]
        start, end = sents[0].start, sents[-1].end
        text = doc.text[start:end]
        people = {pm.key for pm in doc.found.mentions if start <= pm.start < end and not pm.by_role}
        lower = [w for w in re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", text) if w not in _JOINERS]
        if len(people) >= 2 and not lower and TITLE.search(text):
            out += sents
    return out


SPEECH_VERBS = (
    r"(?:said|noted|stressed|emphasi[sz]ed|assured|underlined|underscored|added|pointed\s+out|"
    r"expressed|informed|told|highlighted|proposed|suggested|recalled|briefed|reported)"
)
# between the subject's name and its verb: nothing, an apposition set off by commas, an adverb
_TO_VERB = re.compile(rf"(?:\s*,[^,.;:\"“”]{{1,120}},)?\s+(?:also\s+|in\s+turn,?\s+)?{SPEECH_VERBS}\b")
# before the subject: the sentence start (after a lead-in: "For his part,", "In turn,"), or the title
# words of the name, a comma between two titles ("Chair of the Board of X, CEO of Y Lenna Koszarny")
_SUBJECT_START = re.compile(
    r"(?:^|[.!?]\s+)(?:(?:For\s+(?:his|her|their|its)\s+part|In\s+(?:his\s+|her\s+|their\s+)?turn),?\s+)?"
    r"(?:(?:[A-Z][\w'’.-]*,?|of|the|for|and|in|at)\s+){0,20}$"
)
# "'…,' Kyrylo Tymoshenko stressed", "'…,' said the Head of State"
_AFTER_QUOTE = re.compile(
    rf"[,.!?][\"”’]\s+(?:{SPEECH_VERBS}\s+)?(?:(?:[A-Z][\w'’.-]*|of|the|for|and)\s+){{0,10}}$"
)
_SAID_AFTER = re.compile(rf"\s+{SPEECH_VERBS}\b|\s*[.,]")  # a speech verb or a stop after a name
# what was said before ("had said"): not at this meeting
_PLUPERFECT = re.compile(r"(?i)\bhad\s+(?:said|noted|stressed|stated)\b")


def _said_at_another_time(text: str, day: date | None) -> bool:
    """Does a sentence tell what was said at another time (a clause of an earlier or another day:
    kg.extract.elsewhere), or "had said" it?"""
    return _PLUPERFECT.search(text) is not None or any(
        c.kind in ("earlier", "dated") for c in elsewhere(text, day)
    )


def speakers(doc: Doc, sentences: list[Sentence]) -> list[tuple[PersonMention, Sentence]]:
    """The people who say something in `sentences` (as subjects of a speech verb), with the sentence."""
    out = []
    for s in sentences:
        if re.match(r"(?i)\s*as\s", s.text):
            continue  # "As President Biden said at this year's General Assembly": said elsewhere
        found = []
        for pm in doc.found.mentions:
            if not (s.start <= pm.start < s.end) or pm.by_role:
                continue
            before = doc.text[s.start : pm.start]
            after = doc.text[pm.end : s.end]
            said = _TO_VERB.match(after) and _SUBJECT_START.search(before)
            quoted = _AFTER_QUOTE.search(before) and _SAID_AFTER.match(after)
            if said or quoted:
                found.append((pm, s))
        if found and not _said_at_another_time(s.text, doc.found.on):
            out += found
    return out


# the words one of which every match of participants.PRESENCE holds
PRESENCE_WORDS = (
    *("join", "took part", "taking part", "particip", "attended", "present", "accompanied", "also"),
    *("included", "involves", "met", "meeting", "brought together", "gathered", "convened", "delegations"),
    *(
        "chair",
        "host",
        "invited",
        "represent",
        "mr",
        "madam",
        "talks",
        "conversation",
        "call",
        "negotiations",
    ),
)


# someone a speaker at the meeting speaks to or points out in the room: seen ("I see Secretary B down
# there", "I also see my friend, Prime Minister C") or addressed at a sentence's start ("And, President
# D, I want to thank you"); not someone thanked (often absent: the key disagreed on validation)
_ADDRESS_CUE = re.compile(
    r"(?i)\bI\s+(?:also\s+)?see\s+(?:my\s+(?:good\s+|dear\s+)?friends?,?\s+)?"
    r"(?:(?:the|my|our)\s+(?:good\s+)?(?:friend,?\s+)?)?(?=(?-i:[A-Z]))"
)
_VOCATIVE = re.compile(
    r"^(?:(?:And|So|Now|Well),?\s+|To\s+)?"
    r"(?=(?-i:[A-Z])[\w.'’ -]{2,60},\s+(?:I|we|you|thank|let|it['’]s|it\s+is)\b)"
    # a speaker's thanks to the one who spoke before, by title and name ("Thank you, Secretary X.")
    r"|^Thank\s+you(?:\s+(?:so|very)\s+much)?,\s+(?=(?-i:[A-Z])[\w.'’ -]{2,60}[.!]$)"
)
# a speaker's opening salutation of those before him ("PRESIDENT X: President A; Prime Minister B;
# President C: a great honour to be here", "Mr. President, Mr. Secretary-General, my fellow leaders"): the
# speaker's label, then items by title, to a colon or a greeting of the rest of the room
_LABEL_START = re.compile(r"[A-Z][A-Z.'’ -]{2,40}:\s+")
_ITEM = re.compile(r"(?:and\s+)?(?:(?:Mr|Ms|Mrs)\.\s+|Madam\s+|Madame\s+)?")
_NAMES = re.compile(r"(?:[\s-]+(?:[A-Z][\w.'’-]*|von|van|der|den|de|da|la|bin|al))*")
_GREETING = re.compile(
    r"(?i)(?:and\s+)?(?:my|our|all|dear|distinguished|excellencies|ladies|friends|colleagues|fellow)\b"
)
# the end of an item, after an aside between dashes ("Chancellor — I see you — Chancellor B;")
_SEPARATOR = re.compile(r"(?:\s+[—–][^;:,]{0,100}?)?\s*([,;:])\s*")
SALUTATION_CHARS = 300  # how far into a sentence a salutation may run


def salutation_starts(text: str) -> list[int]:
    """Where the items of a salutation opening `text` start (two or more, each a title with any names
    after it, separated by commas or semicolons, ended by a colon or by a greeting of the room); none
    when the sentence does not open with one."""
    if ":" not in text[:SALUTATION_CHARS] and "," not in text[:SALUTATION_CHARS]:
        return []
    label = _LABEL_START.match(text)
    pos = label.end() if label else 0
    starts: list[int] = []
    while pos < SALUTATION_CHARS:
        lead = _ITEM.match(text, pos)
        at = lead.end() if lead else pos
        title = TITLE.match(text, at)
        if title is None or not title.group().strip(" .").istitle() and "-" not in title.group():
            break
        names = _NAMES.match(text, title.end())
        end = names.end() if names else title.end()
        sep = _SEPARATOR.match(text, end)
        if sep is None:
            break
        starts.append(at)
        pos = sep.end()
        if sep.group(1) == ":":
            return starts if len(starts) >= 2 else []
    return starts if len(starts) >= 2 and _GREETING.match(text, pos) else []


# titles of offices a head of state or government, or a foreign or defence minister, does not hold
# while in office: a vocative "Ambassador X" is not the head of state the finder reads for "X"
OTHER_OFFICE = re.compile(
    r"Ambassador|Amb\.|Senator|Sen\.|Congress(?:man|woman)|Rep\.|Governor|Gov\.|Mayor|Judge"
)
LEADING_ROLES = ("HeadOfState", "HeadOfGovernment", "Leader", "ForeignMinister", "DefenceMinister")


def _leads(doc: Doc, key: str) -> bool:
    """Does the person hold, at the date, a state's leading office in the reference data?"""
    p = doc.found.people.get(key)
    posts = doc.ref.posts_of(p.iri, doc.found.on) if p is not None and p.iri else ()
    return any(doc.ref.post_role(t)[0] in LEADING_ROLES for t in posts)


# remarks given at the meeting itself (the title says where), not a speech about it elsewhere
AT_MEETING = re.compile(r"(?i)^remarks\b.*\b(?:at|before|during|in)\b")


# a speaker's label in capitals that names an office ("PRIME MINISTER KRISTERSSON:"), not a spouse's
# ("MRS. HIGGINS:", "DR. BIDEN:", "FIRST LADY BIDEN:"), a press call's or a briefing's
_LABEL = re.compile(r"^(?P<label>[^:a-z]{3,60}):")
_NOT_OFFICE = re.compile(
    r"^(?:THE\s+)?(?:MRS?\.?|MS\.?|DR\.?|MADAM|(?:FIRST|SECOND)\s+(?:LADY|GENTLEMAN))(?:\s|$)"
)


def labelled_speakers(
    doc: Doc, sentences: list[Sentence], labelled: set[int]
) -> list[tuple[PersonMention, Sentence]]:
    """The office holders who speak in turn at the meeting the remarks are given at (the title says
    where): a speaker's label opening a paragraph of the transcript names one ("PRIME MINISTER
    KRISTERSSON: …" at a leaders' summit whose title names only the host)."""
    if not AT_MEETING.search(doc.title) or BRIEFING.search(doc.title):
        return []
    out = []
    seen: set[int] = set()
    for s in sentences:
        if s.para not in labelled or s.para in seen:
            continue
        seen.add(s.para)
        m = _LABEL.match(s.text)
        if m is None or _NOT_OFFICE.match(m.group("label")) or not TITLE.match(m.group("label").title()):
            continue
        at = doc.text.find(m.group("label"), s.start)
        end = at + len(m.group("label"))
        out += [(pm, s) for pm in doc.found.mentions if at <= pm.start < end and not pm.by_role]
    return out


def addressed(doc: Doc, sentences: list[Sentence]) -> list[tuple[PersonMention, Sentence]]:
    """The people a speaker of remarks given at the meeting points out or addresses by title."""
    if not AT_MEETING.search(doc.title):
        return []
    out = []
    for s in sentences:
        starts = [m.end() for m in _ADDRESS_CUE.finditer(s.text)] + [
            m.end() for m in _VOCATIVE.finditer(s.text)
        ]
        starts += salutation_starts(s.text)
        for at in starts:
            title = TITLE.match(s.text, at)
            if title is None:
                continue
            other = OTHER_OFFICE.match(title.group(0)) is not None
            for pm in doc.found.mentions:
                if s.start + at <= pm.start <= s.start + title.end() + 2 and not pm.by_role:
                    if not (other and _leads(doc, pm.key)):
                        out.append((pm, s))
        for m in (
            WELCOMED_COUNTERPARTS.finditer(s.text) if "ounterparts" in s.text or "eaders" in s.text else ()
        ):
            # read as "the leaders of A, B and C" (kg.extract.people.roles), the words kept in place
            text = s.text
            if m.group("what"):
                words = "leaders of" if m.group("prep").lower() == "in" else "leaders from"
                text = text[: m.start("what")] + words.ljust(len(m.group("what"))) + text[m.end("what") :]
            out += [
                (pm, s) for pm in resolve_roles(doc.found, text, s.start) if pm.start >= s.start + m.start()
            ]
    return out


# the counterparts a speaker at the meeting welcomes, by their states ("I'm excited to welcome
# my counterparts in Spain, Nigeria, Vietnam, and Poland"): the states' leaders
WELCOMED_COUNTERPARTS = re.compile(
    r"(?i)\b(?:welcome|welcoming|joined\s+by)\s+(?:all\s+)?(?:(?:my|our)\s+(?:fellow\s+)?"
    r"(?P<what>counterparts\s+(?P<prep>in|from))|the\s+leaders\s+(?:of|from))\s+(?=(?:the\s+)?(?-i:[A-Z]))"
)


# an office of the speaker's own government named as present, without its holder's name ("We have
# the Secretary of Defense with us today", "Our U.N. Ambassador is online with us here", "my National
# Security Advisor is sitting"): its holder on the day, by the reference data's posts
_OFFICE = r"(?P<office>(?-i:[A-Z][\w.'’-]*)(?:\s+(?:of\s+|for\s+)?(?-i:[A-Z][\w.'’-]*)){0,3})"
OFFICE_HERE = (
    re.compile(rf"(?i)\b(?:we|I)\s+have\s+(?:the|my|our)\s+{_OFFICE}\s+(?:here|with\s+(?:us|me))\b"),
    re.compile(rf"(?i)\b(?:my|our)\s+{_OFFICE}\s+(?:is|are)\s+(?:sitting|here|online|with\s+(?:us|me))\b"),
)

OFFICE_HERE_WORDS = screen_words(OFFICE_HERE[0], ("have",))


def offices_here(doc: Doc, sentences: list[Sentence]) -> list[tuple[Person, Sentence]]:
    """The holders of the speaker's government's offices a speaker at the meeting says are present."""
    home = doc.ref.countries.get(doc.home or "")
    if not AT_MEETING.search(doc.title) or home is None:
        return []
    country = doc.ref.entities[home]
    names_of_home = {
        _fold(re.sub(r"^the\s+", "", n, flags=re.I)) for n in (country.label, *country.alt_labels)
    }
    out = []
    for s in sentences:
        rxs = OFFICE_HERE if holds_any(s.text, OFFICE_HERE_WORDS) else OFFICE_HERE[1:]
        for m in (m for rx in rxs for m in rx.finditer(s.text)):
            office = _fold(m.group("office"))
            for post in doc.ref.posts.values():
                if post.post_in == home and any(
                    _names_office(_fold(n), office, names_of_home) for n in (post.label, *post.alt_labels)
                ):
                    e = doc.ref.holder(post.iri, doc.found.on)
                    if e is not None:
                        out.append((from_reference(doc.found, e.props["iri"]), s))
    return out


def _names_office(name: str, office: str, home: set[str]) -> bool:
    """A post's name is the office of the home state ("secretary of defense of the united states",
    "us secretary of defense" for "secretary of defense")."""
    if name == office:
        return True
    if name.startswith(office + " of "):
        return re.sub(r"^the\s+", "", name[len(office) + 4 :]) in home
    return any(name == f"{h} {office}" for h in (*home, "us")) or name == f"u s {office}"


def _fold(office: str) -> str:
    return re.sub(r"[.\s]+", " ", office.replace(".", "")).strip().lower()


# the host of the meeting, thanked for it by a speaker ("I would like to thank Chancellor Scholz and the
# German presidency for the opportunity to address you", "thank Prime Minister Hun Sen … as the 2022
# ASEAN Chair", "His Majesty Sultan of Brunei for organising this event"), or addressed so ("Deputy
# Administrator Pam Melroy, thank you for welcoming us and hosting us"); not someone thanked for
# anything else (often absent), nor a host of another meeting ("for hosting the G7 next year")
_HOSTING = (
    r"(?:for\s+(?:hosting|organi[sz]ing|convening|chairing|co-?chairing|inviting|welcoming|"
    r"the\s+(?:opportunity|invitation|organi[sz]ation)|(?:the|your|his|her)\s+(?:[\w-]+\s+){0,2}?hospitality)|as\s+(?:the\s+)?(?:\d{4}\s+)?(?:[A-Z][\w-]*\s+)?(?:chair|host))\b"
)
THANKED_HOST = re.compile(
    rf"(?i)\b(?:thank(?:s|ing|\s+you)?|gratitude\s+to|grateful\s+to)\b(?P<who>[^.!?;]{{3,100}}?)\b{_HOSTING}"
)
HOST_ADDRESSED = re.compile(rf"(?i)^(?P<who>(?-i:[A-Z])[\w.'’ -]{{2,80}}),\s+thank\s+you\s+{_HOSTING}")
_OTHER_TIME = re.compile(r"(?i)\b(?:next|upcoming|last|previous|earlier|will|in\s+\d{4})\b")


def thanked_hosts(doc: Doc, sentences: list[Sentence]) -> list[tuple[PersonMention, Sentence]]:
    """The people a speaker thanks for hosting or organising the meeting he or she speaks at."""
    out: list[tuple[PersonMention, Sentence]] = []
    for s in sentences:
        if "hank" not in s.text and "gratitu" not in s.text and "gratefu" not in s.text:
            continue
        for m in (*THANKED_HOST.finditer(s.text), *HOST_ADDRESSED.finditer(s.text)):
            if _OTHER_TIME.search(s.text, m.end()):
                continue
            a, b = s.start + m.start("who"), s.start + m.end("who")
            for pm in [*doc.found.mentions, *resolve_roles(doc.found, s.text, s.start)]:
                if a <= pm.start < b and not re.match(r"['’]s?\b", doc.text[pm.end : pm.end + 3]):
                    out.append((pm, s))
    return out
