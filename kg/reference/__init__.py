"""Reference data (countries, organizations, frameworks, places, events, offices, topics) as lookup tables."""

from __future__ import annotations

from kg.reference.loader import default_paths, load_reference
from kg.reference.tables import Post, Reference, Tenure, fold, name_tokens

__all__ = ["Post", "Reference", "Tenure", "default_paths", "fold", "load_reference", "name_tokens"]
