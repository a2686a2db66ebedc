"""Releases written for the tests, one JSON line each, with what a user would check in each: the
reading of tests/test_more_governments.py, tests/test_world_releases.py and
tests/test_other_governments.py."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from functools import cache
from pathlib import Path

import pytest

from kg.extract import extract
from kg.model import Document
from kg.readers import read_paths

LINE = "releases.jsonl#"  # a release's identifier is its line: "releases.jsonl#7"
# (status, ISO day, mode, participants, ISO codes of the countries, venue), or None: no meeting
Keyed = tuple[str, str, str | None, set[str], set[str], str | None] | None


@cache
def documents(folder: Path) -> dict[str, Document]:
    """The folder's releases by identifier."""
    return {d.identifier: d for d in read_paths([folder]) if isinstance(d, Document)}


def release_at(folder: Path, number: int | str) -> Document:
    """The folder's release on line `number`."""
    return documents(folder)[LINE + str(number)]


def assert_every_release_keyed(folder: Path, expected: Mapping[int, Keyed]) -> None:
    """The folder's releases are those keyed, one a line."""
    assert set(documents(folder)) == {LINE + str(i) for i in expected}


def numbers(expected: Mapping[Hashable, Keyed], missed: Mapping[Hashable, str]) -> list:
    """The releases' numbers, those other steps still miss as strict expected failures."""
    return [
        pytest.param(i, marks=pytest.mark.xfail(reason=missed[i], strict=True)) if i in missed else i
        for i in expected
    ]


def assert_reads_as_keyed(document: Document, want: Keyed) -> None:
    """The release's own meeting (none when `want` is None) is the one keyed."""
    meetings = [m for m in extract(document).meetings if not m.mentioned]
    if want is None:
        assert meetings == []
        return
    status, day, mode, people, countries, venue = want
    assert len(meetings) == 1, meetings
    m = meetings[0]
    assert (m.status, m.date.isoformat() if m.date else None, m.mode) == (status, day, mode)
    assert {p.label for p in m.participants} == people
    assert {c.props.get("iso") for c in m.countries} == countries
    assert (m.venue.label if m.venue else None) == venue
