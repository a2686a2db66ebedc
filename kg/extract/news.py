"""Whether a meeting mentioned in passing is the release's news: told as the day's event ("Today I
spoke with …", a briefing's "this morning, the President spoke with …", a leader's nightly address
saying "I spoke with …", a headline telling the talks), not recalled from long ago ("I met with
Putin"). Extraction counts such a meeting as the account of a release without one of its own (typed
`dmo:Meeting` too, `Meeting.news`); reconciliation lets it stand as an event by itself.
"""

from __future__ import annotations

import re

from kg.model import Meeting

# words that date a mention to the day of the release or the day before
RECENT = re.compile(
    r"(?i)\b(?:today|yesterday|tonight|last night|overnight|this (?:morning|afternoon|evening)"
    r"|late at night|during the day|throughout the day|in the (?:morning|afternoon|evening)"
    # … or telling it just over: a spokesman's "the President just spoke with …", or talks just wrapped or
    # concluded (not a speaker's "I just met with …", said of talks a week before as of today's)
    r"|(?<=President\s)just (?:met|spoke|talked|had|held)"
    r"|just (?:wrapped|concluded|finished|got off|came out of))\b"
)
# … told in the past tense ("Thank you for joining us today … previewing the call" tells none)
TOLD = re.compile(
    r"(?i)\b(?:spoke|talked|met|discussed|had|held|called|conferred|joined|visited|travell?ed|came\s+to\s+(?:our|(?-i:[A-Z])\w*)|"
    r"received|welcomed|hosted|informed)\b"
)
# the names that end a line, and nothing else ("President of Poland Andrzej Duda, Prime Minister of
# Canada Justin Trudeau and Joseph R. Biden."; tokens and separators do not overlap: linear)
_NAMES_TO_END = (
    r"(?-i:\s+(?:(?:[A-Z][\w'’.-]*|of|and|the|bin|al|von|der|de|la)[\s,]+)*"
    r"[A-Z][\w'’-]*(?:[.!](?:\s|$)|\s*$))"
)
# a meeting told with no subject, the speaker being a party: "An important conversation also took place
# with …", "Talks were held with …", "In a conversation with the Prime Minister of Ireland, I …"
SUBJECTLESS = (
    r"\b(?:conversations?|calls?|talks|meetings?|negotiations)\s+(?:also\s+)?"
    r"(?:took\s+place|(?:was|were)\s+held)(?:\s+(?:today|yesterday|also))?\s+with\b"
    r"|\b(?<![\w,]\s)(?:[Ii]n|[Dd]uring)\s+(?:a|the|my|our)\s+(?:(?:tele)?phone\s+|video\s+)?"
    r"(?:conversation|call|talks|meeting)\s+(?:today\s+)?with\b"
    # … or told as what there was, or as the subject of what it was ("There were very substantive talks
    # with …", "The conversation with Prime Minister X was also important")
    r"|\b[Tt]here\s+(?:was|were)\s+(?:also\s+)?(?:an?\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:conversations?|calls?|talks|meetings?|negotiations|video\s?conferences?)\s+(?:today\s+|yesterday\s+)?with\b"
    r"|(?:^|(?<=[.!?]\s)|(?<=\n))(?:The|My|Our|A|An|Another|One\s+more)\s+(?:[\w-]+\s+){0,2}?(?:conversation|call|talks|meeting)\s+"
    r"(?:today\s+|yesterday\s+|also\s+)?(?:[-–—]\s+)?with\b"
    # … or thanked for it, the counterpart named between ("I thank President of A X Y for today's
    # conversation", "Thank you, X Y, for the talks"; not "Thanks for doing this call")
    r"|\b(?:[Tt]hank(?:s|\s+you)?|(?<=\b(?-i:I)\s)am\s+grateful\s+to|(?:(?<=\b(?-i:I)\s)|(?<=\b(?-i:We)\s))(?:also\s+)?"
    r"thanked)\b(?=,?\s+(?:the\s+)?(?-i:[A-Z][\w'’.-]*(?:\s+(?:of\s+|the\s+)*[A-Z][\w'’.-]*){1,6}),?\s+for\s+"
    r"(?:(?:today['’]s|the|our|this)\s+)?(?:[\w-]+\s+){0,2}?(?:conversation|talks|call|meeting|negotiations)\b)"
)
# … or as a line of names after a meeting noun, with no verb ("Talks with X, Y and Z.", "Inspirational
# conversation with X."), or after a verb with no subject ("Spoke with X."): tried at a sentence's start
LINE_TOLD = re.compile(
    r"\s*(?:(?:Today|Also)[:,]?\s+)?(?:[\w-]+\s+){0,2}?(?:[Tt]alks|[Nn]egotiations|[Cc]onversations?|[Cc]alls?|"
    rf"[Mm]eetings?|[Vv]ideo\s?conferences?)\s+(?:today\s+|yesterday\s+)?with\b(?={_NAMES_TO_END})"
    rf"|\s*(?:Also\s+)?(?:Spoke|Talked|Met)\s+(?:(?:today|also|again|by\s+phone)\s+)?with\b(?={_NAMES_TO_END})"
)
# a leader's address tells the day: "I spoke with …" in it, without "today", is the day's news too
ADDRESS = re.compile(r"(?i)\baddress\b")
FIRST_PERSON = re.compile(r"\b(?:I|[Ww]e)\b")


def told(title: str) -> bool:
    """A headline telling talks that took place ("Vladimir Putin had several telephone conversations with
    heads of CSTO member states"): its meetings are the release's news."""
    return bool(TOLD.search(title) and re.search(r"\bwith\b", title))


def told_as_news(date_sentence: str | None, title: str) -> bool:
    """Is a mention, whose date was read from `date_sentence` (None: dated by its release), the news
    of a release with this title?"""
    s = date_sentence or ""
    told_in_address = (
        TOLD.search(s) and FIRST_PERSON.search(s) or re.search(SUBJECTLESS, s) or LINE_TOLD.match(s)
    )
    return bool(
        (RECENT.search(s) and TOLD.search(s)) or (told_in_address and ADDRESS.search(title)) or told(title)
    )


def is_news(meeting: Meeting, title: str) -> bool:
    """`told_as_news` for a meeting mentioned in passing, from the sentence its date was read from."""
    said = next((st.evidence.text for st in meeting.evidence if st.field == "date" and st.evidence), None)
    return meeting.mentioned and told_as_news(said, title)
