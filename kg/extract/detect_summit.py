"""Summits of other states or of an international body: the counterpart of a leader taking part in
one, whoever else a release names (kg.extract.pipeline's test that a meeting has a counterpart)."""

from __future__ import annotations

import re

from kg.extract.detect_cues import BUSINESS_SUMMIT
from kg.model import Status

# a summit of other states or of an international body, not a domestic one ("White House Summit on …")
BODIES = (
    r"nato|g7|g20|group\s+of\s+(?:seven|twenty)|asean|apec|brics|sco|cis|eaeu|"
    r"european|african|arab|nordic|quad"
)
INTERNATIONAL_SUMMIT = re.compile(
    r"(?i)\b(?:global|international|world|leaders['’]?|east\s+asia|americas|democracy|asia-pacific|eastern\s+partnership|"
    rf"{BODIES}|[\w.–-]+[-–][\w.–-]+)\b[^.:;|]{{0,40}}?\bsummit\b|"
    # … or a leaders' occasion of such a body's summit ("Welcome Reception for APEC Leaders")
    rf"\b(?:reception|dinner|luncheon|retreat|session)\s+(?:for|with|of)\s+(?:the\s+)?(?:{BODIES})\s+leaders\b|"
    # an acronym naming the summit's body, next to it ("the CSTO summit"; not "the IT industry on the eve
    # of the Diia Summit")
    r"\b(?-i:[A-Z]{2,}[\w-]*)(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}\s+summit\b|"
    r"\bsummit\s+of\s+(?:the\s+)?(?:americas|(?-i:[A-Z]{2,}[\w-]*))\b|"  # "the 9th Summit of the Americas"
    # … or of a body of states named in full ("summit of the Organization of Turkic States", "of the League
    # of Arab States"), or a meeting of heads of state ("Consultative Meeting of the Heads of State of …";
    # not "the heads of state bodies")
    r"\bsummit\s+of\s+(?:the\s+)?(?:(?-i:[A-Z])[\w-]*\s+){1,2}(?:of|for)\s+(?:the\s+)?(?:(?:(?-i:[A-Z])[\w-]*|and)\s+){0,4}"
    r"(?:States|Nations|Countries)\b|\b(?:meeting|summit|council|session)\s+of\s+(?:the\s+)?heads\s+of\s+"
    r"(?:state|government)s?(?![\w-])(?!\s+(?:bodies|agencies|institutions|enterprises|companies|authorities|services))"
)


def summit_of_others(text: str) -> bool:
    """Does the text name a summit of other states or of an international body (the counterpart of
    a leader taking part in it, whoever else it names)?"""
    text = BUSINESS_SUMMIT.sub(" ", text)  # (a gathering of companies' heads is none: "CEO Summit")
    return bool(INTERNATIONAL_SUMMIT.search(text)) and not re.search(r"(?i)\bWhite House Summit\b", text)


# a summit only being prepared or ahead ("reported on preparations for the upcoming SCO summit"): not
# the meeting a held report tells
SUMMIT_AHEAD = re.compile(
    r"(?i)\b(?:prepar\w*\s+(?:for|of)\s+(?:the\s+)?|upcoming\s+|forthcoming\s+|next\s+|future\s+)"
    r"(?:[\w'’.-]+\s+){0,5}?summit\b"
)


def summit_met(text: str, status: Status) -> bool:
    """`summit_of_others` for a held or planned meeting: a held one's summit is not one still ahead."""
    return summit_of_others(SUMMIT_AHEAD.sub(" ", text) if status == "held" else text)


# a leaders' gathering of a body of states, by a title's words: the leaders' session, retreat, working meal or
# reception ("Remarks by … at an APEC Informal Dialogue and Working Lunch", "… at the United Nations General
# Assembly Leaders’ Reception"; not its CEO summit, spousal programme or business council), or the General
# Assembly's yearly session before which a leader speaks ("… Before the 76th Session of the United Nations
# General Assembly", "… at the 78th United Nations General Assembly": its general debate, CONVENTIONS 58)
LEADERS_SESSION = (
    r"\bat\s+(?:(?:a|an|the)\s+)?(?:(?-i:APEC|ASEAN|NATO|UNGA|G\d+|COP\s?\d+)|(?:UN|U\.N\.|United\s+Nations)\s+"
    r"General\s+Assembly)\s+(?:(?:leaders['’]?|informal)\s+)?(?:dialogue|working\s+(?:lunch|dinner|breakfast)|"
    r"dinner|luncheon|reception|retreat|session|plenary)\b|"
    r"\b(?:at|before|to)\s+the\s+\d+(?:st|nd|rd|th)\s+(?:session\s+of\s+the\s+)?(?:UN|U\.N\.|United\s+Nations)\s+"
    r"General\s+Assembly\b"
)
LEADERS_SESSION_TITLE = re.compile(rf"(?i){LEADERS_SESSION}")
