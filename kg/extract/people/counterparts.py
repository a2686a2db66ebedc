"""Unknown people named as someone's counterpart: "his Uzbek counterpart Bakhtiyor Saidov", "her
counterpart from Hungary, Péter Szijjártó"."""

from __future__ import annotations

from kg.extract.gazetteer import Mention
from kg.extract.patterns import at_words
from kg.extract.people.chained import office_word
from kg.extract.people.lexicon import NAME, STOP_WORDS, PersonMention, trim_name
from kg.extract.people.table import People, add, attach, named_by, taken, unknown
from kg.reference.tables import fold

# "his Uzbek counterpart Bakhtiyor Saidov", "her counterpart from Hungary, Péter Szijjártó"
COUNTERPART = at_words(
    ["his", "her", "their", "its"],
    r"[ \t]+(?:(?P<dem>[A-Z][\w'’-]+)[ \t]+)?counterparts?"
    r"(?:[ \t]+(?:from|of)[ \t]+(?:the[ \t]+)?(?P<of>[A-Z][^,.;()]{1,40}?))?,?[ \t]+"
    rf"(?:(?:Mr|Ms|Mrs|Dr)\.?[ \t]+)?(?P<name>{NAME.pattern})",
)


def counterparts(
    pp: People,
    found: list[PersonMention],
    text: str,
    by_start: dict[int, Mention],
    covered: list[tuple[int, int]],
) -> None:
    """Unknown people named as someone's counterpart, of the state the demonym or place before
    names (COUNTERPART)."""
    for m in COUNTERPART.finditer(text):
        name = trim_name(m.group("name"))
        start = m.start("name")
        end = start + len(name)
        if (
            len(name.split()) < 2
            or fold(name.split()[0]) in STOP_WORDS
            or any(office_word(w) for w in name.split())
        ):
            continue
        if taken(found, covered, by_start, start, end):
            continue
        iso = pp.ref.country_of_demonym(m.group("dem")) if m.group("dem") else None
        if m.group("of"):
            at = by_start.get(m.start("of"))
            iso = iso or (named_by(pp.ref, at)[0] if at is not None else None)
        person = unknown(pp, name)
        if person is None or person.iri:
            continue
        attach(person, "counterpart", None, iso, None)
        add(found, person, start, end)
        covered.append((start, end))
