"""The explorer page in a real headless Chromium, driven over the DevTools protocol.

Checks what a user would: the graph is drawn, the page logs no error and requests nothing but
itself, hostile names stay text (no alert, no injected element), search, filters, hover and
click work. Skips when chromium or websocket-client is missing.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator

import pytest
from headless_chromium import Chromium, available
from test_cross_reported_counts import KREMLIN_URL, WH_URL, _account, _person, cross_reported_pair, write_pair
from test_viz import CLOSE, IMG, PUTIN, TOKAYEV, hostile_extraction, ring_graph

from kg.namespaces import release_iri
from kg.rdf import extraction_to_quads
from kg.reconcile import reconcile
from kg.store import EmbeddedStore, load_reference_data
from kg.viz import PHYSICS_LIMIT, render_html, write_html_view

pytestmark = [
    pytest.mark.browser,
    pytest.mark.system,
    pytest.mark.skipif(available() is not None, reason=str(available())),
]

BRIEFING_URL = "https://example.org/whitehouse/statement-december-7"
DRAWN = "document.documentElement && document.documentElement.getAttribute('data-kg-drawn')"


@pytest.fixture(scope="module")
def browser() -> Iterator[Chromium]:
    with Chromium() as b:
        yield b


@pytest.fixture(scope="module")
def pages(tmp_path_factory) -> dict[str, str]:
    """file: URLs of the explorer over the sample graph (with reference data) and the hostile one."""
    from conftest import sample_releases

    root = tmp_path_factory.mktemp("pages")
    out: dict[str, str] = {}
    store = EmbeddedStore(root / "sample")
    store.write_releases(sample_releases())
    reconcile(store)
    load_reference_data(store)
    write_html_view(store, root / "sample.html")
    store.close()
    out["sample"] = (root / "sample.html").as_uri()
    store = EmbeddedStore(root / "hostile")
    ex = hostile_extraction()
    store.write_releases([(str(release_iri(ex.document.key)), extraction_to_quads(ex))])
    reconcile(store)
    write_html_view(store, root / "hostile.html")
    store.close()
    out["hostile"] = (root / "hostile.html").as_uri()
    store = write_pair(root / "pair")  # one call reported by the White House and the Kremlin
    write_html_view(store, root / "pair.html")
    store.close()
    out["pair"] = (root / "pair.html").as_uri()
    # the same call with a second White House release (a statement): three accounts, two publishers
    briefing = _account(
        BRIEFING_URL,
        "The White House",
        "US",
        "Statement by Press Secretary Jen Psaki on President Biden's Video Call with President Putin",
        "President Biden held a video call with President Putin of Russia today.",
        "video",
        [
            _person("joseph-r-biden-jr", "Joseph R. Biden, Jr.", "US"),
            _person("vladimir-putin", "Putin", "RU"),
        ],
        ["diplomatic"],
    )
    store = EmbeddedStore(root / "three")
    load_reference_data(store)
    store.write_releases(
        [
            (str(release_iri(ex.document.key)), extraction_to_quads(ex))
            for ex in [*cross_reported_pair(), briefing]
        ]
    )
    reconcile(store)
    write_html_view(store, root / "three.html")
    store.close()
    out["three"] = (root / "three.html").as_uri()
    (root / "large.html").write_text(render_html(ring_graph(PHYSICS_LIMIT + 300), "large"), encoding="utf-8")
    out["large"] = (root / "large.html").as_uri()
    return out


def load(browser: Chromium, url: str) -> None:
    browser.events.clear()
    browser.open(url)
    browser.wait_for(DRAWN, 30)


def inked_pixels(browser: Chromium) -> int:
    """How many pixels of the graph canvas are not background."""
    return browser.evaluate("""(() => {
        const c = document.querySelector('#kg-network canvas');
        const d = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
        let n = 0;
        for (let i = 3; i < d.length; i += 4) { if (d[i] > 0) { n++; } }
        return n; })()""")


def node_point(browser: Chromium, node_id: str) -> tuple[float, float]:
    """Page coordinates of a node's centre."""
    return tuple(
        browser.evaluate(f"""(() => {{
        const net = window.kgExplorer.network, id = {json.dumps(node_id)};
        const p = net.canvasToDOM(net.getPositions([id])[id]);
        const r = document.getElementById('kg-network').getBoundingClientRect();
        return [r.left + p.x, r.top + p.y]; }})()""")
    )


