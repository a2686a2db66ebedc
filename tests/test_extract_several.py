"""Several meetings in one release: successive talks, each with its own counterpart, are split; a
multilateral session stays one meeting. The releases are written for the test."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.model import Document, Meeting


def _doc(title: str, text: str) -> Document:
    return Document(
        "ukraine-csv", "zelenskyy.csv#1", title, text, date(2022, 2, 20), publisher="President of Ukraine"
    )


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
    ex = extract(_doc("President of Ukraine held a number of bilateral meetings in Munich", THREE_BILATERALS))
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
        _doc(
            "President of Ukraine took part in the Lublin Triangle summit",
            "President of Ukraine Volodymyr Zelenskyy took part in a summit with President of Poland Andrzej "
            "Duda and President of Lithuania Gitanas Nausėda. "
            "During the plenary session with the leaders of Poland and Lithuania, the President of Ukraine "
            "called for stronger regional security cooperation. "
            "The leaders of Ukraine, Poland and Lithuania adopted a joint declaration on energy security.",
        )
    )
    assert [sorted(_people(m)) for m in ex.meetings] == [
        ["Andrzej Duda", "Gitanas Nausėda", "Volodymyr Zelenskyy"]
    ]
    assert {c.key for c in ex.meetings[0].countries} == {"UA", "PL", "LT"}
