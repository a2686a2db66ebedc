"""Chairs of organizations set off next to a person's name: "Felix Tshisekedi of the DRC, Chair of the
African Union (AU)", "the OSCE Chairman-in-Office, Minister … Zbigniew Rau": he or she also represents
the organization."""

from __future__ import annotations

import re

from kg.extract.gazetteer import Mention
from kg.extract.people.lexicon import CHAIR, CHAIR_GAP, PersonMention
from kg.extract.people.table import People


def chairs(
    pp: People,
    found: list[PersonMention],
    text: str,
    by_start: dict[int, Mention],
    by_end: dict[int, Mention],
) -> None:
    """A person set off next to a chair of an organization ("Felix Tshisekedi of the DRC, Chair of
    the African Union (AU)", "the OSCE Chairman-in-Office, Minister … Zbigniew Rau") also
    represents it; his or her own state stays."""
    for c in CHAIR.finditer(text):
        org = None
        before = by_end.get(c.start() - 1)
        if before is not None and before.kind == "organization" and text[c.start() - 1] == " ":
            org, s, t = before.iri, before.start, c.end()
        else:
            of = re.match(r"\s+of\s+(?:the\s+)?", text[c.end() :])
            after = by_start.get(c.end() + of.end()) if of else None
            if after is not None and after.kind == "organization":
                org, s, t = after.iri, c.start(), after.end
        if org is None:
            continue
        # the nearest name before it, else the nearest after it
        before_it = [
            pm
            for pm in found
            if 0 <= s - pm.end <= CHAIR_GAP and re.match(r"[^.;:]*,\s*(?:the\s+)?$", text[pm.end : s])
        ]
        after_it = [
            pm
            for pm in found
            if 0 <= pm.start - t <= CHAIR_GAP and re.match(r"\s*,[^.;:]*$", text[t : pm.start])
        ]
        near = max(before_it, key=lambda pm: pm.end, default=None) or min(
            after_it, key=lambda pm: pm.start, default=None
        )
        if near is not None:
            p = pp.people[near.key]
            p.org = p.org or org
