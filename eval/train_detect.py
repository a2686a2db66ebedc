"""Cross-validated fit of the learned detection (held / planned / none) on the TRAIN split alone.

Every choice is made out of fold on train (grouped k-fold over releases: source and month, so the
accounts of one event never sit on both sides): the regularization C, the class weights, whether the
model may drop the rules' meetings or only add them ("overrule"), and the probability it needs to
overrule the rules. Each candidate is scored by replaying the run-time step
(`kg.extract.learned.overruled`, guards included) with its out-of-fold probabilities; the re-runs
with a forced detection are computed once per release and status. The validation split is not read.

With `history` (eval/history.json, `python -m eval.train detect --history`), the rules' answer a
release is fitted and replayed with is that of the extractor before the release's batch joined the
key (never tuned to it) rather than today's (written on train's errors, so nearly always right there):
its features "r:rules=..." and "r:rules_mention" are the old answer, the replay starts from the old
status (today's rules re-run forced to it), every other feature is as now. The dev key's releases have
no such history and are left out of the fit.
"""

from __future__ import annotations

import json
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from kg.eval import Scorecard
from kg.extract import learned
from kg.extract.pipeline import LEARNED, find_meetings
from kg.model import Document, Meeting
from kg.reference import Reference

SEED = 14
FOLDS = 5
MIN_DF = 2
CS = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)
WEIGHTS = (None, "balanced")
OVERRULES = ("both", "up")
FLOORS = (0.005, 0.01, 0.02, 0.05)  # a feature whose weights are all smaller is left out of the file:
MAX_BYTES = 1_000_000  # the first floor that keeps it under this size


@dataclass(frozen=True)
class Choice:
    """One candidate's settings and its out-of-fold objective (higher is better)."""

    objective: float
    c: float | None = None
    class_weight: str | None = None
    overrule: str = "both"
    threshold: float = 1.0
    figures: tuple[float, ...] = ()


def objective(figures: dict[str, dict]) -> float:
    """held F1 + 0.5 planned F1 + 0.5 participants F1 (the figures the step changes)."""
    return (
        figures["detect_held"]["f1"]
        + 0.5 * figures["detect_planned"]["f1"]
        + 0.5 * figures["participants"]["f1"]
    )


def _short(figures: dict[str, dict]) -> tuple[float, ...]:
    return tuple(figures[k]["f1"] for k in ("detect_held", "detect_planned", "participants"))


class Replay:
    """The run-time step replayed on train releases with given probabilities; re-runs cached."""

    def __init__(
        self,
        rows: list[dict],
        docs: dict[str, Document],
        rules: dict,
        ref: Reference,
        card: Callable,
        answers: dict[str, str] | None = None,
    ):
        self.rows, self.docs, self.rules, self.ref, self.card = rows, docs, rules, ref, card
        self.answers = answers or {}  # locator -> the rules' status to replay from (an older extractor's)
        self._reruns: dict[tuple[str, str], list[Meeting]] = {}
        self._cards: dict[tuple, Scorecard] = {}

    def rerun(self, loc: str) -> Callable[[str], list[Meeting]]:
        def run(status: str) -> list[Meeting]:
            if (loc, status) not in self._reruns:
                self._reruns[(loc, status)] = find_meetings(self.docs[loc], self.ref, LEARNED, status)
            return self._reruns[(loc, status)]

        return run

    def figures(self, model: learned.LinearModel, probas: Sequence[dict[str, float]]) -> dict[str, dict]:
        """The scorecard's figures on the rows with the step deciding by `probas` (summed per release:
        the scorer counts each release on its own; a release's card is scored once per answer)."""
        total = Scorecard()
        for r, p in zip(self.rows, probas, strict=True):
            loc = r["doc"]
            found = learned.overruled(
                self.docs[loc], self.rules[loc], self.rerun(loc), self.ref, model, p, self.answers.get(loc)
            )
            key = (loc, tuple(map(id, found)))
            if key not in self._cards:
                self._cards[key] = self.card([r], self.docs, {loc: found})
            card = self._cards[key]
            for name, counts in (*card.counts.items(), *card.accuracy.items()):
                into = total.counts if name in card.counts else total.accuracy
                into[name] = [a + b for a, b in zip(into.get(name, [0] * len(counts)), counts, strict=True)]
        return total.figures()


