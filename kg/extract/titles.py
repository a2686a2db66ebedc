"""Titles and offices people are named with, and the office role each implies.

One table of written titles (regex alternatives, longest first) mapped to the office roles of the
reference data (dmo:HeadOfState, dmo:HeadOfGovernment, ...). Extend the table for a new
government's vocabulary; nothing else in extraction hard-codes titles.
"""

from __future__ import annotations

import re

from kg.extract.patterns import at_starts

# written title -> role (None: a title that implies no office role in the reference data)
TITLE_ROLES: dict[str, str | None] = {
    "President": "HeadOfState",
    "Presidents": "HeadOfState",
    "Head of State": "HeadOfState",
    "Heads of State": "HeadOfState",
    "King": "HeadOfState",
    "Queen": "HeadOfState",
    "Emir": "HeadOfState",
    "Amir": "HeadOfState",
    "Sultan": "HeadOfState",
    "Pope": "HeadOfState",
    "His Holiness Pope": "HeadOfState",
    "Grand Duke": "HeadOfState",
    "General Secretary": "HeadOfState",
    "Supreme Leader": "HeadOfState",
    "Vice President": "ViceHeadOfState",
    "Vice-President": "ViceHeadOfState",
    "Head": None,
    "Prime Minister": "HeadOfGovernment",
    "Prime Ministers": "HeadOfGovernment",
    "Premier": "HeadOfGovernment",
    "Chancellor": "HeadOfGovernment",
    "Federal Chancellor": "HeadOfGovernment",
    "Taoiseach": "HeadOfGovernment",
    "Head of Government": "HeadOfGovernment",
    "Chairman of the Cabinet of Ministers": "HeadOfGovernment",
    "Foreign Minister": "ForeignMinister",
    "Minister of Foreign Affairs": "ForeignMinister",
    "Minister for Foreign Affairs": "ForeignMinister",
    "Foreign Secretary": "ForeignMinister",
    "Secretary of State": "ForeignMinister",
    "Defence Minister": "DefenceMinister",
    "Defense Minister": "DefenceMinister",
    "Minister of Defence": "DefenceMinister",
    "Minister of Defense": "DefenceMinister",
    "Secretary of Defense": "DefenceMinister",
    "Secretary-General": "OrganizationHead",
    "Secretary General": "OrganizationHead",
    "Director-General": "OrganizationHead",
    "Director General": "OrganizationHead",
    "Managing Director": "OrganizationHead",
    "Chairperson": "OrganizationHead",
    "Chair": None,
    "Chairman": None,
    "Chairwoman": None,
    "Chairman-in-Office": None,
    "Regional Director": None,
    "Crown Prince": None,
    "Prince": None,
    "Sheikh": None,
    "Deputy Prime Minister": None,
    "First Deputy Prime Minister": None,
    "Minister": None,
    "Speaker": None,
    "Senator": None,
    "Member of the European Parliament": None,
    "MEP": None,
    "Senators": None,
    "Congressman": None,
    "Congresswoman": None,
    "Representative": None,
    "Ambassador": None,
    "Governor": None,
    "General": None,
    "Admiral": None,
    "National Security Advisor": None,
    "National Security Adviser": None,
    "Special Envoy": None,
    "Envoy": None,
    "High Representative": None,
    "Commissioner": None,
    "Administrator": None,
    "Secretary": None,
    "Press Secretary": None,
    "Deputy Press Secretary": None,
    "Spokesperson": None,
    "Spokesman": None,
    "Spokeswoman": None,
    "Mayor": None,
    "Chief Executive Officer": None,
    "Chief Executive": None,
    "CEO": None,
    "President and CEO": None,
    "Executive Director": None,
    "Director": None,
    "Prosecutor": None,
    "Prosecutor General": None,
    "Chief Prosecutor": None,
    "Chief Justice": None,
    "Commander-in-Chief": None,
    "High Commissioner": None,
    "Special Representative": None,
    "Founder": None,
    "Consul General": None,
    "Attaché": None,
    "Defense Attaché": None,
    "Defence Attaché": None,
    "Dr.": None,
    "Mr.": None,
    "Ms.": None,
    "Mrs.": None,
    "His Majesty": "HeadOfState",
    "Her Majesty": "HeadOfState",
    "His Highness": None,
    "Sheikha": None,
    "Cardinal": None,
    "Archbishop": None,
    "Patriarch": None,
    "Metropolitan": None,
    "Grand Imam": None,
}
# "Minister of Energy", "Secretary of Commerce": a generic office followed by its portfolio
_PORTFOLIO_OF = r"\s+(?:of|for)\s+(?:the\s+)?[A-Z][a-z]+(?:\s+and\s+[A-Z][a-z]+)?"
_PORTFOLIOS = tuple(o + _PORTFOLIO_OF for o in ("Minister", "Secretary", "Commissioner"))

_TITLE_PREFIXES = ("Acting", "Deputy", "First", "Vice", "Former", "Principal", "Assistant", "Under", "Rear")
_TITLE_NAMES = [  # (the portfolio's offices tried before "Minister" alone)
    *(
        t
        for r in sorted(TITLE_ROLES, key=len, reverse=True)
        for t in (_PORTFOLIOS if r == "Minister" else ()) + (re.escape(r),)
    )
]
# up to three prefixes, then the title ("Acting Deputy Secretary"), tried before the title alone
_AFTER_PREFIX = rf"(?:\s+|-)(?:(?:{'|'.join(_TITLE_PREFIXES)})(?:\s+|-)){{0,2}}(?:{'|'.join(_TITLE_NAMES)})"
TITLE = at_starts([*(p + _AFTER_PREFIX for p in _TITLE_PREFIXES), *_TITLE_NAMES], r"(?![\w-])")
# words before a title that make it another office than the one after them ("Assistant Secretary of State")
_PREFIXES = ("Acting ", "Deputy ", "First ", "Former ", "Principal ", "Assistant ", "Under ")
# words naming a leader without a title of office: "the Uzbek leader", "his counterpart"
LEADER_NOUNS = re.compile(r"\b(leader|leaders|counterpart|counterparts|head of state)\b", re.I)


def role_of(title: str) -> str | None:
    """Office role implied by a written title ('Prime Minister' -> 'HeadOfGovernment')."""
    t = " ".join(title.split())
    if t.startswith(_PREFIXES) and t not in TITLE_ROLES:
        return None
    if t in TITLE_ROLES:
        return TITLE_ROLES[t]
    if re.match(r"Minister (?:of|for) (?:the )?Foreign", t):
        return "ForeignMinister"
    if re.match(r"Minister (?:of|for) (?:the )?Defen[cs]e", t):
        return "DefenceMinister"
    return None


_MATCHED: list[tuple[str, list[re.Match[str]]]] = []  # the last text's, as the people finders read it twice


def title_matches(text: str) -> list[re.Match[str]]:
    """`TITLE.finditer(text)` as a list (the last text's kept: kg.extract.people reads it again)."""
    if not _MATCHED or _MATCHED[0][0] is not text:
        _MATCHED[:] = [(text, list(TITLE.finditer(text)))]
    return _MATCHED[0][1]
