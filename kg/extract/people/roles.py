"""Role nouns resolved through office data at the date: "the Head of State", "the President" (the
publisher's own), "the Uzbek leader", "the Presidents of A, B and C", "the Prime Minister"; and
leaders' spouses through the reference data's schema:spouse: "the First Lady of Ukraine", "Poland's
First Lady", "the First Lady" (the publisher's own), "the wife of the President of Ukraine"."""

from __future__ import annotations

import re

from kg.extract.gazetteer import Mention, scan
from kg.extract.namesakes import leaders_of_no_state
from kg.extract.our_offices import own_post
from kg.extract.people.heads import body_heads, named_body_heads
from kg.extract.people.lexicon import STAFF_OF, Person, PersonMention
from kg.extract.people.office_words import office_words
from kg.extract.people.table import People, from_reference, holder
from kg.reference.tables import Reference

# a second office or a group's other members sharing the "of" that follows ("the Prime Minister and
# Foreign Minister of A": A's head of government; "leaders and senior officials of A, B and C": their
# leaders); with "the" before the second office the first stands alone ("the President and the Prime
# Minister of A": ours and A's)
JOINED = (
    r"\s+and\s+(?:(?:Vice\s+|Deputy\s+)?(?:President|Prime\s+Minister|Chancellor|(?:Foreign|Defen[cs]e)\s+Minister)"
    r"|(?:senior\s+|other\s+|government\s+)?(?:officials|representatives))"
)


