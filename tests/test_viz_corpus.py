"""The explorer of the whole ../shared/corpus opens readable (issue 18): its first view draws at most a
few hundred nodes, while search still finds any person. Skips when ../shared is absent.

The store is the session's corpus store (tests/conftest.py `corpus_store`, built once).
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from tests.helpers import SHARED

CORPUS = [SHARED / "corpus" / name for name in ("whitehouse", "kremlin", "ukraine", "akorda")]
FIRST_VIEW_MAX = 300

pytestmark = [
    pytest.mark.slow,
    pytest.mark.system,
    pytest.mark.skipif(not all(p.is_dir() for p in CORPUS), reason="../shared/corpus is absent"),
]


@pytest.fixture(scope="module")
def corpus_page(tmp_path_factory, corpus_store) -> tuple[Path, dict]:
    """The explorer page of the whole corpus, from the session's corpus store (tests/conftest.py)."""
    from kg.viz import write_html_view

    store, _ = corpus_store
    root = tmp_path_factory.mktemp("corpus-page")
    write_html_view(store, root / "graph.html")
    text = (root / "graph.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r'id="kg-data">(.*?)</script>', text, re.S).group(1))
    return root / "graph.html", data


def test_first_view_is_a_few_hundred_nodes(corpus_page) -> None:
    _, data = corpus_page
    assert len(data["nodes"]) > 1000  # the whole graph travels in the page…
    assert 0 < len(data["overview"]["nodes"]) <= FIRST_VIEW_MAX  # …its first view is an overview
    labels = [n["label"] for n in data["nodes"] if n["kind"] == "meeting"]
    assert not any(re.fullmatch(r"(Call|Meeting|Video call) \d{4}-\d{2}-\d{2}", x) for x in labels)


def test_browser_draws_the_overview_and_search_finds_any_person(corpus_page) -> None:
    from tests.headless_chromium import Chromium, available

    if available():
        pytest.skip(available())
    path, data = corpus_page
    first = set(data["overview"]["nodes"])
    people = sorted(n["fullLabel"] for n in data["nodes"] if n["kind"] == "person" and n["id"] not in first)
    sample = random.Random(18).sample(people, 5)
    with Chromium() as browser:
        browser.open(path.as_uri())
        browser.wait_for("document.documentElement.getAttribute('data-kg-drawn')", 120)
        assert browser.evaluate("window.kgExplorer.visibleNodeIds().length") <= FIRST_VIEW_MAX
        for name in sample:
            found = browser.evaluate(f"window.kgExplorer.search({json.dumps(name)})")
            assert found, name
            assert found in browser.evaluate("window.kgExplorer.visibleNodeIds()")
        assert browser.console_errors() == []
