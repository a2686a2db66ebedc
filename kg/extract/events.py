"""The larger event a meeting was part of: a summit, a conference, a session.

Phrases such as "on the sidelines/margins of the …", "at the … Summit", "within the framework of the …
Forum", "during the … session", with the name taken from the text; a reference event found there
brings its aliases. An event of another time ("the upcoming summit", "during the summit in December
2022") is not the meeting's: kg.extract.elsewhere tells those clauses, for venues too.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

from kg.extract.elsewhere import OTHER_TIME, elsewhere, told_elsewhere
from kg.extract.gazetteer import scan
from kg.model import Entity
from kg.reference.tables import Reference, fold

_CAP = r"(?:[A-Z0-9][\w'’.+-]*)"
_JOIN = r"(?:of|on|for|and|the|in|de|du|des|&|-|–)"
_NOUN = r"(?:summit|meeting|session|conference|forum|talks|games|ceremony|congress|funeral|inauguration)"
_ADJ = (
    r"(?:(?:informal|extraordinary|emergency|annual|regular|jubilee|anniversary|online|virtual|first|second|"
    r"third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s+)"
)
_PHRASE = (
    rf"(?:(?:the|an?)\s+)?((?:(?:[a-z]+\s+)?{_NOUN}\s+of\s+(?:the\s+|former\s+|late\s+)?|{_ADJ})?(?:{_CAP}(?:\s+\([A-Z0-9+.]+\))?(?:\s+{_JOIN})*\s+)*"
    rf"{_CAP}(?:\s+\([A-Z0-9+.]+\))?(?:\s+{_NOUN}\b)?"
    # "77th session of the United Nations General Assembly"
    rf"(?:(?:(?<=ession)|(?<=eeting)|(?<=ummit))\s+of\s+the\s+(?:{_CAP}\s+(?:{_JOIN}\s+)*)*{_CAP})?)"
)
EVENT_NOUN = re.compile(
    r"\b(summit|summits|conference|forum|session|meeting|congress|games|olympics|assembly|ceremony|week|"
    r"dialogue|cop\s?\d+|g7|g20|g-20|g-7|unga|expo|festival|convention|council|sco|brics|apec|asean|olympic|"
    r"funeral|inauguration|coronation)\b",
    re.I,
)
EVENT_CUE = re.compile(
    rf"\b(?i:(?:on|in|at)\s+the\s+(?:sidelines?|side-lines|margins?|fringes?)\s+of|on\s+the\s+side\s+of|within\s+the\s+framework\s+of|"
    rf"in\s+conjunction\s+with|on\s+the\s+occasion\s+of|(?:while|when)\s+attending|attended|"
    rf"in\s+the\s+framework\s+of|as\s+part\s+of|in\s+the\s+run-up\s+to|during|at|ahead\s+of|for|to\s+attend|to\s+take\s+part\s+in|"
    rf"(?:co-?)?(?:chaired|hosted)|"
    rf"(?:took|take)\s+part(?:,\s+(?:via|by)\s+video\s?conference,)?\s+in|participated\s+in|participation\s+in|"
    rf"(?:to|addressed|greeted|welcomed)\s+the\s+participants\s+(?:of|in)|in\s+connection\s+with|following|after|(?<=^Readout\s)of(?=\s+the\s))\s+{_PHRASE}",
)
STRONG_CUE = re.compile(
    r"sidelines?|side-lines|margins?|fringes?|framework|as part of|attend|take part|took part|"
    r"participa(?:t|nts)|on the side|conjunction|occasion",
    re.I,
)
# a day after the event's name ("the … Summit on October 10", "… Forum on Tuesday"): not part of it
_DAY_AFTER = re.compile(
    r"\s+(?:on|in)\s+(?:(?:January|February|March|April|May|June|July|August|September|October|November|"
    r"December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b|\d{1,2}\b(?!\s*(?:st|nd|rd|th)\b)).*$"
)
# a counterpart who came for the event ("arrived in Russia for the informal CIS summit", "is in Laos
# for the ASEAN Summit"): as strong a tie as "on the sidelines of"
CAME_FOR = re.compile(
    r"(?i)\b(?:arrived|arrives|arriving|came|comes|coming|travel(?:l?ed|s)?|flew|is|are|was|were)\b"
    r"(?:\s+(?:in|to)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?\s+for$"
)
# "Second Meeting of …", not a spouse's style ("the First Lady's Meeting with …": hers, no event)
NUMBERED = re.compile(
    r"(?i)^(?:\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)\s"
    r"(?!(?:lady|gentleman)\b).*meeting$"
)
# a session named in quotes ("at the “Action on Forests and Land-Use” Event"): the quotes hold its name
QUOTED_SESSION = re.compile(
    r"(?i)\b(?:at|to|in)\s+the\s+[“\"]([A-Z][^”\"]{2,80})[”\"]\s+(?:event|session|segment|dialogue)\b"
)
# a session said to be within a larger event ("… Summit on Forests held within the framework of COP26")
WITHIN = re.compile(
    r"(?i),?\s+(?:held\s+)?(?:within|in\s+the\s+framework\s+of|as\s+part\s+of|on\s+the\s+sidelines\s+of)\b"
)


# a chair's summary or statement of the gathering it chaired ("Chair's Summary of the … Forum … Held
# by President X", "Chair's Statement on the … Leaders' Meeting"): the title names the event itself
_CHAIR = r"(?:co-?)?chair(?:['’]?s|s['’])\s+(?:summary|statement|report)"
CHAIR_TITLE = re.compile(
    rf"(?i)^\s*{_CHAIR}\s*(?:(?:of|on|from)\s|:)\s*(?:the\s+)?(.+?)(?:\s+(?:held|hosted|chaired|convened)\b.*)?\s*$|"
    # "… Meeting of … September 17, 2021: Chair's Summary"
    rf"^\s*(?:the\s+)?(.+?)(?:,?\s+[A-Z][a-z]+\s+\d{{1,2}},?\s+\d{{4}})?\s*:\s*{_CHAIR}\s*$"
)


def chaired_event(title: str, ref: Reference) -> Entity | None:
    """The gathering a chair's summary or statement is of, by its title, when it names one."""
    m = CHAIR_TITLE.match(title)
    if m is None:
        return None
    phrase = re.sub(r"['’]s$", "", (m.group(1) or m.group(2)).strip(" .,:"))
    if not EVENT_NOUN.search(phrase):
        return None  # "Chair's Statement on Principles for Supply Chain Resilience": a paper's subject
    known = [x for x in scan(phrase, ref) if x.kind == "event" and x.start == 0 and x.end == len(phrase)]
    return (
        ref.entities[known[0].iri] if known else Entity("event", fold(phrase), phrase, _event_aliases(phrase))
    )


