"""Extraction: from a `kg.model.Document` to the `Meeting`s it reports, each fact with its evidence.

`extract(doc, ref=None) -> Extraction` runs the rule-based pipeline (kg/extract/pipeline.py) against
the reference data (`kg.reference.load_reference()` when `ref` is None) and the learned steps beside
it (kg/extract/combined.py, models in kg/extract/models/). `EXTRACTOR` is the versioned name
recorded in provenance (the rules' version and a digest of the model files).
"""

from __future__ import annotations

from kg.extract.combined import EXTRACTOR, extract

__all__ = ["EXTRACTOR", "extract"]
