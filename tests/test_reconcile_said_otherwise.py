"""Two sides telling one meeting in other words (issue 17): a group's joint statement saying its
leaders "met" a guest the other side says joined a video conference, and a title naming a side by
an office no reference post holds ("… Call with the Head of the Office of the President of Ukraine").
Each becomes one event with the other side's release; the look-alikes (another day, a meeting said to
be in person somewhere, another group, other officials, people named by no office) stay apart.
Releases written for these tests.
"""

from __future__ import annotations

from kg.queries import ask
from tests.helpers import UKRAINE, WHITE_HOUSE, publisher_release, reconciled_store, reported_together

WH, UA = WHITE_HOUSE, UKRAINE


# --- a group's statement that its leaders "met" a guest, who joined by video -----------------------------

STATEMENT = publisher_release(
    WH,
    "wh-g7-statement",
    "2022-05-08",
    "G7 Leaders' Statement",
    "We, the Leaders of the Group of Seven (G7), met today with President Volodymyr Zelenskyy of Ukraine. "
    "We stand united with Ukraine and commit to phase out our dependency on Russian energy.",
)
CONFERENCE = publisher_release(
    UA,
    "ua-g7",
    "2022-05-08",
    "Volodymyr Zelenskyy took part in a video conference of the leaders of the G7 countries",
    "President of Ukraine Volodymyr Zelenskyy took part in a video conference of the leaders of the Group "
    "of Seven countries. The Head of State thanked the partners for their support and called for an oil "
    "embargo.",
)


def test_a_groups_statement_that_its_leaders_met_a_guest_is_the_video_conference_he_tells(tmp_path):
    assert reported_together(tmp_path, [STATEMENT, CONFERENCE]) == [["ua-g7", "wh-g7-statement"]]


def test_the_side_by_side_view_shows_each_publishers_account_of_the_groups_meeting(tmp_path):
    """One event, one row per publisher, each with the mode its release gives (the statement's "met",
    the conference's video): where the accounts differ. On a day the reference data knows the group's
    leaders met by video (2022-05-08), both say video."""

    def said_modes(folder, day: str) -> list[tuple[str, str]]:
        statement = publisher_release(WH, "wh-g7-statement", day, STATEMENT.title, STATEMENT.text)
        conference = publisher_release(UA, "ua-g7", day, CONFERENCE.title, CONFERENCE.text)
        store = reconciled_store(folder, [statement, conference])
        try:
            rows = ask(store, "accounts-side-by-side").records()
        finally:
            store.close()
        assert len({r["event"] for r in rows}) == 1
        return sorted((r["publisher"], r["said_mode"]) for r in rows)

    assert said_modes(tmp_path / "s", "2022-04-20") == [(UA, "Video"), (WH, "InPerson")]
    assert said_modes(tmp_path / "t", "2022-05-08") == [(UA, "Video"), (WH, "Video")]


def test_a_groups_statement_stays_apart_from_a_video_conference_another_day_or_of_another_group(tmp_path):
    later = publisher_release(UA, "ua-g7-later", "2022-05-11", CONFERENCE.title, CONFERENCE.text)
    nine = publisher_release(
        UA,
        "ua-b9",
        "2022-05-08",
        "Volodymyr Zelenskyy took part in a video conference of the leaders of the Bucharest Nine",
        "President of Ukraine Volodymyr Zelenskyy took part in a video conference of the leaders of Poland, "
        "Romania, Bulgaria, the Czech Republic, Estonia, Hungary, Latvia, Lithuania and Slovakia. They "
        "discussed security on the eastern flank.",
    )
    assert reported_together(tmp_path, [STATEMENT, later, nine]) == []


def test_a_groups_leaders_said_to_meet_somewhere_in_person_are_not_a_video_conference(tmp_path):
    """A statement placing the leaders together (a visit, a city) says another meeting than a video
    conference of the same states the same day."""
    visit = publisher_release(
        WH,
        "wh-g7-visit",
        "2022-05-08",
        "G7 Leaders' Statement",
        "We, the Leaders of the Group of Seven (G7), met today in Berlin with President Volodymyr Zelenskyy "
        "of Ukraine, who arrived on a visit. We stand united with Ukraine.",
    )
    assert reported_together(tmp_path, [visit, CONFERENCE]) == []


