"""A joint statement whose meeting is told after its lead: the authors say further down that they met
that day ("… Secretary General A, National Security Advisor B, and National Security Advisor C met today
in Tokyo and discussed …"; eval/CONVENTIONS.md 16: a joint statement that says its authors met reports
that meeting). The lead detection (kg.extract.detect) reads only the first sentences, which state the
policy; the usual counterpart checks follow (kg.extract.pipeline).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from kg.extract.body_series import body_events
from kg.extract.detect_cues import Detection, announces, held_cue
from kg.extract.gazetteer import scan

if TYPE_CHECKING:
    from kg.extract.sentences import Sentence
    from kg.model import Document, Entity
    from kg.reference import Reference

BODY = 12  # sentences of the statement read
# a statement of several sides ("Joint Statement …", "Trilateral National Security Advisors Statement …",
# "Leaders’ Statement …"); not a statement by one official
GROUP_STATEMENT = re.compile(
    r"(?i)^(?!\s*statement\s+(?:by|from|of)\b).*\b(?:joint|trilateral|quadrilateral|leaders['’]?|ministers['’]?|"
    r"advis[eo]rs['’]?|summit)\s+(?:[\w'’-]+\s+){0,3}?statement\b"
)
# several named people as the subject of a meeting that day ("A, B, and C met today in Tokyo", "… met
# virtually on Monday"); not a meeting recalled ("when our leaders met in May")
MET_THAT_DAY = re.compile(
    r"^(?!.*\b(?:when|since|after|last|previous(?:ly)?|first)\b[^,;]{0,60}\bmet\b)(?=[^;]{0,300}?\band\s)"
    r"[^;]{0,300}?\s(?:met|convened|gathered)\s+(?:(?:virtually|in\s+person)\s+)?(?:today|this\s+(?:morning|afternoon|"
    r"evening|week)|on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))\b"
)


# … or one leader welcoming the other that day, told after the statement's preamble ("President Joseph R.
# Biden, Jr. is honored to welcome President … of the Republic of Korea to Washington"; not "looks forward
# to welcoming"; the welcome's "to welcome" is no announcement here)
WELCOMES_TODAY = re.compile(
    r"^\s*(?:President|Prime\s+Minister|Chancellor)\b[^;]{0,80}?\b(?:is|are)\s+(?:honou?red|pleased|delighted|proud|glad)\s+"
    r"to\s+welcome\s+(?:[\w.’'-]+\s+){0,3}?(?:President|Prime\s+Minister|Chancellor|King|Queen|Emir|Amir|Crown\s+Prince|"
    r"Taoiseach)\b|"
    # … or the leaders joined by a guest that day ("Today, we were honoured to be joined by …")
    r"^(?:Today|This\s+(?:morning|afternoon|evening)),?\s+we\s+(?:were|are)\s+"
    r"(?:honou?red|pleased|glad|delighted)\s+to\s+be\s+joined\s+by\b"
)


def statement_meeting(title: str, sentences: list[Sentence]) -> Detection | None:
    """The held meeting a joint statement's body tells its authors had that day (MET_THAT_DAY, or a leader
    welcoming the other: WELCOMES_TODAY, in its first BODY sentences), None for other releases."""
    if not GROUP_STATEMENT.search(title):
        return None
    met = [
        i
        for i, s in enumerate(sentences[:BODY])
        if (MET_THAT_DAY.search(s.text) and not announces(s.text)) or WELCOMES_TODAY.match(s.text)
    ]
    return Detection("held", met[:1]) if met else None


# a spokesperson's statement on a named body of states ("Statement by the Press Secretary on the Ukraine
# Defense Contact Group"; capitalized words before the body's kind, the title's end or a colon after)
STATEMENT_ON_BODY = re.compile(
    r"(?i)^\s*statement\s+(?:by|from)\b[^:|]*?\bon\s+the\s+(?-i:(?:[A-Z][\w'’.-]*\s+){1,5}"
    r"(?:Group|Council|Forum|Dialogue|Partnership|Alliance|Coalition|Commission|Committee))\s*(?:$|[:|–-])"
)


def statement_on_body_met(title: str, lead: list[Sentence]) -> bool:
    """Does a spokesperson's statement on a named body (STATEMENT_ON_BODY) open with that body's meeting
    held (a held cue in its first sentence, no announcement)?"""
    return bool(
        lead and STATEMENT_ON_BODY.search(title) and held_cue(lead[0].text) and not announces(lead[0].text)
    )


# a statement of a body's leaders, by its title ("G7 Leaders’ Statement on Ukraine", "Quad Leaders’ Joint
# Statement", "Chair’s Statement on the APEC Economic Leaders’ Meeting", "Joint Statement of the Leaders
# of …")
LEADERS_STATEMENT = re.compile(
    r"(?i)\b(?:leaders['’]?\s+(?:joint\s+)?(?:statement|declaration|communiqu[eé])|chair['’]?s\s+statement|"
    r"(?:joint\s+)?statement\s+(?:issued\s+)?(?:of|by)\s+the\s+leaders\s+of)\b"
)


def summit_of_statement(document: Document, ref: Reference) -> tuple[str, Entity] | None:
    """The body and its summit (the reference series) of a body's leaders' statement (LEADERS_STATEMENT)
    released on a day of that body's summit, its edition the reference data gives; None for a statement
    issued between its summits ("G7 Leaders’ Statement on the Hiroshima AI Process" in October), at a
    leaders' video meeting (an online edition: a standing body's call, no summit) and for other releases."""
    day = document.date
    if day is None or not LEADERS_STATEMENT.search(document.title):
        return None
    events = body_events(ref)
    for m in scan(document.title, ref):
        event = events.get(m.iri)
        edition = ref.edition(event.props.get("iri", ""), day) if event is not None else None
        if edition is not None and not edition.online and edition.start <= day <= edition.end:
            return m.iri, event
    return None


def statement_at_summit(document: Document, lead: list[Sentence], ref: Reference) -> Detection | None:
    """A body's leaders' statement released at its summit (`summit_of_statement`) is an account of the
    summit: held (eval/CONVENTIONS.md 16: adopted at a named summit; 46: the summit fixed by the release
    date), told from its first sentence (not a heading or a paragraph's number)."""
    if summit_of_statement(document, ref) is None:
        return None
    return Detection("held", [next((i for i, s in enumerate(lead) if len(s.text.split()) >= 6), 0)])
