"""The figures README.md and docs/tutorial.md quote are what their commands print (issue 18).

scripts/doc_figures.py regenerates the marked blocks; this test runs it in check mode, so a
change in extraction or output that is not carried into the docs fails here. Blocks whose inputs
are absent (the shared gold key) are skipped by the script.
"""

from __future__ import annotations

import importlib.util
import re

from tests.helpers import REPO


def load_script():
    spec = importlib.util.spec_from_file_location("doc_figures", REPO / "scripts" / "doc_figures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_quote_what_the_commands_print() -> None:
    script = load_script()
    cache: dict[str, str] = {}
    skipped: set[str] = set()
    for path in script.DOCS:
        text = path.read_text(encoding="utf-8")
        assert script.regenerate(text, cache, skipped) == text, f"run python scripts/doc_figures.py ({path})"
    assert "build" in cache  # the sample build never needs ../shared


def test_every_marked_block_has_a_generator() -> None:
    script = load_script()
    names = {m.group(2) for p in script.DOCS for m in script.BLOCK.finditer(p.read_text(encoding="utf-8"))}
    assert names == set(script.GENERATORS)


def test_drifted_statements_are_gone() -> None:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    tutorial = (REPO / "docs" / "tutorial.md").read_text(encoding="utf-8")
    assert "interactive HTML timeline" not in readme and "one and a half minutes" not in tutorial
    assert not re.search(r"(?<!1)82 documents", readme)  # the old scorecard's key size
    for name in ("akorda", "whitehouse", "kremlin-csv", "ukraine-csv", "html", "jsonl"):
        assert f"`{name}`" in readme  # the readers --reader points to
    # the tutorial writes the query file it runs
    assert re.search(r"cat > out/my-question\.rq", tutorial) and "kg query -f out/my-question.rq" in tutorial
    assert "docs/screenshots/explorer-corpus.png" in readme