def resolve_roles(pp: People, text: str, offset: int = 0) -> list[PersonMention]:
    """Role nouns in one sentence: 'the Head of State', 'the President', 'the Uzbek leader', 'the Presidents of A, B and C'."""  # noqa: E501
    out: list[PersonMention] = []
    for m in re.finditer(
        rf"\b(?:[Tt]he\s+(?:([A-Z][\w'’-]+)\s+)?|(?:Dear\s+)?(?:Mr\.?|Madam|Madame)\s+(?=\w+(?:\s+\w+)?\s+of\s)|(?=(?:[Ll]eaders|Presidents|Prime Ministers|[Hh]eads of [Ss]tate|[Hh]eads of [Gg]overnment)(?:{JOINED})?\s+(?:of|from)\s))(Heads of State(?: and(?: of)? Government|/Government)?|heads of state(?: and(?: of)? government)?(?=\s+of\s)|(?:presidents|prime ministers)(?=\s+of\s)|Head of State|[Hh]eads? of [Gg]overnment|Presidents|President|Prime Ministers|Prime Minister|Chancellor|[Ll]eaders|[Ll]eader|Foreign Ministers?|Defen[cs]e Ministers?|(?:foreign|defen[cs]e) ministers(?=\s+of\s)|Foreign Secretary|External Affairs Minister|Secretary of State(?!\s+for\b)|National Security Advis[eo]rs?|national security advis[eo]rs(?=\s+of\s))\b(?!-)(?=(?:{JOINED})?(\s+(?:of|from)\s+[^.;:]*)?)",  # noqa: E501
        text,
    ):
        adj, noun, tail = m.group(1), m.group(2), m.group(3) or ""
        bodies: list[str] = []
        if STAFF_OF.search(text[max(0, m.start() - 40) : m.start()]):
            continue  # "Diplomatic Advisor to the Italian Prime Minister": a title of someone else
        role = role_of(noun)
        if role == "Leader" and leaders_of_no_state(text, m.start(2)):
            continue  # "community leaders from Georgia", "business leaders of Japan"
        if tail.lstrip().startswith("from") and role != "Leader":
            tail = ""  # "the President from ...": no list of states
        isos: list[str] = []
        if tail.lstrip().startswith("of") and noun in ("President", "Presidents"):
            # "the President of the European Commission", "Mr. President of the European Council":
            # the head of the organization, not a state's
            heads = organization_heads(pp, tail)
            if heads:
                out += [
                    PersonMention(p.key, offset + m.start(), offset + (m.end(3) if tail else m.end()), True)
                    for p in heads
                ]
                continue
        if adj and (pp.ref.country_of_demonym(adj) or role != "NationalSecurityAdviser" or not tail):
            iso = pp.ref.country_of_demonym(adj)
            if iso is None:
                continue
            isos = [iso]
        elif tail:  # ("the Quint national security advisors of A and B": the states listed)
            # countries listed after "of": stop at the first word that is neither a country nor a joiner
            # "the leaders from A, European Union (EU), B" may list bodies too
            isos = countries_in(pp.ref, tail, bodies=tail.lstrip().startswith("from"), orgs=bodies)
            if not isos and noun not in ("President", "Head of State"):
                continue
        if not isos and noun in ("Prime Minister", "Chancellor"):
            # "the Prime Minister": the one head of government named in the release, else our own
            named = [p for p in pp.people.values() if p.role == "HeadOfGovernment"]
            if len(named) == 1:
                out.append(PersonMention(named[0].key, offset + m.start(), offset + m.end(), True))
                continue
            isos = [pp.home] if pp.home and not named else []
        own = (
            own_post(pp.ref, pp.home, noun) if not isos and not tail and noun.endswith("Secretary") else None
        )
        if own is not None:
            # "the Foreign Secretary" in a release of a state with an office of that exact name: ours
            # (India's senior civil servant, not its minister; the British minister, not a foreign one)
            e = pp.ref.holder(own, pp.on)
            if e is not None and e.kind == "person":
                p = from_reference(pp, e.props["iri"])
                out.append(PersonMention(p.key, offset + m.start(), offset + m.end(), True))
            continue
        if not isos and not tail and role in ("ForeignMinister", "DefenceMinister"):
            # "the Foreign Secretary": the one such minister named in the release, else our own
            named = [p for p in pp.people.values() if p.role == role]
            if len(named) == 1:
                out.append(PersonMention(named[0].key, offset + m.start(), offset + m.end(), True))
                continue
            isos = [pp.home] if pp.home and not named else []
        if not isos and noun in ("Head of State", "President") and pp.home and not OF_ELSE.match(tail):
            isos = [pp.home]  # "the President": ours; not "the President of the Bundestag"
        spouse = SPOUSE_OF.search(text, max(0, m.start() - 20), m.start()) is not None
        for iso in isos:
            if spouse:  # "the wife of the President of Ukraine": not the President
                p = spouse_of(pp, "HeadOfState" if role == "Leader" else role, iso)
            else:
                p = leader(pp, iso) if role == "Leader" else holder(pp, role, pp.ref.countries.get(iso))
            if p is not None:
                out.append(
                    PersonMention(p.key, offset + m.start(), offset + (m.end(3) if tail else m.end()), True)
                )
        # "the leaders from the United States, …, and the World Bank": the heads of the bodies listed
        for org in bodies if role == "Leader" else []:
            p = holder(pp, "OrganizationHead", org)
            if p is not None:
                out.append(
                    PersonMention(p.key, offset + m.start(), offset + (m.end(3) if tail else m.end()), True)
                )
    return (
        out
        + spouses(pp, text, offset)
        + unnamed_counterparts(pp, text, offset, out)
        + demonym_list(pp, text, offset)
        + body_heads(pp, text, offset)
        + office_words(pp, text, offset)
        + named_body_heads(pp, text, offset)
    )


# a plural office after a list of demonyms ("the Polish and Lithuanian Presidents", "the French,
# German and Italian leaders"): each state's holder
DEMONYMS_OFFICE = re.compile(
    r"\b(?P<list>[A-Z][\w'’-]+(?:,\s+[A-Z][\w'’-]+)*,?\s+and\s+[A-Z][\w'’-]+)\s+"
    r"(?P<noun>Presidents|Prime\s+Ministers|[Ll]eaders|[Hh]eads\s+of\s+[Ss]tate)\b"
)


