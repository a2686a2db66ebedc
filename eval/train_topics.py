"""Fit the learned topic step on the TRAIN split and write kg/extract/models/topics.json.

    python -m eval.train_topics

One binary logistic regression per topic with at least MIN_POSITIVE train meetings, over the
features of `kg.extract.learned_topics.topic_features` (words of the title and body, the rules'
topics, each topic's cue counts), on the train split's held meetings as the shipped detection finds
them. The add and drop probabilities and the regularization are chosen by 5-fold cross-validation
on train, folds grouping the releases of one source and month (micro F1 of the topic sets, as the
scorer counts them); validation is read once to switch the step on. Deterministic.
"""

from __future__ import annotations

import sys
from collections import Counter

from eval.train import FOLDS, SEED, groups_of, judged, main_meeting, rules_best, trainer_main
from kg import evalset
from kg.extract import learned
from kg.extract.learned_topics import choose, topic_features
from kg.extract.pipeline import extract
from kg.reference import Reference

MIN_POSITIVE = 5
MIN_DF = 3
MAX_FEATURES = 3000  # of words; the cue features are all kept
CS = (0.3, 1.0, 3.0)
ADD = (0.3, 0.4, 0.5, 0.6, 0.7)
DROP = (0.0, 0.05, 0.1, 0.2)


def micro_f1(items: list[tuple[set[str], list[str]]]) -> float:
    tp = sum(len(g & set(p)) for g, p in items)
    npred = sum(len(p) for _, p in items)
    ngold = sum(len(g) for g, _ in items)
    return 2 * tp / (npred + ngold) if npred + ngold else 1.0


def train_topics(ref: Reference) -> dict:
    """The content of the topic model file."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold, cross_val_predict

    rows = evalset.load_key("all")
    docs = evalset.read_documents(rows)
    rows = [r for r in rows if r["doc"] in docs and r["status"] == "held"]
    data: dict[str, list] = {"train": [], "validation": []}
    groups: list[str] = []
    for r, group in zip(rows, groups_of(rows, docs), strict=True):
        m = main_meeting(extract(docs[r["doc"]], ref, skip=("learned topics",)).meetings)
        if m is not None:
            rules = [t.key for t in m.topics]
            data[r["_split"]].append(
                (set(r.get("topics") or []), rules, topic_features(docs[r["doc"]], rules, ref))
            )
            if r["_split"] == "train":
                groups.append(group)
    train = data["train"]
    df = Counter(f for _, _, fs in train for f in fs)
    cues = {f for f in df if f.split(":")[0] in ("c", "cr", "ctop")}
    words = sorted((f for f, n in df.items() if n >= MIN_DF and f not in cues), key=lambda f: (-df[f], f))
    keep = cues | set(words[:MAX_FEATURES])
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([{f: v for f, v in fs.items() if f in keep} for _, _, fs in train])
    counts = Counter(t for g, _, _ in train for t in g)
    classes = sorted(t for t, n in counts.items() if n >= MIN_POSITIVE)
    rules_f1 = micro_f1([(g, r) for g, r, _ in train])
    print(f"topics: rules micro F1 on train's detected held meetings {rules_f1:.3f}", file=sys.stderr)
    folds = list(GroupKFold(FOLDS).split(x, groups=groups))
    best = (rules_f1, None, None, None)
    for c in CS:
        cols = {}
        for t in classes:
            y = [int(t in g) for g, _, _ in train]
            lr = LogisticRegression(C=c, max_iter=2000, random_state=SEED)
            cols[t] = cross_val_predict(lr, x, y, cv=folds, method="predict_proba")[:, 1]
        for add in ADD:
            for drop in DROP:
                model = learned.LinearModel("topics", classes, [], {}, add, True)
                preds = [
                    choose({t: float(cols[t][i]) for t in classes}, r, model, drop)
                    for i, (_, r, _) in enumerate(train)
                ]
                f1 = micro_f1([(g, p) for (g, _, _), p in zip(train, preds, strict=True)])
                if f1 > best[0] + 1e-9:
                    best = (f1, c, add, drop)
        print(f"topics C={c}: best so far {best}", file=sys.stderr)
    _, c, add, drop = best
    if c is None:
        return rules_best()
    names = vec.get_feature_names_out()
    coef, intercept = [], []
    for t in classes:
        lr = LogisticRegression(C=c, max_iter=2000, random_state=SEED).fit(
            x, [int(t in g) for g, _, _ in train]
        )
        coef.append(lr.coef_[0])
        intercept.append(round(float(lr.intercept_[0]), 5))
    weights = {
        str(names[j]): [round(float(coef[k][j]), 4) for k in range(len(classes))]
        for j in range(len(names))
        if max(abs(coef[k][j]) for k in range(len(classes))) >= 1e-3
    }
    content = {
        "enabled": True,
        "multilabel": True,
        "classes": classes,
        "intercept": intercept,
        "threshold": add,
        "drop": drop,
        "C": c,
        "cues": True,
        "weights": dict(sorted(weights.items())),
    }
    model = learned.LinearModel("topics", classes, intercept, content["weights"], add, True)
    valid = data["validation"]
    learned_v = micro_f1([(g, choose(model.proba(fs), r, model, drop)) for g, r, fs in valid])
    rules_v = micro_f1([(g, r) for g, r, _ in valid])
    fit = f"C={c} add={add} drop={drop}"
    return judged(content, "topics", "validation_f1", rules_v, learned_v, len(valid), fit)


def main() -> int:
    return trainer_main("topics", train_topics)


if __name__ == "__main__":
    sys.exit(main())
