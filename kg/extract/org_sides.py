"""Organizations met as a side, named by their people as a group: "met with the heads of the IMF, the
World Bank and the WTO", "received the IMF mission", "talks with a team from the World Bank".

The heads, mission, team or management of an international organization take part for it (eval/
CONVENTIONS.md 5); kg.extract.actors.bodies_named reads the groups a state's people form too
("delegations of", "representatives of"), this module the groups only an organization has. The group
must be the one met: a meeting verb or "with" before it in the sentence, not in a clause about another
meeting nor in a sentence of people absent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.actors import BODY_PEOPLE, OF_THE, STATE_OFFICES, bodies_listed
from kg.extract.elsewhere import other_meeting_spans
from kg.extract.gazetteer import scan
from kg.extract.org_forms import international_name
from kg.extract.participants import NOT_PRESENT
from kg.extract.sentences import Sentence
from kg.reference import Reference

if TYPE_CHECKING:
    from kg.extract.doc import Doc

# an organization's own people before the organization ("the heads of the IMF and the World Bank")
HEADS_OF = re.compile(r"(?i)\b(?:heads|chiefs|missions?|teams?|management)(?=\s+(?:of|from)\s)")
# … or after it ("the IMF mission", "the World Bank team", "the NATO leadership")
PEOPLE_AFTER = re.compile(
    r"\s+(?:mission|missions|team|teams|leadership|management|delegation|delegations|officials|representatives|"
    r"experts|staff)\b"
)
# the group is the one met
MET = re.compile(
    r"(?i)\b(?:with|received|receives|receiving|hosted|hosts|welcomed|welcomes|met|meets|meeting|"
    r"joined\s+by|talks|including)\b"
)


def _met(text: str, at: int, elsewhere: list[tuple[int, int]]) -> bool:
    """Is the group at `at` one met: a meeting word before it, not in a clause about another meeting?"""
    return not any(a <= at < b for a, b in elsewhere) and bool(MET.search(text[:at]))


def headed(ref: Reference) -> frozenset[str]:
    """The groups of states with seats that have a head of their own in the data (NATO's Secretary
    General): "the heads of the UN, NATO and the EU" met NATO's, not its members' leaders."""
    return ref.derived(
        "headed groups", lambda r: frozenset(p.post_in for p in r.posts.values() if p.post_in in r.seats)
    )


def groups_met(doc: Doc, sentences: Sequence[Sentence]) -> list[tuple[str, Sentence]]:
    """(organization IRI, sentence) for the organizations whose heads, mission, team or management the
    sentences name as met (HEADS_OF with the list of bodies after it, PEOPLE_AFTER), not groups of
    states whose members hold the seats (the G7: its states take part)."""
    out: list[tuple[str, Sentence]] = []
    for s in dict.fromkeys(sentences):
        if NOT_PRESENT.search(s.text):
            continue
        elsewhere = other_meeting_spans(s.text)

        for g in HEADS_OF.finditer(s.text):
            if _met(s.text, g.start(), elsewhere):
                out += [(i, s) for i in bodies_listed(doc.ref, s.text[g.end() :], headed(doc.ref))]
        for x in scan(s.text, doc.ref):
            if x.kind != "organization" or x.iri in doc.ref.seats:
                continue
            if PEOPLE_AFTER.match(s.text, x.end) and _met(s.text, x.start, elsewhere):
                out.append((x.iri, s))
    return out


def unknown_groups_met(doc: Doc, sentences: Sequence[Sentence]) -> list[tuple[str, Sentence]]:
    """(body name, sentence) for the international bodies the reference data does not know whose
    people the sentences name as met ("met with the leadership of the Islamic Organization for Food
    Security", "received the heads of the International Lowland Development Agency"): the name says it
    is international (kg.extract.org_forms.international_name)."""
    out: list[tuple[str, Sentence]] = []
    for s in dict.fromkeys(sentences):
        if NOT_PRESENT.search(s.text):
            continue
        elsewhere = other_meeting_spans(s.text)
        for g in [*HEADS_OF.finditer(s.text), *BODY_PEOPLE.finditer(s.text)]:
            if STATE_OFFICES.match(g.group()) or any(a <= g.start() < b for a, b in elsewhere):
                continue
            of = OF_THE.match(s.text, g.end())
            if of is None or not MET.search(s.text[: g.start()]):
                continue
            name = international_name(doc.ref, s.text[of.end() :])
            if name is not None and not any(x.start == 0 for x in scan(name, doc.ref)):
                out.append((name, s))
    return out


# "(Today,) the United States and the African Union renewed …": a state and an organization as the
# subject of what they did together, before the verb
_TOGETHER = re.compile(
    r"(?i)^(?:(?:today|on\s+\w+(?:\s+\d{1,2})?|this\s+week|yesterday)\s*,\s*)?(?:the\s+)?(?P<pair>.{2,160}?)\s+"
    r"(?:(?:jointly|together|formally|today)\s+)?(?P<verb>met|held|renewed|signed|launched|convened|gathered|"
    r"reaffirmed|concluded|co-?hosted|hosted|inaugurated|opened)\b"
)


def acting_together(doc: Doc, sentences: Sequence[Sentence]) -> list[tuple[str, Sentence]]:
    """(organization IRI, sentence) for an organization a sentence names with a state as the subject of
    what they did together ("The United States and the African Union renewed their partnership",
    "Today, the United States and the European Union held the third Dialogue"): it took part."""
    out: list[tuple[str, Sentence]] = []
    for s in dict.fromkeys(sentences):
        m = _TOGETHER.match(s.text)
        if m is None or NOT_PRESENT.search(s.text) or " and " not in m.group("pair"):
            continue
        hits = scan(m.group("pair"), doc.ref)
        kinds = {x.kind for x in hits}
        if "country" in kinds and "organization" in kinds:
            out += [(x.iri, s) for x in hits if x.kind == "organization" and x.iri not in doc.ref.seats]
    return out
