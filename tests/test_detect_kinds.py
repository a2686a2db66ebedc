"""Meeting detection on the kinds of releases issue 14 names (written here in the manner of any
government or news agency, not copied from a keyed release): a news agency's president with his
own audiences, working-level meetings, summits, planned sessions, foreign companies and envoys."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.learned import rules_status
from kg.extract.publisher import home_country
from kg.reference import load_reference
from tests.helpers import release

DAY = date(2024, 6, 1)
# a news site whose address and publisher name tell no country
AGENCY = {"reader": "jsonl", "publisher": "The Astana Times", "url": "https://astanatimes.com/2024/x"}


def _status(title: str, text: str, **src: str) -> str:
    return rules_status(extract(release(title, text, DAY, **(src or AGENCY))).meetings)


def test_a_news_agency_s_country_is_that_of_the_leader_heading_its_release():
    ref = load_reference()
    assert (
        home_country(release("Tokayev meets with newly elected mayors", "Text.", DAY, **AGENCY), ref) == "KZ"
    )
    assert (
        home_country(
            release("Talks held", "ASTANA – President Kassym-Jomart Tokayev met mayors.", DAY, **AGENCY), ref
        )
        == "KZ"
    )
    # a person named further in, not heading the title, tells nothing
    assert (
        home_country(release("Mayors elected across the country meet Tokayev", "Text.", DAY, **AGENCY), ref)
        is None
    )


def test_a_news_agency_s_president_with_his_own_officials_mayors_or_athletes_is_no_meeting():
    for title, text in [
        (
            "Tokayev meets with newly elected mayors",
            "ASTANA – President Kassym-Jomart Tokayev met with newly "
            "elected mayors of districts and cities on Jan. 5. He urged them to focus on residents' needs.",
        ),
        (
            "Tokayev receives State Counselor Yerlan Karin",
            "ASTANA – President Kassym-Jomart Tokayev received "
            "State Counselor Yerlan Karin on March 3, who briefed him on the President's instructions.",
        ),
        (
            "Tokayev chairs Security Council meeting",
            "ASTANA – President Kassym-Jomart Tokayev held a meeting of "
            "the Security Council on Feb. 1 to discuss the situation in Afghanistan and border security.",
        ),
        (
            "Tokayev meets national team athletes",
            "ASTANA – President Kassym-Jomart Tokayev met with the "
            "athletes who won medals at the Asian Games in Hangzhou, China, and thanked them.",
        ),
    ]:
        assert _status(title, text) == "none", title
    # … while his talks with a foreign leader stay a meeting
    assert (
        _status(
            "Tokayev, Mirziyoyev hold talks in Tashkent",
            "TASHKENT – President Kassym-Jomart Tokayev "
            "and Uzbek President Shavkat Mirziyoyev held talks in Tashkent on Dec. 22.",
        )
        == "held"
    )


GOV = {
    "reader": "jsonl",
    "publisher": "Ministry of Foreign Affairs of Japan",
    "url": "https://www.mofa.go.jp/x",
}
KZ = {"reader": "jsonl", "publisher": "Kazinform", "url": "https://www.inform.kz/en/x"}


def test_a_title_announcing_talks_in_any_wording_is_a_planned_meeting():
    title = "On November 30, Vladimir Putin will have talks with President of Vietnam Nguyen Xuan Phuc"
    text = "The presidents will discuss the comprehensive strategic partnership between Russia and Vietnam."
    assert (
        _status(title, text, reader="kremlin-csv", publisher="President of Russia (kremlin.ru)") == "planned"
    )


def test_a_leader_announced_at_a_session_of_an_international_body_is_a_planned_meeting():
    title = "On June 3, Tokayev will take part in the session of the Supreme Eurasian Economic Council"
    assert _status(title, "The participants plan to review the EAEU's activities.", **KZ) == "planned"
    text = (
        "The President will take part in an extraordinary session of the Collective Security Council of "
        "the Collective Security Treaty Organization (CSTO), which will be held by videoconference."
    )
    assert _status("Announcement", text, **KZ) == "planned"


def test_a_working_level_dialogue_told_in_the_passive_is_a_meeting():
    text = (
        "The fifth Japan-China High-Level Economic Dialogue was held in Beijing on April 2. The meeting was "
        "co-chaired by Foreign Minister Hayashi Yoshimasa and Vice Premier He Lifeng."
    )
    assert _status("Japan-China High-Level Economic Dialogue", text, **GOV) == "held"


def test_a_summit_whose_name_carries_its_acronym_is_a_meeting():
    text = (
        "On November 25, Prime Minister Fumio Kishida attended the 15th Asia-Europe Meeting (ASEM) Summit "
        "in Phnom Penh. Leaders of 51 countries took part."
    )
    assert _status("The 15th ASEM Summit", text, **GOV) == "held"


def test_foreign_ambassadors_presenting_credentials_are_received_in_a_meeting():
    text = (
        "ASTANA. KAZINFORM - Head of State Kassym-Jomart Tokayev received credentials from newly appointed "
        "ambassadors of 12 foreign states, including Ambassador of Japan Yamada Jun."
    )
    assert _status("Head of State receives credentials of foreign ambassadors", text, **KZ) == "held"


def test_a_minister_reporting_on_preparations_for_a_visit_is_no_meeting_nor_an_announcement():
    text = (
        "ASTANA. KAZINFORM - Head of State Kassym-Jomart Tokayev received Foreign Minister Murat Nurtleu, "
        "who "
        "reported on the results of his visits to Brazil and Argentina and the preparations for the upcoming "
        "visit of the President of France."
    )
    assert _status("Head of State receives Foreign Minister", text, **KZ) == "none"


WH = {"reader": "whitehouse", "publisher": "The White House", "url": "https://www.whitehouse.gov/x"}
MODERATOR = (
    "Via Teleconference\n\n12:08 P.M. CET\n\nMODERATOR: Thanks, everyone, for joining. I'll turn it over to "
    "our speaker to get us started."
)


def test_a_press_call_on_a_leader_s_meetings_announces_them_and_one_on_his_calls_reports_them():
    ahead = "Background Press Call on President Biden’s Meetings with the G7 and the European Council"
    after = "Background Press Call by a Senior Official on President Biden’s Call with President Putin"
    assert _status(ahead, MODERATOR, **WH) == "planned"
    assert _status(after, MODERATOR, **WH) == "held"
    # a press call on a domestic matter stays no meeting
    assert (
        _status(
            "Background Press Call on the President’s Actions to Tackle the Climate Crisis", MODERATOR, **WH
        )
        == "none"
    )


def test_several_calls_a_consultation_and_a_summit_joined_by_video_are_meetings():
    kremlin = {"reader": "kremlin-csv", "publisher": "President of Russia (kremlin.ru)"}
    calls = (
        "On January 6–7, Vladimir Putin had several telephone conversations with heads of the Collective "
        "Security Treaty Organisation member states. He spoke with President of Kyrgyzstan Sadyr Japarov."
    )
    assert _status("Telephone conversations with CSTO leaders", calls, **kremlin) == "held"
    summit = (
        "Vladimir Putin took part, via video link, in the Asia-Pacific Economic Cooperation (APEC) summit"
    )
    assert _status("APEC summit", summit, **kremlin) == "held"
    ukraine = {"reader": "ukraine-csv", "publisher": "President of Ukraine (president.gov.ua)"}
    consultation = (
        "Deputy Head of the Office of the President of Ukraine Ihor Zhovkva held an online consultation with "
        "Foreign Policy Adviser to the Prime Minister of the Republic of Estonia Liis Lipre-Järma."
    )
    assert _status("Zhovkva discusses security with Estonian adviser", consultation, **ukraine) == "held"


def test_a_speech_at_a_session_of_an_international_body_is_the_leader_s_part_in_a_meeting():
    ukraine = {"reader": "ukraine-csv", "publisher": "President of Ukraine (president.gov.ua)"}
    speech = "Greetings to all of you, greetings to all our friends!"
    title = "Speech by President of Ukraine Volodymyr Zelenskyy at a meeting of the European Council"
    assert _status(title, speech, **ukraine) == "held"
    # a meeting of a council at home is no meeting of states
    title = "Remarks by President Biden at the Third Meeting of the White House Competition Council"
    assert _status(title, "THE PRESIDENT: Thank you all for being here.", **WH) == "none"


def test_another_state_s_lawmakers_and_a_foreign_company_s_head_are_counterparts():
    ukraine = {"reader": "ukraine-csv", "publisher": "President of Ukraine (president.gov.ua)"}
    text = (
        "President of Ukraine Volodymyr Zelenskyy held a video meeting with a group of more than 20 U.S. "
        "senators and congressmen. During the talk, the situation in eastern Ukraine was discussed."
    )
    assert _status("Zelenskyy holds video meeting with group of lawmakers", text, **ukraine) == "held"
    text = (
        "ASTANA – President Kassym-Jomart Tokayev met with Chevron Chairman and CEO Mike Wirth on Sept. 5 to "
        "discuss the company's projects in Kazakhstan, including the Tengiz expansion."
    )
    assert _status("Tokayev meets with Chevron CEO", text) == "held"
    # the head of a company of the publisher's own state is no counterpart
    kremlin = {"reader": "kremlin-csv", "publisher": "President of Russia (kremlin.ru)"}
    text = "Vladimir Putin had a working meeting with Sberbank CEO German Gref. The results were reviewed."
    assert _status("Meeting with Sberbank CEO German Gref", text, **kremlin) == "none"


def test_a_leader_at_a_domestic_summit_or_debriefed_on_a_trip_has_no_meeting():
    venue = "University of Hartford West Hartford, Connecticut\n\nTHE PRESIDENT: Thank you all very much."
    assert (
        _status("Remarks by President Biden at the National Safer Communities Summit", venue, **WH) == "none"
    )
    text = (
        "2:32 P.M. EDT\n\nMODERATOR: Good afternoon, everyone. Welcome to a briefing to discuss the National "
        "Security Advisor’s trip to Brazil and Argentina. We are joined by our Senior Director today."
    )
    title = "On-the-Record Press Call by NSC Senior Director Juan Gonzalez on Official Travel to Brazil"
    assert _status(title, text, **WH) == "none"


def test_a_foreign_state_named_in_whom_a_meeting_was_with_is_its_counterpart():
    text = (
        "Principal Deputy National Security Advisor Jon Finer met today with Members of the Presidency of "
        "Bosnia and Herzegovina Zeljka Cvijanovic, Zeljko Komsic, and Denis Becirovic."
    )
    assert (
        _status("Readout of Principal Deputy National Security Advisor Jon Finer’s meeting", text, **WH)
        == "held"
    )
    # not the state of someone the people met are related to, nor a meeting only wished for
    text = (
        "Today, President Biden met with Joey and Paula Reed, the parents of Trevor Reed, who is wrongfully "
        "detained in Russia."
    )
    assert _status("Statement on President Biden’s Meeting with Joey and Paula Reed", text, **WH) == "none"


def test_a_body_s_inaugural_joint_statement_and_an_official_s_meetings_on_a_trip_are_meetings():
    text = (
        "September 29, 2021 Pittsburgh, Pennsylvania\n\nThe inaugural meeting of the Trade and Technology "
        "Council took place in Pittsburgh today, co-chaired by the two sides' ministers."
    )
    assert _status("U.S.-EU Trade and Technology Council Inaugural Joint Statement", text, **WH) == "held"
    text = (
        "Deputy National Security Advisor Anne Neuberger traveled to the Republic of Korea July 25-27. "
        "During "
        "her meetings with Korean counterparts, she highlighted cooperation on cyber issues."
    )
    title = (
        "Statement by NSC Spokesperson on Deputy National Security Advisor Anne Neuberger’s Travel to Korea"
    )
    assert _status(title, text, **WH) == "held"


def test_the_learned_detection_does_not_undo_a_meeting_of_known_leaders_of_two_states():
    from kg.model import Entity, Meeting

    def leader(name: str, iso: str) -> Entity:
        return Entity("person", name, name, [], f"Q{len(name)}", {"country": iso})

    from kg.extract.learned import leaders_of_two_states

    two = Meeting("held", participants=[leader("Volodymyr Zelenskyy", "UA"), leader("Olaf Scholz", "DE")])
    one = Meeting("held", participants=[leader("Volodymyr Zelenskyy", "UA"), leader("Denys Shmyhal", "UA")])
    assert leaders_of_two_states([two]) and not leaders_of_two_states([one])


def test_a_dignitary_met_and_a_forum_s_leaders_meeting_announced_are_meetings():
    text = "Today, President Biden met with His All-Holiness Ecumenical Patriarch Bartholomew."
    assert _status("Readout of President Biden’s Meeting with the Ecumenical Patriarch", text, **WH) == "held"
    text = (
        "President Joe Biden will host a virtual leader-level meeting of the Major Economies Forum on "
        "Energy and Climate (MEF) on June 17, 2022."
    )
    title = "President Joe Biden will Host Major Economies Forum on Energy and Climate Leaders Meeting"
    assert _status(title, text, **WH) == "planned"


def test_a_foreign_leader_taking_part_in_a_ceremony_or_a_game_is_no_meeting():
    """eval/CONVENTIONS.md 17: guests at a ceremony do not make a meeting; taking part in talks or a
    signing ceremony does."""
    kremlin = {
        "reader": "kremlin",
        "url": "http://en.kremlin.ru/events/president/news/1",
        "publisher": "Kremlin",
    }
    ceremony = (
        "The President presented state decorations to honoured ice hockey players. President of Belarus "
        "Alexander Lukashenko took part in the ceremony. Later the two took part in a friendly hockey match."
    )
    assert _status("Ceremony for presenting state decorations", ceremony, **kremlin) == "none"
    talks = "President of Belarus Alexander Lukashenko took part in the talks in the Kremlin on trade."
    assert _status("Russian-Belarusian talks", talks, **kremlin) == "held"
