"""Does a release report a meeting (held), announce one (planned), or neither (none)?

Detection reads the title and the lead sentences for the words that report talks, calls and
meetings (cues), their tense, and for genre words of releases that are never meeting reports
(proclamations, fact sheets, greetings, statements on events). A held or planned meeting also
needs a counterpart: a foreign person, a foreign state or an international organization. The lead's
words (cues) are kg.extract.detect_cues'.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.detect_abroad import hosts, occasion_abroad
from kg.extract.detect_cues import (
    BODY_MEETING_TITLE,
    ON_OCCASION,
    Detection,
    announces,
    held_cue,
    planned_cue,
)
from kg.extract.detect_fact import fact_sheet_attendance, fact_sheet_meeting, fact_sheet_on_summit
from kg.extract.detect_statement import statement_on_body_met
from kg.extract.detect_summit import LEADERS_SESSION as LEADERS_SESSION
from kg.extract.detect_summit import LEADERS_SESSION_TITLE as LEADERS_SESSION_TITLE
from kg.extract.detect_summit import summit_met as summit_met
from kg.extract.detect_summit import summit_of_others as summit_of_others
from kg.model import Meeting, Statement, Status

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc
    from kg.extract.sentences import Sentence

# titles of releases that never report a meeting
NOT_MEETING_TITLE = re.compile(
    r"^\s*(?:A\s+)?(?:Proclamation|Executive Order|Memorandum|Notice|Message|Letter|Fact Sheet|FACT SHEET|"
    r"Press Briefing|Background Press Call|Press Gaggle|"
    r"Statement (?:by|from|of) (?!.*\b(?:meetings?|call|talks|visit|summit|trip|travel|dialogue|consultations|video\s?conference|"  # noqa: E501
    # (… or announcing a conference: "Statement from the NSC Spokesperson Announcing the X Conference")
    r"announcing\b.*\bconference)\b)|"
    r"Nominations?|President .* Announces|President .* Nominates|Presidential Message|Greetings|Congratulations|"  # noqa: E501
    r"Condolences|Address|Interview|Op-Ed|Bill Signed|Bills Signed|Readout of .*(?:Briefing|Meeting)\s+on\s+(?:the\s+)?(?:COVID|Hurricane))|"  # noqa: E501
    r"\b(?:Declaration|Commitments|Summary of Proceedings|Chair['’]s Statement|Communiqu[eé]|Fact Sheet)\s*$|"
    r"^\s*Joint Statement\b(?!.*\b(?:meeting|talks|call|visit|summit)\b)|"
    r"^\s*Remarks\b(?!.*\b(?:meetings?|talks|bilateral|trilateral|joint press (?:conference|statements?)|joint statements?|"  # noqa: E501
    r"press availability|"
    r"state\s+(?:luncheon|arrival)|arrival\s+ceremony|welcome\s+ceremony)\b)",
    re.I,
)
# a leaders' declaration named by its place or subject ("Washington Declaration", "The Nairobi Declaration
# on …"; not a disaster or emergency declaration): held when its first sentence says the leaders met
NAMED_DECLARATION = re.compile(
    r"(?i)^\s*(?:the\s+)?(?:(?!disaster\b|emergency\b)[\w.’'–-]+\s+){1,4}?declaration\b(?!\s+for\b)"
)
DECLARED_MET = re.compile(r"\b(?:met|gathered|convened)\b")
# a spokesperson's statement on another matter whose first sentence reports the day's meeting ("Today,
# Deputy National Security Advisor X met with Y, Head of Cabinet to …, to discuss …")
STATEMENT_TITLE = re.compile(r"(?i)^\s*statement\s+(?:by|from)\b")
TODAY_MET = re.compile(
    r"^(?:Today|This\s+(?:morning|afternoon)|Earlier\s+today),\s+[^.;]{0,150}?\b(?:met|spoke)\s+(?:virtually\s+)?with\b|"
    r"^[^.;]{0,150}?\b(?:met|spoke)\s+today\s+with\b|"
    # … or welcomes the day's meeting between the sides ("We welcome the meeting held today in Aqaba, Jordan,
    # between senior officials of …": kg.extract.detect_cues' HELD)
    r"^[^.;]{0,40}?\bwelcomes?\s+the\s+meeting\s+(?:and\s+[\w\s]{0,30}?\s)?(?:held|reached)\s+(?:today|yesterday)\s+in\b"
)
# titles of a release built around a meeting (remarks before/after talks, joint statements after meetings)
MEETING_TITLE = re.compile(
    r"\b(readout|meetings?|meets|met|talks|negotiations|telephone|phone|call|conversation|bilateral|trilateral|"
    r"joint (?:press conference|statement|declaration)|summit|visit|videoconference|video conference)\b",
    re.I,
)
# titles of leaders' joint statements on their meeting and of a leader's part in a summit: a meeting
# that took place ("Joint Statement issued by the Heads of State/Government of …" (not "Leaders'
# Statement on …": a statement of a group, often without a meeting of its own),
# "Readout of … Participation in the East Asia Summit"; not remarks at a summit, often given by video)
SUMMIT_TITLE = re.compile(
    r"(?i)\b(?:statement\s+(?:issued\s+)?by\s+the\s+(?:heads|leaders)\b|"
    r"(?:participation\s+in|at|to(?:\s+the\s+participants\s+of)?|attends?|address(?:es)?)\s+the\b[^.:;|]*\bsummit\b|"
    r"leaders['’]?\s+summit|"
    # … or at a session of an international body's council or assembly ("Speech by the President at a
    # meeting of the European Council", "… at the session of the UN General Assembly", "… at Virtual
    # Meeting of the G20", "… of the Major Economies Forum on …")
    r"(?:participation\s+in|at|to)\s+(?:(?:a|an|the)\s+)?(?:[\w-]+\s+)?(?:meeting|session)\s+of\s+the\s+(?:European\s+Council|"
    r"(?:UN|U\.N\.|United\s+Nations)\s+(?:Security\s+Council|General\s+Assembly)|(?-i:[A-Z]{2,}[\w-]*|G\d+)\b|"
    r"(?-i:(?:[A-Z][\w'’-]*\s+){1,4}(?:Forum|Dialogue|Group|Partnership|Alliance))\b)|"
    # … or a leaders' session of a body of states (detect_summit's)
    rf"{LEADERS_SESSION})"
)
JOINT_TITLE = re.compile(
    r"(?i)^\s*(?:[\w.’'–-]+\s+){0,6}?(?:joint\s+(?:leaders['’]?\s+)?statement|leaders['’]?\s+(?:joint\s+)?statement|"
    # ("Statement of the Leaders of the Pacific Islands Forum and the United States")
    r"(?<=^)(?:joint\s+)?statement\s+(?:issued\s+)?(?:of|by)\s+the\s+(?:leaders|heads\s+of\s+(?:state|government)|"
    r"presidents|prime\s+ministers)\b|"
    r"joint\s+(?:declaration|communiqu[eé])|leaders['’]?\s+(?:[\w-]+\s+){0,3}?declaration|"
    # … or a summit's or the leaders' communiqué, a summit's statement ("G7 Hiroshima Leaders’ Communiqué",
    # "U.S.-EU Summit Statement"): held only when the leaders say they met (WE_MET)
    r"(?:leaders['’]?|summit)\s+communiqu[eé]|summit\b[^:|.;]{0,30}?\bstatement)\b"
)
# … those of them that are held only when the leaders say they met
COMMUNIQUE_TITLE = re.compile(
    r"(?i)\b(?:(?:leaders['’]?|summit)\s+communiqu[eé]|summit\b[^:|.;]{0,30}?\bstatement)\b"
)
# a joint statement of a body or format of the sides ("U.S.-EU Trade and Technology Council Inaugural
# Joint Statement", "Quad Leaders’ Joint Statement"), not of two governments on a matter
JOINT_STATEMENT = re.compile(
    r"(?i)^(?=.*\bjoint\s+(?:statement|declaration|communiqu[eé])\b).*\b(?:inaugural|dialogue|committee|"
    r"working\s+group|task\s+force|leaders['’]?|ministerial|consultations?|mechanism|(?<!european\s)council)\b"
)
# leaders naming themselves as the authors ("We, President of the United States of America Joseph R. Biden
# and President of the Russian Federation Vladimir Putin, note …", "We, the Presidents of A, B and C,
# gathered in …"): their joint statement of the day
AUTHORS = re.compile(
    r"^\s*We,\s+(?:the\s+)?(?:Presidents?|Prime\s+Ministers?|Chancellors?|Heads\s+of\s+(?:State|Government))\b"
    r"[^;]{0,120}?\band\s+"
)
# … or as having spoken together ("Today, President Joseph R. Biden, Prime Minister Trudeau of Canada, …
# and Prime Minister Rishi Sunak of the United Kingdom spoke regarding …")
# … or as having gathered ("Having gathered virtually on October 13 and 14 …, we the Ministers and
# Representatives of A, B, …"; not "We, the leaders of …, met": a summit's communiqué or a leaders'
# declaration, whose meeting the summit's other accounts tell, would be counted twice)
WE_GATHERED = re.compile(r"(?i)^\s*having\s+(?:gathered|met|convened)\b[^;]{0,200}?,\s+we\b")
# … or saying they met, in a leaders' declaration (eval/CONVENTIONS.md 16: "We, the Economic Leaders of
# APEC, met in San Francisco, California, on November 16-17, 2023"), after a heading or a paragraph number
# ("WE, the Member States of ASEAN and the United States gather on the occasion of the … Summit")
WE_MET = re.compile(
    r"^\s*(?i:we),\s+the\s+(?:[\w.'’-]+\s+){0,3}?(?i:leaders|heads\s+of\s+(?:state|government)|member\s+states)\b"
    r"(?:(?!\bwill\b)[^;]){0,150}?,?\s+(?:met|gathered|convened|(?:meet|gather|convene)(?=\s+(?:today|on|in|at)\b))\b"
)
LEADERS_SPOKE = re.compile(
    r"^\s*(?:Today,\s+)?(?:President|Prime\s+Minister|Chancellor)\b[^;]{0,300}?\band\s+"
    r"(?:President|Prime\s+Minister|Chancellor)\b[^;]{0,100}?\s(?:spoke|talked|met|meet|today)\b"
)
# … or one welcoming the other ("President Joseph R. Biden, Jr. is honored to welcome Philippine President
# Ferdinand R. Marcos Jr. to Washington, DC.")
LEADER_WELCOMES = re.compile(
    r"^\s*(?:President|Prime\s+Minister|Chancellor)\b[^;]{0,80}?\bwelcom(?:e|es|ed|ing)\s+(?:[\w.’'-]+\s+){0,3}?"
    r"(?:President|Prime\s+Minister|Chancellor|King|Queen|Emir|Amir|Crown\s+Prince|Taoiseach)\b"
)
# … in the present tense, in the leaders' joint statement of the visit's day ("President Joseph R. Biden, Jr.
# is honored to welcome Prime Minister … to the White House"; not "looks forward to welcoming")
WELCOMES_NOW = re.compile(r"(?i)\b(?:is|are)\s+(?:honou?red|pleased|delighted|proud|glad)\s+to\s+welcome\b")
# remarks of two leaders together ("Remarks by President Biden and President Yoon Suk Yeol of the
# Republic of Korea at the Air Operations Center …"): they met, wherever the remarks were given; the
# other named with an honorific ("and H.E. …, President of …") or after a comma ("…, President Lula of
# Brazil, and Director-General … of the ILO")
PAIR_REMARKS = re.compile(
    r"(?i)^\s*(?:Joint\s+)?Remarks\s+by\s+(?:the\s+)?(?:Vice\s+)?(?:President|Prime\s+Minister|Chancellor)\b"
    r"[^|:]{0,60}?(?:\band|,)\s+(?:(?:the\s+)?(?:President|Prime\s+Minister|Chancellor|King|Queen|Emir|Amir|"
    r"Crown\s+Prince|Taoiseach|Director[- ]General|Secretary[- ]General)\b[^|:]{0,80}?\bof\b|"
    r"(?:H\.\s?E\.|His\s+(?:Majesty|Excellency|Highness)|Her\s+(?:Majesty|Excellency|Highness))\s+[^|:,]{2,60},\s+"
    r"(?:President|Prime\s+Minister|King|Queen|Emir|Amir|Crown\s+Prince)\s+of\b|"
    # … or with the body or state first ("and NATO Secretary General Jens Stoltenberg", "and European
    # Commission President Ursula von der Leyen"; not "and Vice President Harris")
    r"(?!(?:Vice|First|Second|Former|Acting|Deputy)\b)(?:(?-i:[A-Z])[\w.&-]*\s+){1,3}"
    r"(?:Secretary[- ]General|President|Director[- ]General|Prime\s+Minister|Chancellor|"
    r"Chair(?:man|woman|person)?)\s+(?-i:[A-Z]))"
)
# a title or lead only previewing a meeting (a background call or gaggle ahead of a summit or visit:
# "… Previewing the G7 Summit", "… on the Upcoming Visit of President X")
PREVIEW = re.compile(r"(?i)\b(?:preview(?:s|ing)?|upcoming)\b")
# a press call or briefing on a leader's meetings, visit, trip or summit ("Background Press Call on
# President Biden’s Meetings with the G7 and the European Council", "… on President Biden’s Second Day
# in Germany"): held or announced, as its lead's cues tell
BRIEFING_ON_MEETING = re.compile(
    r"(?i)^\s*(?:background\s+|on-the-record\s+)?(?:press\s+(?:call|briefing|gaggle)|briefing)\b.*\b(?:meetings?\s+with|"
    r"calls?\s+with|visit|summit|trip|travel|bilateral|(?:first|second|third|final)\s+day|day\s+(?:one|two|three))\b"
)
# … whose title names only a trip or travel ("… on Official Travel to Brazil and Argentina")
TRIP_ONLY = re.compile(
    r"(?i)^(?!.*\b(?:meetings?|calls?|visit|summit|bilateral|day|talks)\b).*\b(?:trip|travel)\b"
)
BRIEFING_AFTER = re.compile(
    r"(?i)\b(?:calls?\s+with|(?:first|second|third|final)\s+day|day\s+(?:one|two|three))\b"
)
# a title announcing a meeting ("On February 10, Vladimir Putin will hold talks in Moscow with …")
TITLE_PLANNED = re.compile(
    r"(?i)\bwill\s+(?:(?:hold|have)\s+(?:talks|an?\s+(?:[\w-]+\s+)?meeting|meetings|negotiations|consultations)|meet|"
    r"take\s+part|participate|attend|pay\s+an?\s+(?:[\w-]+\s+)?visit)\b"
)
# a fact sheet or statement on a leader's state or official visit ("FACT SHEET: Republic of Korea State
# Visit to the United States"): a meeting, held or announced as its lead tells
STATE_VISIT = re.compile(r"(?i)\b(?:state|official)\s+visit\b")
# a title announcing a meeting in headline grammar ("President Biden to Host Second U.S.-Africa Leaders
# Summit", "… to Meet Virtually with EU Leaders", "… Will Travel to …", "Upcoming Visit of …")
TITLE_ANNOUNCES = re.compile(
    r"(?i)\b(?:will|upcoming|announces|preview\w*|to\s+(?:pay\s+an?\s+(?:\w+\s+)?)?visit|"
    r"to\s+(?:host|co-host|convene|welcome|receive|travel|attend|participate\s+in|"
    r"meet\s+(?:with|virtually|in\s+person|(?-i:[A-Z]))|"
    # "Tokayev to hold talks with Xi", "… to Have Call with …"
    r"(?:hold|have)\s+(?:talks|an?\s+(?:[\w-]+\s+)?(?:meeting|call|conversation)|meetings|negotiations|consultations)))\b"
)
# a title telling the leader's part in a summit under way or over ("Remarks by … at the G7 Summit",
# "Readout of … Participation in …")
SUMMIT_TOLD = re.compile(
    r"(?i)\b(?:at|participation|participates?|participated|attends?|attended|address(?:es|ed)?|remarks|"
    r"readout|speech|statement\s+(?:issued\s+)?by\s+the\s+(?:heads|leaders))\b"
)
# a statement or readout on an official's travel ("… on Deputy National Security Advisor …'s Travel to
# Brussels") whose lead tells the travel done: the official met the hosts (eval/CONVENTIONS.md 3)
TRAVEL_TITLE = re.compile(r"(?i)^\s*(?:readout|statement)\b.*\b(?:visit|trip|travel)\s+to\b")
TRAVELED = re.compile(
    r"(?i)\b(?:travell?ed|was\s+in|were\s+in|completed\s+(?:a|an|his|her)\s+(?:[\w-]+\s+){0,2}?(?:visit|trip)\s+to)"
    r"\s+(?:[\w-]+\s+){0,3}?(?=(?-i:[A-Z]))"
)
GREETINGS = re.compile(
    r"\b(sent (?:a )?(?:message|greetings|congratulations|condolences)|message reads|telegram)\b", re.I
)


TITLE_IS_MEETING = re.compile(
    r"^(?:(?:[\w-]+\s+){0,3}(?:meeting|talks|telephone conversation|phone conversation|conversation|phone call|"  # noqa: E501
    r"call|videoconference|bilateral meeting|trilateral meeting)\s+(?:with|between)\b|readout\b)|"
    r"\b(?:joint statement|remarks|joint press conference)\b.*\b(?:following|after|before|during|in)\b.*\b(?:meeting|talks|"  # noqa: E501
    r"press conference|joint press statements?)\b|"
    r"\b(?:has|had|held|hold|holds)\b.*\b(?:talks|meeting|conversation|call)\b|"
    r"\b(?:on|regarding|about)\s+(?:(?:his|her|their|the)\s+)?(?:(?:tele)?phone\s+|video\s+)?(?:calls?|meetings?|talks|conversations?)\s+with\b|\b(?:met|meets|spoke|speaks)\s+with\b|"
    r"^(?:joint\s+)?(?:press\s+statements?|statements\s+for\s+the\s+press|news\s+conference|press\s+conference)\s+"
    r"(?:following|after|with)\b|"
    # a leader and his guest at a state occasion of the visit's day ("Remarks by A and President B of X
    # at a State Luncheon"; not a state dinner, whose transcript is often dated the next day)
    r"^remarks\s+by\s+[^:]*\band\s+[^:]*\bat\s+(?:a\s+|the\s+)?(?:state\s+(?:luncheon|arrival)|"
    r"arrival\s+ceremony|welcome\s+ceremony)\b",
    re.I,
)


# a title on someone's call or meeting, without a tense ("Statement by the NSC Spokesperson on National
# Security Advisor Jake Sullivan's Call with …", "… on President Biden's Virtual Meeting with …"): a
# meeting, held or announced as the lead's first cue tells
TITLE_ON_MEETING = re.compile(
    r"(?i)\b(?:on|regarding|about)\s+(?:[\w.'’-]+\s+){0,6}?[\w.-]+['’]s?\s+"
    r"(?:(?:tele)?phone\s+|video\s+|virtual\s+)?(?:calls?|meetings?|talks|conversations?)\s+with\b"
)


def title_says_no_meeting(title: str) -> bool:
    return bool(NOT_MEETING_TITLE.search(title))


def detection(title: str, lead: list[Sentence]) -> Detection | None:
    """Step "detection": decides whether the release reports a meeting (held or planned) from its
    title and lead, and which lead sentences report it; None for most releases."""
    return _told(title, lead) or occasion_abroad(title, lead)


def _told(title: str, lead: list[Sentence]) -> Detection | None:
    """The meeting the title's and the lead's words tell."""
    summit = bool(SUMMIT_TITLE.search(title))
    preview = bool(
        PREVIEW.search(title)
        and re.search(
            r"(?i)\b(?:summit|visit|meetings?|bilateral|trilateral|trip|travel|call\s+with|engagements?|"
            r"(?:COP|G)\d+|UNGA|General\s+Assembly)\b",
            title,
        )
    )
    # leaders' joint statement whose first sentence reports their meeting ("… met today in Tokyo") or
    # names them as its authors
    # (its first sentence: not a heading, a dateline or a paragraph's number: "Preamble", "1.")
    at = next((i for i, s in enumerate(lead) if len(s.text.split()) >= 6), 0)
    first = lead[at].text if lead else ""
    # (a leader "is honored to welcome" the other, in its first sentences: the visit's day, not a plan)
    joint_title = bool(JOINT_TITLE.search(title))
    welcome_at = (
        next(
            (
                i
                for i, s in enumerate(lead[:3])
                if LEADER_WELCOMES.match(s.text) and WELCOMES_NOW.search(s.text)
            ),
            None,
        )
        if joint_title
        else None
    )
    welcome = lead[welcome_at].text if welcome_at is not None else ""
    declared = bool(
        not joint_title
        and NAMED_DECLARATION.search(title)
        and (
            (DECLARED_MET.search(first) and any(r.match(first) for r in (AUTHORS, LEADERS_SPOKE)))
            or any(r.match(first) for r in (WE_GATHERED, WE_MET))
        )
    )
    occasion = [i for i, s in enumerate(lead[:4]) if ON_OCCASION.search(s.text)] if joint_title else []
    joint = declared or bool(
        joint_title
        and (not planned_cue(first) or first == welcome)
        and (
            (held_cue(first) and not COMMUNIQUE_TITLE.search(title))
            or any(r.match(first) for r in (AUTHORS, LEADERS_SPOKE, WE_GATHERED, LEADER_WELCOMES))
            or any(WE_MET.match(s.text) for s in lead[:4])
            or bool(occasion)
            or bool(welcome)
        )
    )
    pair = bool(PAIR_REMARKS.search(title))
    briefing = bool(BRIEFING_ON_MEETING.search(title))
    visit = bool(STATE_VISIT.search(title))
    # (… or on someone's calls: "… on Vice President Kamala Harris’s Calls with Foreign Leaders")
    today = bool(STATEMENT_TITLE.match(title) and lead and TODAY_MET.search(lead[0].text)) or bool(
        TITLE_ON_MEETING.search(title) or statement_on_body_met(title, lead)
    )
    held = [i for i, s in enumerate(lead) if held_cue(s.text) and not announces(s.text)]
    body = bool(held and BODY_MEETING_TITLE.search(title))  # a fact sheet on a body's meeting, told held
    if (fact := fact_sheet_meeting(title, lead)) is not None:  # … or on the day's meeting or a summit held
        held, body = sorted({fact, *held}), True
    elif (
        attends := fact_sheet_attendance(title, lead)
    ) is not None:  # … or on a summit the leader will attend, or the day's meeting ahead
        return Detection("planned", [attends])
    if summit and not held and fact_sheet_on_summit(title):  # a summit's fact sheet telling no part taken
        return Detection("planned", [i for i, s in enumerate(lead) if announces(s.text)] or [0])
    if title_says_no_meeting(title) and not (
        summit or preview or joint or pair or briefing or visit or today or body
    ):
        return None
    if not held and TRAVEL_TITLE.search(title):  # "Brett McGurk traveled this week to Saudi Arabia and …"
        held = [i for i, s in enumerate(lead[:2]) if TRAVELED.search(s.text) and not announces(s.text)]
    planned = [i for i, s in enumerate(lead) if announces(s.text)]
    if preview:
        return Detection("planned", planned or [0])
    if briefing and TRIP_ONLY.search(re.sub(r"(?i)\bpress\s+call\b", "", title)) and not (planned or preview):
        return None  # a debrief on an official's trip is no meeting report (the key's convention)
    if briefing and not (held or planned):
        # a briefing's lead is the moderator's: the title tells whether the meeting is under way or
        # over (a day of a visit or summit, calls) or still ahead (meetings, a visit, a trip)
        over = BRIEFING_AFTER.search(title) and not PREVIEW.search(title)
        return Detection("held" if over else "planned", [0])
    on_meeting = bool(TITLE_ON_MEETING.search(title))
    title_held = bool(TITLE_IS_MEETING.search(title)) or on_meeting or summit or joint or pair
    if any(GREETINGS.search(s.text) for s in lead[:2]) and not held:
        return None
    # a summit or someone's meeting named without a tense ("Statement by the Press Secretary on the Quad
    # Leaders Summit", "North American Leaders' Summit", TITLE_ON_MEETING): the lead's first cue tells
    untensed = (summit or on_meeting) and not (
        TITLE_IS_MEETING.search(title) or joint or pair or (summit and SUMMIT_TOLD.search(title))
    )
    ahead = bool(planned) and (not held or min(planned) < min(held))
    if title_held and not TITLE_ANNOUNCES.search(title) and not (untensed and ahead):
        return Detection(
            "held",
            sorted({at, *held, *occasion, *([welcome_at] if joint and welcome else [])})
            if joint
            else held or [0],
        )
    if held and (not planned or min(held) <= min(planned)):
        return Detection("held", held)
    if (
        planned
        or TITLE_PLANNED.search(title)  # "On November 25, Vladimir Putin will hold talks with President of …"
        or re.search(
            r"(?i)\b(upcoming|will (?:meet|host|visit|travel)|to (?:pay an? (?:\w+ )?)?visit|"
            r"to (?:host|convene)|announcement)\b",
            title,
        )
    ):
        return Detection("planned", planned or [0])
    return None


# a title telling meetings held in another state ("Readout of Homeland Security Advisor Dr. Liz
# Sherwood-Randall's Visit to France", "Remarks by President Biden on His Meetings in Saudi Arabia")
MEETINGS_ABROAD = re.compile(
    r"(?i)^\s*(?:readout|statement)\b.*\b(?:visit|trip|travel)\s+to\b|\bmeetings\s+(?:in|with\s+[^|:]*\bin)\b"
)


def visited_states(doc: Doc) -> list[str]:
    """The foreign states a title telling meetings held abroad (MEETINGS_ABROAD) names after it, or
    the place line of remarks at an occasion abroad (kg.extract.detect_abroad)."""
    m = MEETINGS_ABROAD.search(doc.title)
    if m is None:
        # … or remarks at an occasion abroad, when their place line is what tells the meeting
        states = hosts(doc)
        return states if states and _told(doc.title, doc.lead) is None else []
    isos = [doc.ref.iso_of(x.iri) for x in doc.title_mentions if x.kind == "country" and x.start >= m.start()]
    if not any(iso and iso != doc.home for iso in isos):  # "… Trip to the Middle East": where the lead says
        spans = [(s.start + t.end(), s.end) for s in doc.lead[:2] if (t := TRAVELED.search(s.text))]
        isos = [
            doc.ref.iso_of(x.iri)
            for x in doc.mentions
            if x.kind == "country" and any(a <= x.start < b for a, b in spans)
        ]
    return [iso for iso in dict.fromkeys(isos) if iso and iso != doc.home]


def forced_detection(status: Status, lead: list[Sentence]) -> Detection:
    """The detection a learned step decided: its status, reported by the lead sentences with a cue of
    that status (the first sentence when none has one)."""
    cue = held_cue if status == "held" else planned_cue
    return Detection(status, [i for i, s in enumerate(lead) if cue(s.text)] or [0])


def record_status(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "status": held or planned, read from the sentence reporting the meeting."""
    m.evidence.append(Statement("status", account.status, doc.evidence(account.sentence)))