def find_event(
    sentences: list[str], ref: Reference, day: date | None = None, planned: bool = False
) -> tuple[Entity | None, int]:
    """The larger event named in the meeting's sentences, and the index of the sentence; a title
    naming the meeting itself ("Readout of the … Summit") only when no sentence names another."""
    chaired = chaired_event(sentences[0], ref) if sentences else None
    if chaired is not None:
        return chaired, 0
    deferred: tuple[Entity | None, int] = (None, -1)
    titled: tuple[Entity | None, int] = (None, -1)
    for i, s in enumerate(sentences):
        clauses = elsewhere(s, day, planned)
        quoted = QUOTED_SESSION.search(s) if i <= 1 else None
        if quoted:
            name = quoted.group(1).strip(" ,")
            return Entity("event", fold(name), name, _event_aliases(name)), i
        for m in EVENT_CUE.finditer(s):
            phrase = m.group(1).strip(" .,'’")
            phrase = re.sub(r"['’]s$", "", _DAY_AFTER.sub("", phrase))
            if not EVENT_NOUN.search(phrase):
                continue
            cue = s[m.start() : m.start(1)]
            weak = not STRONG_CUE.search(cue) and not CAME_FOR.search(
                s, max(0, m.start() - 50), m.start() + 3
            )
            if (weak and i > 1) or told_elsewhere(clauses, m.start(1), OTHER_TIME):
                continue  # an event of another time ("during the summit in December 2022", "the upcoming summit")  # noqa: E501
            known = [x for x in scan(phrase, ref) if x.kind == "event"]
            if (
                weak
                and not known
                and not (i == 0 and (NUMBERED.match(phrase) or _body_meeting(phrase, ref)))
                and not re.search(
                    r"(?i)summit|conference|forum|session|assembly|congress|games|olympic|cop\s?\d|g20|g7|unga|apec|"
                    r"leaders['’]?\s+meeting",
                    phrase,
                )
            ):
                continue
            if known:
                found: Entity = ref.entities[known[0].iri]
            else:
                known_org = [x for x in scan(phrase, ref) if x.kind in ("organization", "framework")]
                if len(phrase.split()) == 1 and not known_org and not re.search(r"\d", phrase):
                    continue
                found = Entity("event", fold(phrase), phrase, _event_aliases(phrase))
            if cue.startswith("of"):
                deferred = deferred if deferred[0] else (found, i)
                continue
            if titled[0] is not None and (weak or not WITHIN.match(s, m.end(1))):
                return titled
            return found, i
        if titled[0] is not None:
            return titled  # the first sentence names no session within the title's event
        if i > 1:
            continue
        for x in scan(s, ref):
            if x.kind == "event" and not told_elsewhere(clauses, x.start, OTHER_TIME):
                if i > 0:
                    return ref.entities[x.iri], i
                # an event the title names by a known name, unless the first sentence names the
                # session within it that the meeting is at ("addressed the participants of the World
                # Leaders Summit on Action on Forests and Land Use held within the framework of … COP26")
                titled = (ref.entities[x.iri], i)
                break
    return titled if titled[0] is not None else deferred


