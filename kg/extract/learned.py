"""Learned steps beside the rules: linear models shipped as JSON in kg/extract/models/.

A model file holds the classes, the intercepts and, per feature, one weight per class of a linear
model fitted by `python -m eval.train` on the train split of the project's key (scikit-learn is
needed to fit only; here a model is a dict lookup and a sum, standard library alone). The
features of a release are the words of its title and lead, the character n-grams of its title and
the rules' own signals (`features`).

Steps (kg.extract.pipeline): "learned detection" (`redetect`: held / planned / none; where the model
disagrees with the rules' answer confidently, the rules run again with their detection forced to the
model's, so the participant, country and evidence steps run as usual and each statement still points
to a sentence, or the release's reported meetings are dropped) and "learned mode" (`record_mode`).
"""

from __future__ import annotations

import json
import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from kg.extract import companies, detect, sides
from kg.extract.doc import analyse, lead_sentences
from kg.extract.publisher import home_country
from kg.extract.structure import TYPE_RES, structure_features
from kg.model import Document, Meeting, Statement
from kg.reference import Reference, load_reference

if TYPE_CHECKING:
    from kg.extract.doc import Account, Doc

MODELS = Path(__file__).resolve().parent / "models"
LEAD_CHARS = 600  # characters of the body whose words are features
WORDS = ("reader", "rules", "words")  # the feature groups of a model file that names none
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
# foreign parties a release may name without a name the finders resolve ("the ambassadors of …",
# "representatives of foreign governments", "his counterparts")
FOREIGN_UNNAMED = re.compile(
    r"(?i)\b(?:ambassadors?|envoys?|diplomats?|foreign|counterparts?|delegations?)\b"
)


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
        """Intercept plus the weighted sum of the features' weight rows, one score per class."""
        weights = self.weights
        rows = [  # the rows of the features the model knows (most it does not), each times its value
            weights[f] if (v := feats[f]) == 1.0 else [x * v for x in weights[f]]
            for f in feats.keys() & weights.keys()
        ]
        if not rows:
            return list(self.intercept)
        # fsum: exact whatever the order the set gave the features in (hash order varies between runs)
        return [b + s for b, s in zip(self.intercept, map(math.fsum, zip(*rows, strict=True)), strict=True)]

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
    """The words of `text` in lower case (lowered at once, joined: no word holds a space)."""
    found = WORD.findall(text)
    return " ".join(found).lower().split(" ") if found else []


def char_ngrams(text: str, sizes: tuple[int, ...] = (3, 4)) -> set[str]:
    """Character n-grams of each word padded with spaces (as scikit-learn's char_wb)."""
    padded = [f" {w} " for w in words(text)]
    return {p[i : i + n] for p in padded for n in sizes for i in range(max(1, len(p) - n + 1))}


def rule_signals(
    doc: Document, meetings: Sequence[Meeting] | None, answer: tuple[str, bool] | None = None
) -> dict[str, float]:
    """What the rules say: their detection cues on the title and lead, and their final answer (the
    status of `meetings` and whether one is mentioned in passing, or `answer`: eval.train_detect's
    answers of an older extractor)."""
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
    if answer is None and meetings is not None:
        answer = (rules_status(meetings), any(m.mentioned for m in meetings))
    if answer is not None:
        out[f"rules={answer[0]}"] = 1.0
        if answer[1]:
            out["rules_mention"] = 1.0
    return out


def rules_status(meetings: Sequence[Meeting]) -> str:
    """held / planned / none: the status of the reported (not merely mentioned) meetings."""
    statuses = {m.status for m in meetings if not m.mentioned}
    return "held" if "held" in statuses else "planned" if "planned" in statuses else "none"


