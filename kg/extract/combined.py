"""The extractor as shipped: the rules, with the learned steps of kg.extract.learned beside them.

`extract(doc, ref)` runs the rule-based pipeline, then the learned meeting detection: where it
decides another status than the rules with enough confidence, the rules run again with their
detection forced to it (kg.extract.forced), or the release's reported meetings are dropped (none). A model
file that is absent or switched off (`"enabled": false`) leaves the rules' answer as it is.
"""

from __future__ import annotations

from kg.extract import learned
from kg.extract.forced import extract_with_status
from kg.extract.learned_topics import apply_topics
from kg.extract.pipeline import EXTRACTOR as RULES
from kg.extract.pipeline import extract as rules_extract
from kg.model import Document, Extraction, Meeting, Statement
from kg.reference import Reference, load_reference

EXTRACTOR = f"{RULES}+learned-{learned.model_digest()}"


def detect_status(doc: Document, ex: Extraction) -> tuple[str, dict[str, float]]:
    """The learned step's status for a release the rules extracted as `ex` (the rules' when off)."""
    model = learned.load_model("detect")
    rules = learned.rules_status(ex)
    if model is None:
        return rules, {}
    proba = model.proba(learned.features(doc, ex))
    return learned.decide(proba, rules, model), proba


def detected(doc: Document, ref: Reference) -> Extraction:
    """The rules' meetings with the learned detection applied (and no other learned step)."""
    ex = rules_extract(doc, ref)
    status, _ = detect_status(doc, ex)
    rules = learned.rules_status(ex)
    if status == rules:
        return ex
    if status == "none":  # meetings mentioned in passing are no meetings of the release's own: kept
        return Extraction(doc, [m for m in ex.meetings if m.mentioned], EXTRACTOR)
    forced = extract_with_status(doc, ref, status)
    return forced if learned.rules_status(forced) == status else ex


def main_meeting(ex: Extraction) -> Meeting | None:
    """The release's own first held meeting (not one mentioned in passing), if any."""
    return next((m for m in ex.meetings if not m.mentioned and m.status == "held"), None)


def apply_mode(doc: Document, ex: Extraction) -> None:
    """The learned mode of the main held meeting, where it overrules the rules' (its statement keeps
    the sentence the rules read the mode from, else the meeting's status sentence)."""
    model = learned.load_model("mode")
    m = main_meeting(ex)
    if model is None or m is None:
        return
    proba = model.proba(learned.mode_features(doc, ex, m))
    mode = learned.decide(proba, m.mode or "in_person", model)
    if mode == m.mode:
        return
    old = next((st for st in m.evidence if st.field == "mode"), None)
    status = next((st for st in m.evidence if st.field == "status"), None)
    ev = old.evidence if old is not None and old.evidence is not None else status.evidence if status else None
    m.evidence = [st for st in m.evidence if st.field != "mode"]
    m.mode = mode  # type: ignore[assignment]
    m.evidence.append(Statement("mode", mode, ev))
    if mode != "in_person" and m.venue is not None:  # calls have no venue
        m.venue = None
        m.evidence = [st for st in m.evidence if st.field != "venue"]


def extract(doc: Document, ref: Reference | None = None) -> Extraction:
    """All meetings a release reports, each fact with its sentence (rules + learned steps)."""
    ref = ref if ref is not None else load_reference()
    ex = detected(doc, ref)
    apply_mode(doc, ex)
    m = main_meeting(ex)
    if m is not None:
        apply_topics(doc, m, ref)
    return Extraction(doc, ex.meetings, EXTRACTOR)
