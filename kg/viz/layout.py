"""Positions of a view's nodes, computed in Python: deterministic, and fast enough for large graphs.

Up to `PHYSICS_LIMIT` nodes the explorer lets vis-network's physics place them (this layout is
used for an overview); beyond, these fixed positions are drawn at once with physics off.
"""

from __future__ import annotations

import math

import networkx as nx
import numpy as np

from kg.viz.graph import VizGraph, to_networkx

PHYSICS_LIMIT = 300  # above this many nodes, positions are computed in Python and physics is off
LAYOUT_SEED = 42
LAYOUT_SCALE = 60.0  # canvas units per sqrt(node): keeps density similar across sizes


def _sampled_spring(
    g: nx.Graph, seed: int, iterations: int = 50, sample: int = 150
) -> dict[str, tuple[float, float]]:
    """Fruchterman-Reingold in numpy with repulsion estimated from a fixed-size random sample of
    nodes each step (O(n * sample) instead of O(n^2)); deterministic for a given seed."""
    nodes = list(g)
    n = len(nodes)
    index = {v: i for i, v in enumerate(nodes)}
    rng = np.random.default_rng(seed)
    pos = rng.random((n, 2)).astype(np.float32)
    edges = np.array([(index[u], index[v]) for u, v in g.edges() if u != v], dtype=np.int64).reshape(-1, 2)
    # ForceAtlas2-style repulsion grows with both degrees, so hubs push each other apart
    mass = np.sqrt(np.bincount(edges.ravel(), minlength=n).astype(np.float32) + 1)
    mass /= np.float32(np.sqrt((mass * mass).mean()))
    k2 = np.float32(1.0 / n)
    k = np.float32(math.sqrt(1.0 / n))
    m = min(sample, n)
    for step in range(iterations):
        pick = rng.choice(n, size=m, replace=False)
        dx = pos[:, 0:1] - pos[pick, 0][None, :]
        dy = pos[:, 1:2] - pos[pick, 1][None, :]
        push = (k2 * mass[:, None] * mass[pick][None, :]) / np.maximum(dx * dx + dy * dy, np.float32(1e-6))
        disp = np.stack([(dx * push).sum(1), (dy * push).sum(1)], axis=1) * np.float32(n / m)
        if len(edges):
            d = pos[edges[:, 0]] - pos[edges[:, 1]]
            pull = d * (np.sqrt((d * d).sum(1)) / k)[:, None]
            np.add.at(disp, edges[:, 0], -pull)
            np.add.at(disp, edges[:, 1], pull)
        disp -= (pos - np.float32(0.5)) * np.float32(n * 0.02)  # weak gravity keeps components together
        length = np.maximum(np.sqrt((disp * disp).sum(1)), np.float32(1e-9))
        temperature = 0.1 * (1 - step / iterations) + 0.002
        pos += disp * (np.minimum(length, temperature) / length)[:, None]
    return {v: (float(pos[i, 0]), float(pos[i, 1])) for v, i in index.items()}


def compute_layout(graph: VizGraph, seed: int = LAYOUT_SEED) -> dict[str, tuple[float, float]]:
    """Fixed positions in canvas units, deterministic: networkx spring_layout (seeded) up to
    PHYSICS_LIMIT nodes, a sampled spring layout beyond (networkx's exact repulsion takes 2 s at
    500 nodes and needs scipy from 500 on; kamada-kawai needs scipy too)."""
    g = to_networkx(graph)
    n = len(g)
    if n == 0:
        return {}
    if n <= PHYSICS_LIMIT:
        pos = nx.spring_layout(g, seed=seed, iterations=60)
    else:
        pos = _sampled_spring(g, seed)
    xy = np.array(list(pos.values()), dtype=float)
    xy -= xy.mean(0)
    spread = float(np.abs(xy).max()) or 1.0
    xy *= LAYOUT_SCALE * math.sqrt(n) / spread
    return {v: (round(float(x), 1), round(float(y), 1)) for v, (x, y) in zip(pos, xy, strict=True)}
