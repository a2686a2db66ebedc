"""Signed papers named in lower case by their kind and subject (CONVENTIONS 21g, 21h).

Lists of documents signed at talks name each paper by its kind, then what it is about: "an
intergovernmental agreement on cooperation in space research", "a memorandum of cooperation on
education and technology", "the programme of cultural exchanges for 2021-2024", "a protocol on the
organisation of culture festivals". The name runs from the kind to the end of its clause (a comma,
the next paper, a verb such as "signed"); "an agreement on the need to ..." names no paper.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from kg.extract.patterns import at_starts

_QUALITIES = (
    "intergovernmental",
    "interagency",
    "interdepartmental",
    "bilateral",
    "cooperation",
    "framework",
)
_KINDS = (
    "agreement",
    r"memorandum(?:[^\S\n]+of[^\S\n]+understanding)?",
    "protocol",
    "programme",
    "program",
    "roadmap",
    r"road[^\S\n]+map",
)
# the kind, after one of its qualities (tried first) or alone
_KIND = [*(rf"{q}[^\S\n]+(?:{'|'.join(_KINDS)})" for q in _QUALITIES), *_KINDS]
# what the paper is about: cooperation, understanding, an organisation of something, exchanges of a kind
_SUBJECT = (
    r"(?:of|on|for)[^\S\n]+(?:(?:mutual|bilateral|strategic|economic|military|technical)[^\S\n]+)?"
    r"(?:cooperation|understanding|(?:the[^\S\n]+)?organi[sz]ation|[a-z]+[^\S\n]+exchanges)\b"
)
# the clause ends at punctuation, before the next paper ("and a memorandum ...") or a verb
_VERB = r"(?:was|were|is|are|has|have|had|will|signed|concluded|adopted|reached|between|that|which)"
_END = rf"(?=[,.;:()]|[^\S\n]+and[^\S\n]+(?:a|an|the)[^\S\n]|[^\S\n]+{_VERB}\b|\n|$)"
# a subject of its own after the kind ("a memorandum of understanding" alone names no paper)
_NAMED = rf"[^\S\n]+{_SUBJECT}[^\S\n]+(?!{_VERB}\b)[^.;:()\n]{{2,90}}?"
PAPER = at_starts([k + _NAMED for k in _KIND], _END, before=None, group=True)  # (group 1: the paper)


def signed_papers(text: str) -> Iterator[tuple[str, int, int]]:
    """(label, start, end) of each paper named by its kind and subject in `text`."""
    if "cooperation" not in text and "understanding" not in text and "exchanges" not in text:
        return
    for m in PAPER.finditer(text):
        label = re.sub(r"[^\S\n]+", " ", m.group(1)).strip()
        if len(label.split()) >= 3:
            yield label, m.start(1), m.end(1)
