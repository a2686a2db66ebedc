"""Ingest's progress tells the final stages, and the summary's counts add up with the bar's (issue 18)."""

from __future__ import annotations

import shutil
from pathlib import Path

from kg.ingest import ingest
from kg.readers import count_documents
from kg.store import EmbeddedStore
from tests.helpers import DATA


def corpus_with_trouble(root: Path) -> Path:
    """The sample releases, one of them twice (a copy in a sub-folder) and one empty Markdown file."""
    folder = root / "corpus"
    shutil.copytree(DATA, folder)
    (folder / "again").mkdir()
    shutil.copy(folder / "2025-02-14-tokayev-japarov-video.txt", folder / "again")
    (folder / "empty.md").write_text("---\ntitle: nothing\n---\n", encoding="utf-8")
    return folder


def test_summary_counts_add_up_with_the_progress_count(tmp_path: Path) -> None:
    folder = corpus_with_trouble(tmp_path)
    ticks: list[int] = []
    stages: list[str] = []
    store = EmbeddedStore(tmp_path / "store")
    try:
        report = ingest([folder], store, workers=1, progress=ticks.append, stage=stages.append)
    finally:
        store.close()
    assert report.failed, "the empty file is reported"
    assert sum(ticks) == report.documents == count_documents([folder])
    assert report.documents == report.ingested + report.unchanged + report.repeated + len(report.failed)
    assert report.summary().startswith(f"{report.documents} documents read: {report.ingested} ingested, ")
    assert f"{len(report.failed)} failed" in report.summary()
    assert stages[:2] == ["writing", "reconciling"]


def test_a_second_ingest_counts_everything_unchanged(tmp_path: Path) -> None:
    store = EmbeddedStore(tmp_path / "store")
    try:
        first = ingest([DATA], store, workers=1)
        stages: list[str] = []
        second = ingest([DATA], store, workers=1, stage=stages.append)
    finally:
        store.close()
    assert second.documents == first.documents == second.unchanged
    assert "compacting" not in stages