# --- a side its title names by an office no reference post holds ------------------------------------------

OFFICE_CALL = publisher_release(
    WH,
    "wh-finer",
    "2022-05-12",
    "Statement by NSC Spokesperson Adrienne Watson on Principal Deputy National Security Advisor Jon Finer's "
    "Call with the Head of the Office of the President of Ukraine",
    "Today, Principal Deputy National Security Advisor Jon Finer spoke with the Head of the Office of the "
    "President of Ukraine. They discussed the delivery of security assistance.",
)
NAMED = publisher_release(
    UA,
    "ua-yermak-finer",
    "2022-05-12",
    "Andriy Yermak had a conversation with Jon Finer",
    "Head of the Office of the President of Ukraine Andriy Yermak had a phone conversation with US Principal "
    "Deputy National Security Advisor Jon Finer. They discussed the supply of weapons.",
)


def test_a_side_a_title_names_by_an_office_is_the_person_the_other_side_names(tmp_path):
    assert reported_together(tmp_path, [OFFICE_CALL, NAMED]) == [["ua-yermak-finer", "wh-finer"]]


def test_a_side_named_by_an_office_stays_apart_from_another_officials_call_or_another_day(tmp_path):
    other = publisher_release(
        UA,
        "ua-yermak-blinken",
        "2022-05-12",
        "Andriy Yermak had a conversation with Antony Blinken",
        "Head of the Office of the President of Ukraine Andriy Yermak had a phone conversation with US "
        "Secretary of State Antony Blinken. They discussed sanctions.",
    )
    later = publisher_release(UA, "ua-later", "2022-05-16", NAMED.title, NAMED.text)
    assert reported_together(tmp_path, [OFFICE_CALL, other, later]) == []


def test_people_a_title_names_by_no_office_are_not_the_other_sides_official(tmp_path):
    """ "… Call with Ukrainian Members of Parliament": people of that state, not its office holder."""
    members = publisher_release(
        WH,
        "wh-members",
        "2022-05-12",
        "Statement by NSC Spokesperson Adrienne Watson on Principal Deputy National Security Advisor Jon "
        "Finer's Call with Ukrainian Members of Parliament",
        "Today, Principal Deputy National Security Advisor Jon Finer spoke with Ukrainian members of "
        "parliament. They discussed the delivery of security assistance.",
    )
    assert reported_together(tmp_path, [members, NAMED]) == []


ROLE = publisher_release(
    UA,
    "ua-role",
    "2022-05-20",
    "Andriy Yermak had a phone conversation with the US National Security Advisor",
    "Head of the Office of the President of Ukraine Andriy Yermak had a phone conversation with the National "
    "Security Advisor to the President of the United States. They discussed the supply of weapons.",
)


def test_a_counterpart_named_by_his_office_is_the_holder_the_other_side_names_with_it(tmp_path):
    named = publisher_release(
        WH,
        "wh-sullivan",
        "2022-05-20",
        "Statement by NSC Spokesperson Adrienne Watson on National Security Advisor Jake Sullivan's Call "
        "with Head of the Presidential Office Andriy Yermak of Ukraine",
        "Today, National Security Advisor Jake Sullivan spoke with Andriy Yermak. They discussed security "
        "assistance.",
    )
    assert reported_together(tmp_path, [ROLE, named]) == [["ua-role", "wh-sullivan"]]


def test_a_counterpart_named_by_his_office_is_not_another_official_of_that_state(tmp_path):
    """The same day, the same Ukrainian, a call: the Secretary of State's is not the National Security
    Advisor's (the office's words are not the other release's)."""
    blinken = publisher_release(
        WH,
        "wh-blinken",
        "2022-05-20",
        "Secretary Blinken's Call with Head of the Presidential Office Andriy Yermak of Ukraine",
        "Secretary of State Antony J. Blinken spoke today with Andriy Yermak. They discussed sanctions.",
    )
    assert reported_together(tmp_path, [ROLE, blinken]) == []
