"""Who tells the press of a meeting, not who takes part in it: a spokesman (so titled right before
the name) or an official named only as the source of the news ("…, Kremlin spokesman Dmitry Peskov
told reporters on Thursday", "…, Foreign Secretary Vikram Misri told a media briefing", "…
announced at the regular press conference")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.extract.doc import Doc

# telling the press, right after the name
TOLD_PRESS = re.compile(
    r"\s+(?:told|briefed)\s+(?:reporters|journalists|correspondents|the\s+(?:press|media)|"
    r"(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:briefing|press\s+conference|news\s+conference))\b"
    r"|\s+(?:said|announced|stated)\s+(?:at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:briefing|press\s+conference|news\s+conference)\b"
)


# a spokesman's title right before the name ("Kremlin spokesman Dmitry Peskov said")
SPOKESMAN_BEFORE = re.compile(r"(?i)\b(?:spokes(?:man|woman|person)|press\s+secretary)\s+$")


def press_sources(doc: Doc) -> set[str]:
    """Keys of the people every mention of whom (in the title or the text) tells the press."""
    found = doc.found
    if not any(w in doc.text for w in ("told", "briefed", "briefing", "conference", "spokes", "ecretary")):
        return set()
    telling: dict[str, bool] = {}
    for pm in found.mentions:
        told = (
            TOLD_PRESS.match(doc.text, pm.end) is not None
            or SPOKESMAN_BEFORE.search(doc.text, max(0, pm.start - 20), pm.start) is not None
        )
        telling[pm.key] = telling.get(pm.key, True) and told
    for pm in found.title_mentions:
        telling[pm.key] = False
    return {k for k, v in telling.items() if v}
