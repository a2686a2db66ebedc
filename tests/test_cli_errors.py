"""Every command's failure modes print one `Error:` line, never a traceback (issue 18).

Each command is driven with a bad argument, an unreachable remote store and a missing store;
the table must name every command, so a new command without an entry fails here.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.helpers import DATA

UNREACHABLE = "http://127.0.0.1:1"

# command path -> (arguments that reach the store, a bad argument set)
COMMANDS: dict[str, tuple[list[str], list[str]]] = {
    "ingest": ([str(DATA)], ["--reader", "foo", str(DATA)]),
    "export": ([], ["--format", "foo"]),
    "stats": ([], ["extra-argument"]),
    "build": ([str(DATA), "-q", "-o", "{tmp}/out"], ["{tmp}/no-such-folder"]),
    "query": (["SELECT * WHERE { ?s ?p ?o } LIMIT 1"], ["SELEC ?s WHERE { ?s ?p ?o }"]),
    "ask": (["who-met", "Tokayev"], ["no-such-question"]),
    "graph path": (["Tokayev", "Putin"], ["Tokayev", "Putin", "--since", "yesterday"]),
    "graph ego": (["Tokayev"], ["Tokayev", "--hops", "many"]),
    "graph centrality": ([], ["--by", "charm"]),
    "graph communities": ([], ["--method", "astrology"]),
    "graph export": (["-o", "{tmp}/g.graphml"], ["-o", "{tmp}/g.graphml", "--format", "png"]),
    "timeline": (["Tokayev"], ["Tokayev", "--mode", "telepathy"]),
    "viz": (["-o", "{tmp}/g.html"], ["-o", "{tmp}/g.html", "--since", "2024-13-45"]),
    "viz timeline": (["Tokayev", "-o", "{tmp}/t.html"], ["Tokayev"]),
    "eval": (["{tmp}/gold.jsonl", str(DATA)], ["{tmp}/no-such-gold.jsonl", str(DATA)]),
    "serve": ([], ["--port", "many"]),
    "validate": ([], ["--max-examples", "-3"]),
    "reconcile": ([], ["--list", "extra"]),
}


def _command_paths() -> list[str]:
    import click

    paths = []
    for name, cmd in main.commands.items():
        if not isinstance(cmd, click.Group) or cmd.invoke_without_command:
            paths.append(name)
        if isinstance(cmd, click.Group):
            paths += [f"{name} {sub}" for sub in cmd.commands]
    return paths


def _run(store: str, command: str, args: list[str], tmp: Path) -> tuple[int, str]:
    argv = ["--store", store, *command.split(), *[a.replace("{tmp}", str(tmp)) for a in args]]
    result = CliRunner().invoke(main, argv)
    return result.exit_code, result.output


def _assert_one_error_line(code: int, output: str, what: str) -> None:
    assert "Traceback" not in output, f"{what}:\n{output}"
    assert code != 0, f"{what} should fail:\n{output}"
    errors = [line for line in output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 1, f"{what}: expected one Error: line:\n{output}"


def test_every_command_is_in_the_table() -> None:
    assert sorted(_command_paths()) == sorted(COMMANDS)


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_bad_argument_is_one_error_line(command: str, tmp_path: Path) -> None:
    code, output = _run(str(tmp_path / "store"), command, COMMANDS[command][1], tmp_path)
    _assert_one_error_line(code, output, f"kg {command} with a bad argument")


@pytest.mark.parametrize("command", sorted(set(COMMANDS) - {"eval"}))
def test_unreachable_remote_store_is_one_error_line(command: str, tmp_path: Path) -> None:
    code, output = _run(UNREACHABLE, command, COMMANDS[command][0], tmp_path)
    _assert_one_error_line(code, output, f"kg --store {UNREACHABLE} {command}")


# ingest, build and reconcile create a store where there is none: for them a missing store is fine
@pytest.mark.parametrize("command", sorted(set(COMMANDS) - {"eval", "ingest", "build", "reconcile"}))
def test_missing_store_is_one_error_line(command: str, tmp_path: Path) -> None:
    code, output = _run(str(tmp_path / "missing"), command, COMMANDS[command][0], tmp_path)
    _assert_one_error_line(code, output, f"kg --store <missing> {command}")
    assert not (tmp_path / "missing").exists(), "a read-only command created a store"


def test_store_under_a_file_is_one_error_line(tmp_path: Path) -> None:
    """Creating a store where a file is in the way: the writing commands fail in one line too."""
    (tmp_path / "file").write_text("not a folder", encoding="utf-8")
    for command in ("ingest", "reconcile"):
        code, output = _run(str(tmp_path / "file" / "store"), command, COMMANDS[command][0], tmp_path)
        _assert_one_error_line(code, output, f"kg {command} into a store under a file")
