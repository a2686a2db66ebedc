"""Query commands: `kg query` (any SPARQL) and `kg ask` (named questions)."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from kg.cli.common import max_width_option
from kg.cli.common import open_store_from_context as _open
from kg.model import KgError
from kg.queries import ask, bind_arguments, get_question, questions
from kg.query import RDF_FORMATS, TABLE_FORMATS, parse_param, run_query, serialize

FORMATS = [*TABLE_FORMATS, *RDF_FORMATS]

format_option = click.option(
    "--format",
    "fmt",
    default="table",
    show_default=True,
    type=click.Choice(FORMATS),
    help="table/csv/tsv/json/xml for SELECT and ASK (json and xml are the SPARQL 1.1 results "
    "formats); an RDF format for CONSTRUCT and DESCRIBE (table means turtle there).",
)
output_option = click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="Write to this file instead of standard output."
)


def _emit(text: str, output: str | None) -> None:
    if output:
        Path(output).write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)


@click.command("query")
@click.argument("sparql", required=False)
@click.option(
    "-f", "--file", "file", type=click.Path(exists=True, dir_okay=False), help="Read the query from FILE."
)
@click.option(
    "-p",
    "--param",
    "params",
    multiple=True,
    metavar="NAME[:TYPE]=VALUE",
    help="Bind ?NAME to a value (repeatable). TYPE: str (default), int, float, bool, date, iri.",
)
@format_option
@max_width_option
@output_option
@click.pass_context
def query_cmd(ctx, sparql, file, params, fmt, max_width, output):
    """Run a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) over all releases.

    The project's prefixes (dmo:, dmr:, schema:, skos:, …) are predeclared. Values given with
    --param are bound to the variables, never pasted into the query:

      kg query 'SELECT ?m WHERE { ?m dmo:participant ?p }' --param p:iri=https://w3id.org/dmkg/id/person/x

    Tables print IRIs so they can be pasted back into a query: dmo:Meeting, or <https://…> in full
    when the name is not a valid prefixed name. Syntax errors give the line and column in your text.
    """

    if bool(sparql) == bool(file):
        raise click.UsageError("give either a SPARQL query or -f FILE")
    text = Path(file).read_text(encoding="utf-8") if file else sparql
    store = _open(ctx, read_only=True)
    try:
        bound = dict(parse_param(p) for p in params)
        _emit(serialize(run_query(store, text, bound), fmt, max_width), output)
    except KgError as e:
        raise click.ClickException(str(e)) from e
    finally:
        store.close()


def _split_args(args: tuple[str, ...]) -> tuple[list[str], dict[str, str]]:
    """Positional values and --name value / --name=value / --param name=value pairs."""
    positional: list[str] = []
    named: dict[str, str] = {}
    items = list(args)
    while items:
        item = items.pop(0)
        if item in ("-p", "--param"):
            if not items or "=" not in items[0]:
                raise click.UsageError("--param needs NAME=VALUE")
            key, value = items.pop(0).split("=", 1)
            named[key.split(":", 1)[0]] = value
        elif item.startswith("--") and len(item) > 2:
            key, eq, value = item[2:].partition("=")
            if not eq:
                if not items:
                    raise click.UsageError(f"{item} needs a value")
                value = items.pop(0)
            named[key.replace("-", "_")] = value
        else:
            positional.append(item)
    return positional, named


@click.command("ask", context_settings={"ignore_unknown_options": True, "allow_extra_args": True})
@click.argument("name", required=False)
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
@click.option("--list", "list_", is_flag=True, help="List the named questions with a one-line description.")
@format_option
@max_width_option
@output_option
@click.pass_context
def ask_cmd(ctx, name, args, list_, fmt, max_width, output):
    """Ask a named question; names of people, countries, topics… are looked up by label.

    Values are given in order or by name: `kg ask who-met Tokayev --since 2023-01-01`,
    `kg ask meetings-between --a Tokayev --b "Xi Jinping"`. `kg ask --list` lists the questions;
    `kg ask NAME --help-question` shows one in full.
    """

    if list_ or not name:
        for q in questions().values():
            click.echo(f"{q.name:<22} {q.summary}\n{'':<22} {q.usage()}")
        return
    try:
        question = get_question(name)
        if "--help-question" in args:
            click.echo(question.describe())
            return
        positional, named = _split_args(args)
        values = bind_arguments(question, positional, named)
        store = _open(ctx, read_only=True)
        try:
            _emit(serialize(ask(store, name, values), fmt, max_width), output)
        finally:
            store.close()
    except KgError as e:
        raise click.ClickException(str(e)) from e


COMMANDS = [query_cmd, ask_cmd]
