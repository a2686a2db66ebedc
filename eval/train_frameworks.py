"""Fit the learned framework step on the TRAIN split and write kg/extract/models/frameworks.json.

    python -m eval.train_frameworks

The candidates of `kg.extract.learned_frameworks` in the train split's held meetings (as the
shipped extractor finds them, the learned framework step off) are labelled by the scorer's own
name matching against the key's frameworks; a logistic regression over their features gives each
a probability. The regularization and the threshold are chosen by 5-fold cross-validation on
train (folds grouping the releases of one source and month, as eval/train.py: the releases telling
one event never split between fitting and scoring), maximizing the frameworks F1 the scorer computes
(the rules' frameworks plus those added). Whether the step is on is chosen the same way: it ships
switched off when no setting beats the rules alone out of fold. The validation split is never read.
Deterministic.
"""

from __future__ import annotations

import sys
from collections import Counter

from eval.train import FOLDS, SEED, groups_of, main_meeting, rules_best, trainer_main
from kg import evalset
from kg.eval import match_sets, name_match
from kg.extract.doc import analyse
from kg.extract.learned_frameworks import _overlaps, candidate_features, candidates
from kg.extract.pipeline import extract
from kg.reference import Reference

MIN_DF = 2
CS = (0.3, 1.0, 3.0, 10.0)
THRESHOLDS = (0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6, 0.7, 0.8)

Row = tuple[list[list[str]], list[set[str]], list[tuple[str, dict[str, float]]]]


def _rows(ref: Reference, rows: list[dict], docs: dict, groups: list[str]) -> list[Row]:
    """(gold frameworks, the rules' frameworks as label sets, [(candidate label, features)]) per train
    meeting; each one's fold group (`groups_of`) appended to `groups`."""
    out: list[Row] = []
    for r in rows:
        if r["_split"] != "train" or r["status"] != "held" or r["doc"] not in docs:
            continue
        document = docs[r["doc"]]
        m = main_meeting(extract(document, ref, skip=("learned frameworks",)).meetings)
        if m is None or m.date is None:
            continue
        doc = analyse(document, ref).with_people(m.date)
        rules = [{fw.label, *fw.alt_labels} for fw in m.frameworks]
        cands = [(c.label, candidate_features(doc, c)) for c in candidates(doc, doc.sents, m)]
        out.append((r.get("frameworks") or [], rules, cands))
        groups += groups_of([r], docs)
    return out


def _f1(items: list[tuple[list[list[str]], list[set[str]]]]) -> float:
    tp = npred = ngold = 0
    for gold, preds in items:
        t, _, _ = match_sets(preds, gold, False)
        tp, npred, ngold = tp + t, npred + len(preds), ngold + len(gold)
    return 2 * tp / (npred + ngold) if npred + ngold else 1.0


def _predict(rules: list[set[str]], cands: list[tuple[str, float]], threshold: float) -> list[set[str]]:
    preds = list(rules)
    for label, p in sorted(cands, key=lambda x: -x[1]):
        if p >= threshold and not any(_overlaps(label, max(q, key=len)) for q in preds):
            preds.append({label})
    return preds


def train_frameworks(ref: Reference) -> dict:
    """The content of the framework model file."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    rows = evalset.load_key("all", split="train")
    docs = evalset.read_documents(rows)
    meeting_groups: list[str] = []
    train = _rows(ref, rows, docs, meeting_groups)
    flat = [(i, label, fs) for i, (_, _, cands) in enumerate(train) for label, fs in cands]
    # a candidate is right when it names a framework of the key the rules' frameworks miss
    missed = []
    for gold, rules, _ in train:
        _, _, fn = match_sets(rules, gold, False)
        missed.append([g for g in gold if g[0] in fn])
    y = [int(any(name_match(label, g, False) for g in missed[i])) for i, label, _ in flat]
    df = Counter(f for _, _, fs in flat for f in fs)
    keep = {f for f, n in df.items() if n >= MIN_DF}
    vec = DictVectorizer(sort=True)
    x = vec.fit_transform([{f: v for f, v in fs.items() if f in keep} for _, _, fs in flat])
    groups = [meeting_groups[i] for i, _, _ in flat]
    rules_f1 = _f1([(g, r) for g, r, _ in train])
    print(
        f"frameworks: {len(flat)} candidates, {sum(y)} positive; rules F1 on train {rules_f1:.3f}",
        file=sys.stderr,
    )
    best = (rules_f1, None, None)
    for c in CS:
        proba = [0.0] * len(flat)
        for fit_idx, test_idx in GroupKFold(FOLDS).split(x, y, groups):
            lr = LogisticRegression(C=c, max_iter=3000, random_state=SEED).fit(
                x[fit_idx], [y[k] for k in fit_idx]
            )
            for k, p in zip(test_idx, lr.predict_proba(x[test_idx])[:, 1], strict=True):
                proba[k] = float(p)
        by_doc: dict[int, list[tuple[str, float]]] = {}
        for k, (i, label, _) in enumerate(flat):
            by_doc.setdefault(i, []).append((label, proba[k]))
        for t in THRESHOLDS:
            f1 = _f1([(g, _predict(r, by_doc.get(i, []), t)) for i, (g, r, _) in enumerate(train)])
            print(f"frameworks C={c} threshold={t}: cross-validated F1 {f1:.3f}", file=sys.stderr)
            if f1 > best[0] + 1e-9:
                best = (f1, c, t)
    cv_f1, c, t = best
    cv = {"rules": round(rules_f1, 4), "n": len(train)}
    if c is None:
        print("frameworks: the rules alone are best out of fold; the step ships off", file=sys.stderr)
        return rules_best() | {"classes": ["no", "yes"], "cv_f1": cv}
    lr = LogisticRegression(C=c, max_iter=3000, random_state=SEED).fit(x, y)
    names = vec.get_feature_names_out()
    weights = {
        str(names[j]): [0.0, round(float(lr.coef_[0][j]), 4)]
        for j in range(len(names))
        if abs(lr.coef_[0][j]) >= 1e-3
    }
    print(f"frameworks: chosen C={c} threshold={t}, cross-validated F1 {cv_f1:.3f}", file=sys.stderr)
    return {
        "enabled": True,
        "classes": ["no", "yes"],
        "intercept": [0.0, round(float(lr.intercept_[0]), 5)],
        "threshold": t,
        "C": c,
        "cv_f1": cv | {"learned": round(cv_f1, 4)},
        "weights": dict(sorted(weights.items())),
    }


def main() -> int:
    return trainer_main("frameworks", train_frameworks)


if __name__ == "__main__":
    sys.exit(main())