def _body_meeting(phrase: str, ref: Reference) -> bool:
    """Is the phrase the meeting of a known organization ("meeting of the European Council")?"""
    m = re.match(r"(?i)(?:meeting|session)\s+of\s+(?:the\s+)?", phrase)
    found = [x for x in scan(phrase[m.end() :], ref)] if m else []
    return bool(found) and found[0].kind == "organization" and found[0].start == 0


def _event_aliases(label: str) -> list[str]:
    """Short forms of an event name taken from the text: without ordinal/year, acronym in parentheses."""
    alts = []
    m = re.search(r"\(([A-Z][\w+-]+)\)", label)
    if m:
        alts.append(m.group(1))
        alts.append(label[: m.start()].strip())
    short = re.sub(
        r"^(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth|[IVXL]+)\s+",
        "",
        label,
    )
    short = re.sub(r"\b(?:19|20)\d\d\b", "", short).strip()
    short = re.sub(rf"^{_ADJ}", "", short).strip()
    if short != label:
        alts.append(short)
    # "United States – Nordic Leaders’ Summit" is also written "U.S.-Nordic Leaders’ Summit"
    alts += [re.sub(r"\s*[–-]\s*", "-", a.replace("United States", "U.S.")) for a in [label, *alts]]
    return [a for a in dict.fromkeys(alts) if a and a != label]


_DAY = timedelta(days=1)


def event_place(event: Entity | None, ref: Reference, day: date | None) -> tuple[str | None, bool]:
    """The reference place of the event's edition held on `day` (else of the event itself), and
    whether the reference dates that edition on the day (a day either side)."""
    if event is None:
        return None, False
    # an event named by its body alone ("on the margins of the G20") is that body's summit series
    series = event.props.get("iri") or next(
        (x.iri for x in scan(event.label + " Summit", ref) if x.kind == "event" and x.start == 0), ""
    )
    edition = ref.edition(series, day)  # the series' edition of that day
    iri = ref.event_places.get(edition.iri if edition else "") or ref.event_places.get(
        event.props.get("iri", "")
    )
    if not iri or iri not in ref.entities:
        return None, False
    dated = edition is not None and day is not None and edition.start - _DAY <= day <= edition.end + _DAY
    return iri, dated and ref.event_places.get(edition.iri) == iri
