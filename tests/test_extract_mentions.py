"""Meetings mentioned in passing by a release about something else (an evening address, a briefing):
read as `dmo:MentionedMeeting`, one per counterpart state, never counted as the release's own account.
The releases are written for the test."""

from __future__ import annotations

from datetime import date

import pyoxigraph as ox

from kg.extract import extract
from kg.model import Document, Meeting
from kg.rdf import extraction_to_quads

RELEASED = date(2022, 3, 9)  # a Wednesday


def _address(
    text: str, title: str = "We keep fighting - address by President Volodymyr Zelenskyy"
) -> Document:
    return Document("ukraine-csv", "zelenskyy.csv#9", title, text, RELEASED, publisher="President of Ukraine")


def _people(m: Meeting) -> list[str]:
    return sorted(p.label for p in m.participants)


LEAD = (
    "Free people of a free country! Our defenders held their positions today in the south and the east. "
    "The humanitarian corridors worked for the second day. Thousands of people left the besieged cities."
)
ADDRESS = (
    "Free people of a free country! Our defenders held their positions today in the south and the east. "
    "The humanitarian corridors worked for the second day.\n\n"
    "I held talks with French President Emmanuel Macron and German Chancellor Olaf Scholz. "
    "We discussed sanctions and energy security.\n\n"
    "Yesterday I spoke with Lithuanian President Gitanas Nausėda.\n\n"
    "Glory to Ukraine!"
)


def test_an_address_mentioning_calls_gives_one_mentioned_meeting_per_counterpart_with_the_speaker():
    meetings = extract(_address(ADDRESS)).meetings
    assert all(m.mentioned and m.status == "held" for m in meetings)
    found = sorted((m.date.isoformat(), _people(m)) for m in meetings)
    assert found == [
        ("2022-03-08", ["Gitanas Nausėda", "Volodymyr Zelenskyy"]),
        ("2022-03-09", ["Emmanuel Macron", "Volodymyr Zelenskyy"]),
        ("2022-03-09", ["Olaf Scholz", "Volodymyr Zelenskyy"]),
    ]
    macron = next(m for m in meetings if "Emmanuel Macron" in _people(m))
    assert {c.key.upper() for c in macron.countries} == {"UA", "FR"}
    assert macron.mode is None  # "held talks" does not say whether by phone or in person
    assert "economic" in {t.key for t in macron.topics} or "energy" in {t.key for t in macron.topics}


def test_a_call_an_address_tells_twice_is_one_meeting_with_what_each_telling_says():
    text = (
        "Free people of a free country! Our defenders held their positions today in the east.\n\n"
        "I spoke with the leaders of the partner countries. It was an active diplomatic day. Prime Minister "
        "of Canada Trudeau and Chancellor of Germany Scholz. Canada supports stronger sanctions.\n\n"
        "In a conversation with German Chancellor Scholz, I also paid attention to humanitarian corridors "
        "for the civilians of Mariupol.\n\nGlory to Ukraine!"
    )
    meetings = extract(_address(text)).meetings
    found = sorted(_people(m) for m in meetings)
    assert found == [["Justin Trudeau", "Volodymyr Zelenskyy"], ["Olaf Scholz", "Volodymyr Zelenskyy"]]
    scholz = next(m for m in meetings if "Olaf Scholz" in _people(m))
    assert "humanitarian" in {t.key for t in scholz.topics}  # told only the second time


def test_habits_plans_negations_and_old_meetings_are_not_mentions_of_a_meeting():
    for sentence in (
        "Every day I talk with the leaders of many countries, and I spoke with Emmanuel Macron many times.",
        "Tomorrow I will hold talks with German Chancellor Olaf Scholz.",
        "I have not spoken with Russian President Vladimir Putin.",
        "Last summer I met with US President Joe Biden in Washington.",
        "Would it help if I spoke with President Erdoğan?",
    ):
        text = LEAD + "\n\n" + sentence + "\n\nGlory to Ukraine!"
        assert extract(_address(text)).meetings == [], sentence


def test_counterparts_listed_by_state_are_their_leaders_through_the_offices_of_the_day():
    """ "many leaders - <states>" is an enumeration; a state's leader is the one person heading its state
    and its government (the US President), or its head of government under a monarch (the UK Prime
    Minister); France's President and Prime Minister are two people: not settled, left out."""
    text = (
        LEAD
        + "\n\nI spoke today with many leaders - the United Kingdom, France, the United States and others."
    )
    found = sorted(_people(m)[0] for m in extract(_address(text + "\n\nGlory!")).meetings)
    assert found == ["Boris Johnson", "Joseph R. Biden, Jr."]


