"""A framework name read by its form, as an entity: the reference one it names, else a new one."""

from __future__ import annotations

import re

from kg.extract.gazetteer import scan
from kg.model import Entity
from kg.reference.tables import Reference, fold

# the head nouns of a body's own papers and programmes, not other names of the body
INSTRUMENT = re.compile(
    r"Charter|Treaty|Agreement|Declaration|Convention|Statement|Communiqu[eé]|Strategy|Plan|Fund|Initiative|"
    r"Programme|Program|Facility|Framework|Protocol|Pact|Compact|Roadmap|Agenda|Accord|Mechanism|Fellowship|"
    r"Resolution|Act|Mission"
)

# a head of state's or government's possessive owning a programme ("the President’s Malaria Initiative")
OWNER = re.compile(r"^(?:(?:Vice\s+)?President|Prime\s+Minister|Secretary-General)['’]s\s+")


def generic(label: str, ref: Reference) -> Entity:
    """The framework a generic name read in the text names: the reference entity it is (a known
    framework under its party's name, a known body plus a generic head), else a new one with its label."""
    label = re.sub(r"(?<=[^\Ws])['’](?=\s)", "", " ".join(label.split()))  # "Central Asia-China’ Summit"
    year = re.match(r"(?:\d{4}|\d+(?:st|nd|rd|th))\s+", label)  # "1975 Helsinki Final Act" is the Act
    core = label[year.end() :] if year else label
    owner = OWNER.match(core)
    if owner:  # "President’s American Rescue Plan" is the known Plan, "President’s X Summit" the known X
        core = core[owner.end() :]
        whole = [x for x in scan(core, ref) if x.start == 0 and x.end == len(core)]
        if whole and whole[0].kind in ("framework", "organization", "event"):
            return ref.entities[whole[0].iri]
    marks = scan(core, ref)
    last = marks[-1] if marks else None
    if last and last.kind == "framework" and last.end == len(core) and last.start > 0:
        # a known framework under its party's name ("NATO Washington Treaty") is that framework
        if all(x.kind in ("organization", "country") for x in marks[:-1]) and marks[0].start == 0:
            between = "".join(core[a.end : b.start] for a, b in zip(marks, marks[1:], strict=False))
            if not re.sub(r"[\s,'’s-]", "", between):
                return ref.entities[last.iri]
    found = [x for x in marks if x.start == 0 and x.kind in ("framework", "organization")]
    # the label itself, or a known body plus a generic head ("NATO Alliance") is that body; a body
    # plus a paper or programme of its own is that paper ("UN Charter", "ASEAN Charter"); a known
    # programme plus its kind is that programme ("Youth Building the Future Program")
    rest = core[found[0].end :].split() if found else []
    own = found and found[0].kind == "organization" and len(rest) == 1 and INSTRUMENT.fullmatch(rest[0])
    if found and len(rest) <= 1 and not own:
        return ref.entities[found[0].iri]
    return Entity("framework", fold(label), label, [])
