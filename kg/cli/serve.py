"""`kg serve`: a SPARQL endpoint (Oxigraph behind a small guarding front) on the store."""

from __future__ import annotations

import click

from kg.model import KgError


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, help="Port to listen on (0: any free port).")
@click.option(
    "--allow-updates", is_flag=True, help="Accept SPARQL updates and Graph Store writes (needs --token)."
)
@click.option(
    "--token", envvar="KG_TOKEN", help="Bearer token required for updates (also read from KG_TOKEN)."
)
@click.option("--timeout", default=60, show_default=True, help="Query time limit in seconds.")
@click.option("--max-bytes", default=50_000_000, show_default=True, help="Largest answer sent back.")
@click.pass_context
def serve_cmd(ctx, host, port, allow_updates, token, timeout, max_bytes):
    """Serve the store as a SPARQL 1.1 endpoint: /query, /update, /store and a query page at /.

    Read-only unless --allow-updates --token T. Read-only, it serves the store as it was when
    started (restart it to see a later kg ingest); with --allow-updates it holds the store's
    lock, and a kg ingest into the same directory waits until it stops.
    """
    from kg.serve import ServeConfig, serve

    location = ctx.obj["store"]
    if location.startswith(("http://", "https://")):
        raise click.ClickException("kg serve serves an on-disk store; --store is already a SPARQL endpoint")
    config = ServeConfig(location, host, port, allow_updates, token, timeout, max_bytes)
    try:
        serve(
            config,
            ready=lambda url: click.echo(f"SPARQL endpoint at {url}/query (query page at {url}/)", err=True),
        )
    except KgError as e:
        raise click.ClickException(str(e)) from e


COMMANDS = [serve_cmd]
