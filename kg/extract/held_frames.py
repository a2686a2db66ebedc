"""Held cues of other governments' and news agencies' releases, beside kg.extract.detect's HELD.

Each cue is tried only where its words are (a screen: HELD's alternation is searched in every lead
sentence of every release, and these forms are rare in the sources the rules were written on):
leaders as the joint subject of what they did, courtesy calls and audiences, a meeting told by who
attended it, a state or official visit paid or begun, officials leading or heading their sides' meeting.
"""

from __future__ import annotations

import re

# (words of which one must be in the lowered text, the cue)
HELD_MORE: tuple[tuple[tuple[str, ...], re.Pattern[str]], ...] = (
    # two leaders or ministers as the subject of what they did together ("Chinese President Xi Jinping and
    # Brazilian President Lula da Silva signed 15 agreements", "… and Japanese Prime Minister Kishida agreed")
    (
        # (… or did in person: "… and President of Moldova Maia Sandu honored the memory of the victims")
        (
            "discussed",
            "agreed",
            "signed",
            "exchanged views",
            "reviewed",
            "honor",
            "honour",
            "laid",
            "visited",
            "unveiled",
            # (acts two leaders perform together in one place, as other governments tell a visit: "… jointly
            # inaugurated the Innovation Centre", "witnessed the exchange of MoUs"; not what they "launched"
            # or "reaffirmed", often recalled from an earlier meeting: "… in which A and B launched …")
            "inaugurated",
            "witnessed",
            "jointly addressed",
        ),
        re.compile(
            # (a point of an initial or "Jr." within the name: "President Ferdinand Marcos Jr. and …")
            r"\b(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir|Foreign\s+Minister)\b"
            r"(?:[^.;]|(?<=\b[A-Z])\.|(?<=\b[JS]r)\.){0,80}?\band\s+"
            r"(?:[\w.'’-]+\s+){0,3}?(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir|Foreign\s+Minister|"
            r"counterpart)\b[^.;,]{0,60}?\s(?i:discussed|agreed|signed|exchanged\s+views|reviewed|"
            r"(?:jointly\s+)?(?:honou?red|laid|visited|unveiled|inaugurated|witnessed)|jointly\s+addressed)\b"
        ),
    ),
    # a visitor met on arrival by the leader ("He was greeted by Volodymyr Zelenskyy", "… was welcomed by
    # President X at the airport")
    (
        ("greeted by", "welcomed by"),
        re.compile(r"(?i)\b(?:was|were)\s+(?:warmly\s+)?(?:greeted|welcomed)\s+by\s+(?:the\s+)?(?-i:[A-Z])"),
    ),
    # a visitor's call on a leader, as many governments write it ("paid a courtesy call on Prime Minister …",
    # "received a courtesy call from …"); an audience granted; envoys or visitors received as new
    # ("received newly appointed Ambassador …")
    (
        ("courtesy", "audience", "newly", "visiting", "visit from"),
        re.compile(
            r"(?i)\bcourtesy\s+calls?\b|\b(?:granted|gave|received\s+in)\s+(?:an\s+)?audience\b|\baudience\s+with\b|"
            r"\breceived\s+(?:the\s+)?(?:newly[\s-]appointed|visiting)\b|\breceived\s+(?:a|the)\s+(?:[\w-]+\s+)?visit\s+from\b"
        ),
    ),
    # a summit held with a counterpart ("held a summit with Japanese Prime Minister …"); a guest received
    # with the day between verb and guest ("received today Prime Minister of Greece …")
    (
        ("summit with", "received today", "received yesterday", "received on"),
        re.compile(
            r"(?i)\b(?:held|had|holds)\s+(?:an?\s+|the\s+|their\s+)?(?:[\w-]+\s+){0,2}?summit(?:\s+meeting)?\s+with\b|"
            r"\breceived\s+(?:today|yesterday|on\s+\w+(?:\s+\d{1,2})?),?\s+(?:the\s+)?(?-i:[A-Z])"
            r"(?![^.]{0,60}\b(?:Award|Prize|Medal|Order|Letter|Message|Certificate|Credentials)\b)"
        ),
    ),
    # how other foreign ministries and leaders' offices write a meeting: a tête-à-tête held; a guest
    # received by the host, told in the passive ("was received by Prime Minister X", "received in
    # audience by"); a leader interacted with (Indian releases: "interacted with Prime Minister X via
    # video conferencing"); two sides that spoke or talked by phone, with no "with" after ("The two
    # leaders talked over the telephone on Sunday"); a summit the two sides held ("A and B held a virtual
    # bilateral summit"; one held with a counterpart is the frame below)
    (
        ("tête-à-tête", "tete-a-tete", "received by", "received in audience by", "interacted with"),
        re.compile(
            r"(?i)\b(?:held|had)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:tête-à-tête|tete-a-tete)\b|"
            r"\b(?:was|were)\s+(?:warmly\s+|cordially\s+)?received\s+(?:in\s+audience\s+)?by\s+(?:the\s+)?"
            r"(?-i:(?:President|Prime\s+Minister|Premier|Chancellor|King|Queen|Emir|Amir|Crown\s+Prince|Sultan|"
            r"(?:External\s+Affairs\s+|Foreign\s+)?Minister|Secretary|His\s+Majesty|Her\s+Majesty|[A-Z][a-z]+\s+[A-Z][a-z]+)\b)|"
            r"\binteracted\s+with\s+(?:the\s+)?(?-i:(?:President|Prime\s+Minister|Premier|Chancellor|King|Emir|Amir|"
            r"Crown\s+Prince|Sultan|(?:External\s+Affairs\s+|Foreign\s+)?Minister|His\s+Majesty|Her\s+Majesty)\b)"
        ),
    ),
    (
        (
            "by phone",
            "by telephone",
            "over the phone",
            "over the telephone",
            "on the phone",
            "on the telephone",
        ),
        re.compile(
            r"(?i)\b(?:spoke|talked|conversed)\s+(?:(?:again|briefly|today|yesterday)\s+)?(?:by|over|on)\s+"
            r"(?:the\s+)?(?:tele)?phone\b"
        ),
    ),
    (
        ("summit",),
        re.compile(
            r"(?i)\b(?:held|had)\s+(?:an?\s+|their\s+)(?:(?:first|second|third|virtual|online|bilateral|annual|"
            r"inaugural|informal|\d+(?:st|nd|rd|th))\s+){1,2}summit\b"
            r"(?!\s+(?:on|of|for)\s+(?!\d|(?:mon|tues|wednes|thurs|fri|satur|sun)day\b))"
        ),
    ),
    # a visitor calling on a leader or minister, as Indian and other Commonwealth releases write it ("The
    # CEO of X called on Prime Minister Y today"; not "called on President X to withdraw": an appeal)
    (
        ("called on", "calls on"),
        re.compile(
            r"\bcall(?:ed|s)\s+on\s+(?:the\s+)?(?:Hon['’]ble\s+)?(?:(?:Vice\s+)?President|Prime\s+Minister|Premier|"
            r"Chancellor|King|Emir|Amir|Crown\s+Prince|Sultan|(?:(?:Vice|Deputy)\s+)?(?:External\s+Affairs\s+|Foreign\s+|Defen[cs]e\s+)?Minister|"
            r"Secretary|Governor[\s-]General|Taoiseach|His\s+Majesty|Her\s+Majesty)\b"
            r"(?![^.;]{0,100}?\bto\s+(?!discuss\b|exchange\b|review\b|convey\b|brief\b|explore\b)[a-z]+)"
        ),
    ),
    # officials chairing or leading their sides' meeting ("NSA X and NSA Y chaired the inaugural U.S.-ROK …
    # Dialogue in Seoul", "co-chaired the fifth round of the Strategic Dialogue", "led the first meeting of
    # the Dialogue"; not a leader chairing his own council: the counterpart checks turn that away)
    (
        ("chaired", "led the"),
        re.compile(
            r"(?i)\b(?:(?:co-)?chaired|led)\s+(?:the|a|an|their)\s+(?:[\w'’.()-]+\s+){0,10}?(?:meeting|dialogue|"
            r"consultations|session|round|talks|negotiations)\b"
        ),
    ),
    # talks resumed or concluded ("The delegations resumed talks today in Jeddah", "concluded three days of
    # negotiations in Arlington")
    (
        ("resumed", "concluded", "wrapped up", "completed"),
        re.compile(
            r"(?i)\b(?:resumed|concluded|completed|wrapped\s+up)\s+(?:the\s+|their\s+|an?\s+)?(?:[\w-]+\s+){0,4}?"
            r"(?:talks|negotiations|consultations|round\s+of\s+(?:talks|negotiations|consultations))\b"
        ),
    ),
    # a meeting told by who attended ("The summit was attended by President of Armenia, …")
    (
        ("attended by",),
        re.compile(
            r"(?i)\b(?:meeting|talks|summit|session|conference)\s+(?:[^.;]{0,60}?\s)?(?:was|were)\s+(?:also\s+)?"
            r"attended\s+by\b"
        ),
    ),
    # a leader's state or official visit, paid, begun or under way ("paid a State Visit to Indonesia",
    # "arrived in Azerbaijan on a state visit", "is on an official visit to India"; not "paid a visit to
    # the wounded")
    (
        ("visit",),
        re.compile(
            r"(?i)\b(?:(?:paid|made|undertook|began|concluded|(?:is|was)\s+paying)\s+(?:an?|his|her|the)\s+|"
            r"(?:is|was|are|were)\s+(?:currently\s+)?on\s+(?:an?|his|her|their)\s+|"
            r"arrived\s+(?:in\s+[^.;,]{2,40}?\s+)?(?:on|for)\s+(?:an?|his|her)\s+)(?:[\w-]+\s+)?"
            r"(?:state|official|working)\s+visit\b"
        ),
    ),
    # officials leading or heading their sides' meeting, with its day or kind between verb and noun ("A and
    # B led a December 22 meeting in Jerusalem of the … Group", "co-led their first session", "headed the
    # delegations at the fifth round of talks", "presided over the inaugural meeting of the Council"; the
    # counterpart checks turn away a leader chairing his own council). Tried last, after "led the" above.
    (
        ("led a", "led an", "led their", "co-led", "headed", "presided"),
        re.compile(
            r"(?i)\b(?:(?:co-)?led\s+(?:a|an|their)|co-led\s+the|(?:co-)?headed\s+(?:the|their)|presided\s+over\s+(?:the|a|an|their))"
            r"\s+(?:[\w'’.,()-]+\s+){0,10}?(?:meeting|dialogue|consultations|session|round|talks|negotiations)\b"
        ),
    ),
)
