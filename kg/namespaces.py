"""The one prefix map of the project, and helpers to mint deterministic instance IRIs.

Every module that writes or queries RDF takes its namespaces from here.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata

from rdflib import Namespace, URIRef
from rdflib.namespace import DCTERMS, ORG, OWL, PROV, RDF, RDFS, SKOS, XSD

from kg.vocab import DMO  # the checked namespace: the one dmo: of the package

DMR = Namespace("https://w3id.org/dmkg/id/")
SCHEMA = Namespace("https://schema.org/")
SEM = Namespace("http://semanticweb.cs.vu.nl/2009/11/sem/")
WD = Namespace("http://www.wikidata.org/entity/")
TIME = Namespace("http://www.w3.org/2006/time#")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES: dict[str, str] = {
    "dmo": str(DMO),
    "dmr": str(DMR),
    "prov": str(PROV),
    "schema": str(SCHEMA),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "owl": str(OWL),
    "xsd": str(XSD),
    "org": str(ORG),
    "sem": str(SEM),
    "wd": str(WD),
    "time": str(TIME),
    "sh": str(SH),
}

# Named graphs that are not releases.
ONTOLOGY_GRAPH = DMR["graph/ontology"]
REFERENCE_GRAPH = DMR["graph/reference"]
RECONCILE_GRAPH = DMR["graph/reconciled"]  # one dmo:DistinctMeeting per real meeting
ENTITIES_GRAPH = DMR["graph/entities"]  # what each minted entity is called and is, once
EXTRACTOR_PREFIX = str(DMR["extractor/"])  # + the extractor version: the prov:SoftwareAgent of a release


def extractor_iri(version: str) -> str:
    """The IRI of the extractor (its prov:SoftwareAgent) of one version ("kg.extract.rules.v2+…")."""
    return EXTRACTOR_PREFIX + version


def extractor_version_of(iri: str) -> str | None:
    """The version an extractor IRI names, or None for another IRI."""
    return iri[len(EXTRACTOR_PREFIX) :] if iri.startswith(EXTRACTOR_PREFIX) else None


SPARQL_PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in PREFIXES.items())

# Path segment of the instance IRI for each entity kind.
KIND_SEGMENT = {
    "person": "person",
    "country": "country",
    "organization": "organization",
    "place": "place",
    "event": "event",
    "framework": "framework",
    "topic": "topic",
}


def slug(text: str) -> str:
    """Lower-case ASCII slug: 'Kassym-Jomart Tokayev' -> 'kassym-jomart-tokayev'. Never empty."""
    s = unicodedata.normalize("NFKD", text)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    return s[:80].rstrip("-") or "x" + hashlib.sha1(text.encode("utf-8")).hexdigest()[:12]


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:16]


def entity_iri(kind: str, key: str) -> URIRef:
    """IRI of an entity from its kind and stable key (always a valid IRI, whatever the key)."""
    return DMR[f"{KIND_SEGMENT[kind]}/{slug(key) if kind != 'country' else slug(key).upper()}"]


def release_iri(release_key: str) -> URIRef:
    return DMR[f"release/{short_hash(release_key)}"]


def meeting_iri(release_key: str, index: int) -> URIRef:
    return DMR[f"meeting/{short_hash(release_key)}-{index}"]
