"""The store queries that read the accounts (kg.reconcile.accounts), and the words a mode's sentence
is judged by."""

from __future__ import annotations

import re

from kg.namespaces import REFERENCE_GRAPH, SPARQL_PREFIXES

ACCOUNTS_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT ?m ?kind ?status ?rel ?date ?mode ?pub ?title ?released ?home WHERE {
  VALUES ?kind { dmo:Meeting dmo:MentionedMeeting }
  GRAPH ?rel { ?m a ?kind ; dmo:status ?status ; prov:wasDerivedFrom ?rel ; dmo:date ?date .
               OPTIONAL { ?m dmo:mode ?mode } }
  ?rel a dmo:Release .
  OPTIONAL { ?rel dcterms:publisher ?pub } OPTIONAL { ?rel dcterms:title ?title }
  OPTIONAL { ?rel dcterms:date ?released }
  OPTIONAL { GRAPH ?rel { ?rel dmo:publisherCountry ?home } }
}"""
)
FACTS_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT ?m ?p ?o WHERE {
  VALUES ?kind { dmo:Meeting dmo:MentionedMeeting }
  VALUES ?p { dmo:participant dmo:country dmo:organization dmo:venue
    dmo:sidelinesOf dmo:gathering dmo:references dmo:topic }
  GRAPH ?rel { ?m a ?kind ; ?p ?o } FILTER(isIRI(?o))
}"""
)
# the events meetings are at: their names (and their series'), and the days of a dated edition
EVENTS_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT DISTINCT ?e ?name ?start ?end WHERE {
  { SELECT DISTINCT ?e WHERE { GRAPH ?g { ?m dmo:sidelinesOf|dmo:gathering ?e } } }
  { ?e rdfs:label|skos:altLabel ?name } UNION { ?e dmo:eventSeries/(rdfs:label|skos:altLabel) ?name }
  UNION { ?e schema:startDate ?start ; schema:endDate ?end }
  UNION { ?edition dmo:eventSeries ?e ; schema:startDate ?start ; schema:endDate ?end }
}"""
)
ISO_QUERY = SPARQL_PREFIXES + "SELECT DISTINCT ?c ?iso WHERE { ?c dmo:isoCode ?iso }"
# who headed a state or a government when (reference data: W3C ORG memberships)
LEADERS_QUERY = (
    SPARQL_PREFIXES
    + """SELECT DISTINCT ?p ?start ?end WHERE { GRAPH <@REFERENCE@> {
    ?ms org:member ?p ; org:role ?role ; org:memberDuring ?during .
    VALUES ?role { dmo:HeadOfState dmo:HeadOfGovernment }
    ?during time:hasBeginning/time:inXSDDate ?start .
    OPTIONAL { ?during time:hasEnd/time:inXSDDate ?end } } }""".replace("@REFERENCE@", str(REFERENCE_GRAPH))
)
PLACE_COUNTRY_QUERY = (
    SPARQL_PREFIXES
    + """SELECT DISTINCT ?p ?iso ?name WHERE { ?p schema:containedInPlace ?c . ?c dmo:isoCode ?iso .
    OPTIONAL { ?p rdfs:label|skos:altLabel ?name } }"""
)
PEOPLE_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT DISTINCT ?p ?name ?iso WHERE {
  { SELECT DISTINCT ?p WHERE { GRAPH ?g { ?m dmo:participant ?p } } }
  { ?p rdfs:label ?name } UNION { ?p skos:altLabel ?name }
  UNION { ?p schema:nationality ?c . ?c dmo:isoCode ?iso }
}"""
)
# the sentence a meeting's status was read from: its own lead, in a release reporting several meetings
# (statements are matched by their predicate first: the store's plan then reads only those, 2x faster)
LEADS_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT ?m ?s WHERE { GRAPH ?rel {
  ?st rdf:predicate dmo:status ; rdf:subject ?m ; dmo:sentence ?s .
  VALUES ?kind { dmo:Meeting dmo:MentionedMeeting }
  ?m a ?kind } }"""
)
# where each participant of a briefing's meeting was read (the sentence's start), by meeting; the title
# filter is a cheap first cut (kg.reconcile.briefings.daily_briefing reads the rest)
PARTICIPANT_SENTENCES_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT ?m ?p ?start WHERE { GRAPH ?rel {
  ?rel dcterms:title ?title FILTER(REGEX(?title, "briefing|gaggle|call", "i"))
  ?st rdf:predicate dmo:participant ; rdf:subject ?m ; rdf:object ?p ; dmo:charStart ?start .
  ?m a dmo:Meeting } }"""
)
# the sentence a meeting's date was read from
DATE_SENTENCES_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT ?m ?s ?kind WHERE { GRAPH ?rel {
  ?st rdf:predicate dmo:date ; rdf:subject ?m ; dmo:sentence ?s .
  VALUES ?kind { dmo:Meeting dmo:MentionedMeeting } ?m a ?kind } }"""
)
# the sentence a meeting's mode was read from
MODE_SENTENCES_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT ?m ?s WHERE { GRAPH ?rel {
  ?st rdf:predicate dmo:mode ; rdf:subject ?m ; dmo:sentence ?s .
  VALUES ?kind { dmo:Meeting dmo:MentionedMeeting } ?m a ?kind } }"""
)
# words that put the sides in one place; a sentence saying only that they "met" or held a "meeting" (a
# group's leaders "met with" a guest by video link) does not
TOGETHER = re.compile(
    r"(?i)\b(?:in[- ]person|face[- ]to[- ]face|t[eê]te-[aà]-t[eê]te|visit\w*|arriv\w*|travel\w*|trip|hosted|"
    r"hosts|received|receives|welcomed|welcomes|sidelines|margins|courtesy call|bilateral|talks|summit|"
    r"ceremony|dinner|lunch|breakfast)\b|\b(?-i:in\s+(?:the\s+)?[A-Z][a-z]+)"
)
COUNTRY_NAMES_QUERY = (
    SPARQL_PREFIXES
    + """
SELECT DISTINCT ?iso ?name WHERE { GRAPH <@REFERENCE@> {
  ?c dmo:isoCode ?iso .
  { ?c rdfs:label ?name } UNION { ?c skos:altLabel ?name } UNION { ?c dmo:demonym ?name } } }
""".replace("@REFERENCE@", str(REFERENCE_GRAPH))
)
