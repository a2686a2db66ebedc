"""Named questions: the SPARQL files beside this module, and the Python that reads and asks them.

Each `kg/queries/NAME.rq` is plain SPARQL a user can copy into any endpoint client. Its header
comment documents it: the first line is the summary, then prose, then one line per parameter:

    # param NAME: TYPE[?] [= DEFAULT] doc

TYPE is a value type (str, int, float, bool, date, iri) or entity kinds ("person|country"), whose
values are names resolved to IRIs by label (kg.resolve); `?` marks an optional parameter. `ask`
binds the values to the query's variables with `kg.query.run_query` (never pasted into the text).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib.resources import files

import pyoxigraph as ox

from kg.model import KgError
from kg.query import run_query
from kg.resolve import resolve
from kg.results import QueryResult
from kg.sparql import ParamValue, Term, to_term
from kg.store import Store

__all__ = ["Param", "Question", "ask", "bind_arguments", "get_question", "parse_question", "questions"]

_PARAM_LINE = re.compile(r"^#\s*param\s+(\w+)\s*:\s*([\w|]+)(\?)?\s*(?:=\s*(\S+))?\s*(.*)$")
VALUE_TYPES = ("str", "int", "float", "bool", "date", "iri")


@dataclass(frozen=True)
class Param:
    """A parameter of a named question: its name, type (a value type or entity kinds), default."""

    name: str
    type: str  # "date", "int", "str", "iri", … or entity kinds "person|country"
    optional: bool
    default: str | None
    doc: str

    @property
    def kinds(self) -> tuple[str, ...]:
        return () if self.type in VALUE_TYPES else tuple(self.type.split("|"))

    def describe(self) -> str:
        """One line: name, type, whether optional, default and what it is."""
        opt = " (optional)" if self.optional else ""
        default = f" [default: {self.default}]" if self.default else ""
        return f"{self.name:<10} {self.type}{opt}{default}  {self.doc}"


@dataclass(frozen=True)
class Question:
    """A named SPARQL question: its text, one-line summary, longer doc and parameters."""

    name: str
    summary: str
    doc: str
    params: tuple[Param, ...]
    sparql: str

    def usage(self) -> str:
        """The parameters as a command line shows them: required ones by name, optional ones as --name."""
        return " ".join(p.name.upper() if not p.optional else f"[--{p.name}]" for p in self.params)

    def describe(self) -> str:
        """The question in full: summary, prose and one line per parameter."""
        lines = [f"{self.name}: {self.summary}", "", self.doc, ""]
        return "\n".join(lines + [f"  {p.describe()}" for p in self.params])


def parse_question(name: str, text: str) -> Question:
    """Read the header comment of a .rq file.

    First line: the summary; then prose; `# param NAME: TYPE[?] [= DEFAULT] doc` per parameter."""
    header = []
    for line in text.splitlines():
        if not line.startswith("#"):
            break
        header.append(line)
    params = tuple(
        Param(m[1], m[2], bool(m[3]) or m[4] is not None, m[4], m[5].strip())
        for m in (_PARAM_LINE.match(h) for h in header)
        if m
    )
    prose = [h.lstrip("#").strip() for h in header if not _PARAM_LINE.match(h)]
    summary = prose[0] if prose else name
    return Question(name, summary, "\n".join(prose[1:]).strip(), params, text)


def questions() -> dict[str, Question]:
    """All named questions shipped in kg/queries, by name (file stem)."""
    out = {}
    for entry in sorted(files(__name__).iterdir(), key=lambda e: e.name):
        if entry.name.endswith(".rq"):
            name = entry.name[:-3]
            out[name] = parse_question(name, entry.read_text(encoding="utf-8"))
    return out


def get_question(name: str) -> Question:
    """The named question `name` (reads only its own file; the list only to report an unknown name)."""
    entry = files(__name__) / f"{name}.rq"
    if re.fullmatch(r"[A-Za-z0-9_-]+", name) and entry.is_file():
        return parse_question(name, entry.read_text(encoding="utf-8"))
    qs = questions()
    if name not in qs:
        raise KgError(f"no question called {name!r}; known: {', '.join(qs)} (see kg ask --list)")
    return qs[name]


def bind_arguments(
    question: Question, positional: Sequence[str] = (), named: Mapping[str, str] | None = None
) -> dict[str, str]:
    """Named values, with positional values given to the parameters not named, in header order."""
    values = dict(named or {})
    unknown = [k for k in values if k not in {p.name for p in question.params}]
    if unknown:
        raise KgError(
            f"{question.name} has no parameter {', '.join(unknown)}; "
            f"its parameters: {', '.join(p.name for p in question.params)}"
        )
    free = [p.name for p in question.params if p.name not in values]
    if len(positional) > len(free):
        raise KgError(f"too many values for {question.name}: {' '.join(positional)}")
    values.update(zip(free, positional, strict=False))
    return values


def ask(store: Store, name: str, values: Mapping[str, ParamValue] | None = None) -> QueryResult:
    """Run a named question; names of people, countries… are resolved to IRIs by label."""
    question = get_question(name)
    given = dict(values or {})
    bound: dict[str, Term] = {}
    for p in question.params:
        value = given.get(p.name, p.default)
        if value is None or value == "":
            if not p.optional:
                raise KgError(f"{name} needs {p.name} ({p.doc or p.type})")
            continue
        if p.kinds and isinstance(value, str):
            bound[p.name] = ox.NamedNode(resolve(store, value, p.kinds))
        else:
            bound[p.name] = to_term(
                value, None if not isinstance(value, str) else (p.type if not p.kinds else "iri")
            )
    return run_query(store, question.sparql, bound)
