"""The checks `kg serve` makes before any work, as plain functions (no server): federation
keywords, Host names, Content-Length, the token, and content negotiation."""

from __future__ import annotations

import pytest

from kg.serve.config import ServeConfig
from kg.serve.guard import body_length, host_allowed, token_ok
from kg.serve.negotiate import graph_format, result_format
from kg.serve.sparql import federation_keywords, refuses_federation


@pytest.mark.parametrize(
    "text, found",
    [
        ("SELECT * { SERVICE <http://x/> { ?s ?p ?o } }", {"SERVICE"}),
        ("select * { service silent <http://x/> { ?s ?p ?o } }", {"SERVICE"}),
        ("SELECT * {?s ?p ?o .SERVICE <http://x/> {}}", {"SERVICE"}),
        ("SELECT * {?s ?p ?o}SERVICE<http://x/>{}", {"SERVICE"}),
        ("SELECT * { \\u0053ERVICE <http://x/> {} }", {"SERVICE"}),
        ("SELECT * { \\U00000053ervice <http://x/> {} }", {"SERVICE"}),
        ("LOAD <http://x/data.ttl>", {"LOAD"}),
        ("load silent <http://x/> into graph <http://g/>", {"LOAD"}),
        ('SELECT ?service { ?s <http://x/SERVICE> "SERVICE" } # SERVICE', set()),
        ("SELECT * { ex:service ?p service:x . ?s ?p 'load' }", set()),
        ('SELECT * { ?s ?p """a " SERVICE <http://x/> """ }', set()),
        ("SELECT ?services ?loaded WHERE { ?services ?p ?loaded }", set()),
    ],
)
def test_federation_keywords(text, found):
    assert federation_keywords(text) == found


def test_load_is_only_refused_in_updates():
    assert refuses_federation("LOAD <http://x/>", update=False) is None
    assert "--allow-service" in (refuses_federation("LOAD <http://x/>", update=True) or "")


@pytest.mark.parametrize(
    "host, allowed",
    [
        (None, True),
        ("127.0.0.1:7878", True),
        ("localhost:7878", True),
        ("LOCALHOST.", True),
        ("[::1]:7878", True),
        ("10.1.2.3", True),
        ("kg.internal:80", True),
        ("evil.example", False),
        ("evil.example:7878", False),
        ("localhost.evil.example", False),
        ("", False),
    ],
)
def test_host_names(host, allowed):
    assert host_allowed(host, ServeConfig("s", allowed_hosts=("kg.internal",))) is allowed


def test_any_host_when_asked():
    assert host_allowed("evil.example", ServeConfig("s", allowed_hosts=("*",)))


@pytest.mark.parametrize(
    "header, expected",
    [
        (None, (411, None)),
        ("-1", (400, None)),
        ("+5", (400, None)),
        (" 12 ", (200, 12)),
        ("1e3", (400, None)),
        ("١٢", (400, None)),
        ("0", (200, 0)),
        ("1001", (413, None)),
        ("9" * 40, (413, None)),
    ],
)
def test_content_length(header, expected):
    assert body_length(header, 1000) == expected


def test_token():
    assert token_ok("Bearer s3cret", "s3cret")
    assert not token_ok("Bearer s3cre", "s3cret") and not token_ok(None, "s3cret")
    assert not token_ok("Bearer ", "") and not token_ok("Bearer None", None)


@pytest.mark.parametrize(
    "accept, media",
    [
        (None, "application/sparql-results+json"),
        ("application/sparql-results+xml", "application/sparql-results+xml"),
        ("application/json, text/javascript", "application/sparql-results+json"),
        ("text/csv;q=0.5, text/tab-separated-values", "text/tab-separated-values"),
        ("text/*", "text/csv"),
        ("*/*;q=0.1, text/csv;q=0.2", "text/csv"),
        ("image/png", None),
        ("text/csv;q=0, */*", "application/sparql-results+json"),
    ],
)
def test_result_negotiation(accept, media):
    chosen = result_format(accept)
    assert (chosen[0] if chosen else None) == media


def test_graph_negotiation():
    assert graph_format(None)[0] == "text/turtle"
    assert graph_format("application/sparql-results+json, application/n-triples;q=0.9")[0] == (
        "application/n-triples"
    )
    assert graph_format("application/n-quads") is None
    assert graph_format("application/n-quads", datasets=True)[0] == "application/n-quads"


def test_a_client_hanging_up_logs_no_traceback(capsys):
    """Issue 18: a ConnectionResetError from a client that hung up is not printed as a traceback."""
    from http.server import BaseHTTPRequestHandler

    from kg.serve import EndpointServer

    server = EndpointServer(("127.0.0.1", 0), BaseHTTPRequestHandler, max_connections=2)
    try:
        for error in (ConnectionResetError("reset by peer"), BrokenPipeError("broken pipe")):
            try:
                raise error
            except OSError:
                server.handle_error(None, ("127.0.0.1", 1))
        try:
            raise ValueError("a bug")
        except ValueError:
            server.handle_error(None, ("127.0.0.1", 1))
    finally:
        server.server_close()
    err = capsys.readouterr().err
    assert "Traceback" not in err and "reset by peer" not in err
    assert err.count("\n") == 1 and "a bug" in err
