"""How a meeting was held: in person, by phone or by video, from the words that report it."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from kg.extract.dates import TODAY
from kg.extract.doc import sentence_of
from kg.extract.elsewhere import OWN_MEETING_TITLE, Clause, elsewhere, told_elsewhere
from kg.extract.mention_cues import IN_PERSON as MET_WORDS
from kg.extract.mention_cues import mentioned_mode
from kg.extract.news import ADDRESS
from kg.model import Entity, Evidence, Meeting, Mode, Statement

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc
    from kg.extract.sentences import Sentence

VIDEO = re.compile(
    r"\b(video[ -]?(?:call|conference|link|format|conversation|message|meeting|address|greeting|appeal|"
    r"speech|summit|session)s?|video[ -]talks|"
    # ("Summit TV Conference", "a web meeting", "a videoconferencing session", "via Skype/Webex/Teams")
    r"tv[ -]conferenc\w*|web[ -]?meeting|(?:via|on|over)\s+(?:skype|webex|microsoft\s+teams)|"
    # ("a video teleconference" as Japan's releases write it)
    r"video[ -]?(?:tele)?conferenc\w*|web[ -]?conferenc\w*|virtual(?:ly)?|"
    r"remote (?:meeting|format|mode|talks)|"
    r"(?:took|take|takes|taking) place online|"
    r"(?:via|by|over) video|online (?:meeting|format|talks|summit)|secure video|zoom(?: conference| call)?|"
    r"pre-?recorded|addressing you from|in (?:an )?online (?:mode|format)|remotely|"
    r"(?:talks|took part|take part|participated|joined|held|spoke)\s+(?:\w+\s+)?online)\b",
    re.I,
)
# a call named as another one after a meeting: "after a meeting with X in Kyiv, … after his phone call"
_OTHER_CALL = re.compile(r"(?i)\b(?:after|before|following|ahead of|about|on)\s+(?:his|her|their|the|a)\s+$")
# a video cue that is no mode of this meeting: one participant joining "(virtually)" a hosted meeting
NOT_VIDEO = re.compile(r"\(virtually\)", re.I)
PHONE = re.compile(
    # "telephonic conversation", "tele-conversation": how other governments' releases name a call
    r"\b(tele?phon(?:e|ic\w*)|tele-?(?:conversation|talk|call)s?|phone|diall?ed|"
    r"(?:spoke|speaks|speak|talked)\s+(?:today |this \w+ |on \w+ )?(?:with|by)|"
    # talking to a leader by title ("spoke to Prime Minister X earlier today"; not "spoke to the press")
    r"(?:spoke|speaks|talked)\s+(?:today |this \w+ |on \w+ )?to\s+(?:the\s+)?"
    r"(?-i:President|Prime\s+Minister|Chancellor|King|Queen|Emir|Amir|Crown\s+Prince|Sultan|Premier)\b|"
    # ("call on the world to …" is an appeal; "a call on Monday" a call)
    r"(?<!press )(?<!courtesy )call(?:s|ed)?\b"
    r"(?!\s+(?:on|for|upon)\b(?!\s+(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|\d)))|"
    r"conversation by phone|phone conversation)",
    re.I,
)
IN_PERSON = re.compile(
    # ("bilateral ties" discussed say no meeting: "Modi speaks to Putin, discusses bilateral ties")
    r"\b(met|meets|meeting|talks|received|hosted|welcomed|visit|bilateral(?!\s+(?:ties|relations))|"
    r"joint press conference|"
    r"summit|in-person|face-to-face|tête-à-tête|tete-a-tete|convened|sidelines|margins|courtesy call)\b",
    re.I,
)


def detect_mode(
    texts: list[str],
    context: list[str] = (),  # type: ignore[assignment]
    day: date | None = None,
    planned: bool = False,
    by_call: bool = False,
) -> tuple[Mode, int]:
    """The mode named by the first text (title, then meeting sentences) that names one, and its index.

    Video beats phone ("video call"), also when only a `context` sentence (the lead) says video;
    an in-person cue in a text wins over a later call. A cue in a clause of another meeting or time
    than the meeting's `day` (kg.extract.elsewhere) is that one's; a `planned` meeting's cue ahead
    ("the upcoming call with …") is its own. In a briefing held as a call (`by_call`), its own call
    ("this call") is no mode of the meeting it tells."""
    for i, t in enumerate(texts):
        if says_video(t, day, planned):
            return "video", i
    if any(says_video(t, day, planned) for t in context):
        return "video", -1
    for i, t in enumerate(texts):
        clauses = elsewhere(t, day, planned)
        phone = next(
            (
                g
                for g in PHONE.finditer(t)
                if not _appeal(t, g)
                and not _briefing_call(t, g, by_call)
                and not told_elsewhere(clauses, g.start())
            ),
            None,
        )
        met = IN_PERSON.search(t)
        if phone and not (
            met and met.start() < phone.start() and _OTHER_CALL.search(t, phone.start() - 25, phone.start())
        ):
            if _SPOKE.match(phone.group()) and _together(t, clauses):
                return "in_person", i  # "spoke with the Chancellor on the sidelines of the summit"
            return "phone", i
        if met:
            return "in_person", i
    return "in_person", -1


# talking said by its verb alone ("spoke with"), a call unless the sentence brings the sides together
_SPOKE = re.compile(r"(?i)(?:spoke|speaks|speak|talked)\s")
# a meeting said to be held in person
IN_PERSON_SAID = r"\bin[- ]person\b|\bface[- ]to[- ]face\b"
_TOGETHER = re.compile(
    r"(?i)\b(?:on|in|at)\s+the\s+(?:sidelines|margins)\b|\bduring\s+(?:his|her|their|the|an?)\s+"
    r"(?:[\w'’-]+\s+){0,4}?(?:visit|trip|stay|summit|forum|conference)\b|\bwhile\s+(?:in|visiting)\b|"
    + IN_PERSON_SAID
)
# … said of another meeting named before it ("to follow up on their meeting on the sidelines of …")
_OF_A_MEETING = re.compile(r"(?i)\b(?:meeting|talks|conversation|call|encounter|session)\s+$")


def _together(text: str, clauses: tuple[Clause, ...]) -> bool:
    """Does the sentence place the sides together (on the sidelines of a summit, during a visit),
    outside a clause of another meeting or time?"""
    return any(
        not told_elsewhere(clauses, m.start())
        and not _OF_A_MEETING.search(text, max(0, m.start() - 16), m.start())
        for m in _TOGETHER.finditer(text)
    )


# "call" as a noun: a call, the call, a phone call; a call with or between
_CALL_NOUN_BEFORE = re.compile(
    r"(?i)\b(?:a|an|the|their|his|her|its|our|phone|video|telephone|today['’]s|this|that)\s+$"
)


# whom a call is placed to: a leader or official by title, a full name, a pronoun ("called President
# Macron", "called the Prime Minister of Japan", "called Emmanuel Macron", "called him")
_CALLED_WHOM = re.compile(
    r"\s+(?:the\s+)?(?-i:(?:President|Prime|Chancellor|King|Queen|Emir|Amir|Crown|Sultan|Secretary|Minister|"
    r"Foreign|Premier|Pope|His|Her)\b|[A-Z][a-z]+\s+[A-Z][a-z]+)|\s+(?:him|her|them|each\s+other)\b"
)


# a call with or between someone, in any case ("… Call With President …" in a title), after its day
# ("the President's call this morning with President X")
_WITH_WHOM = re.compile(
    r"(?i)\s+(?:(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening)|on\s+\w+day)\s+)?(?:with|between)\b"
)


# a call named last in a title or clause: a noun ("Quad Leaders Call", "… Call: …")
_NOUN_ENDS = re.compile(r"\s*(?:$|[.:;|(\u2013\u2014]|-\s)")


def _appeal(text: str, g: re.Match[str]) -> bool:
    """Is the cue "call(s)" or "called" a verb of appeal or naming ("the Presidents call the
    international community to …", "called the EU to grant …", "the so-called …"), not a call held
    (a call, the call, a call with or between; called someone)?"""
    word = g.group().lower()
    if word == "called":
        return text[max(0, g.start() - 3) : g.start()].lower() == "so-" or not _CALLED_WHOM.match(
            text, g.end()
        )
    if word not in ("call", "calls"):
        return False
    if _NOUN_ENDS.match(text, g.end()):
        return False  # "Joint Readout of Quad Leaders Call", "the leaders' call."
    noun = _CALL_NOUN_BEFORE.search(text, max(0, g.start() - 20), g.start())
    return not noun and not _WITH_WHOM.match(text, g.end())


# a briefing's own call, said by its moderator ("welcome you to our call that will preview the …
# leaders' meeting", "this call is on background"): no mode of the meeting it previews
_BRIEFING_CALL = re.compile(
    r"(?i)\s+(?:(?:that|which)\s+(?:will\s+)?previews?|(?:to\s+)?preview|previewing|"
    r"(?:is|will\s+be)\s+(?:on\s+background|embargoed|off\s+the\s+record|on\s+the\s+record))\b"
)


# a transcript of a briefing held as a call ("Background Press Call on …", "… Conference Call")
BRIEFING_BY_CALL = re.compile(r"(?i)\b(?:press|background)\s+(?:press\s+)?call\b|\bconference\s+call\b")
# … whose own call is named without a counterpart: "this call", "our call", "today's call", "the background
# call", "until the call concludes" (not "the call with …", "during the call")
_OWN_CALL_BEFORE = re.compile(r"(?i)\b(?:this|our|today['’]s|tonight['’]s|background|press|conference)\s+$")
_OWN_CALL_AFTER = re.compile(r"(?i)\s+(?:concludes|ends|is\s+over|is\s+on\s+background)\b")


def _briefing_call(text: str, g: re.Match[str], by_call: bool = False) -> bool:
    """Is the cue "call" the briefing's own call ("our call that will preview …"; in a briefing held
    as a call, `by_call`, "this call", "until the call concludes")?"""
    if g.group().lower() not in ("call", "calls"):
        return False
    if _BRIEFING_CALL.match(text, g.end()) is not None:
        return True
    if not by_call or _WITH_WHOM.match(text, g.end()):
        return False
    before = text[max(0, g.start() - 20) : g.start()]
    return bool(
        _OWN_CALL_BEFORE.search(before) or (before.endswith("the ") and _OWN_CALL_AFTER.match(text, g.end()))
    )


def says_video(text: str, day: date | None, planned: bool = False) -> bool:
    """Does the text say video of this meeting (not of another meeting or time: "the results of his
    talks via videoconference on December 7, 2021", "the upcoming virtual summit"; not of one
    participant joining "(virtually)")?"""
    clauses = elsewhere(text, day, planned)
    return any(
        not told_elsewhere(clauses, m.start()) and not NOT_VIDEO.match(text, max(0, m.start() - 1))
        for m in VIDEO.finditer(text)
    )


def record_mode(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "mode": in person, by phone or by video. The main meeting's from the title and its
    sentences (the lead may say video); another one's from its own sentence; a meeting mentioned in
    passing has one only when its sentence says so."""
    if account.kind == "main":
        passages = [(doc.title, None), *((s.text, s) for s in account.sentences)]
        lead = [s.text for s in doc.lead]
        texts = [_TITLE_GENRE.sub("", doc.title), *(t for t, _ in passages[1:])]
        by_call = bool(BRIEFING_BY_CALL.search(doc.title))
        mode, i = detect_mode(texts, lead, account.day, account.status == "planned", by_call)
        if mode == "in_person":  # a sentence beyond the meeting's may tell it was held at a distance
            far = next((s for told in _AT_DISTANCE if (s := told(doc, account, i)) is not None), None)
            if far is not None:
                mode, passages, i = "video", [(far.text, far)], 0
        m.mode = mode
        m.evidence.append(Statement("mode", mode, doc.evidence(sentence_of(passages, i))))
        return
    mode, _ = detect_mode([account.sentence.text], day=account.day, planned=account.status == "planned")
    m.mode = mentioned_mode(mode, account.sentence.text) if account.kind == "mentioned" else mode
    if m.mode is not None:
        m.evidence.append(Statement("mode", m.mode, doc.evidence(account.sentence)))