def click(browser: Chromium, x: float, y: float) -> None:
    browser.send("Input.dispatchMouseEvent", type="mouseMoved", x=x, y=y)
    browser.send("Input.dispatchMouseEvent", type="mousePressed", x=x, y=y, button="left", clickCount=1)
    browser.send("Input.dispatchMouseEvent", type="mouseReleased", x=x, y=y, button="left", clickCount=1)


def offsite_requests(browser: Chromium) -> list[str]:
    return [u for u in browser.requested_urls() if not u.startswith(("file:", "data:"))]


def test_graph_is_drawn_offline_without_errors(browser, pages):
    load(browser, pages["sample"])
    time.sleep(1.0)  # let physics settle and the page go quiet
    assert browser.evaluate("window.kgExplorer.drawn") is True
    assert inked_pixels(browser) > 5000
    assert browser.console_errors() == []
    assert offsite_requests(browser) == []
    assert browser.evaluate("window.kgExplorer.visibleNodeIds().length") == 32
    assert browser.evaluate("document.querySelectorAll('#kg-types input[type=checkbox]').length") == 8


def test_hostile_names_stay_text(browser, pages):
    load(browser, pages["hostile"])
    time.sleep(0.5)
    assert browser.evaluate("document.querySelectorAll('img, iframe, object, embed').length") == 0
    assert browser.evaluate("document.scripts.length") == 3
    for name in (IMG, CLOSE):
        found = browser.evaluate(f"window.kgExplorer.search({json.dumps(name)})")
        assert found is not None
        assert browser.evaluate("document.querySelector('#kg-details h3').textContent") == name
    # the meeting: its evidence sentence is text, and a javascript: source URL is not made a link
    meeting = browser.evaluate("window.kgExplorer.visibleNodeIds().find(i => i.includes('/meeting/'))")
    browser.evaluate(f"window.kgExplorer.focusNode({json.dumps(meeting)}, false)")
    quote = browser.evaluate("document.querySelector('#kg-details blockquote div').textContent")
    assert quote.startswith(IMG + " met " + CLOSE)
    assert browser.evaluate("document.querySelectorAll('#kg-details a[href^=javascript]').length") == 0
    # hovering shows the name as text in the tooltip
    x, y = node_point(browser, browser.evaluate("window.kgExplorer.searchResult"))
    browser.send("Input.dispatchMouseEvent", type="mouseMoved", x=x + 1, y=y + 1)
    browser.wait_for("!document.getElementById('kg-tooltip').hidden", 5)
    assert browser.evaluate("document.querySelector('#kg-tooltip strong').textContent") == CLOSE
    assert browser.evaluate("document.querySelectorAll('#kg-tooltip script, #kg-tooltip img').length") == 0
    assert browser.dialogs() == []
    assert browser.console_errors() == []
    assert offsite_requests(browser) == []


def test_search_box_highlights_a_node_and_its_neighbours(browser, pages):
    load(browser, pages["sample"])
    browser.evaluate("document.getElementById('kg-search').focus()")
    browser.send("Input.insertText", text="Putin")
    browser.send(
        "Input.dispatchKeyEvent", type="keyDown", key="Enter", code="Enter", windowsVirtualKeyCode=13
    )
    browser.send("Input.dispatchKeyEvent", type="keyUp", key="Enter", code="Enter", windowsVirtualKeyCode=13)
    assert browser.wait_for("window.kgExplorer.selected", 5) == PUTIN
    highlighted = browser.evaluate("window.kgExplorer.highlighted")
    assert highlighted[0] == PUTIN and len(highlighted) == 6  # four meetings and his country
    assert browser.evaluate("window.kgExplorer.network.getSelectedNodes()") == [PUTIN]
    assert browser.evaluate("document.querySelector('#kg-details h3').textContent") == "Vladimir Putin"
    assert browser.evaluate("window.kgExplorer.search('zzzz nobody')") is None
    assert browser.evaluate("document.getElementById('kg-search-status').textContent") == "not found"
    # nothing stays dimmed once the search is cleared
    assert browser.evaluate("window.kgExplorer.highlighted") == []
    assert (
        browser.evaluate("window.kgExplorer.network.body.data.nodes.get().filter(n => n.opacity < 1).length")
        == 0
    )


