"""How much of the frameworks score on TRAIN the reference list gives: a proxy for frameworks never seen.

    python -m eval.unseen_frameworks

Issue 14: on releases nobody tuned to, framework recall falls (validation R .57, sealed keys .26-.45)
while train scores .80, partly because the reference data lists the frameworks train names. This
measures, on the train split's held meetings (the main one of each release, as eval.train_frameworks
reads them), the frameworks F1 of
- the rules with the shipped reference data ("listed");
- the rules with the reference's frameworks hidden (`frameworks.ttl` left out; organizations, events
  and the rest stay): only the forms read them, as for frameworks never seen ("hidden");
- each with the learned framework step's additions out of fold: its model refitted with the shipped
  settings (regularization, threshold) on the "listed" candidates of four fifths of the train releases
  (folds by source and month, as eval.train_frameworks) and applied to the other fifth.
The gap between "listed" and "hidden" is what the list gives on train; a mechanism meant for frameworks
never seen should raise "hidden" without lowering "listed". The validation split is never read.
"""

from __future__ import annotations

import hashlib
import sys
from collections import Counter

from eval.train import FOLDS, SEED, has_sklearn
from eval.train_frameworks import MIN_DF, Row, _f1, _predict, _rows
from kg import evalset
from kg.eval import match_sets, name_match
from kg.extract import learned
from kg.reference import Reference, load_reference
from kg.reference.loader import default_paths

HIDDEN = "frameworks.ttl"


def hidden_reference() -> Reference:
    """The shipped reference data without its frameworks."""
    return load_reference([p for p in default_paths() if p.name != HIDDEN])


def _fold(group: str) -> int:
    """The fold of a release's group (source and month), the same in both protocols."""
    return int(hashlib.sha1(group.encode()).hexdigest(), 16) % FOLDS


def _labelled(rows: list[Row]) -> list[tuple[int, dict[str, float], int]]:
    """(row, features, 1 when the candidate names a framework of the key the rules miss) per candidate."""
    out = []
    for i, (gold, found, cands) in enumerate(rows):
        _, _, fn = match_sets(found, gold, False)
        missed = [g for g in gold if g[0] in fn]
        out += [(i, fs, int(any(name_match(label, g, False) for g in missed))) for label, fs in cands]
    return out


def out_of_fold(
    fit: tuple[list[Row], list[str]], test: tuple[list[Row], list[str]], c: float, t: float
) -> float:
    """Frameworks F1 on `test`'s rows with the additions of a model fitted on `fit`'s other folds."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    (fit_rows, fit_groups), (test_rows, test_groups) = fit, test
    fit_cands, test_cands = _labelled(fit_rows), _labelled(test_rows)
    proba: dict[tuple[int, int], float] = {}
    for k in range(FOLDS):
        part = [(fs, y) for i, fs, y in fit_cands if _fold(fit_groups[i]) != k]
        keep = {f for f, n in Counter(f for fs, _ in part for f in fs).items() if n >= MIN_DF}
        vec = DictVectorizer(sort=True)
        x = vec.fit_transform([{f: v for f, v in fs.items() if f in keep} for fs, _ in part])
        lr = LogisticRegression(C=c, max_iter=3000, random_state=SEED).fit(x, [y for _, y in part])
        idx = [j for j, (i, _, _) in enumerate(test_cands) if _fold(test_groups[i]) == k]
        if idx:
            for j, p in zip(
                idx, lr.predict_proba(vec.transform([test_cands[j][1] for j in idx]))[:, 1], strict=True
            ):
                proba[(test_cands[j][0], j)] = float(p)
    by_row: dict[int, list[tuple[str, float]]] = {}
    labels = [label for _, _, cands in test_rows for label, _ in cands]
    for (i, j), p in proba.items():
        by_row.setdefault(i, []).append((labels[j], p))
    return _f1(
        [(gold, _predict(found, by_row.get(i, []), t)) for i, (gold, found, _) in enumerate(test_rows)]
    )


def main() -> int:
    if not evalset.available():
        print(f"the shared material is absent ({evalset.SHARED})", file=sys.stderr)
        return 1
    keyed = evalset.load_key("all", split="train")
    docs = evalset.read_documents(keyed)
    shipped = learned.load_model("frameworks")
    data: dict[str, tuple[list[Row], list[str]]] = {}
    for name, ref in (("listed", load_reference()), ("hidden", hidden_reference())):
        groups: list[str] = []
        data[name] = (_rows(ref, keyed, docs, groups), groups)
    for name, (rows, _) in data.items():
        line = (
            f"{name}: {len(rows)} held meetings; frameworks F1 rules {_f1([(g, f) for g, f, _ in rows]):.4f}"
        )
        if shipped is not None and has_sklearn():
            c, t = float(shipped.extra.get("C", 1.0)), shipped.threshold
            oof = out_of_fold(data["listed"], data[name], c, t)
            line += f", + learned out of fold (C={c}, threshold={t}) {oof:.4f}"
        print(line)
    return 0


if __name__ == "__main__":
    sys.exit(main())
