"""Markdown with YAML front matter: split the front matter, and turn the body into plain paragraphs.

The White House archive is pandoc output: wrapped at ~72 columns, backslash escapes (`\\_`,
`\\[`, `\\###`), inline links, emphasis, bullet lists, headings, and some raw HTML (tables,
figures, `<u>`, `<s>`). `markdown_to_paragraphs` removes all of that without a Markdown library:
escapes are protected first (so `\\[sic\\]` is never read as a link), then HTML, images, links and
emphasis are removed, then lines are grouped into paragraphs (blank lines, headings and list
items start a new one) and unwrapped.
"""

from __future__ import annotations

import html
import re
from typing import Any

import yaml

from kg.model import DocumentError

try:  # libyaml is much faster; the pure-Python loader gives the same result
    _Loader: Any = yaml.CBaseLoader
except AttributeError:  # pragma: no cover - PyYAML built without libyaml
    _Loader = yaml.BaseLoader

_FRONT = re.compile(r"\A---[ \t]*\r?\n(.*?)(?:\r?\n)?^(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S | re.M)


def split_front_matter(text: str, locator: str) -> tuple[dict[str, Any], str]:
    """`---` YAML `---` + body -> (mapping of strings/lists, body). No front matter -> ({}, text).

    All scalars stay strings (BaseLoader): dates and timestamps are parsed by the reader, so
    PyYAML's own timestamp rules never change what a document says.
    """
    text = text.lstrip("\ufeff")
    if not re.match(r"---[ \t]*\r?\n", text):
        return {}, text
    m = _FRONT.match(text)
    if not m:
        raise DocumentError(locator, "broken YAML front matter: the opening '---' is never closed")
    try:
        data = yaml.load(m.group(1), Loader=_Loader)
    except yaml.YAMLError as e:
        mark = getattr(e, "problem_mark", None)
        where = f" at line {mark.line + 2}" if mark is not None else ""
        problem = getattr(e, "problem", None) or str(e).splitlines()[0]
        raise DocumentError(locator, f"broken YAML front matter: {problem}{where}") from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise DocumentError(locator, "broken YAML front matter: it is not a mapping of keys to values")
    return data, text[m.end() :]


# -- body -----------------------------------------------------------------------------------

_PUA = 0xE000  # escaped characters are parked in the Private Use Area while markup is removed
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
_PARKED = re.compile("[\ue021-\ue07e]")
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_DROPPED = re.compile(r"<(s|del|strike|script|style|head)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+)>", re.I)
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b(?:[^<>\"']|\"[^\"]*\"|'[^']*')*/?>")
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br caption dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_IMAGE = re.compile(r"!\[[^\]]*\]\((?:[^()]|\([^()]*\))*\)")
_LINK = re.compile(r"\[([^\[\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+\"[^\"]*\")?\)")
_REF_LINK = re.compile(r"\[([^\[\]]+)\]\[[^\[\]]*\]")
_ATTRS = re.compile(r"\{[#.][^{}]*\}")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+(?=\S)")
_ORDERED = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]+(?=\S)")
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_EMPHASIS = re.compile(r"\*+|(?<![^\W_])_+|_+(?![^\W_])|`+")
_WS_LINE = re.compile(r"^[\s\u00a0]*$")


def _park(s: str) -> str:
    return _ESCAPE.sub(lambda m: chr(_PUA + ord(m.group(1))), s) if "\\" in s else s


def _unpark(s: str) -> str:
    return _PARKED.sub(lambda m: chr(ord(m.group()) - _PUA), s)


def _tag(m: re.Match[str]) -> str:
    return "\n\n" if m.group(1).lower() in _BLOCK_TAGS else ""


def _inline(s: str) -> str:
    """Remove inline markup from text whose escapes are parked."""
    s = _IMAGE.sub("", s)
    for _ in range(2):  # a link inside a link's text
        s = _LINK.sub(r"\1", s)
    s = _REF_LINK.sub(r"\1", s)
    s = _ATTRS.sub("", s)
    return _EMPHASIS.sub("", s)


def markdown_to_paragraphs(body: str) -> list[str]:
    """Markdown body -> paragraphs of plain text (not yet whitespace-normalized)."""
    s = body.replace("\r\n", "\n").replace("\r", "\n")
    s = _park(s)
    if "<" in s:
        s = _COMMENT.sub("", s)
        s = _DROPPED.sub("", s)
        s = _AUTOLINK.sub(r"\1", s)
        s = _TAG.sub(_tag, s)
    paragraphs: list[list[str]] = []
    current: list[str] | None = None
    in_list = False
    for line in s.split("\n"):
        if _WS_LINE.match(line) or _RULE.match(line):
            current, in_list = None, False
            continue
        heading = _HEADING.match(line)
        if heading:
            paragraphs.append([line[heading.end() :].rstrip().rstrip("#")])
            current, in_list = None, False
            continue
        line = _QUOTE.sub("", line)
        item = _BULLET.match(line) or (
            _ORDERED.match(line) if (current is None or in_list) else None
        )
        if item:
            current, in_list = [line[item.end() :]], True
            paragraphs.append(current)
        elif current is None:
            current = [line]
            paragraphs.append(current)
        else:
            current.append(line)
    out = []
    for lines in paragraphs:
        p = _unpark(_inline(" ".join(x.strip() for x in lines)))
        if "&" in p:
            p = html.unescape(p)
        if p.strip() and p.strip().strip("#*").strip():  # drop the `###` end marker, lone rules
            out.append(p)
    return out


def unescape_inline(s: str) -> str:
    """A one-line string (a title) with Markdown escapes and emphasis removed."""
    return _unpark(_inline(_park(s)))
