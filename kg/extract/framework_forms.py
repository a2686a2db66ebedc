"""The forms of framework names, as regular expressions (kg.extract.frameworks reads them).

Runs of capitalized words ending in a head noun ("... Declaration/Agreement/Initiative/Treaty/
Partnership/Corridor/Communiqué"), a head noun first ("the Treaty of ..."), lower-case heads after a
proper name ("the Minsk agreements"), names with their acronym in parentheses, joint papers named by
their authors, the words that start a sentence or an office rather than a name, and the string
helpers that cut a name out of its run (its acronym's words, its capitalized tail, its end) or tell
its context (the UN as a place, a group whose meeting is the event).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator

from kg.extract.patterns import at_starts, led_by

HEADS = (
    "Declaration|Declarations|Agreement|Agreements|Initiative|Treaty|Partnership|Dialogue|Programme|Program|"
    "Strategy|Format|Platform|Fund|Charter|Convention|Roadmap|Road Map|Corridor|Route|Plan|Framework|Mechanism|"  # noqa: E501
    "Accord|Accords|Arrangement|Arrangements|Pact|Pacts|Pledge|Protocol|Alliance|Process|Compact|Agenda|Goals|Act|Amendment|Statement|Deal|Vision|"
    "Concept|Doctrine|Working Group|Task Force|Commission|Council|Group|Centre|Center|Communiqué|Communique|"
    "Memorandum|Facility|Compacts|Coalition|Consensus|Ministerial|Summit|Trio|Triangle|Quartet|Quintet|Four|Five|Nine|"
    "Forum|Congress|Fellowship|Award|Market|Capital|Days|Fair|Resolution|Resolutions|Guidelines|Recommendation|"
    "Network|Zone|Waiver|Assurances|Outlook|Call to Action|Organization|Organisation|Committee|Force|Team|"
    "Chamber of Commerce|Challenge|Accelerator|Collaborative|Sprint|Shot|Lanes|Command|Trust|Brigade|"
    "Standards|Criteria|Conventions|Communiqués|Communiques|"
    "Initiatives|Programmes|Programs|Strategies|Partnerships|Dialogues|Platforms|Funds|Roadmaps|Corridors|Plans|"
    "Frameworks|Mechanisms|Protocols|Statements|Treaties"
)
_CAP = r"(?:[A-Z0-9][\w'’.+-]*|U\.S\.)"
JOIN = r"(?:of|on|for|and|the|in|to|with|between|&|-)"
# Runs of words are bounded (MAX_WORDS capitalized words before the head, MAX_JOINS joiners between
# two of them): unbounded, a long run of capitalized words with no head in it was re-scanned from
# every word (quadratic: 200 KB of names joined by "and" took 99 s). No real name is that long.
MAX_WORDS = 24
MAX_JOINS = 4
_RUN = rf"(?:{_CAP}[^\S\n]+(?:{JOIN}[^\S\n]+){{0,{MAX_JOINS}}}){{0,{MAX_WORDS}}}?"
# a head word inside a longer name does not end it ("Japan-India Act East Forum", "ASEAN Five Point
# Consensus"): the run goes on when more capitalized words and a head follow at once
_GOES_ON = rf"(?![^\S\n]+[A-Z][\w'’.+-]*(?:[^\S\n]+[A-Z][\w'’.+-]*){{0,3}}[^\S\n]+(?:{HEADS})\b)"
# a purpose after the head, a verb ("Global Coalition to Defeat ISIS", "Declaration to Triple Nuclear
# Energy"); a state or person after "to" is no part of the name (kg.extract.framework_tails.to_party)
_TO_VERB = rf"to(?=[^\S\n]+(?!(?:{HEADS})\b)[A-Z][a-z])"
HEADED = led_by(
    "tA-Z0-9",  # (a match starts with "the" or a capitalized word)
    rf"\b(?:the[^\S\n]+)?({_RUN}{_CAP}[^\S\n]+(?:{HEADS})(?:[^\S\n]+(?:{HEADS}))*){_GOES_ON}\b(?:[^\S\n]+(?:of|on|for|between|{_TO_VERB})[^\S\n]+((?:the[^\S\n]+)?(?:{_CAP}[^\S\n]*(?:{JOIN}[^\S\n]+){{0,{MAX_JOINS}}}){{0,{MAX_WORDS}}}{_CAP}))?",
)
PLURAL = re.compile(
    rf"\b(?:the[^\S\n]+)?({_CAP}(?:[^\S\n]+{_CAP}){{0,{MAX_WORDS}}})[^\S\n]+and[^\S\n]+({_CAP}(?:[^\S\n]+{_CAP}){{0,{MAX_WORDS}}})[^\S\n]+(Declarations|Agreements|Accords)\b"
)
# a themed year of two states' relations: "the Year of Scientific and Technological Innovation",
# "Russia-Greece Cross Year of History", "Cross Year of Museums"
YEAR_OF = re.compile(
    r"\b((?:[A-Z][\w-]*[^\S\n]+){0,3}(?:Cross[^\S\n]+)?Years?[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?[A-Z][\w-]*"
    r"(?:(?:[^\S\n]+(?:and|in|of|for))?[^\S\n]+[A-Z][\w-]*)*)"
)
# a plan or vision named by its year ("Vision 2050", "Agenda 2063", "World Expo 2030"), not a range
YEAR_HEADS = r"(?:Vision|Agenda|Strategy|Expo|EXPO|Plan|Programme|Program|Roadmap)"
HEAD_YEAR = re.compile(rf"\b((?:[A-Z][\w'’-]*[^\S\n]+){{0,3}}{YEAR_HEADS}[^\S\n]+20\d\d)\b(?![^\S\n]*[-–])")
# "the Normandy and Minsk formats": two proper names sharing a lower-case head (each is "<Name> format")
LOWER_PLURAL = re.compile(
    r"\bthe\s+([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+and\s+(?:the\s+)?([A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?)\s+"
    r"(formats|processes|platforms)\b"
)
# "the Normandy format", "the Minsk agreements", "the Windsor agreement", "the ANZUS alliance", "the
# Patriots project", "the One Health approach": a proper name plus a lower-case head
LOWER_HEADED = at_starts(  # (the search skips to "the")
    [
        r"the\s+((?:[A-Z][\w'’.+-]*\s+){1,3}(?:format|agreements?|process|platform|initiative|declaration|"
        r"mechanism|dialogue|corridor|route|treaty|accords?|pledge|roadmap|programme|program|working\s+groups?|"
        r"project|mission|approach|alliance|exercises|strategy|operations?))"
    ],
    r"\b",
    before=None,
)
# heads a place's or a side's course also takes ("the United States approach", "the Western alliance",
# "the Gaza operation", "the U.S.-Philippines alliance"): their name must be more than places and an adjective
PLACE_HEADS = re.compile(r"\s(?:project|mission|approach|alliance|exercises|strategy|operations?)$")
SIDE_ADJECTIVE = re.compile(r"[A-Z][a-z]+(?:an|ic|ern)")
# "negotiation formats, including the Normandy one": a name standing for "<Name> <head noun>"
ELLIPSIS = re.compile(
    r"\b(format|agreement|initiative|process|platform|mechanism|dialogue|corridor|route|programme|program)(?:s|es)\b"
    r"[^.;:]{0,60}?\bthe\s+((?:[A-Z][\w'’-]+\s+){1,3})one\b"
)
ACRONYM = re.compile(r"\b(?:the\s+)([A-Z][^()\n;:]{3,140}?)\s*\(([A-Z][A-Za-z0-9+&-]{1,11})\)")
# a capitalized name followed by the acronym its initials spell: "Common Security and Defence Policy (CSDP)"
DEFINED = re.compile(
    rf"((?:{_CAP}[ \t]+(?:{JOIN}[ \t]+){{0,3}}){{0,12}}{_CAP})[ \t]*\(([A-Z][A-Za-z0-9+&-]{{1,11}})\)"
)
# a fact sheet's paragraph headed by a programme's name and its short form ("African Democratic and
# Political Transitions (ADAPT): …", "Supporting Her Empowerment: … (SHE WINS): …")
HEADING = re.compile(
    rf"(?m)^((?:{_CAP}[ \t]+(?:{JOIN}[ \t]+){{0,3}}){{1,14}}{_CAP})"
    r"[ \t]*\(([A-Z][A-Za-z0-9+&. -]{1,20})\)[ \t]*:"
)
# a head noun first, then its object: "the Treaty of Amity and Cooperation in Southeast Asia", "the
# Agreement on CSTO Peacekeeping Activities", "a Treaty of Friendship, Cooperation and Mutual Assistance"
_NAMERUN = rf"(?:the[^\S\n]+)?{_CAP}(?:(?:,?[^\S\n]+(?:{JOIN}[^\S\n]+){{0,3}}){_CAP}){{0,{MAX_WORDS}}}"
FIRST_HEADS = (
    r"(?:Treaty|Treaties|Agreement|Declaration|Statement|Convention|Charter|Coalition|"
    r"Memorandum|Protocol|Plan|Programme|Program|Strategy|Summit|Executive Order|Concept|Doctrine|Accords?|"
    r"Pacts?|Compacts?|Partnerships?|Initiatives?|Package|Alliance|Fund|Facility|Mechanism|Framework|Roadmap|Commitment|"
    r"Agenda|Policy)[^\S\n]+(?:[Oo]f|[Oo]n|[Ff]or|[Bb]etween|[Tt]o)[^\S\n]+"
)
HEAD_FIRST = re.compile(  # a look-ahead: a name may start inside the run of another one
    r"\b(?=(?:(?:the|a|an|The|A|An)[^\S\n]+|(?<=[.!?:•][^\S\n])|(?<=\n))(?:(?:joint|new|first|second|third|next|upcoming|\d+(?:st|nd|rd|th))[^\S\n]+)?((?:Joint[^\S\n]+)?"
    rf"{FIRST_HEADS}{_NAMERUN}))"
)
# a joint paper named by its authors or subject: "the joint statement by the Speakers of the Parliaments
# of A, B and C", "a joint declaration with Bulgaria", "joint statement On the Urgent Need to ..."
JOINT_PAPER = re.compile(
    r"\b([Jj]oint[^\S\n]+(?:[Ss]tatement|[Dd]eclaration|[Cc]ommuniqu[eé])[^\S\n]+(?:[Oo]f|[Bb]y|[Ww]ith|[Oo]n|"
    rf"[Bb]etween)[^\S\n]+{_NAMERUN})"
)
# lower-case names of relations and talks between two parties: "the comprehensive Russian-Argentine
# strategic partnership", "expanded strategic partnership with Turkiye", "the Russian-Ukrainian talks",
# "talks between Russian and Ukrainian representatives"
_PAIR = r"(?:[A-Z][\w.’']*(?:\s?[-–]\s?[A-Z][\w.’']*)+)"
_QUALITY = (
    r"(?:comprehensive|strategic|expanded|enhanced|strengthened|eternal|multilateral|broader|allied|privileged|"
    r"special|long-term|multifaceted|all-round|global|permanent|everlasting|perpetual|all-weather|time-tested|"
    r"genuine|especially)"
)
_PARTY = r"(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}"
PARTNERSHIP = re.compile(
    rf"\b((?:(?:{_PAIR}|{_QUALITY})\s+){{0,4}}strategic\s+(?:(?:energy|cooperative)\s+)?partnership(?:\s+and\s+alliance)?"
    rf"(?:\s+(?:between|with)\s+{_PARTY}(?:\s+and\s+{_PARTY})?)?)"
)
TALKS = re.compile(
    rf"\b({_PAIR}\s+(?:(?:peace|security)\s+)?(?:talks|negotiations|dialogue)"
    rf"|(?:talks|negotiations)\s+between\s+(?:the\s+)?(?:delegations\s+of\s+)?{_PARTY}\s+and\s+{_PARTY}"
    r"(?:\s+(?:representatives|delegations|delegation|sides))?"
    # parties named by their people: "talks between the Russian delegation and representatives of
    # the Kiev authorities", "negotiations between Russian and Ukrainian delegations"
    r"|(?:talks|negotiations)\s+between\s+(?:the\s+)?(?:[A-Z][\w.’'-]*\s+|[a-z]+\s+){1,3}"
    r"(?:delegations?|representatives|sides|ministers|negotiators)"
    r"(?:\s+and\s+(?:the\s+)?(?:representatives\s+of\s+the\s+)?(?:[A-Z][\w.’'-]*\s+){1,2}"
    r"(?:delegations?|authorities|representatives|side))?"
    # one party's delegates, the other the teller (CONVENTIONS 21c; "negotiations with Russia" is no
    # framework): "talks with the representatives of Kiev", "negotiations with Kiev representatives"
    rf"|(?:talks|negotiations)\s+with\s+(?:the\s+)?(?:(?:representatives|delegations?|negotiators)\s+(?:of|from)\s+{_PARTY}"
    r"|[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*)?\s+(?:representatives|delegations?|negotiators|authorities)))"
)
# a body, programme or corridor of parties named by their hyphened names and a lower-case head ("the
# Russian-Turkish ceasefire monitoring centre", "the Mongolia-Russia-China economic corridor"); their
# relations, talks and partnerships only describe relations (CONVENTIONS 22), and are not read here
_NOT_KIND = r"(?!(?:is|are|was|were|has|have|had|will|would|to|the|a|an|and|or|of|in|on|at|for|with|by|that|which|who|as|from|relations|war|conflict|border)\b)"  # noqa: E501
PAIR_BODY = re.compile(
    rf"\b({_PAIR}\s+(?:{_NOT_KIND}[a-z][\w-]*\s+){{0,3}}(?:corridor|centre|center|programme|program|consultations|"
    r"commission|committee|working group|task force|fund|initiative|mechanism|platform|council|forum|"
    r"agreement|treaty|declaration)s?)\b"
)
# a format named by the numbers of its sides: 'the "2+2" format', "a 2+2 meeting" (two ministers a side)
NUMBERED = re.compile(
    r"\b(?:the|a)[^\S\n]+[\"“]?(\d[^\S\n]?\+[^\S\n]?\d)[\"”]?[^\S\n]+(format|meeting|dialogue|mechanism)\b"
)
# a quoted name with its head noun, either side: 'the "sanitary shield" initiative', 'the programme
# "Large Construction"' (the quoted words are several, or capitalized)
QHEAD = (
    r"(?:initiative|programme|program|project|operation|mission|format|platform|campaign|plan|strategy|"
    r"mechanism|corridor|exercise|award)s?"
)
_QUOTED = r"[\"“«]((?:[A-Z][^\"”»\n]{2,60})|(?:[a-z][\w-]+(?:\s+[\w-]+){1,5}))[\"”»]"
# an owner between the head and the name: 'the programme of the President of Ukraine "..."'
_OWNER = r"(?:[^\S\n]+of[^\S\n]+(?:the[^\S\n]+)?(?:[A-Z][\w'’-]*[^\S\n]+(?:of[^\S\n]+)?){1,4})?"
QUOTED = re.compile(rf"{_QUOTED}[^\S\n]+(?:[a-z]+[^\S\n]+)?({QHEAD})\b|\b({QHEAD}){_OWNER}[^\S\n]*{_QUOTED}")
# the quoted names listed after a first one ('the programs "Healthy Ukraine", "Large Construction",
# "Active Parks"'): each right after the one before (matched at the end of that one)
QUOTED_MORE = re.compile(r"(?:,?[^\S\n]+and[^\S\n]+|,[^\S\n]*)[\"“«]([A-Z][^\"”»\n]{2,60})[\"”»]")
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a paper named by its date: "the November 9, 2020, statement", "the 10 July 2023 statement by …",
# "the January 11, 2021 trilateral agreements" (group 2 the date, group 3 the paper)
DATED = re.compile(
    rf"\bthe[^\S\n]+(({_MONTH}[^\S\n]+\d{{1,2}},?[^\S\n]+\d{{4}}|\d{{1,2}}[^\S\n]+{_MONTH}[^\S\n]+\d{{4}}),?"
    r"[^\S\n]+((?:(?:joint|trilateral|bilateral)[^\S\n]+)?(?:statement|agreements?|declaration|accords?|memorandum)))\b",
    re.IGNORECASE,
)
JOINERS = {"of", "on", "for", "and", "the", "in", "to", "with", "between", "&", "-"}
LEADING = re.compile(rf"(?:\d[\d.,]*\s+(?:{JOIN}\s+)+)+")
# a "… Group" is a framework when it is a group of officials or experts, not a company or a unit
# ("Nuclear Suppliers Group", "Strategic Consultative Group"; not "East Hope Group", "Carrier Strike Group")
GROUP_OF = re.compile(
    r"\b(?:Working|Contact|Consultative|Consultation|Coordination|Expert|Experts|Suppliers|Directors|Ambassadors|"
    r"Core|Governance|Steering|Advisory|Action|Planning|Monitoring|Minsk|Friends|Leaders|Ministers|Ministerial|"
    r"Support|Task|Strategy|Policy|Dialogue|Defense|Defence|Security)\s+Group\b"
)
NOT_FRAMEWORK = re.compile(
    r"^(?:The|This|That|Joint Statement|Statement|Readout|President|Prime Minister"
    # a state's own legislature or organ named generically ("National Congress", "House Committee")
    r"|(?:National|House|Senate|State|Federal|Supreme|Parliamentary|Security|National Security)\s+"
    r"(?:Congress|Committee|Council|Assembly)"
    r"|(?:[Tt]rans-?[Aa]tlantic)\s+(?:Alliance|Partnership|Relationship))$"  # descriptive (CONVENTIONS 22)
)
# words that start a sentence or date it, not a name ("At the 2023 G20 Summit", "This Jeddah Communiqué",
# "January 26 of the U.S.-Israel Strategic Consultative Group")
LEAD_WORDS = re.compile(
    r"^(?:(?:A|An|At|In|On|During|Through|This|That|These|Those|Following|After|Before|With|Under|By|From|As|And|But|"
    r"Our|Their|His|Her|Its|Today|Yesterday|Also|Both|Then|When|While|Within)\s+"
    r"|(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{1,2}"
    r"(?:,?\s+\d{4})?\s+(?:of\s+)?"
    # a heading's verb before an article ("Launching the FIRST Program", "Launch of the Landmark …")
    r"|[A-Z]{3,}\s+(?=the\s)"  # a resolution's verb in capitals ("NOTE the …", "RECALLING the …")
    r"|[A-Z][a-z]{2,}ing\s+(?:the|a|an)\s+|(?:Launch|Establishment|Creation)\s+of\s+(?:the|a|an)\s+"
    r"|(?:Launch|Establish|Create)\s+(?:the|a|an)\s+)+"
    r"(?:the\s+)?"
)
# a phrase starting with an office or a group of people names a person or body, not a framework
OFFICE_START = re.compile(
    # not a head of state's or government's possessive: the office owns the name ("the President’s
    # Malaria Initiative", "the Prime Minister’s Fund"), a programme rather than a person
    r"^(?!(?:Vice\s+)?President['’]s\s|Prime\s+Minister['’]s\s|Secretary-General['’]s\s)"
    r"(?:President|Presidents|Vice|Prime|Minister|Ministers|Secretary|Chair|Chairman|Chairperson|Managing|Director|"
    r"Head|Heads|Members|Member|Deputy|Speaker|Ambassador|Leaders|Leader|Government|Administrator|King|Emir|"
    r"CEO|Chief|Governor|Mayor|Commissioner|Founder|Rector|General Director|General Secretary|Envoy|"
    r"Special Envoy|Mr|Mrs|Ms|Madam|Dr)\b"
)


# a run holding a person's title ("Politburo Member and Director of the Office of the Foreign Affairs
# Commission": one holder, not a body; bodies are named by plural offices, "Council of Defence
# Ministers") or ending on a building ("Walter E. Washington Convention Center")
NOT_NAME = re.compile(
    r"\b(?:Member|Director|Minister|Secretary|Chairman|Chairperson|Adviser|Advisor|Ambassador|Envoy|"
    r"Spokesperson|Governor|Mayor|CEO|Founder|Partner)\s+(?:and|of)\b"
    r"|\b(?:Convention|Conference|Exhibition|Congress|Trade)\s+Cent(?:er|re)$"
)


# organs of a body: a generic name with one of these words is a council, not an agreement or format
BODY_WORDS = re.compile(r"\b(?:Council|Commission|Committee|Assembly|Secretariat)\b")
AGENCY = re.compile(
    r"\b(?:Agency|Department|Administration|Ministry|Office|Service|Corporation|Bureau|Directorate)(?:\s+(?:of|for)\s.*)?$"
)
# a state's own agency named by its kind, with no state before it ("Department of Energy", "National
# Oceanic and Atmospheric Administration", "State Property Fund")
STATE_BODY = re.compile(r"^(?:Department|Ministry|Bureau|National|Federal|State)\s")
JOINT = re.compile(r"^[A-Z][\w.]*[-–][A-Z]")  # "NATO-Russia Council": a body of two parties
ORDINAL = re.compile(r"^(?:[ivxlc]+|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth)$")
POSSESSIVE = re.compile(r"^[A-Z][\w-]*['’]s\s")

# the United Nations named only as a place, channel or modifier (CONVENTIONS 21d): "at the UN",
# "through the U.N.", "within the UN", "at United Nations platforms", "UN Member States", "UN-mediated"
UN_PLACE_BEFORE = re.compile(r"\b(?:at|through|within|via|coordination\s+with)\s+(?:the\s+)?$")
UN_PLACE_AFTER = re.compile(
    r"^(?:[-–]|\s+(?:[A-Z]|(?:platforms?|humanitarian|arbitral|peacekeeping|member|membership|agencies)\b))"
)

# where a meeting was held, in the sentence telling it: "on the margins of the G20 Leaders' Summit",
# "at the East Asia Summit", "for the 10th North American Leaders' Summit" (the name is its group 1)
SETTING = re.compile(
    r"\b(?:margins|sidelines|occasion|framework)\s+of\s+(?:the\s+)?((?:[\w'’.+-]+\s+){0,6}?"
    r"(?:Summit|Conference|Ministerial|Forum|Assembly|Meeting))\b"
    # (not a summit prepared for: "to review preparations for the NATO Summit" is one referred to)
    r"|\b(?:at|(?<!preparations\s)(?<!preparation\s)(?<!prepare\s)(?<!preparing\s)for|attend(?:ed|ing)?)\s+the\s+"
    r"((?:\d+(?:st|nd|rd|th)\s+)?(?:[A-Z][\w'’.+-]*\s+){1,6}?"
    r"(?:Summit|Conference|Ministerial|Forum))\b"
)


def acronym_name(phrase: str, acronym: str) -> str | None:
    """The words of `phrase` an acronym after it stands for: the shortest tail whose initials spell it."""
    words = phrase.split()
    # a letter and a count stand for that many words with the letter ("B3W": Build Back Better World)
    spelled = re.sub(r"([A-Za-z])([2-9])", lambda x: x.group(1) * int(x.group(2)), acronym)
    letters = re.sub(r"[^A-Z]", "", spelled.upper())
    for i in range(len(words) - 1, -1, -1):
        tail = [w for w in words[i:] if w.lower() not in JOINERS and not w[0].isdigit()]
        initials = "".join(p[0] for w in tail for p in re.split(r"[-–]", w) if p)
        if len(letters) >= 2 and (
            initials.upper() == letters or "".join(w[0] for w in tail).upper() == letters
        ):
            return " ".join(words[i:])
    return None


def capitalized_tail(phrase: str) -> str:
    """The tail of capitalized words ("... offered by the Generalized System of Preferences")."""
    words = phrase.split()
    i = len(words)
    while i > 0 and (words[i - 1][:1].isupper() or words[i - 1][:1].isdigit() or words[i - 1] in JOINERS):
        i -= 1
    while i < len(words) and words[i] in JOINERS:
        i += 1
    return " ".join(words[i:]) if i < len(words) else phrase


# the end of a sentence inside a run of capitalized words ("… Svetlana Lukash. The G20 Summit", "… of
# 1991. Both"; not "U.S. ")
SENTENCE_END = re.compile(r"(?:(?<=[a-z]{2})|(?<=\b[A-Z]{2})|(?<=\b[A-Z]{3})|(?<=\b\d{4}))\.\s+")


def name_start(run: str, body_word: Callable[[str], bool]) -> int:
    """Where the name in a run across a full stop starts: its first sentence when that names a thing
    (a head noun or a word of bodies: "Fund for the Restoration of Property. Fund for …", "Interregional
    Standardization Association. The …"), else its last ("… Svetlana Lukash. The G20 Summit": no
    person's name is a framework)."""
    ends = list(SENTENCE_END.finditer(run))
    words = [w for w in run[: ends[0].start()].split() if w[:1].isupper()] if ends else []
    if (
        not ends
        or HEAD_WORD.search(run[: ends[0].start()])
        or (len(words) > 1 and any(map(body_word, words)))
    ):
        return 0  # not a date ("in early Summer 2022. The Summit")
    return ends[-1].end()


HEAD_WORD = re.compile(rf"\b(?:{HEADS})\b")
NEXT_NAME = re.compile(rf"\s+and\s+the\s+(?=(?:[A-Z][\w'’.-]*\s+){{1,5}}(?:{HEADS})\b)")


def headed_names(text: str) -> Iterator[tuple[re.Match[str], int]]:
    """The matches of HEADED, each with where its name ends; where a name's tail runs into the next
    name ("the 2050 Strategy for the Blue Pacific Continent and the Boe Declaration on Regional
    Security"), the first ends there (trim_tail cuts it) and the next is searched from that name on,
    not lost inside the first match."""
    pos = 0
    while (m := HEADED.search(text, pos)) is not None:
        tail = m.group(2)
        nxt = NEXT_NAME.search(text, m.start(2), m.end()) if tail and " and the " in tail else None
        if nxt is not None and " between " in text[m.end(1) : nxt.start()]:
            nxt = None  # the parties of one name ("Agreement between Ukraine and the European Council")
        yield m, nxt.start() if nxt is not None else m.end()
        pos = nxt.end() if nxt is not None else max(m.end(), pos + 1)


def after_reference(text: str, start: int, label: str, named: list[tuple[int, int]]) -> int | None:
    """Where a name read at `start` starts past a reference name it starts inside ("Treaty Organisation
    Collective Security Council" is the "Collective Security Council") or with, when that one is a
    whole headed name and the rest its organ ("Collective Security Treaty Organisation Collective
    Security Council"; not "Pacific Islands Forum Declaration on …")."""
    lead = None if text.startswith(label, start) else re.match(r"(?:The|the)\s+", text[start : start + 4])
    first = start + (lead.end() if lead else 0)
    end = first + len(label)
    for a, b in named:
        if not first < b < end or a > first:
            continue
        if a < first or _organ(text[a:b], text[b:end].strip()):
            return b
    return None


def _organ(reference: str, rest: str) -> bool:
    """Is `rest`, after a reference name ending in a head word, the name of its organ?"""
    return bool(
        HEAD_WORD.search(reference.split()[-1]) and re.match(r"[A-Z]\w*\s", rest) and BODY_WORDS.search(rest)
    )


def body_meeting(event: str, name: str) -> bool:
    """Is the event a meeting of the body `name` ("virtual meeting of the U.S.-Israel Strategic
    Consultative Group on April 13")? The group meeting is a framework (CONVENTIONS 21f); a council or
    commission meeting is an organ of the bodies taking part (its session is the meeting)."""
    return not BODY_WORDS.search(name) and bool(
        re.search(rf"\b(?:meeting|session|sitting)\s+of\s+(?:the\s+)?{re.escape(name)}\b", event)
    )


# the United Nations as an actor (CONVENTIONS 21d): its role ("the central coordinating role of the
# United Nations"), called on to act ("called on the United Nations to lead"), or one of the
# international organizations called on ("organisations, including the UN")
UN_ACTOR_BEFORE = re.compile(
    r"\brole\s+of\s+(?:the\s+)?$|\b(?:call(?:ed|s|ing)?\s+(?:on|upon)|urged?|urging|asked?)\s+(?:the\s+)?$"
    r"|\borgani[sz]ations,?\s+(?:including|such\s+as)\s+(?:the\s+)?$"
)


def un_actor(text: str, start: int) -> bool:
    """Is the UN named at `start` an actor, its role discussed ("the role of the United Nations")?"""
    return bool(UN_ACTOR_BEFORE.search(text[max(0, start - 40) : start]))


def un_place(text: str, start: int, end: int) -> bool:
    """Is the UN named at text[start:end] a place, channel or modifier ("at the UN", "UN Member States")?"""
    return bool(UN_PLACE_BEFORE.search(text[max(0, start - 30) : start])) or bool(
        UN_PLACE_AFTER.match(text[end : end + 16])
    )
