"""The extractor writes what the golden files hold: a change to extraction is made on purpose.

After a meant change, `python -m tests.golden` rewrites the files and prints the difference for
the commit message.
"""

from __future__ import annotations

import json

import pytest

from tests.golden import (
    DEV_GOLD,
    GOLDEN,
    SCORECARD,
    SOURCES,
    current_nquads,
    current_scorecard,
    diff,
    normalise,
)


@pytest.mark.parametrize("name", sorted(SOURCES))
def test_release_quads_match_the_golden_file(name):
    folder = SOURCES[name]
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    # the extractor version (a digest of its code) is the one value compared as a placeholder
    expected = normalise((GOLDEN / f"{name}.nq").read_text(encoding="utf-8"))
    actual = normalise(current_nquads(folder))
    if actual != expected:
        changes = diff(expected, actual)
        assert not changes, "extraction changed (run `python -m tests.golden` if meant):\n" + "\n".join(
            changes[:200]
        )


def test_dev_scorecard_matches_the_golden_file():
    if not DEV_GOLD.exists():
        pytest.skip(f"{DEV_GOLD} is absent")
    assert current_scorecard() == json.loads(SCORECARD.read_text(encoding="utf-8"))
