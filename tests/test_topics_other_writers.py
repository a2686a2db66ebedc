"""Topics of releases by writers the cue lists were not written on (news agencies, other
governments): each says what the talks were about in its own words. Releases written for the test."""

from __future__ import annotations

from datetime import date

import pytest

from kg.extract import extract
from kg.extract.gazetteer import tokenize
from kg.extract.topics import count_cues
from kg.model import Document
from kg.reference import load_reference

RELEASES = [
    (  # a news agency on a call
        "Tokayev, Erdogan discuss freight and e-government",
        "ASTANA. KAZINFORM – President Kassym-Jomart Tokayev had a telephone conversation with "
        "President of Türkiye Recep Tayyip Erdogan, the Akorda press service reports.\n"
        "The sides discussed multimodal freight, new rail links and seaports. Special attention was "
        "paid to e-government, microelectronics and joint startups.",
        {"transport", "technology"},
    ),
    (  # another government's readout
        "Prime Minister meets President of Mozambique",
        "Prime Minister Luís Montenegro met today in Lisbon with President Daniel Chapo of Mozambique.\n"
        "The two leaders discussed mine clearance in the north of the country, the return of IDPs "
        "and returnees to their homes, and the fight against jihadist militants in Cabo Delgado.",
        {"humanitarian", "migration", "terrorism"},
    ),
    (  # a news agency on talks about nuclear talks and hackers
        "Erdogan, Guterres discuss enrichment, disarmament",
        "ANKARA (AA) - Turkish President Recep Tayyip Erdogan met with UN Secretary-General António "
        "Guterres in Ankara on Monday.\n"
        "The two discussed uranium enrichment and the JCPOA, disarmament, and attacks by hackers in "
        "cyberspace.",
        {"cbrn", "cyber"},
    ),
    (  # a government on minerals, pollution and gangs
        "Prime Minister holds talks with President of Chile",
        "Prime Minister Anthony Albanese held talks with President Gabriel Boric of Chile in Canberra "
        "today.\n"
        "The leaders discussed copper and cobalt, fisheries, global warming and plastic pollution, and "
        "the cartels and gangs that threaten both their peoples.",
        {"natural_resource", "environment", "crime"},
    ),
]


@pytest.mark.parametrize("title,text,expected", RELEASES)
def test_topics_in_other_writers_words(title: str, text: str, expected: set[str]):
    doc = Document(reader="web", identifier="t.txt", title=title, text=text, date=date(2025, 3, 3))
    meetings = [m for m in extract(doc).meetings if m.status == "held"]
    assert meetings
    assert expected <= {t.key for t in meetings[0].topics}


def test_an_acronym_cue_counts_only_in_capitals():
    ref = load_reference()
    text = "He asked who would chair the session and who would attend it."
    assert not count_cues(tokenize(text), ref, text=text)
    text = "They discussed cooperation with the WHO."
    assert [k.rsplit("/", 1)[1] for k in count_cues(tokenize(text), ref, text=text)] == ["health"]
