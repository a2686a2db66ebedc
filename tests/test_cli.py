"""The command line: help everywhere, `python -m kg` equals `kg`, the main job end to end."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.helpers import DATA


def _all_commands(group: click.Group, prefix: tuple[str, ...] = ()):
    for name, cmd in sorted(group.commands.items()):
        yield prefix + (name,), cmd
        if isinstance(cmd, click.Group):
            yield from _all_commands(cmd, prefix + (name,))


COMMANDS = list(_all_commands(main))


def test_the_core_commands_exist():
    names = {path[0] for path, _ in COMMANDS}
    assert {"ingest", "export", "stats", "build"} <= names


@pytest.mark.parametrize("path", [p for p, _ in COMMANDS], ids=[" ".join(p) for p, _ in COMMANDS])
def test_every_command_has_help(path):
    result = CliRunner().invoke(main, [*path, "--help"], catch_exceptions=False)
    assert result.exit_code == 0
    assert "Usage:" in result.output
    cmd = dict(COMMANDS)[path]
    assert (cmd.help or "").strip(), f"kg {' '.join(path)} has no help text"


def test_python_dash_m_kg_is_the_same_command():
    proc = subprocess.run([sys.executable, "-m", "kg", "--help"], capture_output=True, text=True)
    assert proc.returncode == 0

    def commands(text: str) -> list[str]:
        section = text.split("Commands:", 1)[1]
        return [line.split()[0] for line in section.splitlines() if line.startswith("  ") and line.strip()]

    assert proc.stdout.startswith("Usage: kg [OPTIONS] COMMAND [ARGS]...")
    assert commands(proc.stdout) == commands(CliRunner().invoke(main, ["--help"], prog_name="kg").output)


def test_store_location_comes_from_the_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("KG_STORE", str(tmp_path / "envstore"))
    result = CliRunner().invoke(main, ["ingest", "-q", str(DATA)], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    assert (tmp_path / "envstore").is_dir()


def test_build_writes_turtle_and_html_and_prints_what_it_found(tmp_path):
    out = tmp_path / "out"
    result = CliRunner().invoke(
        main,
        ["--store", str(tmp_path / "s"), "build", "-q", "-o", str(out), str(DATA)],
        catch_exceptions=False,
    )
    assert result.exit_code == 0, result.output
    assert "meetings" in result.output
    import rdflib

    g = rdflib.Graph().parse(out / "graph.ttl", format="turtle")
    assert len(g) > 100
    html = (out / "graph.html").read_text(encoding="utf-8")
    assert "<html" in html.lower()
    assert 'src="http' not in html and 'href="http' not in html  # self-contained: nothing loaded from the web


def test_export_to_standard_output(tmp_path):
    runner = CliRunner()
    runner.invoke(main, ["--store", str(tmp_path / "s"), "ingest", "-q", str(DATA)], catch_exceptions=False)
    result = runner.invoke(
        main, ["--store", str(tmp_path / "s"), "export", "--format", "nt"], catch_exceptions=False
    )
    assert result.exit_code == 0
    assert result.output.count(" .\n") > 100
