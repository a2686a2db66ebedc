"""The chair or host of a group's meeting, named as the one thanked for it or as opening it: "President
Biden thanked Prime Minister Kishida for his leadership of the G7", "The leaders thanked President X for
hosting the summit", "Prime Minister Y, who holds the G7 presidency, opened the call" in the readout of
a group's leaders' meeting.

The group's leaders are not named (eval/CONVENTIONS.md 25), but the one a release names by name or by
a single office takes part (6, 25): the thanks tell that he or she was there. Read only in a meeting
whose sentences say a group met, not of another time nor of a meeting to come.
"""

from __future__ import annotations

import re

from kg.extract.doc import Doc
from kg.extract.elsewhere import of_other_time
from kg.extract.people import Person, resolve_roles
from kg.extract.sentences import Sentence

# thanked for chairing or hosting the group or its meeting (past tense or a participle: the present
# "thank you for hosting" is kg.extract.presence's)
THANKED_CHAIR = re.compile(
    r"(?i)\bthank(?:ed|ing)\b(?P<who>[^.!?;]{3,100}?)\bfor\s+(?:(?:his|her|their)\s+)?(?:"
    r"(?:leadership|chairmanship|presidency|stewardship)\s+(?:of|as|at|in|during)\b|"
    r"(?:hosting|convening|chairing|co-?chairing|organi[sz]ing)\b)"
)
# … or opened, chaired or hosted it, its subject before the verb in the same clause
OPENED = re.compile(
    r"(?i)^(?P<who>[^.!?;:]{3,120}?)\s(?:opened|chaired|co-?chaired|hosted|co-?hosted|convened|presided\s+over|"
    r"moderated)\s+(?:the|this|today['’]s)\s+(?:[\w-]+\s+){0,3}?(?:call|meeting|summit|session|conference|"
    r"discussion|talks)\b"
)
# a chair or host of another occasion ("for hosting the G7 next year", "for hosting us last month")
TO_COME = re.compile(r"(?i)\b(?:next|upcoming|coming|will|last|previous|earlier|in\s+\d{4})\b")


def thanked_chairs(doc: Doc, sentences: list[Sentence]) -> list[tuple[Person, Sentence]]:
    """The foreign people (or international officials) a sentence thanks for leading or hosting the
    group or its meeting (THANKED_CHAIR) or says opened or chaired it (OPENED), each once, with that
    sentence."""
    out: dict[str, tuple[Person, Sentence]] = {}
    for s in sentences:
        if of_other_time(s.text, doc.found.on):
            continue
        for m in [*THANKED_CHAIR.finditer(s.text), *OPENED.finditer(s.text)]:
            if TO_COME.search(s.text[m.end() : m.end() + 40]):
                continue
            a, b = s.start + m.start("who"), s.start + m.end("who")
            for pm in [*doc.found.mentions, *resolve_roles(doc.found, s.text, s.start)]:
                p = doc.found.people.get(pm.key)
                if p is None or not a <= pm.start < b or re.match(r"['’]s?\b", doc.text[pm.end : pm.end + 3]):
                    continue
                if (p.country != doc.home) if p.country else bool(p.org):
                    out.setdefault(p.key, (p, s))
    return list(out.values())
