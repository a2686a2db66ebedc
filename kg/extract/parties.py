"""Who stays in the main meeting when a release tells other meetings too (kg.extract.several.split
takes out the people a sentence names in another one):
- the parties the title names jointly ("Remarks by President A, President B of X, and Prime Minister C
  of Y after Trilateral Meeting"): a later "President B and I will meet the Senate leaders" is their
  next engagement, not another party's; a title naming several meetings ("Readout of the President's
  Meetings with X and with Y") keeps no one;
- a transcript's speakers ("PRESIDENT B: …"): they speak at the occasion the transcript records;
- a counterpart found as taking part in a sentence of his own, taken out for a group that makes no
  meeting of its own (kg.extract.several.separate_accounts drops it: "Prime Minister B also met
  separately with Senator C", of no state said).
"""

from __future__ import annotations

import re
from datetime import date

from kg.extract.doc import Doc
from kg.extract.participants import Participants, people_in
from kg.extract.sentences import Sentence
from kg.extract.several import Group, separate_accounts
from kg.extract.speech import SPEAKER, speech_paragraphs

# a title telling more than one meeting: "Meetings with …", "… and with …", "on the Summit and Call with
# X", "Meeting with X; Call with Y"
SEVERAL_IN_TITLE = re.compile(
    r"(?i)\b(?:meetings|calls|conversations)\b|\band\s+with\b|"
    r"\band\s+(?:an?\s+|the\s+|his\s+|her\s+)?(?:[\w-]+\s+)?(?:call|meeting|talks|conversation|visit)\s+with\b|"
    r"\b(?:meeting|call|talks)\b[^;]*[;,]\s*(?:and\s+)?(?:a\s+)?(?:meeting|call|talks)\b"
)


def parties(doc: Doc) -> set[str]:
    """Keys of the people the release shows as parties of its one meeting: those its title names (when
    it names one meeting) and its transcript's speakers."""
    out: set[str] = set()
    if not SEVERAL_IN_TITLE.search(doc.title):
        out |= {pm.key for pm in doc.found.title_mentions}
    for para in _speaker_paragraphs(doc):
        label = para.text[: para.text.index(":")]
        named = people_in(doc, Sentence(label, para.start, para.start + len(label), para.para))
        out |= {p.key for p in named[:1]} if len(named) == 1 else set()
    return out


def _speaker_paragraphs(doc: Doc) -> list[Sentence]:
    speech = speech_paragraphs(doc)
    if not speech:
        return []
    first: dict[int, Sentence] = {}
    for s in doc.sents:
        if s.para in speech:
            first.setdefault(s.para, s)
    return [s for s in first.values() if SPEAKER.match(s.text)]


def kept(
    doc: Doc, whole: Participants, main: Participants, groups: list[Group], status: str, day: date
) -> tuple[Participants, list[Group]]:
    """The main meeting's participants and the other groups after the split: those split off come back
    when they are parties of the release's meeting (`parties`) or counterparts whose groups make no
    meeting; not those of a group of a meeting of its own naming no one else (it is the meeting told)."""
    stay = {p.key for p, _ in main}
    moved = {p.key for p, _ in whole} - stay
    if not moved:
        return main, groups
    meets = [bool(separate_accounts(doc, status, day, [g])) for g in groups]  # the groups that are meetings
    real = {p.key for g, m in zip(groups, meets, strict=True) if m for p in g[1]}
    # a counterpart found in a sentence of his own (not one of ours or of no state said: "also spoke with
    # Administrator X" is another talk; "they also met with Ambassador X" another meeting, untold)
    told = {id(g[0]) for g in groups}
    idle = {
        p.key
        for p, s in whole
        if p.key in moved - real and (doc.foreign_state(p.country) or p.org) and id(s) not in told
    }
    back = idle | (moved & parties(doc))
    for g, m in zip(groups, meets, strict=True):  # a group of a meeting of its own with none but them is
        if m and {p.key for p in g[1]} <= stay | back:  # the meeting the title tells
            back -= {p.key for p in g[1]}  # ("President Biden also spoke with President Putin": the call)
    if not back:
        return main, groups
    return [(p, s) for p, s in whole if p.key in stay | back], groups
