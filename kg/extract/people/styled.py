"""People a guest list or a chair's summary names with a style, a name and the office set off after it:
"His Excellency Bhupender Yadav, Minister for Environment, Forest and Climate Change of the Republic
of India", "The Right Honorable Alok Sharma MP, President for COP26, United Kingdom", "H.E. X, Special
Envoy of President Y, People's Republic of China".

The style, opening a line or a bulleted item, makes the words after it a name whatever the reference
data knows; the rest of the item (to the next bullet, blank line or semicolon) is the office, and the
last state it names after "of" or a comma is the person's. A person named inside the office ("Special
Envoy of President Y") is part of the title, not someone else taking part.
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Mention
from kg.extract.people.lexicon import NAME, PersonMention, trim_name
from kg.extract.people.table import People, add, attach, named_by, taken, unknown

STYLE = (
    r"(?:(?:His|Her)[ \t]+(?:Excellency|Highness|Royal[ \t]+Highness|Majesty|Eminence)|"
    r"(?:The[ \t]+)?(?:Right[ \t]+|Rt\.?[ \t]+)?Hon(?:ou?rable|\.)|"
    r"H\.[ \t]?E\.|H\.[ \t]?H\.|H\.[ \t]?R\.[ \t]?H\.)"
)
# letters after a name ("Alok Sharma MP", "X KC")
POST_NOMINALS = r"(?:[ \t]+(?:MP|M\.P\.|KC|QC|OBE|CBE|KBE|GCMG|MBE))*"
STYLED = re.compile(
    rf"(?:^|\n)[ \t]*(?:[-•*\u2013][ \t]+)?{STYLE}\s+(?P<name>{NAME.pattern}){POST_NOMINALS},\s+(?:the\s+)?"
    r"(?P<office>[^;•]{2,240}?)(?=\n[ \t]*[-•*\u2013][ \t]|\n[ \t]*\n|;|\Z)"
)
# a state closing the office: after "of (the)" or a comma
_STATE_LEAD = re.compile(r"(?:\bof|,)\s+(?:the\s+)?$")


def styled_items(
    pp: People,
    found: list[PersonMention],
    text: str,
    by_start: dict[int, Mention],
    covered: list[tuple[int, int]],
) -> None:
    """Add the people named with a style and an office set off after the name (STYLED)."""
    if "Excellency" not in text and "Hon" not in text and "H." not in text:
        return
    for m in STYLED.finditer(text):
        written = re.sub(rf"{POST_NOMINALS}$", "", m.group("name"))  # the name takes "MP" in
        name = trim_name(written)
        start = m.start("name")
        end = start + len(name)
        if len(name.split()) < 2 or name != written:
            continue
        office_start, office_end = m.start("office"), m.end("office")
        if re.search(r"\.\s+[A-Z]", m.group("office")):
            continue  # a sentence goes on: no list item
        inside = [
            pm
            for pm in found
            if office_start <= pm.start < office_end
            and re.search(r"\b(?:of|to)\s+$", text[pm.start - 4 : pm.start])
        ]
        for pm in inside:  # "Special Envoy of President Y": part of the office
            found.remove(pm)
        if taken(found, covered, by_start, start, end):
            continue  # a reference person already found (his office attached elsewhere)
        person = unknown(pp, name)
        if person is None or person.iri:
            continue
        office = " ".join(m.group("office").split(",")[0].split())
        attach(person, office, None, _state(pp, text, by_start, office_start, office_end), None)
        add(found, person, start, end)
        covered.append((start, end))


def _state(pp: People, text: str, by_start: dict[int, Mention], start: int, end: int) -> str | None:
    """The last state the office names after "of" or a comma."""
    states = [
        named_by(pp.ref, x)[0]
        for k, x in sorted(by_start.items())
        if start <= k and x.end <= end and x.kind == "country" and _STATE_LEAD.search(text[max(0, k - 8) : k])
    ]
    return next((s for s in reversed(states) if s), None)
