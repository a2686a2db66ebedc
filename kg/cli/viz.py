"""`kg viz`: write the interactive HTML explorer of the graph, and `kg viz timeline` pictures."""

from __future__ import annotations

import click

from kg.cli.common import open_store_from_context
from kg.model import KgError


def _iso_date(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    if value is None:
        return None
    from datetime import date

    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise click.BadParameter(f"{value!r} is not a date like 2024-05-31") from None


@click.group("viz", invoke_without_command=True)
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    default="graph.html",
    show_default=True,
    help="HTML file to write.",
)
@click.option(
    "--view",
    type=click.Choice(["full", "meetings", "people", "countries"]),
    default="full",
    show_default=True,
    help="full: meetings, entities and their links; meetings: the bipartite "
    "meeting-entity graph; people: who met whom; countries: which countries met.",
)
@click.option(
    "--focus", metavar="NAME", help="Keep only the neighbourhood of this node (name, alias or IRI)."
)
@click.option(
    "--hops",
    type=click.IntRange(min=0),
    default=1,
    show_default=True,
    help="Size of the --focus neighbourhood, in links.",
)
@click.option(
    "--since", metavar="YYYY-MM-DD", callback=_iso_date, help="Only meetings on or after this date."
)
@click.option(
    "--until", metavar="YYYY-MM-DD", callback=_iso_date, help="Only meetings on or before this date."
)
@click.option("--country", metavar="ISO", help="Only meetings with this country (ISO 3166-1 alpha-2).")
@click.option("--topic", help="Only meetings on this topic (notation or label; narrower topics count).")
@click.option("--framework", help="Only meetings referencing this framework (label or alias).")
@click.option(
    "--mode", type=click.Choice(["in_person", "phone", "video"]), help="Only meetings held this way."
)
@click.option("--title", help="Title shown on the page.")
@click.pass_context
def viz(ctx: click.Context, output: str, title: str | None, **options: object) -> None:
    """Write an interactive graph explorer as one self-contained HTML file.

    The page works offline and from any folder: search box, filters by node type and date, hover
    summaries and a details panel with the evidence sentences and source links.
    """
    if ctx.invoked_subcommand is not None:
        return
    from kg.viz.graph import ViewOptions
    from kg.viz.page import write_html_view

    store = open_store_from_context(ctx, read_only=True)
    try:
        graph = write_html_view(store, output, ViewOptions(**options), title=title)  # type: ignore[arg-type]
    except KgError as e:
        raise click.ClickException(str(e)) from e
    finally:
        store.close()
    from kg.viz.overview import overview

    first = overview(graph)
    shown = f"; opens on the {len(first.nodes)} best-connected people and countries" if first else ""
    click.echo(f"{len(graph.nodes)} nodes, {len(graph.edges)} links -> {output}{shown}")


@viz.command("timeline")
@click.argument("name")
@click.option(
    "-o",
    "--output",
    type=click.Path(dir_okay=False),
    required=True,
    help="Output file: .png for a picture, anything else for an HTML page.",
)
@click.pass_context
def timeline(ctx: click.Context, name: str, output: str) -> None:
    """Draw the meetings of a person, country or organization over time, one lane per counterpart.

    The same timeline as `kg timeline NAME --html OUTPUT` (without the table), which also takes
    --since, --until, --topic, --framework and --mode."""
    from kg.cli.graph import timeline_rows, write_timeline_picture

    store = open_store_from_context(ctx, read_only=True)
    try:
        rows = timeline_rows(store, name)
        write_timeline_picture(rows, output, name)
    except KgError as e:
        raise click.ClickException(str(e)) from e
    finally:
        store.close()
    click.echo(f"{len(rows)} meetings -> {output}")


COMMANDS = [viz]
