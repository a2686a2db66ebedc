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


# (event, day, mode) where two counted meetings name at most one person, read in their releases: the
# PGII launch at the G20 of 2022-11-15 and the G20 declaration (two gatherings), Zelenskyy's meeting
# with the EU's leaders at the Eastern Partnership summit and the summit (two), and the ASEAN-U.S.
# leaders' statement and the fact sheet of the summit of 2022-11-12 (one summit counted twice: the
# statement's event name glues its ordinal, "10thASEAN", so identity finds too few common words).
# A ratchet: fewer is progress (lower it), more is a regression.
KNOWN_REPEATED = 3


def test_a_leaders_part_in_a_summit_is_counted_once(corpus_store):
    store, _ = corpus_store
    assert len(repeated_summits(event_meetings(store))) <= KNOWN_REPEATED
