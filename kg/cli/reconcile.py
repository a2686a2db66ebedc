"""`kg reconcile`: re-run the reconciliation of cross-reported meetings by hand (ingest runs it too)."""

from __future__ import annotations

import click

from kg.cli.common import open_store_from_context as _open
from kg.model import KgError
from kg.reconcile import cross_reported_events, reconcile


@click.command("reconcile")
@click.option("--list", "show", is_flag=True, help="Also list the events reported by several publishers.")
@click.pass_context
def reconcile_cmd(ctx: click.Context, show: bool) -> None:
    """Count each real meeting once, however many releases report it, and resolve entities.

    Recomputes the graphs dmr:graph/reconciled (one dmo:DistinctMeeting per meeting) and
    dmr:graph/entities (each entity described once) from the whole store; each release's own
    claims stay in its own graph. See docs/decisions/0005-reconciliation.md.
    """

    store = _open(ctx)
    try:
        report = reconcile(store)
        events = cross_reported_events(store, cross_publisher_only=True) if show else []
    except KgError as e:
        raise click.ClickException(str(e)) from e
    finally:
        store.close()
    for ev in events:
        click.echo(f"{ev.date}  {ev.mode or '-':8} {ev.label}")
        for acc in ev.accounts:
            click.echo(f"    {acc.date}  {acc.publisher}: {acc.url or acc.release}")
    click.echo(report.summary())


COMMANDS = [reconcile_cmd]
