"""The `kg` command line: a thin click layer over the library (the only importer of click).

Each command group lives in its own module of this package and is registered in
`COMMAND_MODULES`; every module exposes `COMMANDS`, a list of click commands. What the command
modules share (opening the store named by --store, common options) is in kg.cli.common, so they
never import this module back.
"""

from __future__ import annotations

import importlib
import os
from typing import Any

import click

from kg.cli.common import one_line
from kg.model import KgError

DEFAULT_STORE = os.path.join(".kg", "store")

COMMAND_MODULES = [
    "kg.cli.core",
    "kg.cli.query",
    "kg.cli.graph",
    "kg.cli.serve",
    "kg.cli.validate",
    "kg.cli.viz",
    "kg.cli.eval",
    "kg.cli.reconcile",
]


DEBUG_ENV = "KG_DEBUG"


class StoreLocation(click.ParamType):
    name = "DIR|URL"


class KgGroup(click.Group):
    """The top-level group: whatever a command raises becomes one `Error:` line, never a traceback.

    The package's own errors (KgError) and the system's (OSError: a file that cannot be written, a
    connection refused) are expected failures; anything else is a bug, reported in one line too,
    with the traceback shown only when KG_DEBUG is set."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.Abort, KeyboardInterrupt):
            raise
        except KgError as e:
            raise click.ClickException(one_line(e)) from e
        except OSError as e:
            raise click.ClickException(one_line(e)) from e
        except Exception as e:
            if os.environ.get(DEBUG_ENV):
                raise
            raise click.ClickException(
                f"unexpected {type(e).__name__}: {one_line(e)} (set {DEBUG_ENV}=1 to see the traceback)"
            ) from e


@click.group(cls=KgGroup, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.option(
    "--store",
    "store",
    envvar="KG_STORE",
    default=DEFAULT_STORE,
    show_default=True,
    metavar="DIR|URL",
    help="Store location: a directory for the embedded on-disk store, or the http(s) URL of a "
    "SPARQL 1.1 endpoint. Also read from KG_STORE.",
)
@click.version_option(package_name="diplomatic-kg")
@click.pass_context
def main(ctx: click.Context, store: str) -> None:
    """Diplomatic-meetings knowledge graph: ingest releases, query, analyse and visualize."""
    ctx.ensure_object(dict)
    ctx.obj["store"] = store


for _name in COMMAND_MODULES:
    for _command in importlib.import_module(_name).COMMANDS:
        main.add_command(_command)
