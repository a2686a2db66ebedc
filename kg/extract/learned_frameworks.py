"""The learned framework step: named frameworks never seen before, recognized by their form and context.

Candidates are spans of the meeting's part of the release: capitalized multi-word names ("Tropical
Forests Forever Facility", "C5+1 Critical Minerals Dialogue") and lower-case names of bilateral
frameworks ("the Russian-Argentine strategic partnership", "the Russia-Ukraine talks"), besides the
frameworks the rules found. A logistic model over the candidate's form (head word, first word,
length, capitals, digits, acronym after it, what the reference data calls it) and context (the
words around it) gives each a probability: a new candidate at least the model's `threshold` is
minted as a framework with its label. Never a sentence fragment ("This …", "Through …"), people
named by office ("Presidents of …"), a person,
a state, a place, the meeting's own event or talks, a participating organization, nor a name the
reference data knows (the rules take or leave those, with their reasons); each added framework points to
the sentence naming it. The model file is `kg/extract/models/frameworks.json` (fitted by
`python -m eval.train_frameworks`).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from kg.extract import learned
from kg.extract.framework_entity import generic
from kg.extract.framework_forms import HEAD_WORD, OFFICE_START
from kg.extract.framework_kinds import not_a_framework
from kg.extract.framework_pairs import describes_relations, only_places, own_talks
from kg.extract.gazetteer import scan
from kg.extract.patterns import led_by, screen_words
from kg.model import Entity, Meeting, Statement

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc
    from kg.extract.sentences import Sentence

_TOK = r"(?:[A-Z][\w'’.+-]*|[A-Z0-9][\w'’.+-]*[A-Za-z][\w'’.+-]*|\d+(?:st|nd|rd|th))"
_JOIN = r"(?:of|on|for|and|the|in|to|with|between|against|&|-|–)"
# (each led by its first characters: a capital or a digit; a pair's capital or a quality's letter)
CAPITALIZED = led_by("A-Z0-9", rf"\b({_TOK}(?:\s+(?:{_JOIN}\s+){{0,2}}{_TOK}){{1,9}})")
_PAIR = r"(?:[A-Z][\w.’']*(?:\s?[-–]\s?[A-Z][\w.’']*)+)"
LOWER = led_by(
    "A-Zcsetbji",
    rf"\b((?:(?:{_PAIR}|[Cc]omprehensive|[Ss]trategic|[Ee]xpanded|[Ee]nhanced|[Ee]ternal|[Ss]pecial|"
    r"[Tt]rilateral|[Bb]ilateral|[Jj]oint|[Ii]ntergovernmental)\s+){1,4}"
    r"(?:partnership|format|talks|negotiations|agreements?|initiative|corridor|dialogue|programme|program|"
    r"mechanism|commission|summit|treaty|declaration|statement|alliance|operation|project|projects))\b",
)
# the head words one of which every match of LOWER holds as written (most sentences hold none)
LOWER_HEADS = screen_words(
    LOWER,
    ("partnership", "format", "talks", "negotiations", "agreement", "initiative", "corridor", "dialogue",
     "program", "mechanism", "commission", "summit", "treaty", "declaration", "statement", "alliance",
     "operation", "project"),
)  # fmt: skip
_FORMS = ((CAPITALIZED, "capitalized"), (LOWER, "lower"))
FRAGMENT = re.compile(
    r"^(?:The|This|That|These|Those|Through|Today|Our|Their|His|Her|In|On|At|As|We|They|He|She|It|"
    r"During|After|Before|Following|With|For|And|But|President|Prime|Minister|Secretary|Mr|Ms|Mrs|Dr)\b"
)
NEAR = 3  # words of context on each side
MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December|"
    "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
)
# how a candidate's label is cut out of its match: its article and a leading month or day ("June U.S.-EU
# Summit"), past a sentence's end, a possessive or stop at its end, a month after it ("Crimea Platform in
# August")
_LEAD = re.compile(rf"^(?:(?:the|The)\s+)?(?:(?:{MONTHS})\s+)?")
_SENTENCE_END = re.compile(r"(?<=[a-z]{2}|[A-Z]{2})[.!?]\s")
_END = re.compile(r"(?:['’]s|[.,;:])+$")
_IN_MONTH = re.compile(rf"\s+in\s+(?:{MONTHS})$")
# what a label of states and places alone holds besides them
_DAY_WORDS = re.compile(rf"\b(?:{MONTHS}|\d+(?:st|nd|rd|th)?)\b")
_JOINERS = re.compile(rf"\b{_JOIN}\b|[,'’s.\s]")


@dataclass(frozen=True)
class Candidate:
    """A span of the text that may name a framework."""

    label: str
    start: int
    end: int
    sentence: Sentence
    source: str  # "rules", "capitalized" or "lower"


def _words(text: str) -> list[str]:
    return learned.words(text)


@functools.lru_cache(maxsize=4096)  # (each candidate is compared with each framework found)
def _word_set(label: str) -> frozenset[str]:
    return frozenset(_words(label))


def candidate_features(doc: Doc, c: Candidate) -> dict[str, float]:
    """The features of a candidate: its form, what the reference calls it, and the words around it."""
    toks = c.label.split()
    low = [t.lower() for t in toks]
    out = {
        f"src={c.source}": 1.0,
        f"head={low[-1]}": 1.0,
        f"first={low[0]}": 1.0,
        f"len={min(len(toks), 6)}": 1.0,
        f"src_head={c.source}:{low[-1]}": 1.0,
    }
    caps = sum(1 for t in toks if t[:1].isupper())
    out[f"caps={min(caps, 5)}"] = 1.0
    if any(ch.isdigit() for ch in c.label):
        out["digit"] = 1.0
    if re.search(r"[-–]", c.label):
        out["hyphen"] = 1.0
    if re.match(r"\s*\([A-Z][\w+&-]{1,11}\)", doc.text[c.end : c.end + 16]):
        out["acronym_after"] = 1.0
    if doc.text[max(0, c.start - 4) : c.start].lower().endswith("the "):
        out["the_before"] = 1.0
    for x in scan(c.label, doc.ref):
        out[f"ref={x.kind}"] = 1.0
        if x.start == 0 and x.end == len(c.label):
            out[f"ref_whole={x.kind}"] = 1.0
    if doc.ref.country_of_demonym(toks[0]):
        out["demonym_first"] = 1.0
    before = _words(doc.text[max(c.sentence.start, c.start - 40) : c.start])[-NEAR:]
    after = _words(doc.text[c.end : min(c.sentence.end, c.end + 40)])[:NEAR]
    for w in before:
        out["b:" + w] = 1.0
    for w in after:
        out["a:" + w] = 1.0
    if c.start - c.sentence.start < 3:
        out["sentence_start"] = 1.0
    if c.label in doc.title:
        out["in_title"] = 1.0
    # kinds of words that generalize past the words seen in fitting: a framework's head noun, an
    # acronym inside ("IPEF Supply Chain Agreement", "G20"), a name the text repeats
    if HEAD_WORD.fullmatch(toks[-1]):
        out["head_noun"] = 1.0
    if any(re.fullmatch(r"[A-Z][A-Z0-9+&-]+", t) for t in toks):
        out["acronym_inside"] = 1.0
    if doc.text.count(c.label) > 1:
        out["repeated"] = 1.0
    return out


def _blocked(doc: Doc, m: Meeting, label: str) -> bool:
    """A fragment, a person, a state, a place, the meeting's event or own talks, a participating
    organization or any other reference name (the rules decide on those)."""
    if FRAGMENT.match(label) or len(label) < 5 or re.match(r"\d[\d,.]*-[a-z]", label):  # "000-member"
        return True
    if " " not in label:  # a head alone, its article cut ("The Declaration"): no name
        return True
    if OFFICE_START.match(label):
        return True  # people named by office ("Presidents of Ukraine and Poland", "Heads of State")
    found = scan(label, doc.ref)
    whole = [x for x in found if x.start == 0 and x.end == len(label)]
    if whole and whole[0].kind in ("person", "country", "place", "event"):
        return True
    if any(x.kind == "person" for x in found):
        return True
    rest = label
    for x in sorted(found, key=lambda x: -x.start):
        if x.kind in ("country", "place"):
            rest = rest[: x.start] + rest[x.end :]
    rest = _DAY_WORDS.sub("", rest)  # "2nd of October"
    if not _JOINERS.sub("", rest) or only_places(label, doc.ref):
        return True  # only states and places ("Russia and France", "U.S.-Costa Rica")
    if own_talks(label, m, doc.ref) or "iri" in generic(label, doc.ref).props:
        return True  # the meeting's own talks; a reference name is the rules' to take or leave
    names = {n.lower() for e in [*m.organizations, *m.participants] for n in (e.label, *e.alt_labels)}
    if m.event is not None:
        names |= {n.lower() for n in (m.event.label, *m.event.alt_labels)}
    return label.lower() in names


def candidates(doc: Doc, part: list[Sentence], m: Meeting) -> list[Candidate]:
    """New candidate spans of the meeting's part (not the rules' frameworks, not overlapping them)."""
    known = {fw.label.lower() for fw in m.frameworks}
    out: dict[str, Candidate] = {}
    for s in part:
        forms = _FORMS if any(w in s.text for w in LOWER_HEADS) else _FORMS[:1]  # (LOWER: with a head word)
        for rx, source in forms:
            for x in rx.finditer(s.text):
                label = _LEAD.sub("", x.group(1))  # "June U.S.-EU Summit"
                label = _SENTENCE_END.split(label)[0]  # not past a sentence's end
                label = _END.sub("", label).strip(" -–")
                label = _IN_MONTH.sub("", label)  # "Crimea Platform in August"
                start = s.start + x.start(1) + max(0, x.group(1).find(label))
                if label.lower() in known or label.lower() in out or _blocked(doc, m, label):
                    continue
                if not_a_framework(doc.text, start, label):
                    continue
                if source == "lower" and (
                    describes_relations(doc.text, start) or re.fullmatch(rf"{_PAIR}\s+partnership", label)
                ):
                    continue  # "relations of strategic partnership", "the U.S.-Norway partnership"
                    # describe relations, they name none (CONVENTIONS 21b, 22)
                out[label.lower()] = Candidate(label, start, start + len(label), s, source)
    return list(out.values())


def _overlaps(a: str, b: str) -> bool:
    ta, tb = _word_set(a), _word_set(b)
    return len(ta) >= 2 and len(tb) >= 2 and (ta <= tb or tb <= ta)


def record_frameworks(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "learned frameworks": named frameworks the rules do not know, added to the main held
    meeting (no change when the model is off)."""
    model = learned.load_model("frameworks")
    if model is None or account.kind != "main" or m.status != "held":
        return
    for c in candidates(doc, account.part, m):
        p = model.proba(candidate_features(doc, c)).get("yes", 0.0)
        if p < model.threshold or any(_overlaps(c.label, fw.label) for fw in m.frameworks):
            continue
        fw = generic(c.label, doc.ref)
        if fw.kind != "framework":
            fw = Entity("framework", fw.key, fw.label, list(fw.alt_labels), fw.wikidata, dict(fw.props))
        if any(f.key == fw.key for f in m.frameworks):
            continue
        m.frameworks.append(fw)
        m.evidence.append(Statement("framework", fw, doc.evidence(c.sentence)))
