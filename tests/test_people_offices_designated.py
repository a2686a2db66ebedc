"""Foreign office holders designated by office alone: two offices sharing one "of <state>" ("the Prime
Minister and Foreign Minister of A"), leaders joined by officials ("leaders and senior officials of A
and B"), an office's own one-word name ("the Taoiseach"), and an organization's name before its head's
bare title ("the World Bank President")."""

from __future__ import annotations

from datetime import date

from kg.extract import extract
from kg.extract.gazetteer import scan
from kg.extract.people import People, find_in_text, resolve_roles
from kg.model import Document
from kg.reference import load_reference


def _roles(text: str, on: date = date(2023, 9, 9), home: str = "US") -> list[str]:
    ref = load_reference()
    pp: People = find_in_text(text, scan(text, ref), ref, on, home)
    return [pp.people[m.key].label for m in resolve_roles(pp, text)]


def _holder(post: str, on: date) -> str:
    e = load_reference().holder(f"https://w3id.org/dmkg/id/post/{post}", on)
    assert e is not None
    return e.label


def test_two_offices_sharing_one_state_are_both_that_states():
    on = date(2023, 9, 9)
    found = _roles("The President met the Prime Minister and Foreign Minister of Japan.", on)
    assert _holder("jp-head-of-government", on) in found
    # "the Prime Minister" is not read alone as the publisher's own head of government
    assert found.count(_holder("us-head-of-state", on)) == 1  # "The President" only


def test_the_second_office_after_the_stands_alone():
    on = date(2023, 9, 9)
    found = _roles("The President and the Prime Minister of Japan discussed trade.", on)
    assert found == [_holder("us-head-of-state", on), _holder("jp-head-of-government", on)]


def test_leaders_joined_by_officials_of_listed_states_are_those_states_leaders():
    on = date(2023, 9, 9)
    found = _roles("The summit was joined by leaders and senior officials of India and Kenya.", on)
    assert set(found) == {_holder("in-head-of-government", on), _holder("ke-head-of-state", on)}


def test_an_office_named_by_its_own_one_word_name_is_its_holder():
    on = date(2023, 4, 13)
    assert _roles("The President thanked the Taoiseach for the welcome.", on)[-1] == _holder(
        "ie-head-of-government", on
    )
    assert _roles("You know, Taoiseach, I want to thank you.", on) == [_holder("ie-head-of-government", on)]
    # before a name the title is the titled finder's, not a role
    assert _roles("Taoiseach Ciaran Brody spoke.", on) == []


def test_an_organization_before_its_heads_bare_title_is_the_head():
    on = date(2023, 9, 9)
    banga = _holder("world-bank-president", on)
    assert _roles("Together with the World Bank President, we welcome the plan.", on) == [banga]
    assert _roles("The plan was welcomed by the World Bank President Zorro Quint.", on) == []


def test_a_readout_with_a_states_two_offices_has_its_head_of_government_as_participant():
    doc = Document(
        "whitehouse",
        "whitehouse/statements-releases/x.md",
        "Readout of President Biden's Meeting with the Prime Minister and Foreign Minister of Japan",
        "Today President Biden met with the Prime Minister and Foreign Minister of Japan at the White "
        "House. The leaders discussed regional security and trade.",
        date(2023, 9, 12),
        "https://example.org/x",
    )
    held = [m for m in extract(doc).meetings if m.status == "held" and not m.mentioned]
    assert held
    assert _holder("jp-head-of-government", date(2023, 9, 12)) in {e.label for e in held[0].participants}


def _remarks(text: str) -> list[str]:
    doc = Document(
        "whitehouse",
        "whitehouse/speeches-remarks/x.md",
        "Remarks by President Biden at the Leaders' Meeting on Ocean Resilience",
        text,
        date(2023, 9, 12),
        "https://example.org/x",
    )
    held = [m for m in extract(doc).meetings if m.status == "held" and not m.mentioned]
    return sorted(e.label for e in held[0].participants) if held else []


def test_a_speaker_thanking_the_one_before_by_title_and_name_names_a_participant():
    text = (
        "THE PRESIDENT: Good morning. Thank you, Secretary Blinken.\n\n"
        "I am glad to host this meeting with President Ruto of Kenya and our partners today."
    )
    assert "Antony J. Blinken" in _remarks(text)


def test_a_speaker_greeting_someone_by_title_and_name_names_a_participant():
    text = (
        "THE PRESIDENT: Good morning. And, Secretary Blinken, it's good to be here with you.\n\n"
        "I am glad to host this meeting with President Ruto of Kenya and our partners today."
    )
    assert "Antony J. Blinken" in _remarks(text)


def test_an_ambassador_greeted_is_not_the_head_of_state_who_bears_the_same_surname():
    head = _holder("il-head-of-state", date(2023, 9, 12))
    text = (
        f"THE PRESIDENT: Good morning. Ambassador {head.split()[-1]}, it is good to be with you.\n\n"
        "I am glad to host this meeting with President Ruto of Kenya and our partners today."
    )
    assert head not in _remarks(text)