def demonym_list(pp: People, text: str, offset: int = 0) -> list[PersonMention]:
    """The holders of a plural office named after a list of demonyms (DEMONYMS_OFFICE)."""
    if " and " not in text or not re.search(r"Presidents|Ministers|eaders|eads of", text):
        return []
    out: list[PersonMention] = []
    for m in DEMONYMS_OFFICE.finditer(text):
        isos = [pp.ref.country_of_demonym(w) for w in re.split(r",?\s+and\s+|,\s+", m.group("list"))]
        if not isos or None in isos:
            continue
        role = role_of(m.group("noun"))
        for iso in isos:
            p = leader(pp, iso) if role == "Leader" else holder(pp, role, pp.ref.countries.get(iso or ""))
            if p is not None:
                out.append(PersonMention(p.key, offset + m.start(), offset + m.end(), True))
    return out


# "of" and a name that is neither a state the data knows nor "the Republic" (the speaker's own)
OF_ELSE = re.compile(r"\s*of\s+(?:the\s+)?(?!Republic\b(?!\s+of\b))[A-Z]")


def organization_heads(pp: People, tail: str) -> list[Person]:
    """The heads, at the date, of the organizations listed at the start of "of the A and the B"."""
    out: list[Person] = []
    last = 0
    for x in scan(tail, pp.ref):
        joiner = r"\s*of\s+(?:the\s+)?" if not last else r"\s*(?:,\s*|\s+)(?:and\s+)?(?:of\s+)?(?:the\s+)?"
        if x.kind != "organization" or not re.fullmatch(joiner, tail[last : x.start]):
            break
        p = holder(pp, "OrganizationHead", x.iri)
        if p is None:
            break
        out.append(p)
        last = x.end
    return out


# "his Ukrainian counterpart", "her counterpart from Poland", "their Japanese counterparts": unnamed
COUNTERPART = re.compile(
    r"\b(?:his|her)\s+(?:(?P<dem>[A-Z][\w'’-]+)\s+)?counterpart\b"
    r"(?:\s+(?:from|of|in)\s+(?P<tail>(?:the\s+)?[A-Z][^.;:,]*))?(?!,?\s+(?:[A-Z]|Mr|Ms|Mrs|Dr))"
)
# the offices whose holders have counterparts the reference data knows
COUNTERPART_ROLES = ("HeadOfState", "HeadOfGovernment", "ForeignMinister", "DefenceMinister")


def unnamed_counterparts(
    pp: People, text: str, offset: int = 0, by_role: list[PersonMention] | None = None
) -> list[PersonMention]:
    """A counterpart named by state alone ("President Tokayev informed his Russian counterpart", "The
    Foreign Secretary met his Japanese counterpart"): the holder, at the date, of the office of the
    person just before (the last one named, by name or by office (`by_role`), before it in the
    sentence, whose post the reference data knows) in that state."""
    out: list[PersonMention] = []
    if "counterpart" not in text:
        return out
    for m in COUNTERPART.finditer(text):
        if m.group("dem"):
            iso = pp.ref.country_of_demonym(m.group("dem"))
        else:
            isos = countries_in(pp.ref, " of " + m.group("tail")) if m.group("tail") else []
            iso = isos[0] if isos else None
        before = [
            pm
            for pm in [*pp.mentions, *(by_role or [])]
            if offset <= pm.start and pm.end <= offset + m.start() and pm.key in pp.people
        ]
        subject = pp.people[max(before, key=lambda pm: pm.start).key] if before else None
        if iso is None or subject is None or subject.role not in COUNTERPART_ROLES or subject.country == iso:
            continue
        p = holder(pp, subject.role, pp.ref.countries.get(iso))
        if p is not None:
            out.append(PersonMention(p.key, offset + m.start(), offset + m.end(), True))
    return out


# "wife of the President of …", "the wives of the Presidents of A and B"
SPOUSE_OF = re.compile(r"(?i)\b(?:wife|wives|husband|spouse)s?\s+of\s+$")
# "the First Lady of Ukraine", "Poland's First Lady", "the Ukrainian First Lady", "the First Lady";
# "Second Gentleman": the spouse of the vice head of state
SPOUSE = re.compile(
    r"(?:\b([A-Z][\w-]+)['’]s\s+|\b[Tt]he\s+(?:([A-Z][\w'’-]+)\s+)?)?"
    r"\b(First|Second)\s+(?:Lady|Gentleman)\b(?!['’]|\s+[A-Z])(?=(\s+of\s+[^.;:]*)?)"
)


