"""What the command modules of kg.cli share: opening the store named by the global --store option,
turning the package's errors into one-line CLI errors, and options used by several commands."""

from __future__ import annotations

import click

from kg.model import KgError
from kg.store import Store, open_store


def one_line(error: BaseException) -> str:
    """The message of an error as one line (the first line of a multi-line message)."""
    text = str(error).strip() or type(error).__name__
    return text.splitlines()[0]


max_width_option = click.option(
    "--max-width",
    type=click.IntRange(min=0),
    default=60,
    show_default=True,
    help="Cut table cells longer than this (0: never cut; IRIs are never cut).",
)


def fail(error: KgError | Exception) -> click.ClickException:
    """Turn the package's own error into a one-line CLI error."""
    return click.ClickException(str(error))


def open_store_from_context(ctx: click.Context, read_only: bool = False) -> Store:
    """Open the store named by the global --store option; the package's error becomes a CLI error."""
    try:
        return open_store(ctx.obj["store"], read_only=read_only)
    except KgError as e:
        raise fail(e) from e
