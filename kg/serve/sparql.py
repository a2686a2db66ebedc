"""SPARQL text checks done by the front before a request reaches a worker: federation
(`SERVICE` in queries and updates, `LOAD` in updates) is found by keyword, outside strings,
IRIs and comments, so a literal or an IRI that merely contains the word is not refused."""

from __future__ import annotations

import re

# Strings (long and short forms), IRIs and comments: their contents are not keywords.
_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n\r]|\\.)*"'
    r"|'(?:[^'\\\n\r]|\\.)*'"
    r'|<[^<>"{}|^`\\\x00-\x20]*>'
    r"|#[^\n\r]*",
    re.DOTALL,
)
# A keyword is not part of a prefixed name (ex:service, service:x), a variable (?service) or a
# longer word (services); anything else doubtful counts as the keyword (refused, never let through).
_FEDERATION = re.compile(r"(?<![\w:?$])(SERVICE|LOAD)(?![\w:])", re.IGNORECASE)
# SPARQL processes \uXXXX and \UXXXXXXXX escapes in the whole text before parsing (and Oxigraph does).
_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")


def _char(hex_digits: str) -> str:
    code = int(hex_digits, 16)
    return chr(code) if code <= 0x10FFFF else " "


def federation_keywords(text: str) -> set[str]:
    """The federation keywords (upper case) the SPARQL text uses."""
    unescaped = _ESCAPE.sub(lambda m: _char(m.group(1) or m.group(2)), text)
    bare = _OPAQUE.sub(" ", unescaped)
    return {m.group(1).upper() for m in _FEDERATION.finditer(bare)}


def refuses_federation(text: str, update: bool) -> str | None:
    """Why the text is refused on an endpoint without federation, or None."""
    found = federation_keywords(text)
    if not update:
        found.discard("LOAD")  # not a query keyword: a query using it is a syntax error anyway
    if not found:
        return None
    words = " and ".join(sorted(found))
    return (
        f"{words} (fetching other URLs) is disabled on this endpoint; "
        "start kg serve with --allow-service to allow it\n"
    )
