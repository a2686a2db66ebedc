"""Officials named by office alone resolve to the holder at the meeting date (issue 14): the head of
an organization ("the President of the European Commission"), an office a speaker addresses ("Mr.
President of the European Council"), a counterpart named by state alone ("his Russian counterpart")."""

from __future__ import annotations

from datetime import date

from kg.extract.gazetteer import scan
from kg.extract.people import find_in_text, resolve_roles
from kg.model import Document, Meeting
from kg.reference import load_reference
from tests.helpers import reported_meetings


def _resolved(text: str, on: date, home: str) -> list[str]:
    ref = load_reference()
    pp = find_in_text(text, scan(text, ref), ref, on, home)
    return [pp.people[m.key].label for m in resolve_roles(pp, text)]


def test_the_president_of_an_organization_is_its_head_not_the_publishers_president():
    found = _resolved("He met with the President of the European Commission.", date(2022, 3, 24), "US")
    assert found == ["Ursula von der Leyen"]
    both = _resolved(
        "He met the Presidents of the European Council and the European Commission.", date(2022, 3, 24), "UA"
    )
    assert both == ["Charles Michel", "Ursula von der Leyen"]


def test_the_president_of_a_body_nobody_lists_is_nobody_and_the_bare_president_is_ours():
    assert _resolved("The President of the Bundestag opened the session.", date(2022, 3, 24), "US") == []
    assert _resolved("The President said the talks went well.", date(2022, 3, 24), "US") == [
        "Joseph R. Biden, Jr."
    ]


def test_an_unnamed_counterpart_holds_the_speakers_office_in_the_state_named():
    text = "President of Kazakhstan Kassym-Jomart Tokayev informed his Russian counterpart about the floods."
    assert "Vladimir Putin" in _resolved(text, date(2024, 4, 9), "KZ")
    assert _resolved("Secretary Blinken met his counterpart from Ukraine.", date(2023, 3, 1), "US") == [
        "Dmytro Kuleba"
    ]
    # a named counterpart is left to his name; one of the speaker's own state is not resolved
    assert (
        _resolved("Secretary Blinken met his Ukrainian counterpart, Dmytro Kuleba.", date(2023, 3, 1), "US")
        == []
    )
    assert _resolved("Secretary Blinken thanked his American counterpart.", date(2023, 3, 1), "US") == []


def test_the_office_a_speaker_addresses_at_a_meeting_takes_part():
    doc = Document(
        "ukraine-csv",
        "ukraine-csv.csv#1",
        "Speech by President of Ukraine Volodymyr Zelenskyy at a meeting of the European Council",
        "Greetings to all of you, friends of Ukraine! Mr. President of the European Council, my friend, "
        "I am grateful for the opportunity to address you. We need your support today.",
        date(2022, 3, 24),
        "https://example.org/address-european-council",
    )
    meetings = reported_meetings(doc)
    assert meetings
    assert "Charles Michel" in [p.label for p in meetings[0].participants]
    assert "European Council" in [o.label for o in meetings[0].organizations]


def test_the_principal_of_a_head_of_cabinet_is_no_mention():
    text = (
        "Jake Sullivan met with Frederic Bernard, Head of Cabinet to the President of the European Council."
    )
    assert _resolved(text, date(2022, 8, 24), "US") == []
    text = (
        "Ihor Zhovkva spoke with Director of the Diplomatic Cabinet of the Prime Minister of Greece "
        "Eleni Sourani."
    )
    assert _resolved(text, date(2021, 11, 10), "UA") == []


def test_the_leaders_of_states_beyond_the_big_ones_are_known_at_the_date():
    text = "The Prime Ministers of Denmark, Iceland, Norway, and Sweden met in Helsinki."
    assert "Katrín Jakobsdóttir" in _resolved(text, date(2023, 7, 13), "US")
    assert "Bjarni Benediktsson" in _resolved(text, date(2024, 6, 1), "US")
    assert _resolved("He thanked the leaders of Belize and Mauritius.", date(2022, 5, 12), "US") == [
        "John Briceño",
        "Pravind Jugnauth",
    ]


