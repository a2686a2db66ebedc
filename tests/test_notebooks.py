"""The research notebooks run top to bottom from a clean kernel, and the pages for researchers hold
together (committed without outputs, every docs page indexed, every relative link alive, a valid
CITATION.cff).

Each notebook is copied into a temporary folder and executed there with nbclient, so what it
writes (figures, tables, HTML) lands in that folder; a failing cell raises nbclient's
CellExecutionError, whose message shows the cell and the traceback.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
import yaml
from nbclient import NotebookClient

pytestmark = pytest.mark.system  # slow: `pytest -m "not system"` leaves it out

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"
NOTEBOOKS = sorted((REPO / "notebooks").glob("*.ipynb"))
CELL_TIMEOUT = 120  # seconds per cell
SAMPLE_RELEASES = 14  # data/README.md: read_paths(["data"]) yields exactly 14 documents


def kernel_name() -> str:
    """A kernelspec that runs this interpreter (the environment where kg is installed).

    jupyter_client runs a spec whose command is plain `python` with sys.executable; a spec
    naming another interpreter would run the notebooks without kg, so then (or when there is no
    spec at all) one is installed into sys.prefix."""
    from jupyter_client.kernelspec import KernelSpecManager, NoSuchKernel

    ours = {"python", f"python{sys.version_info[0]}", "python{}.{}".format(*sys.version_info[:2])}
    for name in ("python3", "diplomatic-kg"):
        try:
            command = KernelSpecManager().get_kernel_spec(name).argv[0]
        except NoSuchKernel:
            subprocess.run(
                [sys.executable, "-m", "ipykernel", "install", "--sys-prefix", "--name", name],
                check=True,
                capture_output=True,
            )
            return name
        if command in ours or os.path.abspath(command) == os.path.abspath(sys.executable):
            return name
    raise RuntimeError("no kernelspec runs this Python and none could be installed")


def run_notebook(path: Path, workdir: Path) -> nbformat.NotebookNode:
    """Execute a copy of the notebook in `workdir` from a clean kernel; returns it with outputs."""
    copy = workdir / path.name
    shutil.copy(path, copy)
    nb = nbformat.read(copy, as_version=4)
    before = os.environ.get("KG_NOTEBOOK_OUT")
    os.environ["KG_NOTEBOOK_OUT"] = str(workdir)  # the kernel inherits it: outputs land in workdir
    try:
        NotebookClient(
            nb,
            timeout=CELL_TIMEOUT,
            kernel_name=kernel_name(),
            resources={"metadata": {"path": str(workdir)}},
        ).execute()
    finally:
        if before is None:
            del os.environ["KG_NOTEBOOK_OUT"]
        else:
            os.environ["KG_NOTEBOOK_OUT"] = before
    return nb


def stream_text(nb: nbformat.NotebookNode) -> str:
    return "".join(o.get("text", "") for c in nb.cells if c.cell_type == "code" for o in c.outputs)


@pytest.fixture
def samples_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """The quick path CI takes: sample releases only, a temporary store (the kernel inherits this)."""
    for var in ("KG_NOTEBOOK_CORPUS", "KG_NOTEBOOK_STORE", "KG_NOTEBOOK_DATA"):
        monkeypatch.delenv(var, raising=False)


def test_both_notebooks_are_there() -> None:
    assert [p.name for p in NOTEBOOKS] == ["01-sparql-research.ipynb", "02-network-analysis.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.stem)
def test_notebook_is_committed_without_outputs(path: Path) -> None:
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    assert nb.nbformat == 4
    assert nb.metadata["kernelspec"]["name"] == "python3"
    code = [c for c in nb.cells if c.cell_type == "code"]
    assert code
    assert [c.outputs for c in code if c.outputs] == []
    assert [c.execution_count for c in code if c.execution_count is not None] == []


def test_sparql_research_notebook_runs_on_the_samples(tmp_path: Path, samples_only: None) -> None:
    nb = run_notebook(REPO / "notebooks" / "01-sparql-research.ipynb", tmp_path)
    text = stream_text(nb)
    assert f"{SAMPLE_RELEASES} documents read: {SAMPLE_RELEASES} ingested" in text
    # the paper figures and the supplementary tables it promises
    assert sorted(p.name for p in (tmp_path / "figures").iterdir()) == [
        "meetings-per-month.svg",
        "top-counterparts.svg",
        "topics-over-time.svg",
    ]
    for svg in (tmp_path / "figures").iterdir():
        assert svg.read_text(encoding="utf-8").lstrip().startswith("<?xml")
    header = (tmp_path / "counterparts.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header == "other,counterpart,meetings,first,last"
    assert "Shavkat Mirziyoyev" in (tmp_path / "meetings-of-person.csv").read_text(encoding="utf-8")
    # nothing was written beside the committed notebooks
    assert not (REPO / "notebooks" / "figures").exists()


def test_network_analysis_notebook_runs_on_the_samples(tmp_path: Path, samples_only: None) -> None:
    nb = run_notebook(REPO / "notebooks" / "02-network-analysis.ipynb", tmp_path)
    assert "shortest chain(s)" in stream_text(nb)
    page = (tmp_path / "explorer-people.html").read_text(encoding="utf-8")
    assert "Kassym-Jomart Tokayev" in page
    assert not re.search(r"<(script|link)[^>]+(src|href)=[\"']https?:", page), "the view must work offline"
    html_outputs = [
        o["data"]["text/html"]
        for c in nb.cells
        if c.cell_type == "code"
        for o in c.outputs
        if "text/html" in o.get("data", {})
    ]
    assert any("explorer-people.html" in h for h in html_outputs)  # the IFrame showing the view
    assert (tmp_path / "people.graphml").stat().st_size > 0
    assert (tmp_path / "countries.gexf").stat().st_size > 0


def test_sparql_research_notebook_adds_a_corpus_folder_and_keeps_the_store(
    tmp_path: Path, samples_only: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    extra = SHARED / "corpus" / "akorda-style"
    if not extra.is_dir():
        pytest.skip(f"{extra} is absent (the shared corpus is not on this machine)")
    store_dir = tmp_path / "kept-store"
    monkeypatch.setenv("KG_NOTEBOOK_CORPUS", str(extra))
    monkeypatch.setenv("KG_NOTEBOOK_STORE", str(store_dir))
    workdir = tmp_path / "run"
    workdir.mkdir()
    nb = run_notebook(REPO / "notebooks" / "01-sparql-research.ipynb", workdir)
    expected = SAMPLE_RELEASES + len(list(extra.glob("*.txt")))
    assert f"{expected} documents read: {expected} ingested" in stream_text(nb)

    from kg.stats import store_stats
    from kg.store import open_store

    store = open_store(store_dir, read_only=True)
    try:
        assert store_stats(store).releases == expected
    finally:
        store.close()


def test_sparql_research_notebook_on_a_store_ingested_from_other_folders(
    tmp_path: Path, samples_only: None, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A kept store fed from folders the notebook does not read: no LookupError (issue 18)."""
    from kg.ingest import ingest
    from kg.store import open_store

    elsewhere = tmp_path / "elsewhere" / "nested"
    shutil.copytree(REPO / "data", elsewhere)
    store_dir = tmp_path / "kept-store"
    store = open_store(store_dir)
    try:
        ingest([tmp_path / "elsewhere"], store, workers=1)
    finally:
        store.close()
    monkeypatch.setenv("KG_NOTEBOOK_STORE", str(store_dir))
    workdir = tmp_path / "run"
    workdir.mkdir()
    nb = run_notebook(REPO / "notebooks" / "01-sparql-research.ipynb", workdir)
    assert "documents read" in stream_text(nb)


