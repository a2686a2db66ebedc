"""A name's tail: where a generic framework name ends, and which words after its head belong to it.

After the head ("the Agreement …") may come two parties ("between the Government of Ukraine and the
Government of …", kept), a purpose ("to Defeat ISIS", kept up to the next name), a party the paper is
addressed to ("the Declaration to Zorbland", not kept), a date (when it met or was signed, not kept) or
an object ("of Action", kept when short).
"""

from __future__ import annotations

import re

from kg.extract.framework_forms import JOIN, NEXT_NAME, SENTENCE_END
from kg.extract.gazetteer import scan
from kg.reference.tables import Reference

# a date after a name is when it met or was signed, not the name's object ("Group on April 13")
DATE_START = re.compile(
    r"(?:the\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?)?(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
)
# a name's two parties, each a capitalized name (with "of the" inside): "between the Government of
# Ukraine and the Government of the Republic of Turkey"
_SIDE = r"(?:the\s+)?[A-Z][\w'’.-]*(?:\s+(?:of\s+(?:the\s+)?)?[A-Z][\w'’.-]*){0,5}"
BETWEEN = re.compile(rf"between\s+{_SIDE}\s+and\s+{_SIDE}")
_LOOSE_END = re.compile(rf"(?:[,.]|\s+{JOIN})+$")  # stops and joiners ending a label


def trim_tail(label: str) -> str:
    """A name up to the end of its sentence, without the joiners or punctuation it may end on."""
    label = SENTENCE_END.split(label)[0]  # not "U.S. "
    # "the Executive Order On X and the Executive Order On Y": two names
    label = re.split(
        r"\s+and\s+(?:the|a|an)\s+(?=(?:Executive Order|Treaty|Agreement|Declaration|Statement)\s)", label
    )[0]
    # "the Treaty on the Prohibition of Nuclear Weapons and the Sendai Framework for …": two names
    # (not the parties of one: "Agreement between Ukraine and the European Council")
    if " and the " in label and " between " not in label:
        label = NEXT_NAME.split(label)[0]
    while ", " in label and " and " not in label.rsplit(", ", 1)[1]:
        label = label.rsplit(", ", 1)[0]  # "Summit for Democracy, President Biden"
    return _LOOSE_END.sub("", label.strip())


def to_party(tail: str, ref: Reference) -> bool:
    """Is a name's "to …" tail a party it is addressed to ("the Declaration to Zorbland"), not a
    purpose ("to Defeat ISIS")?"""
    words = tail.strip()
    if not words.startswith("to "):
        return False
    found = scan(words[3:], ref)
    return (
        bool(found)
        and found[0].start == 0
        and found[0].kind in ("country", "place", "person", "organization")
    )


def with_tail(label: str, tail: str, ref: Reference) -> str:
    """`label` with what of the words after its head (`tail`: "of …", "on …", "between …", "to …")
    belongs to the name."""
    tail = tail.strip()
    if not tail or DATE_START.match(tail.split(maxsplit=1)[-1]) or to_party(tail, ref):
        return label  # (a date after the joiner: "on April 13")
    parties = BETWEEN.match(tail)  # "between the Government of Ukraine and the Government of …"
    if parties:
        tail = parties.group()
    elif tail.startswith("to "):  # a purpose, up to the next name, kept whole or left out
        tail = re.split(r"\s+and\s+the\s+", tail)[0]  # ("… Plan to Eliminate Racial and Ethnic …")
    elif len(tail.split()) > 8:  # "Joint Plan of Action for the Russian Federation and …"
        tail = re.split(r"\s+(?:between|for|and|with|in)\s+", tail)[0]
    if len(tail.split()) <= (14 if parties else 12 if tail.startswith("to ") else 8):
        return f"{label} {tail}"
    return label
