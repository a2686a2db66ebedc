"""Core commands: ingest, export, stats and build (the main job)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.common import open_store_from_context as _open
from kg.ingest import ingest
from kg.model import KgError
from kg.readers import count_documents, get_reader
from kg.readers.base import display_name
from kg.stats import store_stats
from kg.store import RDF_FORMATS, dump


def _one_line(s: str) -> str:

    return display_name(s)


def _run_ingest(
    store, paths, reader, workers, force, report_file, quiet, doc_timeout=30.0, follow_symlinks=False
) -> int:
    """Ingest with a progress bar on standard error that names the final stages, then the summary."""
    import logging

    from tqdm import tqdm

    logging.basicConfig(level=logging.WARNING, format="warning: %(message)s")
    if reader is not None:
        get_reader(reader)  # an unknown reader fails before anything is counted
    total = None if quiet else count_documents(paths, reader)
    bar = tqdm(desc="reading", unit=" doc", total=total, disable=quiet or None, file=sys.stderr)

    def stage(name: str) -> None:
        bar.set_description(name)
        bar.refresh()

    try:
        report = ingest(
            paths,
            store,
            reader=reader,
            workers=workers,
            force=force,
            progress=bar.update,
            stage=stage,
            doc_timeout=doc_timeout or None,
            follow_symlinks=follow_symlinks,
        )
        if total is not None and bar.n != total:  # the count was an estimate: end the bar at the truth
            bar.total = bar.n
        bar.set_description("done")
    finally:
        bar.close()
    for err in report.failed:
        click.echo(f"error: {_one_line(err.locator)}: {_one_line(err.reason)}", err=True)
    for skip in report.skipped:
        click.echo(f"skipped: {_one_line(skip.locator)}: {_one_line(skip.reason)}", err=True)
    if report_file:
        Path(report_file).write_text(
            "".join(f"{_one_line(e.locator)}\t{_one_line(e.reason)}\n" for e in report.failed),
            encoding="utf-8",
        )
    click.echo(report.summary())
    return 0 if report.ok else 1


@click.command("ingest")
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=str))
@click.option(
    "--reader",
    help="Force one reader for every file: akorda, whitehouse, markdown, kremlin-csv, ukraine-csv, csv, "
    "html or jsonl (default: chosen by each file's name and content; see 'Readers' in the README).",
)
@click.option("--workers", type=int, help="Extraction processes (default: one per core).")
@click.option("--force", is_flag=True, help="Re-extract releases even when unchanged.")
@click.option(
    "--doc-timeout",
    type=float,
    default=30.0,
    show_default=True,
    help="Seconds one document may take to read and extract before it is skipped (0: no limit).",
)
@click.option(
    "--follow-symlinks",
    is_flag=True,
    help="Follow symbolic links out of the given folders (never into /proc, /sys, /dev).",
)
@click.option(
    "--report",
    "report_file",
    type=click.Path(dir_okay=False),
    help="Write the failed documents and reasons to this file (tab-separated).",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
def ingest_cmd(ctx, paths, reader, workers, force, doc_timeout, follow_symlinks, report_file, quiet):
    """Ingest release files or folders (any supported format) into the store.

    Broken documents are reported by name with the reason and skipped; the rest go in. The exit
    code is 1 when any document failed.
    """
    store = _open(ctx)
    code = _run_ingest(store, paths, reader, workers, force, report_file, quiet, doc_timeout, follow_symlinks)
    store.close()
    ctx.exit(code)


@click.command("export")
@click.option(
    "--format",
    "fmt",
    default="turtle",
    show_default=True,
    type=click.Choice(RDF_FORMATS),
    help="RDF serialization.",
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Output file (default: standard output)."
)
@click.pass_context
def export_cmd(ctx, fmt, output):
    """Export the whole graph as RDF (quad formats keep each release's named graph)."""

    store = _open(ctx, read_only=True)
    try:
        if output:
            dump(store, output, fmt)
        else:
            sys.stdout.buffer.write(dump(store, None, fmt) or b"")
    except KgError as e:
        raise click.ClickException(str(e)) from e


@click.command("stats")
@click.pass_context
def stats_cmd(ctx):
    """Counts of releases, meetings by status and mode, and entities in the store."""

    store = _open(ctx, read_only=True)
    for line in store_stats(store).lines():
        click.echo(line)


@click.command("build")
@click.argument("paths", nargs=-1, type=click.Path(path_type=str))
@click.option(
    "-o",
    "--out",
    "out_dir",
    default="out",
    show_default=True,
    type=click.Path(file_okay=False),
    help="Folder for graph.ttl and graph.html.",
)
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
@click.pass_context
def build_cmd(ctx, paths, out_dir, quiet):
    """The main job: ingest PATHS (default: the sample releases in ./data), write the graph as
    Turtle and an interactive HTML view, and print what was found."""
    from kg.build import build

    paths = paths or ("data",)
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        raise click.ClickException(
            f"{', '.join(missing)} not found: run kg build from the project folder or give the release "
            "folders."
        )
    store = _open(ctx)
    code = _run_ingest(store, paths, None, None, False, None, quiet)
    try:
        result = build(store, Path(out_dir))
    except KgError as e:
        raise click.ClickException(str(e)) from e
    for line in result.lines():
        click.echo(line)
    ctx.exit(code)


COMMANDS = [ingest_cmd, export_cmd, stats_cmd, build_cmd]
