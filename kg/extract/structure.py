"""Structural features of a release for the learned detection: what any government's release shows.

Words fit the wording of the sources a model was trained on; the shape of a release does not. From
a cheap analysis of the title and the first sentences (gazetteer and people finders, offices at the
release's day) this module counts foreign persons, foreign heads of state or government, foreign
states and international organizations named in the title and in the lead; tells whether a meeting
verb has a foreign person, state or organization within its clause; reads first or third person and
past or future cues; and the release's type from its title (readout, statement, remarks, ...).
Deterministic; a few milliseconds per release.
"""

from __future__ import annotations

import re
from dataclasses import replace

from kg.extract import dates
from kg.extract.doc import Doc, _analysed, lead_sentences
from kg.extract.people import Person
from kg.model import Document
from kg.reference import Reference

LEAD = 3  # sentences of the body read
LEADERS = ("HeadOfState", "HeadOfGovernment", "ViceHeadOfState")
MEETING_VERB = re.compile(
    r"(?i)\b(?:met|meets?|meeting|receive[sd]?|receiving|talks|talked|(?:tele)?phone|call(?:ed|s)?|spoke|"
    r"speaks|conversation|held|holds?|visit(?:s|ed|ing)?|host(?:s|ed|ing)?|welcome[sd]?|negotiations|"
    r"consultations|discuss(?:ed|es)?|summit|bilateral|sat\s+down|hosted)\b"
)
CLAUSE_END = re.compile(r"[;:—–()\n]|,\s+(?:and|but|which|while|where|after|before)\b")
FUTURE = re.compile(
    r"(?i)\b(?:will|shall|to\s+(?:meet|visit|travel|host|hold|receive|welcome|participate|attend)|"
    r"(?:is|are)\s+(?:to|scheduled|expected|set)|upcoming|tomorrow|next\s+(?:week|month)|plans?\s+to|"
    r"(?:look(?:s|ing)?\s+forward))\b"
)
PAST = re.compile(
    r"(?i)\b(?:met|held|spoke|received|hosted|welcomed|discussed|visited|talked|took\s+part|participated|"
    r"exchanged|agreed|signed|today|yesterday|earlier|was|were)\b"
)
# how other kinds of meetings are told: a numbered session of a body, counterparts, a convened gathering,
# a company's chief
CUES = {
    "ordinal": r"\b(?:first|inaugural|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|"
    r"\d+(?:st|nd|rd|th))\s+(?:\w+\s+){0,3}?(?:meeting|session|round|convening|ministerial|dialogue|summit)\b",
    "counterpart": r"\bcounterparts?\b",
    "convened": r"\b(?:co-?chaired|co-?hosted|convened|gathered|took\s+part|participated|attended)\b",
    "business": r"\b(?:CEO|chief\s+executive|chairman\s+of\s+the\s+board|founder|"
    r"business\s+(?:leaders|community))\b",
    "delegation": r"\bdelegations?\b",
    "leaders": r"\b(?:leaders|heads\s+of\s+(?:state|government))\b",
}
CUE_RES = {k: re.compile(v, re.IGNORECASE if k != "business" else 0) for k, v in CUES.items()}
FIRST = re.compile(r"\b(?:I|We|we|my|our|Our|My)\b")
# the release's type, as its title says it (a title may say several)
TYPES = {
    "readout": r"\breadout\b|\bread-out\b",
    "statement": r"\bstatement\b",
    "joint": r"\bjoint\b",
    "remarks": r"\bremarks\b|\bspeech\b|\bsays\b|\bsaid\b",
    "address": r"\baddress(?:es)?\b",
    "factsheet": r"\bfact\s+sheet\b",
    "briefing": r"\bbriefing\b|\bpress\s+(?:conference|gaggle)\b|\bgaggle\b",
    "proclamation": r"\bproclamation\b|\bexecutive\s+order\b|\bmemorandum\b|\bnomination|\bappoint",
    "letter": r"\bletter\b|\bmessage\b|\bcondolence|\bcongratulat|\bgreetings?\b|\btelegram\b",
    "interview": r"\binterview\b",
    "meeting": r"\bmeet(?:s|ing)?\b|\bmet\b|\btalks\b|\bcall\b|\bconversation\b|\breceiv|\bvisit",
    "summit": r"\bsummit\b|\bforum\b|\bconference\b|\bsession\b|\bG\d+\b|\bassembly\b",
    "with": r"\bwith\b",
}
TYPE_RES = {k: re.compile(v, re.IGNORECASE) for k, v in TYPES.items()}


