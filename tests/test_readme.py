"""The README's promises: its SPARQL examples answer on the sample releases, its commands exist."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys

import pytest

from kg.ingest import ingest
from kg.query import run_query
from kg.store import EmbeddedStore
from tests.helpers import DATA, REPO

README = (REPO / "README.md").read_text(encoding="utf-8")
SPARQL_BLOCKS = re.findall(r"```sparql\n(.*?)```", README, flags=re.S)


@pytest.fixture(scope="module")
def sample_store(tmp_path_factory):
    store = EmbeddedStore(tmp_path_factory.mktemp("readme") / "s")
    report = ingest([DATA], store, workers=1)
    assert report.ok, report.failed
    return store


def test_the_readme_has_sparql_examples():
    assert len(SPARQL_BLOCKS) >= 3


@pytest.mark.parametrize("sparql", SPARQL_BLOCKS, ids=[b.splitlines()[0] for b in SPARQL_BLOCKS])
def test_each_readme_query_answers_on_the_samples(sample_store, sparql):
    result = run_query(sample_store, sparql)
    assert len(result.rows) > 0


def test_the_first_lines_give_the_two_fresh_machine_commands():
    head = README.split("## ", 1)[0]
    assert "pip install . && kg build" in head
    assert "pip install -e '.[test]' && pytest" in head
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert "pip install -e '.[test]' && pytest" in ci


def test_the_python_script_of_the_readme_runs_as_written(tmp_path):
    section = README.split("## In Python", 1)[1]
    script = re.search(r"```python\n(.*?)```", section, flags=re.S).group(1)
    assert script.startswith("import kg\nwith kg.open_store(") and len(script.splitlines()) == 5
    shutil.copytree(DATA, tmp_path / "data")  # run from a copy of this folder's data/
    out = subprocess.run(
        [sys.executable, "-c", script], cwd=tmp_path, capture_output=True, text=True, timeout=300, check=True
    ).stdout.splitlines()
    assert int(ast.literal_eval(out[0])[0]["n"]) > 0
    assert any(row["name"] == "Shavkat Mirziyoyev" for row in ast.literal_eval(out[1]))
