"""One definition of "a meeting, counted once": `kg.sparql.counted` (`?m a dmo:DistinctMeeting`).

`kg stats`, the ingest summary, the networks, the explorer and the reconciliation views build their
SPARQL with `counted(var)`; the named questions (kg/queries/*.rq) write the same pattern as plain
SPARQL. A second spelling of it anywhere in kg/ fails here.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from kg.sparql import COUNTED, counted

KG = Path(__file__).resolve().parents[1] / "kg"
DEFINITION = KG / "sparql.py"
WRITER = KG / "reconcile" / "write.py"  # writes the class (rdf:type), does not query it
CLASS = "DistinctMeeting"


def _docstrings(tree: ast.AST) -> set[int]:
    """ids of the string constants that are docstrings (prose may name the class)."""
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
            body = node.body
            if body and isinstance(body[0], ast.Expr) and isinstance(body[0].value, ast.Constant):
                found.add(id(body[0].value))
    return found


def copies_in(source: str) -> list[str]:
    """Query text (string constants, f-string parts) or attribute access naming the class."""
    tree = ast.parse(source)
    skip = _docstrings(tree)
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in skip:
            if CLASS in node.value:
                out.append(node.value.strip()[:80])
        elif isinstance(node, ast.Attribute) and node.attr == CLASS:
            out.append(ast.unparse(node))
        elif isinstance(node, ast.Subscript) and CLASS in ast.unparse(node.slice):
            out.append(ast.unparse(node))
    return out


def test_the_check_finds_a_second_copy():
    assert copies_in('Q = "SELECT ?m WHERE { ?m a dmo:DistinctMeeting }"')
    assert copies_in('Q = f"GRAPH <{G}> {{ ?m a <https://w3id.org/dmkg/ontology#DistinctMeeting> }}"')
    assert copies_in("T = DMO.DistinctMeeting")
    assert not copies_in(
        '"""Counted as dmo:DistinctMeeting."""\nQ = f"SELECT * WHERE {{ {counted(\'m\')} }}"'
    )


def test_no_module_of_kg_spells_the_counted_meeting_again():
    found = {
        str(path.relative_to(KG.parent)): copies
        for path in sorted(KG.rglob("*.py"))
        if path not in (DEFINITION, WRITER)
        for copies in [copies_in(path.read_text(encoding="utf-8"))]
        if copies
    }
    assert found == {}, f"use kg.sparql.counted: {found}"


def _query_body(rq: str) -> str:
    return "\n".join(line for line in rq.splitlines() if not line.lstrip().startswith("#"))


def test_the_named_questions_write_the_one_pattern_as_plain_sparql():
    users = 0
    for path in sorted((KG / "queries").glob("*.rq")):
        body = _query_body(path.read_text(encoding="utf-8"))
        assert body.count(CLASS) == len(re.findall(re.escape(COUNTED) + r"\b", body)), path.name
        users += CLASS in body
    assert users >= 8  # the questions that count or list meetings


def test_the_pattern_is_the_documented_class():
    assert counted("meeting") == "?meeting a dmo:DistinctMeeting"
