"""Checks the front makes on a request before doing any work: the Host header (against DNS
rebinding), the declared body length (before reading a byte of it) and the update token."""

from __future__ import annotations

import hmac
import ipaddress

from kg.serve.config import ServeConfig

LOOPBACK_NAMES = ("localhost", "localhost.localdomain", "ip6-localhost")


def host_name(header: str) -> str:
    """The name in a Host header, without port, brackets or a final dot, lower case."""
    value = header.strip().lower()
    if value.startswith("["):
        return value[1:].split("]", 1)[0]
    return value.rsplit(":", 1)[0].rstrip(".") if value.count(":") == 1 else value.rstrip(".")


def host_allowed(header: str | None, config: ServeConfig) -> bool:
    """Whether a request naming this host may be served. IP literals are always allowed (a page
    cannot rebind an address); names must be loopback names, the bound host or --allow-host ones
    ("*" allows any)."""
    if header is None:
        return True  # HTTP/1.0 clients; browsers always send Host
    name = host_name(header)
    try:
        ipaddress.ip_address(name)
        return True
    except ValueError:
        pass
    allowed = {config.host.lower(), *LOOPBACK_NAMES, *(h.lower().rstrip(".") for h in config.allowed_hosts)}
    return "*" in allowed or name in allowed


def body_length(header: str | None, limit: int) -> tuple[int, int | None]:
    """(status, length) from a Content-Length header, checked before reading: 200 with the length,
    411 when it is missing, 400 when it is not a plain decimal number (negative, signs, junk), 413
    when it is larger than `limit`."""
    if header is None:
        return 411, None
    text = header.strip()
    if not text.isdigit() or not text.isascii() or len(text) > 18:
        return (413, None) if text.isdigit() and text.isascii() else (400, None)
    length = int(text)
    return (413, None) if length > limit else (200, length)


def token_ok(authorization: str | None, token: str | None) -> bool:
    """`Authorization: Bearer <token>`, compared in constant time."""
    if not token:
        return False
    expected = f"Bearer {token}".encode()
    return hmac.compare_digest((authorization or "").encode(), expected)