def features(
    doc: Document,
    meetings: Sequence[Meeting] | None,
    ref: Reference | None = None,
    groups: Sequence[str] = WORDS,
    answer: tuple[str, bool] | None = None,
) -> dict[str, float]:
    """The feature dict of a release for the detection model (and the mode model); `meetings`: what
    the rules found (None: not known yet); `groups`: which kinds of features (those a model file
    names): "reader" (the source), "rules" (their signals), "words" (of title and lead, character
    n-grams of the title), "structure" (kg.extract.structure, read with `ref`), "cross" (those of
    structure joined with the rules' answer); `answer`: the rules' status and mention in passing when
    not those of `meetings` (eval.train_detect's answers of an older extractor)."""
    out = {"r:" + k: v for k, v in rule_signals(doc, meetings, answer).items()}
    if "reader" not in groups:
        out.pop(f"r:reader={doc.reader}", None)
    if "rules" not in groups:
        out = {k: v for k, v in out.items() if k.startswith("r:reader=")}
    if "noanswer" in groups:  # the rules' cues without their answer (right far more often on train)
        out = {k: v for k, v in out.items() if not k.startswith(("r:rules=", "r:rules_mention"))}
    if "genre" in groups:  # the release's type from its title, alone and with each rule signal
        kinds = [k for k, rx in TYPE_RES.items() if rx.search(doc.title)] or ["other"]
        out.update({f"g:{k}|{f}": 1.0 for k in kinds for f in [*out, ""]})
    if "structure" in groups and ref is not None:
        shape = structure_features(doc, ref)
        if "heavy" in groups:  # less shrunk by the regularization than the words
            shape = {k: 3.0 for k in shape}
        out.update(shape)
        if "cross" in groups and meetings is not None:  # each with the rules' answer: one model per answer
            status = answer[0] if answer is not None else rules_status(meetings)
            out.update({f"x:{status}|{k}": v for k, v in shape.items()})
    if "words" not in groups:
        return out
    tw = words(doc.title)
    for w in tw:
        out["t:" + w] = 1.0
    for a, b in zip(tw, tw[1:], strict=False):
        out[f"t2:{a} {b}"] = 1.0
    for g in char_ngrams(doc.title):
        out["c:" + g] = 1.0
    if "leadchars" in groups:
        out.update({"lc:" + g: 1.0 for g in char_ngrams(doc.text[: LEAD_CHARS // 2])})
    lw = words(doc.text[:LEAD_CHARS])
    for w in lw:
        out["l:" + w] = 1.0
    for a, b in zip(lw, lw[1:], strict=False):
        out[f"l2:{a} {b}"] = 1.0
    return out


def mode_features(doc: Document, mode: str | None) -> dict[str, float]:
    """The features of a release for the mode model: those of detection (the rules' meetings not yet
    known when the step runs) and the rules' mode."""
    out = features(doc, None)
    out[f"r:mode={mode}"] = 1.0
    return out


def decide(proba: dict[str, float], rules: str, model: LinearModel) -> str:
    """The release's status: the rules' unless the model answers otherwise with enough confidence (a
    file saying "overrule": "up" only finds meetings where the rules found none, never drops one)."""
    if model.extra.get("overrule") == "up" and rules != "none":
        return rules
    label = max(proba, key=lambda c: proba[c])
    return label if label != rules and proba[label] >= model.threshold else rules


def redetect(
    doc: Document,
    meetings: list[Meeting],
    rerun: Callable[[str], list[Meeting]],
    ref: Reference | None = None,
) -> list[Meeting]:
    """Step "learned detection": the rules' meetings, unless the model decides another status; then
    those `rerun(status)` finds with the detection forced to it (the rules' when it finds none of that
    status), or, for none, only the meetings mentioned in passing."""
    model = load_model("detect")
    if model is None:
        return meetings
    feats = features(doc, meetings, ref, model.extra.get("features", WORDS))
    return overruled(doc, meetings, rerun, ref, model, model.proba(feats))


def overruled(
    doc: Document,
    meetings: list[Meeting],
    rerun: Callable[[str], list[Meeting]],
    ref: Reference | None,
    model: LinearModel,
    proba: dict[str, float],
    answer: str | None = None,
) -> list[Meeting]:
    """`redetect` given the model's probabilities `proba` (eval.train replays it with out-of-fold ones);
    `answer`: the rules' status when not that of `meetings` (eval.train_detect replays the answers of
    an older extractor: the rules' meetings are then `meetings` re-run with that status)."""
    current = rules_status(meetings)
    rules = answer or current
    status = decide(proba, rules, model)

    def kept() -> list[Meeting]:  # the rules' answer standing
        return meetings if rules == current else with_status(meetings, rules, rerun, current)

    if status == "none" and (
        leaders_of_two_states(meetings) or rules == "planned" or (rules == "held" and business_met(doc, ref))
    ):
        # the rules read known people of two states at it, an announcement with its counterpart (on
        # train the model's none was wrong for each announcement it undid), or foreign business people
        # met (eval/CONVENTIONS.md 8; the model's words read them as a domestic audience): the model's
        # words do not undo that
        return kept()
    if status == "held" and rules == "planned" and not reports_held(doc):
        return kept()  # the rules' announcement stands: its title or lead tells nothing that took place
    found = with_status(meetings, status, rerun, current)
    if (
        model.extra.get("foreign_guard")  # a model file's switch: off in the shipped file (eval/README.md)
        and status == "held"
        and rules == "none"
        and not foreign_party(found, home_country(doc, ref or load_reference()))
        and not FOREIGN_UNNAMED.search(f"{doc.title}\n{' '.join(s.text for s in lead_sentences(doc))}")
    ):
        # the forced meeting has only the publisher's own people (a readout of talks with domestic
        # leaders) and the lead names no foreigners it could not resolve (ambassadors): a held meeting
        # needs a foreign or international counterpart (SCHEMA)
        return kept()
    return found


def foreign_party(meetings: Sequence[Meeting], home: str | None) -> bool:
    """Does a meeting a release reports (or tells as its news) have a party outside the publisher's
    state `home`: a participant of another or an unknown state, another country, an organization?
    (True when the publisher's state is not known.)"""
    if home is None:
        return True
    for m in meetings:
        if m.mentioned and not m.news:
            continue
        if m.organizations or any(c.key != home for c in m.countries):
            return True
        if any(p.props.get("country") != home for p in m.participants):
            return True
    return False


def business_met(doc: Document, ref: Reference | None) -> bool:
    """Does the lead tell a foreign company's head or foreign business people met (kg.extract.sides)?"""
    d = analyse(doc, ref if ref is not None else load_reference())
    return sides.foreign_business(d, d.lead) or companies.foreign_company_head(d, d.lead)


def reports_held(doc: Document) -> bool:
    """Does a release tell a meeting that took place: a title not announcing one (detect.TITLE_ANNOUNCES:
    "… to Host …", "… will hold talks with …") and a lead sentence with a held cue that announces nothing?"""
    return not detect.TITLE_ANNOUNCES.search(doc.title) and any(
        detect.held_cue(s.text) and not detect.announces(s.text) for s in lead_sentences(doc)
    )


def leaders_of_two_states(meetings: Sequence[Meeting]) -> bool:
    """Does a meeting the rules report have participants the reference data knows (by a Wikidata item
    or an entity of its own: "iri") from two states?"""
    for m in meetings:
        if not m.mentioned:
            states = {p.props.get("country") for p in m.participants if p.wikidata or p.props.get("iri")}
            if len(states - {None}) >= 2:
                return True
    return False


def with_status(
    meetings: list[Meeting], status: str, rerun: Callable[[str], list[Meeting]], current: str | None = None
) -> list[Meeting]:
    """The meetings of a release whose status was decided: the rules' when they agree (`current`: their
    status when known); for none, the meetings mentioned in passing only; else those found with the
    detection forced to it, and the rules' meetings mentioned in passing on other days."""
    if status == (current or rules_status(meetings)):
        return meetings
    if status == "none":
        return [m for m in meetings if m.mentioned]
    forced = rerun(status)
    if rules_status(forced) != status:
        return meetings
    # meetings the release mentions in passing on other days stay (a briefing recalling another call)
    days = {m.date for m in forced}
    return forced + [m for m in meetings if m.mentioned and m.date not in days]


def record_mode(doc: Doc, account: Account, m: Meeting) -> None:
    """Step "learned mode": the main meeting's mode where the model overrules the rules' (before the
    venue step, so a call gets no venue); the statement keeps the sentence of the rules' one."""
    model = load_model("mode")
    if model is None or account.kind != "main" or m.status != "held":
        return
    mode = decide(model.proba(mode_features(doc.document, m.mode)), m.mode or "in_person", model)
    if mode == m.mode:
        return
    old = next((st for st in m.evidence if st.field == "mode"), None)
    m.evidence = [st for st in m.evidence if st.field != "mode"]
    m.mode = mode  # type: ignore[assignment]
    m.evidence.append(
        Statement("mode", mode, old.evidence if old is not None else doc.evidence(account.sentence))
    )
