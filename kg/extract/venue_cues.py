"""Word patterns that tell where a meeting was or was not held, read by kg.extract.places: a named
residence or palace, a site set off before its city, a time word after a place's name, the place
where a plan was told."""

from __future__ import annotations

import re

# a lower-case word after a capitalized name: more of the name ("in Foo region"), but for a day
# ("in Calgary yesterday")
LOWER_AFTER = re.compile(r"[ \t]+(?!(?:yesterday|today|tonight)\b)[a-z]")


# a named residence or palace where the meeting is held ("are holding a trilateral meeting at the
# Syniohora State Residence", "began in Poland on the territory of the Wisła Residence"); not one
# named by its kind alone ("the Presidential Palace"): the city names that one
RESIDENCE = re.compile(
    r"\b(?:at|in|on\s+the\s+territory\s+of)\s+(?:the\s+)?((?:[A-Z][\w'’-]+\s+){1,3}(?:Residence|Palace|Castle|Estate|Manor))\b"
)
GENERIC_RESIDENCE = re.compile(
    r"(?:(?:Presidential|President['’]s|State|Royal|Official|Government|Country|Summer|Winter)\s+)+\w+"
)
MEETING_WORD = re.compile(
    r"(?i)\b(?:met|meet|meets|meeting|talks|held|holding|hosted|received|summit|negotiations)\b"
)

# (a palace, not a residence named after its estate: "the Syniohora State Residence" stays whole)
TOWN_BEFORE_PALACE = re.compile(r"([A-Z][\w'’-]+)\s+(?=Presidential\s+Palace$)")


# where a plan was told, not where it will be ("…, the minister told a press conference in Ankara")
TOLD_THERE = re.compile(
    r"(?i)\b(?:(?:told|said|announced|stated)(?:\s+(?:reporters|journalists|(?:a|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:briefing|press\s+conference|news\s+conference)))?|(?:at|during)\s+(?:a|the)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:briefing|press\s+conference|news\s+conference))\s+(?:in|at)\s+(?:the\s+)?$"
)


# a site of the city named after it ("at the State House, Abuja", "at the Presidential Villa, Abuja")
SITE_BEFORE = re.compile(
    r"\b(?:at|in)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+){0,3}"
    r"(?:House|Palace|Residence|Complex|Hall|Building|Centre|Center|Headquarters|Villa|Lodge|Mansion)\s*,\s+$"
)


# the vague time of a release's own meeting, opening or closing its first sentence ("Last week, the
# President met … in Paris", "… met … in Kampala earlier this week"): the meeting's time, not another
_OWN_PERIOD = re.compile(
    r"(?i)^\W*(?:last|earlier\s+this|this\s+past|over\s+the|at\s+the)\s+(?:week|weekend|month)\s*,?|"
    r"\s(?:last|earlier\s+this|over\s+the)\s+(?:week|weekend|month)(?=\s*\.?\s*$)"
)


def own_period_blanked(text: str) -> str:
    """`text` with its own vague time (_OWN_PERIOD) blanked out, offsets kept."""
    return _OWN_PERIOD.sub(lambda m: " " * len(m.group()), text)


# a city visited where the visitor met the other side ("The deputy adviser visited Buenos Aires and met with
# senior members of …"): the visit's city is the meeting's venue, told right after it
VISITED_AND_MET = re.compile(
    r"(?:\s+and|,\s+where\s+(?:he|she|they))\s+(?:also\s+)?(?:met|held\s+talks|spoke\s+with)\b"
)


# a wire's "here", the city of its dateline, said of the meeting ("PUTRAJAYA, March 5 (Bernama) -- … held
# talks with … at Perdana Putra here today", "… met here on Sunday"): the dateline is the venue
WIRE_HERE = re.compile(
    r"\bhere\s+(?:today|yesterday|tonight|this\s+(?:morning|afternoon|evening|week)|on\s+[A-Z]\w+)\b|"
    r"\b(?:held|met|meet|received|hosted|arrived|welcomed|talks|meeting)\s+here\b"
)
