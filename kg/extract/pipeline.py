"""The rule-based extractor: one Document in, its meetings (with evidence) out, as a list of steps.

Finding the meetings: detection (from the title and lead) -> the analysis object (`kg.extract.doc.Doc`:
sentences, tokens, gazetteer mentions, the publisher's country, the people at the meeting date) ->
participants -> several meetings in one release -> meetings mentioned in passing (in a release
without one of its own). Each meeting found is an `Account`; describing it runs `STEPS` in order,
each a function of the module that owns its rules, adding its findings (with the sentence each was
read from) to the meeting. A step is switched off by name (`extract(doc, skip={"topics"})`),
replaced or added by editing `STEPS` (docs/extraction.md, "How to add a step").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from datetime import date

from kg.extract import (
    actors,
    audiences,
    body_meetings,
    briefers,
    briefing_offices,
    companies,
    dates,
    detect,
    detect_abroad,
    detect_ahead,
    detect_briefing,
    detect_group_calls,
    detect_just_over,
    detect_statement,
    detect_transcript,
    evidence,
    facilitators,
    framework_editions,
    frameworks,
    gatherings,
    home_audiences,
    home_states,
    host_offices,
    leaders_speaking,
    learned,
    learned_frameworks,
    learned_topics,
    mention_cues,
    mentions,
    mode,
    news,
    online_editions,
    participant_entities,
    participants,
    parties,
    places,
    planned_principal,
    present_with,
    previews,
    principal_at_event,
    retellings,
    rounds,
    sides,
    topics,
    working_sides,
)
from kg.extract.body_finders import BODY_FINDERS
from kg.extract.chairs import record_chairs
from kg.extract.conference_summits import may_tell_summit
from kg.extract.detect_cues import BUSINESS_SUMMIT
from kg.extract.doc import (
    LEAD_CHARS,
    Account,
    Doc,
    analyse,
    analyse_sentences,
    lead_sentences,
    opening_sentences,
    sentence_of,
    whole_sentences,
)
from kg.extract.groups import group_leaders, group_states, record_group_leaders
from kg.extract.org_offices import record_offices
from kg.extract.publisher import home_country
from kg.extract.several import separate_accounts, split
from kg.extract.version import extractor_version
from kg.model import Document, Entity, Extraction, Meeting
from kg.reference import Reference, load_reference

EXTRACTOR = extractor_version()  # "kg.extract.rules.v2+<digest of code and data>"

Step = Callable[[Doc, Account, Meeting], None]  # reads the Doc and Account, adds findings to the Meeting

# The steps that describe each meeting found, by name, in order (later steps read earlier findings:
# frameworks leave out the organizations taking part and the event; evidence completes them all).
STEPS: dict[str, Step] = {
    "status": detect.record_status,
    "date": dates.record_date,
    "mode": mode.record_mode,
    "learned mode": learned.record_mode,
    "preview": previews.record_preview,
    "group leaders": record_group_leaders,
    "host offices": host_offices.record_host_offices,
    "briefing offices": briefing_offices.record_briefing_offices,
    "participants": participant_entities.record_participants,
    "briefers": briefers.drop_briefers,
    "present with": present_with.record_present,
    "countries and organizations": actors.record_actors,
    "home namesakes": home_states.drop_namesake_states,
    "chaired bodies": record_chairs,
    "organization offices": record_offices,
    "listed sides": working_sides.record_listed_sides,
    "venue and event": places.record_venue_and_event,
    "body event": body_meetings.record_body_event,
    "online event": online_editions.record_online_event,
    "summit address": gatherings.spoken_from_home,
    "principal at the event": principal_at_event.record_principal,
    "planned principal": planned_principal.record_planned_principal,
    "frameworks": frameworks.record_frameworks,
    "learned frameworks": learned_frameworks.record_frameworks,
    "summit editions": framework_editions.record_editions,
    "named session": online_editions.record_session,
    "topics": topics.record_topics,
    "learned topics": learned_topics.record_topics,
    "evidence": evidence.record_evidence,
}
# Steps that find meetings, may be switched off too (learned detection: it may overrule the rules')
FINDERS = ("several", "mentioned", "summit", "round", "group call", "learned detection")
# the learned steps (models in kg/extract/models/): skipping them all leaves the rules alone
LEARNED = ("learned detection", "learned mode", "learned frameworks", "learned topics")


def extract(doc: Document, ref: Reference | None = None, skip: Collection[str] = ()) -> Extraction:
    """All meetings a release reports (none for most releases), each fact with its sentence; the
    steps named in `skip` (of STEPS and FINDERS) are not run."""
    unknown = set(skip) - set(STEPS) - set(FINDERS)
    if unknown:
        raise ValueError(f"no such extraction step: {', '.join(sorted(unknown))}")
    ref = ref if ref is not None else load_reference()
    meetings = find_meetings(doc, ref, skip)
    if "learned detection" not in skip:
        meetings = learned.redetect(doc, meetings, lambda status: find_meetings(doc, ref, skip, status), ref)
    summits = summit_part(doc, ref, skip) if all(m.mentioned for m in meetings) else []
    if not summits and all(m.mentioned for m in meetings):
        summits = round_part(doc, ref, skip)
    if all(m.mentioned for m in meetings) and (not summits or news.ADDRESS.search(doc.title)):
        _mark_news(meetings, doc.title, skip)  # the release's news: its account (kg.extract.news)
    summits = summits or detect_group_calls.group_call_part(doc, ref, skip, describe, meetings)
    return Extraction(doc, summits + meetings, extractor_version(), home_country(doc, ref))


def find_meetings(
    document: Document, ref: Reference, skip: Collection[str] = (), forced: str | None = None
) -> list[Meeting]:
    """The meetings a release reports, else those it mentions in passing. `forced` ('held' or
    'planned', from the learned detection) overrules the rules' detection: the meeting's sentences
    are then the lead sentences with a cue of that status (else the first), and the people found
    there take part even when the lead names no counterpart."""
    lead = lead_sentences(document)
    found = detect_just_over.unless_just_over(detect.detection(document.title, lead), document, ref)
    opening = None
    if found is None and forced is None:  # a press call's lead is its place line and welcome
        found = opening = detect_transcript.opening_announcement(
            document.title, opening_sentences(document)[: detect_transcript.OPENING]
        )
    if found is None and forced is None:  # one told further down, by the first finder that finds it
        found = next(filter(None, (find(document, ref) for find in BODY_FINDERS)), None)
    if found is None and forced is None:  # a body's leaders' statement released at its summit
        found = detect_statement.statement_at_summit(document, lead, ref)
    if forced is not None and (found is None or found.status != forced):
        found = detect.forced_detection(forced, lead)  # type: ignore[arg-type]
    if not lead:
        return []
    if found is None:
        return mentioned_meetings(document, None, ref, skip)
    doc = analyse(document, ref)
    found = detect_ahead.anchored(doc, found)  # a preview call's: the meeting its body announces
    found = detect_ahead.narrowed(doc, found)  # … or of several announced, the foreign side's
    core = [doc.sents[i] for i in found.positions]
    passages = [(document.title, None), *((s.text, s) for s in core)]
    day, day_i = dates.meeting_date(
        [t for t, _ in passages], dates.told_day(document), found.status == "planned"
    )
    doc = doc.with_people(day)
    whole = participants.participants(doc, core, found.status)
    whole = leaders_speaking.speakers_only(found, whole, core)  # a transcript's: its speakers
    whole = detect_abroad.opening_people(doc, found, whole, core)  # a press conference's: its opening's
    whole += group_leaders(doc, core, whole, found.status) if "group leaders" not in skip else []
    # (a transcript's opening announces one meeting: the others its speakers talk of are not split off)
    main, groups = split(doc, whole, core[0]) if "several" not in skip and opening is None else (whole, [])
    main, groups = parties.kept(doc, whole, main, groups, found.status, day)  # the title's parties stay
    participants.delegation_country(doc, main)
    participants.title_country(doc, main)
    leaders_session = bool(detect.LEADERS_SESSION_TITLE.search(document.title))
    held = (
        participants.has_counterpart(doc, main)
        or leaders_speaking.foreign_speaker(doc, found, main)
        or detect_briefing.exchange_counterpart(doc, found, main)
        or detect_abroad.met_in_opening(doc, found, main)
        or detect_just_over.sides_told(doc, found, main)
        or (forced is not None and bool(main))
        or actors.foreign_states_named(doc, core)
        or bool(actors.title_states(doc))
        or bool(actors.bodies_named(doc, core))
        or detect.summit_met(" ".join([document.title, *(s.text for s in core)]), found.status)
        or (found.status == "held" and detect_statement.summit_of_statement(document, ref) is not None)
        or sides.foreign_business(doc, core)
        or companies.company_head_counterpart(doc, core)
        or working_sides.body_counterparts(doc, core)
        or working_sides.listed_sides_met(doc, core)
        or working_sides.group_met(doc, core)
        or bool(facilitators.talks_states(doc, core))
        or working_sides.paired_sides(doc, core)
        or working_sides.session_of_body(doc, core)
        or (found.status == "held" and sides.told_after(doc, core))
        # a readout of an official's visit to a state, remarks on meetings held in it: its officials met
        or (found.status == "held" and bool(detect.visited_states(doc)))
        or (found.status == "held" and bool(sides.object_states(doc, core)))
        # the sides' joint statement on their council's or dialogue's meeting ("U.S.-EU Trade and
        # Technology Council Inaugural Joint Statement")
        or (
            found.status == "held"
            and bool(detect.JOINT_STATEMENT.search(document.title))
            and sides.announced(doc)
        )
        or (found.status == "planned" and (sides.announced(doc) or sides.gathering_named(doc, core)))
        or (bool(detect.BRIEFING_ON_MEETING.search(document.title)) and sides.announced(doc))
        # (a gathering of companies' heads is no summit of states: "Remarks … at the APEC CEO Summit"),
        # or the leaders' session it names ("… Before the 76th Session of the UN General Assembly")
        or (
            bool(detect.SUMMIT_TITLE.search(BUSINESS_SUMMIT.sub(" ", document.title)))
            and (sides.title_bodies(doc) or (leaders_session and sides.gathering_named(doc, ())))
        )
        # a leaders' statement saying a group's members met ("WE, the Member States of ASEAN and the
        # United States gather on the occasion of the … Summit")
        or (bool(detect.JOINT_TITLE.search(document.title)) and bool(group_states(doc, core, found.status)))
        # a meeting with a region's leaders as a group, none named ("… Meeting With Caribbean Leaders")
        or sides.regional_leaders(document.title)
    )
    held = detect_ahead.judged(doc, found, main, held)  # a meeting ahead: its own sentence's counterpart
    # an audience of the publisher's own people (governors, students, soldiers, its diaspora) is no meeting
    held = held and not home_audiences.own_people_only(doc, core, main)
    if not held and groups and not separate_accounts(doc, found.status, day, groups):
        # the other "talks" took the main meeting's only counterpart and are no meetings of ours
        main, groups = whole, []
        participants.delegation_country(doc, main)
        held = participants.has_counterpart(doc, main) or (forced is not None and bool(main))
    if not held and not groups:
        return mentioned_meetings(document, doc, ref, skip)
    # a release reporting several meetings: each one's frameworks and topics come from its own part
    end = min((s.start for s, _ in groups), default=len(document.text))
    part = [s for s in doc.sents if s.start < end]
    account = Account(
        "main", found.status, day, sentence_of(passages, day_i), core[0], main, core, part, 0, end
    )
    meeting = describe(doc, account, skip)
    others = [describe(doc, a, skip) for a in separate_accounts(doc, found.status, day, groups, meeting)]
    if found.status == "planned" and not detect_ahead.names_other_party(
        doc, meeting, [s.text for s in core], skip
    ):
        held = False  # a plan naming no one to be met (a preview of the President's trip)
    if not held:  # a main part with no counterpart of its own (the release's lead only announces the talks)
        return others
    # the learned detection's meeting with no counterpart (an evening address) tells its calls in passing
    lone = not others and forced is not None and not participants.has_counterpart(doc, main)
    return [meeting, *others, *told_besides(document, doc, skip, [meeting, *others], lone)]


def told_besides(
    document: Document, doc: Doc, skip: Collection[str], found: list[Meeting], lone: bool
) -> list[Meeting]:
    """The meetings a release of its own meetings (`found`) tells besides them, read by the step
    "mentioned" (kg.extract.mentions):
    - a `lone` meeting (the learned detection's, with no counterpart: "I had a conversation today
      with Turkish President Erdoğan" in an evening address): every meeting it mentions, those told
      as the day's news marked as the release's own account (kg.extract.news);
    - a leader's address: those told as the day's news, of other people than those found;
    - a briefing on a meeting: those of other days ("the President spoke with President Putin on
      Tuesday"), whoever took part;
    - any other release: those of other days with other people (the news conference after talks
      recalling "my partner in conversation yesterday, US President Joseph Biden"): mentions, which
      count only with a release's full account of them (kg.reconcile.identity)."""
    title = document.title
    briefing = bool(detect.BRIEFING_ON_MEETING.search(title))
    address = not lone and not briefing and bool(news.ADDRESS.search(title))
    days = set() if lone or address else {m.date for m in found}
    if days and dates.told_day(document) != document.date:  # a transcript given the day before its
        days.add(dates.told_day(document))  # release tells the found meetings' news on that day too
    people = [] if lone or briefing else [{p.key for p in m.participants} for m in found]
    told = [
        m
        for m in mentioned_meetings(document, doc, doc.ref, skip, other_than=days)
        if not any({p.key for p in m.participants} <= keys for keys in people)
    ]
    if not (lone or address):
        return told
    _mark_news(told, title, skip)
    return told if lone else [m for m in told if m.news]


def _mark_news(mentioned: list[Meeting], title: str, skip: Collection[str]) -> None:
    """Mark the mentioned meetings told as the day's news (kg.extract.news); in a leader's address
    such a talk with no word of its mode was a call ("I had a conversation today with …")."""
    for m in mentioned:
        m.news = news.is_news(m, title)
        if "mode" not in skip:
            mode.news_call(m, title)


def mentioned_meetings(
    document: Document,
    doc: Doc | None,
    ref: Reference,
    skip: Collection[str] = (),
    other_than: Collection[date] = (),
) -> list[Meeting]:
    """Meetings a release without one of its own mentions in passing (kg.extract.mentions); with
    `other_than`, only those of other days (a mention is dated by its account: `dates.record_date`)."""
    if "mentioned" in skip or not mention_cues.mentions_any(document.text, document.title):
        return []
    # screened first on the sentences the mentions are read from, as most releases mention none
    sents = doc.sents if doc is not None else whole_sentences(document)
    day = dates.told_day(document)
    keep = mentions.context(document.text, sents, day, ref, other_than)
    if not keep:
        return []
    ready = doc is not None and doc.people is not None and doc.people.on == day
    if len(keep) < len(sents) and not ready:
        screen = analyse_sentences(document, ref, sents, keep).with_people(day)
        if not any(a.day not in other_than for a in mentions.mentioned_accounts(screen)):
            return []
    doc = (doc or analyse(document, ref, sents)).with_people(day)
    return retellings.told_once(
        [describe(doc, a, skip) for a in mentions.mentioned_accounts(doc) if a.day not in other_than]
    )


def summit_part(document: Document, ref: Reference, skip: Collection[str] = ()) -> list[Meeting]:
    """The leader's part in a summit of several states, told by a release without a meeting of its
    own (kg.extract.gatherings); kept only when the event step names the summit, and it is one of
    several states (not a summit named as a domestic one, `_domestic_summit`)."""
    if "summit" in skip:
        return []
    # a leader's address telling that he spoke to a summit today (gatherings.addressed_accounts)
    address = bool(
        news.ADDRESS.search(document.title)
        and (gatherings.GATHERING.search(document.text) or audiences.LEADERS.search(document.text))
    )
    opening = document.text[:LEAD_CHARS]
    if not address and not (
        gatherings.names_gathering(document.title + " " + opening) or may_tell_summit(document.title, opening)
    ):
        return []
    if not address and not gatherings.may_tell_part(document):
        return []
    doc = analyse(document, ref).with_people(dates.told_day(document))
    found = []
    for a in gatherings.gathering_accounts(doc):
        found.append(describe(doc, a, skip))
        gatherings.opened_at_summit(doc, a, found[-1])
    addressed = gatherings.addressed_accounts(doc) if address else []
    # an address telling several summits is the day's part in each, not the one its opening names
    if addressed and (not found or any(gatherings.several(a) for a in addressed)):
        told = [(a, describe(doc, a, skip)) for a in addressed]
        for a, m in told:
            gatherings.addressed_summit(doc, a, m)
        # several summits have no one event: the member states they name keep the record
        return [
            m for _, m in told if (m.event and not _domestic_summit(m.event, ref)) or len(m.countries) > 1
        ]
    return [m for m in found if m.event and not _domestic_summit(m.event, ref)]


def round_part(document: Document, ref: Reference, skip: Collection[str] = ()) -> list[Meeting]:
    """A round of delegation talks a leader's address tells as the day's news (kg.extract.rounds)."""
    if "round" in skip or not news.ADDRESS.search(document.title) or not rounds.ROUND.search(document.text):
        return []
    doc = analyse(document, ref).with_people(dates.told_day(document))
    return [describe(doc, a, skip) for a in rounds.round_accounts(doc)]


def _domestic_summit(event: Entity, ref: Reference) -> bool:
    """A summit the reference data does not know, not named as one of several states (not "the
    National Safer Communities Summit"; a leaders' session or a reference summit stays)."""
    return (
        bool(re.search(r"(?i)\bsummit\b", event.label))
        and event.key not in _events(ref)
        and not detect.summit_of_others(event.label)
    )


def _events(ref: Reference) -> set[str]:
    return {e.key for e in ref.entities.values() if e.kind == "event"}


def describe(doc: Doc, account: Account, skip: Collection[str] = ()) -> Meeting:
    """The meeting an account stands for, as the steps not skipped describe it."""
    m = Meeting(status=account.status, mentioned=account.kind == "mentioned")
    for name, step in STEPS.items():
        if name not in skip:
            step(doc, account, m)
    return m
