"""Frameworks of the counted meetings made canonical: a minted framework named like a reference
framework or organization (its label, an alias or its acronym), or like another minted one (after
leading joiners such as "the", "this", "through"), is that one (kg.reconcile.entities.resolve)."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from kg.names import fold

LEADING = re.compile(
    r"^(?:this|that|these|those|through|under|via|within|with|by|per|our|its|the|and|or|on|in|at|for|of|to|"
    r"from|as|also|both)\s+",
    re.I,
)


def canonical_frameworks(
    described: Mapping[str, Any], known: set[str], frameworks: set[str], reference: dict
) -> dict[str, str]:
    """Framework IRI -> its canonical IRI; `described`: the entities graph's descriptions (a label
    each), `known`: the reference entities (left as they are)."""
    canon: dict[str, str] = {}
    by_name: dict[str, str] = {}
    for kind in ("Framework", "Organization"):
        for iri, names in reference[kind].items():
            for n in names | reference["alt"].get(iri, set()):
                if n:
                    by_name.setdefault(fold(n), iri)
    minted: dict[str, str] = {}
    for f in sorted(frameworks):
        d = described.get(f)
        if d is None or f in known:
            continue
        label = d.label()
        stripped = LEADING.sub("", label).strip()
        while LEADING.match(stripped):
            stripped = LEADING.sub("", stripped).strip()
        key = fold(stripped)
        acronym = re.search(r"\(([A-Z][A-Za-z0-9+&-]{1,9})\)\s*$", stripped)
        target = by_name.get(key) or (by_name.get(fold(acronym.group(1))) if acronym else None)
        if target is None:
            initials = "".join(w[0] for w in re.findall(r"[A-Z][\w-]*", stripped) if w[0].isupper())
            target = minted.get(key) or (minted.get(fold(initials)) if len(initials) >= 3 else None)
        if target is None:
            target = f
            minted[key] = f
            if acronym:
                minted.setdefault(fold(acronym.group(1)), f)
            if stripped != label:
                d.labels = {stripped}
        canon[f] = target
    return canon
