"""An official of ours a daily briefing names by office only, in a sentence telling the day's meeting
("our Secretary of State spoke with Foreign Minister X earlier today"): the holder of that post of the
publisher's state on the meeting's day, by the reference data's posts, takes part in the meeting that
sentence tells (not the President of another call the briefing tells beside it: kg.reconcile.briefings
reads each call's people by the sentences naming them).

Step "briefing offices" (before "participants"), on a daily briefing's held meeting
(kg.extract.detect_briefing) only, in its own sentences. Not read: an office no post of the
publisher's state is called by, or several are ("our Secretary"), nor one whose holder is named.
"""

from __future__ import annotations

import re

from kg.extract.detect_briefing import DAILY_BRIEFING
from kg.extract.doc import Account, Doc
from kg.extract.people import Person
from kg.extract.people.table import from_reference
from kg.model import Meeting
from kg.reference.tables import Post

# "our" and an office of two words or more ("Secretary of State", "National Security Advisor")
OUR_OFFICE = re.compile(
    r"\b[Oo]ur\s+(?P<office>(?:[A-Z][\w-]*\s+){0,3}?(?:Secretary|Minister|Advis[eo]r|Representative|Envoy)"
    r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})?)"
)


def _called(post: Post, office: str) -> bool:
    """Is the post called by the office's name ("Secretary of State of the United States", "U.S.
    Secretary of State" for "Secretary of State")?"""
    for name in (post.label, *post.alt_labels):
        n = " ".join(name.lower().split())
        if n == office or n.startswith(office + " of ") or n.endswith(" " + office):
            return True
    return False


def office_holder(doc: Doc, office: str) -> Person | None:
    """The holder on the meeting's day of the one post of the publisher's state called `office`."""
    office = " ".join(office.lower().split())
    where = doc.ref.countries.get(doc.home or "")
    if len(office.split()) < 2 or where is None:
        return None
    posts = [p for p in doc.ref.posts.values() if p.post_in == where and _called(p, office)]
    if len(posts) != 1:
        return None
    held = doc.ref.holder(posts[0].iri, doc.found.on)
    return from_reference(doc.found, held.props["iri"]) if held is not None else None


def record_briefing_offices(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "briefing offices" (see the module's docstring): each holder joins the account's
    participants, read from the sentence naming the office."""
    if account.kind != "main" or m.status != "held" or doc.people is None:
        return
    if not DAILY_BRIEFING.match(doc.title) or not any("our " in s.text.lower() for s in account.sentences):
        return
    have = {p.key for p, _ in account.participants}
    for s in account.sentences:
        for found in OUR_OFFICE.finditer(s.text):
            p = office_holder(doc, found.group("office"))
            if p is not None and p.key not in have:
                account.participants.append((p, s))
                have.add(p.key)
