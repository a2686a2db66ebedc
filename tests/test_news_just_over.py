"""A meeting told as just over is the day's news (kg.extract.news RECENT): a spokesman's "the President
just spoke with …" in a briefing, talks "just wrapped"; not a speaker's loose "I just met with …" of talks
days before. Texts written here in the manner of the transcripts."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from tests.helpers import wh_release

OPENING = "James S. Brady Press Briefing Room\n\n1:10 P.M. EDT\n\nMS. PSAKI: Hi, everyone. "


def _counted(title: str, text: str) -> list:
    doc = wh_release(title, text, date(2022, 3, 4))
    return [m for m in extract(doc, skip=("learned detection",)).meetings if not m.mentioned or m.news]


def test_a_spokesman_telling_the_president_just_spoke_with_a_leader_tells_the_day_s_meeting():
    text = OPENING + (
        "A couple of items at the top. As you know, the President just spoke with Chancellor Olaf Scholz of "
        "Germany about the sanctions. They agreed to keep coordinating. Then the weather in Ohio."
    )
    counted = _counted("Press Briefing by Press Secretary Jen Psaki, March 4, 2022", text)
    assert len(counted) == 1 and "Olaf Scholz" in {p.label for p in counted[0].participants}


def test_a_speaker_s_loose_i_just_met_with_is_no_news_of_the_day():
    text = (
        "East Room\n\n2:15 P.M. EDT\n\nTHE PRESIDENT: Good afternoon. We have a deal on roads and bridges. "
        "And I just met with Putin, and I told him where we stand on cyberattacks. Now, to the roads."
    )
    assert not _counted("Remarks by President Biden on the Roads and Bridges Framework", text)
