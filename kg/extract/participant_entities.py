"""Step "participants": the account's participants written as person entities, with their posts at
the meeting date, each pointing to the sentence it was read from."""

from __future__ import annotations

from kg.extract.doc import Account, Doc
from kg.extract.leaders_speaking import SPOUSE
from kg.extract.people import Person
from kg.extract.people.roles import not_taking_part
from kg.extract.sentences import Sentence
from kg.model import Entity, Meeting, Statement


def person_entity(doc: Doc, p: Person) -> Entity:
    """The entity a participant is written as: the reference person, or one named in the release,
    with the country and the post (or title) at the meeting date."""
    ref = doc.ref
    base = ref.entities[p.iri] if p.iri else None
    props = dict(base.props) if base is not None else {}
    if p.country:
        props["country"] = p.country
    if p.post:
        props["post"] = ref.posts[p.post].label if p.post in ref.posts else p.post
    elif p.title:
        where = ref.country(p.country).label if p.country and ref.country(p.country) else None
        props["post"] = f"{p.title} of {where}" if where else p.title
    props.pop("country_iri", None)
    if base is not None:
        return Entity("person", base.key, base.label, list(base.alt_labels), base.wikidata, props)
    alts = sorted(a for a in p.alt_labels if a != p.label)
    return Entity("person", p.key, p.label, alts, None, props)


def record_participants(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "participants": the account's participants as person entities, with their posts; those
    named who take no part (kg.extract.people.roles.not_taking_part), and seat holders filled in from a
    group's name alone (kg.extract.groups), are left out."""
    left_out = not_taking_part(doc.found, [p for p, _ in account.participants], doc.text)
    # … but a spouse who speaks in the transcript ("MRS. HIGGINS: …") takes part (eval/CONVENTIONS.md 23)
    left_out -= {p.key for p, s in account.participants if s is not None and SPOUSE.match(s.text)}
    for person, sent in account.participants:
        if person.key not in left_out and not person.seated:
            add_participant(doc, m, person, sent)


def add_participant(doc: Doc, m: Meeting, person: Person, sent: Sentence | None) -> None:
    """`person` takes part in `m`, with his or her post, read from `sent`."""
    e = person_entity(doc, person)
    m.participants.append(e)
    if person.post:
        m.posts[e.key] = person.post
    m.evidence.append(Statement("participant", e, doc.evidence(sent)))
