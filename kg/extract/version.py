"""The extractor's version: a name plus a digest of everything extraction depends on.

`kg.extract.rules.v2+<12 hex>`: the digest covers the source of kg/extract/** and kg/reference/**,
the lists of names and words under kg/reference/data, the mapping of a release to quads
(kg/rdf.py), the reference data files extraction loads (kg.reference.default_paths()) and any
model file shipped under kg/extract/models/. It names each release's prov:SoftwareAgent and is
part of the re-ingest skip key (kg/ingest/run.py, kg/ingest/cache.py), so a release extracted by
other code or other reference data is extracted again. Computed once per process.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable
from pathlib import Path

NAME = "kg.extract.rules.v2"
EXTRACT_DIR = Path(__file__).resolve().parent
SOURCE_SUFFIXES = (".py",)


def _files(root: Path, suffixes: tuple[str, ...] | None) -> list[Path]:
    if not root.is_dir():
        return []
    found = (p for p in root.rglob("*") if p.is_file() and "__pycache__" not in p.parts)
    return sorted(p for p in found if suffixes is None or p.suffix in suffixes)


def dependencies(
    extract_dir: Path = EXTRACT_DIR, reference_files: Iterable[Path] | None = None
) -> list[Path]:
    """The files whose bytes the version digests: code, reference data, models."""
    from kg.reference.loader import default_paths

    reference_dir = extract_dir.parent / "reference"
    mapping = extract_dir.parent / "rdf.py"  # what a release's graph holds depends on it too
    data = sorted(Path(p) for p in (default_paths() if reference_files is None else reference_files))
    return [
        *_files(extract_dir, SOURCE_SUFFIXES),
        *_files(reference_dir, SOURCE_SUFFIXES),
        *_files(reference_dir / "data", None),  # the lists of names and words extraction reads
        *([mapping] if mapping.is_file() else []),
        *data,
        *_files(extract_dir / "models", None),  # every file a learned step ships
    ]


def digest(files: Iterable[Path], base: Path | None = None) -> str:
    """12 hex digits over the files' names (relative to `base` when inside it) and bytes."""
    h = hashlib.blake2b(digest_size=6)
    for path in files:
        inside = base is not None and path.is_relative_to(base)
        name = path.relative_to(base).as_posix() if inside else path.name  # type: ignore[arg-type]
        h.update(name.encode() + b"\0")
        h.update(path.read_bytes())
        h.update(b"\0")
    return h.hexdigest()


def version_of(extract_dir: Path = EXTRACT_DIR, reference_files: Iterable[Path] | None = None) -> str:
    """The extractor version of the code in `extract_dir` with these reference files."""
    files = dependencies(extract_dir, reference_files)
    return f"{NAME}+{digest(files, extract_dir.parent)}"


@functools.lru_cache(maxsize=1)
def extractor_version() -> str:
    """The version of the running extractor (computed once per process)."""
    return version_of()
