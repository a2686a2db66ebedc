"""Learned steps beside the rules: linear models shipped as JSON in kg/extract/models/.

A model file holds the classes, the intercepts and, per feature, one weight per class of a linear
model fitted by `python -m eval.train` on the train split of the project's key (scikit-learn is
needed to fit only; here a model is a dict lookup and a sum, standard library alone). The
features of a release are the words of its title and lead, the character n-grams of its title and
the rules' own signals (`features`).

Detection (`meeting_status`): held / planned / none. `extract(doc, ref)` runs the rules and then,
where the model disagrees with them confidently, runs the rules again with their detection forced
to the model's answer (the participant, country and evidence steps then run as usual, so each
statement still points to a sentence), or drops a meeting the model says is none.
"""

from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from kg.extract import detect
from kg.model import Document, Extraction, Meeting

MODELS = Path(__file__).resolve().parent / "models"
LEAD_CHARS = 600  # characters of the body whose words are features
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


@dataclass(frozen=True)
class LinearModel:
    """A multi-class (or one-vs-rest multi-label) linear model read from a JSON file."""

    name: str
    classes: list[str]
    intercept: list[float]
    weights: dict[str, list[float]]
    threshold: float  # probability the model's answer needs to overrule the rules
    multilabel: bool = False
    extra: dict = field(default_factory=dict)  # other settings of the file (a topic model's "drop")

    def scores(self, feats: dict[str, float]) -> list[float]:
        out = list(self.intercept)
        for f, v in feats.items():
            w = self.weights.get(f)
            if w is not None:
                for i, x in enumerate(w):
                    out[i] += x * v
        return out

    def proba(self, feats: dict[str, float]) -> dict[str, float]:
        """Class -> probability (softmax; logistic per class when multi-label)."""
        s = self.scores(feats)
        if self.multilabel:
            return {c: 1 / (1 + math.exp(-x)) for c, x in zip(self.classes, s, strict=True)}
        top = max(s)
        e = [math.exp(x - top) for x in s]
        total = sum(e)
        return {c: x / total for c, x in zip(self.classes, e, strict=True)}


@cache
def load_model(name: str) -> LinearModel | None:
    """The shipped model `kg/extract/models/<name>.json`, or None when it is absent or switched off."""
    path = MODELS / f"{name}.json"
    if not path.exists():
        return None
    data = json.loads(path.read_text(encoding="utf-8"))
    if not data.get("enabled", True):
        return None
    return LinearModel(
        name,
        data["classes"],
        data["intercept"],
        data["weights"],
        data.get("threshold", 0.5),
        data.get("multilabel", False),
        {k: v for k, v in data.items() if k not in ("classes", "intercept", "weights")},
    )


def words(text: str) -> list[str]:
    return [w.lower() for w in WORD.findall(text)]


def char_ngrams(text: str, sizes: tuple[int, ...] = (3, 4)) -> set[str]:
    """Character n-grams of each word padded with spaces (as scikit-learn's char_wb)."""
    out: set[str] = set()
    for w in words(text):
        p = f" {w} "
        for n in sizes:
            out.update(p[i : i + n] for i in range(max(1, len(p) - n + 1)))
    return out


def rule_signals(doc: Document, ex: Extraction | None) -> dict[str, float]:
    """What the rules say: their detection cues on the title and lead, and their final answer."""
    title, lead = doc.title, doc.text[:LEAD_CHARS]
    out: dict[str, float] = {f"reader={doc.reader}": 1.0}
    for name, hit in (
        ("title_no", detect.title_says_no_meeting(title)),
        ("title_meeting", detect.MEETING_TITLE.search(title)),
        ("title_is_meeting", detect.TITLE_IS_MEETING.search(title)),
        ("title_held", detect.held_cue(title)),
        ("title_planned", detect.planned_cue(title)),
        ("lead_held", detect.held_cue(lead)),
        ("lead_planned", detect.planned_cue(lead)),
        ("lead_greetings", detect.GREETINGS.search(lead)),
    ):
        if hit:
            out[name] = 1.0
    if ex is not None:
        out[f"rules={rules_status(ex)}"] = 1.0
        if any(m.mentioned for m in ex.meetings):
            out["rules_mention"] = 1.0
    return out


def rules_status(ex: Extraction) -> str:
    """held / planned / none: the status of the rules' reported (not merely mentioned) meetings."""
    statuses = {m.status for m in ex.meetings if not m.mentioned}
    return "held" if "held" in statuses else "planned" if "planned" in statuses else "none"


def features(doc: Document, ex: Extraction | None) -> dict[str, float]:
    """The feature dict of a release for the detection model (and the mode model)."""
    out = {"r:" + k: v for k, v in rule_signals(doc, ex).items()}
    tw = words(doc.title)
    for w in tw:
        out["t:" + w] = 1.0
    for a, b in zip(tw, tw[1:], strict=False):
        out[f"t2:{a} {b}"] = 1.0
    for g in char_ngrams(doc.title):
        out["c:" + g] = 1.0
    lw = words(doc.text[:LEAD_CHARS])
    for w in lw:
        out["l:" + w] = 1.0
    for a, b in zip(lw, lw[1:], strict=False):
        out[f"l2:{a} {b}"] = 1.0
    return out


def mode_features(doc: Document, ex: Extraction, meeting: Meeting) -> dict[str, float]:
    """The features of a release for the mode model: those of detection and the rules' mode."""
    out = features(doc, ex)
    out[f"r:mode={meeting.mode}"] = 1.0
    return out


def model_digest() -> str:
    """A short digest of the shipped model files (part of the extractor's name)."""
    import hashlib

    h = hashlib.sha256()
    for p in sorted(MODELS.glob("*.json")):
        h.update(p.name.encode() + p.read_bytes())
    return h.hexdigest()[:8]


def decide(proba: dict[str, float], rules: str, model: LinearModel) -> str:
    """The release's status: the rules' unless the model answers otherwise with enough confidence."""
    label = max(proba, key=lambda c: proba[c])
    return label if label != rules and proba[label] >= model.threshold else rules
