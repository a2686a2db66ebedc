"""Meeting detection on forms other governments write (issue 14), each release written here in the
manner of a government the rules were not written on: a courtesy call, a company's executives met,
talks between two sides held or hosted by the publisher's state."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.learned import rules_status
from kg.model import Document


def _status(title: str, text: str, publisher: str, url: str | None) -> str:
    doc = Document("jsonl", "jsonl/t.jsonl#1", title, text, date(2024, 3, 5), url, publisher)
    return rules_status(extract(doc).meetings)


MOFA = ("Ministry of Foreign Affairs of Japan", "https://www.mofa.go.jp/x")
PH = ("Presidential Communications Office", "https://pco.gov.ph/x")
KZ = ("Kazinform", "https://www.inform.kz/en/x")


def test_a_courtesy_call_paid_or_received_is_a_meeting_and_one_ahead_is_announced():
    text = (
        "On March 5, Prime Minister Kishida Fumio received a courtesy call from Mr. Mauro Vieira, Minister "
        "of External Relations of Brazil. The two sides exchanged views on the G20."
    )
    assert _status("Courtesy call by the Foreign Minister of Brazil", text, *MOFA) == "held"
    text = (
        "Mr. Mauro Vieira, Minister of External Relations of Brazil, will pay a courtesy call on Prime "
        "Minister Kishida Fumio during his stay in Tokyo from March 5 to 7."
    )
    assert _status("Visit to Japan by the Foreign Minister of Brazil", text, *MOFA) == "planned"


def test_a_foreign_company_s_executives_met_are_counterparts_and_a_domestic_company_s_are_not():
    text = (
        "President Ferdinand Marcos Jr. met with executives of Google led by its President Ruth Porat in San "
        "Francisco on Thursday. The company pledged to expand its investments in the Philippines."
    )
    assert _status("PBBM meets Google executives", text, *PH) == "held"
    text = (
        "President Ferdinand Marcos Jr. met Microsoft Vice Chair and President Brad Smith at Malacanang on "
        "Tuesday. They discussed the company's data centres in the Philippines."
    )
    assert _status("PBBM meets Microsoft President", text, *PH) == "held"
    # the head of a company of the publisher's state reporting on its plans at home: no counterpart
    text = (
        "ASTANA. KAZINFORM - President Kassym-Jomart Tokayev received Chairman of the Management Board of "
        "Kazatomprom Meirzhan Yussupov. He reported on the company's investment programme in Kazakhstan."
    )
    assert _status("Head of State receives Kazatomprom chairman", text, *KZ) == "none"


def test_talks_between_two_sides_are_a_meeting_when_held_with_the_publisher_as_side_or_host():
    text = (
        "Political consultations between the foreign ministries of Kazakhstan and Iran were held in Tehran. "
        "The Kazakh delegation was headed by Deputy Foreign Minister Alibek Bakayev."
    )
    assert _status("Kazakhstan and Iran hold political consultations", text, *KZ) == "held"
    qatar = ("Ministry of Foreign Affairs", "https://www.mofa.gov.qa/x")
    text = (
        "Peace talks between the Government of Sudan and the Sudan Liberation Movement resumed in Doha on "
        "Sunday under the auspices of the State of Qatar. The two delegations discussed the ceasefire."
    )
    assert _status("Sudan peace talks resume in Doha", text, *qatar) == "held"
    # others' talks the publisher comments on, or talks only called for, are not its meeting
    text = (
        "Kazakhstan welcomes the talks between Armenia and Azerbaijan that were held in Almaty and calls "
        "for talks between the sides on the border."
    )
    assert _status("Statement of the Foreign Ministry", text, *KZ) == "none"


def test_a_leader_announced_at_a_session_of_a_body_of_two_states_is_a_planned_meeting():
    text = (
        "On May 12, the President will take part in a meeting of the Intergovernmental Council of "
        "Kazakhstan and Uzbekistan, which will be held in Samarkand."
    )
    assert _status("Head of State's working schedule", text, *KZ) == "planned"
    # a session of a body of the publisher's own state is no meeting of states
    text = "On May 12, the President will take part in a meeting of the National Council of Kazakhstan."
    assert _status("Head of State's working schedule", text, *KZ) == "none"


def test_a_foreign_business_association_met_is_a_counterpart_and_a_domestic_one_is_not():
    text = (
        "ASTANA. KAZINFORM - President Kassym-Jomart Tokayev met with members of the American Chamber of "
        "Commerce in Kazakhstan to discuss the investment climate."
    )
    assert _status("Tokayev meets with AmCham members", text, *KZ) == "held"
    text = (
        "ASTANA. KAZINFORM - President Kassym-Jomart Tokayev met members of the Kazakhstan Business Council."
    )
    assert _status("Tokayev meets with business council", text, *KZ) == "none"


def test_a_state_or_official_visit_paid_or_begun_is_a_meeting_and_a_visit_to_the_wounded_is_not():
    text = (
        "At the invitation of President Joko Widodo of the Republic of Indonesia, President Vo Van Thuong "
        "of Viet Nam paid a State Visit to Indonesia from 21 to 23 December 2023."
    )
    vn = ("Ministry of Foreign Affairs of Viet Nam", "https://mofa.gov.vn/x")
    assert _status("Joint Statement between Viet Nam and Indonesia", text, *vn) == "held"
    text = (
        "BAKU. KAZINFORM – President Kassym-Jomart Tokayev arrived in Azerbaijan on a state visit at the "
        "invitation of President Ilham Aliyev."
    )
    assert _status("Tokayev arrives in Baku", text, *KZ) == "held"
    text = "ASTANA. KAZINFORM – President Kassym-Jomart Tokayev paid a visit to the wounded servicemen."
    assert _status("Tokayev visits hospital", text, *KZ) == "none"


def test_a_summit_of_a_body_of_states_named_in_full_or_told_by_who_attended_is_a_meeting():
    az = ("Trend News Agency", "https://trend.az/x")
    text = (
        "The informal summit of the Organization of Turkic States was held in Astana on Friday. The heads of "
        "state of Azerbaijan, Kazakhstan, Kyrgyzstan, Türkiye and Uzbekistan attended."
    )
    assert _status("Turkic summit held in Astana", text, *az) == "held"
    text = (
        "DUSHANBE. KAZINFORM – The fifth Consultative Meeting of the Heads of State of Central Asia took "
        "place in Dushanbe. President Kassym-Jomart Tokayev took part in the meeting."
    )
    assert _status("Central Asian leaders meet in Dushanbe", text, *KZ) == "held"
    text = (
        "The summit was attended by President of Armenia Vahagn Khachaturyan and President of Tajikistan "
        "Emomali Rahmon."
    )
    assert _status("Leaders meet in Minsk", text, *KZ) == "held"
    # a meeting of the heads of state bodies is domestic
    text = "ASTANA. KAZINFORM – A meeting of the heads of state bodies took place in Akorda on budget policy."
    assert _status("Meeting on budget policy", text, *KZ) == "none"


def test_an_audience_an_envoy_received_as_new_and_a_visit_to_be_undertaken_are_meetings():
    az = ("Report News Agency", "https://report.az/x")
    text = (
        "President of the Republic of Azerbaijan Ilham Aliyev has received newly appointed Ambassador of "
        "Japan Hiroshi Yamada."
    )
    assert _status("Ilham Aliyev receives credentials", text, *az) == "held"
    text = "Pope Francis granted an audience to President Javier Milei of Argentina in the Apostolic Palace."
    assert _status("Audience with the President of Argentina", text, "Vatican News", None) == "held"
    sl = ("State House", "https://statehouse.gov.sl/x")
    text = (
        "President Julius Maada Bio will undertake a State Visit to Ghana next week at the invitation of "
        "President Nana Akufo-Addo."
    )
    assert _status("President Bio to undertake State Visit to Ghana", text, *sl) == "planned"
    # the publisher's own newly appointed officials are no counterparts
    text = (
        "President Ferdinand Marcos Jr. received the newly appointed Secretary of Agriculture Francisco Tiu "
        "Laurel at Malacanang."
    )
    assert _status("PBBM receives new cabinet secretary", text, *PH) == "none"


def test_announcements_in_headline_grammar_and_with_plans_or_expectations_are_planned():
    text = (
        "ASTANA. KAZINFORM – President Kassym-Jomart Tokayev is set to hold talks with President Xi Jinping "
        "during his state visit to China."
    )
    assert _status("Tokayev to hold talks with Xi", text, *KZ) == "planned"
    th = ("Ministry of Foreign Affairs", "https://mfa.go.th/x")
    text = (
        "Foreign Minister Parnpree Bahiddha-Nukara plans to visit Phnom Penh to meet Prime Minister "
        "Hun Manet next week."
    )
    assert _status("Foreign Minister's programme", text, *th) == "planned"


def test_two_leaders_as_the_subject_of_what_they_did_together_are_a_meeting():
    text = (
        "BEIJING, April 14 (Xinhua) -- Chinese President Xi Jinping and Brazilian President Luiz Inacio Lula "
        "da Silva signed 15 cooperation agreements in Beijing on Friday."
    )
    assert _status("China, Brazil sign 15 cooperation agreements", text, "Xinhua", None) == "held"
    text = (
        "ASTANA. KAZINFORM – Kazakh President Kassym-Jomart Tokayev and Russian President Vladimir Putin "
        "discussed bilateral cooperation by phone."
    )
    assert _status("Tokayev, Putin discuss bilateral ties by phone", text, *KZ) == "held"
    text = (
        "KUALA LUMPUR, June 8 (Bernama) -- Prime Minister Anwar Ibrahim and Indonesian President Joko Widodo "
        "today agreed to settle land border issues during their annual consultation in Bogor."
    )
    assert _status("Anwar, Widodo agree on border", text, "Bernama", "https://bernama.com/x") == "held"
    # a leader and his own prime minister: no counterpart
    text = (
        "ASTANA. KAZINFORM – President Kassym-Jomart Tokayev and Prime Minister Olzhas Bektenov "
        "discussed the budget."
    )
    assert _status("Tokayev, PM discuss budget", text, *KZ) == "none"


def test_a_visit_announced_with_its_day_set_off_after_will_is_planned():
    za = ("The Presidency", "https://www.thepresidency.gov.za/x")
    text = (
        "President Cyril Ramaphosa will on Thursday, 7 March 2024, receive President Nana Akufo-Addo of "
        "the Republic of Ghana at the Union Buildings in Pretoria for a State Visit."
    )
    assert _status("President Ramaphosa receives President Akufo-Addo of Ghana", text, *za) == "planned"


def test_two_leaders_doing_something_together_in_person_or_a_visitor_greeted_by_the_leader_met():
    text = (
        "President Kassym-Jomart Tokayev and President of Uzbekistan Shavkat Mirziyoyev laid flowers at the "
        "monument to the poet Alisher Navoi in Astana. They also toured the exhibition of Uzbek crafts."
    )
    assert _status("Leaders of Kazakhstan and Uzbekistan honor the poet", text, *KZ) == "held"
    text = (
        "President Ferdinand Marcos Jr. and President of Indonesia Joko Widodo honored the fallen soldiers "
        "at the Heroes' Cemetery in Taguig."
    )
    assert _status("PBBM and President Widodo at the Heroes' Cemetery", text, *PH) == "held"
    text = (
        "Prime Minister of India Narendra Modi arrived in Manila on Monday evening. He was greeted by "
        "President Ferdinand Marcos Jr. at the Villamor Air Base."
    )
    assert _status("Indian Prime Minister arrives in Manila", text, *PH) == "held"
    # the leader and his own deputy unveiling a plan at home: no counterpart
    text = (
        "President Kassym-Jomart Tokayev and Prime Minister Olzhas Bektenov unveiled a new water plan in "
        "Astana."
    )
    assert _status("Head of State presents the water plan", text, *KZ) == "none"
