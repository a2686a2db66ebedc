"""The public surface of `kg`: `__all__` is exactly the public names the package defines."""

from __future__ import annotations

import types

import kg


def test_all_exports_are_exactly_the_public_names():
    public = {
        name
        for name, value in vars(kg).items()
        if (not name.startswith("_") or name == "__version__") and not isinstance(value, types.ModuleType)
    }
    assert sorted(kg.__all__) == sorted(public)


def test_every_export_says_what_it_is_for():
    for name in kg.__all__:
        if name != "__version__":
            assert getattr(kg, name).__doc__, name


def test_the_heavy_modules_load_on_first_use():
    import subprocess
    import sys

    code = (
        "import sys, kg; assert not {'pyvis', 'pyshacl', 'networkx'} & set(sys.modules); kg.viz; kg.validate"
    )
    subprocess.run([sys.executable, "-c", code], check=True, timeout=120)


def test_both_stores_are_context_managers(tmp_path):
    with kg.open_store(tmp_path / "s") as store:
        assert len(store) == 0
    assert not hasattr(store, "_store")  # closed
    with kg.open_store("http://127.0.0.1:9/sparql") as remote:
        assert remote.location.startswith("http")


def test_the_tutorial_and_the_notebooks_use_the_library_through_import_kg():
    import json
    import re
    from pathlib import Path

    repo = Path(__file__).resolve().parents[1]
    tutorial = (repo / "docs" / "tutorial.md").read_text(encoding="utf-8")
    sources = {"docs/tutorial.md": "\n".join(re.findall(r"```python\n(.*?)```", tutorial, re.S))}
    for path in sorted((repo / "notebooks").glob("*.ipynb")):
        cells = json.loads(path.read_text(encoding="utf-8"))["cells"]
        sources[path.name] = "\n".join("".join(c["source"]) for c in cells if c["cell_type"] == "code")
    assert len(sources) >= 3
    for name, code in sources.items():
        assert re.search(r"(?m)^import kg$", code), name
        assert not re.findall(r"(?m)^\s*(?:from kg[. ]|import kg\.)", code), name
