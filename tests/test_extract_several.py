"""Several meetings in one release: successive talks, each with its own counterpart, are split; a
multilateral session stays one meeting. The releases are written for the test."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Document, Meeting
from tests.helpers import ua_release


def _people(m: Meeting) -> set[str]:
    return {p.label for p in m.participants}


THREE_BILATERALS = (
    "On the sidelines of the Munich Security Conference, President of Ukraine Volodymyr Zelenskyy held a "
    "series of meetings with leaders of partner states. "
    "During the talks with US Vice President Kamala Harris, the President of Ukraine thanked the United "
    "States for its defense assistance. The parties discussed security guarantees and sanctions.\n\n"
    "During a meeting with German Chancellor Olaf Scholz, the President stressed the importance of the "
    "Normandy format. The leaders discussed energy security and gas transit.\n\n"
    "Volodymyr Zelenskyy also held a meeting with Prime Minister of the Republic of Bulgaria Kiril Petkov. "
    "The parties discussed European integration and trade."
)


def test_three_successive_bilaterals_are_three_meetings_with_their_own_counterparts():
    ex = extract(
        ua_release(
            "President of Ukraine held a number of bilateral meetings in Munich",
            THREE_BILATERALS,
            released=date(2022, 2, 20),
        )
    )
    found = sorted(sorted(_people(m)) for m in ex.meetings)
    assert found == [
        ["Kamala Harris", "Volodymyr Zelenskyy"],
        ["Kiril Petkov", "Volodymyr Zelenskyy"],
        ["Olaf Scholz", "Volodymyr Zelenskyy"],
    ]
    by_counterpart = {next(iter(_people(m) - {"Volodymyr Zelenskyy"})): m for m in ex.meetings}
    assert {c.key for c in by_counterpart["Kamala Harris"].countries} == {"UA", "US"}
    assert {c.key for c in by_counterpart["Olaf Scholz"].countries} == {"UA", "DE"}
    assert {c.key for c in by_counterpart["Kiril Petkov"].countries} == {"UA", "BG"}
    # each meeting's evidence is read from its own paragraph
    scholz = by_counterpart["Olaf Scholz"]
    assert any("Normandy" in f.label for f in scholz.frameworks)
    assert not any("Normandy" in f.label for f in by_counterpart["Kamala Harris"].frameworks)
    sentences = {st.evidence.text for st in scholz.evidence if st.field == "participant" and st.evidence}
    assert sentences and all("Scholz" in s for s in sentences)
    assert all(m.status == "held" and m.date == date(2022, 2, 20) for m in ex.meetings)


def test_a_summit_of_several_leaders_stays_one_meeting():
    ex = extract(
        ua_release(
            "President of Ukraine took part in the Lublin Triangle summit",
            "President of Ukraine Volodymyr Zelenskyy took part in a summit with President of Poland Andrzej "
            "Duda and President of Lithuania Gitanas Nausėda. "
            "During the plenary session with the leaders of Poland and Lithuania, the President of Ukraine "
            "called for stronger regional security cooperation. "
            "The leaders of Ukraine, Poland and Lithuania adopted a joint declaration on energy security.",
            released=date(2022, 2, 20),
        )
    )
    assert [sorted(_people(m)) for m in ex.meetings] == [
        ["Andrzej Duda", "Gitanas Nausėda", "Volodymyr Zelenskyy"]
    ]
    assert {c.key for c in ex.meetings[0].countries} == {"UA", "PL", "LT"}


def test_a_statement_on_a_summit_and_the_call_right_after_it_gives_both_meetings():
    """One release, two meetings (issue 17): "Statement of the President on the NATO Summit and Call with
    President Zelenskyy". The summit is the leaders' of the Allies; the call is the President's with
    Zelenskyy alone, told as following the summit."""
    doc = Document(
        "whitehouse",
        "statement-nato-call",
        "Statement of the President on the NATO Summit and Call with President Zelenskyy",
        "Today I met with fellow leaders from our NATO Allies to discuss our shared commitment to "
        "collective defense and Transatlantic security. NATO is once again demonstrating that it stands "
        "for freedom and democracy.\n\n"
        "Immediately after the NATO Summit, I spoke with President Zelenskyy of Ukraine. I commended the "
        "brave actions of the Ukrainian people who were fighting to defend their country.",
        date(2022, 2, 25),
        publisher="The White House",
    )
    summit, call = sorted(extract(doc).meetings, key=lambda m: len(m.participants))
    assert _people(call) == {"Joseph R. Biden, Jr.", "Volodymyr Zelenskyy"} and call.event is None
    assert "NATO Summit" not in [f.label for f in call.frameworks]  # the summit it followed: no framework
    assert _people(summit) == {"Joseph R. Biden, Jr."}
    assert {"DE", "FR", "US"} <= {c.key for c in summit.countries} and "UA" not in {
        c.key for c in summit.countries
    }
    assert summit.event is not None and "NATO" in summit.event.label


def test_a_reporters_question_about_other_talks_is_no_meeting_of_its_own():
    text = (
        "Press conference. President of Ukraine Volodymyr Zelenskyy held talks with German Chancellor "
        "Olaf Scholz in Kyiv. The leaders discussed energy security.\n\n"
        "Question: Will the President also meet with Prime Minister of the Republic of Bulgaria Kiril Petkov?"
    )
    ex = extract(
        ua_release(
            "President of Ukraine held talks with the Federal Chancellor of Germany",
            text,
            released=date(2022, 2, 20),
        )
    )
    assert [sorted(_people(m)) for m in ex.meetings if not m.mentioned] == [
        ["Olaf Scholz", "Volodymyr Zelenskyy"]
    ]
