"""Organizations listed beside states as the sides of a meeting: "We were joined today by our close
partners Sweden, Finland, and the European Union", "The White House brought together 36 countries, and
the EU, for the Summit", "the participants were the UK, France, Poland, and the European Union".

A list that a participation cue opens ("joined by", "brought together", "the participants were") and
that names at least one state (or a number of countries) holds the sides that took part: an
organization among its items takes part as an organization (eval/CONVENTIONS.md 5: "the G7 and the
EU" as the meeting's parties; 63). Not a group of states whose members hold its seats (NATO, the G7:
its states take part), nor a body of the publisher's own state, nor a list in a clause about another
meeting or in a sentence of people absent.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from kg.extract.elsewhere import other_meeting_spans
from kg.extract.gazetteer import Mention, scan
from kg.extract.participants import NOT_PRESENT, national
from kg.extract.sentences import Sentence

if TYPE_CHECKING:
    from kg.extract.doc import Doc

# the words opening a list of those who took part (screened by `_SCREEN` first)
LIST_OPENS = re.compile(
    r"(?i)\b(?:joined\s+(?:today\s+|here\s+|also\s+|virtually\s+)?by|brought\s+together|"
    r"(?:the\s+)?participants\s+(?:were|included)|(?:also\s+)?in\s+attendance\s+were)\s+"
)
_SCREEN = ("oined", "rought", "articipants", "ttendance")
# where the list ends: a clause or purpose after it ("… and the EU, for the Summit", "… to coordinate")
_END = re.compile(r"[.;:!?]|\s[–—-]+\s|\s(?:to|for|on|about|at|in|during|that|who|which|as|where|with)\s")
_ITEM_SPLIT = re.compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")
# what may stand before an item's name ("our close partners Sweden", "the leaders of", "key Allies")
_LEAD_WORDS = re.compile(
    r"(?i)^(?:(?:the|our|their|its|his|her|close|key|fellow|other|partners?|allies|friends|leaders|heads|"
    r"presidents|representatives|delegations|officials|of|from)\s+)*"
)
# an item counting states without naming them ("36 countries", "several other nations")
_STATES_COUNTED = re.compile(
    r"(?i)^(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|several|many|other)\s+"
    r"(?:other\s+)?(?:countries|nations|states|governments|partners|allies)$"
)
_ACRONYM = re.compile(r"\s*\([A-Z][\w.&-]*\)$")  # "European Union (EU)"


def _item(doc: Doc, item: str) -> tuple[str, Mention | None]:
    """What one item of a list names: ("state", None) for a state or a count of states, ("org",
    mention) for an organization, ("", None) for anything else."""
    bare = _ACRONYM.sub("", _LEAD_WORDS.sub("", item.strip())).strip()
    if not bare:
        return "", None
    if _STATES_COUNTED.match(bare):
        return "state", None
    hits = scan(bare, doc.ref)
    whole = [m for m in hits if m.start == 0 and m.end == len(bare)]
    if not whole:
        return "", None
    m = whole[0]
    if m.kind == "country" or m.iri in doc.ref.seats:
        return "state", None  # a state, or a group of states ("our NATO Allies")
    return ("org", m) if m.kind == "organization" else ("", None)


# a sentence beyond those reporting the meeting tells its sides when it sets them on the day or there
# ("We were joined today by …"), not when it tells what they did together ("we've done it joined by …")
_THAT_DAY = re.compile(r"(?i)\b(?:today|tonight|this\s+(?:morning|afternoon|evening)|here)\b")


def organizations_listed(
    doc: Doc, sentences: Sequence[Sentence], further: Sequence[Sentence] = ()
) -> list[tuple[str, Sentence]]:
    """(organization IRI, sentence) for each organization a list of the meeting's sides names beside a
    state (LIST_OPENS) in the meeting's `sentences`, or in the `further` ones of its part that set it
    on the day (_THAT_DAY): not a group of states with seats, nor a body of the publisher's state."""
    out: list[tuple[str, Sentence]] = []
    told = set(sentences)
    for s in dict.fromkeys([*sentences, *further]):
        if not any(w in s.text for w in _SCREEN) or NOT_PRESENT.search(s.text):
            continue
        if s not in told and not _THAT_DAY.search(s.text):
            continue
        elsewhere = other_meeting_spans(s.text)
        for g in LIST_OPENS.finditer(s.text):
            if any(a <= g.start() < b for a, b in elsewhere):
                continue
            tail = s.text[g.end() :]
            end = _END.search(tail)
            items = [_item(doc, x) for x in _ITEM_SPLIT.split(tail[: end.start() if end else len(tail)])]
            if not any(kind == "state" for kind, _ in items):
                continue
            for kind, m in items:
                if kind == "org" and m is not None and not national(doc, m.iri):
                    out.append((m.iri, s))
    return out
