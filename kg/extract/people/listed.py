"""Names listed after a plural title: "Foreign Ministers A, B and C", "Members of the Presidency of
Bosnia and Herzegovina A, B, and C", "the Presidents of Poland and Lithuania, A and B" is not one
(that list is of states; kg.extract.people.roles reads it).

Each name of the list gets the title in the singular, its office role and the state or organization
the title names ("of <State>", "<Demonym> Foreign Ministers").
"""

from __future__ import annotations

import re

from kg.extract.gazetteer import Mention
from kg.extract.patterns import at_starts
from kg.extract.people.lexicon import NAME, STOP_WORDS, PersonMention, trim_name
from kg.extract.people.table import People, add, attach, named_by, unknown
from kg.extract.titles import TITLE_ROLES, role_of
from kg.reference.tables import fold


def _plural(title: str) -> str | None:
    """'Foreign Minister' -> 'Foreign Ministers', 'Secretary of State' -> 'Secretaries of State'."""
    if not re.fullmatch(r"[A-Z][\w-]*(?: [A-Za-z][\w-]*)*", title):
        return None
    words = title.split()
    i = next((k - 1 for k, w in enumerate(words) if w in ("of", "for")), len(words) - 1)
    head = words[i]
    if head.endswith("s") or head.isupper():
        return None
    if head.endswith("man"):
        words[i] = head[:-3] + "men"
    elif head.endswith("y") and head[-2:-1] not in "aeiou":
        words[i] = head[:-1] + "ies"
    else:
        words[i] = head + "s"
    return " ".join(words)


SINGULAR = {p: t for t in TITLE_ROLES if (p := _plural(t))} | {"Members": "Member"}
_PLURALS = [re.escape(p) for p in sorted(SINGULAR, key=len, reverse=True)]
PLURAL_TITLE = at_starts(  # (after "Deputy", "Vice" or "First", tried first, or alone)
    [*(rf"{lead}\s+(?:{'|'.join(_PLURALS)})" for lead in ("Deputy", "Vice", "First")), *_PLURALS],
    r"(?![\w-])",
)
_OF = re.compile(r"\s+(?:of|for)\s+(?:the\s+)?")
_BODY = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}(?=(?:of|for)\s)")
_SEP = re.compile(r"(,\s+(?:and\s+)?|\s+and\s+)")


def listed_names(
    pp: People,
    found: list[PersonMention],
    text: str,
    by_start: dict[int, Mention],
    covered: list[tuple[int, int]],
) -> None:
    """Add the people named in lists after a plural title (at least two full names)."""
    for t in PLURAL_TITLE.finditer(text):
        plural = t.group()
        lead = plural.split()[0] if plural.split()[0] in ("Deputy", "Vice", "First") else ""
        singular = SINGULAR[plural[len(lead) :].strip()]
        title = f"{lead} {singular}".strip()
        iso = org = None
        before = re.search(r"([A-Z][\w'’-]+)\s+$", text[max(0, t.start() - 30) : t.start()])
        if before:
            iso = pp.ref.country_of_demonym(before.group(1))
        pos = t.end()
        for _ in range(3):  # "of the Presidency of Bosnia and Herzegovina", "of Poland"
            of = _OF.match(text, pos)
            if of is None:
                break
            nxt = by_start.get(of.end())
            if nxt is not None:
                i2, o2 = named_by(pp.ref, nxt)
                iso, org = i2 or iso, o2 or org
                pos = nxt.end
                continue
            body = _BODY.match(text, of.end())
            if body is None:
                break
            pos = body.end() - 1
        names = _names(text, pos, by_start)
        if len(names) < 2:
            continue
        role = role_of(singular)
        for start, end in names:
            person = None
            if any(a <= start < b for a, b in covered):
                known = next((pm for pm in found if pm.start == start), None)
                person = pp.people[known.key] if known is not None else None
            else:
                person = unknown(pp, text[start:end])
                if person is not None:
                    add(found, person, start, end)
                    covered.append((start, end))
            if person is not None:
                attach(person, title, role, iso, org)


def _names(text: str, pos: int, by_start: dict[int, Mention]) -> list[tuple[int, int]]:
    """The spans of a list of full names at `pos` ("A B, C D, and E F"), closed by "and"; [] when
    it is no such list."""
    gap = re.match(r"[ \t]*,?[ \t]+", text[pos:])
    if gap is None:
        return []
    pos += gap.end()
    out: list[tuple[int, int]] = []
    while True:
        m = NAME.match(text, pos) if pos not in by_start else None
        name = trim_name(m.group()) if m else ""
        if len(name.split()) < 2 or fold(name.split()[0]) in STOP_WORDS:
            return []
        if any(pos < s < pos + len(name) for s in by_start):
            return []
        out.append((pos, pos + len(name)))
        sep = _SEP.match(text, pos + len(name))
        if sep is None:
            return []
        if "and" in sep.group():
            last = NAME.match(text, sep.end()) if sep.end() not in by_start else None
            name = trim_name(last.group()) if last else ""
            if len(name.split()) < 2 or fold(name.split()[0]) in STOP_WORDS:
                return []
            return [*out, (sep.end(), sep.end() + len(name))]
        pos = sep.end()