def _bucket(n: int) -> str:
    return str(min(n, 3))


def _short_doc(document: Document, ref: Reference) -> Doc:
    """The analysis of the title and the first LEAD sentences alone, people resolved at the day."""
    lead = lead_sentences(document)[:LEAD]
    end = lead[-1].end if lead else 0
    short = replace(document, text=document.text[:end])
    return _analysed(short, ref, lead, home=document).with_people(dates.told_day(document))


def _foreign(doc: Doc, p: Person) -> bool:
    return (p.country is not None and p.country != doc.home) or p.org is not None


def structure_features(document: Document, ref: Reference) -> dict[str, float]:
    """The structural features of a release (names "s:<what>=<value>" or "s:<what>")."""
    doc = _short_doc(document, ref)
    pp = doc.found
    out: dict[str, float] = {}
    if doc.home is None:
        out["s:home_unknown"] = 1.0
    for where, pms, ms, text in (
        ("t", pp.title_mentions, doc.title_mentions, doc.title),
        ("l", pp.mentions, doc.mentions, doc.text),
    ):
        people = {m.key: pp.people[m.key] for m in pms if m.key in pp.people}
        foreign = [p for p in people.values() if _foreign(doc, p)]
        out[f"s:{where}_foreign_person={_bucket(len(foreign))}"] = 1.0
        out[f"s:{where}_foreign_leader={_bucket(sum(p.role in LEADERS for p in foreign))}"] = 1.0
        out[f"s:{where}_own_person={_bucket(len(people) - len(foreign))}"] = 1.0
        own_leader = any(p.role in LEADERS and not _foreign(doc, p) for p in people.values())
        if own_leader:
            out[f"s:{where}_own_leader"] = 1.0
        states = {m.iri for m in ms if m.kind == "country" and ref.iso_of(m.iri) != doc.home}
        out[f"s:{where}_foreign_state={_bucket(len(states))}"] = 1.0
        orgs = {m.iri for m in ms if m.kind == "organization"}
        out[f"s:{where}_org={_bucket(len(orgs))}"] = 1.0
        # a meeting verb with a foreign person, state or organization in its clause
        spans = [(m.start, m.end) for m in pms if m.key in people and _foreign(doc, people[m.key])]
        spans += [(m.start, m.end) for m in ms if m.kind == "organization" or m.iri in states]
        n_verb = n_near = 0
        for v in MEETING_VERB.finditer(text):
            n_verb += 1
            lo = max((c.end() for c in CLAUSE_END.finditer(text, 0, v.start())), default=0)
            hi = next((c.start() for c in CLAUSE_END.finditer(text, v.end())), len(text))
            lo, hi = max(lo, v.start() - 150), min(hi, v.end() + 150)
            if any(lo <= a and b <= hi for a, b in spans):
                n_near += 1
        out[f"s:{where}_verb={_bucket(n_verb)}"] = 1.0
        out[f"s:{where}_verb_foreign={_bucket(n_near)}"] = 1.0
        if n_near and own_leader:
            out[f"s:{where}_verb_foreign_own_leader"] = 1.0
    lead = doc.text
    out[f"s:first_person={_bucket(len(FIRST.findall(lead)))}"] = 1.0
    out[f"s:future={_bucket(len(FUTURE.findall(document.title + ' ' + lead)))}"] = 1.0
    out[f"s:past={_bucket(len(PAST.findall(lead)))}"] = 1.0
    for name, rx in CUE_RES.items():
        if rx.search(document.title + "\n" + lead):
            out[f"s:cue={name}"] = 1.0
    for name, rx in TYPE_RES.items():
        if rx.search(document.title):
            out[f"s:type={name}"] = 1.0
    if not any(k.startswith("s:type=") for k in out):
        out["s:type=other"] = 1.0
    # the type with whether the title names a foreign person, state or organization ("Readout of ... with X")
    foreign = (
        "none" if all(out.get(f"s:t_{k}=0") for k in ("foreign_person", "foreign_state", "org")) else "some"
    )
    for k in [k for k in out if k.startswith("s:type=")]:
        out[f"{k}&t_foreign={foreign}"] = 1.0
    return out
