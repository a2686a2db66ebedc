"""Announcement grammar: a release telling a meeting ahead ("… to Host …", "will host", a summit named
without a tense whose lead announces it) is planned, whatever the title's summit words; a release on
a leader's part in a summit under way stays held. Texts written here in the manner of any government."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.learned import rules_status
from kg.model import Document

WH = ("whitehouse", "https://www.whitehouse.gov/x", "The White House")
UA = ("ukraine-csv", "https://www.president.gov.ua/en/news/x", "President of Ukraine")


def _status(title: str, text: str, src: tuple[str, str, str] = WH, skip: tuple[str, ...] = ()) -> str:
    doc = Document(src[0], f"{src[0]}/t#1", title, text, date(2023, 3, 1), src[1], src[2])
    return rules_status(extract(doc, skip=skip).meetings)


NORDIC = (
    "President Biden will host the leaders of Denmark, Finland, Iceland, Norway and Sweden at the White "
    "House on May 13. The leaders will discuss energy security and support for Ukraine."
)


def test_a_headline_to_host_a_summit_is_an_announcement():
    assert _status("President Biden to Host the Second Nordic Leaders Summit", NORDIC) == "planned"


def test_a_summit_named_without_a_tense_is_as_its_lead_tells():
    assert _status("Statement by the Press Secretary on the Nordic Leaders Summit", NORDIC) == "planned"
    held = (
        "President Biden met today in Helsinki with the leaders of Denmark, Finland, Iceland, Norway and "
        "Sweden. He will host them again next year."
    )
    assert _status("Statement by the Press Secretary on the Nordic Leaders Summit", held) == "held"
    assert _status("Readout of President Biden’s Participation in the Nordic Leaders Summit", held) == "held"


def test_a_headline_to_meet_virtually_with_a_council_is_an_announcement():
    text = (
        "On Thursday, President Biden will meet virtually with the European Council during its summit. "
        "At the invitation of European Council President Charles Michel, he will join a session of the "
        "EU leaders’ summit meeting."
    )
    assert (
        _status("President Biden to Meet Virtually with EU Leaders at European Council Summit", text)
        == "planned"
    )


def test_a_forum_to_be_reconvened_at_leader_level_is_announced():
    text = (
        "President Biden will reconvene the Major Economies Forum on Energy and Climate on September 17. "
        "The virtual meeting builds on the climate summit the President hosted in April."
    )
    title = "President Biden to Host Leader-Level Meeting of the Major Economies Forum on Energy and Climate"
    assert _status(title, text) == "planned"


def test_talks_a_title_announces_stay_planned():
    text = (
        "On Monday, the Office of the President will host a meeting of the delegations of Ukraine and the "
        "Republic of Poland. The Polish delegation arrived in Kyiv yesterday. Minister of Foreign Affairs of "
        "Ukraine Dmytro Kuleba and Minister of Foreign Affairs of Poland Zbigniew Rau will take part in "
        "the talks."
    )
    title = "Head of the Office of the President Andriy Yermak will hold talks with the delegation of Poland"
    assert _status(title, text, UA) == "planned"


def test_leaders_naming_themselves_the_authors_of_a_joint_statement_met():
    text = (
        "We, the Presidents of Ukraine, the Republic of Lithuania and the Republic of Poland, gathered in "
        "Kyiv on 23 February 2022, express our strongest condemnation of the decision by the Russian "
        "Federation. We reaffirm our strong commitment to the sovereignty of Ukraine."
    )
    title = (
        "Joint statement by the President of Ukraine, the President of the Republic of Lithuania and the "
        "President of Poland"
    )
    assert _status(title, text, UA) == "held"


def test_documents_signed_before_the_leaders_tell_their_meeting():
    text = (
        "A memorandum on defence cooperation was signed in Kyiv in the presence of President Volodymyr "
        "Zelenskyy and President of the Republic of Poland Andrzej Duda. The document provides for joint "
        "production of ammunition."
    )
    assert _status("Ukraine and Poland signed a memorandum on defence cooperation", text, UA) == "held"


def test_an_announcement_stays_planned_when_its_lead_tells_nothing_that_took_place():
    text = (
        "President Biden and President Yoon will co-host the Third Summit for Democracy in Seoul on "
        "March 18. "
        "The leaders will convene governments, civil society and the private sector to renew democracy."
    )
    title = "Joint Statement by President Biden and President Yoon on the Third Summit for Democracy"
    assert _status(title, text) == "planned"


def test_a_call_told_with_its_day_and_means_before_the_counterpart_is_held():
    text = (
        "National Security Advisor Jake Sullivan spoke by phone on September 24 with Sudanese Prime Minister "
        "Abdalla Hamdok. Mr. Sullivan expressed support for the civilian-led transition."
    )
    title = (
        "Statement by NSC Spokesperson on National Security Advisor Jake Sullivan’s Call with Prime "
        "Minister of Sudan"
    )
    assert _status(title, text) == "held"


def test_a_title_on_someone_s_meeting_is_held_or_announced_as_its_lead_tells():
    title = (
        "Statement by the Press Secretary on President Biden’s Virtual Meeting with Prime Minister "
        "Kishida of Japan"
    )
    ahead = (
        "President Biden will virtually meet with Prime Minister Kishida of Japan on January 21. The leaders "
        "will discuss the alliance."
    )
    over = (
        "President Biden met virtually today with Prime Minister Kishida of Japan. The leaders discussed "
        "the alliance."
    )
    assert _status(title, ahead) == "planned"
    assert _status(title, over) == "held"


def test_a_leaders_declaration_saying_they_met_reports_their_summit():
    text = (
        "Building a Resilient Future for the Region\n\n1.\n\nWe, the Economic Leaders of the Pacific "
        "Forum, met in Honolulu, Hawaii, on November 16-17, 2023. We reaffirm our commitment to open trade."
    )
    assert _status("2023 Pacific Forum Leaders’ Honolulu Declaration", text) == "held"


def test_a_fact_sheet_on_a_state_visit_tells_the_leaders_meeting():
    text = (
        "President Biden welcomed President Lula of Brazil on May 2, 2023, for a State Visit. The two "
        "presidents reaffirmed their partnership on climate and trade."
    )
    assert _status("FACT SHEET: Brazil State Visit to the United States", text) == "held"


def test_known_leaders_of_two_states_stand_whether_or_not_they_have_a_wikidata_item():
    from kg.extract.learned import leaders_of_two_states
    from kg.model import Entity, Meeting

    def person(name: str, iso: str, known: bool) -> Entity:
        props = {"country": iso, **({"iri": f"https://w3id.org/dmkg/id/person/{name}"} if known else {})}
        return Entity("person", name, name, [], None, props)

    known = Meeting("held", participants=[person("harris", "US", True), person("yoon", "KR", True)])
    named = Meeting("held", participants=[person("harris", "US", True), person("kim", "KR", False)])
    assert leaders_of_two_states([known]) and not leaders_of_two_states([named])


def test_a_press_call_previewing_a_leader_s_engagements_at_an_assembly_announces_them():
    text = (
        "Via Teleconference\n\n5:02 P.M. EDT\n\nMODERATOR: Thanks, everyone, for joining this call to "
        "preview the President’s engagements at the United Nations General Assembly next week. As a "
        "reminder, this call is on background."
    )
    title = (
        "Background Press Call by Senior Administration Officials to Preview the President’s Engagements at "
        "UNGA"
    )
    assert _status(title, text) == "planned"


def test_a_readout_of_an_official_s_trip_to_a_state_tells_meetings_with_its_officials():
    text = (
        "During the week of May 9, Homeland Security Advisor Dr. Liz Sherwood-Randall led an interagency "
        "delegation to Doha. They met with senior officials of the Ministry of Interior to discuss "
        "counterterrorism cooperation."
    )
    assert (
        _status("Readout of Homeland Security Advisor Dr. Liz Sherwood-Randall’s Visit to Qatar", text)
        == "held"
    )
    # the same words announcing a trip name no counterpart of a meeting held
    ahead = "Next week, Dr. Liz Sherwood-Randall will lead an interagency delegation to Doha."
    assert _status("Homeland Security Advisor Dr. Liz Sherwood-Randall to Travel to Qatar", ahead) != "held"


def test_the_head_of_an_international_federation_met_is_a_counterpart():
    text = (
        "President of Ukraine Volodymyr Zelenskyy met with President of the Union of European Gymnastics "
        "Associations Farid Gayibov, who arrived in Kyiv for the championship draw."
    )
    title = "Volodymyr Zelenskyy met with the President of the European gymnastics union"
    # by the rules themselves, not only by the learned detection's words
    assert _status(title, text, UA, skip=("learned detection",)) == "held"


def test_who_took_part_told_in_the_sentence_after_the_report_is_the_counterpart():
    report = (
        "Deputy Head of the Office of the President Ihor Zhovkva held a video conference with an advisory "
        "board."
    )
    after = " The board involves strategic experts from the United States, Canada and the Republic of Poland."
    diaspora = " The event was attended by representatives of Ukrainian organizations from Canada and Poland."
    title = "Ihor Zhovkva discussed the reform of the armed forces with advisers"
    assert _status(title, report + after, UA, skip=("learned detection",)) == "held"
    assert _status(title, report + diaspora, UA, skip=("learned detection",)) == "none"


def test_an_acronym_counts_for_an_international_summit_only_next_to_it():
    from kg.extract.detect import summit_of_others

    assert summit_of_others("Vladimir Putin took part in the CSTO summit in Yerevan")
    assert not summit_of_others("The President met the IT industry on the eve of the Diia Summit")
    assert not summit_of_others("Readout of White House Hosts Small Business Lending Summit")


def test_a_call_with_a_group_s_officials_is_a_meeting_and_a_domestic_group_s_is_not():
    text = (
        "National Security Advisor Jake Sullivan spoke today with CARICOM leaders about the situation in "
        "Haiti and disaster preparedness."
    )
    domestic = "National Security Advisor Jake Sullivan spoke today with NAACP leaders about voting rights."
    skip = ("learned detection",)
    assert _status("Readout of Jake Sullivan’s Call with CARICOM Leaders", text, skip=skip) == "held"
    assert _status("Readout of Jake Sullivan’s Call with NAACP Leaders", domestic, skip=skip) == "none"


def test_a_statement_on_a_summit_the_release_tells_ahead_is_no_part_in_it():
    advisors = (
        "Today, President Biden announced that former Senator Alex Example will serve as special advisor for "
        "the Tenth Summit of the Americas that will take place from June 6 through June 10 in Los Angeles. "
        "Senator Example served on the Foreign Relations Committee for two decades."
    )
    title = "Statement by the Press Secretary on the Special Advisor for the Summit of the Americas"
    assert _status(title, advisors) != "held"
    met = (
        "Today, President Biden joined the leaders of the Americas at the Tenth Summit of the Americas "
        "in Los Angeles, where the talks will continue tomorrow."
    )
    assert _status(title, met) == "held"


def test_a_headline_to_convene_a_leaders_summit_is_an_announcement():
    # (a lead telling no cue of its own: the headline's grammar decides, not its "Leaders' Summit")
    text = (
        "The President has said that democracies must deliver for their people. Today he is pleased to "
        "announce that in December he will bring together leaders of the world's democracies."
    )
    assert _status("President Biden to Convene a Leaders’ Summit for Democracy", text) == "planned"


def test_a_trip_announcing_a_conference_of_the_parties_is_planned():
    text = (
        "President Biden will visit Egypt and Indonesia. On November 11, President Biden will attend "
        "the 27th Conference of the Parties (COP27) in Sharm el-Sheikh, Egypt."
    )
    title = "Statement by the Press Secretary on President Biden’s Travel to North Africa and Asia"
    assert _status(title, text) == "planned"
