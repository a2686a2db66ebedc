"""Timeline picture of someone's meetings: one lane per counterpart, one mark per meeting.

The one timeline of the package: its rows are those of `kg.analytics.timeline` (what `kg timeline`
prints); `kg timeline NAME --html FILE` and `kg viz timeline NAME -o FILE` both draw them here.
`write_timeline(rows, path)` draws with matplotlib (Agg backend, no display needed) and writes a
PNG when `path` ends with .png, else a self-contained HTML page: the picture inlined as a data:
URI plus a table of the meetings (every value HTML-escaped; the same Content-Security-Policy as
the explorer, so the page makes no network request).
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from kg.model import KgError

MODE_STYLE = {  # mode -> (marker, colour, legend label)
    "in_person": ("o", "#4e79a7", "in person"),
    "phone": ("^", "#e15759", "phone"),
    "video": ("s", "#59a14f", "video"),
    "": ("D", "#9c9c9c", "unknown"),
}
_MODE_ALIASES = {
    "inperson": "in_person",
    "in_person": "in_person",
    "in person": "in_person",
    "phone": "phone",
    "video": "video",
}
MAX_LANES = 40


def normalize_rows(rows: Iterable[Sequence[Any] | Mapping[str, Any]]) -> list[tuple[str, str, str, str]]:
    """(date, mode, counterpart, meeting label) rows from tuples, or from the dicts of
    `kg.analytics.timeline` (date, mode, with, label); 'with' lists several names split by '; '."""
    out: list[tuple[str, str, str, str]] = []
    for row in rows:
        if isinstance(row, Mapping):
            when, mode = row.get("date", ""), row.get("mode", "")
            others = row.get("counterpart", row.get("with", ""))
            label = row.get("label") or row.get("meeting", "")
        else:
            when, mode, others, label = (list(row) + ["", "", "", ""])[:4]
        mode = _MODE_ALIASES.get(str(mode or "").strip().lower(), "")
        for other in [o.strip() for o in str(others or "").split("; ") if o.strip()] or ["(no counterpart)"]:
            out.append((str(when or ""), mode, other, str(label or "")))
    return out


def _plain(text: str) -> str:
    """Text matplotlib draws literally ('$' would start mathtext)."""
    return text.replace("$", r"\$")


def _figure_bytes(rows: list[tuple[str, str, str, str]], title: str, fmt: str) -> bytes:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.dates as mdates
    import matplotlib.pyplot as plt

    dated = [(date.fromisoformat(d[:10]), m, c) for d, m, c, _ in rows if d]
    if not dated:
        raise KgError("no dated meetings to draw on a timeline")
    first_seen: dict[str, date] = {}
    for when, _, other in sorted(dated):
        first_seen.setdefault(other, when)
    lanes = sorted(first_seen, key=lambda c: (first_seen[c], c))[:MAX_LANES]
    lane = {c: i for i, c in enumerate(lanes)}
    fig, ax = plt.subplots(figsize=(11, 1.6 + 0.32 * len(lanes)), dpi=110)
    for mode, (marker, colour, name) in MODE_STYLE.items():
        points = [(w, lane[c]) for w, m, c in dated if m == mode and c in lane]
        if points:
            ax.scatter(
                [p[0] for p in points],
                [p[1] for p in points],
                marker=marker,
                s=60,
                color=colour,
                edgecolor="white",
                linewidth=0.6,
                label=name,
                zorder=3,
            )
    ax.set_yticks(range(len(lanes)), labels=[_plain(c) for c in lanes])
    ax.set_ylim(len(lanes) - 0.5, -0.5)
    ax.grid(axis="x", color="#dddddd", zorder=0)
    ax.grid(axis="y", color="#f0f0f0", zorder=0)
    ax.xaxis.set_major_formatter(mdates.ConciseDateFormatter(ax.xaxis.get_major_locator()))
    ax.set_title(_plain(title), loc="left", fontsize=12)
    ax.legend(loc="upper left", bbox_to_anchor=(1.0, 1.0), frameon=False, title="mode")
    for side in ("top", "right"):
        ax.spines[side].set_visible(False)
    fig.tight_layout()
    buf = io.BytesIO()
    fig.savefig(buf, format=fmt)
    plt.close(fig)
    return buf.getvalue()


def _page(rows: list[tuple[str, str, str, str]], title: str, png: bytes) -> str:
    e = html.escape
    cells = ([d, MODE_STYLE.get(m, MODE_STYLE[""])[2], c, lab] for d, m, c, lab in sorted(rows))
    body = "".join("<tr>" + "".join(f"<td>{e(x)}</td>" for x in row) + "</tr>" for row in cells)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>{e(title)}</title>
<style>body{{font:14px/1.4 system-ui,sans-serif;margin:16px;color:#222}} img{{max-width:100%}}
table{{border-collapse:collapse;margin-top:12px}}
td,th{{border-bottom:1px solid #e3e3e3;padding:3px 10px;text-align:left}}</style>
</head><body><h1>{e(title)}</h1>
<img alt="{e(title)}" src="data:image/png;base64,{base64.b64encode(png).decode("ascii")}">
<table><thead><tr><th>date</th><th>mode</th><th>with</th><th>meeting</th></tr></thead><tbody>{body}</tbody></table>
</body></html>
"""


def write_timeline(
    rows: Iterable[Sequence[Any] | Mapping[str, Any]], path: str | Path, title: str = "Meetings over time"
) -> Path:
    """Draw the meetings in `rows` on a timeline; PNG when `path` ends with .png, else HTML."""
    data = normalize_rows(rows)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    png = _figure_bytes(data, title, "png")
    if out.suffix.lower() == ".png":
        out.write_bytes(png)
    else:
        out.write_text(_page(data, title, png), encoding="utf-8")
    return out
