"""Who a meeting mentioned in passing was with when the sentence names them by office or by state
(kg.extract.mentions reads the meetings): "… with their Ukrainian counterparts" (each of ours with his
own), "… was meeting with Ukrainian officials", "spoke with many leaders - the United Kingdom, Turkey,
…" (each state's leader that day), and our people named by office in the sentence before.
"""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date

from kg.extract.doc import Account, Doc
from kg.extract.gazetteer import scan
from kg.extract.mention_cues import LISTED
from kg.extract.our_offices import our_offices
from kg.extract.participants import people_in
from kg.extract.people import Person, holder
from kg.extract.people.table import from_reference
from kg.extract.sentences import Sentence
from kg.extract.several import separate_accounts
from kg.extract.titles import role_of

# "… had conversations with their Ukrainian counterparts": several calls, each with his own
EACH_OWN = re.compile(r"\s+their\s+[A-Z][\w'’-]+\s+counterparts\b")
# who the cue's meeting was with, named by office: "… had conversations with their Ukrainian
# counterparts", "… was meeting with Ukrainian officials"
BY_OFFICE = re.compile(
    r"\s+(?:(?:his|her|their)\s+([A-Z][\w'’-]+)\s+counterparts?|(?:the\s+)?([A-Z][\w'’-]+)\s+officials)\b"
)
# an office of ours named with no name, in the sentence before ("the Secretary of State has been …")
OUR_OFFICE = re.compile(r"\b[Tt]he\s+(Secretary\s+of\s+(?:State|Defense)|Vice\s+President)\b(?!\s+[A-Z])")


# … or as a state's delegation ("I received a delegation of the US Congress", "met with the delegation
# of Qatar"): the state named first within a few words
DELEGATION = re.compile(r"\s*(?:the\s+|a\s+)?delegation\s+(?:of|from)\s+")
DELEGATION_STATE_WITHIN = 40


def office_state(doc: Doc, sent: Sentence, cue: re.Match[str]) -> str | None:
    """The state (ISO code) whose counterparts, officials or delegation the cue's meeting was with,
    named by office ("spoke with his Ukrainian counterpart") or as a delegation, when another state
    than ours."""
    found = BY_OFFICE.match(sent.text, cue.end())
    iso = doc.ref.country_of_demonym(found.group(1) or found.group(2)) if found else None
    if found is None and (delegation := DELEGATION.match(sent.text, cue.end())):
        after = sent.text[delegation.end() : delegation.end() + DELEGATION_STATE_WITHIN]
        iso = next((doc.ref.iso_of(m.iri) for m in scan(after, doc.ref) if m.kind == "country"), None)
    return iso if iso and iso != doc.home else None


def named_before(doc: Doc, sent: Sentence) -> list[Person]:
    """The people a sentence names, by name or by an office of ours ("the Secretary of State")."""
    found = people_in(doc, sent)
    for m in OUR_OFFICE.finditer(sent.text):
        p = holder(
            doc.found, role_of(" ".join(m.group(1).split())) or "", doc.ref.countries.get(doc.home or "")
        )
        found += [p] if p is not None else []
    return found


def offices_of_ours(doc: Doc, text: str, day: date) -> list[Person]:
    return [from_reference(doc.found, iri) for iri in our_offices(doc.ref, doc.home, text, day)]


def each_counterpart(
    doc: Doc, sent: Sentence, cue: re.Match[str], ours: list[Person], day: date
) -> list[tuple[Person, Person | None]]:
    """Each of our people with the counterpart the cue's meeting was with, named by office ("… with
    their Ukrainian counterparts"): the holder that day of the same role in that state, None when
    the reference data has none (officials name no office: no pairs)."""
    found = BY_OFFICE.match(sent.text, cue.end())
    state = doc.ref.countries.get(office_state(doc, sent, cue) or "") if found and found.group(1) else None
    if not state:
        return []
    out: list[tuple[Person, Person | None]] = []
    for p in ours:
        roles = [doc.ref.post_role(t)[0] for t in doc.ref.posts_of(p.iri or "", day)]
        other = next(
            (
                o
                for o in (doc.ref.holder((role, state), day) for role in dict.fromkeys(r for r in roles if r))
                if o is not None and o.kind == "person" and o.props.get("iri")
            ),
            None,
        )
        out.append((p, from_reference(doc.found, other.props["iri"]) if other is not None else None))
    return out


def own_call(
    doc: Doc, i: int, sent: Sentence, cue: re.Match[str], day: date, our: Person, their: Person | None
) -> list[Account]:
    """One of several calls a sentence tells, each of ours with his own counterpart: with the one the
    offices give, else with that state, its side named by office only."""
    part = doc.sents[i : i + 2]
    names = [w for x in (our, their) if x is not None for w in x.label.split() if len(w) > 3]
    if their is None:
        state = office_state(doc, sent, cue)
        return [
            Account(
                "mentioned",
                "held",
                day,
                sent,
                sent,
                [(our, sent)],
                [sent],
                part,
                part[0].start,
                part[-1].end,
                names=names,
                by_office=[state] if state else [],
            )
        ]
    return [
        replace(a, day=day, day_sentence=sent, part=part, start=part[0].start, end=part[-1].end, names=names)
        for a in separate_accounts(doc, "held", day, [(sent, [our, their])], kind="mentioned")
    ]


def listed_leaders(doc: Doc, sent: Sentence, cue: re.Match[str], day: date) -> list[Person]:
    """The leaders of the states a sentence lists after its cue ("spoke with many leaders - the United
    Kingdom, Turkey, …, the United States"), through the offices held that day: a state's leader is
    the one person who heads both its state and its government, or the head of government where the
    head of state is a monarch; a state whose leader the offices do not settle is left out."""
    listed = LISTED.match(sent.text, cue.end())
    if listed is None:
        return []
    ref, out = doc.ref, []
    for m in scan(sent.text[listed.end() :], ref):
        if m.kind != "country":
            continue
        state, gov = ref.holder(("HeadOfState", m.iri), day), ref.holder(("HeadOfGovernment", m.iri), day)
        monarch = ref.holder(("Monarch", m.iri), day)
        leader = state if state is not None and state == gov else gov if monarch is not None else None
        if leader is not None and leader.kind == "person" and leader.props.get("iri"):
            out.append(from_reference(doc.found, leader.props["iri"]))
    return out