def test_counterparts_named_by_office_are_the_holders_of_the_same_posts_that_day():
    """ "Secretary Blinken and Secretary Austin had conversations with their Ukrainian counterparts": the
    Ukrainian foreign and defence ministers of that day (a White House briefing), each in a call of
    his own."""
    text = (
        "Good afternoon, everyone. The President will travel to Poland on Thursday.\n\n"
        "Secretary Blinken and Secretary Austin had conversations with their Ukrainian counterparts "
        "today.\n\n"
        "Q Thank you, Jen."
    )
    doc = Document(
        "whitehouse",
        "press-briefings/x.md",
        "Press Briefing by Press Secretary Jen Psaki",
        text,
        RELEASED,
        publisher="The White House",
    )
    meetings = extract(doc).meetings
    assert all(m.mentioned and m.date == RELEASED for m in meetings)
    # "conversations with their … counterparts": one call of each with his own counterpart
    assert sorted(_people(m) for m in meetings) == [
        ["Antony J. Blinken", "Dmytro Kuleba"],
        ["Lloyd J. Austin III", "Oleksii Reznikov"],
    ]


def test_a_habit_of_another_verb_phrase_does_not_make_the_calls_after_it_habitual():
    """ "I have been constantly working and spoke with …": the calls are the day's; "I constantly spoke
    with …" and "I have been working and often spoke with …" are habits."""
    text = (
        LEAD
        + "\n\nI have been constantly working and spoke with President Macron and Chancellor Olaf Scholz."
        + "\n\nGlory!"
    )
    assert sorted(_people(m)[0] for m in extract(_address(text)).meetings) == [
        "Emmanuel Macron",
        "Olaf Scholz",
    ]
    for habit in (
        "I constantly spoke with President Macron.",
        "I have been working and often spoke with President Macron.",
        "I have repeatedly called and spoke with President Macron.",
    ):
        assert extract(_address(LEAD + "\n\n" + habit + "\n\nGlory!")).meetings == [], habit


def test_a_release_reporting_its_own_meeting_gains_no_mentioned_one():
    doc = _address(
        "President of Ukraine Volodymyr Zelenskyy had a phone conversation with Prime Minister of the United "
        "Kingdom Boris Johnson. Yesterday I spoke with Lithuanian President Gitanas Nausėda.",
        title="Volodymyr Zelenskyy had a phone conversation with Boris Johnson",
    )
    meetings = extract(doc).meetings
    assert meetings and not any(m.mentioned for m in meetings)


def _meeting_types(doc: Document) -> set[str]:
    rdf_type = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
    return {
        q.object.value.rsplit("#", 1)[-1]
        for q in extraction_to_quads(extract(doc))
        if q.predicate == rdf_type and "/meeting/" in q.subject.value and "/dmkg/ontology#" in q.object.value
    }


def test_a_mention_is_typed_apart_unless_it_is_the_news_of_a_release_without_a_meeting_of_its_own():
    # a leader's address telling "I held talks with …": the day's news, the release's account too
    assert _meeting_types(_address(ADDRESS)) == {"MentionedMeeting", "Meeting"}
    # an essay recalling talks, no day told: a mention only, not one of the release's accounts
    essay = _address(
        LEAD
        + "\n\nI held talks with French President Emmanuel Macron about the sanctions.\n\nGlory to Ukraine!",
        title="Why we stand - article by President Volodymyr Zelenskyy",
    )
    assert extract(essay).meetings
    assert _meeting_types(essay) == {"MentionedMeeting"}


def test_a_counterpart_told_without_a_verb_after_a_mention_is_a_mention_of_its_own():
    """'I held talks with … With the Emir of Qatar … With President of Poland Andrzej Duda.': the
    verb of the sentence before tells each call; a sentence of other things ends the list."""
    text = (
        LEAD
        + "\n\nI held talks with French President Emmanuel Macron. With President of Poland Andrzej Duda. "
        "And with Lithuanian President Gitanas Nausėda.\n\nWith the support of our partners we will win. "
        "With German Chancellor Olaf Scholz we share one goal.\n\nGlory to Ukraine!"
    )
    meetings = extract(_address(text)).meetings
    assert all(m.mentioned and m.status == "held" for m in meetings)
    assert sorted(_people(m)[0] for m in meetings) == ["Andrzej Duda", "Emmanuel Macron", "Gitanas Nausėda"]


