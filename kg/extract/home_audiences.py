"""Audiences of the publisher's own people: no diplomatic meeting (SCHEMA: "a leader receiving his own
ministers, governors, officials, athletes or business people is 'none'").

"Sullivan met with 18 leaders of Historically Black Colleges and Universities", "held an online meeting
with members of leading organizations of Ukrainians living abroad", "paid a visit to the wounded
defenders of Ukraine", "he met with members of the senior team": whom the meeting was with is a class
of people at home (or the publisher's nationals abroad), named by what they are, not by a state or a
body of another. Such a meeting is no meeting of ours when no participant is another state's or an
international body's; the learned detection's words read it as held (students, soldiers, diaspora).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from kg.extract.affiliation import Participants, national, other_side, own_audience
from kg.extract.doc import Doc
from kg.extract.gazetteer import scan
from kg.extract.sentences import Sentence

# whom a meeting was with: the object of its verb or noun, to the end of its clause ("met today with …",
# "Meeting with …", "paid a visit to …", "hosted …")
MET_WITH = re.compile(
    r"(?i)\b(?:(?:met|meets|meeting|meetings|talks|conversations?|roundtable|call|spoke|speaks)\s+"
    r"(?:(?:today|yesterday|virtually|online|separately|also|this\s+morning)\s+)?(?:with|to)|"
    r"(?:visit|visits|visited)(?:\s+(?:to|with))?|received|receives|hosted|hosts|convened|convenes)\s+"
    r"(?P<object>(?:[^.;:—–(]|\.(?=\w)){3,160}?)"  # (a point inside "U.S." goes on)
    r"(?=\s+(?:to|about|on|regarding|concerning|for|in\s+order|ahead\s+of|at|undergoing)\s|,|\s+(?:who|whose|which|that)\b|"
    r"[;:—–(]|\.(?!\w)|$)"
)
# a class of people of one's own state, by what they are: its officials, lawmakers, regions, soldiers,
# schools, businesses, communities (the publisher's nationals abroad: affiliation.OWN_AUDIENCE)
AUDIENCE = re.compile(
    r"(?i)\b(?:governors|mayors|akims|lawmakers|legislators|senators|congressmen|congresswomen|"
    r"members\s+of\s+(?:congress|parliament|the\s+(?:house|senate|cabinet|government))|"
    r"(?:senior|national\s+security|economic|cabinet)\s+team|cabinet\s+members|government\s+members|"
    r"athletes|olympians|paralympians|medalists|champions|students|schoolchildren|pupils|teachers|"
    r"(?:college|university)\s+(?:presidents|leaders|rectors)|rectors|"
    r"(?:colleges|universities)\b|veterans|servicemembers|service\s+members|soldiers|troops|defenders|"
    r"(?:military|gold\s+star)\s+families|wounded|"
    r"(?:faith|religious|labor|labour|union|community|tribal|civil\s+rights|business|industry|youth)\s+leaders|"
    r"diaspora|compatriots|(?:living|residing)\s+abroad)\b"
)
# … named for another state or body: its counterparts, envoys, delegation, a foreign company
FOREIGN_WORDS = re.compile(
    r"(?i)\b(?:foreign|international|world|global|ambassadors?|envoys?|diplomats?|diplomatic|counterparts?|"
    r"delegations?|ministers?|heads\s+of\s+(?:state|government))\b"
)


def counterpart_phrase(text: str) -> str | None:
    """Whom the meeting a text tells was with (MET_WITH), when it says."""
    m = MET_WITH.search(text)
    return m.group("object") if m else None


def own_people(doc: Doc, phrase: str) -> bool:
    """Is the phrase a class of the publisher's own people (AUDIENCE, or its nationals where they live),
    naming no other side (`other_side_named`)?"""
    if not doc.home or other_side_named(doc, phrase):
        return False
    return _audience(doc, phrase)


def _audience(doc: Doc, phrase: str) -> bool:
    """Does the phrase name a class of people of one's own state, or the publisher's nationals abroad?"""
    return own_audience(doc, phrase) or AUDIENCE.search(phrase) is not None


def other_side_named(doc: Doc, phrase: str) -> bool:
    """Does the phrase name another side: an envoy, counterpart or delegation (FOREIGN_WORDS), an
    international body, another state (by name, place or demonym; not where the publisher's nationals
    live: "the Ukrainian community in Canada")?"""
    if FOREIGN_WORDS.search(phrase):
        return True
    if own_audience(doc, phrase):
        return False
    named = scan(phrase, doc.ref)
    if any(x.kind == "organization" and not national(doc, x.iri) for x in named):
        return True  # "members of the European Parliament"
    states = {doc.ref.country_of_place(x.iri) for x in named if x.kind in ("country", "place")}
    states |= {doc.ref.country_of_demonym(w) for w in re.findall(r"\b[A-Z][a-z]+\b", phrase)}
    return any(doc.foreign_state(iso) for iso in states - {None})


def own_people_only(doc: Doc, core: Sequence[Sentence], main: Participants) -> bool:
    """Is the meeting an audience of the publisher's own people: no participant of another state or of
    an international body, whom the title's or its first sentence's meeting was with is `own_people`,
    and neither names another side ("a group of lawmakers" of a title, "U.S. senators" of its lead)?"""
    if not doc.home or any(other_side(doc, p) for p, _ in main):
        return False
    phrases = [
        p for p in (counterpart_phrase(doc.title), *(counterpart_phrase(s.text) for s in core[:1])) if p
    ]
    return not any(other_side_named(doc, p) for p in phrases) and any(_audience(doc, p) for p in phrases)