def test_notebooks_write_under_an_ignored_output_folder() -> None:
    ignored = (REPO / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "/out/" in ignored
    for path in NOTEBOOKS:
        code = "".join(c.source for c in nbformat.read(path, as_version=4).cells if c.cell_type == "code")
        assert 'os.environ.get("KG_NOTEBOOK_OUT", "out/notebooks")' in code


# --- the pages around the notebooks -----------------------------------------------------------------


def test_tutorial_python_runs_on_the_sample_store(tmp_path: Path) -> None:
    """Steps 6-8 of docs/tutorial.md, run as a reader would: after `kg ingest data`, in one session."""
    env = {k: v for k, v in os.environ.items() if k != "KG_STORE"}
    subprocess.run(
        [sys.executable, "-m", "kg", "ingest", str(REPO / "data")],
        cwd=tmp_path,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    tutorial = (REPO / "docs" / "tutorial.md").read_text(encoding="utf-8")
    script = tmp_path / "tutorial.py"
    script.write_text("\n".join(re.findall(r"```python\n(.*?)```", tutorial, re.S)), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr
    assert "Kassym-Jomart Tokayev" in done.stdout  # an evidence sentence naming him
    assert (tmp_path / "figure-1.pdf").read_bytes().startswith(b"%PDF")


LINK = re.compile(r"\]\(([^)\s]+)\)")


def relative_links(page: Path) -> list[str]:
    """Targets of the Markdown links of a page that point into the repository (no URL, no anchor)."""
    targets = [t.split("#")[0] for t in LINK.findall(page.read_text(encoding="utf-8"))]
    return [t for t in targets if t and not re.match(r"^[a-z][a-z0-9+.-]*:", t)]


@pytest.mark.parametrize(
    "page",
    ["docs/index.md", "docs/tutorial.md", "docs/decisions/README.md", "notebooks/README.md"],
)
def test_links_of_the_research_pages_lead_somewhere(page: str) -> None:
    path = REPO / page
    broken = [t for t in relative_links(path) if not (path.parent / t).exists()]
    assert broken == []


def test_documentation_index_links_every_page() -> None:
    index = REPO / "docs" / "index.md"
    linked = {(index.parent / t).resolve() for t in relative_links(index)}
    pages = {p.resolve() for p in (REPO / "docs").rglob("*.md") if p != index}
    assert sorted(str(p.relative_to(REPO / "docs")) for p in pages - linked) == []


def test_decision_index_links_every_decision_note() -> None:
    index = REPO / "docs" / "decisions" / "README.md"
    linked = {t for t in relative_links(index)}
    notes = {p.name for p in index.parent.glob("*.md") if p != index}
    assert sorted(notes - linked) == []


def test_citation_file_has_what_cff_1_2_requires() -> None:
    cff = yaml.safe_load((REPO / "CITATION.cff").read_text(encoding="utf-8"))
    assert cff["cff-version"] == "1.2.0"
    for key in ("message", "title", "authors"):
        assert isinstance(cff[key], (str, list)) and cff[key], key
    for author in cff["authors"]:
        # a person has family-names (or a name particle) ; an entity has a name
        assert "family-names" in author or "name" in author, author
    assert cff.get("type", "software") in ("software", "dataset")
    if "date-released" in cff:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(cff["date-released"]))
