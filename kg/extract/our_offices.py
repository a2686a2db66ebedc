"""Offices of the publisher's own state named with no name: "the Secretary of Defense", "the National
Security Advisor" in a White House release, "the Minister of Foreign Affairs" in a Ukrainian one. The
holder that day, from the reference data's posts of that state (their labels without the state's name:
"Secretary of Defense of the United States", "U.S. Secretary of Defense"). Heads of state and government
are left to the role nouns (kg.extract.people.roles)."""

from __future__ import annotations

import re
from datetime import date

from kg.reference import Reference

_LEADING = ("HeadOfState", "HeadOfGovernment", "Leader")


def _bare(label: str, state_names: list[str]) -> str | None:
    """An office's label without its state: "Secretary of Defense of the United States" ->
    "Secretary of Defense"; "U.S. Secretary of Defense" -> the same; None when no state is written."""
    for name in state_names:
        for pattern in (rf"\s+of\s+(?:the\s+)?{re.escape(name)}$", rf"^{re.escape(name)}\s+"):
            bare = re.sub(pattern, "", label)
            if bare != label and len(bare.split()) >= 2:
                return bare
    return None


Offices = tuple[re.Pattern[str] | None, dict[str, str]]


def _offices(ref: Reference, home: str) -> Offices:
    """One pattern for the bare names of a state's offices, and name -> post IRI (built once)."""
    return ref.derived(f"offices of {home}", lambda r: _build(r, home))


def _build(ref: Reference, home: str) -> Offices:
    state = ref.country(home)
    if state is None:
        return None, {}
    demonyms = {d.title() for d, iso in ref.demonyms.items() if iso == home}  # "American", "Ukrainian"
    names = sorted({state.label, *state.alt_labels, home, f"{home[0]}.{home[1]}.", *demonyms}, key=len)[::-1]
    posts: dict[str, str] = {}
    for post in ref.posts.values():
        if post.post_in != ref.countries.get(home) or set(post.roles) & set(_LEADING):
            continue
        for label in (post.label, *post.alt_labels):
            bare = _bare(label, names)
            if bare and bare[0].isupper():
                posts.setdefault(bare, post.iri)
    if not posts:
        return None, {}
    alternatives = "|".join(re.escape(n) for n in sorted(posts, key=len, reverse=True))
    return re.compile(rf"\b[Tt]he\s+({alternatives})\b(?!\s+(?:of\b|to\b|[A-Z]))"), posts


def our_offices(ref: Reference, home: str | None, text: str, day: date) -> list[str]:
    """The IRIs of the people holding, on `day`, the offices of `home` that `text` names with no name."""
    if not home or "the " not in text.lower():
        return []
    pattern, posts = _offices(ref, home)
    out: list[str] = []
    for m in pattern.finditer(text) if pattern else ():
        holder = ref.holder(posts[m.group(1)], day)
        iri = holder.props.get("iri") if holder is not None and holder.kind == "person" else None
        if iri and iri not in out:
            out.append(iri)
    return out


def own_post(ref: Reference, home: str | None, title: str) -> str | None:
    """The post of `home` whose label without the state's name is exactly `title` ("Foreign Secretary"
    of India: its senior civil servant, not the minister another state's "Foreign Secretary" is)."""
    if not home:
        return None
    return _offices(ref, home)[1].get(" ".join(title.split()))
