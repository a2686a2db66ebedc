"""The main job after ingest: write the graph as Turtle and an interactive HTML view."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from kg.stats import StoreStats, store_stats
from kg.store import Store, dump


@dataclass
class BuildResult:
    stats: StoreStats
    outputs: list[Path] = field(default_factory=list)

    def lines(self) -> list[str]:
        return self.stats.lines() + [f"wrote {p}" for p in self.outputs]


def build(store: Store, out_dir: Path) -> BuildResult:
    """Export Turtle and the HTML explorer of everything in the store into `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    result = BuildResult(stats=store_stats(store))
    turtle = out_dir / "graph.ttl"
    dump(store, str(turtle), "turtle")
    result.outputs.append(turtle)
    from kg.viz.page import write_html_view

    html = out_dir / "graph.html"
    write_html_view(store, html)
    result.outputs.append(html)
    return result