def test_click_on_a_person_shows_posts(browser, pages):
    load(browser, pages["sample"])
    time.sleep(1.5)  # physics stops after stabilization; positions are final
    x, y = node_point(browser, TOKAYEV)
    click(browser, x, y)
    assert browser.wait_for("window.kgExplorer.selected", 5) == TOKAYEV
    text = browser.evaluate("document.getElementById('kg-details').textContent")
    assert "President of Kazakhstan (2019-03-20)" in text
    assert "Meetings7" in text


def test_meeting_details_show_evidence_and_source(browser, pages):
    load(browser, pages["sample"])
    meeting = browser.evaluate("""window.kgExplorer.visibleNodeIds().find(i =>
        window.kgExplorer.network.body.data.nodes.get(i).label === 'Call: Tokayev – Putin, 2024-02-10')""")
    browser.evaluate(f"window.kgExplorer.focusNode({json.dumps(meeting)}, true)")
    quote = browser.evaluate("document.querySelector('#kg-details blockquote').textContent")
    assert "Kassym-Jomart Tokayev and Vladimir Putin held talks on 2024-02-10." in quote
    assert "(from character 0)" in quote
    link = browser.evaluate("[...document.querySelectorAll('#kg-details a')].map(a => a.href)[0]")
    assert link == "https://example.org/news/putin-call"


def test_type_and_date_filters(browser, pages):
    load(browser, pages["sample"])
    browser.evaluate("document.querySelector('#kg-types input[data-kind=meeting]').click()")
    ids = browser.evaluate("window.kgExplorer.visibleNodeIds()")
    assert len(ids) == 23 and not any("/meeting/" in i for i in ids)
    browser.evaluate("document.querySelector('#kg-types input[data-kind=meeting]').click()")
    browser.evaluate("""(() => { const s = document.getElementById('kg-since');
        s.value = '2024-05-01'; s.dispatchEvent(new Event('change')); })()""")
    shown = browser.evaluate("""window.kgExplorer.visibleNodeIds().filter(i => i.includes('/meeting/'))
        .map(i => window.kgExplorer.network.body.data.nodes.get(i).label).sort()""")
    assert [label.rsplit(", ", 1)[-1] for label in shown] == ["2024-05-16", "2024-07-02", "2024-07-03"]
    assert all(label.startswith("Meeting: ") for label in shown)  # labels name the parties
    assert browser.evaluate("document.getElementById('kg-count').textContent").startswith(
        str(browser.evaluate("window.kgExplorer.visibleNodeIds().length")) + " nodes"
    )


def test_large_graph_draws_with_fixed_layout(browser, pages):
    load(browser, pages["large"])
    assert browser.evaluate("window.kgExplorer.network.physics.options.enabled") is False
    shown = browser.evaluate("window.kgExplorer.visibleNodeIds().length")
    assert 0 < shown <= PHYSICS_LIMIT  # it opens on its overview
    assert inked_pixels(browser) > 5000
    assert browser.evaluate("window.kgExplorer.search('N1')") == "urn:n1"  # not in the overview: found
    assert "urn:n1" in browser.evaluate("window.kgExplorer.visibleNodeIds()")
    assert browser.console_errors() == []
    assert offsite_requests(browser) == []