def test_the_leaders_of_another_call_a_mention_follows_up_on_are_not_its_participants():
    doc = Document(
        "whitehouse",
        "statements-releases/x.md",
        "Statement by NSC Spokesperson on National Security Advisor Jake Sullivan's Call",
        "National Security Advisor Jake Sullivan spoke by phone today with Russian Presidential Foreign "
        "Policy Advisor Yuriy Ushakov to follow up on the December 7 call between President Biden and "
        "President Putin. Mr. Sullivan reiterated our strong concerns.",
        date(2021, 12, 15),
        publisher="The White House",
    )
    people = {p.label for m in extract(doc).meetings for p in m.participants}
    assert not people & {"Vladimir Putin", "Joseph R. Biden, Jr."}


# The screen (kg.extract.mentions.context) reads only some sentences before the whole release is
# analysed: who a mentioning sentence names may be told elsewhere in the release.
FAR_APART = (
    "Free people of a free country! Our defenders held their positions today in the south and the east.\n\n"
    "{named} since the first day of the war.\n\n"
    "The humanitarian corridors worked for the second day. Thousands of people left the besieged cities.\n\n"
    "Today I spoke with {mentioned} about the defence of our skies.\n\n"
    "Glory to Ukraine!"
)


def _mentioned(named: str, mentioned: str) -> list[tuple[list[str], list[str]]]:
    text = FAR_APART.format(named=named, mentioned=mentioned)
    document = Document(
        "ukraine-csv", "zelenskyy.csv#9", "We keep fighting - address by President Volodymyr Zelenskyy",
        text, date(2023, 3, 9), publisher="President of Ukraine",
    )  # fmt: skip
    meetings = extract(document).meetings
    assert all(m.mentioned for m in meetings)
    return [(_people(m), sorted(c.key.upper() for c in m.countries)) for m in meetings]


def test_a_surname_alone_is_the_person_named_in_full_paragraphs_earlier():
    # out of office at the date, "Johnson" alone is Boris Johnson only because the release names him
    found = _mentioned("Boris Johnson has been a friend of Ukraine", "Johnson")
    assert found == [(["Boris Johnson", "Volodymyr Zelenskyy"], ["GB", "UA"])]


def test_the_prime_minister_is_the_one_head_of_government_named_paragraphs_earlier():
    found = _mentioned("Mark Rutte has supported our soldiers", "the Prime Minister")
    assert found == [(["Mark Rutte", "Volodymyr Zelenskyy"], ["NL", "UA"])]


def test_he_was_meeting_with_officials_of_a_state_takes_its_subject_from_the_sentence_before():
    """A briefing: the Secretary named by office in one sentence, "He was meeting with Ukrainian officials"
    in the next. The meeting is his with Ukraine, its side named by office only (no one resolved);
    "his Russian counterpart tomorrow" further on is another meeting, still to come: no Lavrov."""
    doc = Document(
        "whitehouse",
        "briefing-20",
        "Press Briefing by Press Secretary Jen Psaki, January 20, 2022",
        "MS. PSAKI: We have been in touch at a high level with Ukrainian officials and leaders. As you may "
        "know, the Secretary of State has been in Europe. He was meeting with Ukrainian officials a couple "
        "of days ago, with European leaders earlier today, and he's meeting with his Russian counterpart "
        "tomorrow.\n\nQ Thank you.",
        date(2022, 1, 20),
        publisher="The White House",
    )
    (m,) = extract(doc).meetings
    assert m.mentioned and _people(m) == ["Antony J. Blinken"]
    assert sorted(c.key for c in m.countries) == ["UA", "US"]
    # without the sentence naming him, "He" is no one: no meeting
    alone = Document(
        "whitehouse", "b", doc.title, "MS. PSAKI: He was meeting with Ukrainian officials today.", doc.date
    )
    assert extract(alone).meetings == []


def test_talks_told_as_the_day_s_news_without_a_word_bringing_the_sides_together_were_a_call():
    """An address telling "I spoke today with …" (no meeting, visit or video word) reports a call;
    "I met today with …" does not ("held talks" stays open: see above); an essay's mention, not the
    day's news, keeps no mode."""

    def modes(sentence: str, title: str = "We keep fighting - address by President Volodymyr Zelenskyy"):
        return {
            m.mode
            for m in extract(_address(LEAD + "\n\n" + sentence + "\n\nGlory to Ukraine!", title)).meetings
        }

    assert modes("I spoke today with French President Emmanuel Macron about the sanctions.") == {"phone"}
    assert modes("I discussed this today with President of Poland Andrzej Duda.") == {"phone"}
    assert "phone" not in modes("I met today with President of Poland Andrzej Duda, who came to Kyiv.")
    essay = "Why we stand - article by President Volodymyr Zelenskyy"
    assert modes("I spoke with French President Emmanuel Macron about the sanctions.", essay) == {None}


