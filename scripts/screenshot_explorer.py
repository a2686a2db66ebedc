"""Write the explorer of a store and a Chromium screenshot of its first view (for the README).

    python scripts/screenshot_explorer.py --store /tmp/kg/store -o docs/screenshots/explorer-corpus.png

The store should hold the whole ../shared/corpus (see the README's "On a real corpus"); the page is
written beside the picture's folder in out/ and opened in headless Chromium (tests/headless_chromium.py).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))

from kg.store import open_store  # noqa: E402
from kg.viz import write_html_view  # noqa: E402
from kg.viz.overview import overview  # noqa: E402
from tests.headless_chromium import Chromium  # noqa: E402

DRAWN = "document.documentElement && document.documentElement.getAttribute('data-kg-drawn')"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--store", required=True, help="the store to draw")
    parser.add_argument("-o", "--output", default=str(REPO / "docs" / "screenshots" / "explorer-corpus.png"))
    parser.add_argument("--page", default=str(REPO / "out" / "explorer-corpus.html"))
    args = parser.parse_args()
    store = open_store(args.store, read_only=True)
    try:
        graph = write_html_view(store, args.page)
    finally:
        store.close()
    first = overview(graph)
    print(f"{len(graph.nodes)} nodes; first view: {len(first.nodes) if first else len(graph.nodes)}")
    with Chromium(width=1400, height=900, timeout=120) as browser:
        browser.open(Path(args.page).resolve().as_uri())
        browser.wait_for(DRAWN, 120)
        time.sleep(1.0)
        shown = browser.evaluate("window.kgExplorer.visibleNodeIds().length")
        browser.screenshot(args.output)
    print(f"{shown} nodes drawn -> {args.output}")


if __name__ == "__main__":
    main()
