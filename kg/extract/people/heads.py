"""The head of the organization whose own release it is, named by the bare title of the office: "The
Secretary-General met today with …" (a UN readout), "The Secretary General welcomed …" (NATO), "The
President" (the European Commission's): the holder that day of the organization's head post, whose
labels give the bare titles ("Secretary-General of the United Nations", "NATO Secretary General")."""

from __future__ import annotations

import re

from kg.extract.people.lexicon import STAFF_OF, PersonMention
from kg.extract.people.table import People, from_reference
from kg.reference.tables import Reference

Heads = tuple[re.Pattern[str] | None, dict[str, str]]


def _bare(label: str, names: list[str]) -> str | None:
    """A head post's label without its organization: "Secretary-General of the United Nations" ->
    "Secretary-General"; "NATO Secretary General" -> "Secretary General"; "Chairperson of the African
    Union Commission" -> "Chairperson"."""
    for name in names:
        n = re.escape(name)
        for pattern in (rf"\s+of\s+(?:the\s+)?{n}\b.*$", rf"^{n}\s+"):
            bare = re.sub(pattern, "", label)
            if bare != label and bare[:1].isupper():
                return bare
    return None


def _key(title: str) -> str:
    return re.sub(r"[\s-]+", " ", title.lower())


def _build(ref: Reference, body: str) -> Heads:
    org = ref.entities.get(body)
    if org is None:
        return None, {}
    names = sorted({org.label, *org.alt_labels}, key=len, reverse=True)
    posts: dict[str, str] = {}
    for post in ref.posts.values():
        if post.post_in == body and "OrganizationHead" in (post.roles or (post.role,)):
            for label in (post.label, *post.alt_labels):
                bare = _bare(label, names)
                if bare:
                    posts.setdefault(_key(bare), post.iri)
    if not posts:
        return None, {}
    alternatives = "|".join(
        re.escape(k).replace(r"\ ", r"[\s-]+") for k in sorted(posts, key=len, reverse=True)
    )
    # at a title's or sentence's start, or after "the"; not "the President of …", not before a name
    return re.compile(
        rf"(?:^|(?<=\b[Tt]he\s))((?i:{alternatives}))(?:['’]s)?\b(?!\s+(?:of|to|for)\b)(?!\s+[A-Z])"
    ), posts


def body_heads(pp: People, text: str, offset: int = 0) -> list[PersonMention]:
    """The head of the publishing organization (`pp.body`) where `text` names the office bare."""
    if pp.body is None:
        return []
    body = pp.body
    pattern, posts = pp.ref.derived(f"heads of {body}", lambda ref: _build(ref, body))
    out: list[PersonMention] = []
    for m in pattern.finditer(text) if pattern else ():
        if not m.group(1)[0].isupper():
            continue  # "the president" of a company
        e = pp.ref.holder(posts[_key(m.group(1))], pp.on)
        if e is not None and e.kind == "person":
            p = from_reference(pp, e.props["iri"])
            out.append(PersonMention(p.key, offset + m.start(1), offset + m.end(1), True))
    return out


# "the World Bank President", "the OSCE Secretary General": a run of capitalized words after "the",
# an organization's name then the bare title of its head post ending the run (so not before a name)
ORG_THEN_TITLE = re.compile(r"\b[Tt]he\s+((?:[A-Z][\w&.’'-]*\s+){1,5}[A-Z][\w’'-]*)\b")


def _organization_names(ref: Reference) -> dict[str, str]:
    return {
        _key(label): iri
        for iri, e in ref.entities.items()
        if e.kind == "organization"
        for label in (e.label, *e.alt_labels)
    }


def named_body_heads(pp: People, text: str, offset: int = 0) -> list[PersonMention]:
    """The head, at the date, of an organization named right before the bare title of its head post
    ("the World Bank President": the World Bank's president that day)."""
    if not re.search(r"President|Secretary|Director|Chair|Commissioner|Administrator", text):
        return []
    names = pp.ref.derived("organization names", _organization_names)
    out: list[PersonMention] = []
    for m in ORG_THEN_TITLE.finditer(text):
        if STAFF_OF.search(text[max(0, m.start() - 40) : m.start(1)]):
            continue  # "Head of Cabinet of the European Commission President": his staff's title
        words = m.group(1).split()
        for i in range(len(words) - 1, 0, -1):
            org = names.get(_key(" ".join(words[:i])))
            if org is None:
                continue
            _, posts = pp.ref.derived(f"heads of {org}", lambda ref, org=org: _build(ref, org))
            post = posts.get(_key(" ".join(words[i:])))
            e = pp.ref.holder(post, pp.on) if post else None
            if e is not None and e.kind == "person":
                p = from_reference(pp, e.props["iri"])
                out.append(PersonMention(p.key, offset + m.start(1), offset + m.end(1), True))
            break
    return out