def cross_validate(
    x, y: list[str], groups: list[str], replay: Replay, extra: dict, say: Callable[[str], None]
) -> Choice:  # type: ignore[no-untyped-def]
    """The best settings out of fold (the rules alone when none beats them; a tie keeps the simpler:
    the rules, then the lower C, unweighted, the higher threshold, in that order of the grids)."""
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import StratifiedGroupKFold, cross_val_predict

    classes = sorted(set(y))
    rules_model = learned.LinearModel("detect", classes, [0.0] * len(classes), {}, 1.01, extra=extra)
    base = replay.figures(rules_model, [{c: 0.0 for c in classes}] * len(y))
    best = Choice(objective(base), figures=_short(base))
    say(f"rules alone out of fold: {best.objective:.4f} {best.figures}")
    folds = StratifiedGroupKFold(FOLDS, shuffle=True, random_state=SEED)
    for c in CS:
        for weight in WEIGHTS:
            fit = LogisticRegression(C=c, class_weight=weight, max_iter=3000, random_state=SEED)
            proba = cross_val_predict(fit, x, y, groups=groups, cv=folds, method="predict_proba")
            probas = [dict(zip(classes, map(float, p), strict=True)) for p in proba]
            for overrule in OVERRULES:
                for t in sorted(THRESHOLDS, reverse=True):
                    model = learned.LinearModel(
                        "detect", classes, [0.0] * len(classes), {}, t, extra={**extra, "overrule": overrule}
                    )
                    f = replay.figures(model, probas)
                    obj = objective(f)
                    say(f"C={c} weight={weight} overrule={overrule} t={t}: {obj:.4f} {_short(f)}")
                    if obj > best.objective + 1e-9:
                        best = Choice(obj, c, weight, overrule, t, _short(f))
    return best


def train_detection(
    ref: Reference,
    groups: tuple[str, ...],
    data: tuple,
    card: Callable,
    fold_groups: Callable,
    say: Callable[[str], None] = lambda s: print(s, file=sys.stderr),
    history: dict[str, dict] | None = None,
) -> dict:
    """Fit the detection model over the feature `groups` (kg.extract.learned.features) with the
    settings cross-validation on train picks; the model file's content (switched off when the rules
    alone are best out of fold). `data`: eval.train.prepared(ref); `history`: locator -> {"rules",
    "mention"} of an older extractor (eval/history.json): fit and replay on those answers, on the
    train releases it holds."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    from eval.train import _export, rules_best

    rows, docs, rules_ex = data
    train = [r for r in rows if r["_split"] == "train" and (history is None or r["doc"] in history)]
    answers = {loc: (h["rules"], h["mention"]) for loc, h in (history or {}).items()}
    feats = {
        r["doc"]: learned.features(docs[r["doc"]], rules_ex[r["doc"]], ref, groups, answers.get(r["doc"]))
        for r in train
    }
    df = Counter(f for r in train for f in feats[r["doc"]])
    keep = {f for f, n in df.items() if n >= MIN_DF}
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([{f: v for f, v in feats[r["doc"]].items() if f in keep} for r in train])
    y = [r["status"] for r in train]
    replay = Replay(train, docs, rules_ex, ref, card, {loc: a[0] for loc, a in answers.items()})
    extra = {"features": list(groups)}
    if history is not None:
        now = Counter(
            (a[0], learned.rules_status(rules_ex[loc])) for loc, a in answers.items() if loc in feats
        )
        say(f"history: {len(train)} train releases; (old, today's) rules' answers {sorted(now.items())}")
    say(f"features {'+'.join(groups)}: {x.shape[1]} columns")
    best = cross_validate(x, y, fold_groups(train, docs), replay, extra, say)
    fit_on = {"fit_on": "history"} if history is not None else {}
    if best.c is None:
        return rules_best() | {"features": list(groups), "cv_objective": round(best.objective, 4)} | fit_on
    fitted = LogisticRegression(C=best.c, class_weight=best.class_weight, max_iter=3000, random_state=SEED)
    fitted.fit(x, y)
    for floor in FLOORS:
        content = _export(fitted, vec, best.threshold, best.c, floor, 4)
        if len(json.dumps(content, sort_keys=True, separators=(",", ":"))) < MAX_BYTES:
            break
    shipped = learned.LinearModel("detect", content["classes"], content["intercept"], content["weights"], 0.5)
    full = fitted.predict_proba(x)
    moved = sum(
        abs(shipped.proba(feats[r["doc"]])[k] - float(p[i])) > 0.01
        for r, p in zip(train, full, strict=True)
        for i, k in enumerate(content["classes"])
    )
    say(
        f"pruned to {len(content['weights'])} of {x.shape[1]} features:"
        f" {moved} train probabilities move > 0.01 (floor {floor})"
    )
    content.update(
        features=list(groups),
        overrule=best.overrule,
        class_weight=best.class_weight,
        cv_objective=round(best.objective, 4),
        cv_figures=list(best.figures),
        **fit_on,
    )
    say(f"chosen: {best}")
    return content
