"""What `pip install .` ships: every package of kg/ is listed, so a non-editable install has them all."""

from __future__ import annotations

import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def test_every_package_under_kg_is_shipped():
    config = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
    listed = set(config["tool"]["setuptools"]["packages"])
    found = {
        ".".join(init.parent.relative_to(REPO).parts)
        for init in (REPO / "kg").rglob("__init__.py")
        if "__pycache__" not in init.parts
    }
    assert found <= listed, f"not shipped by pip install .: {sorted(found - listed)}"
