"""Fit the learned steps from the TRAIN split of the project's key and write them into the package.

    pip install -e '.[train]'     # scikit-learn: needed here only, never at run time
    python -m eval.train          # writes kg/extract/models/detect.json
    python -m eval.train detect --features reader,rules,words,structure --out /tmp/detect.json
                                  # another feature set, written aside (compare before shipping)
    python -m eval.train detect --history --out /tmp/detect.json
                                  # on the rules' answers before each batch joined (eval.history)

Meeting detection (held / planned / none) is a multinomial logistic regression over the features
of `kg.extract.learned.features` (`--features`: the groups the model file then names under
"features"). Every setting (regularization, class weights, whether it may drop the rules' meetings,
the confidence it needs to overrule them) is chosen by grouped 5-fold cross-validation on train
(eval.train_detect); the validation split is never read here. Deterministic: fixed seeds, sorted
features, rounded weights (those too small to move a probability left out, so the file stays small).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from kg import evalset
from kg.eval import score
from kg.extract import learned
from kg.extract.pipeline import LEARNED, extract
from kg.model import Document, Extraction, Meeting
from kg.reference import Reference, load_reference

SEED = 14
FOLDS = 5
MIN_DF = 2
CS = (0.1, 0.3, 1.0, 3.0)
THRESHOLDS = (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)


def rules_best() -> dict:
    """The model file of a step that no fit beat the rules with on train: shipped switched off."""
    return {"enabled": False, "classes": [], "intercept": [], "weights": {}, "note": "rules best on train"}


def has_sklearn() -> bool:
    """Is scikit-learn (the `train` extra) installed? Says how to get it when not."""
    try:
        import sklearn  # noqa: F401
    except ImportError:
        print("fitting needs scikit-learn: pip install -e '.[train]'", file=sys.stderr)
        return False
    return True


def _fit(x, y, c: float):  # type: ignore[no-untyped-def]
    from sklearn.linear_model import LogisticRegression

    return LogisticRegression(C=c, max_iter=2000, random_state=SEED).fit(x, y)


def main_meeting(meetings: list[Meeting]) -> Meeting | None:
    """The release's own first held meeting (not one mentioned in passing), if any."""
    return next((m for m in meetings if not m.mentioned and m.status == "held"), None)


def _card(rows: list[dict], docs: dict, meetings: dict[str, list]):  # type: ignore[no-untyped-def]
    exs = [Extraction(docs[r["doc"]], meetings[r["doc"]], "x") for r in rows]
    keyed = [dict(r, url=docs[r["doc"]].url or r.get("url")) for r in rows]
    return score(evalset.rel_of(exs), keyed)


def groups_of(rows: list[dict], docs: dict[str, Document]) -> list[str]:
    """The fold group of each keyed release: its source and month, so that the releases telling one
    event (a visit's readout, joint statement and remarks) are never split between fitting and
    scoring."""
    out = []
    for r in rows:
        day = docs[r["doc"]].date
        out.append(f"{r['_source']}:{day:%Y-%m}" if day else r["_source"])
    return out


def prepared(ref: Reference) -> tuple[list[dict], dict[str, Document], dict[str, list[Meeting]]]:
    """The keyed TRAIN rows (with a readable release), their releases and what the rules alone find
    (the validation split is not read)."""
    rows = evalset.load_key("all", split="train")
    docs = evalset.read_documents(rows)
    rows = [r for r in rows if r["doc"] in docs]
    rules_ex = {r["doc"]: extract(docs[r["doc"]], ref, skip=LEARNED).meetings for r in rows}
    return rows, docs, rules_ex


def train_detection(
    ref: Reference, groups: tuple[str, ...] = learned.WORDS, data: tuple | None = None, history: bool = False
) -> dict:
    """Fit the detection model over the feature `groups` with every setting chosen out of fold on
    train (eval.train_detect); `data`: `prepared(ref)` when already computed; `history`: on the rules'
    answers before each batch joined the key (eval/history.json, written by eval.history)."""
    from eval import history as past
    from eval import train_detect

    old = past.load() if history else None
    return train_detect.train_detection(ref, groups, data or prepared(ref), _card, groups_of, history=old)


def _export(fitted, vec, threshold: float, c: float, floor: float = 1e-4, places: int = 5) -> dict:  # type: ignore[no-untyped-def]
    """A fitted multinomial (or binary) logistic regression as the content of a model file: weights
    rounded to `places`, a feature whose weights are all below `floor` left out."""
    names = vec.get_feature_names_out()
    coef = fitted.coef_
    classes = [str(k) for k in fitted.classes_]
    if len(classes) == 2:  # binary: one row of weights for the second class; the first gets 0
        coef = [[0.0] * coef.shape[1], list(coef[0])]
        intercept = [0.0, float(fitted.intercept_[0])]
    else:
        intercept = [float(b) for b in fitted.intercept_]
    weights = {
        str(names[j]): [round(float(coef[k][j]), places) for k in range(len(classes))]
        for j in range(len(names))
        if max(abs(coef[k][j]) for k in range(len(classes))) >= floor
    }
    return {
        "enabled": True,
        "classes": classes,
        "intercept": [round(b, 5) for b in intercept],
        "threshold": threshold,
        "C": c,
        "weights": dict(sorted(weights.items())),
    }


