"""One filter model (kg.filters.Filters): the networks and timeline (SPARQL) and the explorer
(ViewOptions, kept in Python) keep the same meetings for the same filters."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import pytest

from kg.analytics import meeting_graph
from kg.filters import Filters
from kg.model import KgError
from kg.viz import ViewOptions, load_view

CASES = [
    Filters(),
    Filters(mode="phone"),
    Filters(since="2024-01-01", until="2024-06-30"),
    Filters(country="kz"),
    Filters(topic="health"),
    Filters(framework="SCO"),
    Filters(since="2024-07-01", mode="in_person"),
]


def _explorer(store, filters: Filters) -> list[str]:
    graph = load_view(store, ViewOptions(view="meetings", **asdict(filters)))
    return sorted(n.attrs["date"] for n in graph.nodes.values() if n.kind == "meeting")


def _networks(store, filters: Filters) -> list[str]:
    graph = meeting_graph(store, filters.resolved(store))
    return sorted(d["date"] for _, d in graph.nodes(data=True) if d["kind"] == "meeting")


@pytest.mark.parametrize("filters", CASES, ids=repr)
def test_the_explorer_and_the_networks_keep_the_same_meetings(sample_store, filters):
    kept = _explorer(sample_store, filters)
    assert kept == _networks(sample_store, filters)
    if filters != Filters():
        assert 0 < len(kept) < len(_explorer(sample_store, Filters()))


@pytest.mark.parametrize("typed", [Filters(topic="health"), Filters(framework="SCO"), Filters(country="KZ")])
def test_the_explorer_takes_resolved_filters_too(sample_store, typed):
    kept = _explorer(sample_store, typed.resolved(sample_store))
    assert kept and kept == _explorer(sample_store, typed)


def test_dates_are_kept_as_dates_and_a_bad_value_is_a_kg_error():
    assert Filters(since="2024-01-31").since == date(2024, 1, 31)
    assert ViewOptions(until="2024-02-01", view="people").until == date(2024, 2, 1)
    with pytest.raises(KgError, match="unknown mode"):
        ViewOptions(mode="telepathy")
    with pytest.raises(KgError, match="not a date"):
        Filters(since="31/01/2024")