def test_a_meeting_that_took_place_with_a_counterpart_is_the_speakers():
    """The evening address of 30 March 2022: "A conversation took place with US President Biden." names
    no party of ours: the address's speaker is one. A meeting held "with the participation of" people
    is not a meeting with them."""
    text = (
        LEAD + "\n\nA conversation took place with US President Biden. I told President Biden what we need."
    )
    (call,) = extract(_address(text)).meetings
    assert call.mentioned and call.date == RELEASED
    assert _people(call) == ["Joseph R. Biden, Jr.", "Volodymyr Zelenskyy"]
    held = LEAD + "\n\nThe meeting took place with the participation of Polish President Andrzej Duda."
    assert extract(_address(held)).meetings == []


def test_a_call_told_in_an_address_read_as_a_meeting_is_the_address_news_too():
    """The learned detection reads the address itself as held, with the speaker alone: the call the
    address tells as the day's news is still the release's account (typed dmo:Meeting), so the
    counterpart is counted."""
    doc = Document(
        "ukraine",
        "test/address",
        "Our defenders hold the line - address by President of Ukraine Volodymyr Zelenskyy",
        "Dear Ukrainians! Today was a hard day. Our defenders hold the line near Kyiv. I signed a decree on "
        "state awards to 63 law enforcement officers. I had a conversation today with Turkish President "
        "Erdoğan. We discussed the results of the NATO summit. Glory to Ukraine!",
        date(2022, 3, 25),
        url="https://www.president.gov.ua/en/news/test-address",
    )
    meetings = extract(doc).meetings
    told = [m for m in meetings if m.news]
    assert [_people(m) for m in told] == [["Recep Tayyip Erdoğan", "Volodymyr Zelenskyy"]]


def test_a_call_told_without_a_subject_or_with_heads_of_government_by_state_is_the_speaker_s():
    text = (
        LEAD + "\n\nA conversation took place with Prime Minister of Canada Justin Trudeau. "
        "In a conversation with the Prime Minister of Ireland, I expressed condolences.\n\n"
        "I held talks with the heads of government of Norway and Israel.\n\nGlory to Ukraine!"
    )
    meetings = extract(_address(text)).meetings
    found = {p for m in meetings for p in _people(m)}
    assert {"Justin Trudeau", "Micheál Martin", "Jonas Gahr Støre", "Naftali Bennett"} <= found
    assert all("Volodymyr Zelenskyy" in _people(m) for m in meetings)
    assert all(m.news for m in meetings)  # told in the address as the day's calls


def test_an_address_reporting_one_call_tells_the_day_s_other_calls_as_its_news_too():
    text = (
        "Free people of a free country! Today was one of those days that allows us to say with confidence "
        "that the whole world is with us. In the morning I spoke with His Holiness Pope Francis about the "
        "search for peace for Ukraine, about the humanitarian corridors to the besieged cities. I thanked "
        "His Holiness for a clear and strong position against the war. I invited him to visit our country "
        "at this crucial time.\n\nI addressed both chambers of the Italian parliament today. I felt maximum "
        "support.\n\nI spoke with President of Slovakia Zuzana Čaputová. About our cooperation and our "
        "security.\n\nGlory to Ukraine!"
    )
    doc = Document(
        "ukraine",
        "test/address-calls",
        "The G7, NATO and EU summits take place this week - address by the President of Ukraine",
        text,
        date(2022, 3, 22),
        url="https://www.president.gov.ua/en/news/test-address-calls",
    )
    meetings = extract(doc).meetings
    assert any(not m.mentioned and "Pope Francis" in _people(m) for m in meetings)  # the release's meeting
    told = [_people(m) for m in meetings if m.mentioned and m.news]
    assert told == [["Volodymyr Zelenskyy", "Zuzana Čaputová"]]  # the call found is not told twice
    # told in the nightly address with no word of meeting: a call, as in an address without a meeting
    assert [m.mode for m in meetings if m.mentioned and m.news] == ["phone"]
