"""Network commands: `kg graph path|ego|centrality|communities|export` and `kg timeline`."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

import click

from kg.cli.common import max_width_option
from kg.cli.common import open_store_from_context as _open
from kg.model import KgError
from kg.query import format_table, iri_text, meeting_summaries
from kg.resolve import resolve

KIND = click.option(
    "--kind",
    default="person",
    show_default=True,
    type=click.Choice(["person", "country", "organization"]),
    help="Whose network: people, countries or organizations.",
)


def filter_options(func: Callable[..., Any]) -> Callable[..., Any]:
    """--since, --until, --topic, --mode and --framework, written once for every network command."""
    date = click.DateTime(formats=["%Y-%m-%d"])
    options = [
        click.option("--since", type=date, help="Only meetings on or after this day (YYYY-MM-DD)."),
        click.option("--until", type=date, help="Only meetings on or before this day (YYYY-MM-DD)."),
        click.option("--topic", help="Only meetings on this topic or a narrower one (name or notation)."),
        click.option("--framework", help="Only meetings referencing this framework (name or acronym)."),
        click.option(
            "--mode", type=click.Choice(["in_person", "phone", "video"]), help="Only meetings held so."
        ),
    ]
    for option in reversed(options):
        func = option(func)
    return func


def _filters(store, kw: dict[str, Any]):
    from kg.analytics import make_filters

    return make_filters(
        store,
        kw["since"].date() if kw["since"] else None,
        kw["until"].date() if kw["until"] else None,
        kw["topic"],
        kw["framework"],
        kw["mode"],
    )


def _with_store(func: Callable[..., Any]) -> Callable[..., Any]:
    """Open the store read-only, pass it on, close it, and turn KgError into a CLI error."""

    @functools.wraps(func)
    @click.pass_context
    def wrapper(ctx: click.Context, *args: Any, **kw: Any) -> Any:
        store = _open(ctx, read_only=True)
        try:
            return func(store, *args, **kw)
        except KgError as e:
            raise click.ClickException(str(e)) from e
        finally:
            store.close()

    return wrapper


def _label(g, node: str) -> str:
    return g.nodes[node].get("label", node) if node in g else node


@click.group("graph")
def graph_group():
    """Analyse the network of who met whom (paths, ego networks, centrality, communities, export)."""


@graph_group.command("path")
@click.argument("source")
@click.argument("target")
@KIND
@click.option("--limit", default=5, show_default=True, help="At most this many shortest chains.")
@filter_options
@_with_store
def path_cmd(store, source, target, kind, limit, **kw):
    """Shortest chains of meetings from SOURCE to TARGET, with the meetings on each hop (date,
    label and IRI, ready to paste into kg query)."""
    from kg.analytics import network, shortest_paths

    a, b = resolve(store, source, (kind,)), resolve(store, target, (kind,))
    g = network(store, kind, _filters(store, kw))
    paths = shortest_paths(g, a, b, limit)
    if not paths:
        raise KgError(f"no chain of meetings links {_label(g, a)} and {_label(g, b)}")
    about = meeting_summaries(store, [m for path in paths for hop in path for m in hop.meetings])
    for i, path in enumerate(paths, 1):
        click.echo(f"chain {i} ({len(path)} hop{'s' if len(path) > 1 else ''}):")
        for hop in path:
            n = len(hop.meetings)
            click.echo(
                f"  {_label(g, hop.source)} -> {_label(g, hop.target)} ({n} meeting{'s' if n > 1 else ''})"
            )
            for m in sorted(hop.meetings, key=lambda m: (about[m][0], m)):
                date, label = about[m]
                click.echo(f"      {date or '?':10}  {label or '(no label)'}  {iri_text(m)}")


@graph_group.command("ego")
@click.argument("name")
@click.option("--hops", default=1, show_default=True, help="How many steps out.")
@KIND
@click.option("-o", "--output", type=click.Path(dir_okay=False), help="Also write it (.graphml or .gexf).")
@max_width_option
@filter_options
@_with_store
def ego_cmd(store, name, hops, kind, output, max_width, **kw):
    """The network around NAME: everyone within --hops meetings, nearest first."""
    import networkx as nx

    from kg.analytics import ego, network

    center = resolve(store, name, (kind,))
    sub = ego(network(store, kind, _filters(store, kw)), center, hops)
    dist = nx.single_source_shortest_path_length(sub, center)
    rows = sorted(
        ((d, _label(sub, n), n) for n, d in dist.items() if n != center), key=lambda r: (r[0], r[1])
    )
    weight = {n: sub.edges[center, n]["weight"] for n in sub.neighbors(center)}
    click.echo(
        format_table(
            ["hops", "name", "meetings", "iri"],
            [[str(d), lab, str(weight.get(n, "")), iri_text(n)] for d, lab, n in rows],
            max_width,
        ),
        nl=False,
    )
    if output:
        from kg.export import write_network

        write_network(sub, output, "gexf" if output.endswith(".gexf") else "graphml")


@graph_group.command("centrality")
@KIND
@click.option("--top", default=10, show_default=True, help="Show this many (0: all).")
@click.option(
    "--by",
    default="degree",
    show_default=True,
    type=click.Choice(["degree", "betweenness", "eigenvector", "meetings"]),
    help="Rank by.",
)
@max_width_option
@filter_options
@_with_store
def centrality_cmd(store, kind, top, by, max_width, **kw):
    """Who is central: degree, betweenness and eigenvector centrality in the network."""
    from kg.analytics import centrality, network

    rows = centrality(network(store, kind, _filters(store, kw)), top or None, by)
    click.echo(
        format_table(
            ["name", "meetings", "degree", "betweenness", "eigenvector"],
            [
                [
                    str(r["label"]),
                    str(r["meetings"]),
                    f"{r['degree']:.3f}",
                    f"{r['betweenness']:.3f}",
                    f"{r['eigenvector']:.3f}",
                ]
                for r in rows
            ],
            max_width,
        ),
        nl=False,
    )


@graph_group.command("communities")
@KIND
@click.option(
    "--method",
    default="greedy",
    show_default=True,
    type=click.Choice(["greedy", "louvain"]),
    help="Greedy modularity or Louvain (seeded, so repeatable).",
)
@filter_options
@_with_store
def communities_cmd(store, kind, method, **kw):
    """Groups that meet among themselves more than with others."""
    from kg.analytics import communities, network

    g = network(store, kind, _filters(store, kw))
    for i, members in enumerate(communities(g, method), 1):
        click.echo(f"{i} ({len(members)}): " + ", ".join(_label(g, n) for n in members))


@graph_group.command("export")
@click.option("--format", "fmt", default="graphml", show_default=True, type=click.Choice(["graphml", "gexf"]))
@click.option("-o", "--output", required=True, type=click.Path(dir_okay=False), help="Output file.")
@click.option(
    "--kind",
    default="person",
    show_default=True,
    type=click.Choice(["person", "country", "organization", "meeting"]),
    help="Co-participation network of people/countries/organizations, or the bipartite meeting graph.",
)
@filter_options
@_with_store
def export_cmd(store, fmt, output, kind, **kw):
    """Write the network as GraphML or GEXF for Gephi, Cytoscape or yEd."""
    from kg.analytics import network
    from kg.export import write_network

    g = network(store, kind, _filters(store, kw))
    write_network(g, output, fmt)
    click.echo(f"{g.number_of_nodes()} nodes, {g.number_of_edges()} edges -> {output}")


def timeline_rows(store, name: str, filters=None) -> list[dict[str, str]]:
    """The one timeline of `kg timeline` and `kg viz timeline`: kg.analytics.timeline of the
    person, country or organization called `name`."""
    from kg.analytics import timeline

    return timeline(store, resolve(store, name, ("person", "country", "organization")), filters)


def write_timeline_picture(rows: list[dict[str, str]], path: str, name: str) -> None:
    """The timeline as a picture (kg.viz.timeline): PNG when `path` ends with .png, else HTML."""
    from kg.viz.timeline import write_timeline

    write_timeline(rows, path, title=f"Meetings of {name}")


@click.command("timeline")
@click.argument("name")
@click.option(
    "--html",
    "html",
    type=click.Path(dir_okay=False),
    help="Also write the timeline as a picture in an HTML page (one lane per counterpart).",
)
@max_width_option
@filter_options
@_with_store
def timeline_cmd(store, name, html, max_width, **kw):
    """The meetings of a person, country or organization, oldest first (`kg viz timeline NAME -o FILE`
    draws the same timeline as --html FILE, without the table)."""
    rows = timeline_rows(store, name, _filters(store, kw))
    click.echo(
        format_table(
            ["date", "mode", "status", "with", "meeting"],
            [[r["date"], r["mode"], r["status"], r["with"], iri_text(r["meeting"])] for r in rows],
            max_width,
        ),
        nl=False,
    )
    if html:
        write_timeline_picture(rows, html, name)
        click.echo(f"timeline written to {html}")


COMMANDS = [graph_group, timeline_cmd]
