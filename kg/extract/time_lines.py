"""A transcript's time line ("8:25 P.M. EDT", the time of day its remarks began, and its zone) against
its publication stamp: was it given the day before (an evening's remarks published the next
morning) or on its release day?"""

from __future__ import annotations

import re
from datetime import datetime, time, timedelta, timezone
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from kg.model import Document

# a transcript's time line ("8:25 P.M. EDT"): the time of day the remarks began, and its zone
TIME_LINE = re.compile(r"(?m)^\s*(\d{1,2}):(\d{2})\s*([AP])\.?M\.?\s+([A-Z]{2,5})\s*$")
# the hours from UTC of the zones a time line names
ZONES = {
    **{"EDT": -4, "EST": -5, "CDT": -5, "CST": -6, "MDT": -6, "MST": -7, "PDT": -7, "PST": -8},
    **{"GMT": 0, "BST": 1, "CET": 1, "CEST": 2, "EET": 2, "EEST": 3, "JST": 9, "KST": 9},
}


def time_line(document: Document) -> datetime | None:
    """When a transcript's time line says its remarks began, on its release date in the line's zone."""
    m = TIME_LINE.search(document.text[:400])
    if m is None or m.group(4) not in ZONES:
        return None
    hour = int(m.group(1)) % 12 + (12 if m.group(3).upper() == "P" else 0)
    zone = timezone(timedelta(hours=ZONES[m.group(4)]))
    return datetime.combine(document.date, time(hour, int(m.group(2))), zone)


def given_day_before(document: Document) -> bool:
    """Was the transcript `document` holds given the day before its publication stamp, by the time
    line in the stamp's zone: evening remarks published the next morning (the state dinner at 8:25
    P.M., published at 11:33), or afternoon ones published in the small hours (a background call at
    5:09 P.M. released under embargo at 5:00 the next morning)? A page may be created hours before
    the remarks it will hold (1:34 P.M. remarks on a page published at 11:25 that day). (CONVENTIONS
    41 keys an evening event's release by its release date; the graph keeps the day it was held, so
    that the dinner joins the day's talks.)"""
    published = document.published
    if published is None or published.date() != document.date or "M." not in document.text[:400]:
        return False
    given = time_line(document)
    if given is None or published.utcoffset() is None or published.utcoffset() != given.utcoffset():
        return False  # remarks abroad ("7:20 P.M. CEST", published in Washington time): not comparable
    hour = given.hour
    return (hour >= 18 and published.hour < 12) or (hour >= 12 and published.hour < 7)


def held_on_release_day(document: Document) -> bool:
    """Was the transcript given on its release day: its time line ("7:05 P.M. EDT") is before its
    publication (not a call of the evening before, published the next morning)?"""
    published, given = document.published, time_line(document)
    return (
        published is not None
        and published.utcoffset() is not None
        and given is not None
        and given <= published
    )
