"""One event node per real event, as a researcher counting meetings per dmo:sidelinesOf expects, on
the whole of ../shared/corpus (the store of tests/conftest.py `corpus_store`, built once per session):
no node whose meetings lie months apart, no gathering split in two nodes, one counted meeting per
leader's part in a summit."""

from __future__ import annotations

import pytest

from tests.event_nodes import event_labels, event_meetings, repeated_summits, split_gatherings, too_long

pytestmark = pytest.mark.system


def test_no_event_node_gathers_meetings_further_apart_than_an_edition_lasts(corpus_store):
    store, _ = corpus_store
    labels = event_labels(store)
    assert {labels[e]: days for e, days in too_long(event_meetings(store)).items()} == {}


def test_no_gathering_is_split_in_two_event_nodes(corpus_store):
    store, _ = corpus_store
    labels = event_labels(store)
    pairs = split_gatherings(event_meetings(store), labels)
    assert [(labels[a], labels[b]) for a, b in pairs] == []


@pytest.mark.xfail(strict=True, reason="identity: a leader's part in a summit told twice (issue 17)")
def test_a_leaders_part_in_a_summit_is_one_counted_meeting(corpus_store):
    store, _ = corpus_store
    labels = event_meetings(store)
    assert repeated_summits(labels) == []
