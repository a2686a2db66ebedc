"""`kg serve`: a SPARQL endpoint (a guarding HTTP front over a pool of query workers) on the store."""

from __future__ import annotations

import click

from kg.model import KgError
from kg.serve.config import default_workers


@click.command("serve")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=7878, show_default=True, help="Port to listen on (0: any free port).")
@click.option(
    "--allow-updates", is_flag=True, help="Accept SPARQL updates and Graph Store writes (needs --token)."
)
@click.option(
    "--token", envvar="KG_TOKEN", help="Bearer token required for updates (also read from KG_TOKEN)."
)
@click.option(
    "--timeout",
    default=60,
    show_default=True,
    help="Query time limit in seconds: the query's worker is killed and the client gets 504.",
)
@click.option("--max-bytes", default=50_000_000, show_default=True, help="Largest answer sent back.")
@click.option("--workers", default=default_workers(), show_default=True, help="Query worker processes.")
@click.option(
    "--allow-service",
    is_flag=True,
    help="Allow SPARQL federation (SERVICE, and LOAD in updates): the server then fetches URLs.",
)
@click.option(
    "--allow-host",
    "allowed_hosts",
    multiple=True,
    metavar="NAME",
    help="Also accept this Host header name (repeatable; '*' for any). Loopback names and IP "
    "addresses are always accepted.",
)
@click.option(
    "--idle-timeout",
    default=20.0,
    show_default=True,
    help="Seconds a connection may stay silent before it is closed.",
)
@click.option(
    "--max-connections", default=128, show_default=True, help="Connections served at once; more get 503."
)
@click.option(
    "--max-update-bytes",
    default=64_000_000,
    show_default=True,
    help="Largest update or Graph Store body accepted from a token holder.",
)
@click.option(
    "--worker-memory",
    default=4096,
    show_default=True,
    metavar="MB",
    help="Memory (address space) a worker may use; a query needing more gets 500 (0: no limit).",
)
@click.option("--quiet", is_flag=True, help="No access log on stderr.")
@click.pass_context
def serve_cmd(ctx, allowed_hosts, worker_memory, quiet, **options):
    """Serve the store as a SPARQL 1.1 endpoint: /query, /update, /store and a query page at /.

    Read-only unless --allow-updates --token T. Read-only, it serves the store as its workers
    opened it (restart it to see a later kg ingest); with --allow-updates it holds the store's
    lock, and a kg ingest into the same directory waits until it stops. Only the front listens;
    queries run in worker processes, killed past --timeout; SERVICE needs --allow-service.
    """
    from kg.serve import ServeConfig, serve

    location = ctx.obj["store"]
    if location.startswith(("http://", "https://")):
        raise click.ClickException("kg serve serves an on-disk store; --store is already a SPARQL endpoint")
    # the other options are named as ServeConfig's fields
    config = ServeConfig(
        location, allowed_hosts=tuple(allowed_hosts), worker_memory_mb=worker_memory, **options
    )
    try:
        serve(
            config,
            ready=lambda url: click.echo(f"SPARQL endpoint at {url}/query (query page at {url}/)", err=True),
            quiet=quiet,
        )
    except KgError as e:
        raise click.ClickException(str(e)) from e


COMMANDS = [serve_cmd]
