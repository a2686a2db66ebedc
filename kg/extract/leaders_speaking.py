"""A transcript in which leaders speak to each other: the meeting is the occasion itself.

Remarks at a guestbook signing, a greeting on arrival, a shamrock presentation or a luncheon are
transcribed with their speakers' labels ("PRESIDENT BIDEN: …", "PRESIDENT HIGGINS: …",
"TAOISEACH MARTIN: …"). The title names only the occasion, and the lead detection
(kg.extract.detect) reads no meeting in the first lines of talk; but two titled speakers taking
turns met there that day (eval/CONVENTIONS.md 23: a ceremony or reception at which a foreign
leader and the host exchange remarks is a held meeting). The usual counterpart checks follow
(kg.extract.pipeline): speakers of one government alone make no meeting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, TypeVar

from kg.extract.detect_cues import Detection
from kg.extract.sentences import split_sentences

if TYPE_CHECKING:
    from kg.extract.doc import Doc
    from kg.extract.people import Person
    from kg.extract.sentences import Sentence
    from kg.model import Document

Found = TypeVar("Found")

# a speaker's label opening a turn: a leader's title and name in capitals, then a colon
# ("PRESIDENT HIGGINS:", "PRIME MINISTER KISHIDA:", "SECRETARY GENERAL STOLTENBERG:")
SPEAKER = re.compile(
    r"^\s*(?P<label>(?:PRESIDENT|PRIME\s+MINISTER|CHANCELLOR|KING|QUEEN|EMIR|AMIR|CROWN\s+PRINCE|PRINCE|"
    r"TAOISEACH|SECRETARY[- ]GENERAL|SECRETARY\s+GENERAL|PREMIER|SULTAN|GOVERNOR[- ]GENERAL)"
    r"(?:\s+(?!MR\b|MRS\b)[A-Z][A-Z'’.-]*){1,4}):"
)
TURN = re.compile(SPEAKER.pattern.replace("^", "(?m)^", 1))  # a turn anywhere in a text
# … and a leader's spouse speaking with them ("MRS. HIGGINS:", "FIRST LADY BIDEN:"): there too, though
# no leader's turn
SPOUSE = re.compile(
    r"^\s*(?P<label>(?:MRS\.?|(?:FIRST|SECOND)\s+(?:LADY|GENTLEMAN))(?:\s+[A-Z][A-Z'’.-]*){1,3}):"
)
# a briefing or press call: its speakers are officials, the leaders they talk of are not there
BRIEFING = re.compile(
    r"(?i)\b(?:press\s+(?:briefing|call|gaggle)|background\s+(?:press\s+)?(?:call|briefing))\b"
)


@dataclass(frozen=True)
class Turns(Detection):
    """A meeting found in its speakers' turns (its positions are each speaker's first turn)."""


def speakers_meeting(document: Document) -> Detection | None:
    """The held meeting of a transcript giving turns to two or more titled speakers: the first turn
    of each (anywhere in the text: a guest of honour may speak last); None for other releases."""
    if BRIEFING.search(document.title) or len({_label(m) for m in TURN.finditer(document.text)}) < 2:
        return None  # (screened on the raw text: most releases are no such transcript)
    first: dict[str, int] = {}
    for i, s in enumerate(split_sentences(document.text)):
        m = SPEAKER.match(s.text) or SPOUSE.match(s.text)
        if m:
            first.setdefault(_label(m), i)
    leaders = [label for label in first if SPEAKER.match(label + ":")]
    return Turns("held", sorted(first.values())) if len(leaders) >= 2 else None


def speakers_only(
    found: Detection, people: list[tuple[Found, Sentence | None]], turns: list[Sentence]
) -> list[tuple[Found, Sentence | None]]:
    """The participants of a meeting found in its speakers' turns are those read there (or from the
    title): the others the speakers talk of ("President Putin is getting more NATO") were not there.
    Other detections' participants are left as they are."""
    if not isinstance(found, Turns):
        return people
    return [(p, s) for p, s in people if s is None or any(s is t for t in turns)]


def foreign_speaker(doc: Doc, found: Detection, people: list[tuple[Person, Sentence | None]]) -> bool:
    """A meeting found in its speakers' turns at which a foreign leader speaks (read in a turn): he was
    there, whatever the lead's first lines (a place line, a time stamp, the host's welcome) name."""
    return isinstance(found, Turns) and any(s is not None and doc.foreign_state(p.country) for p, s in people)


def _label(m: re.Match[str]) -> str:
    return " ".join(m.group("label").split())
