"""Walking the paths given to `read_paths`: files as given, folders recursively, in sorted order.

Inside folders, hidden entries (a leading dot), LICENSE / README / COPYING / NOTICE files and
entries that are neither files nor folders (FIFOs, sockets, devices) are not read; with
`report_skipped` each is yielded as a `Skipped(locator, reason)`, so an ingest can count them.

Symbolic links are followed only when their target lies inside one of the given paths, unless
`follow_symlinks`; never into /proc, /sys or /dev. A link back to an enclosing folder (a loop),
a dangling link, a name that is not UTF-8 and a path too long for the system are reported as a
DocumentError and the walk goes on; a folder reached twice through links is read once. Nothing
here raises for a path, whatever its bytes or length.
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
from kg.readers.base import display_name

SKIPPED_NAMES = re.compile(r"^(LICEN[CS]E|README|COPYING|NOTICE)(\.[A-Za-z0-9]+)?$", re.I)
SYSTEM_FOLDERS = ("/proc", "/sys", "/dev")  # never walked, even with follow_symlinks


@dataclass(frozen=True)
class FoundFile:
    """A regular file to read, the root its identifier is relative to, and its size in bytes."""

    path: Path
    root: Path
    size: int


@dataclass(frozen=True)
class Skipped:
    """An entry of a folder deliberately not read, and why."""

    locator: str
    reason: str


def _is_utf8(name: str) -> bool:
    try:
        name.encode("utf-8")
    except UnicodeEncodeError:  # undecodable bytes come back from the OS as lone surrogates
        return False
    return True


def _under(path: str, folders: Iterable[str]) -> str | None:
    return next((f for f in folders if path == f or path.startswith(f.rstrip("/") + "/")), None)


def _real(path: Path) -> str:
    try:
        return os.path.realpath(path)
    except (OSError, ValueError):
        return str(path)


class _Walk:
    def __init__(self, roots: list[str], follow_symlinks: bool, report_skipped: bool) -> None:
        self.roots, self.follow, self.report = roots, follow_symlinks, report_skipped
        self.seen: set[tuple[int, int]] = set()

    def given(self, given: str | os.PathLike[str]) -> Iterator[FoundFile | DocumentError | Skipped]:
        path = Path(given)
        name = display_name(os.fspath(given))
        if not _is_utf8(os.fspath(given)):
            yield DocumentError(name, "the name is not UTF-8: rename it, skipped")
            return
        system = _under(_real(path), SYSTEM_FOLDERS)
        if system is not None:
            yield DocumentError(name, f"inside {system}: system folders are never read")
            return
        try:
            st = path.stat()
        except OSError as e:
            yield DocumentError(name, _stat_problem(path, e))
            return
        if stat.S_ISDIR(st.st_mode):
            key = (st.st_dev, st.st_ino)
            self.seen.add(key)
            yield from self.folder(path, path, frozenset({key}))
        elif stat.S_ISREG(st.st_mode):
            yield FoundFile(path, path.parent, st.st_size)
        else:
            yield DocumentError(name, "not a regular file or folder")

    def folder(
        self, folder: Path, root: Path, ancestors: frozenset[tuple[int, int]]
    ) -> Iterator[FoundFile | DocumentError | Skipped]:
        try:
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as e:
            yield DocumentError(_locator(folder, root) or ".", f"folder cannot be read: {e.strerror or e}")
            return
        for entry in entries:
            path = Path(entry.path)
            locator = _locator(path, root)
            why = self._why_not(entry, path, locator)
            if why is not None:
                if isinstance(why, DocumentError) or self.report:
                    yield why if isinstance(why, DocumentError) else Skipped(locator, why)
                continue
            try:
                st = entry.stat()  # follows symbolic links
            except OSError as e:
                yield DocumentError(locator, _stat_problem(path, e))
                continue
            if stat.S_ISDIR(st.st_mode):
                key = (st.st_dev, st.st_ino)
                if key in ancestors:
                    yield DocumentError(
                        locator, "symbolic link loop: it points back to an enclosing folder, skipped"
                    )
                elif key not in self.seen:
                    self.seen.add(key)
                    yield from self.folder(path, root, ancestors | {key})
            elif stat.S_ISREG(st.st_mode):
                yield FoundFile(path, root, st.st_size)
            elif self.report:
                yield Skipped(locator, f"not a regular file or folder ({_kind(st.st_mode)}), not read")

    def _why_not(self, entry: os.DirEntry[str], path: Path, locator: str) -> str | DocumentError | None:
        """Why an entry is not walked (a reason to count, or an error to report), or None."""
        if entry.name.startswith("."):
            return "hidden (its name starts with a dot), not read"
        if SKIPPED_NAMES.match(entry.name):
            return "a README, LICENSE, COPYING or NOTICE file, not read"
        if not _is_utf8(entry.name):
            return DocumentError(locator, "the name is not UTF-8: rename it, skipped")
        try:
            is_link = entry.is_symlink()
        except OSError:
            is_link = False
        if not is_link:
            return None
        target = _real(path)
        system = _under(target, SYSTEM_FOLDERS)
        if system is not None:
            return f"symbolic link into {system}: system folders are never read"
        if not self.follow and _under(target, self.roots) is None:
            return "symbolic link to outside the given folders, not followed (--follow-symlinks follows it)"
        return None


def _kind(mode: int) -> str:
    if stat.S_ISFIFO(mode):
        return "a FIFO"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "a special file"


def _locator(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return display_name(path.relative_to(root).as_posix())
        except ValueError:
            pass
    return display_name(os.fspath(path))


def iter_files(
    paths: Iterable[str | os.PathLike[str]], *, follow_symlinks: bool = False, report_skipped: bool = False
) -> Iterator[FoundFile | DocumentError | Skipped]:
    """Every file under `paths` (see module docstring), a DocumentError for what cannot be walked,
    and with `report_skipped` a Skipped for each entry not read on purpose."""
    paths = list(paths)
    walk = _Walk([_real(Path(p)) for p in paths], follow_symlinks, report_skipped)
    for given in paths:
        yield from walk.given(given)


def _stat_problem(path: Path, e: OSError) -> str:
    if e.errno == errno.ELOOP:
        return "symbolic link loop, skipped"
    if e.errno == errno.ENAMETOOLONG:
        return f"path too long for the system ({len(os.fsencode(path)):,} bytes), skipped"
    try:
        is_link = path.is_symlink()
    except (OSError, ValueError):
        is_link = False
    if is_link:
        return "broken symbolic link (its target does not exist)"
    if e.errno == errno.ENOENT:
        return "path does not exist"
    return f"cannot be read: {e.strerror or e}"