def _people(text: str, on: date, home: str = "US") -> dict[str, str | None]:
    ref = load_reference()
    pp = find_in_text(text, scan(text, ref), ref, on, home)
    return {pp.people[m.key].label: pp.people[m.key].country for m in pp.mentions}


def test_an_adviser_to_a_states_leader_named_before_the_title_is_of_that_state():
    text = "Jake Sullivan spoke with Emma Aparici, Chief Diplomatic Advisor to the President of Spain."
    assert _people(text, date(2021, 2, 2))["Emma Aparici"] == "ES"
    text = (
        "Jake Sullivan spoke with Stephen Lovegrove, incoming National Security Advisor to the Prime "
        "Minister of the United Kingdom."
    )
    assert _people(text, date(2021, 2, 17))["Stephen Lovegrove"] == "GB"


def test_a_given_name_followed_by_a_patronymic_is_not_a_leaders_surname():
    found = _people("Call with Crown Prince Salman bin Hamad Al Khalifa of Bahrain", date(2023, 11, 6))
    assert "Mohammed bin Salman" not in found
    assert found.get("Salman bin Hamad Al Khalifa") == "BH"


def test_people_a_speaker_recalls_from_an_earlier_meeting_do_not_take_part():
    doc = Document(
        "ukraine-csv",
        "ukraine-csv.csv#1",
        "Deputy Head of the Office met with representatives of FIBA Europe",
        "Deputy Head of the Office of the President Kyrylo Tymoshenko held a meeting with "
        "representatives of the International Federation of Basketball Associations of Europe (FIBA "
        "Europe). Head of Competitions at FIBA Europe Ljubomir Mandic took part. At the meeting, "
        "Kyrylo Tymoshenko reminded that in September 2021, President of Ukraine Volodymyr Zelenskyy "
        "held talks with FIBA Europe President Turgay Demirel.",
        date(2021, 11, 10),
        "https://example.org/fiba-europe",
    )
    meetings = reported_meetings(doc)
    assert meetings
    names = [p.label for p in meetings[0].participants]
    assert "Ljubomir Mandic" in names and "Kyrylo Tymoshenko" in names
    assert "Turgay Demirel" not in names


def _meeting(title: str, text: str, released: date) -> Meeting:
    doc = Document("ukraine-csv", "ukraine-csv.csv#1", title, text, released, "https://example.org/x")
    meetings = reported_meetings(doc)
    assert meetings
    return meetings[0]


def test_an_official_titled_by_an_international_organization_takes_part_for_it_not_his_state():
    m = _meeting(
        "Volodymyr Zelenskyy and the Executive Vice President of the European Commission discussed aid",
        "President of Ukraine Volodymyr Zelenskyy had a meeting with Executive Vice President of the "
        "European Commission Valdis Dombrovskis. They discussed macro-financial assistance.",
        date(2022, 1, 25),
    )
    assert "European Commission" in [o.label for o in m.organizations]
    assert "LV" not in [c.key for c in m.countries]
    m = _meeting(
        "Volodymyr Zelenskyy met with EU Commissioner Olivér Várhelyi",
        "President of Ukraine Volodymyr Zelenskyy met with EU Commissioner for Neighbourhood and "
        "Enlargement Olivér Várhelyi. They discussed the Eastern Partnership.",
        date(2022, 1, 20),
    )
    # an EU Commissioner is a member of the European Commission (a body of the EU)
    assert [o.label for o in m.organizations] == ["European Commission"]


def test_an_award_named_after_someone_names_no_participant():
    m = _meeting(
        "Volodymyr Zelenskyy met with the UEFA President",
        "President of Ukraine Volodymyr Zelenskyy met with President of the Union of European Football "
        "Associations (UEFA) Aleksander Čeferin. At the end of the meeting, Volodymyr Zelenskyy "
        "presented Aleksander Čeferin with the Order of Prince Yaroslav the Wise.",
        date(2021, 11, 10),
    )
    assert not any("Yaroslav" in p.label for p in m.participants)


