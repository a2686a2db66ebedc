"""SPARQL from Python and the CLI: bound parameters, result forms and formats, alignment terms.

Every test taking `any_store` runs twice: on the embedded store and on a real Oxigraph server
(remote), and must give the same answers.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pyoxigraph as ox
import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.model import KgError
from kg.query import bind_values, parse_param, run_query, serialize, to_term

REPO = Path(__file__).resolve().parents[1]
DMR = "https://w3id.org/dmkg/id/"
TOKAYEV = DMR + "person/kassym-jomart-tokayev"
PHONE_MEETINGS = {"2024-02-10", "2024-01-15"}


def test_select_with_a_bound_iri_gives_that_persons_meetings(any_store):
    result = run_query(
        any_store,
        """
        SELECT DISTINCT ?date WHERE { ?m dmo:participant ?p ; dmo:date ?date } ORDER BY ?date""",
        {"p": ox.NamedNode(TOKAYEV)},
    )
    assert result.kind == "select"
    assert result.columns == ["date"]
    assert result.column("date") == [
        "2023-03-01",
        "2023-10-27",
        "2023-10-28",
        "2023-11-03",
        "2024-02-10",
        "2024-07-02",
        "2024-07-03",
    ]


def test_typed_parameters_filter_by_date_and_integer(any_store):
    result = run_query(
        any_store,
        """
        SELECT DISTINCT ?m WHERE { ?m a dmo:DistinctMeeting ; dmo:date ?d
        FILTER(?d >= ?since && YEAR(?d) = ?year) }""",
        dict([parse_param("since:date=2024-06-01"), parse_param("year:int=2024")]),
    )
    assert len(result) == 2  # the two SCO summit meetings in July 2024


def test_ask_construct_and_describe(any_store):
    phone = ox.NamedNode("https://w3id.org/dmkg/ontology#Phone")
    assert run_query(any_store, "ASK { ?m dmo:mode ?mode }", {"mode": phone}).boolean is True
    assert (
        run_query(any_store, "ASK { ?m dmo:mode ?mode }", {"mode": ox.NamedNode(DMR + "none")}).boolean
        is False
    )
    graph = run_query(
        any_store, "CONSTRUCT { ?m dmo:date ?d } WHERE { ?m dmo:mode ?mode ; dmo:date ?d }", {"mode": phone}
    )
    assert graph.kind == "graph"
    assert {t.object.value for t in graph.triples} == PHONE_MEETINGS
    described = run_query(any_store, "DESCRIBE ?p", {"p": ox.NamedNode(TOKAYEV)})
    assert any(t.object == ox.Literal("Kassym-Jomart Tokayev", language="en") for t in described.triples)


def test_a_hostile_string_parameter_is_a_value_not_syntax(any_store):
    before = len(any_store)
    hostile = 'x" } ; DROP ALL ; #'
    result = run_query(any_store, "SELECT ?e WHERE { ?e rdfs:label ?name }", {"name": hostile})
    assert result.rows == []
    assert len(any_store) == before
    assert run_query(any_store, "SELECT (?name AS ?echo) WHERE {}", {"name": hostile}).column("echo") == [
        hostile
    ]


def test_bind_values_puts_the_block_inside_the_where_group_not_in_strings_or_comments():
    text = bind_values('# where {\nSELECT ?s WHERE { ?s ?p "WHERE {" }', {"p": ox.NamedNode("http://e/p")})
    assert text == '# where {\nSELECT ?s WHERE {\nVALUES (?p) { (<http://e/p>) }\n ?s ?p "WHERE {" }'
    construct = bind_values("CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }", {"o": ox.Literal('a"b')})
    assert construct.startswith('CONSTRUCT { ?s ?p ?o } WHERE {\nVALUES (?o) { ("a\\"b") }')


@pytest.mark.parametrize(
    "text, expected",
    [
        ("name=Tokayev", ox.Literal("Tokayev")),
        ("n:int=3", ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))),
        (
            "d:date=2023-01-01",
            ox.Literal("2023-01-01", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#date")),
        ),
        ("i:iri=https://w3id.org/dmkg/id/country/KZ", ox.NamedNode("https://w3id.org/dmkg/id/country/KZ")),
    ],
)
def test_parse_param_types(text, expected):
    assert parse_param(text)[1] == expected


@pytest.mark.parametrize(
    "bad", ["noequals", "d:date=yesterday", "n:int=three", "i:iri=not an iri> {", "x:blob=1"]
)
def test_bad_parameters_are_refused(bad):
    with pytest.raises(KgError):
        parse_param(bad)


def test_json_xml_csv_tsv_parse_back_to_the_same_rows(sample_store):
    result = run_query(
        sample_store,
        """
        SELECT ?m ?label ?date ?missing WHERE { ?m a dmo:Meeting ; rdfs:label ?label ; dmo:date ?date }""",
    )
    expected = {(r[0], r[1], r[2]) for r in result.rows}
    for fmt, ox_fmt in (
        ("json", ox.QueryResultsFormat.JSON),
        ("xml", ox.QueryResultsFormat.XML),
        ("tsv", ox.QueryResultsFormat.TSV),
    ):
        parsed = ox.parse_query_results(serialize(result, fmt).encode(), format=ox_fmt)
        assert [v.value for v in parsed.variables] == ["m", "label", "date", "missing"]
        assert {(s["m"], s["label"], s["date"]) for s in parsed} == expected, fmt
    csv_lines = serialize(result, "csv").splitlines()
    assert csv_lines[0] == "m,label,date,missing"
    assert len(csv_lines) == 1 + len(expected)
    assert json.loads(serialize(run_query(sample_store, "ASK {}"), "json")) == {"head": {}, "boolean": True}


def test_alignment_terms_answer_like_the_dmo_terms(any_store):
    """Ingest materializes SEM and schema.org super-terms: their users get the same meetings."""
    pytest.importorskip("kg.vocab")
    from kg.vocab import superterms

    supers = superterms()
    sem_actor = "http://semanticweb.cs.vu.nl/2009/11/sem/hasActor"
    if sem_actor not in supers.get("https://w3id.org/dmkg/ontology#participant", []):
        pytest.skip("the ontology does not align dmo:participant with sem:hasActor")

    def meetings(pattern: str) -> set[str]:
        return {r["m"] for r in run_query(any_store, f"SELECT DISTINCT ?m WHERE {{ {pattern} }}").records()}

    assert meetings("?m dmo:participant ?p") == meetings("?m sem:hasActor ?p")
    assert meetings("?m dmo:venue ?v") == meetings("?m schema:location ?v") != set()
    assert meetings("?m a dmo:Meeting") <= meetings("?m a sem:Event") & meetings("?m a schema:Event")


# --- the CLI ---------------------------------------------------------------------------------------


def _kg(store, *args: str):
    return CliRunner().invoke(main, ["--store", store.location, *args], catch_exceptions=False)


def test_kg_query_prints_an_aligned_table(sample_store):
    loc = sample_store.location
    sample_store.close()
    result = CliRunner().invoke(
        main,
        [
            "--store",
            loc,
            "query",
            "SELECT ?name WHERE { ?p a dmo:Person ; "
            "rdfs:label ?name FILTER(STRSTARTS(?name, ?start)) } ORDER BY ?name",
            "--param",
            "start=Alexander",
        ],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == ["name", "-" * 22, "Alexander Lukashenko", "Alexander Schallenberg"]


def test_kg_query_from_a_file_in_each_format(sample_store, tmp_path):
    loc = sample_store.location
    sample_store.close()
    query = tmp_path / "q.rq"
    query.write_text("SELECT ?m WHERE { ?m a dmo:DistinctMeeting ; dmo:mode dmo:Phone } ORDER BY ?m\n")
    runner = CliRunner()
    out = runner.invoke(main, ["--store", loc, "query", "-f", str(query), "--format", "json"])
    assert out.exit_code == 0, out.output
    assert len(json.loads(out.output)["results"]["bindings"]) == 2
    out = runner.invoke(main, ["--store", loc, "query", "-f", str(query), "--format", "tsv"])
    assert out.output.splitlines()[0] == "?m" and len(out.output.splitlines()) == 3
    out = runner.invoke(
        main,
        [
            "--store",
            loc,
            "query",
            "CONSTRUCT { ?m dmo:mode dmo:Phone } WHERE { ?m a dmo:DistinctMeeting ; dmo:mode dmo:Phone }",
            "--format",
            "nt",
        ],
    )
    assert out.exit_code == 0 and len(out.output.strip().splitlines()) == 2
    out = runner.invoke(main, ["--store", loc, "query", "SELECT ?x WHERE {", "--format", "csv"])
    assert out.exit_code == 1 and "syntax" in out.output.lower()


# --- docs/queries.md: every example runs -------------------------------------------------------------


def _doc_queries() -> list[str]:
    text = (REPO / "docs" / "queries.md").read_text(encoding="utf-8")
    return re.findall(r"```sparql\n(.*?)```", text, re.S)


def test_the_query_page_has_examples():
    assert len(_doc_queries()) >= 8


@pytest.mark.parametrize("index", range(12))
def test_every_example_in_docs_queries_runs_and_answers(sample_store, index):
    queries = _doc_queries()
    if index >= len(queries):
        pytest.skip("fewer examples")
    result = run_query(sample_store, queries[index])
    assert result.boolean is True if result.kind == "ask" else len(result) > 0, queries[index]


def test_to_term_from_python_values():
    from datetime import date

    assert to_term(3) == ox.Literal("3", datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    assert to_term(date(2024, 1, 2)).value == "2024-01-02"
    assert to_term(True) == ox.Literal(True)
