"""Extraction: from a `kg.model.Document` to the `Meeting`s it reports, each fact with its evidence.

`extract(doc, ref=None, skip=()) -> Extraction` runs the rule-based pipeline (kg/extract/pipeline.py:
named steps over one analysis object, kg/extract/doc.py) against the reference data
(`kg.reference.load_reference()` when `ref` is None); `skip` switches steps off by name. `EXTRACTOR`
is the versioned name recorded in provenance: `kg.extract.rules.v2+<digest>` (kg/extract/version.py).
"""

from __future__ import annotations

from kg.extract.pipeline import EXTRACTOR, extract

__all__ = ["EXTRACTOR", "extract"]
