"""Where a transcript's meeting is held, as its speakers say it: "welcome you to the White House",
"welcome to San Diego", "it's good to be here in Jakarta"; and the place line of a transcript that
has no time stamp ("Commerzbank Munich, Germany" above the first speaker). Read by
kg.extract.places as a fallback when no sentence of the meeting names its venue.
"""

from __future__ import annotations

import re

from kg.extract.datelines import TIME_STAMP, city_of, header_place
from kg.extract.gazetteer import scan
from kg.model import Entity
from kg.reference.tables import Reference, fold

# a host's welcome to where the speakers are, or a speaker saying where he is
_WELCOME_TO = re.compile(
    r"(?i)\b(?:welcome|welcoming)\s+(?:(?:you|him|her|them|everyone|all|of|back|again|both)\s+){0,4}"
    r"to\s+(?:the\s+(?:city\s+of\s+)?)?"
)
_HERE_IN = re.compile(r"(?i)\b(?:here|be|am|are|to\s+be)\s+(?:with\s+you\s+)?(?:in|at)\s+(?:the\s+)?")
# a welcome still ahead or wished for ("I look forward to welcoming you to Tokyo", "I hope to welcome
# you to Canberra"): not where the remarks are given
_NOT_YET = re.compile(
    r"(?i)\b(?:forward\s+to|will|would|hope\s+to|want\s+to|plan\s+to|invit\w+|next|soon|someday|one\s+day)\b"
    r"[^.!?]{0,30}$"
)
# a name not in the reference data said after "welcome to" at a clause's end ("welcome to San Diego.")
_NEW_NAME = re.compile(r"([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?=\s*[.,!;]|\s*$)")
_SPEAKER = re.compile(r"^[A-Z][A-Z .'’-]+:")
SPOKEN_REACH = 2000  # characters of a transcript's remarks read for it


def transcript(text: str) -> bool:
    """Is `text` a transcript of remarks (a time stamp among its first lines, or a speaker's line)?"""
    lines = [ln.strip() for ln in text.split("\n", 8)[:8] if ln.strip()]
    return any(TIME_STAMP.match(ln) or _SPEAKER.match(ln) for ln in lines[:4])


def spoken_place(text: str, ref: Reference) -> Entity | None:
    """The place a transcript's speakers welcome their guests to or say they are in, in its
    opening remarks: a reference place (a site stands for its city), or a name unknown to the
    reference data right after a welcome ("welcome to San Diego."). Countries and regions are
    not venues ("welcome to the United States": the city stays open)."""
    if not transcript(text):
        return None
    head = text[:SPOKEN_REACH]
    for m in sorted([*_WELCOME_TO.finditer(head), *_HERE_IN.finditer(head)], key=lambda m: m.start()):
        if _NOT_YET.search(head, max(0, m.start() - 40), m.start()):
            continue
        after = head[m.end() : m.end() + 60]
        found = next((x for x in scan(after, ref) if x.start == 0), None)
        if found is not None:
            if found.kind == "place":
                return city_of(ref, found.iri)
            continue
        if not re.match(r"(?i)welcom", m.group()) or after[:4].lower() == "our ":
            continue
        name = _NEW_NAME.match(after)
        if name and not scan(name.group(1), ref) and len(name.group(1)) > 3:
            return Entity("place", fold(name.group(1)), name.group(1), [])
    return None


def place_line(text: str, ref: Reference) -> Entity | None:
    """The place a transcript without a time stamp names on its first line, above its first
    speaker ("Commerzbank Munich, Germany"): a reference place in it, else the name before its
    region ("Point Loma Naval Base San Diego, California")."""
    lines = [ln.strip() for ln in text.split("\n", 4)[:4] if ln.strip()]
    if len(lines) < 2 or not _SPEAKER.match(lines[1]) or len(lines[0]) > 80 or _SPEAKER.match(lines[0]):
        return None
    return line_place(lines[0], ref)


def line_place(line: str, ref: Reference) -> Entity | None:
    """The place a header line names: a reference place in it (a site stands for its city), else,
    for a line "Name, Region", the name."""
    found = [x for x in scan(line, ref) if x.kind == "place"]
    if found:
        return city_of(ref, found[0].iri)
    parts = [p.strip() for p in line.split(",")]
    if (
        len(parts) >= 2
        and not scan(parts[-2], ref)
        and re.fullmatch(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*", parts[-2])
    ):
        return Entity("place", fold(parts[-2]), parts[-2], [])
    return None


def transcript_place(text: str, ref: Reference) -> Entity | None:
    """Where a transcript's remarks were given: the reference place its header names above the time
    stamp, else a "Name, Region" header line, the place line of a transcript without a stamp, or
    the place its speakers welcome their guests to."""
    known = header_place(text, ref)
    if known is not None:
        return known
    lines = [ln.strip() for ln in text.split("\n", 8)[:8] if ln.strip()]
    stamp = next((k for k, ln in enumerate(lines) if TIME_STAMP.match(ln)), 0)
    for line in lines[:stamp]:
        found = line_place(line, ref) if len(line) <= 80 else None
        if found is not None:
            return found
    return place_line(text, ref) or spoken_place(text, ref)