# a title's genre before the meeting it is about ("Joint Statement on the Phone Call between …"): not
# read as a clause of another meeting
_TITLE_GENRE = re.compile(
    r"(?i)^\s*(?:joint\s+)?(?:statement|readout|press\s+release|communiqu[eé])s?\s+(?:on|of|about)\s+the\s+"
)
# a speaker of remarks before or after a meeting saying it is held at a distance ("to speak with you
# today virtually", "today's virtual meeting"): the title ("… Before Bilateral Meeting") names no mode
_VIDEO_NOW = re.compile(
    r"(?i)\b(?:today['’]s|this)\s+(?:virtual|video)\b|"
    r"\b(?:today|here|now)\s+(?:virtually|by video|via video)\b|\bvirtually\s+today\b"
)
REMARKS_OPENING = 12  # sentences of a transcript read for it


# a meeting said to be held in person besides ("We've already met virtually, but
# I appreciate the chance to spend time with you in person")
_IN_PERSON_TOO = re.compile("(?i)" + IN_PERSON_SAID)


def _video_today(text: str, day: date | None) -> bool:
    """Does a sentence say that a meeting of the day was held by video, and none in person?"""
    return bool(TODAY.search(text)) and not _IN_PERSON_TOO.search(text) and says_video(text, day)