def spouses(pp: People, text: str, offset: int = 0) -> list[PersonMention]:
    """Leaders' spouses named by their style: the spouse (in the reference data) of the head of state
    (or, for a Second Lady or Gentleman, of the vice head of state) of the state named, else of the
    publisher's own, on the date. "First Lady Olena Zelenska" is left to her name."""
    out: list[PersonMention] = []
    for m in SPOUSE.finditer(text):
        owner, adj, rank, tail = m.group(1), m.group(2), m.group(3), m.group(4) or ""
        if owner:
            isos = countries_in(pp.ref, " of " + owner)
        elif adj:
            iso = pp.ref.country_of_demonym(adj)
            isos = [iso] if iso else []
        elif tail:
            isos = countries_in(pp.ref, tail)
        else:
            isos = [pp.home] if pp.home else []
        role = "HeadOfState" if rank == "First" else "ViceHeadOfState"
        for iso in isos[:1]:
            p = spouse_of(pp, role, iso)
            if p is not None:
                out.append(PersonMention(p.key, offset + m.start(), offset + m.end() + len(tail), True))
    return out


def spouse_of(pp: People, role: str, iso: str) -> Person | None:
    """The spouse of the holder of a state's office at the date, when the reference data knows it."""
    office = pp.ref.holder((role, pp.ref.countries.get(iso, "")), pp.on)
    spouse = pp.ref.spouse_of(office.props.get("iri", "")) if office is not None else None
    return from_reference(pp, spouse.props["iri"]) if spouse is not None else None


def role_of(noun: str) -> str:
    """The role a noun names: a leader (or the heads of state and government) is the post that
    speaks for the state at leaders' meetings (dmo:Leader), not its head of state; a foreign or
    defence minister is that minister."""
    folded = noun.lower()
    if folded.startswith("leader") or ("state" in folded and "government" in folded):
        return "Leader"
    if folded.startswith("national security"):
        return "NationalSecurityAdviser"
    if folded.startswith(("foreign", "defen", "external", "secretary of state")):
        return "DefenceMinister" if folded.startswith("defen") else "ForeignMinister"
    heads_of_government = ("prime minister", "prime ministers", "chancellor", "head of government")
    return "HeadOfGovernment" if folded.replace("heads", "head") in heads_of_government else "HeadOfState"


def leader(pp: People, iso: str) -> Person | None:
    """The holder of the post that speaks for a state at leaders' meetings (dmo:Leader in the
    reference data) at the date; where no post is marked so, the head of state."""
    where = pp.ref.countries.get(iso)
    return holder(pp, "Leader", where) or holder(pp, "HeadOfState", where)


# after a group's name: its members as one item of a list of states
MEMBERS_OF = re.compile(
    r"\s*(?:\([A-Z][\w.-]*\)\s*)?(?:member\s+(?:states|countries|nations)|countries|states)\b"
)
# … or the word for those of its members listed right after it ("from NATO Allies Estonia, Latvia,
# Lithuania, and Poland": those states, not the group)
MEMBERS_LISTED = re.compile(r"\s+(?:[Aa]llies|[Mm]embers|[Pp]artners|member\s+states)\s+(?:the\s+)?")


def members_listed(text: str, states: list[Mention], offset: int, end: int) -> bool:
    """Does a state of `states` (mentions, `offset` before `text`'s start) open a list of a group's
    members right after the group's name ending at `end` and its members' word (MEMBERS_LISTED)?"""
    listed = MEMBERS_LISTED.match(text, end)
    return listed is not None and any(x.start - offset == listed.end() for x in states)


# the states' region named before them: "of the Baltic states – Estonia, Latvia and Lithuania"
REGION_NAMED = re.compile(
    r"\s*of\s+(?:the\s+)?(?:[A-Z][\w-]*\s+){1,3}(?:states|countries|nations)\s*[-–—:]\s*"
)


