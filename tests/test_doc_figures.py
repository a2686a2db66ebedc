"""The figures README.md and docs/tutorial.md quote are what their commands print (issue 18).

scripts/doc_figures.py regenerates the marked blocks; this test runs it in check mode, so a
change in extraction or output that is not carried into the docs fails here. Blocks whose inputs
are absent (the shared gold key) are skipped by the script.
"""

from __future__ import annotations

import importlib.util
import re

import pytest

from tests.helpers import REPO


def load_script():
    spec = importlib.util.spec_from_file_location("doc_figures", REPO / "scripts" / "doc_figures.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_docs_quote_what_the_commands_print() -> None:
    script = load_script()
    cache: dict[str, str] = {}
    skipped: set[str] = {"side-by-side"}  # needs the whole corpus: the next test
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


@pytest.mark.system
def test_the_side_by_side_table_is_what_the_corpus_gives(corpus_store) -> None:
    """The README's and docs/cross-reported.md's table of meetings several publishers reported, one
    column per publisher, is what `kg ask reported-by-both` and `accounts-side-by-side` give."""
    script = load_script()
    store, _ = corpus_store
    cache = {"side-by-side": script.side_by_side_table(store)}
    table = cache["side-by-side"]
    assert "| White House | Kremlin | Ukrainian presidency |" in table and table.count("\n") > 10
    for path in script.DOCS:
        text = path.read_text(encoding="utf-8")
        want = "python scripts/doc_figures.py --corpus-store STORE"
        assert script.regenerate(text, dict(cache), {"build", "scorecard", "validation"}) == text, (
            f"run {want} ({path})"
        )


def test_the_side_by_side_table_has_a_column_for_every_publisher_of_its_events() -> None:
    """A summit two members other than the three known publishers report (the Kremlin and Akorda)
    gets a column for each, after the known ones, titled by the publisher's name."""
    script = load_script()
    akorda = "President of the Republic of Kazakhstan (akorda.kz)"
    kremlin = "President of Russia (kremlin.ru)"
    columns = script.publisher_columns({akorda, kremlin, "The White House"})
    assert columns == ["The White House", kremlin, akorda]
    assert [script.column_title(p) for p in columns] == [
        "White House",
        "Kremlin",
        "President of the Republic of Kazakhstan",
    ]