def train_mode(ref: Reference) -> dict:
    """Fit the mode model (in_person / phone / video) on the train split's held meetings, C and the
    threshold chosen by grouped 5-fold cross-validation on train (the validation split is not read);
    switched off when the rules' mode is right as often out of fold."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.model_selection import StratifiedGroupKFold, cross_val_predict

    rows = evalset.load_key("all", split="train")
    docs = evalset.read_documents(rows)
    rows = [r for r in rows if r["doc"] in docs and r["status"] == "held" and r.get("mode")]
    train, kept = [], []
    for r in rows:
        m = main_meeting(extract(docs[r["doc"]], ref, skip=("learned mode", "learned topics")).meetings)
        if m is not None:
            train.append((r["mode"], m.mode, learned.mode_features(docs[r["doc"]], m.mode)))
            kept.append(r)
    df = Counter(f for _, _, fs in train for f in fs)
    keep = {f for f, n in df.items() if n >= MIN_DF}
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([{f: v for f, v in fs.items() if f in keep} for _, _, fs in train])
    y = [g for g, _, _ in train]
    classes = sorted(set(y))

    def accuracy(items: list, proba) -> float:  # type: ignore[no-untyped-def]
        return sum(p == g for (g, _, _), p in zip(items, proba, strict=True)) / max(1, len(items))

    rules_acc = accuracy(train, [r for _, r, _ in train])
    best = (rules_acc, None, None)
    print(f"mode: rules accuracy on train's detected held meetings {rules_acc:.3f}", file=sys.stderr)
    folds = StratifiedGroupKFold(FOLDS, shuffle=True, random_state=SEED)
    from sklearn.linear_model import LogisticRegression

    for c in CS:
        fit = LogisticRegression(C=c, max_iter=2000, random_state=SEED)
        proba = cross_val_predict(fit, x, y, groups=groups_of(kept, docs), cv=folds, method="predict_proba")
        for t in THRESHOLDS:
            model = learned.LinearModel("mode", classes, [0.0] * len(classes), {}, t)
            pred = [
                learned.decide(dict(zip(classes, p, strict=True)), r or "in_person", model)
                for (_, r, _), p in zip(train, proba, strict=True)
            ]
            acc = accuracy(train, pred)
            print(f"mode C={c} threshold={t}: cross-validated accuracy {acc:.3f}", file=sys.stderr)
            if acc > best[0] + 1e-9:
                best = (acc, c, t)
    acc, c, t = best
    if c is None:
        return rules_best() | {"cv_accuracy": {"rules": round(rules_acc, 3), "n": len(train)}}
    content = _export(_fit(x, y, c), vec, t, c)
    content["cv_accuracy"] = {"rules": round(rules_acc, 3), "learned": round(acc, 3), "n": len(train)}
    return content


def judged(content: dict, step: str, figure: str, rules_v: float, learned_v: float, n: int, fit: str) -> dict:
    """A fitted step is switched on only when it beats the rules on validation; both figures are
    kept in the model file (under `figure`) and said on stderr with the fit's parameters."""
    content["enabled"] = learned_v > rules_v
    content[figure] = {"rules": round(rules_v, 3), "learned": round(learned_v, 3), "n": n}
    print(f"{step}: {fit}; validation rules {rules_v:.3f} learned {learned_v:.3f}", file=sys.stderr)
    return content


def trainer_main(step: str, train: Callable[[Reference], dict]) -> int:
    """The command of a trainer script: fit the step from the key's train split and write its file."""
    if not evalset.available():
        print(f"the shared material is absent ({evalset.SHARED})", file=sys.stderr)
        return 1
    if not has_sklearn():
        return 1
    _write(step, train(load_reference()))
    return 0


def _write(name: str, content: dict, out: str | None = None) -> None:
    path = Path(out) if out else learned.MODELS / f"{name}.json"
    path.write_text(json.dumps(content, sort_keys=True, separators=(",", ":")) + "\n", encoding="utf-8")
    learned.load_model.cache_clear()
    print(f"wrote {path} ({len(content['weights'])} features, enabled={content['enabled']})")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("steps", nargs="*", default=["detect", "mode"], help="steps to fit, in order")
    ap.add_argument(
        "--features",
        default=",".join(learned.WORDS),
        help="feature groups of the detection model (kg.extract.learned.features): reader, rules, words,"
        " structure, cross, heavy, noanswer (the rules' cues without their answer), leadchars, genre",
    )
    ap.add_argument("--out", help="write the detection model here instead of kg/extract/models/detect.json")
    ap.add_argument(
        "--history",
        action="store_true",
        help="fit and choose on the rules' answers before each batch joined the key (eval/history.json)",
    )
    args = ap.parse_args(argv)
    if not evalset.available():
        print(f"the shared material is absent ({evalset.SHARED})", file=sys.stderr)
        return 1
    if not has_sklearn():
        return 1
    ref = load_reference()
    learned.MODELS.mkdir(parents=True, exist_ok=True)
    groups = tuple(g for g in args.features.split(",") if g)
    for step in args.steps:
        if step == "detect":
            _write(step, train_detection(ref, groups, history=args.history), args.out)
        else:
            _write(step, train_mode(ref))
    return 0


if __name__ == "__main__":
    sys.exit(main())
