"""Extraction: from a `kg.model.Document` to the `Meeting`s it reports, each fact with its evidence.

`extract(doc, ref=None) -> Extraction` runs the rule-based pipeline (kg/extract/pipeline.py) against
the reference data (`kg.reference.load_reference()` when `ref` is None). `EXTRACTOR` is the
versioned name recorded in provenance.
"""

from __future__ import annotations

from kg.extract.pipeline import EXTRACTOR, extract

__all__ = ["EXTRACTOR", "extract"]
