"""Read the reference Turtle files (countries, organizations, offices, topics ...) into a `Reference`.

Parsing uses pyoxigraph (fast); the result is cached per set of paths. Only the terms of the
team's reference schema are read (see docs/extraction.md): labels, altLabels, Wikidata links,
ISO codes, demonyms, posts, memberships with their dates (people in posts, states in groups), place
containment and the topic scheme.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from importlib import resources
from pathlib import Path

import pyoxigraph as ox

from kg.model import Entity, KgError
from kg.reference.tables import Edition, Post, Reference, Seat, Tenure, fold, is_acronym, name_tokens
from kg.reference.variants import add_variants
from kg.vocab import DMO

DMR = "https://w3id.org/dmkg/id/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
SKOS = "http://www.w3.org/2004/02/skos/core#"
ORG = "http://www.w3.org/ns/org#"
TIME = "http://www.w3.org/2006/time#"
SCHEMA = "https://schema.org/"
WD = "http://www.wikidata.org/entity/"

KINDS = {
    str(DMO.Country): "country",
    str(DMO.Organization): "organization",
    str(DMO.Framework): "framework",
    str(DMO.Place): "place",
    str(DMO.Event): "event",
    str(DMO.Person): "person",
    SKOS + "Concept": "topic",
}
# Files of the ontology package that are not reference data.
SKIP_FILES = {"dmo.ttl", "shapes.ttl"}


def default_paths() -> list[Path]:
    """All *.ttl files of the shipped ontology package except the ontology and shapes."""
    root = resources.files("kg.ontology")
    found: list[Path] = []
    for sub in (root, root / "reference"):
        if not sub.is_dir():
            continue
        for item in sub.iterdir():
            if item.name.endswith(".ttl") and not (sub == root and item.name in SKIP_FILES):
                found.append(Path(str(item)))
    return sorted(found)


def load_reference(paths: Iterable[str | Path] | None = None) -> Reference:
    """Lookup tables from the reference Turtle files (default: those shipped in kg.ontology). Cached."""
    chosen = tuple(sorted(str(p) for p in (default_paths() if paths is None else paths)))
    return _load(chosen)


@functools.lru_cache(maxsize=8)
def _load(paths: tuple[str, ...]) -> Reference:
    graph: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
    for path in paths:
        try:
            for q in ox.parse(path=path, format=ox.RdfFormat.TURTLE, lenient=True):
                graph[_id(q.subject)][q.predicate.value].append(q.object)
        except (SyntaxError, OSError, ValueError) as e:
            raise KgError(f"cannot read reference file {path}: {e}") from e
    return build(graph)


def _id(term) -> str:
    return term.value if isinstance(term, ox.NamedNode) else "_:" + term.value


def _texts(props: dict[str, list], pred: str) -> list[str]:
    return [o.value for o in props.get(pred, ()) if isinstance(o, ox.Literal)]


def _iris(props: dict[str, list], pred: str) -> list[str]:
    return [_id(o) for o in props.get(pred, ()) if not isinstance(o, ox.Literal)]


def _key(iri: str, kind: str) -> str:
    if iri.startswith(DMR):
        return iri[len(DMR) :].split("/", 1)[-1]
    return iri.rstrip("/").rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _date(graph, node: str | None) -> date | None:
    """time:hasBeginning/hasEnd node -> its time:inXSDDate."""
    if node is None:
        return None
    for value in _texts(graph.get(node, {}), TIME + "inXSDDate"):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def build(graph: dict[str, dict[str, list]]) -> Reference:
    """Fill a `Reference` from subject -> predicate -> objects."""
    ref = Reference()
    for iri, props in graph.items():
        types = set(_iris(props, RDF_TYPE))
        kind = next((KINDS[t] for t in types if t in KINDS), None)
        if ORG + "Post" in types:
            _add_post(ref, iri, props)
            continue
        if ORG + "Membership" in types:
            continue
        if kind is None:
            continue
        labels = _texts(props, RDFS_LABEL) or _texts(props, SKOS + "prefLabel")
        if not labels:
            continue
        alts = [
            a for a in _texts(props, SKOS + "altLabel") + _texts(props, SKOS + "prefLabel") if a != labels[0]
        ]
        alts = list(dict.fromkeys(alts + labels[1:]))
        wd = next((o[len(WD) :] for o in _iris(props, SKOS + "exactMatch") if o.startswith(WD)), None)
        e = Entity(kind, _key(iri, kind), labels[0], alts, wd, {"iri": iri})
        ref.entities[iri] = e
        if kind == "topic":
            _add_topic(ref, iri, e, props)
            continue
        for name in [e.label, *alts]:
            # a person's one-word name ("Borisov") is a surname: it needs context to count
            ref.add_name(name, iri, surname=kind == "person" and len(name_tokens(name)) == 1)
            if kind == "organization" and name.startswith("United Nations "):
                ref.add_name("UN " + name[len("United Nations ") :], iri)  # "UN Relief and Works Agency …"
        if kind == "country":
            iso = next(iter(_texts(props, str(DMO.isoCode))), e.key).upper()
            e.props["iso"] = iso
            ref.countries[iso] = iri
            for dem in _texts(props, str(DMO.demonym)):
                ref.demonyms.setdefault(fold(dem), iso)
            within = _iris(props, SCHEMA + "containedInPlace")  # a region of a state (Hong Kong)
            if within:
                e.props["within"] = within[0]
        elif kind == "person":
            nat = next(iter(_iris(props, SCHEMA + "nationality")), None)
            if nat:
                e.props["country_iri"] = nat
            gender = next(iter(_iris(props, SCHEMA + "gender")), None)  # schema:Female, schema:Male
            if gender:
                e.props["gender"] = gender.rsplit("/", 1)[-1].lower()
            _add_surname(ref, iri, e)
            for partner in _iris(props, SCHEMA + "spouse"):
                ref.spouses.setdefault(iri, partner)
                ref.spouses.setdefault(partner, iri)
        elif kind == "organization":
            parent = next(iter(_iris(props, SKOS + "broader")), None)
            if parent:
                e.props["broader"] = parent
            home = next(iter(_iris(props, SCHEMA + "location")), None)  # a body of one state (USAID)
            if home:
                e.props["country_iri"] = home
        elif kind == "framework":
            ftype = next(
                iter(_iris(props, str(DMO.frameworkType)) + _texts(props, str(DMO.frameworkType))), None
            )
            if ftype:
                e.props["type"] = ftype.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
        if kind in ("place", "event"):
            inside = _iris(props, SCHEMA + "containedInPlace") + _iris(props, SCHEMA + "location")
            if inside:
                (ref.places_in if kind == "place" else ref.event_places)[iri] = inside[0]
        if kind == "event":
            _add_edition(ref, iri, props)
    for props in graph.values():
        if ORG + "Membership" in set(_iris(props, RDF_TYPE)):
            _add_membership(ref, graph, props)
    dated = {t.post for t in ref.tenures}
    for iri, props in graph.items():  # org:heldBy of a post without dated memberships: current holders
        if iri in ref.posts and iri not in dated:
            for person in _iris(props, ORG + "heldBy"):
                ref.add_tenure(Tenure(person, iri, None, None, None, None))
    _shared_surnames(ref)
    add_variants(ref)  # "St. Lucia", "Micronesia": forms of the labels derived by rule
    for iri, e in ref.entities.items():  # countries of people from their state posts
        if e.kind == "person" and "country_iri" not in e.props:
            for t in ref.tenures_by_person.get(iri, []):
                where = ref.post_role(t)[1]
                if ref.iso_of(where):
                    e.props["country_iri"] = where or ""
                    break
    return ref


def _add_edition(ref: Reference, iri: str, props: dict[str, list]) -> None:
    """A dated edition of a recurring event (dmo:eventSeries with schema:startDate)."""
    series = next(iter(_iris(props, str(DMO.eventSeries))), None)
    start = next(iter(_texts(props, SCHEMA + "startDate")), None)
    if series is None or start is None:
        return
    end = next(iter(_texts(props, SCHEMA + "endDate")), start)
    online = SCHEMA + "OnlineEventAttendanceMode" in _iris(props, SCHEMA + "eventAttendanceMode")
    ref.editions.setdefault(series, []).append(
        Edition(iri, series, date.fromisoformat(start[:10]), date.fromisoformat(end[:10]), online)
    )


def _add_surname(ref: Reference, iri: str, e: Entity) -> None:
    """The surname a person is named by alone: the one-word altLabels the data gives (family name
    first for Xi Jinping or Lee Hsien Loong), else the last word of the label."""
    given = [a for a in e.alt_labels if len(name_tokens(a)) == 1 and not is_acronym(a)]
    if given:
        e.props["surname"] = given[0]
        return
    words = [
        t
        for t in e.label.replace(",", " ").split()
        if t.lower().strip(".") not in {"jr", "sr", "ii", "iii", "iv", "v", "vi"}
    ]
    if len(words) >= 2 and words[-2].lower() != "of":  # "Philippe of Belgium": a style, not a surname
        e.props["surname"] = words[-1]
        if words[-1] not in e.alt_labels:
            e.alt_labels.append(words[-1])
        ref.add_name(words[-1], iri, surname=True)


def _shared_surnames(ref: Reference) -> None:
    """A spouse who shares a leader's surname is not named by it alone ("Biden" is the President)."""
    for a, b in ref.spouses.items():
        ea, eb = ref.entities.get(a), ref.entities.get(b)
        if ea is None or eb is None or fold(ea.props.get("surname", "")) != fold(eb.props.get("surname", "")):
            continue
        spouse = a if not ref.posts_of(a, None) and ref.posts_of(b, None) else b
        surname = ref.entities[spouse].props.get("surname", "")
        toks = name_tokens(surname)
        ref.names[toks] = [h for h in ref.names.get(toks, []) if not (h.iri == spouse and h.surname)]
        ref.entities[spouse].alt_labels[:] = [n for n in ref.entities[spouse].alt_labels if n != surname]


