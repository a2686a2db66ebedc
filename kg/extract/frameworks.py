"""Frameworks a meeting refers to: organizations, agreements, declarations, programmes, formats.

Sources: reference frameworks and organizations named in the text (not those taking part), reference
events the meeting refers to (`kg.extract.framework_events`), and generic forms for names the
reference does not know (`kg.extract.framework_forms`): "the … Declaration/Agreement/Initiative …",
"the A and B Declarations", "the Minsk agreements", "formats, including the Normandy one", a phrase
with its acronym in parentheses, a fact sheet's paragraph headed by a programme's name and short form
("Quixote Transitions (QUEST): …"), signed papers named in lower case by kind and subject
(`kg.extract.framework_papers`: "a memorandum of cooperation on education"). A name is minted with a
clean label, or linked to the reference entity it names.
"""

from __future__ import annotations

import re
from itertools import chain
from typing import TYPE_CHECKING

from kg.extract.actors import top_organization
from kg.extract.form_screens import screened
from kg.extract.framework_dates import dated_papers
from kg.extract.framework_entity import generic
from kg.extract.framework_events import own_gathering, referenced_events
from kg.extract.framework_forms import (
    ACRONYM,
    AGENCY,
    BODY_WORDS,
    DEFINED,
    ELLIPSIS,
    GROUP_OF,
    HEAD_FIRST,
    HEAD_YEAR,
    HEADED,
    HEADING,
    JOINT,
    JOINT_PAPER,
    LEAD_WORDS,
    LEADING,
    LOWER_HEADED,
    LOWER_PLURAL,
    NOT_FRAMEWORK,
    NOT_NAME,
    NUMBERED,
    OFFICE_START,
    ORDINAL,
    PAIR_BODY,
    PARTNERSHIP,
    PLACE_HEADS,
    PLURAL,
    POSSESSIVE,
    QUOTED,
    QUOTED_MORE,
    SETTING,
    SIDE_ADJECTIVE,
    STATE_BODY,
    TALKS,
    YEAR_OF,
    acronym_name,
    after_reference,
    body_meeting,
    capitalized_tail,
    headed_names,
    name_start,
    un_actor,
    un_place,
)
from kg.extract.framework_kinds import not_a_framework
from kg.extract.framework_merge import merged
from kg.extract.framework_named import named_forms
from kg.extract.framework_pairs import describes_relations, home_first, only_places, own_talks, pair_names
from kg.extract.framework_pairs import parties as states_paired
from kg.extract.framework_papers import signed_papers
from kg.extract.framework_tails import trim_tail, with_tail
from kg.extract.framework_titles import add_title_formats
from kg.extract.gazetteer import Mention, scan
from kg.extract.participants import national
from kg.extract.people.lexicon import title_vocabulary, title_word
from kg.model import Entity, Meeting, Statement
from kg.namespaces import DMR
from kg.reference.tables import Reference, fold

UN = str(DMR) + "organization/un"

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc


