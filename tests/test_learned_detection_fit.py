"""The shipped detection model and the feature groups it is fitted over (eval.train_detect chooses
its settings out of fold on train). Texts invented here."""

from __future__ import annotations

import json
from datetime import date

import pytest

from kg import evalset
from kg.extract import extract, learned
from kg.extract.learned import features
from kg.extract.pipeline import LEARNED
from kg.model import Meeting
from kg.reference import load_reference
from tests.helpers import wh_release

KNOWN_GROUPS = {"reader", "rules", "words", "structure", "cross", "heavy", "noanswer", "leadchars", "genre"}


def test_the_shipped_detection_file_loads_with_its_classes_and_settings():
    data = json.loads((learned.MODELS / "detect.json").read_text(encoding="utf-8"))
    model = learned.load_model("detect")
    assert model is not None and data["enabled"]
    assert model.classes == ["held", "none", "planned"]
    assert set(model.extra.get("features", learned.WORDS)) <= KNOWN_GROUPS
    assert 0.5 <= model.threshold < 1.0
    assert model.extra.get("overrule", "both") in ("both", "up")
    assert model.weights and all(len(w) == 3 for w in model.weights.values())
    assert max(model.proba({}).values()) < 1.0  # no class sure before any feature is seen


def test_without_the_answer_the_model_sees_the_rules_cues_but_not_their_verdict():
    doc = wh_release(
        "Readout of the President's Meeting with the Prime Minister of Ruritania",
        "Today the President met.",
        released=date(2024, 5, 2),
    )
    held = [Meeting(status="held")]
    with_answer = features(doc, held, groups=("rules", "words"))
    without = features(doc, held, groups=("rules", "noanswer", "words"))
    assert "r:rules=held" in with_answer and not any(k.startswith("r:rules=") for k in without)
    assert "r:title_meeting" in without or "r:title_held" in without


def test_the_genre_of_a_title_joins_each_signal_and_lead_ngrams_are_their_own_features():
    doc = wh_release(
        "Readout of the Vice President's Call with the Chancellor",
        "The Vice President spoke today.",
        released=date(2024, 5, 2),
    )
    out = features(doc, None, groups=("rules", "noanswer", "words", "leadchars", "genre"))
    assert "g:readout|" in out and any(k.startswith("g:readout|r:") for k in out)
    assert "lc: spo" in out and "c: spo" not in out  # lead n-grams apart from the title's
    statement = features(
        wh_release("Statement on Ruritania", "The President said.", released=date(2024, 5, 2)),
        None,
        groups=("genre",),
    )
    assert "g:statement|" in statement and "g:readout|" not in statement


def test_a_model_that_only_adds_meetings_keeps_the_rules_meetings():
    model = learned.LinearModel(
        "detect", ["held", "none", "planned"], [0.0, 0.0, 0.0], {}, 0.6, extra={"overrule": "up"}
    )
    doc = wh_release("Remarks", "The President spoke.", released=date(2024, 5, 2))
    held = [Meeting(status="held")]
    sure_none = {"held": 0.0, "none": 1.0, "planned": 0.0}
    assert learned.overruled(doc, held, lambda s: [], None, model, sure_none) is held


@pytest.mark.skipif(not evalset.available(), reason="../shared (key and corpus) is absent")
def test_the_cross_validation_replay_scores_as_the_whole_key_scorer():
    from eval.train import _card
    from eval.train_detect import Replay

    ref = load_reference()
    rows = evalset.load_key("all", split="train")[::40]
    docs = evalset.read_documents(rows)
    rows = [r for r in rows if r["doc"] in docs]
    rules = {r["doc"]: extract(docs[r["doc"]], ref, skip=LEARNED).meetings for r in rows}
    replay = Replay(rows, docs, rules, ref, _card)
    never = learned.LinearModel("detect", ["held", "none", "planned"], [0.0] * 3, {}, 1.01)
    sure_none = [{"held": 0.0, "none": 1.0, "planned": 0.0}] * len(rows)
    assert replay.figures(never, sure_none) == _card(rows, docs, rules).figures()
    always = learned.LinearModel("detect", ["held", "none", "planned"], [0.0] * 3, {}, 0.5)
    dropped = {loc: [m for m in ms if m.mentioned] for loc, ms in rules.items()}
    assert replay.figures(always, sure_none) != replay.figures(never, sure_none) or dropped == rules


def test_an_older_extractors_answer_replaces_todays_in_the_features_and_the_replay():
    doc = wh_release("Remarks", "The President spoke.", released=date(2024, 5, 2))
    held, planned = [Meeting(status="held")], [Meeting(status="planned")]
    old = features(doc, held, groups=("rules",), answer=("none", True))
    assert "r:rules=none" in old and "r:rules_mention" in old and "r:rules=held" not in old
    never = learned.LinearModel("detect", ["held", "none", "planned"], [0.0] * 3, {}, 1.01)
    unsure = {"held": 0.4, "none": 0.3, "planned": 0.3}
    # the old answer stands (the model is never sure): today's rules re-run forced to it
    rerun = lambda s: planned if s == "planned" else []  # noqa: E731
    assert learned.overruled(doc, held, rerun, None, never, unsure, "planned") == planned
    assert learned.overruled(doc, held, lambda s: [], None, never, unsure, "none") == []
    assert learned.overruled(doc, held, lambda s: [], None, never, unsure) is held  # run time: today's answer


def test_the_history_holds_train_releases_of_the_batches_only_each_with_an_answer():
    from eval.history import HISTORY, load
    from kg.eval import read_gold, split_of

    answers = load()
    batches = {r["doc"] for path in evalset.ANNOTATIONS.glob("batch-*.jsonl") for r in read_gold(path)}
    assert answers and set(answers) <= batches  # no dev-key release: it has no untuned history
    assert all(split_of(loc) == "train" for loc in answers)  # no validation release was run
    assert {a["rules"] for a in answers.values()} == {"held", "planned", "none"}
    parents = json.loads(HISTORY.read_text(encoding="utf-8"))["parents"]
    assert set(parents) <= {
        p.stem for p in evalset.ANNOTATIONS.glob("batch-*.jsonl")
    }  # new batches: rerun eval.history
