"""Lists of names and words extraction reads that are no entities of the ontology's Turtle files:
the words of titles and bodies that are never a person's name, presidential offices named as a
release's source, international organizations' own sites, the parts of a publisher's state named like
a foreign state. Each is a TOML file of kg/reference/data, read once.
"""

from __future__ import annotations

import functools
import tomllib
from importlib import resources
from typing import Any

from kg.model import KgError

DATA = "data"


@functools.cache
def reference_list(name: str) -> dict[str, Any]:
    """The tables of the list file `name` (kg/reference/data/<name>.toml)."""
    path = resources.files("kg.reference") / DATA / f"{name}.toml"
    try:
        with path.open("rb") as f:
            return tomllib.load(f)
    except (OSError, tomllib.TOMLDecodeError) as e:
        raise KgError(f"cannot read reference list {name}: {e}") from e


def words(name: str, key: str) -> tuple[str, ...]:
    """The words of a list written as one string of words separated by white space."""
    return tuple(reference_list(name)[key].split())


def mapping(name: str, key: str) -> dict[str, str]:
    """A table of names to codes (in the file's order)."""
    return dict(reference_list(name)[key])
