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
_COMMENT = re.compile(r"<!--.*?-->", re.S)
_DROPPED = re.compile(r"<(s|del|strike|script|style|head)\b[^>]*>.*?</\1\s*>", re.S | re.I)
_AUTOLINK = re.compile(r"<((?:https?|ftp|mailto):[^<>\s]+)>", re.I)
_TAG = re.compile(r"</?([a-zA-Z][a-zA-Z0-9]*)\b(?:[^<>\"']|\"[^\"]*\"|'[^']*')*/?>")
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br caption dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 "
    "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul".split()
)
_IMAGE = re.compile(r"!\[[^\]\n]*\]\((?:[^()\n]|\([^()\n]*\))*\)")
_LINK = re.compile(r"\[([^\[\]\n]*)\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+\"[^\"\n]*\")?\)")
_REF_LINK = re.compile(r"\[([^\[\]\n]+)\]\[[^\[\]\n]*\]")
_ATTRS = re.compile(r"\{[#.][^{}\n]*\}")
_HEADING = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+|$)")
_RULE = re.compile(r"^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$")
_BULLET = re.compile(r"^[ \t]*[-*+][ \t]+(?=\S)")
_ORDERED = re.compile(r"^[ \t]*\d{1,3}[.)][ \t]+(?=\S)")
_QUOTE = re.compile(r"^[ \t]*(?:>[ \t]?)+")
_UNDERSCORES = re.compile(r"_+")


def _park(s: str) -> tuple[str, set[str]]:
    """Escaped characters -> Private Use Area stand-ins; also returns which characters were escaped."""
    chars = set(_ESCAPE.findall(s))
    if "\\" in chars:  # an escaped backslash: only a left-to-right scan reads it right
        return _ESCAPE.sub(lambda m: chr(_PUA + ord(m.group(1))), s), chars
    for c in chars:
        s = s.replace("\\" + c, chr(_PUA + ord(c)))
    return s, chars


def _unpark(s: str, chars: set[str]) -> str:
    for c in chars:
        s = s.replace(chr(_PUA + ord(c)), c)
    return s


def _tag(m: re.Match[str]) -> str:
    return "\n\n" if m.group(1).lower() in _BLOCK_TAGS else ""


def _inline(s: str) -> str:
    """Remove inline markup from text whose escapes are parked."""
    # each substitution only runs when its telltale is present: this is the hot path
    if "![" in s:
        s = _remove_images(s)
    if "](" in s:
        s = _LINK.sub(r"\1", s)
        if "](" in s:  # a link inside a link's text
            s = _LINK.sub(r"\1", s)
    if "][" in s:
        s = _REF_LINK.sub(r"\1", s)
    if "{" in s:
        s = _ATTRS.sub("", s)
    s = s.replace("*", "").replace("`", "")  # literal ones are escaped, so parked
    return _UNDERSCORES.sub(_underscores, s) if "_" in s else s


def _underscores(m: re.Match[str]) -> str:
    """Drop an emphasis underscore, but keep one inside a word (snake_case)."""
    s, i, j = m.string, m.start(), m.end()
    inside = 0 < i and j < len(s) and s[i - 1].isalnum() and s[j].isalnum()
    return m.group() if inside else ""


_BLANK = re.compile(r"\n(?:[^\S\n]*\n)+")  # one or more blank (or whitespace-only) lines
# a line that may start a heading, rule, quote or list item; blocks without one are plain text
_STRUCTURE = re.compile(r"\n(?: {0,3}#|[ \t]*(?:[-*+>_]|\d{1,3}[.)]))")
_END_MARK = re.compile(r"[ \t]*###[ \t]*$", re.M)
_LINE_STARTS = frozenset(" \t#-*+>_0123456789")


def _blocks(s: str) -> list[str]:
    """Paragraphs (split at blank lines, rules, headings and list items), each on one line."""
    if not _STRUCTURE.search("\n" + s):
        return [block.replace("\n", " ") for block in _BLANK.split(s)]
    out: list[str] = []
    for block in _BLANK.split(s):
        if block[:1] in _LINE_STARTS or _STRUCTURE.search(block):
            out.extend(_structured(block))
        elif block.strip():
            out.append(block.replace("\n", " "))
    return out


def _structured(block: str) -> list[str]:
    paragraphs: list[list[str]] = []
    current: list[str] | None = None
    in_list = False
    previous = ""
    for line in block.split("\n"):
        if not line.strip() or _RULE.match(line):
            current, in_list = None, False
            continue
        heading = _HEADING.match(line)
        if heading:
            paragraphs.append([line[heading.end() :].rstrip().rstrip("#")])
            current, in_list = None, False
            continue
        if ">" in line[:8]:
            line = _QUOTE.sub("", line)
        item = _BULLET.match(line) or (_ORDERED.match(line) if (current is None or in_list) else None)
        if item:
            current, in_list = [line[item.end() :]], True
            paragraphs.append(current)
        elif current is None or _starts_bold_line(line, previous):
            current = [line]
            paragraphs.append(current)
        else:
            current.append(line)
        previous = line
    return [" ".join(lines) for lines in paragraphs]


