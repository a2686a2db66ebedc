"""An honorific before a surname picks the person of that surname it fits.

A leader and a spouse may share a surname, which the reference data gives to the leader alone
("Biden" is the President). "Dr. Biden", "Mrs. Biden" or "First Lady Biden" are the spouse: the
honorific fits the spouse (a name the reference data writes with "Dr.", schema:gender for "Mrs.",
"Ms.", "Madam", "Mr." and the spouses' styles) and not the leader.
"""

from __future__ import annotations

import re

from kg.names import fold
from kg.reference.tables import Reference

# (in a transcript's speaker label, in capitals: "MRS. HIGGINS:", "FIRST LADY BIDEN:")
HONORIFIC = re.compile(
    r"\b(Dr|Mrs|Ms|Mr|Madam|Madame|Mme|(?:First|Second)\s+(?:Lady|Gentleman)|DR|MRS|MS|MR|MADAM|MADAME|"
    r"(?:FIRST|SECOND)\s+(?:LADY|GENTLEMAN))\.?\s+$"
)
GENDER = {
    "mrs": "female",
    "ms": "female",
    "madam": "female",
    "madame": "female",
    "mme": "female",
    "first lady": "female",
    "second lady": "female",
    "mr": "male",
    "first gentleman": "male",
    "second gentleman": "male",
}


def honorific_before(text: str, start: int) -> str | None:
    """The honorific written just before `start` ("dr", "mrs", "first lady"), folded, if any."""
    m = HONORIFIC.search(text, max(0, start - 20), start)
    return " ".join(m.group(1).lower().split()) if m else None


def fits(ref: Reference, iri: str, honorific: str) -> bool:
    """Is the honorific known to fit the reference person: "Dr." in one of his or her names, or the
    gender of the others?"""
    e = ref.entities.get(iri)
    if e is None:
        return False
    if honorific == "dr":
        return any(fold(n).startswith("dr.") or fold(n).startswith("dr ") for n in (e.label, *e.alt_labels))
    return e.props.get("gender") == GENDER.get(honorific)


def person_named(ref: Reference, text: str, start: int, iri: str) -> str:
    """The reference person a surname at `start` names: `iri` (whom the surname stands for), or the
    spouse sharing the surname when the honorific before it fits the spouse and not `iri`."""
    spouse = ref.spouses.get(iri)
    if spouse is None:
        return iri
    names = (ref.entities[iri].props.get("surname"), ref.entities[spouse].props.get("surname"))
    if not names[0] or fold(names[0]) != fold(names[1] or ""):
        return iri
    honorific = honorific_before(text, start)
    if honorific is None or fits(ref, iri, honorific) or not fits(ref, spouse, honorific):
        return iri
    return spouse