def _video_today_opening(doc: Doc, account: Account, i: int) -> Sentence | None:
    """When no sentence of a held meeting names a mode (`i` -1), the first of a transcript's opening
    sentences telling it was held by video ("I spoke with the Taoiseach this morning, and we had a
    virtual meeting"), if any."""
    if i != -1 or account.status != "held":
        return None
    return next((s for s in doc.sents[:REMARKS_OPENING] if _video_today(s.text, account.day)), None)


def _said_at_distance(doc: Doc, account: Account, i: int) -> Sentence | None:
    """The first of the opening sentences of remarks on the release's own meeting (OWN_MEETING_TITLE)
    saying it is held by video, if any."""
    if not OWN_MEETING_TITLE.match(doc.title):
        return None
    return next(
        (
            s
            for s in doc.sents[:REMARKS_OPENING]
            if ("irtual" in s.text or "ideo" in s.text) and _VIDEO_NOW.search(s.text)
        ),
        None,
    )


# a speaker hoping to meet the other in person later ("I look forward to when we're able to meet in
# person"): the day's meeting was held at a distance (not "the Korean people are looking forward to
# seeing you in person", nor "I was looking forward to visiting you in person")
_IN_PERSON_LATER = re.compile(
    r"(?i)\b(?:I|we)(?:['’]m|\s+am|['’]re|\s+are)?\s+look(?:ing)?\s+forward\s+to\s+(?:[\w'’-]+\s+){0,6}?"
    r"(?:meet|meeting|see|seeing)\s+(?:[\w'’-]+\s+){0,3}?in[- ]person\b"
)


