"""Pictures of the graph: the interactive HTML explorer and the timeline of someone's meetings.

The package, from the store up: `facts` (the SPARQL the explorer reads, as plain records),
`graph` (a view's records and `ViewOptions`: the filters of kg.filters plus the view's own
options), `data` (`load_view`: filter, fold cross-reported accounts, project, focus), `overview`
(the first view of a large graph), `layout` (positions computed in Python), `page` (the
self-contained HTML page; the only importer of pyvis) and `timeline` (the matplotlib picture of
an entity's meetings, drawn from kg.analytics.timeline: `kg timeline --html` and `kg viz timeline`).

The public names below load their module on first use, so importing `kg.viz.data` or
`kg.viz.timeline` does not load pyvis.
"""

from __future__ import annotations

import importlib
from typing import Any

_WHERE = {
    "MODES": "graph",
    "VIEWS": "graph",
    "ViewOptions": "graph",
    "VizEdge": "graph",
    "VizGraph": "graph",
    "VizNode": "graph",
    "find_node": "graph",
    "to_networkx": "graph",
    "load_view": "data",
    "overview": "overview",
    "PHYSICS_LIMIT": "layout",
    "compute_layout": "layout",
    "STYLE": "page",
    "build_network": "page",
    "page_data": "page",
    "render_html": "page",
    "script_json": "page",
    "write_html": "page",
    "write_html_view": "page",
    "normalize_rows": "timeline",
    "write_timeline": "timeline",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name in _WHERE:
        return getattr(importlib.import_module(f"kg.viz.{_WHERE[name]}"), name)
    raise AttributeError(f"module 'kg.viz' has no attribute {name!r}")


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))
