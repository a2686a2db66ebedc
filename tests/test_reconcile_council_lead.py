"""A leader's part in a body's meeting told in the lead of a release with a meeting of its own ("Volodymyr
Zelenskyy addressed the meeting of the European Council via video link. Chancellor X, President Y and
Prime Minister Z took part in the discussion."): the meeting is the body's leaders' meeting, so it joins
the other publisher's account of that meeting (issue 17), though it names the body's members and the
other names none. Look-alike: the body's President met in talks of his own.
Releases written for these tests.
"""

from __future__ import annotations

from pathlib import Path

from kg.extract import extract
from tests.helpers import UKRAINE, WHITE_HOUSE, publisher_release, reported_together

COUNCIL = publisher_release(
    WHITE_HOUSE,
    "wh-council",
    "2022-03-24",
    "Joint Readout by the United States and the European Council",
    "Today, the European Council was joined by President Joseph R. Biden, Jr. of the United States. The "
    "leaders discussed the joint response of the European Union and the United States to Russia’s war "
    "against Ukraine. They weighed further costs on Russia and Belarus and help for the refugees.",
)


def _ua(key: str, title: str, text: str):
    return publisher_release(UKRAINE, key, "2022-03-24", title, text)


MEMBERS_IN_LEAD = _ua(
    "ua-members",
    "President of Ukraine addressed European leaders",
    "Volodymyr Zelenskyy addressed the meeting of the European Council via video link. Chancellor Olaf "
    "Scholz, President Emmanuel Macron and Prime Minister Mario Draghi took part in the discussion.",
)


def _event(doc) -> str | None:
    (m,) = [m for m in extract(doc).meetings if not m.mentioned]
    return m.event.label if m.event else None


def test_a_part_in_the_councils_meeting_told_in_the_lead_is_at_that_meeting():
    assert _event(MEMBERS_IN_LEAD) == "European Council meeting"
    addressed = _ua(
        "ua-addressed",
        "Evening address of the President",
        "Today Volodymyr Zelenskyy addressed the European Council via video link. He spoke with President "
        "Emmanuel Macron of France and Chancellor Olaf Scholz of Germany about sanctions.",
    )
    assert _event(addressed) == "European Council meeting"


def test_the_councils_members_account_joins_the_other_publishers(tmp_path: Path):
    assert reported_together(tmp_path, [COUNCIL, MEMBERS_IN_LEAD]) == [["ua-members", "wh-council"]]


def test_talks_with_the_councils_president_are_no_council_meeting():
    president = _ua(
        "ua-michel",
        "Volodymyr Zelenskyy met with Charles Michel",
        "Volodymyr Zelenskyy met with the President of the European Council Charles Michel in Kyiv. They "
        "discussed the candidate status of Ukraine.",
    )
    assert _event(president) != "European Council meeting"
