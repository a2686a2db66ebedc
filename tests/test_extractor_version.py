"""The extractor version (kg/extract/version.py): a digest of extraction's code, reference data and
models, recorded on each release and part of the re-ingest skip key, so an upgrade re-extracts."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

import kg.reference.loader as loader
from kg.extract import pipeline
from kg.extract.version import NAME, extractor_version, version_of
from kg.ingest import ingest
from kg.query import run_query
from kg.stats import store_stats
from kg.store import EmbeddedStore
from tests.test_ingest_cache import release_graphs

REPO = Path(__file__).resolve().parents[1]
SAMPLE = REPO / "data" / "2024-05-17-tokayev-mirziyoyev-astana.txt"


@pytest.fixture
def fresh_version():
    extractor_version.cache_clear()
    yield
    extractor_version.cache_clear()


def test_the_version_names_the_rules_and_a_digest_computed_once():
    v = extractor_version()
    assert v.startswith(NAME + "+") and len(v.split("+")[1]) == 12
    assert extractor_version() is v
    assert pipeline.extract(_doc()).extractor == v


def test_a_changed_cue_mapping_or_model_file_in_a_copy_of_the_package_changes_the_version(tmp_path):
    copy = tmp_path / "kg"
    shutil.copytree(
        Path(pipeline.__file__).parent, copy / "extract", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copytree(
        Path(loader.__file__).parent, copy / "reference", ignore=shutil.ignore_patterns("__pycache__")
    )
    shutil.copy(Path(pipeline.__file__).parents[1] / "rdf.py", copy / "rdf.py")
    assert version_of(copy / "extract") == extractor_version()
    mapping = copy / "rdf.py"  # what a release's graph holds: a changed mapping re-extracts too
    mapping.write_text(mapping.read_text(encoding="utf-8") + "\n# changed\n", encoding="utf-8")
    assert version_of(copy / "extract") != extractor_version()
    shutil.copy(Path(pipeline.__file__).parents[1] / "rdf.py", copy / "rdf.py")
    detect = copy / "extract" / "detect_cues.py"
    detect.write_text(
        detect.read_text(encoding="utf-8").replace(r"call\s+with|", r"call\s+with|chat\s+with|"),
        encoding="utf-8",
    )
    cue_changed = version_of(copy / "extract")
    assert cue_changed != extractor_version()
    (copy / "extract" / "models").mkdir(exist_ok=True)  # the shipped models are there already
    (copy / "extract" / "models" / "weights.bin").write_bytes(b"\0\1")
    assert version_of(copy / "extract") not in (cue_changed, extractor_version())


def test_a_changed_reference_alias_re_extracts_unchanged_releases_without_force(
    tmp_path, monkeypatch, fresh_version
):
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / SAMPLE.name)
    store_dir = tmp_path / "store"
    first, before = _ingest(folder, store_dir)
    assert first.ingested == 1 and first.reextracted == 0

    # the upgrade: Kazakhstan's preferred label changes in a copy of the reference data
    data = tmp_path / "reference"
    paths = []
    for p in loader.default_paths():
        target = data / p.parent.name / p.name
        target.parent.mkdir(parents=True, exist_ok=True)
        text = p.read_text(encoding="utf-8")
        if p.name == "countries.ttl":
            old = 'rdfs:label "Kazakhstan"@en ;\n    skos:altLabel '
            assert old in text
            text = text.replace(old, 'rdfs:label "Qazaqstan"@en ;\n    skos:altLabel "Kazakhstan"@en, ')
        target.write_text(text, encoding="utf-8")
        paths.append(target)
    monkeypatch.setattr(loader, "default_paths", lambda: sorted(paths))
    extractor_version.cache_clear()
    assert extractor_version() != first.extractor

    second, after = _ingest(folder, store_dir)
    assert (second.ingested, second.unchanged, second.reextracted) == (1, 0, 1)
    assert "1 re-extracted" in second.summary()
    # the release was made again, by the new version, and the meeting's country now reads as changed
    assert "".join(sorted(*after.values())) != "".join(sorted(*before.values()))
    assert any(second.extractor in q for q in next(iter(after.values())))
    store = EmbeddedStore(store_dir)
    try:
        names = {
            r["l"].value
            for r in store.query(
                "SELECT ?l WHERE { GRAPH ?g { ?m <https://w3id.org/dmkg/ontology#country> ?c } "
                "?c <http://www.w3.org/2000/01/rdf-schema#label> ?l }"
            )
        }
    finally:
        store.close()
    assert "Qazaqstan" in names

    # nothing changed since: nothing is extracted again
    third, again = _ingest(folder, store_dir)
    assert (third.ingested, third.unchanged, third.reextracted) == (0, 1, 0)
    assert again == after

    store = EmbeddedStore(store_dir)
    try:
        stats = store_stats(store)
    finally:
        store.close()
    assert stats.extractors == {extractor_version(): 1}
    assert f"extractor    {extractor_version()} (1 releases)" in stats.lines()


def _ingest(folder: Path, store_dir: Path):
    store = EmbeddedStore(store_dir)
    try:
        report = ingest([folder], store, workers=1)
        return report, release_graphs(store)
    finally:
        store.close()


def _doc():
    from kg.readers import read_paths

    return next(iter(read_paths([SAMPLE])))


def test_a_new_extractor_reconciles_again_though_no_release_changed(tmp_path, monkeypatch):
    """Counts go through the reconciled events: releases re-extracted by a new extractor must be
    reconciled again, though their content (and so their content hashes) did not change."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SAMPLE, folder / SAMPLE.name)

    def stages() -> list[str]:
        seen: list[str] = []
        store = EmbeddedStore(tmp_path / "store")
        try:
            ingest([folder], store, workers=1, stage=seen.append)
        finally:
            store.close()
        return seen

    assert "reconciling" in stages()
    assert "reconciling" not in stages()  # nothing changed: the reconciled graph stands
    module = sys.modules[
        extractor_version.__module__
    ]  # kg.extract.version (kg.extract.version is a function)
    monkeypatch.setattr(module, "extractor_version", lambda: extractor_version() + "-next")
    assert "reconciling" in stages()


def test_the_agents_described_are_the_extractors_the_releases_were_made_with(tmp_path, monkeypatch):
    """Two releases by one extractor, then one of them by a new one: the entities graph describes
    exactly the two extractors the releases now name (the ingest tells reconciliation which they
    are rather than asking the store again)."""
    first, second = tmp_path / "a", tmp_path / "b"
    for folder, name in ((first, SAMPLE.name), (second, "2023-05-29-tokayev-erdogan-call.txt")):
        folder.mkdir()
        shutil.copy(REPO / "data" / name, folder / name)
    query = "SELECT DISTINCT ?l WHERE { ?a a prov:SoftwareAgent ; rdfs:label ?l }"

    def ingest_and_describe(*folders: Path) -> tuple[set[str], set[str]]:
        store = EmbeddedStore(tmp_path / "store")
        try:
            ingest(list(folders), store, workers=1)
            agents = {str(r["l"]) for r in run_query(store, query).records()}
            return agents, set(store.extractor_versions().values())
        finally:
            store.close()

    old = extractor_version()
    assert ingest_and_describe(first, second) == ({old}, {old})
    for module in (
        sys.modules[extractor_version.__module__],
        pipeline,
    ):  # what the ingest and the releases say
        monkeypatch.setattr(module, "extractor_version", lambda: old + "-next")
    assert ingest_and_describe(second) == ({old, old + "-next"}, {old, old + "-next"})
