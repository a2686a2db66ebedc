"""The finders of a meeting a release tells further down than its title and lead.

`kg.extract.pipeline.find_meetings` tries them in turn when the title and lead tell no meeting and
no press call's opening announces one; the first that finds one wins.
"""

from __future__ import annotations

from collections.abc import Callable

from kg.extract import (
    detect_abroad,
    detect_ahead,
    detect_briefing,
    detect_fact,
    detect_statement,
    leaders_speaking,
)
from kg.extract.detect_cues import Detection
from kg.extract.doc import opening_sentences
from kg.model import Document
from kg.reference import Reference

# (each reads the release and the reference data: the publisher's own leaders)
BODY_FINDERS: tuple[Callable[[Document, Reference], Detection | None], ...] = (
    # a joint statement telling its authors' meeting after its preamble
    lambda d, _: detect_statement.statement_meeting(d.title, opening_sentences(d)),
    # a fact sheet telling the day's meeting after its lead
    lambda d, _: detect_fact.fact_sheet_body_meeting(d.title, opening_sentences(d)),
    # … or the leader's attendance at the summit it is on
    lambda d, _: detect_fact.fact_sheet_body_attendance(d.title, opening_sentences(d)),
    detect_briefing.briefing_exchange,  # a daily briefing's exchange on the day's meeting
    # a leader's own press conference abroad: its opening remarks' meetings there
    lambda d, _: detect_abroad.press_conference_abroad(d.title, opening_sentences(d)),
    lambda d, _: leaders_speaking.speakers_meeting(d),  # a transcript of leaders taking turns
    detect_ahead.meeting_ahead,  # a release on something else announcing its leader's meeting ahead
)