def find_frameworks(
    text: str, mentions: list[Mention], ref: Reference, exclude: set[str]
) -> list[tuple[Entity, int, int]]:
    """(framework, start, end) for each framework referenced in `text`; `exclude` holds IRIs or keys to skip."""  # noqa: E501
    out: dict[str, tuple[Entity, int, int]] = {}
    spans: list[tuple[int, int]] = []

    def add(e: Entity, s: int, t: int) -> None:
        if "iri" not in e.props:
            label = re.sub(r"^\d[\d,.]*-[a-z]+\s+", "", LEAD_WORDS.sub("", e.label))  # "000-member Stryker"
            inside = after_reference(text, s, label, named)
            if inside is not None and label in text[s : s + len(label) + 4]:
                label = text[inside : text.index(label, s) + len(label)].strip()
            label = re.sub(r"['’]s?$|[\"”»]$", "", label)  # "People’s Republic of China’s", "… Agreement”"
            # a list of people after the name ("Summit of the Americas in Los Angeles, President Biden and …")
            label = re.split(
                r",\s+(?=(?:the\s+)?(?:President|Prime Minister|Vice President|Secretary)\b)", label
            )[0]
            if (
                len(label.split()) < 2
                or OFFICE_START.match(label)
                or re.search(
                    r"(?:[a-z]{2}|\d|\b[A-Z]{3,})\. ", label
                )  # past a sentence's end ("COVID. Five")
            ):
                return
            if NOT_NAME.search(label):
                return  # a person's title or a building, not a framework
            line = text[text.rfind("\n", 0, s) + 1 : (text.find("\n", s) + 1 or len(text) + 1) - 1]
            if re.fullmatch(r"[A-Z][\w'’.,&:+ -]*[A-Z][\w'’.]*s", line.strip()) and label in line:
                return  # a heading naming a kind of thing in the plural ("Key Economic Corridors")
            if label != e.label:
                s, e = (
                    s + e.label.find(label[:8]),
                    Entity("framework", fold(label), label, list(e.alt_labels)),
                )
        k = e.props.get("iri") or e.key
        if k in exclude or e.key in exclude:
            return
        if k not in out:
            out[k] = (e, s, t)
        spans.append((s, t))

    vocab = title_vocabulary(ref)
    named = [  # where reference names are (past a leading "the": "the United Nations")
        (m.start + (4 if re.match(r"(?:the|The)\s", text[m.start : m.end]) else 0), m.end)
        for m in mentions
        if m.kind in ("framework", "organization", "country")
    ]
    known_at: dict[str, list[tuple[int, int]]] = {}  # the reference's frameworks, where named
    for m in mentions:
        if m.kind in ("framework", "organization"):
            add(ref.entities[m.iri], m.start, m.end)
            lead = re.match(r"(?:the|The)\s+", text[m.start : m.end])
            known_at.setdefault(m.iri, []).append((m.start + (lead.end() if lead else 0), m.end))
    for m in screened(HEAD_FIRST, text):
        label = trim_tail(m.group(1))
        if not _covered(spans, m.start(1), m.start(1) + len(label)):
            add(generic(label, ref), m.start(1), m.start(1) + len(label))
    for paper, s, t in dated_papers(text):  # "the November 9, 2020, statement", "statements of November 9, …"
        add(paper, s, t)
    for m in screened(JOINT_PAPER, text):
        label = trim_tail(m.group(1))
        if not _covered(spans, m.start(1), m.start(1) + len(label)):
            add(generic("J" + label[1:], ref), m.start(1), m.start(1) + len(label))
    for rx in (PARTNERSHIP, TALKS, PAIR_BODY):
        for m in screened(rx, text):
            label = trim_tail(m.group(1))
            if rx is PAIR_BODY and not states_paired(label, ref):
                continue  # no state among the parties ("Pre-K programs")
            if rx is PARTNERSHIP and describes_relations(text, m.start(1)):
                continue  # "relations of strategic partnership": a description, not a name (21b)
            head, _, party = label.partition(" with ")
            if OFFICE_START.match(re.sub(r"^the\s+", "", party)):
                label = head  # "Kazakh-Tajik strategic partnership with President ..."
            sides = re.split(r"\s+(?:between|and)\s+(?:the\s+)?", label)[1:]
            if any(OFFICE_START.match(x) for x in sides) or any(x.kind == "person" for x in scan(label, ref)):
                continue  # talks between people ("talks between Vladimir Putin and President of …")
            if set(label.lower().split()) - {"strategic", "partnership"} and not _covered(
                spans, m.start(1), m.end(1)
            ):
                add(Entity("framework", fold(label), label, []), m.start(1), m.start(1) + len(label))
    for m in screened(QUOTED, text):
        name, at = (m.group(1), m.start(1)) if m.group(1) else (m.group(4), m.start(4))
        head = (m.group(2) or m.group(3)).lower()
        label = (
            name if name[:1].isupper() else f"{name} {head}"
        )  # "Large Construction", "sanitary shield initiative"
        if not _covered(spans, at, at + len(name)):
            add(Entity("framework", fold(label), label, [name] if label != name else []), at, at + len(name))
        if m.group(3):  # the head first: the quoted names listed after the first are of that kind too
            more = QUOTED_MORE.match(text, m.end())
            while more:
                if not _covered(spans, more.start(1), more.end(1)):
                    add(
                        Entity("framework", fold(more.group(1)), more.group(1), []),
                        more.start(1),
                        more.end(1),
                    )
                more = QUOTED_MORE.match(text, more.end())
    for m in screened(NUMBERED, text):
        label = m.group(1).replace(" ", "") + " " + m.group(2)
        if not _covered(spans, m.start(1), m.end()):
            add(Entity("framework", fold(label), label, []), m.start(1), m.end())
    for m in screened(PLURAL, text):
        for part in (m.group(1), m.group(2)):
            label = f"{part} {m.group(3)[:-1]}"
            add(generic(label, ref), m.start(), m.end())
    for m in chain(screened(YEAR_OF, text), screened(HEAD_YEAR, text)):
        if not _covered(spans, m.start(1), m.end(1)):
            add(generic(re.sub(r"^(?:The|the)\s+", "", m.group(1)), ref), m.start(1), m.end(1))
    for m in screened(LOWER_PLURAL, text):
        for g in (1, 2):
            label = f"{m.group(g)} {re.sub(r'(?<=ss)es$|s$', '', m.group(3))}"
            add(generic(label, ref), m.start(g), m.end(g))
    defined = [(m, True) for m in screened(DEFINED, text)]
    headings = [(m, False) for m in screened(HEADING, text)]
    for m, strict in [(m, False) for m in screened(ACRONYM, text)] + defined + headings:
        phrase = re.sub(r"^(?:the\s+|The\s+)+", "", m.group(1).strip())
        name = acronym_name(phrase, m.group(2))
        if name is None and strict:
            continue
        phrase = name or capitalized_tail(phrase)
        if _covered(spans, m.end(1) - len(phrase), m.end(1)) or len(phrase.split()) > 14:
            continue
        bare = re.sub(r"['’]s?$", "", phrase)  # "the United Arab Emirates’ (UAE) work"
        known = [x for x in scan(bare, ref) if x.start == 0 and x.end == len(bare)]
        if known and known[0].kind in ("country", "person", "place") or only_places(bare, ref):
            continue
        if known:
            add(ref.entities[known[0].iri], m.end(1) - len(phrase), m.end(1))
        elif any(c.isupper() for c in phrase[1:]) or HEADED.search(phrase) or len(phrase.split()) >= 3:
            add(Entity("framework", fold(phrase), phrase, [m.group(2)]), m.end(1) - len(phrase), m.end(1))
    for m in screened(ELLIPSIS, text):
        label = f"{m.group(2).strip()} {m.group(1)}"
        if not _covered(spans, m.start(2), m.end(2)):
            add(generic(label, ref), m.start(2), m.end())
    for m in LOWER_HEADED.finditer(text):
        label = m.group(1)
        first = label.split()[0]
        if _covered(spans, m.start(1), m.end(1)) or (
            len(label.split()) == 2 and ref.country_of_demonym(first)
        ):
            continue
        if first in ("The", "This", "That", "Our", "Their") or re.search(r"['’]s?\s", label):
            continue  # a possessive is an owner's, not a name ("the Alliance’s approach")
        name = PLACE_HEADS.split(label)[0]
        if name != label and (only_places(name, ref) or SIDE_ADJECTIVE.fullmatch(name)):
            continue  # a side's course, not a name ("the United States approach", "the Western alliance")
        add(generic(label, ref), m.start(1), m.end(1))
    for label, s, t in chain(signed_papers(text), named_forms(text)):  # lower case; "a fund called …"
        if not _covered(spans, s, t):
            add(Entity("framework", fold(label), label, []), s, t)
    for m, end in headed_names(text):
        cut = name_start(m.group(1), lambda w: title_word(w.strip(".,"), vocab))
        label, start = m.group(1)[cut:], m.start(1) + cut
        lead = LEADING.match(label)  # "1978 and the Astana Declaration": the name starts after the joiners
        if lead:
            label, start = label[lead.end() :], start + lead.end()
        joint = re.search(r"^.*\s(?:and|on|with|to|in)\s+the\s", label)
        if joint:  # "EU and the Association Trio", "Canada in the Crimea Platform"
            label, start = label[joint.end() :], start + joint.end()
        office = OFFICE_START.match(re.sub(r"^(?:The|the)\s+", "", label)) and re.search(
            r"^.*\s(?:for|at|in|with|to|and|on|from|by)\s+(?:the\s+)?(?=[A-Z])", label
        )
        if office:  # a run from an office: the name is its last part ("Prime Minister in Madrid for the
            # NATO Summit"); not after "of": its own body ("Secretary of the Russian Security Council")
            label, start = label[office.end() :], start + office.end()
        named_part = len(trim_tail(re.sub(r"^(?:The|the)\s+", "", label)))  # the name before its tail
        label = with_tail(label, text[m.end(1) : m.end(2)] if m.group(2) else "", ref)
        label = trim_tail(re.sub(r"^(?:The|the)\s+", "", label))
        if NOT_FRAMEWORK.match(label) or _covered(spans, start, m.end(1)):
            continue
        if m.group(1).endswith("Group") and not GROUP_OF.search(m.group(1)):
            continue
        found = scan(label, ref)
        head_len = len(label.split()[-1]) + 1
        if (
            found
            and found[0].kind in ("country", "person")
            # a state ending the name, not its tail's ("Association Agreement between Ukraine and the EU")
            and named_part - 12 <= found[0].end <= named_part
            and not JOINT.match(label)  # "U.S.-EU Summit": a name of two parties
        ):
            continue
        if found and found[0].kind == "place" and found[0].end > len(label) - head_len:
            continue
        if len(label.split()) < 2:
            continue
        add(generic(label, ref), start, end)
    # a reference name only ever read as the start of a longer name ("United Nations" in "United
    # Nations Framework Convention on Climate Change") is that longer name's, not referenced itself
    for iri, places in known_at.items():
        longer = [(a, b) for k, (_, a, b) in out.items() if k != iri]
        if iri in out and all(
            any(a <= s and t <= b and (a, b) != (s, t) for a, b in longer) for s, t in places
        ):
            del out[iri]
    return merged(text, out)


