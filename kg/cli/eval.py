"""`kg eval GOLD.jsonl PATH...`: measure extraction against a gold key (thin layer over kg.eval)."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.model import KgError


@click.command("eval")
@click.argument("gold", type=click.Path(exists=True, dir_okay=False, path_type=str))
@click.argument("paths", nargs=-1, required=True, type=click.Path(exists=True, path_type=str))
@click.option("--show-errors", is_flag=True, help="Print each document's misses.")
@click.option(
    "--json", "json_out", type=click.Path(dir_okay=False), help="Also write the figures as JSON here."
)
@click.option("--workers", type=int, help="Extraction processes (default: one per core).")
def eval_cmd(
    gold: str, paths: tuple[str, ...], show_errors: bool, json_out: str | None, workers: int | None
) -> None:
    """Extract PATHS into a temporary store and score the result against the GOLD key.

    Prints precision / recall / F1 per field (accuracy for date, mode, venue, event), with
    the definitions of the project's reference scorer."""
    from kg.eval import evaluate

    try:
        card = evaluate(gold, paths, workers=workers)
    except KgError as e:
        raise click.ClickException(str(e)) from e
    if show_errors and card.errors:
        click.echo(card.error_report())
    click.echo(card.table())
    if json_out:
        Path(json_out).write_text(json.dumps(card.figures(), indent=2), encoding="utf-8")


COMMANDS = [eval_cmd]
