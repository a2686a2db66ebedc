"""Reader of JSON lines: one release per line, an object with `text` (or `body`, `content`) and `date`
(or `published`, `published_at`, `pubDate`, `datetime`); `title` (or `headline`; else the first
sentence), `url` (or `link`), `publisher` (or `source`, `agency`, `site_name`), `location` (or
`dateline`) and `published` are optional: the fields news agencies' feeds name them by.

Identifiers are `<file>#<line number>` (1-based, blank lines counted, so they match an editor).
A line that is not valid JSON, not an object, or lacks text or date yields a DocumentError for
that line; the other lines still come through.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from kg.model import Document, DocumentError
from kg.readers.base import Reader, locator_for
from kg.readers.text import clean_inline, parse_date, parse_timestamp, plain_text, read_text, title_from_text

_SURROGATE = re.compile("[\ud800-\udfff]")  # a lone `\\udXXX` escape, which no store accepts


def _str(obj: dict[str, Any], *keys: str) -> str:
    for key in keys:
        value = obj.get(key)
        if isinstance(value, str) and value.strip():
            return _SURROGATE.sub("\ufffd", value)
    return ""


class JsonLinesReader(Reader):
    name = "jsonl"

    def sniff(self, path: Path, head: bytes) -> float:
        if path.suffix.lower() in {".jsonl", ".ndjson", ".jsonlines"}:
            return 0.9
        return 0.0

    def read(self, path: Path, root: Path | None) -> Iterator[Document | DocumentError]:
        locator = locator_for(path, root)
        content = read_text(path, locator).lstrip("\ufeff")
        for number, line in enumerate(content.splitlines(), start=1):
            if line.strip():
                yield self._document(line, f"{locator}#{number}", number)

    def _document(self, line: str, locator: str, number: int) -> Document | DocumentError:
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            return DocumentError(locator, f"line {number} is not valid JSON: {e.msg} at column {e.colno}")
        except RecursionError:  # arrays or objects nested thousands deep: never a release
            return DocumentError(locator, f"line {number} is JSON nested too deep to read")
        if not isinstance(obj, dict):
            return DocumentError(locator, f"line {number} is a JSON {type(obj).__name__}, not an object")
        raw_date = _str(obj, "date", "published", "published_at", "pubDate", "datetime")
        try:
            day = parse_date(raw_date, locator)
        except DocumentError as e:
            return DocumentError(locator, f"line {number}: {e.reason}")
        text = plain_text(_str(obj, "text", "body", "content"))
        if not text:
            return DocumentError(locator, f"line {number}: no 'text' field")
        return Document(
            reader=self.name,
            identifier=locator,
            title=clean_inline(_str(obj, "title", "headline")) or title_from_text(text),
            text=text,
            date=day,
            url=_str(obj, "url", "link").strip() or None,
            publisher=clean_inline(_str(obj, "publisher", "source", "agency", "site_name")) or None,
            location=clean_inline(_str(obj, "location", "dateline")) or None,
            published=parse_timestamp(_str(obj, "published", "published_time", "published_at") or raw_date),
        )

    def count(self, path: Path) -> int:
        try:
            with path.open("rb") as fh:
                return sum(1 for line in fh if line.strip())
        except OSError:
            return 1
