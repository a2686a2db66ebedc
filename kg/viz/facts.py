"""What the visual explorer reads from the store: the SPARQL of meetings, their links, the
entities' names and types, evidence sentences and people's posts, gathered into plain `Facts`
(before any filter or projection, which are kg.viz.data's)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from kg.namespaces import RECONCILE_GRAPH, REFERENCE_GRAPH, SPARQL_PREFIXES
from kg.sparql import counted
from kg.vocab import DMO

# Meeting properties shown as edges, with the label drawn on the edge.
RELATIONS: dict[str, str] = {
    str(DMO.participant): "participant",
    str(DMO.country): "country",
    str(DMO.organization): "organization",
    str(DMO.venue): "venue",
    str(DMO.sidelinesOf): "held at",
    str(DMO.references): "references",
    str(DMO.topic): "topic",
}
# The entity kind a link implies when the entity carries no type of its own.
RELATION_KIND = {
    "participant": "person",
    "country": "country",
    "organization": "organization",
    "venue": "place",
    "held at": "event",
    "references": "framework",
    "topic": "topic",
}
CLASS_KIND = {
    str(DMO.Person): "person",
    str(DMO.Country): "country",
    str(DMO.Organization): "organization",
    str(DMO.Place): "place",
    str(DMO.Event): "event",
    str(DMO.Framework): "framework",
    "http://www.w3.org/2004/02/skos/core#Concept": "topic",
}
MODE_NAME = {str(DMO.InPerson): "in_person", str(DMO.Phone): "phone", str(DMO.Video): "video"}
STATUS_NAME = {str(DMO.Held): "held", str(DMO.Planned): "planned"}
_LINK_VALUES = " ".join(f"<{p}>" for p in RELATIONS)
# a meeting node: a release's account, or a counted meeting several releases report (its accounts
# are folded into it below)
_MEETING = f"""{{ ?m a dmo:Meeting }} UNION {{ GRAPH <{RECONCILE_GRAPH}> {{
  {counted("m")} ; skos:exactMatch ?a1, ?a2 FILTER(?a1 != ?a2) }} }}"""
_CLASS_VALUES = " ".join(f"<{c}>" for c in CLASS_KIND)

Q_MEETINGS = (
    SPARQL_PREFIXES
    + """
SELECT DISTINCT ?m ?label ?date ?mode ?status ?release ?url ?title ?identifier WHERE {
  @MEETING@
  OPTIONAL { ?m rdfs:label ?label }
  OPTIONAL { ?m dmo:date ?date }
  OPTIONAL { ?m dmo:mode ?mode }
  OPTIONAL { ?m dmo:status ?status }
  OPTIONAL { ?m prov:wasDerivedFrom ?release .
             OPTIONAL { ?release schema:url ?url }
             OPTIONAL { ?release dcterms:title ?title }
             OPTIONAL { ?release dcterms:identifier ?identifier } }
}""".replace("@MEETING@", _MEETING)
)
Q_LINKS = (
    SPARQL_PREFIXES
    + f"""
SELECT DISTINCT ?m ?p ?o WHERE {{
  VALUES ?p {{ {_LINK_VALUES} }} {_MEETING} ?m ?p ?o . FILTER(isIRI(?o))
}}"""
)
Q_ENTITY_FACTS = (
    SPARQL_PREFIXES
    + f"""
SELECT DISTINCT ?e ?p ?v WHERE {{
  {{ SELECT DISTINCT ?e WHERE {{ VALUES ?q {{ {_LINK_VALUES} }} {_MEETING} ?m ?q ?e . }} }}
  VALUES ?p {{ rdf:type rdfs:label skos:altLabel dmo:isoCode skos:notation skos:broader schema:nationality }}
  ?e ?p ?v .
}}"""
)
Q_EVIDENCE = (
    SPARQL_PREFIXES
    + """
SELECT DISTINCT ?m ?p ?o ?sentence ?start WHERE {
  ?s a dmo:Evidence ; rdf:subject ?m ; rdf:predicate ?p ; rdf:object ?o ; dmo:sentence ?sentence .
  OPTIONAL { ?s dmo:charStart ?start }
}"""
)
Q_POSTS = (
    SPARQL_PREFIXES
    + f"""
SELECT DISTINCT ?person ?post ?postLabel ?roleLabel ?orgLabel ?from ?to WHERE {{
  GRAPH <{REFERENCE_GRAPH}> {{
    {{ ?ms org:member ?person . ?person a dmo:Person .
      OPTIONAL {{ ?ms dmo:post ?post . OPTIONAL {{ ?post rdfs:label ?postLabel }} }}
      OPTIONAL {{ ?ms org:role ?role . OPTIONAL {{ ?role rdfs:label ?roleLabel }} }}
      OPTIONAL {{ ?ms org:organization ?org . OPTIONAL {{ ?org rdfs:label ?orgLabel }} }}
      OPTIONAL {{ ?ms org:memberDuring ?during .
                 OPTIONAL {{ ?during time:hasBeginning/time:inXSDDate ?from }}
                 OPTIONAL {{ ?during time:hasEnd/time:inXSDDate ?to }} }} }}
    UNION
    {{ ?post org:heldBy ?person . OPTIONAL {{ ?post rdfs:label ?postLabel }}
      OPTIONAL {{ ?post org:postIn ?org . OPTIONAL {{ ?org rdfs:label ?orgLabel }} }} }}
  }}
}}"""
)

# Each reconciled event's accounts, with what each release says in its own graph: how it names the
# participants, its topics and frameworks, its publisher (the same facts as
# kg.reconcile.cross_reported_events, read with the account bound first, which stays fast).
Q_ACCOUNTS = (
    SPARQL_PREFIXES
    + f"""
