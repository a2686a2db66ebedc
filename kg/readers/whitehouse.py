"""Readers of Markdown releases with YAML front matter: White House briefing-room items, and any
Markdown file with a `date` (or `published_time`) in its front matter.

Front matter keys used: `title`, `date`, `published_time` (a timestamp with offset -> `published`),
`source_url` (or `url`) -> `url`, `publisher`, `location`. Without a `title`, the first heading
is the title (and is left out of the text).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.model import Document, DocumentError
from kg.readers.base import Reader, locator_for
from kg.readers.markdown import markdown_to_paragraphs, split_front_matter, unescape_inline
from kg.readers.text import clean_inline, join_paragraphs, parse_date, parse_timestamp, read_text

_MD_EXT = (".md", ".markdown", ".mdown")


def _first(meta: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


class MarkdownReader(Reader):
    """Any Markdown release whose front matter gives a date."""

    name = "markdown"
    publisher: str | None = None

    def sniff(self, path: Path, head: bytes) -> float:
        if path.suffix.lower() not in _MD_EXT:
            return 0.0
        return 0.5 if head.lstrip(b"\xef\xbb\xbf").startswith(b"---") else 0.3

    def read(self, path: Path, root: Path | None) -> Iterator[Document | DocumentError]:
        locator = locator_for(path, root)
        meta, body = split_front_matter(read_text(path, locator), locator)
        if not meta:
            raise DocumentError(locator, "no YAML front matter, so no date (expected '---' date: ... '---')")
        raw_date = _first(meta, "date", "published_time", "published")
        if not raw_date:
            raise DocumentError(locator, "no date in the front matter (expected a 'date:' key)")
        day = parse_date(raw_date, locator)
        paragraphs = markdown_to_paragraphs(body)
        title = clean_inline(_first(meta, "title"))
        if not title:
            title = _title_from_heading(body) or path.stem
        text = join_paragraphs(paragraphs)
        first, _, rest = text.partition("\n\n")
        if rest and first.casefold() == title.casefold():  # the title repeated as a heading
            text = rest
        if not text:
            raise DocumentError(locator, "no body text after the front matter")
        yield Document(
            reader=self.name,
            identifier=locator,
            title=title,
            text=text,
            date=day,
            url=_first(meta, "source_url", "url", "link") or None,
            publisher=_first(meta, "publisher") or self.publisher,
            location=_first(meta, "location") or None,
            published=parse_timestamp(_first(meta, "published_time", "published")),
        )


def _title_from_heading(body: str) -> str:
    m = re.search(r"^ {0,3}#{1,6}[ \t]+(.+?)[ \t#]*$", body, re.M)
    return clean_inline(unescape_inline(m.group(1))) if m else ""


class WhiteHouseReader(MarkdownReader):
    """White House briefing-room items (bidenwhitehouse.archives.gov scrape)."""

    name = "whitehouse"
    publisher = "The White House"

    def sniff(self, path: Path, head: bytes) -> float:
        base = super().sniff(path, head)
        if base and re.search(rb"(?m)^source_url:.*whitehouse\.(?:gov|archives\.gov)", head):
            return 0.9
        return 0.0
