"""An office a speaker of ours addresses in remarks given abroad, without the holder's name ("Thank
you, Mr. Prime Minister" in Hiroshima, "Thank you, Mr. President" in Jakarta, "Your Majesty" in
Amman): the holder of that office of the host state on the meeting's day, by the reference data's
posts. The host state is the one the transcript's place line names ("Hotel Hiroshima, Japan").

Step "host offices" (before "participants"): each holder takes part in the release's main held
meeting, read from the sentence addressing him or her. Not read: a journalist's words ("Q Mr.
President, …": our own leader), a foreign speaker's (the host addressing the visitor), an office
followed by a name (a titled name, found with the people), a post not called by the office
addressed (a king is no "Mr. President"), an office a person of a third state the release names
holds (a bilateral meeting with a third state's leader abroad), "Mr. President" at a conference or
assembly (its presiding officer); nor when the release names a person of the host state (the host's
side is then named: "Mr. President" may be a slip for another office).
"""

from __future__ import annotations

import re

from kg.extract.detect_just_over import QUESTION, place_states
from kg.extract.doc import Account, Doc
from kg.extract.elsewhere import of_other_time
from kg.extract.people import Person
from kg.extract.people.table import holder
from kg.extract.presence import AT_MEETING
from kg.extract.sentences import Sentence
from kg.extract.speech import SPEAKER, TRANSCRIPT_END
from kg.model import Meeting

# the office addressed, set off by punctuation (not "Mr. President Widodo", "Madam President of …")
VOCATIVE = re.compile(
    r"\b(?:(?:Mr|Mme)\.?|Madam|Madame)\s+(?P<office>President|Prime[ -]Minister|Chancellor)"
    r"(?=\s*(?:[,.;!?—–]|-{1,2}\s|$))|\bYour\s+(?P<majesty>Majesty)\b"
)
# the role of the office addressed (else, Prime Minister and Chancellor: HeadOfGovernment)
ROLES = {"President": "HeadOfState", "Majesty": "Monarch"}
# a body's session whose presiding officer is "Mr. President" ("the 27th Conference of the Parties",
# "the General Assembly")
PRESIDED = re.compile(r"\b(?:Conference|Assembly|Session|COP\d*)\b")
# the labels of our own principals in a transcript of the publisher ("THE PRESIDENT:", "THE VICE PRESIDENT:")
OUR_LABEL = re.compile(r"(?i)^\s*the\s+(?:vice\s+)?president\s*$|^\s*the\s+first\s+lady\s*$")


def host_state(doc: Doc) -> str | None:
    """The one state other than the publisher's that the place line of a transcript names
    (kg.extract.detect_just_over.place_states)."""
    states = place_states(doc.sents, doc.title, doc.home, doc.ref)
    return states.pop() if len(states) == 1 else None


def _our_speaker(doc: Doc, label: str, start: int) -> bool:
    """Is the speaker a label names (at text offset `start`) one of the publisher's people?"""
    if OUR_LABEL.match(label):
        return True
    named = [
        doc.found.people[pm.key]
        for pm in doc.found.mentions
        if start <= pm.start < start + len(label) and pm.key in doc.found.people
    ]
    return bool(named) and all(p.country == doc.home for p in named)


def host_offices(doc: Doc) -> list[tuple[Person, Sentence]]:
    """The host state's office holders a speaker of ours addresses by office in remarks given abroad."""
    if not AT_MEETING.search(doc.title) or doc.home is None:
        return []
    if not any(("Mr" in s.text or "Madam" in s.text or "Majesty" in s.text) for s in doc.sents):
        return []
    host = host_state(doc)
    where = doc.ref.countries.get(host or "")
    if where is None:
        return []
    named = {pm.key for pm in [*doc.found.mentions, *doc.found.title_mentions] if not pm.by_role}
    people = [doc.found.people[k] for k in named if k in doc.found.people]
    if any(q.country == host for q in people):
        return []  # the release names the host's own people: whom an office addresses is theirs to say
    # the offices held by people of a third state the release names
    other_offices = {q.role for q in doc.found.people.values() if q.country not in (None, doc.home, host)}
    out: list[tuple[Person, Sentence]] = []
    ours, para = False, -1
    for s in doc.sents:
        if s.para != para:  # a paragraph opens: a new speaker, the transcript's end, or the same speaker
            para = s.para
            label = SPEAKER.match(s.text)
            if label is not None:
                name = s.text[: s.text.index(":")]
                ours = name.strip() != "Q" and _our_speaker(doc, name, s.start)
            elif TRANSCRIPT_END.match(s.text) or QUESTION.match(s.text):
                ours = False
        if not ours:
            continue
        for m in VOCATIVE.finditer(s.text):
            noun = (m.group("office") or m.group("majesty")).replace("-", " ")
            role = ROLES.get(noun, "HeadOfGovernment")
            if role in other_offices or (noun == "President" and PRESIDED.search(doc.title)):
                continue  # "Mr. Prime Minister" to a third state's, named in the release (a bilateral abroad)
            p = holder(doc.found, role, where)
            if p is not None and (noun == "Majesty" or _post_named(doc, p, noun)):
                out.append((p, s))
    return out


def record_host_offices(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "host offices" (see the module's docstring): the holders join the account's participants,
    which the steps after it write (with their posts) and read (the countries taking part)."""
    if account.kind != "main" or m.status != "held" or doc.people is None:
        return
    have = {p.key for p, _ in account.participants}
    for p, s in host_offices(doc):
        if p.key not in have and not of_other_time(s.text, doc.found.on):
            account.participants.append((p, s))
            have.add(p.key)


def _post_named(doc: Doc, p: Person, office: str) -> bool:
    """Is the holder's post called by the office addressed (a king is no "Mr. President")?"""
    post = doc.ref.posts.get(p.post or "")
    return post is not None and any(office.lower() in n.lower() for n in (post.label, *post.alt_labels))
