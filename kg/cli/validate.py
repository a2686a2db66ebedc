"""`kg validate`: check the store against the SHACL shapes and print a readable report."""

from __future__ import annotations

import click

from kg.model import KgError


@click.command("validate")
@click.option(
    "--max-examples",
    type=click.IntRange(min=0),
    default=5,
    show_default=True,
    help="Focus nodes shown for each kind of problem.",
)
@click.pass_context
def validate(ctx: click.Context, max_examples: int) -> None:
    """Validate the graph in the store against the ontology's SHACL shapes.

    Prints the problems grouped by shape, with a few example nodes each. The exit code is 1 when
    there is any violation (warnings alone exit 0).
    """
    from kg.validate import validate_store

    try:
        report = validate_store(ctx.obj["store"], max_examples=max_examples)
    except KgError as e:
        raise click.ClickException(str(e)) from e
    click.echo(report.text)
    ctx.exit(0 if report.conforms else 1)


COMMANDS = [validate]