def countries_in(ref: Reference, tail: str, bodies: bool = False, orgs: list[str] | None = None) -> list[str]:
    """The states listed at the start of "of A, B and C"; with `bodies`, also after "from", past
    organizations and acronyms in the list ("from the United States, European Union (EU), France"),
    the organizations listed then added to `orgs` when given."""
    out = []
    last = 0
    found = scan(tail, ref)
    for k, m in enumerate(found):
        if m.start < last:
            continue  # inside an item already read ("(GCC)" of "… Council (GCC) member states")
        nxt = found[k + 1 : k + 2] if m.kind == "organization" else []
        if nxt and nxt[0].kind == "country" and members_listed(tail, nxt, 0, m.end):
            opening = r"\s*(?:of|from)\s+(?:the\s+)?" if bodies else r"\s*of\s+"
            if not last and re.fullmatch(opening, tail[: m.start]):
                last = nxt[0].start  # "from NATO Allies A, B and C": the list goes on from A
                continue
        members = MEMBERS_OF.match(tail, m.end) if m.kind == "organization" else None
        if members is not None:
            # "the leaders of the Gulf Cooperation Council (GCC) member states and the United States":
            # an item naming a group's members, none of them by name
            between = tail[last : m.start]
            if (last and not re.fullmatch(r"[\s,]*(?:and\s+)?(?:the\s+)?", between)) or (
                not last and not re.fullmatch(r"\s*(?:of|from)\s+(?:the\s+)?", between)
            ):
                break
            last = members.end()
            continue
        if m.kind != "country" and not (bodies and m.kind == "organization"):
            continue
        between = tail[last : m.start]
        if last and re.fullmatch(r"\s*\(", between):
            if tail[m.end : m.end + 1] == ")":  # an item's acronym in brackets: "European Union (EU)"
                last = m.end + 1
            continue
        if bodies:
            between = re.sub(r"^\s*\([A-Z][\w.-]*\)", "", between)
            # a body the reference data does not know, as an item of the list ("the Caribbean
            # Community (CARICOM) and the Dominican Republic")
            between = re.sub(
                r"(?<=\s)(?-i:[A-Z][\w'’-]*\s+(?:of\s+(?:the\s+)?)?){1,5}(?:\([A-Z][\w.-]*\)\s*)?"
                r"(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?",
                "",
                between,
            )
        if last and not re.fullmatch(r"[\s,]*(?:and\s+)?(?:the\s+)?", between):
            break
        if not last and not re.fullmatch(
            r"\s*(?:of|from)\s+(?:the\s+)?" if bodies else r"\s*of\s+(?:the\s+)?", between
        ):
            if not REGION_NAMED.fullmatch(between):
                break
        iso = ref.iso_of(m.iri) if m.kind == "country" else None
        if iso:
            out.append(iso)
        elif orgs is not None and m.kind == "organization":
            orgs.append(m.iri)
        last = m.end
    return out


# "Olena Zelenska, the wife of President Zelenskyy": the leader named to say whose spouse she is
WHOSE_SPOUSE = re.compile(
    r"(?i)\b(?:wife|husband|spouse)\s+of\s+(?:(?:the\s+)?(?:President|Prime\s+Minister|Chancellor|King|Mr\.?)\s+)?$"
)


def not_taking_part(pp: People, people: list[Person], text: str) -> set[str]:
    """The keys of people named who do not take part: a leader named only to say whose spouse someone
    is ("Olena Zelenska, the wife of President Zelenskyy"), and a leader's spouse beside the leader
    ("the President and the First Lady welcomed …"), who accompanies the leader's talks."""
    named_for_spouse = {
        p.key
        for p in people
        if (spans := [pm for pm in pp.mentions if pm.key == p.key])
        and all(WHOSE_SPOUSE.search(text, max(0, pm.start - 40), pm.start) for pm in spans)
    }
    iris = {p.iri for p in people if p.iri and p.key not in named_for_spouse}
    return named_for_spouse | {
        p.key
        for p in people
        if pp.ref.spouses.get(p.iri or "") in iris and not pp.ref.posts_of(p.iri or "", None)
    }