def _add_post(ref: Reference, iri: str, props: dict[str, list]) -> None:
    labels = _texts(props, RDFS_LABEL) + _texts(props, SKOS + "altLabel")
    roles = tuple(dict.fromkeys(r.rsplit("#", 1)[-1] for r in _iris(props, ORG + "role")))
    post_in = next(iter(_iris(props, ORG + "postIn")), None)
    label = labels[0] if labels else _key(iri, "post")
    main = next((r for r in roles if r != "Leader"), None)
    post = Post(iri, label, tuple(labels[1:]), main, post_in, roles)
    ref.posts[iri] = post
    for name in labels:
        ref.posts_by_name.setdefault(name_tokens(name), []).append(iri)


def _add_membership(ref: Reference, graph, props: dict[str, list]) -> None:
    person = next(iter(_iris(props, ORG + "member")), None)
    if person is None:
        return
    post = next(iter(_iris(props, str(DMO.post))), None)
    roles = [r.rsplit("#", 1)[-1] for r in _iris(props, ORG + "role")]
    role = next((r for r in roles if r != "Leader"), None)  # dmo:Leader goes with the post's main role
    org = next(iter(_iris(props, ORG + "organization")), None)
    start = end = None
    for during in _iris(props, ORG + "memberDuring"):
        d = graph.get(during, {})
        start = _date(graph, next(iter(_iris(d, TIME + "hasBeginning")), None))
        end = _date(graph, next(iter(_iris(d, TIME + "hasEnd")), None))
    member = ref.entities.get(person)
    if member is not None and member.kind != "person" and org:  # a state's membership (seat) in a group
        ref.seats.setdefault(org, []).append(Seat(person, post, start, end))
        return
    ref.add_tenure(Tenure(person, post, role, org, start, end))


def _add_topic(ref: Reference, iri: str, e: Entity, props: dict[str, list]) -> None:
    notation = next(iter(_texts(props, SKOS + "notation")), e.key)
    e.key = notation
    e.props["notation"] = notation
    broader = next(iter(_iris(props, SKOS + "broader")), None)
    if broader:
        e.props["broader"] = broader
    labels = [e.label, *_texts(props, SKOS + "hiddenLabel")]
    cues = [name_tokens(c) for c in labels]
    ref.topic_cues[iri] = [c for c in cues if c]
    # cues written in capitals (WHO, AI, IT) are acronyms: the text must write them so too
    e.props["acronym cues"] = {" ".join(name_tokens(c)) for c in labels if c.isupper() and len(c) > 1}
