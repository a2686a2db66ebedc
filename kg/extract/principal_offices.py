"""The offices by which a government's release names its own principal without a name: a bare office
opening a title or sentence ("The Prime Minister spoke to …", "External Affairs Minister met his
counterpart …") and a publisher named by its principal's office ("Minister for Foreign Affairs,
Australia"). Read by kg.extract.affiliation."""

from __future__ import annotations

import re

from kg.extract.titles import role_of

# an office of the publisher's own state named bare as the subject opening a title or sentence, as
# its releases name their principal ("The Prime Minister spoke to …", "PM call with …", "Readout of
# the Federal President's call …"); a foreign minister's own ministry names him so too ("External Affairs
# Minister met …", "The Minister of Foreign Affairs received a call from …", "EAM meets …"); not "the
# President of France", "the President Emmanuel Macron"
BARE_OFFICE = re.compile(
    r"\s*(?:(?:Readout|Statement|Remarks)\s+(?:of|by)\s+|(?:Today|Yesterday|Earlier\s+today),?\s+)?"
    r"(?:(?:[Tt]he\s+)?(?:Federal\s+)?(?P<office>Prime\s+Minister|Chancellor|President|Premier|Taoiseach|"
    r"Head\s+of\s+State|Head\s+of\s+Government|Foreign\s+Minister|External\s+Affairs\s+Minister|"
    r"Minister\s+(?:of|for)\s+(?:Foreign|External)\s+Affairs)|(?P<pm>PM)|(?P<fm>EAM))\b(?!\s+(?:of|and)\b|\s+[A-Z])"
)


def office_role(bare: re.Match[str]) -> str | None:
    """The role of the office a BARE_OFFICE match names ("PM": the head of government; "External Affairs
    Minister", "EAM": the foreign minister)."""
    if bare["pm"]:
        return "HeadOfGovernment"
    office = " ".join(bare["office"].split()) if bare["office"] else ""
    if bare["fm"] or office.startswith("External") or "External Affairs" in office:
        return "ForeignMinister"
    return role_of(office)


# a publisher named by its principal's office ("Minister for Foreign Affairs, Australia", "Office of the
# Foreign Secretary"): a minister's own releases speak for the minister ("Today I met with …")
PUBLISHER_OFFICE = re.compile(
    r"\s*(?:(?:The\s+)?Office\s+of\s+the\s+)?"
    r"(?P<office>Minister\s+(?:of|for)\s+(?:the\s+)?(?:Foreign|Defen[cs]e)\b[\w ]*?|"
    r"Foreign\s+(?:Minister|Secretary)|Defen[cs]e\s+(?:Minister|Secretary)|Secretary\s+of\s+State)\s*(?:,|$|\s+of\b)"
)