SELECT ?e ?first ?acc ?field ?v WHERE {{
  GRAPH <{RECONCILE_GRAPH}> {{
    {counted("e")} ; skos:exactMatch ?acc ; sem:hasEarliestBeginTimeStamp ?first }}
  GRAPH ?rel {{ ?acc prov:wasDerivedFrom ?rel }}
  {{ GRAPH ?rel {{ ?acc dmo:participant ?x }} ?x rdfs:label ?v . BIND("participant" AS ?field) }}
  UNION {{ GRAPH ?rel {{ ?acc dmo:topic ?x }} ?x skos:notation ?v . BIND("topic" AS ?field) }}
  UNION {{ GRAPH ?rel {{ ?acc dmo:references ?x }} ?x rdfs:label ?v . BIND("framework" AS ?field) }}
  UNION {{ GRAPH ?rel {{ ?rel dcterms:publisher ?v }} BIND("publisher" AS ?field) }}
}}"""
)


@dataclass
class Facts:
    """Everything read from the store, before filtering and projection."""

    meetings: dict[str, dict[str, Any]]
    links: dict[str, list[tuple[str, str]]]  # meeting -> [(relation, entity)]
    entities: dict[str, dict[str, Any]]
    accounts: dict[str, list[str]] = field(default_factory=dict)  # event -> its accounts (unfolded)


def val(term: Any) -> str | None:
    """The IRI or literal value of a result term; None when unbound."""
    return None if term is None else str(term.value)


def read_facts(store: Any) -> Facts:
    meetings: dict[str, dict[str, Any]] = {}
    for row in store.query(Q_MEETINGS):
        m = meetings.setdefault(val(row["m"]), {"evidence": []})
        for key in ("label", "date", "release", "url", "title", "identifier"):
            if row[key] is not None and key not in m:
                m[key] = val(row[key])
        if row["mode"] is not None:
            m.setdefault("mode", MODE_NAME.get(val(row["mode"]), val(row["mode"]).rsplit("#", 1)[-1]))
        if row["status"] is not None:
            m.setdefault(
                "status",
                STATUS_NAME.get(val(row["status"]), val(row["status"]).rsplit("#", 1)[-1]),
            )
    links: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for row in store.query(Q_LINKS):
        if val(row["m"]) in meetings:
            links[val(row["m"])].append((RELATIONS[val(row["p"])], val(row["o"])))
    entities: dict[str, dict[str, Any]] = defaultdict(lambda: {"aliases": [], "types": set()})
    for row in store.query(Q_ENTITY_FACTS):
        e, p, v = (
            entities[val(row["e"])],
            val(row["p"]).rsplit("#", 1)[-1].rsplit("/", 1)[-1],
            val(row["v"]),
        )
        if p == "type":
            e["types"].add(v)
        elif p == "label":
            e.setdefault("label", v)
        elif p == "altLabel":
            e["aliases"].append(v)
        else:
            e.setdefault(p, v)
    for row in store.query(Q_EVIDENCE):
        m = meetings.get(val(row["m"]))
        if m is not None:
            obj = val(row["o"])
            start = int(val(row["start"])) if row["start"] is not None else None
            m["evidence"].append(
                (
                    start,
                    val(row["sentence"]),
                    RELATIONS.get(val(row["p"]), val(row["p"]).rsplit("#")[-1]),
                    obj,
                )
            )
    for row in store.query(Q_POSTS):
        person = val(row["person"])
        if person in entities:
            label = val(row["postLabel"]) or " of ".join(
                x for x in (val(row["roleLabel"]), val(row["orgLabel"])) if x
            )
            if label:
                post = {
                    "post": label,
                    "from": val(row["from"]) or "",
                    "to": val(row["to"]) or "",
                }
                entities[person].setdefault("posts", [])
                if post not in entities[person]["posts"]:
                    entities[person]["posts"].append(post)
    for e in entities.values():  # a post known with dates makes its dateless duplicate redundant
        if "posts" in e:
            dated = {p["post"] for p in e["posts"] if p["from"] or p["to"]}
            e["posts"] = sorted(
                (p for p in e["posts"] if p["from"] or p["to"] or p["post"] not in dated),
                key=lambda p: (p["from"], p["post"]),
            )
    return Facts(meetings, dict(links), dict(entities))


def kind_of(iri: str, facts: Facts, relation: str) -> str:
    """The entity's kind: the one its link implies when its types allow it (NATO referenced is a
    framework, NATO taking part an organization), else its first type in CLASS_KIND order."""
    kinds = [k for c, k in CLASS_KIND.items() if c in facts.entities.get(iri, {}).get("types", ())]
    hinted = RELATION_KIND[relation]
    return hinted if hinted in kinds or not kinds else kinds[0]


def label_of(iri: str, facts: Facts) -> str:
    return facts.entities.get(iri, {}).get("label") or iri.rstrip("/").rsplit("/", 1)[-1]


def matches(iri: str, facts: Facts, wanted: str) -> bool:
    """Whether the entity is the one `wanted` names: its IRI, label, notation, IRI tail or an alias."""
    e = facts.entities.get(iri, {})
    names = [iri, e.get("label", ""), e.get("notation", ""), iri.rsplit("/", 1)[-1], *e.get("aliases", [])]
    return wanted.casefold() in {n.casefold() for n in names if n}
