"""A summit of a state with an organization ("the U.S.-EU Summit"): one meeting, whoever each account
names for the organization.

A release on such a summit names the state's leader and the organization; whether it also names who
sat for the organization (the Presidents of the European Council and of the Commission) depends on its
wording, not on the meeting. A joint statement naming no one for the EU keeps the EU as the
organization and no person (eval/CONVENTIONS.md 25, 45), while the remarks before the talks name both
presidents. What the accounts share is the summit itself: the organization (a body of it counts as
the organization: skos:broader), the state's own people, the day and the mode. So two accounts of one
publisher the same day, one of them naming the summit (its event), join when each is such a pair's
meeting (its people are of the publisher's state, or hold a post in that organization or a body of it
on the day: W3C ORG memberships of the reference data; it names no other state), both name the
organization, share the state's people, name no different gathering, and one of them names no one for
the organization (when both do, their people tell, as for any meeting: a talk with one of its officers
beside the summit is not the summit).
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import replace
from typing import TYPE_CHECKING

from kg.namespaces import REFERENCE_GRAPH, SPARQL_PREFIXES
from kg.query import wrap
from kg.store import Store

if TYPE_CHECKING:  # kg.reconcile.accounts reads the bodies through this module
    from kg.reconcile.account_model import Account

# a title telling talks with someone ("… met with the President of the European Council", "… met with
# the leaders of the EU member states and …"): at a summit, talks beside it, not the leader's part in it
MET_WITH = re.compile(r"(?i)\b(?:met|meets|meeting|talks|conversations?)\s+with\b")
# each organization and the one it is a body of, up to one that is a body of none
ROOTS_QUERY = (
    SPARQL_PREFIXES
    + """SELECT DISTINCT ?o ?root WHERE { GRAPH <@REFERENCE@> {
    ?o a dmo:Organization ; skos:broader* ?root . FILTER NOT EXISTS { ?root skos:broader ?up } } }"""
).replace("@REFERENCE@", str(REFERENCE_GRAPH))
# who held a post in an organization when (reference data: W3C ORG memberships of persons)
OFFICERS_QUERY = (
    SPARQL_PREFIXES
    + """SELECT DISTINCT ?p ?o ?start ?end WHERE { GRAPH <@REFERENCE@> {
    ?ms org:member ?p ; org:organization ?o ; dmo:post ?post ; org:memberDuring ?during .
    ?p a dmo:Person . ?o a dmo:Organization .
    ?during time:hasBeginning/time:inXSDDate ?start .
    OPTIONAL { ?during time:hasEnd/time:inXSDDate ?end } } }"""
).replace("@REFERENCE@", str(REFERENCE_GRAPH))


def with_bodies(store: Store, accounts: list[Account]) -> list[Account]:
    """The accounts with the organizations they name (each body as the organization it belongs to)
    and which of their people held a post in one of those on the meeting's day."""
    root: dict[str, str] = {}
    for r in wrap(store.query(ROOTS_QUERY)).records():
        root.setdefault(r["o"] or "", r["root"] or "")
    posts: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for r in wrap(store.query(OFFICERS_QUERY)).records():
        o = r["o"] or ""
        posts[r["p"] or ""].append((root.get(o, o), (r["start"] or "")[:10], (r["end"] or "9999")[:10]))
    out = []
    for a in accounts:
        bodies = frozenset(root.get(o, o) for o in a.facts.get("organization", ()))
        if not bodies:
            out.append(a)
            continue
        day = a.date.isoformat()
        officers = frozenset(
            p
            for p in a.participants
            for o, start, end in posts.get(p, ())
            if o in bodies and start <= day <= end
        )
        out.append(replace(a, bodies=bodies, officers=officers))
    return out


def _pair_meeting(a: Account) -> bool:
    """Its people are of its publisher's state (at least one) or sit for an organization it names, and
    it names no other state (a G20 summit's fact sheet lists its members, the EU among them)."""
    own = a.people_of(a.home or "")
    return bool(own) and not a.participants - own - a.officers and a.countries <= {a.home}


def one_pair_summit(a: Account, b: Account, gap: int) -> bool:
    """Two accounts of one summit of a state with an organization, the same day (modes are the
    caller's): see the module's docstring."""
    if gap or not (a.bodies & b.bodies) or a.home != b.home:
        return False
    if a.mentioned or b.mentioned or a.beside or b.beside or a.part or b.part or a.told or b.told:
        return False
    if not (_pair_meeting(a) and _pair_meeting(b)):
        return False
    if not (a.gathering or b.gathering) or a.gathering and b.gathering and not a.gathering & b.gathering:
        return False  # no summit named (a visit of an organization's head), or two
    if a.officers and b.officers:
        return False  # both name who sat for it: their people tell (kg.reconcile.identity)
    if bool(MET_WITH.search(a.title)) != bool(MET_WITH.search(b.title)):
        return False  # a talk beside the summit
    return bool(a.people_of(a.home or "") & b.people_of(b.home or ""))