def paragraph(text: str, start: int, end: int) -> tuple[int, int]:
    """The span of the paragraph(s) holding text[start:end] (paragraphs end at a blank line)."""
    after = text.find("\n\n", end)
    return text.rfind("\n\n", 0, start) + 1, after if after >= 0 else len(text)


def _covered(spans: list[tuple[int, int]], s: int, t: int) -> bool:
    for a, b in spans:  # (a loop, not any() over a generator: a long release asks it of hundreds of names)
        if a <= s and t <= b:
            return True
    return False


def record_frameworks(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "frameworks": the frameworks named in the meeting's part of the release, not the
    organizations taking part, their organs, the event or the publisher's own agencies."""
    ref, start, end = doc.ref, account.start, account.end
    if account.kind == "mentioned":  # a meeting told in passing: its paragraph goes on about it
        start, end = paragraph(doc.text, start, end)
    exclude = {o.props.get("iri", o.key) for o in m.organizations}
    # a body of an organization taking part (its parent, a sibling) is not a framework either; a
    # joint one is ("NATO-Russia Council")
    tops = {top_organization(ref, k) for k in exclude if k in ref.entities}
    if tops:
        exclude |= tops | {
            k
            for k, e in ref.entities.items()
            if e.props.get("broader") and not JOINT.match(e.label) and top_organization(ref, k) in tops
        }
    # the event, or the one of the meeting it followed ("Immediately after the NATO Summit, I spoke …")
    event = m.event or (account.parent.event if account.parent is not None else None)
    if event is not None:
        exclude.add(event.props.get("iri", event.key))
    event_words = (
        {w for n in (event.label, *event.alt_labels) for w in re.findall(r"[^\W_]+", fold(n))}
        if event is not None
        else set()
    )
    # the gathering the meeting was held at, named where the meeting is told or in the lead of its
    # part ("on the margins of the G20 Leaders' Summit"), is its setting whether or not the event
    # step named it
    setting = [
        (sent.start + x.start(g), sent.start + x.end(g))
        for sent in {account.sentence, *account.sentences, *account.part[:1]}
        for x in SETTING.finditer(sent.text)
        for g in (1, 2)
        if x.group(g)
    ] + own_gathering(doc.text, start, end)
    mentions = [x for x in doc.mentions if start <= x.start < end]
    # one-word names of the participating organizations ("CSTO"): a council they head is their organ
    org_words = {n.lower() for o in m.organizations for n in (o.label, *o.alt_labels) if " " not in n.strip()}
    for fw, s, _end in find_frameworks(doc.text[:end], mentions, ref, exclude):
        if s < start:
            continue
        words = {
            w for w in re.findall(r"[^\W_]+", fold(fw.label)) if not w[0].isdigit() and not ORDINAL.match(w)
        }
        if "iri" not in fw.props and any(a <= s < b for a, b in setting):
            continue  # the meeting's own gathering
        if "iri" not in fw.props and not_a_framework(doc.text, s, fw.label):
            continue  # a state organ, an honour, a heading telling an action
        if (
            "iri" not in fw.props
            and event_words
            and len(fw.label.split()) >= 2
            and words <= event_words
            and not (event is not None and body_meeting(event.label, fw.label))
        ):
            continue  # a part or edition of the event's own name ("Collective Security Council", "16th EAS")
        if (
            "iri" not in fw.props
            and BODY_WORDS.search(fw.label)
            and (POSSESSIVE.match(fw.label) or fw.label.split()[0].lower() in org_words)
        ):
            # an organ of a participating body or of a state ("CSTO Council of Defence Ministers",
            # "Kazakhstan's Security Council"); a joint one stays ("NATO-Russia Council")
            continue
        if "iri" not in fw.props and own_talks(fw.label, m, ref):
            continue  # the meeting's own talks ("Russian-Belarusian talks" of Putin and Lukashenko)
        if fw.props.get("type") == "product":
            continue  # a product the text names (a vaccine), not a framework (CONVENTIONS 21e)
        if fw.props.get("iri") == UN and not any(
            un_actor(doc.text, x.start) and not un_place(doc.text, x.start, x.end)
            for x in mentions
            if x.iri == UN
        ):
            continue  # the UN only as a place, channel, modifier or in passing, not an actor (21d)
        if fw.kind == "organization" and national(doc, fw.props.get("iri", ""), leading=True):
            continue  # the publisher's own agency ("USAID", "Russian Direct Investment Fund") is an actor
        if (
            "iri" not in fw.props
            and AGENCY.search(fw.label)
            and (home_first(doc, fw.label) or STATE_BODY.match(fw.label))
        ):
            continue  # an agency of the publisher's state the reference does not know ("U.S. Trade Agency")
        if any(n in fw.label.split() for n in account.names):
            continue  # a list of titled people ("… Boris Johnson and European Council")
        if fw.kind != "framework":
            fw = Entity("framework", fw.key, fw.label, list(fw.alt_labels), fw.wikidata, dict(fw.props))
        if "iri" not in fw.props:
            fw = pair_names(fw, doc)
        m.frameworks.append(fw)
        m.evidence.append(Statement("framework", fw, doc.index.containing(s)))
    for fw, s in referenced_events(ref, mentions, exclude, event, setting, m.frameworks):
        m.frameworks.append(fw)
        m.evidence.append(Statement("framework", fw, doc.index.containing(s)))
    if account.kind == "main":
        add_title_formats(doc, m, exclude, account.sentence)  # whose meeting the title reports
