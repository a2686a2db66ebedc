"""An office the reference data has no post for, named without a name: "the Crown Prince of Saudi
Arabia", "Vietnam's General Secretary", "the General Secretary of the Communist Party of Vietnam".
Its holder is the one reference person of that state styled with the title in an alternative label
("Crown Prince Mohammed bin Salman", "General Secretary Nguyen Phu Trong"): the reference data names
the office through its holder. A title a post of the state is named with ("President of Vietnam",
"King of Saudi Arabia") is left to the posts, and so is a title of a role the posts carry while
the person styled with it holds a post that day (a party's General Secretary who is not his state's
President is his party's); the publisher's own staff titles ("U.S. General") are not offices of a
state; honorifics and name styles ("Mr.", "Sheikh", "Prince"), a title that is part of the name
("Pope Francis") and a title two people of one state share ("Secretary", "Ambassador") name none."""

from __future__ import annotations

from kg.extract.people.lexicon import Person
from kg.extract.people.table import People, from_reference
from kg.extract.titles import TITLE, role_of
from kg.reference.tables import Reference

# styles of address and of names that many people bear: no office
_NAME_STYLES = frozenset(
    {"Mr.", "Ms.", "Mrs.", "Dr.", "Sheikh", "Sheikha", "Prince", "His Majesty", "Her Majesty", "His Highness"}
)

Styled = dict[tuple[str, str], str | None]  # (title, country IRI) -> person IRI (None: shared by several)


def _build(ref: Reference) -> Styled:
    out: Styled = {}
    for iri, e in ref.entities.items():
        where = e.props.get("country_iri") if e.kind == "person" else None
        for label in e.alt_labels if where else ():
            m = TITLE.match(label)
            title = " ".join(m.group().split()) if m and label[m.end() :].strip() else None
            if (
                title is None
                or title in _NAME_STYLES
                or title.split()[-1] in e.label.split()  # "Pope Francis": part of the name
                or _posts_named(ref, title, where)
            ):
                continue
            key = (title, where)
            out[key] = iri if out.get(key, iri) == iri else None
    return out


def _posts_named(ref: Reference, title: str, where: str) -> bool:
    """Is some post of the state `where` named with `title`?"""
    labels = (
        lab for post in ref.posts.values() if post.post_in == where for lab in (post.label, *post.alt_labels)
    )
    return any(title in lab for lab in labels)


def styled_holder(pp: People, title: str, where: str | None) -> Person | None:
    """The reference person of the state `where` (a country IRI, not the publisher's) styled with
    `title`, if one."""
    if not where or where == pp.ref.countries.get(pp.home or ""):
        return None
    title = " ".join(title.split())
    iri = pp.ref.derived("styled holders", _build).get((title, where))
    if not iri or (role_of(title) is not None and pp.ref.posts_of(iri, pp.on)):
        return None
    return from_reference(pp, iri)
