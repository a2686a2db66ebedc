"""The extractor as shipped: the rules, with the learned steps of kg.extract.learned beside them.

`extract(doc, ref)` runs the rule-based pipeline, then the learned meeting detection: where it
decides another status than the rules with enough confidence, the rules run again with their
detection forced to it (kg.extract.forced), or the release's reported meetings are dropped (none). A model
file that is absent or switched off (`"enabled": false`) leaves the rules' answer as it is.
"""

from __future__ import annotations

from kg.extract import learned
from kg.extract.forced import extract_with_status
from kg.extract.pipeline import EXTRACTOR as RULES
from kg.extract.pipeline import extract as rules_extract
from kg.model import Document, Extraction
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


def extract(doc: Document, ref: Reference | None = None) -> Extraction:
    """All meetings a release reports, each fact with its sentence (rules + learned detection)."""
    ref = ref if ref is not None else load_reference()
    ex = rules_extract(doc, ref)
    status, _ = detect_status(doc, ex)
    rules = learned.rules_status(ex)
    if status == rules:
        return Extraction(doc, ex.meetings, EXTRACTOR)
    if status == "none":  # meetings mentioned in passing are no meetings of the release's own: kept
        return Extraction(doc, [m for m in ex.meetings if m.mentioned], EXTRACTOR)
    forced = extract_with_status(doc, ref, status)
    if learned.rules_status(forced) == status:
        return Extraction(doc, forced.meetings, EXTRACTOR)
    return Extraction(doc, ex.meetings, EXTRACTOR)