def test_the_leaders_a_principal_spoke_with_listed_after_a_colon_take_part():
    doc = Document(
        "whitehouse",
        "calls.md",
        "Readout of Vice President Harris’s Calls with European Leaders",
        "Vice President Kamala Harris today had five separate calls with European leaders.\n\n"
        "The Vice President spoke individually with: Prime Minister Kaja Kallas of Estonia; Prime "
        "Minister Krisjanis Karins of Latvia; and Prime Minister Nicolae Ciuca of Romania.",
        date(2022, 3, 1),
        "https://example.org/harris-calls",
    )
    meetings = reported_meetings(doc)
    assert meetings
    assert {"EE", "LV", "RO"} <= {c.key for c in meetings[0].countries}


def test_a_name_after_adviser_to_an_office_held_by_another_is_the_adviser():
    m = _meeting(
        "Zelenskyy receives advisers to leaders of France and Germany",
        "Foreign and security policy adviser to the German Chancellor Jens Plötner and diplomatic adviser "
        "to the President of France Emmanuel Bonne visited Kyiv. They held talks with President "
        "Volodymyr Zelenskyy.",
        date(2022, 1, 28),
    )
    names = [p.label for p in m.participants]
    assert "Jens Plötner" in names and "Emmanuel Bonne" in names
    assert "Olaf Scholz" not in names
    # the adviser of our own President named so is no foreign counterpart
    ref = load_reference()
    text = "Senior Advisor to the President Cedric Richmond hosted a virtual meeting."
    pp = find_in_text(text, scan(text, ref), ref, date(2021, 8, 27), "US")
    richmond = next(p for p in pp.people.values() if p.label == "Cedric Richmond")
    assert richmond.role is None and "Advisor" in (richmond.title or "")


def test_every_member_of_a_group_takes_part_in_its_summit_a_leader_spoke_at():
    m = _meeting(
        "Speech by President of Ukraine Volodymyr Zelenskyy at the NATO Summit",
        "Dear attendees! I am addressing you from Kyiv. We need your support today.",
        date(2022, 3, 24),
    )
    countries = {c.key for c in m.countries}
    assert {"UA", "US", "GB", "TR", "MK", "AL"} <= countries
    assert "FI" not in countries  # not a member yet


def test_a_guest_arriving_to_take_part_in_a_summit_brings_no_members():
    doc = Document(
        "akorda",
        "emir.txt",
        "Kassym-Jomart Tokayev holds talks with Emir of Qatar Sheikh Tamim bin Hamad Al Thani",
        "Head of State Kassym-Jomart Tokayev received in the Akorda the Emir of the State of Qatar Sheikh "
        "Tamim bin Hamad Al Thani, who arrived in Astana to take part in the SCO summit as an honorary "
        "guest.",
        date(2024, 7, 3),
        None,
    )
    meetings = reported_meetings(doc)
    assert meetings and {c.key for c in meetings[0].countries} == {"KZ", "QA"}


def test_national_security_advisers_named_by_state_are_the_holders_at_the_date():
    # "the national security advisors of A, B and C": each state's adviser that day (reference posts)
    text = "Mr. Sullivan convened the national security advisors of France, Germany, and Japan today."
    assert _resolved(text, date(2023, 8, 24), "US") == ["Emmanuel Bonne", "Jens Plötner", "Takeo Akiba"]
    assert _resolved(text, date(2021, 5, 3), "US") == ["Emmanuel Bonne", "Jan Hecker", "Shigeru Kitamura"]
    korean = "He spoke with the Korean National Security Advisor about the missile launch."
    assert _resolved(korean, date(2023, 6, 15), "US") == ["Cho Tae-yong"]
    assert _resolved("The National Security Advisor spoke with reporters.", date(2023, 6, 15), "US") == []
    quint = (
        "Mr. Sullivan convened the Quint national security advisors of France and Italy at the White House."
    )
    assert _resolved(quint, date(2023, 8, 24), "US") == ["Emmanuel Bonne", "Francesco Talò"]
