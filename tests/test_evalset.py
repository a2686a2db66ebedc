"""The split, the whole key, the learned steps, and a floor under the validation figures."""

from __future__ import annotations

import json
import subprocess
import sys
from collections import Counter

import pytest

from kg import evalset
from kg.eval import split_of
from kg.extract import extract, learned
from kg.extract.pipeline import LEARNED
from kg.model import Meeting
from kg.readers import read_paths

SAMPLE = evalset.REPO / "data" / "2025-05-29-tokayev-tedros-astana.txt"
needs_shared = pytest.mark.skipif(not evalset.available(), reason="../shared (key and corpus) is absent")

# a little under what `python -m eval.measure` gives for the shipped extractor on validation (1,116
# documents since round 24 of annotation, batch-75..77, keyed to eval/CONVENTIONS.md; the
# figures of each field before then are in the git history of this table)
FLOOR = {
    "detect_held": 0.929,
    # .830 before round 23, .818 before round 24: each round's validation releases are harder on planned
    "detect_planned": 0.810,
    "participants": 0.876,
    "countries": 0.858,
    # about 50 gold entries: one organization moves it by about 0.02
    "organizations": 0.673,
    "frameworks": 0.672,
    "topics": 0.738,
    "date": 0.876,
    "mode": 0.880,
    "venue": 0.915,
    "event": 0.885,
}


def test_split_is_a_fixed_hash_of_the_locator():
    assert split_of("kremlin/putin.csv#http://en.kremlin.ru/events/president/news/67458") == split_of(
        " kremlin/putin.csv#http://en.kremlin.ru/events/president/news/67458 "
    )
    splits = Counter(split_of(f"whitehouse/x/{i}.md") for i in range(2000))
    assert 0.25 < splits["validation"] / 2000 < 0.35
    assert set(splits) == {"train", "validation"}


def test_a_key_agrees_with_itself():
    rows = [
        {
            "doc": "whitehouse/a.md",
            "url": "https://example.org/a",
            "status": "held",
            "date": "2024-01-02",
            "mode": "phone",
            "participants": [["Joseph R. Biden, Jr.", "Biden"]],
            "countries": ["US", "FR"],
            "organizations": [],
            "venue": None,
            "event": None,
            "frameworks": [["NATO"]],
            "topics": ["military"],
        },
        {"doc": "whitehouse/b.md", "url": "https://example.org/b", "status": "none"},
    ]
    figs = evalset.agreement(rows, rows).figures()
    assert all(v.get("f1", v.get("acc")) in (1.0, None) for v in figs.values())


def test_models_load_with_the_standard_library_only():
    code = (
        "import sys; from kg.extract import learned as l; m = l.load_model('detect'); "
        "assert 'sklearn' not in sys.modules and 'numpy' not in sys.modules; print(m is not None)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() in ("True", "False")


def test_model_files_are_small_json():
    for p in learned.MODELS.glob("*.json"):
        data = json.loads(p.read_text(encoding="utf-8"))
        assert set(data) >= {"classes", "intercept", "weights", "enabled"}
        assert p.stat().st_size < 1_000_000


@needs_shared
def test_every_keyed_document_is_read():
    rows = evalset.load_key("all")
    docs = evalset.read_documents(rows)
    assert len(rows) >= 1600
    assert len(docs) == len(rows)
    assert {r["_source"] for r in rows} == set(evalset.SOURCES)


@needs_shared
def test_validation_figures_keep_their_floor():
    rows = evalset.load_key("all", "validation")
    docs = evalset.read_documents(rows)
    figs = evalset.measure(rows, docs, evalset.extractor_named("default"), by_source=False).figures()
    got = {f: figs["validation"][f].get("f1", figs["validation"][f].get("acc")) for f in FLOOR}
    low = {f: (got[f], floor) for f, floor in FLOOR.items() if got[f] < floor}
    assert not low, f"under the floor (got, floor): {low}"


def test_the_learned_detection_keeps_the_rules_answer_when_it_agrees_or_cannot_yield_a_meeting():
    held, mentioned = Meeting(status="held"), Meeting(status="held", mentioned=True)
    assert learned.with_status([held], "held", lambda st: []) == [held]
    assert learned.with_status([held, mentioned], "none", lambda st: []) == [mentioned]
    planned = Meeting(status="planned")
    assert learned.with_status([], "planned", lambda st: [planned]) == [planned]
    assert learned.with_status([mentioned], "held", lambda st: []) == [mentioned]  # nothing forced: rules'


def test_skipping_the_learned_steps_gives_the_rules_alone():
    doc = next(iter(read_paths([SAMPLE])))
    rules = extract(doc, skip=LEARNED).meetings
    assert rules and all(st.evidence is not None for m in rules for st in m.evidence)
    assert [m.status for m in extract(doc).meetings] == [m.status for m in rules]