def _starts_bold_line(line: str, previous: str) -> bool:
    """A bold run after a hard line break, or after a whole bold line, is a subheading: its own paragraph."""
    if not line.lstrip().startswith("**"):
        return previous.lstrip().startswith("**") and previous.rstrip().endswith("**")
    return previous.endswith(("  ", "\\")) or (
        previous.lstrip().startswith("**") and previous.rstrip().endswith("**")
    )


# -- linear removal of comments, dropped blocks and images ------------------------------------
# `re.sub` with `<!--.*?-->` (or `<s>.*?</s>`) re-scans to the end of the text from every opening
# that is never closed: 200 KB of `<!--` took 38 s. These scanners remove exactly what the patterns
# remove, in one pass: once no closing mark follows a position, none follows any later one.

_OPEN_DROPPED = re.compile(r"<(s|del|strike|script|style|head)\b", re.I)
_CLOSE_DROPPED = {
    name: re.compile(rf"</{name}\s*>", re.I) for name in ("s", "del", "strike", "script", "style", "head")
}
_ALT_END = re.compile(r"[\]\n]")


def _remove_comments(s: str) -> str:
    """`_COMMENT.sub("", s)` in linear time."""
    out: list[str] = []
    pos = 0
    while (start := s.find("<!--", pos)) != -1:
        end = s.find("-->", start + 4)
        if end == -1:
            break
        out.append(s[pos:start])
        pos = end + 3
    out.append(s[pos:])
    return "".join(out)


class _NextMatch:
    """The first match of a pattern at or after a position, for positions asked in increasing order
    (each character is scanned once, however many times it is asked)."""

    def __init__(self, pattern: re.Pattern[str], s: str) -> None:
        self.pattern, self.s = pattern, s
        self.found: re.Match[str] | None = None
        self.searched_from = -1
        self.exhausted = False

    def at_or_after(self, i: int) -> re.Match[str] | None:
        if self.exhausted:
            return None
        if self.found is not None and self.searched_from <= i <= self.found.start():
            return self.found
        self.searched_from = i
        self.found = self.pattern.search(self.s, i)
        self.exhausted = self.found is None
        return self.found


def _remove_dropped(s: str) -> str:
    """`_DROPPED.sub("", s)` in linear time."""
    closes = {name: _NextMatch(pattern, s) for name, pattern in _CLOSE_DROPPED.items()}
    tag_end = _NextMatch(re.compile(">"), s)
    out: list[str] = []
    pos = i = 0
    while (m := _OPEN_DROPPED.search(s, i)) is not None:
        gt = tag_end.at_or_after(m.end())
        if gt is None:
            break  # no opening tag can be complete from here on
        close = closes[m.group(1).lower()].at_or_after(gt.end())
        if close is None:
            i = m.start() + 1
            continue
        out.append(s[pos : m.start()])
        pos = i = close.end()
    out.append(s[pos:])
    return "".join(out)


def _remove_images(s: str) -> str:
    """`_IMAGE.sub("", s)` in linear time: every `![` before the same `]` (or line end) shares one
    outcome, so only the first of them is tried."""
    out: list[str] = []
    pos = i = 0
    while (start := s.find("![", i)) != -1:
        m = _IMAGE.match(s, start)
        if m is not None:
            out.append(s[pos:start])
            pos = i = m.end()
            continue
        end = _ALT_END.search(s, start + 2)
        if end is None:
            break
        i = end.start() + 1
    out.append(s[pos:])
    return "".join(out)


def markdown_to_paragraphs(body: str) -> list[str]:
    """Markdown body -> paragraphs of plain text (not yet whitespace-normalized)."""
    s = body.replace("\r\n", "\n").replace("\r", "\n")
    s, escaped = _park(s) if "\\" in s else (s, set())
    if "<" in s:
        s = _remove_comments(s) if "<!--" in s else s
        s = _remove_dropped(s) if "</" in s else s
        s = _AUTOLINK.sub(r"\1", s)
        s = _TAG.sub(_tag, s)
    # inline markup is removed from all paragraphs at once (one regex pass, not one per paragraph)
    s = _inline("\n".join(_blocks(s)))
    s = _unpark(s, escaped)
    if "&" in s:
        s = html.unescape(s)
    if "###" in s:  # the end marker on the last line of a paragraph
        s = _END_MARK.sub("", s)
    # drop the `###` end marker and other paragraphs of nothing but markup characters
    return [p for p in s.split("\n") if p.strip(" #*\u00a0")]


def unescape_inline(s: str) -> str:
    """A one-line string (a title) with Markdown escapes and emphasis removed."""
    s, escaped = _park(s)
    return _unpark(_inline(s), escaped)
