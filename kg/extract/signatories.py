"""The signers of a statement: its closing paragraph lists them by title and name ("Special Envoy
Ewen McDonald of Australia Prime Minister Mark Brown of Cook Islands …", one per line or run on).

A leaders' or joint statement issued at a meeting is signed by those who took part in it; the
paragraph is read as saying who was present (kg.extract.participants). Only a paragraph near the end
that holds two or more people, a title and no lower-case word but joiners is such a list.
"""

from __future__ import annotations

import re

from kg.extract.doc import Doc
from kg.extract.sentences import Sentence
from kg.extract.titles import TITLE

STATEMENT = re.compile(r"(?i)\b(?:statement|declaration|communiqu[eé])\b")
CLOSING_PARAGRAPHS = 3
_JOINERS = frozenset("of the and for to in on at".split())


def signatories(doc: Doc) -> list[Sentence]:
    """The sentences of a statement's closing list of signers (module docstring), if it has one."""
    if not STATEMENT.search(doc.title) or not doc.sents:
        return []
    paras = sorted({s.para for s in doc.sents})[-CLOSING_PARAGRAPHS:]
    out: list[Sentence] = []
    for para in paras:
        sents = [s for s in doc.sents if s.para == para]
        start, end = sents[0].start, sents[-1].end
        text = doc.text[start:end]
        people = {pm.key for pm in doc.found.mentions if start <= pm.start < end and not pm.by_role}
        lower = [w for w in re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", text) if w not in _JOINERS]
        if len(people) >= 2 and not lower and TITLE.search(text):
            out += sents
    return out
