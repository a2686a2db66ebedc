"""`kg eval GOLD.jsonl PATH...`: measure extraction against a gold key (thin layer over kg.eval);
`kg eval --key all --split validation --by-source`: the project's whole key in-process (kg.evalset);
`kg eval --agreement`: the second annotator's key scored against the first's."""

from __future__ import annotations

import json
from pathlib import Path

import click

from kg.model import KgError


@click.command("eval")
@click.argument("gold", required=False, type=click.Path(exists=True, dir_okay=False, path_type=str))
@click.argument("paths", nargs=-1, type=click.Path(exists=True, path_type=str))
@click.option("--show-errors", is_flag=True, help="Print each document's misses.")
@click.option(
    "--json", "json_out", type=click.Path(dir_okay=False), help="Also write the figures as JSON here."
)
@click.option("--workers", type=int, help="Extraction processes (default: one per core).")
@click.option(
    "--key",
    type=click.Choice(["dev", "project", "all"]),
    help="Score the project's key in-process instead of GOLD PATH... (dev key, eval/annotations, both).",
)
@click.option("--split", type=click.Choice(["train", "validation", "all"]), default="all", show_default=True)
@click.option("--by-source", is_flag=True, help="With --key: one table per source as well.")
@click.option(
    "--extractor",
    type=click.Choice(["default", "detect", "rules"]),
    default="default",
    show_default=True,
    help="With --key: the extractor as shipped (learned steps on), the rules with learned detection only, "
    "or the rules alone.",
)
@click.option("--agreement", is_flag=True, help="Score the second annotator's key against the first's.")
def eval_cmd(
    gold: str | None,
    paths: tuple[str, ...],
    show_errors: bool,
    json_out: str | None,
    workers: int | None,
    key: str | None,
    split: str,
    by_source: bool,
    extractor: str,
    agreement: bool,
) -> None:
    """Extract PATHS into a temporary store and score the result against the GOLD key.

    Prints precision / recall / F1 per field (accuracy for date, mode, venue, event), with
    the definitions of the project's reference scorer. With --key, the keyed documents are read
    from the shared material and extracted in-process, per split (and per source)."""
    figures: dict
    if agreement:
        from kg import evalset

        card = evalset.agreement()
        click.echo(f"second annotator vs first, {len(evalset.read_gold(evalset.SECOND))} documents")
        if show_errors and card.errors:
            click.echo(card.error_report())
        click.echo(card.table())
        figures = card.figures() | card.planned_figures()
    elif key:
        figures = _key_figures(key, split, by_source, extractor, show_errors)
    else:
        if not gold or not paths:
            raise click.UsageError("give GOLD and PATH..., or --key, or --agreement")
        from kg.eval import evaluate

        try:
            card = evaluate(gold, paths, workers=workers)
        except KgError as e:
            raise click.ClickException(str(e)) from e
        if show_errors and card.errors:
            click.echo(card.error_report())
        click.echo(card.table())
        for failure in card.failed:
            click.echo(f"not ingested (scored as finding nothing): {failure}", err=True)
        figures = card.figures() | card.planned_figures()
    if json_out:
        Path(json_out).write_text(json.dumps(figures, indent=2), encoding="utf-8")


def _key_figures(key: str, split: str, by_source: bool, extractor: str, show_errors: bool) -> dict:
    from kg import evalset

    if not evalset.available():
        raise click.ClickException(f"the shared material is absent ({evalset.SHARED})")
    rows = evalset.load_key(key, None if split == "all" else split)
    docs = evalset.read_documents(rows)
    result = evalset.measure(rows, docs, evalset.extractor_named(extractor), by_source)
    for name, card in result.cards.items():
        click.echo(f"== {name} ({result.counts[name]} documents, extractor: {extractor})")
        if show_errors and card.errors and "/" not in name:
            click.echo(card.error_report())
        click.echo(card.table())
    return result.figures()


COMMANDS = [eval_cmd]