def test_cross_reported_event_shows_each_account_side_by_side(browser, pages):
    load(browser, pages["pair"])
    meetings = browser.evaluate("""window.kgExplorer.visibleNodeIds().filter(i =>
        window.kgExplorer.network.body.data.nodes.get(i).kind === 'meeting')""")
    assert len(meetings) == 1 and "/reconciled/" in meetings[0]  # the accounts are folded into it
    node = browser.evaluate(f"window.kgExplorer.network.body.data.nodes.get({json.dumps(meetings[0])})")
    assert node["borderWidth"] == 4 and node["label"].endswith("2 sources")
    legend = browser.evaluate("[...document.querySelectorAll('#kg-legend .kg-mark')].map(e => e.textContent)")
    assert legend == ["reported by 2 sources1"]
    time.sleep(1.5)  # physics stops after stabilization; positions are final
    x, y = node_point(browser, meetings[0])
    click(browser, x, y)
    assert browser.wait_for("window.kgExplorer.selected", 5) == meetings[0]
    table = "#kg-details .kg-accounts table"
    heads = browser.evaluate(
        f"[...document.querySelectorAll('{table} tr:first-child th')].map(e => e.textContent)"
    )
    assert sorted(heads[1:]) == ["President of Russia (kremlin.ru)", "The White House"]
    rows = browser.evaluate(f"""Object.fromEntries([...document.querySelectorAll('{table} tr')].slice(1)
        .map(r => [r.querySelector('th').textContent,
                   [...r.querySelectorAll('td')].map(c => c.textContent)]))""")
    kremlin = heads[1:].index("President of Russia (kremlin.ru)")
    assert sorted(rows["Mode ≠"]) == ["in person", "video call"]  # where the accounts differ
    assert rows["Date"] == ["2021-12-07", "2021-12-07"]
    assert "Biden" in rows["Names ≠"][kremlin] and "Jake Sullivan" in rows["Names ≠"][1 - kremlin]
    assert "territory" in rows["Topics ≠"][kremlin] and "cyber" in rows["Topics ≠"][1 - kremlin]
    assert rows["Frameworks ≠"][kremlin] == "Minsk agreements"
    assert IMG in rows["Evidence"][kremlin]  # evidence is text: no element was made of it
    assert browser.evaluate("document.querySelectorAll('#kg-details img, #kg-details script').length") == 0
    links = browser.evaluate(f"[...document.querySelectorAll('{table} a')].map(a => a.href)")
    assert KREMLIN_URL in links
    assert browser.evaluate("document.getElementById('kg-side').classList.contains('kg-wide')") is True
    assert browser.dialogs() == []
    assert browser.console_errors() == []
    assert offsite_requests(browser) == []


def test_an_event_several_releases_of_one_publisher_report_has_one_column_per_publisher(browser, pages):
    """Two White House releases (the readout, a statement) and the Kremlin's of one call: two columns,
    the White House's holding what both its releases said and a link to each."""
    load(browser, pages["three"])
    (event,) = browser.evaluate("""window.kgExplorer.visibleNodeIds().filter(i =>
        window.kgExplorer.network.body.data.nodes.get(i).kind === 'meeting')""")
    time.sleep(1.5)
    click(browser, *node_point(browser, event))
    assert browser.wait_for("window.kgExplorer.selected", 5) == event
    table = "#kg-details .kg-accounts table"
    heads = browser.evaluate(
        f"[...document.querySelectorAll('{table} tr:first-child th')].map(e => e.textContent)"
    )
    assert sorted(heads[1:]) == ["President of Russia (kremlin.ru)", "The White House"]
    title = browser.evaluate("document.querySelector('#kg-details .kg-accounts h2').textContent")
    assert title == "Reported by 3 releases of 2 publishers"
    cells = browser.evaluate(f"""Object.fromEntries([...document.querySelectorAll('{table} tr')].slice(1)
        .map(r => [r.querySelector('th').textContent.replace(' ≠', ''), [...r.querySelectorAll('td')]
            .map(c => [...c.querySelectorAll('li, a')].map(e => e.href || e.textContent))]))""")
    white_house = heads[1:].index("The White House")
    assert cells["Topics"][white_house] == ["cyber", "diplomatic", "military"]
    assert sorted(cells["Release"][white_house]) == sorted([BRIEFING_URL, WH_URL])
    assert len(cells["Release"][1 - white_house]) == 1
    assert browser.console_errors() == []
