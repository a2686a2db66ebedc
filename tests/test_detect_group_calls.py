"""A call or meeting of the day with a group's leaders, none named, that remarks, a briefing or an
address with no meeting of its own tells (CONVENTIONS 1, 4, 25): held, the speaker (or the publisher's
leader) the one person, the group's member states the countries. The releases are written for the test."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Document
from tests.helpers import wh_release

DAY = date(2022, 2, 18)


def _remarks(
    text: str, title: str = "Remarks by President Biden Providing an Update on the Economy"
) -> Document:
    return wh_release(title, text, DAY)


def _held(doc: Document) -> list:
    return [m for m in extract(doc).meetings if m.status == "held" and (not m.mentioned or m.news)]


def test_the_days_call_with_a_groups_leaders_in_remarks_is_held_with_the_members_states():
    text = (
        "THE PRESIDENT: Good afternoon. Earlier today, I spoke with the heads of state of our NATO Allies. "
        "We are united.\n\nThank you."
    )
    (m,) = _held(_remarks(text))
    countries = {c.props.get("iso") for c in m.countries}
    assert {"US", "DE", "FR", "PL"} <= countries and len(countries) >= 28
    assert [p.label for p in m.participants] == ["Joseph R. Biden, Jr."]
    assert m.date == DAY


def test_a_briefing_telling_the_presidents_call_with_g7_leaders_this_morning_is_held():
    text = (
        "MS. PSAKI: Good afternoon. This morning, the President spoke with G7 leaders about Ukraine.\n\n"
        "Q: Thanks."
    )
    (m,) = _held(_remarks(text, "Press Briefing by Press Secretary Jen Psaki"))
    assert {"US", "JP", "CA"} <= {c.props.get("iso") for c in m.countries}
    assert not [p for p in m.participants if p.label != "Joseph R. Biden, Jr."]


def test_a_call_to_come_a_habit_or_another_officials_meeting_is_no_meeting_of_the_release():
    for text in (
        "THE PRESIDENT: Good afternoon. Later today, I will speak with the leaders of the G7.\n\nThank you.",
        "THE PRESIDENT: Good afternoon. Every week I speak with our NATO Allies.\n\nThank you.",
        "THE PRESIDENT: Good afternoon. Today, Secretary Blinken met with his G7 counterparts.\n\nThank you.",
        "THE PRESIDENT: Good afternoon. Today I met with the mayors of our biggest cities.\n\nThank you.",
    ):
        assert not _held(_remarks(text)), text


def test_the_sentence_screen_keeps_every_sentence_that_may_tell_the_call():
    from kg.extract.detect_group_calls import _holding_words, _may_tell
    from kg.extract.sentences import split_sentences

    text = (
        "Earlier today, I spoke with the leaders of our Alliance. Tonight we thank our partners. "
        "The heads of state met this morning. This evening is calm. Our counterparts came. TODAY, ALLIES!"
    )
    low = text.lower()
    sents = split_sentences(text)
    kept = _holding_words(low, sents)
    told = [s for s in sents if _may_tell(s.text)]
    assert told and all(s in kept for s in told)
    assert [s.text for s in kept] == [s.text for s in told]  # (words inside one sentence each here)
