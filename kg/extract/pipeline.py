"""The rule-based extractor: one Document in, its meetings (with evidence) out.

Steps: sentences -> gazetteer mentions -> detection (held / planned / none) -> the meeting's
sentences -> date, mode -> people (participants) -> countries and organizations -> venue and event
-> frameworks -> topics. Each step lives in its own module; this one wires them and records the
sentence each fact was read from.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from datetime import date

from kg.extract import detect, evidence, frameworks, mentions, places, topics
from kg.extract.actors import countries_and_organizations, top_organization
from kg.extract.dates import meeting_date
from kg.extract.gazetteer import Mention, scan, tokenize
from kg.extract.mode import detect_mode
from kg.extract.people import People, Person, find_people, holder, resolve_roles
from kg.extract.sentences import Sentence, split_sentences
from kg.extract.version import extractor_version
from kg.model import Document, Entity, Evidence, Extraction, Meeting, Statement
from kg.reference import Reference, load_reference

EXTRACTOR = extractor_version()  # "kg.extract.rules.v2+<digest of code and data>"

# Publisher's country by reader, when the publisher string names none (extend for new sources).
READER_COUNTRY = {"akorda": "KZ", "whitehouse": "US", "kremlin-csv": "RU", "ukraine-csv": "UA"}
LEAD = 4  # sentences of the body read for detection
LEAD_CHARS = 3000
# organs of a body: a generic name with one of these words is a council, not an agreement or format
BODY_WORDS = re.compile(r"\b(?:Council|Commission|Committee|Assembly|Secretariat)\b")
JOINT = re.compile(r"^[A-Z][\w.]*[-–][A-Z]")  # "NATO-Russia Council": a body of two parties
_POSSESSIVE = re.compile(r"^[A-Z][\w-]*['’]s\s")
NAMED_WITH = 60  # characters before a person's name where the organization of his title is named
SHORT = 5  # sentences of a short report (topics need one cue there, two elsewhere)
# sentences that report who took part, wherever they are
PRESENCE = re.compile(
    r"\b(joined|joining|took part|taking part|participated|attended|present|accompanied|also (?:met|spoke)|included|participants|"  # noqa: E501
    r"(?:during|at the end of|after|following|in the course of) (?:the |their |today's )?(?:meeting|talks|conversation|call|negotiations))\b",  # noqa: E501
    re.I,
)
SEPARATE = re.compile(
    r"(?i)\b(?:also|separately|later|in a separate)\b.{0,60}?\b(?:met|meet|meets|spoke|speak|speaks|call|conversation|talks)\b|"  # noqa: E501
    r"\b(?:met|spoke)\b.{0,30}?\bseparately\b|"
    r"\balso\b.{0,40}?\b(?:held|had)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:meeting|talks|conversation)s?\s+with\b|"
    r"^in addition\b,?\s.{0,120}?\b(?:met|meeting|talks|conversation|call)\s+with\b"
)
# a sentence opening on the talks with someone ("During the talks with US Vice President Kamala Harris,
# the President…", "In a meeting with…"): in a release listing several talks, another meeting
TALKS_WITH = re.compile(
    r"(?i)^(?:(?:in addition|besides|later|then|also|separately|afterwards)\b,?\s+)?"
    r"(?:during|in the course of|in|at)\s+(?:the|a|his|her|their)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:talks|meeting|conversation|negotiations|call|discussion)\s+with\b"
)
FUTURE = re.compile(r"(?i)\bwill (?:meet|visit|travel|host)\b")
# titles that, without a country, name one's own officials rather than a foreign counterpart
HOME_TITLES = re.compile(
    r"(?i)\b(senators?|congress(?:man|woman)|representative|governor|mayor|envoy|administrator|secretary|"
    r"ambassador|general|admiral|advis[eo]r|commissioner|speaker|minister|deputy|chief|dr\.|mr\.|ms\.|mrs\.)\b"
)
DELEGATION = re.compile(r"(?i)\bdelegations?\s+(?:of|from)\s+(?:the\s+)?")
SPOKESPERSON = re.compile(r"(?i)press secretary|spokes(?:person|man|woman)|press service")
# a transcript's speaker label at the start of a paragraph
SPEAKER = re.compile(r"^(?:(?:[A-Z][\w.'’-]*|of|the|and)[ \t]+){0,9}[A-Z][\w.'’-]*[ \t]*:[ \t]+\S")
# courtesies that say nothing about what a meeting was about
COURTESY = re.compile(
    r"(?i)\b(wish(?:ed|es)? (?:him|her|them|the)|birthday|anniversary of (?:his|her) birth|"
    r"congratulat\w+ (?:[\w-]+ ){1,4}on (?:his |her |the )?(?:upcoming |forthcoming )?(?:\w+ )?"
    r"(?:holiday|birthday|new year|anniversary|day))\b"
)
NOT_PRESENT = re.compile(
    r"\b(on behalf of|greetings (?:from|to)|regards to|condolences|"
    r"congratulat\w+ \w+ on|message to|letter (?:to|from)|wished|passing of|death of|memory of|legacy of|"
    r"funeral of|the late)\b",
    re.I,
)


def home_country(doc: Document, ref: Reference) -> str | None:
    """ISO code of the publishing government."""
    if doc.publisher:
        for m in scan(doc.publisher, ref):
            if m.kind == "country":
                return ref.iso_of(m.iri)
    return READER_COUNTRY.get(doc.reader)


def extract(doc: Document, ref: Reference | None = None) -> Extraction:
    """All meetings a release reports (none for most releases), each fact with its sentence."""
    ref = ref if ref is not None else load_reference()
    meetings = _Run(doc, ref).meetings()
    return Extraction(doc, meetings, extractor_version())


class _Run:
    def __init__(self, doc: Document, ref: Reference) -> None:
        self.doc, self.ref = doc, ref
        self._title_keys: set[str] = set()
        self._sentence_index: evidence.SentenceIndex | None = None
        # detection reads only the lead; the whole text is analysed once a meeting is found
        self.sents: list[Sentence] = split_sentences(doc.text[:LEAD_CHARS])[:LEAD]

    @property
    def text(self) -> str:
        return self.doc.text

    @property
    def title(self) -> str:
        return self.doc.title

    def analyse(self) -> None:
        doc, ref = self.doc, self.ref
        self.sents = split_sentences(doc.text)
        self.tokens = tokenize(doc.text)
        self.mentions: list[Mention] = scan(doc.text, ref, self.tokens)
        self.title_mentions: list[Mention] = scan(doc.title, ref)
        self.home = home_country(doc, ref)

    # -- detection --------------------------------------------------------------------------
    def status(self) -> tuple[str | None, list[int]]:
        """'held' / 'planned' / None and the indices of the sentences reporting the meeting."""
        title = self.doc.title
        if detect.title_says_no_meeting(title):
            return None, []
        lead = self.sents[:LEAD]
        held = [i for i, s in enumerate(lead) if detect.held_cue(s.text) and not detect.planned_cue(s.text)]
        planned = [i for i, s in enumerate(lead) if detect.planned_cue(s.text)]
        title_held = bool(detect.TITLE_IS_MEETING.search(title))
        if any(detect.GREETINGS.search(s.text) for s in lead[:2]) and not held:
            return None, []
        if title_held and not re.search(
            r"(?i)\b(will|upcoming|to (?:pay an? (?:\w+ )?)?visit|to travel|announces)\b", title
        ):
            return "held", held or [0]
        if held and (not planned or min(held) <= min(planned)):
            return "held", held
        if planned or re.search(
            r"(?i)\b(upcoming|will (?:meet|host|visit|travel)|to (?:pay an? (?:\w+ )?)?visit|to host|"
            r"announcement)\b",
            title,
        ):
            return "planned", planned or [0]
        return None, []

    def meetings(self) -> list[Meeting]:
        status, core = self.status()
        if not self.sents:
            return []
        if status is None:
            return self.mentioned_meetings()
        self.analyse()
        core_sents = [self.sents[i] for i in core]
        # people of the whole text, at the release date first (to date the meeting we need sentences only)
        planned = status == "planned"
        day, day_i = meeting_date([self.doc.title] + [s.text for s in core_sents], self.doc.date, planned)
        finder, title_finder = self._people_finders(day)
        participants = self._participants(finder, title_finder, core, status)
        self._named_with = self._organizations_named_with(finder, title_finder)
        whole = list(participants)
        participants, separate = self._split(participants, finder, core)
        self._delegation_country(participants, finder)
        main_held = self._has_counterpart(participants, finder, title_finder)
        if not main_held and separate and not self._separate_meetings(status, day, separate):
            # the other "talks" took the main meeting's only counterpart and are no meetings of ours
            participants, separate = whole, []
            self._delegation_country(participants, finder)
            main_held = self._has_counterpart(participants, finder, title_finder)
        if not main_held and not separate:
            return self.mentioned_meetings()
        m = Meeting(status=status)  # type: ignore[arg-type]
        m.date = day
        m.evidence.append(Statement("status", status, self._ev(core[0] if core else None)))
        m.evidence.append(
            Statement("date", day.isoformat(), self._ev(core[day_i - 1] if day_i > 0 else None))
        )
        mode, mode_i = detect_mode(
            [self.doc.title] + [s.text for s in core_sents], [s.text for s in self.sents[:LEAD]]
        )
        m.mode = mode
        m.evidence.append(Statement("mode", mode, self._ev(core[mode_i - 1] if mode_i > 0 else None)))
        for person, sent_i in participants:
            e = self._person_entity(person)
            m.participants.append(e)
            if person.post:
                m.posts[e.key] = person.post
            m.evidence.append(Statement("participant", e, self._ev(sent_i)))
        self._actors(m, participants)
        meeting_sents = [self.doc.title] + [s.text for s in core_sents] + [s.text for s in self.sents[:LEAD]]
        event, ev_i = places.find_event(meeting_sents, self.ref)
        if event is not None:
            m.event = event
            m.evidence.append(Statement("event", event, self._ev_from(meeting_sents, ev_i, core)))
        if mode == "in_person":
            venue, v_i = places.find_venue(meeting_sents, self.ref, event, self.doc.location)
            if venue is not None:
                m.venue = venue
                m.evidence.append(Statement("venue", venue, self._ev_from(meeting_sents, v_i, core)))
        # a release reporting several meetings: each one's frameworks and topics come from its own part
        first_sep = min((i for i, _ in separate), default=len(self.sents))
        seg_end = self.sents[first_sep].start if first_sep < len(self.sents) else len(self.doc.text)
        hits = self._references(m, self.sents[:first_sep], 0, seg_end, with_title=True)
        self._complete(m, [p for p, _ in participants], finder, core[0] if core else 0, hits)
        out = [m]
        bounds = sorted(i for i, _ in separate) + [len(self.sents)]
        for extra, i, people in self._separate_meetings(status, day, separate):
            nxt = next(b for b in bounds if b > i)
            part = self.sents[i:nxt]
            if extra.mode == "in_person":
                texts = [x.text for x in part]
                ev, ev_i = places.find_event(texts, self.ref)
                extra.event = ev or m.event
                if extra.event is not None:
                    extra.evidence.append(Statement("event", extra.event, self._ev(i + ev_i) if ev else None))
                venue, v_i = places.find_venue(texts, self.ref, extra.event, None)
                extra.venue = venue or m.venue
                if extra.venue is not None:
                    extra.evidence.append(
                        Statement("venue", extra.venue, self._ev(i + v_i) if venue else None)
                    )
            hits = self._references(extra, part, part[0].start, part[-1].end, with_title=False)
            self._complete(extra, people, finder, i, hits)
            out.append(extra)
        # a main part with no counterpart of its own (the release's lead only announces the talks)
        return out if main_held else out[1:]

    def _references(
        self, m: Meeting, sents: list[Sentence], start: int, end: int, with_title: bool
    ) -> dict[str, list[int]]:
        """Frameworks named in [start, end) of the text and topics of the sentences; topic cue offsets."""
        exclude = {o.props.get("iri", o.key) for o in m.organizations}
        # a body of an organization taking part (its parent, a sibling) is not a framework either; a
        # joint one is ("NATO-Russia Council")
        tops = {top_organization(self.ref, k) for k in exclude if k in self.ref.entities}
        if tops:
            exclude |= tops | {
                k
                for k, e in self.ref.entities.items()
                if e.props.get("broader")
                and not JOINT.match(e.label)
                and top_organization(self.ref, k) in tops
            }
        event = m.event
        if event is not None:
            exclude.add(event.props.get("iri", event.key))
        event_words = set(re.findall(r"[^\W_]+", event.label.lower())) if event is not None else set()
        mentions = [x for x in self.mentions if start <= x.start < end]
        # one-word names of the participating organizations ("CSTO"): a council they head is their organ
        org_words = {
            n.lower() for o in m.organizations for n in (o.label, *o.alt_labels) if " " not in n.strip()
        }
        text = self.doc.text[:end]
        for fw, s, _end in frameworks.find_frameworks(text, mentions, self.ref, exclude):
            if s < start:
                continue
            words = set(re.findall(r"[^\W_]+", fw.label.lower()))
            if "iri" not in fw.props and event_words and len(words) >= 2 and words <= event_words:
                continue  # a part of the event's own name ("Collective Security Council")
            if (
                "iri" not in fw.props
                and BODY_WORDS.search(fw.label)
                and (_POSSESSIVE.match(fw.label) or fw.label.split()[0].lower() in org_words)
            ):
                # an organ of a participating body or of a state ("CSTO Council of Defence Ministers",
                # "Kazakhstan's Security Council"); a joint one stays ("NATO-Russia Council")
                continue
            if fw.kind == "organization" and self._national(fw.props.get("iri", ""), leading=True):
                continue  # the publisher's own agency ("USAID", "Russian Direct Investment Fund") is an actor
            if fw.kind != "framework":
                fw = Entity("framework", fw.key, fw.label, list(fw.alt_labels), fw.wikidata, dict(fw.props))
            m.frameworks.append(fw)
            m.evidence.append(Statement("framework", fw, self._ev_at(s)))
        counts: Counter = Counter()
        hits: dict[str, list[int]] = {}
        if with_title:
            topics.count_cues(tokenize(self.doc.title), self.ref, 2, counts)
        self._count_topics(sents, counts, hits)
        # in a short text one cue is as telling as two in a long one
        for t in topics.choose_topics(counts, self.ref, 1 if len(sents) <= SHORT else 2):
            m.topics.append(t)
            m.evidence.append(
                Statement("topic", t, self._ev(self._densest(hits.get(t.props.get("iri", ""), []))))
            )
        return hits

    def _count_topics(self, sents: list[Sentence], counts: Counter, hits: dict[str, list[int]]) -> None:
        """Topic cues of the given sentences (the title is counted twice by the caller); courtesies
        (wishes of good health, congratulations on a holiday) not at all."""
        starts = [t.start for t in self.tokens]
        for s in sents:
            weight = 0 if COURTESY.search(s.text) else 1
            if weight:
                a, b = bisect_left(starts, s.start), bisect_left(starts, s.end)
                topics.count_cues(self.tokens[a:b], self.ref, weight, counts, hits)

    def _organizations_named_with(
        self, finder: People, title_finder: People
    ) -> dict[str, set[str]]:
        """Person key -> organizations named in the words just before a mention of him or her
        ("WHO Regional Director for Europe Hans Kluge", "UN Secretary-General António Guterres")."""
        out: dict[str, set[str]] = {}
        for text, people, orgs in (
            (self.doc.text, finder.mentions, [x for x in self.mentions if x.kind == "organization"]),
            (
                self.doc.title,
                title_finder.title_mentions,
                [x for x in self.title_mentions if x.kind == "organization"],
            ),
        ):
            for pm in people:
                for x in orgs:
                    if pm.start - NAMED_WITH <= x.start < pm.start and "." not in text[x.end : pm.start]:
                        out.setdefault(pm.key, set()).add(x.iri)
        return out

    def _delegation_country(
        self, participants: list[tuple[Person, int | None]], finder: People
    ) -> None:
        """'a delegation of the United States Congress led by Senator X': the delegation's people
        whose country is not said belong to that state."""
        lead = self.sents[:LEAD]
        if not lead:
            return
        by_start = {m.start: m for m in self.mentions if m.kind == "country"}
        iso = None
        for sent in lead:
            for d in DELEGATION.finditer(sent.text):
                m = by_start.get(sent.start + d.end())
                if m is not None and self.ref.iso_of(m.iri) != self.home:
                    iso = self.ref.iso_of(m.iri)
                    break
            if iso:
                break
        if not iso:
            return
        lead_end = lead[-1].end
        in_lead = {pm.key for pm in finder.mentions if pm.start < lead_end}
        for p, _ in participants:
            if p.country is None and p.iri is None and p.org is None and p.key in in_lead:
                p.country = iso

    # -- several meetings in one release --------------------------------------------------------
    def _split(
        self, participants: list[tuple[Person, int | None]], finder: People, core: list[int]
    ) -> tuple[list[tuple[Person, int | None]], list[tuple[int, list[Person]]]]:
        """Take out of the main meeting the people who only appear in a sentence reporting another one
        ("X also met separately with Y", "During the talks with Y, the President …"); returns the main
        participants and (sentence, people) groups."""
        first = self.sents[core[0]] if core else self.sents[0]
        in_first = {pm.key for pm in finder.mentions if first.start <= pm.start < first.end}
        ours_first = [k for k in in_first if self._ours(finder.people.get(k))]
        groups: list[tuple[int, list[Person]]] = []
        moved: set[str] = set()
        # the publisher's own leader is the principal of the release: never moved out
        head = holder(finder, "HeadOfState", self.ref.countries.get(self.home or "")) if self.home else None
        leader = head.key if head is not None else None
        for i, sent in enumerate(self.sents):
            if sent is first or not (SEPARATE.search(sent.text) or TALKS_WITH.match(sent.text)):
                continue
            found = [*finder.mentions, *resolve_roles(finder, sent.text, sent.start)]
            end = sent.end
            cue = TALKS_WITH.match(sent.text) if not SEPARATE.search(sent.text) else None
            if cue is not None:  # "During the talks with X, …": X, and our own people anywhere in it
                comma = sent.text.find(",", cue.end())
                end = sent.start + comma if comma > 0 else sent.end
            keys = list(
                dict.fromkeys(
                    pm.key
                    for pm in sorted(found, key=lambda pm: pm.start)
                    if sent.start <= pm.start < sent.end
                    and (pm.start < end or self._ours(finder.people.get(pm.key)))
                    and not re.match(r"['’]s?\b", self.doc.text[pm.end : pm.end + 3])  # "Putin's war"
                )
            )
            if cue is not None and keys and not any(self._ours(finder.people.get(k)) for k in keys):
                keys += ours_first  # "During the meeting with X, the parties …": our principal's talks
            # "also met" says it is another meeting; "During the talks with X" may be the one the title names
            main_keys = in_first | self._title_keys if cue is not None else in_first
            new = [k for k in keys if k not in main_keys and k != leader]
            if new and len(keys) >= 2:
                groups.append((i, [finder.people[k] for k in keys if k in finder.people]))
                moved |= set(new)
        return [(p, i) for p, i in participants if p.key not in moved], groups

    def _ours(self, p: Person | None) -> bool:
        return p is not None and p.country == self.home

    def _separate_meetings(
        self, status: str, day: date, groups: list[tuple[int, list[Person]]]
    ) -> list[tuple[Meeting, int, list[Person]]]:
        out = []
        for i, people in groups:
            pairs = [(p, i) for p in people]
            if not any(
                (p.org and not self._national(p.org)) or (p.country and p.country != self.home)
                for p in people
            ):
                continue  # a briefing by the release's own officials
            if self.home and not any(p.country == self.home for p in people):
                continue  # talks between others that the release only mentions ("talks between Putin and …")
            m = Meeting(status=status)  # type: ignore[arg-type]
            # its own sentence may date it ("in the evening of February 19, … had a phone conversation")
            own, own_i = meeting_date([self.sents[i].text], self.doc.date, status == "planned")
            m.date = own if own_i >= 0 else day
            m.mode, _ = detect_mode([self.sents[i].text])
            for st in (
                Statement("status", status, self._ev(i)),
                Statement("date", m.date.isoformat(), self._ev(i)),
                Statement("mode", m.mode, self._ev(i)),
            ):
                m.evidence.append(st)
            for person, _ in pairs:
                e = self._person_entity(person)
                m.participants.append(e)
                if person.post:
                    m.posts[e.key] = person.post
                m.evidence.append(Statement("participant", e, self._ev(i)))
            self._actors(m, pairs)
            out.append((m, i, people))
        return out

    def _people_finders(self, day: date) -> tuple[People, People]:
        """The people of the text and of the title (one set of people), offices resolved at `day`."""
        pp = find_people(self, day)  # type: ignore[arg-type]
        return pp, pp

    # -- meetings mentioned in passing ------------------------------------------------------
    def mentioned_meetings(self) -> list[Meeting]:
        """Meetings that a release without one of its own mentions in passing (kg.extract.mentions):
        one per counterpart state or organization, with our people of the sentence (the speaker, for
        "I spoke with…") and those a following "They were joined by…" names."""
        if not mentions.MENTION.search(self.doc.text):
            return []
        if not hasattr(self, "tokens"):
            self.analyse()
        finder, title_finder = self._people_finders(self.doc.date)
        self._named_with = self._organizations_named_with(finder, title_finder)
        out: list[Meeting] = []
        for i, sent in enumerate(self.sents):
            cue = mentions.mention_cue(sent.text)
            if cue is None:
                continue
            day, day_i = meeting_date([sent.text], self.doc.date, False)
            if day > self.doc.date or (self.doc.date - day).days > 3:
                continue  # an old meeting recalled, not news
            people = self._people_in(finder, sent, possessor_before=sent.start + cue.start())
            if mentions.first_person_subject(sent.text, cue):
                speaker = self._speaker(finder, title_finder, sent)
                if speaker is None:
                    continue
                people.insert(0, speaker)
            nxt = self.sents[i + 1] if i + 1 < len(self.sents) else None
            if nxt is not None and mentions.JOINED.search(nxt.text):
                people += self._people_in(finder, nxt)
            people = list({p.key: p for p in people}.values())
            ours = [p for p in people if self._ours(p)]
            sides: dict[str, list[Person]] = {}
            for p in people:
                side = p.country if p.country and p.country != self.home else None
                side = side or (p.org if p.org and not self._national(p.org) and not self._ours(p) else None)
                if side:
                    sides.setdefault(side, []).append(p)
            if not ours:
                continue
            for side_people in sides.values():
                for m, _, _ in self._separate_meetings("held", day, [(i, ours + side_people)]):
                    m.mentioned = True
                    m.date = day
                    m.mode = mentions.mentioned_mode(m.mode, sent.text)
                    m.evidence = [
                        st if st.field != "mode" else Statement("mode", m.mode, st.evidence)
                        for st in m.evidence
                        if st.field != "mode" or m.mode is not None
                    ]
                    # what was discussed: the sentence and the one after it ("We discussed how…")
                    part = self.sents[i : i + 2]
                    hits = self._references(m, part, part[0].start, part[-1].end, with_title=False)
                    # a list of titled people is no framework ("… Boris Johnson and European Council")
                    names = [w for x in people for w in x.label.split() if len(w) > 3]
                    kept = [f for f in m.frameworks if not any(n in f.label.split() for n in names)]
                    m.evidence = [st for st in m.evidence if st.field != "framework" or st.value in kept]
                    m.frameworks = kept
                    self._complete(m, ours + side_people, finder, i, hits)
                    out.append(m)
        return out

    def _people_in(self, finder: People, sent: Sentence, possessor_before: int = -1) -> list[Person]:
        """The people a sentence names (by name or by office), in order; "Putin's war" names no
        participant, "President Zelensky's call with…" does (the possessor just before the cue)."""
        found = sorted(
            (pm for pm in [*finder.mentions, *resolve_roles(finder, sent.text, sent.start)]
             if sent.start <= pm.start < sent.end),
            key=lambda pm: pm.start,
        )
        out: list[Person] = []
        for pm in found:
            possessive = re.match(r"['’]s?\b", self.doc.text[pm.end : pm.end + 3])
            if possessive and not (0 <= possessor_before - pm.end <= 3):
                continue
            p = finder.people.get(pm.key)
            if p is not None and not SPOKESPERSON.search(p.title or ""):
                out.append(p)
        return out

    def _speaker(self, finder: People, title_finder: People, sent: Sentence) -> Person | None:
        """Who says "I": the speaker label of the paragraph ("Vladimir Putin: …", "THE PRESIDENT: …"),
        else the one person of ours the title names ("address by President Volodymyr Zelenskyy"), else
        the head of state of a presidency's own release (not the White House's: many speak there)."""
        head = holder(finder, "HeadOfState", self.ref.countries.get(self.home or "")) if self.home else None
        para = next((s for s in self.sents if s.para == sent.para), sent)
        label = SPEAKER.match(para.text)
        if label is not None:
            name = para.text[: para.text.index(":")]
            if re.fullmatch(r"(?i)(?:the\s+)?president", name.strip()):
                return head
            named = self._people_in(finder, Sentence(name, para.start, para.start + len(name), para.para))
            return named[0] if len(named) == 1 else None
        ours = {pm.key for pm in title_finder.title_mentions if pm.key in finder.people and self._ours(finder.people[pm.key])}
        if len(ours) == 1:
            return finder.people[ours.pop()]
        return head if not ours and self.doc.reader != "whitehouse" else None

    # -- participants -----------------------------------------------------------------------
    def _participants(
        self, finder: People, title_finder: People, core: list[int], status: str
    ) -> list[tuple[Person, int | None]]:
        chosen: dict[str, int | None] = {}
        for pm in title_finder.title_mentions:
            chosen.setdefault(pm.key, None)
        for pm in resolve_roles(title_finder, self.doc.title):
            chosen.setdefault(pm.key, None)
        for pm in title_finder.title_mentions:  # "at the Danish Prime Minister's Office": not the Prime Minister
            if pm.by_role and re.match(r"['’]s\b", self.doc.title[pm.end : pm.end + 3]):
                chosen.pop(pm.key, None)
        speech = self._speech_paragraphs()
        wanted = set(core) | {
            i for i, s in enumerate(self.sents) if PRESENCE.search(s.text) and s.para not in speech
        }
        for i in sorted(wanted):  # a list introduced by "...were:" continues over bulleted sentences
            if self.sents[i].text.endswith(":"):
                j = i + 1
                while j < len(self.sents) and (
                    j == i + 1
                    or self.sents[j].text[:1] in "-•*\u2013"
                    or not self.sents[j].text.endswith(".")
                ):
                    wanted.add(j)
                    j += 1
        for i in sorted(wanted):
            s = self.sents[i]
            blocked = [(m.start() + s.start, len(s.text) + s.start) for m in NOT_PRESENT.finditer(s.text)]
            if status == "held":
                blocked += [(m.start() + s.start, len(s.text) + s.start) for m in FUTURE.finditer(s.text)]
            for pm in [*finder.mentions, *resolve_roles(finder, s.text, s.start)]:
                if not (s.start <= pm.start < s.end):
                    continue
                if any(a <= pm.start < b for a, b in blocked):
                    continue
                if re.match(r"['’]s?\b", self.doc.text[pm.end : pm.end + 3]):
                    continue
                chosen.setdefault(pm.key, i)
        # the publisher's own leader takes part in his government's readouts, unless the title names
        # another principal of ours (an adviser's or minister's readout)
        people = finder.people
        self._title_keys = {pm.key for pm in title_finder.title_mentions}
        ours_in_title = any(people[k].country in (None, self.home) for k in self._title_keys if k in people)
        if (
            self.home
            and not ours_in_title
            and not any(people[k].country == self.home for k in chosen if k in people)
        ):
            p = holder(finder, "HeadOfState", self.ref.countries.get(self.home))
            if p is not None and self.doc.reader != "whitehouse":
                chosen.setdefault(p.key, None)
        # someone found only through a role noun gives way to a person of the same foreign state
        # named in the release (a call with "First President ... Nazarbayev" is not one with Tokayev)
        named = {pm.key for pm in [*finder.mentions, *title_finder.title_mentions] if not pm.by_role}
        named_states = {people[k].country for k in chosen if k in named and k in people}
        return [
            (people[k], i)
            for k, i in chosen.items()
            if k in people
            and not SPOKESPERSON.search(people[k].title or "")
            and (
                k in named or people[k].country in (None, self.home) or people[k].country not in named_states
            )
        ]

    def _speech_paragraphs(self) -> set[int]:
        """Paragraphs of a transcript that a speaker says ("President of Russia Vladimir Putin: …",
        "PRESIDENT BIDEN: …"): people they mention are not thereby present."""
        out: set[int] = set()
        seen: set[int] = set()
        for s in self.sents:
            if s.para not in seen:
                seen.add(s.para)
                if SPEAKER.match(s.text):
                    out.add(s.para)
        return out

    def _has_counterpart(
        self, participants: list[tuple[Person, int | None]], finder: People, title_finder: People
    ) -> bool:
        """A foreign person or organization takes part, and the title or the lead says so."""
        if not participants:
            return False
        lead_end = self.sents[min(2, len(self.sents) - 1)].end
        in_lead = {pm.key for pm in title_finder.title_mentions} | {
            pm.key for pm in finder.mentions if pm.start < lead_end
        }
        foreign_title = any(
            (mt.kind == "organization" and not self._national(mt.iri))
            or (mt.kind == "country" and self.ref.iso_of(mt.iri) != self.home)
            for mt in self.title_mentions
        )
        foreign_lead = foreign_title or any(
            (mt.kind == "organization" and not self._national(mt.iri))
            or (mt.kind == "country" and self.ref.iso_of(mt.iri) != self.home)
            for mt in self.mentions
            if mt.start < self.sents[min(2, len(self.sents) - 1)].end
        )
        foreign = [
            p
            for p, _ in participants
            if (p.org and not self._national(p.org)) or (p.country and p.country != self.home)
        ]
        if foreign:
            return foreign_lead or any(p.key in in_lead for p in foreign)
        # people not in the reference data whose country is not said: counterparts when the lead
        # speaks of a foreign state or organization and they are not the release's principal
        principals = {
            pm.key for pm in title_finder.title_mentions if re.match(r"['’]", self.doc.title[pm.end : pm.end + 1])
        }
        first_end = self.sents[0].end
        headline = {pm.key for pm in title_finder.title_mentions} | {
            pm.key for pm in finder.mentions if pm.start < first_end
        }
        unknown = [
            p
            for p, _ in participants
            if p.country is None
            and p.iri is None
            and p.title
            and p.key not in principals
            and p.key in headline
            and not HOME_TITLES.search(p.title)
        ]
        return bool(unknown) and foreign_lead

    def _national(self, org_iri: str, leading: bool = False) -> bool:
        """A body of the publisher's own state, by its name ("Russian Direct Investment Fund", "U.S.
        Agency for International Development"): its people are not foreign counterparts. `leading`:
        only a state or demonym its name starts with counts."""
        e = self.ref.entities.get(org_iri)
        if e is None or not self.home:
            return False
        for name in (e.label, *e.alt_labels):
            first = re.match(r"[\w.'’-]+", name)
            if first and self.ref.country_of_demonym(first.group().rstrip(".")) == self.home:
                return True
            if any(
                x.kind == "country" and self.ref.iso_of(x.iri) == self.home and (x.start == 0 or not leading)
                for x in scan(name.rsplit(" ", 1)[0] if leading else name, self.ref)
            ):
                return True
        return False

    def _actors(self, m: Meeting, participants: list[tuple[Person, int | None]]) -> None:
        countries, organizations = countries_and_organizations(
            participants, self.ref, self.home, self._named_with
        )
        for c, i in countries:
            m.countries.append(c)
            m.evidence.append(Statement("country", c, self._ev(i)))
        for org, i in organizations:
            m.organizations.append(org)
            m.evidence.append(Statement("organization", org, self._ev(i)))

    def _person_entity(self, p: Person) -> Entity:
        if p.iri:
            base = self.ref.entities[p.iri]
            props = dict(base.props)
        else:
            base = None
            props = {}
        if p.country:
            props["country"] = p.country
        if p.post:
            props["post"] = self.ref.posts[p.post].label if p.post in self.ref.posts else p.post
        elif p.title:
            where = self.ref.country(p.country).label if p.country and self.ref.country(p.country) else None
            props["post"] = f"{p.title} of {where}" if where else p.title
        props.pop("country_iri", None)
        if base is not None:
            return Entity("person", base.key, base.label, list(base.alt_labels), base.wikidata, props)
        alts = sorted(a for a in p.alt_labels if a != p.label)
        return Entity("person", p.key, p.label, alts, None, props)

    # -- evidence ---------------------------------------------------------------------------
    def _complete(
        self, m: Meeting, people: list[Person], finder: People, main: int, hits: dict[str, list[int]]
    ) -> None:
        evidence.complete(m, people, finder.mentions, self.mentions, self._index(), main, hits)

    def _index(self) -> evidence.SentenceIndex:
        if self._sentence_index is None or self._sentence_index.sents is not self.sents:
            self._sentence_index = evidence.SentenceIndex(self.doc.text, self.sents)
        return self._sentence_index

    def _ev(self, i: int | None) -> Evidence | None:
        return self._index().at(i)

    def _ev_at(self, offset: int) -> Evidence | None:
        return self._index().containing(offset)

    def _densest(self, offsets: list[int]) -> int | None:
        return self._index().densest(offsets)

    def _ev_from(self, texts: list[str], i: int, core: list[int]) -> Evidence | None:
        """Evidence for index i of [title] + core sentences + lead sentences."""
        if i <= 0:
            return None
        if i - 1 < len(core):
            return self._ev(core[i - 1])
        return self._ev(i - 1 - len(core))
