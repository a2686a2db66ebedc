"""Walking the paths given to `read_paths`: files as given, folders recursively, in sorted order.

Hidden entries (a leading dot) and LICENSE / README / COPYING / NOTICE files inside folders are
skipped. Symbolic links are followed; a link back to an enclosing folder (a loop) or a dangling
link is reported as a DocumentError and the walk goes on; a folder reached twice through links
is read once.
"""

from __future__ import annotations

import errno
import os
import re
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from kg.model import DocumentError

SKIPPED_NAMES = re.compile(r"^(LICEN[CS]E|README|COPYING|NOTICE)(\.[A-Za-z0-9]+)?$", re.I)


@dataclass(frozen=True)
class FoundFile:
    """A regular file to read, the root its identifier is relative to, and its size in bytes."""

    path: Path
    root: Path
    size: int


def iter_files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[FoundFile | DocumentError]:
    """Every file under `paths` (see module docstring), or a DocumentError for what cannot be walked."""
    for given in paths:
        path = Path(given)
        try:
            st = path.stat()
        except OSError as e:
            yield DocumentError(str(given), _stat_problem(path, e))
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            yield from _walk(path, path, frozenset({key}), {key})
        elif stat.S_ISREG(st.st_mode):
            yield FoundFile(path, path.parent, st.st_size)
        else:
            yield DocumentError(str(given), "not a regular file or folder")


def _stat_problem(path: Path, e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return "symbolic link loop, skipped"
    if path.is_symlink():
        return "broken symbolic link (its target does not exist)"
    if e.errno == errno.ENOENT:
        return "path does not exist"
    return f"cannot be read: {e.strerror or e}"


def _walk(
    folder: Path, root: Path, ancestors: frozenset[tuple[int, int]], seen: set[tuple[int, int]]
) -> Iterator[FoundFile | DocumentError]:
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as e:
        yield DocumentError(
            folder.relative_to(root).as_posix() or ".", f"folder cannot be read: {e.strerror or e}"
        )
        return
    for entry in entries:
        if entry.name.startswith(".") or SKIPPED_NAMES.match(entry.name):
            continue
        path = Path(entry.path)
        try:
            st = entry.stat()  # follows symbolic links
        except OSError as e:
            yield DocumentError(path.relative_to(root).as_posix(), _stat_problem(path, e))
            continue
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            if key in ancestors:
                yield DocumentError(
                    path.relative_to(root).as_posix(),
                    "symbolic link loop: it points back to an enclosing folder, skipped",
                )
            elif key not in seen:
                seen.add(key)
                yield from _walk(path, root, ancestors | {key}, seen)
        elif stat.S_ISREG(st.st_mode):
            yield FoundFile(path, root, st.st_size)