def _in_person_later(doc: Doc, account: Account, i: int) -> Sentence | None:
    """A sentence of the release hoping to meet in person later, when the meeting was held and none of
    its own sentences says it was held in person."""
    if account.status != "held":
        return None
    if any(_IN_PERSON_TOO.search(s.text) and not _IN_PERSON_LATER.search(s.text) for s in account.sentences):
        return None
    return next(
        (
            s
            for s in doc.sents
            if "forward" in s.text and "person" in s.text and _IN_PERSON_LATER.search(s.text)
        ),
        None,
    )


# those taking part said to have joined it at a distance ("was joined in the June 3 virtual, closed-door
# gathering by …", "participated in the virtual meeting")
_JOINED_VIRTUAL = re.compile(
    r"(?i)\b(?:joined|participated|took\s+part|attended)\s+(?:in\s+)?(?:the|this)\s+(?:[\w-]+,?\s+){0,3}?"
    r"(?:virtual|video|online)\b"
)


def _joined_at_distance(doc: Doc, account: Account, i: int) -> Sentence | None:
    """A sentence naming a held meeting's participants that says they joined it by video (a chair's
    summary listing those who joined)."""
    if account.status != "held":
        return None
    named = {s.start: s for _, s in account.participants if s is not None}
    return next((s for s in named.values() if _JOINED_VIRTUAL.search(s.text)), None)


# the sentences that tell a main meeting whose own words read as in person was held at a distance, in
# their order (each `(doc, account, i)` -> the sentence, or None; `i` the index of the text naming the
# mode, -1 for none)
_AT_DISTANCE: tuple[Callable[[Doc, Account, int], Sentence | None], ...] = (
    _video_today_opening,
    _said_at_distance,
    _in_person_later,
    _joined_at_distance,
)


_IN_PERSON_WORDS = re.compile(r"(?i)\b(?:in[- ]person|face[- ]to[- ]face|arrived|visit\w*|travel\w*|trip)\b")


def online_event(doc: Doc, account: Account, m: Meeting, event: Entity | None, said: Evidence | None) -> None:
    """A meeting at an edition of `event` held online (the reference data says so) was held by video,
    unless its own words say it was a call or in person ("arrived", "face-to-face"); `said` is the
    evidence naming the event (kg.extract.online_editions)."""
    if m.mode != "in_person" or event is None:
        return
    edition = doc.ref.edition(event.props.get("iri", ""), account.day)
    if edition is None or not edition.online:
        return
    if any(_IN_PERSON_WORDS.search(s.text) for s in account.sentences):
        return
    m.mode, m.venue = "video", None  # held at a distance: no venue (as `places` gives none to video)
    m.evidence = [st for st in m.evidence if st.field not in ("mode", "venue")]
    m.evidence.append(Statement("mode", "video", said))


# talking, said of the speaker's news ("held talks" may have been face to face: it stays open)
_TALKED = re.compile(r"(?i)\b(?:spoke|spoken|talked|discussed|conversations?)\b")


def news_call(m: Meeting, title: str) -> None:
    """A meeting a leader's address tells as the day's news (kg.extract.news: "I spoke today with
    French President Macron") whose sentence says no mode was a call: a conversation the leader
    tells the nation about, without a word that brings the sides together (met, received, visit, …)
    or a video word, was held at a distance. Not in other releases (a briefing's or remarks' "spoke
    with" may tell a group's video call or a meeting another release gives a mode)."""
    if not m.news or m.mode is not None or not ADDRESS.search(title):
        return
    said = next((st.evidence for st in m.evidence if st.field == "date" and st.evidence), None)
    if (
        said is None
        or not _TALKED.search(said.text)
        or MET_WORDS.search(said.text)
        or says_video(said.text, m.date)
    ):
        return
    m.mode = "phone"
    m.evidence.append(Statement("mode", "phone", said))
