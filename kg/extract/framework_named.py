"""Frameworks told by how the text introduces them, whatever their words (CONVENTIONS 21, 21g, 21h).

Two forms name a framework the reference data need not know:
- a kind of framework given a name: "a program it's calling Partnerships for Democracy", "a new fund
  called the International Fund for Public Interest Media", "an agreement known as the Atlantic
  Charter", 'the principle of "nothing about you without you"' (the name is what follows);
- a paper signed, adopted or concluded, named in lower case by its kind and subject: "signed a treaty
  on the deepening and expansion of allied relations", "adopted the declaration between A and B on
  the occasion of ...", "the entry into force of the agreement on the use of electronic navigation
  seals" (the name runs from the kind to the end of its clause).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.patterns import at_starts, screen_words

_KINDS = (
    r"(?:program|programme|initiative|partnership|platform|fund|facility|mechanism|framework|dialogue|"
    r"coalition|alliance|project|plan|strategy|campaign|compact|agreement|treaty|declaration|charter|"
    r"principle|doctrine|policy|format|network|task force|working group)s?"
)
# the kind, then a verb of naming, then the name: capitalized words (joiners between) or a quotation
_JOIN = r"(?:of|on|for|and|the|in|to|with|against|&)"
_CAPRUN = rf"[A-Z][\w'’.+&-]*(?:[^\S\n]+(?:{_JOIN}[^\S\n]+){{0,2}}[A-Z0-9][\w'’.+&-]*){{0,10}}"
NAMED_AS = re.compile(
    rf"\b{_KINDS},?[^\S\n]+(?:(?:it|we|they|that|which)(?:['’](?:s|re)|[^\S\n]+(?:is|are))?[^\S\n]+)?"
    r"(?:called|calling|named|dubbed|known[^\S\n]+as|entitled|titled)[^\S\n]+(?:the[^\S\n]+)?"
    rf"(?:[\"“«]([^\"”»\n]{{3,80}})[\"”»]|({_CAPRUN}))"
    r"|\bprinciples?[^\S\n]+of[^\S\n]+[\"“«]([^\"”»\n]{3,80})[\"”»]"
)
# the words one of which every match of NAMED_AS holds as written (its verbs of naming, "principle"):
# most texts hold none, and the pattern (its kinds first, at a word boundary) is tried at every word
NAMING_WORDS = screen_words(
    NAMED_AS, ("called", "calling", "named", "dubbed", "known", "titled", "principle")
)
# a paper's kind in lower case (with its qualities) after the act that makes it
_ACTS = (
    "sign(?:ed|ing|s)?",
    "adopt(?:ed|ing|s)?",
    "conclud(?:ed|ing|es)?",
    "ratif(?:y|ied|ying|ies)",
    "initiall?ed",
    r"entry[^\S\n]+into[^\S\n]+force[^\S\n]+of",
)
_PAPER_KIND = (
    r"(?:(?:new|joint|intergovernmental|bilateral|trilateral|comprehensive|historic|framework)[^\S\n]+)*"
    r"(?:treaty|agreement|declaration|memorandum|protocol|accord|convention|charter)"
)
_CLAUSE_END = (
    r"(?=[,.;:()]|[^\S\n]+(?:was|were|is|are|has|have|had|will|would|which|that|signed|and[^\S\n]+(?:a|an|the))\b"
    r"|\n|$)"
)
SIGNED = at_starts(  # (the search skips to the acts' first letters)
    _ACTS,
    rf"[^\S\n]+(?:a|an|the)[^\S\n]+({_PAPER_KIND}[^\S\n]+(?:on|of|between)[^\S\n]+"
    rf"(?!(?:the[^\S\n]+)?(?:need|necessity|importance|basis|results?)\b)[^.;:()\n]{{3,110}}?){_CLAUSE_END}",
    before=None,
)
# a name that is only an article, a pronoun or a date is none
_NOT_NAME = re.compile(
    r"^(?:The|This|That|It|We|They|In|On|At|For|January|February|March|April|May|June|"
    r"July|August|September|October|November|December)$"
)


def named_forms(text: str) -> Iterator[tuple[str, int, int]]:
    """(label, start, end) of each framework the text names by a naming verb or as a signed paper."""
    for m in NAMED_AS.finditer(text) if any(w in text for w in NAMING_WORDS) else ():
        g = next(i for i in (1, 2, 3) if m.group(i))
        label = re.split(r"(?<=[a-z0-9]{2})\.(?:\s|$)", m.group(g))[0].strip(" ,")  # not past a full stop
        label = re.sub(r"['’]s$", "", label)
        if len(label) >= 4 and not _NOT_NAME.match(label.split()[0]) and (" " in label or label.isupper()):
            yield label, m.start(g), m.start(g) + len(label)
    for m in SIGNED.finditer(text):
        label = re.sub(r"[^\S\n]+", " ", m.group(1)).strip()
        if len(label.split()) >= 4:
            yield label, m.start(1), m.end(1)
