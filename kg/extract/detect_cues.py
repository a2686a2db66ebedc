"""The words of a release's lead that report a meeting held (cues) or announce one (planned), and the
Detection a release's title and lead decide (kg.extract.detect)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from kg.extract.dates import JOINED_ON_DAY
from kg.extract.held_frames import HELD_MORE
from kg.extract.held_screen import may_hold
from kg.extract.patterns import holds_any, led_by, screen_words
from kg.model import Status

# words reporting that a meeting, call or talks took place (past) ...
HELD = led_by(
    "abcdefghijmnoprstvwABCDEFGHIJMNOPRSTVW",  # the letters a cue starts with
    r"\b(met|meets|(?:held|had|holds|hold|conducted)\s+(?:a\s+|an\s+)?(?:[\w-]+\s+){0,3}?(?:talks|meetings?|conversations?|calls?|negotiations|consultations?|discussions?|dialogue|phone call|videoconference|(?:video|zoom|online)\s+(?:tele)?(?:conference|call)|(?:lunch|dinner|breakfast)(?=\s+with\b))|"  # noqa: E501
    # (the round's own name between: "held the 5th round of Foreign Office Consultations")
    r"(?:held|had|holds|hold|conducted)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+)?round\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?"
    r"(?:talks|negotiations|consultations)|"
    r"\band\s+[^.;]{3,120}?\s+signed\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:declaration|agreement|treaty|memorandum|"
    r"joint\s+statement|communiqu[eé]|road\s?map|protocol)|"
    r"(?:gathered|meet|met|convened)\s+(?:on\s+the\s+occasion\s+of|for|at)\s+the\s+(?:[\w'’.()-]+\s+){0,6}?(?:summit|dialogue|forum\s+summit)|"  # noqa: E501
    # … with the day, the means and manner between verb and counterpart ("spoke by phone on September 24
    # with", "spoke by phone today together with", "talked by secure video with")
    r"(?:spoke|speaks|talked)\s+(?:(?:today|yesterday|tonight|again|separately|together|jointly|briefly|"
    r"virtually|earlier|this\s+\w+|on\s+\w+(?:\s+\d{1,2}(?:st|nd|rd|th)?)?(?:,\s+\d{4})?,?|"
    r"(?:by|via|over|on)\s+(?:the\s+)?(?:(?:tele)?phone|(?:secure\s+)?video(?:\s?conference|\s+link)?))\s+)*"
    r"(?:with|to)\b|"
    # views exchanged, counsel taken, a call taken ("exchanged views with", "conferred with", "received a
    # phone call from")
    r"exchanged\s+(?:[\w-]+\s+)?views\s+with|conferred\s+with|"
    r"received\s+(?:a\s+|an\s+)?(?:(?:tele)?phone\s+|video\s+)?call\s+from|"
    r"(?:telephone|phone|video)\s+(?:conversation|call|talks?)|call\s+with|talks\s+with|meeting\s+with|met\s+with|"
    # … "joined by"; with a day word between only in the past ("were joined today by", not a host's
    # "we are joined today by" nor "pleased to be joined today by")
    r"received\s+(?:in\s+the\s+\w+\s+|at\s+the\s+\w+\s+)?(?:the\s+|a\s+)?(?:(?=(?-i:[A-Z]))(?![^.]{0,60}\b(?:Award|Prize|Medal|Order|Letter|Message|Certificate|Credentials|Honou?r)\b)|delegation)|hosted|welcomed\s+(?:(?=(?-i:[A-Z]))|his|her|the|an?\s+(?:[\w-]+\s+){0,2}?delegation)|(?:re)?convened|joined\s+by|"
    + JOINED_ON_DAY
    + r"|bilateral\s+meeting|trilateral\s+meeting|"
    # "President Biden joined G7 Leaders and President Zelenskyy for a virtual meeting today"
    r"joined\s+(?:[\w'’.-]+\s+){1,8}?for\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:meeting|call|(?:video)?conference|summit)|"
    r"(?<![\w-])(?:called|phoned)\s+(?=(?-i:(?:President|Prime|Chancellor|King|Emir|Amir|Crown|Sultan|Secretary|Foreign|Minister)\b))|"
    r"discussed\s+(?:(?!(?:their|his|her|its|respective|conversations?|talks|meetings?|calls?)\b)[\w'’-]+\s+){0,3}?"
    r"with\s+(?=(?-i:[A-Z]))|"
    r"(?:attended|addressed|(?:took\s+part|participated)(?:,?\s+(?:via|by)\s+\w+,?)?\s+in)(?:,?\s+(?:via|by)\s+\w+,?)?\s+(?:the\s+|an?\s+)?(?:[\w'’.()-]+\s+){0,6}?summit|"  # noqa: E501
    r"meeting\s+of|meeting\s+between|(?:talks|negotiations)\s+between|summit\s+(?:meeting|talks)|"
    # … not a ceremony, celebration or game a guest attends (eval/CONVENTIONS.md 17): no meeting; the
    # mode may come between ("took part, via videoconference, in the session of …")
    r"(?:took\s+part|participated)(?:,\s+(?:via|by)\s+\w+,)?\s+in(?!\s+(?:the|a|an)\s+(?:[\w'’-]+\s+){0,2}?(?<!signing\s)(?<!welcome\s)"
    r"(?<!credentials\s)(?:ceremony|celebrations?|concert|match|game|parade|festival|exhibition)\b)|"
    # a meeting told in the passive ("The fifth … Economic Dialogue was held in Beijing", "talks took place")
    r"(?:dialogue|meeting|talks|consultations|negotiations|summit|session|round)\s+(?:[^.;]{0,80}?\s)?"
    r"(?:was\s+held|were\s+held|took\s+place)|"
    # … or welcomed as held that day between the sides ("We welcome the meeting held today in Aqaba, Jordan,
    # between senior officials of A, B and C", "the meeting and understandings reached today in … between")
    r"meeting\s+(?:and\s+[\w\s]{0,30}?\s)?(?:held|reached)\s+(?:today|yesterday)\s+in\s+[^.;]{0,60}?\bbetween\b|"
    # documents signed before a leader ("In the presence of the President, the Ministry and Airbus signed …")
    r"in\s+the\s+presence\s+of\s+[^.;]{0,200}?\bsign(?:ed|ing)\b|\bsign(?:ed|ing)\b[^.;]{0,200}?\bin\s+the\s+presence\s+of|"
    # ambassadors presenting their credentials to the head of state
    r"received\s+(?:the\s+)?(?:letters\s+of\s+credence|credentials)|"
    r"before\s+bilateral\s+meeting|joint\s+(?:press|news)\s+(?:conference|statement)|"
    r"(?:following|(?:on\s+)?the\s+results\s+of|after)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:talks|negotiations)|"
    r"(?:during|at|after|following)\s+(?:(?:the\s+|their\s+|today's\s+|his\s+|her\s+)?(?:meetings?|talks|conversation|call|negotiations)|"
    r"their\s+(?:[\w-]+\s+)?(?:summit|consultations?|meeting|talks)|"
    r"a\s+meeting\s+(?!with\s+(?:the\s+)?(?:media|press|journalists|reporters)\b)))\b",
    re.I,
)
# ... or only announced ("will hold talks", "the summit will take place in …", "is scheduled to be held")
PLANNED = re.compile(
    r"\b(will\s+(?:have|hold)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,3}?(?:talks|meetings?|negotiations|consultations|"
    r"calls?|conversations?|videoconference|dialogue)|"
    r"to\s+(?:take\s+part|participate)\s+in\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:talks|meeting|negotiations)|"
    # (a time set off after "will": "will on Thursday, 9 March 2023, receive …", "will, on Monday, host")
    r"will,?\s+(?:on\s+[^.;]{3,40}?,\s+)?(?:(?:virtually|also|then|jointly|separately|personally|briefly|formally|officially)\s+)?"
    r"(?:be\s+held|take\s+place|meet|(?:co-)?host|(?:re)?convene|join\s+(?:a|an|the)\b|hold\s+(?:talks|a\s+meeting|a\s+bilateral)|welcome|receive|travel|visit|(?:pay|make|undertake)\s+an?\s+(?:(?:official|state|working)\s+)?(?:visit|courtesy\s+call)|participate|attend|speak|take\s+part|"
    # (… as other governments write it: "will be visiting Norway", "will co-chair the Summit", "will arrive
    # in New Delhi on an official visit")
    r"be\s+(?:visiting|meeting|hosting|receiving|holding\s+talks)|(?:co-)?chair|arrive\s+in\s+[^.;]{2,60}?\s+(?:on|for)\s+(?:an?|his|her)\s+(?:[\w-]+\s+)?visit)|"
    # a meeting set for a day ("Talks with … are scheduled for 11 March", "A meeting … is planned for
    # Friday"; not "scheduled for release")
    r"(?:is|are)\s+(?:planned|scheduled|slated|set)\s+for\s+(?=\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|"
    r"next\s+week|later\s+(?:today|this)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\s+\d)|"
    r"(?:is|are)\s+(?:scheduled|expected|set|due)\s+to\s+(?:meet|hold|visit|call\s+on|travel|arrive|attend|host|receive|take\s+place|be\s+held)|"
    # a meeting set to come ("the summit is to take place tomorrow", "a summit set to take place on March 31",
    # "is going to pay a visit")
    r"(?:(?:is|are)\s+(?:planned\s+)?|set\s+)to\s+take\s+place|(?:is|are)\s+going\s+to\s+(?:visit|meet|hold\s+talks|travel|"
    r"(?:make|pay)\s+an?\s+(?:[\w-]+\s+)?(?:trip|visit))|"
    # "plans to visit Phnom Penh to meet …", "will be on an official visit"
    r"(?:plans?|intends?)\s+to\s+(?:visit|meet|travel|hold\s+talks)|will\s+be\s+on\s+an?\s+(?:[\w-]+\s+)?visit|to\s+(?:host|welcome)\s+(?:President|Prime|Chancellor|King|the)|"
    r"upcoming\s+(?:visit|meeting|talks|summit)|forthcoming\s+(?:visit|meeting|talks)|"
    r"look(?:s)?\s+forward\s+to\s+(?:welcoming|hosting|meeting)|"
    # an invitation to a meeting on a given day ("has invited President X to the White House for a meeting
    # on Tuesday, December 12"; eval/CONVENTIONS.md 27)
    r"(?:has|have)\s+invited\s+[^.;]{3,120}?\s+for\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:meeting|talks|visit)\s+on\s+\w+)\b",
    re.I,
)


# the words one of which every PLANNED match holds ("part": "take part", "participate"; "place": "to take
# place"; "plan": "plans to", "planned to")
PLANNED_WORDS = screen_words(
    PLANNED,
    (
        "will",
        "part",
        "scheduled",
        "expected",
        "set",
        "due",
        "place",
        "going",
        "plan",
        "intend",
        "host",
        "slated",
    )
    + ("welcome", "upcoming", "forthcoming", "forward", "invited"),
)


# a title naming a meeting of a standing body of the sides (a fact sheet or statement on it: "FACT SHEET:
# Second Meeting of the U.S.-Mexico High-Level Security Dialogue", "… at Inaugural Trade and Technology
# Council Meeting"): a meeting report when the lead tells it held (the body's sides are its counterparts)
BODY_MEETING_TITLE = re.compile(
    r"(?i)\b(?:(?:inaugural|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
    r"(?:meeting|session|round|convening)\s+of\s+the\b[^:|]*?\b(?:dialogue|council|commission|working\s+group|"
    r"committee|consultative\s+group|task\s+force|mechanism)\b|\binaugural\s+(?:[\w-]+\s+){0,5}?(?:dialogue|council|"
    r"commission|working\s+group|committee|task\s+force)\s+meeting\b)"
)

# a summit of companies' heads or investors, not of states ("the APEC CEO Summit", "White House CEO Summit",
# "Business Summit"): no counterpart of a leader's meeting by itself
BUSINESS_SUMMIT = re.compile(
    r"(?i)\b(?:(?-i:[A-Z]{2,}[\w-]*)\s+)?(?:CEOs?|business|investment|investors?)['’]?\s+summit\b"
)

# a joint statement or declaration made at the leaders' meeting ("…, on the occasion of President Biden's
# visit to Spain on June 28-30, 2022, have reached the following understandings"; not an upcoming visit)
ON_OCCASION = re.compile(
    r"(?i)\bon\s+the\s+occasion\s+of\s+(?!(?:the\s+|an?\s+)?(?:upcoming|forthcoming|future|next)\b)"
    r"(?:[\w.’'-]+\s+){1,6}?(?:visit|meeting|participation|talks)\b"
)


def held_cue(text: str) -> re.Match | None:
    """The first cue of a held meeting in `text` (screened: most texts hold none of the cue words)."""
    return search_held(text) if may_hold(text) else None


def search_held(text: str) -> re.Match | None:
    """`held_cue` without the screen (tests/test_held_screen.py checks that the screen hides nothing)."""
    found = HELD.search(text)
    if found is not None:
        return found
    low = text.lower()
    for words, cue in HELD_MORE:
        if any(w in low for w in words) and (found := cue.search(text)) is not None:
            return found
    return None


def planned_cue(text: str) -> re.Match | None:
    return PLANNED.search(text) if holds_any(text, PLANNED_WORDS) else None


# a visit or meeting only being prepared, as a subject of another conversation ("reported on the
# preparations for the upcoming visit of the President of France"): not an announcement
PREPARING = re.compile(r"(?i)\bprepar\w*\s+(?:for|of)\s+(?:the\s+|a\s+)?$")


def announces(text: str) -> bool:
    """Does the sentence announce a meeting (a planned cue not about preparations for it)?"""
    return any(not PREPARING.search(text[max(0, m.start() - 40) : m.start()]) for m in PLANNED.finditer(text))


@dataclass(frozen=True)
class Detection:
    """A release reports a meeting: held or planned, and the lead sentences reporting it."""

    status: Status
    positions: list[int]  # of the reporting sentences in the lead (the same in the analysed text)
    ahead: bool = False  # a meeting ahead told further down (kg.extract.detect_ahead), judged by its sentence
