"""What a command prints as an IRI can be pasted into `kg query` as is; syntax errors are located
in the user's own text (issue 18)."""

from __future__ import annotations

import re

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.results import iri_text, is_pn_local

PREFIXED_OR_FULL = re.compile(r"<https?://[^<>\s]+>|\b[a-z]+:[^\s<>\"]+")


def kg(store, *args: str) -> str:
    result = CliRunner().invoke(main, ["--store", store.location, *args], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def paste(store, tokens: list[str]) -> list[str]:
    """The IRIs `kg query` reads from the tokens, pasted into a VALUES block as they were printed."""
    out = kg(store, "query", f"SELECT ?x WHERE {{ VALUES ?x {{ {' '.join(tokens)} }} }}", "--format", "csv")
    return out.splitlines()[1:]


def test_pn_local_rules() -> None:
    assert is_pn_local("Meeting") and is_pn_local("a.b") and is_pn_local("KZ") and is_pn_local("a%20b")
    assert not is_pn_local("person/j-biden") and not is_pn_local("a.") and not is_pn_local("")
    assert iri_text("https://w3id.org/dmkg/id/person/j-biden") == "<https://w3id.org/dmkg/id/person/j-biden>"
    assert iri_text("https://w3id.org/dmkg/ontology#Meeting") == "dmo:Meeting"


def test_query_table_iris_paste_back(sample_store) -> None:
    sparql = "SELECT DISTINCT ?s ?p WHERE { ?s ?p ?o FILTER(isIRI(?s)) } ORDER BY ?s ?p"
    table = kg(sample_store, "query", sparql).splitlines()[2:]
    full = [line.split(",") for line in kg(sample_store, "query", sparql, "--format", "csv").splitlines()[1:]]
    printed = [line.split() for line in table]
    assert len(printed) == len(full) > 100
    tokens = [cell for row in printed for cell in row]
    assert paste(sample_store, tokens) == [iri for row in full for iri in row]


@pytest.mark.parametrize(
    "args",
    [
        ("graph", "path", "Tokayev", "Putin"),
        ("graph", "ego", "Tokayev"),
        ("timeline", "Tokayev"),
        ("ask", "who-met", "Tokayev"),
    ],
)
def test_printed_iris_paste_back(sample_store, args: tuple[str, ...]) -> None:
    tokens = PREFIXED_OR_FULL.findall(kg(sample_store, *args))
    assert tokens, "the output names no IRI"
    pasted = paste(sample_store, tokens)
    assert len(pasted) == len(tokens)
    for iri in pasted:  # every one names something in the store
        assert (
            kg(sample_store, "query", f"ASK {{ {{ <{iri}> ?p ?o }} UNION {{ ?s ?p <{iri}> }} }}") == "true\n"
        )


def test_graph_path_prints_meetings_with_date_and_label(sample_store) -> None:
    out = kg(sample_store, "graph", "path", "Tokayev", "Putin")
    via = [line for line in out.splitlines() if line.startswith("      ")]
    assert via and all(re.match(r"\s+\d{4}-\d{2}-\d{2}  \S.* <https://w3id.org/dmkg/id/", v) for v in via)


def test_max_width_zero_never_cuts(sample_store) -> None:
    sparql = 'SELECT ?t WHERE { BIND("' + "x" * 100 + '" AS ?t) }'
    assert "x" * 100 in kg(sample_store, "query", sparql, "--max-width", "0")
    assert "x" * 59 + "…" in kg(sample_store, "query", sparql)


def test_syntax_error_names_the_users_line_and_a_short_message(sample_store) -> None:
    bad = "SELECT ?s WHERE {\n  ?s ?p ?o .\n  ?s foo:bar ?o\n}"
    result = CliRunner().invoke(main, ["--store", sample_store.location, "query", bad])
    assert result.exit_code == 1
    assert result.output.startswith("Error: SPARQL syntax error at line 3, column ")
    assert "unknown prefix" in result.output and len(result.output.splitlines()) == 1


def test_syntax_error_message_is_short(sample_store) -> None:
    result = CliRunner().invoke(
        main, ["--store", sample_store.location, "query", "SELECT ?s WHERE { ?s ?p }"]
    )
    assert result.output.startswith("Error: SPARQL syntax error at line 1, column ")
    assert len(result.output) < 200 and "STRBEFORE" not in result.output
