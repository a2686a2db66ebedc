"""Reader of CSV files with one release per row ("csv"), and the base of the Kremlin and Ukraine readers.

A CSV needs a text column (`text`, `body` or `content`) and a date column (`date`,
`published`, ...); `title`/`headline`, `url`/`link`, `summary`, `location` and `publisher` are
optional (a row without a title is titled by its first sentence). Row identifiers are
`<file>#<link>` when the row has a link, else `<file>#<row number>` (1-based, header not
counted). A row that cannot be read (ragged, no date, no text, an unterminated quote) yields a
DocumentError naming the row; the other rows still come through.
"""

from __future__ import annotations

import csv
import io
import sys
from collections.abc import Iterator
from pathlib import Path

from kg.model import Document, DocumentError
from kg.readers.base import Reader, locator_for
from kg.readers.text import (
    clean_inline,
    join_paragraphs,
    parse_date,
    parse_timestamp,
    read_text,
    split_paragraphs,
    title_from_text,
)

csv.field_size_limit(min(sys.maxsize, 2**31 - 1))  # bodies of long speeches exceed the 128 KB default

COLUMNS: dict[str, tuple[str, ...]] = {
    "text": ("text", "body", "content"),
    "date": ("date", "published", "published_time", "datetime", "timestamp"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "summary": ("summary", "lead", "description"),
    "location": ("location", "place", "dateline"),
    "publisher": ("publisher", "source"),
}
_MISSING = {"", "na", "n/a", "none", "null"}


def header_fields(head: bytes) -> list[str]:
    """The normalized column names of the first line of `head` ([] when it is not CSV-like)."""
    line = head.lstrip(b"\xef\xbb\xbf").split(b"\n", 1)[0].decode("utf-8", "replace")
    try:
        row = next(csv.reader([line]))
    except (csv.Error, StopIteration):
        return []
    return [c.strip().lower() for c in row]


class CsvReader(Reader):
    """Any CSV with a text column and a date column."""

    name = "csv"
    publisher: str | None = None
    required: tuple[str, ...] = ("text", "date")

    def sniff(self, path: Path, head: bytes) -> float:
        if path.suffix.lower() != ".csv":
            return 0.0
        fields = set(header_fields(head))
        if all(fields & set(COLUMNS[key]) for key in self.required):
            return 0.6
        return 0.3  # a CSV, but it lacks a column: the reader will say which

    def paragraphs(self, record: dict[str, str]) -> list[str]:
        """The text of a row as paragraphs: the summary first (unless the body repeats it), then the body."""
        body = self.split_body(record.get("text", ""))
        summary = clean_inline(record.get("summary", ""))
        if summary and not (body and clean_inline(body[0]).startswith(summary)):
            body.insert(0, summary)
        return body

    def split_body(self, body: str) -> list[str]:
        """Paragraphs of a body cell (blank lines separate paragraphs)."""
        return split_paragraphs(body)

    def read(self, path: Path, root: Path | None) -> Iterator[Document | DocumentError]:
        locator = locator_for(path, root)
        content = read_text(path, locator).lstrip("\ufeff")
        rows = csv.reader(io.StringIO(content, newline=""), strict=True)
        try:
            header = [c.strip().lower() for c in next(rows)]
        except (StopIteration, csv.Error) as e:
            raise DocumentError(locator, f"no CSV header line ({e or 'empty'})") from None
        where = self._columns(header, locator)
        number, line = 0, rows.line_num
        while True:
            start = line + 1
            try:
                row = next(rows)
            except StopIteration:
                if number == 0:
                    yield DocumentError(locator, "no rows after the CSV header")
                return
            except csv.Error as e:
                number += 1
                yield self._csv_error(locator, number, start, str(e))
                if "end of data" in str(e) or rows.line_num == line:
                    return  # the rest of the file was inside the broken field
                line = rows.line_num
                continue
            line = rows.line_num
            if not any(cell.strip() for cell in row):
                continue  # blank line
            number += 1
            if len(row) != len(header):
                yield DocumentError(
                    f"{locator}#{number}",
                    f"row {number} (line {start}) has {len(row)} fields, the header has {len(header)}",
                )
                continue
            record = {key: row[i] for key, i in where.items()}
            yield self._document(record, locator, number)

    def _columns(self, header: list[str], locator: str) -> dict[str, int]:
        where: dict[str, int] = {}
        for key, names in COLUMNS.items():
            for name in names:
                if name in header:
                    where[key] = header.index(name)
                    break
        for key in self.required:
            if key not in where:
                wanted = " or ".join(repr(n) for n in COLUMNS[key])
                raise DocumentError(
                    locator, f"missing required column {wanted}; the header has: {', '.join(header)}"
                )
        return where

    def _csv_error(self, locator: str, number: int, start: int, message: str) -> DocumentError:
        if "end of data" in message:
            reason = (
                f"row {number} (line {start}): unterminated quoted field, the quote is never closed"
                " and the rest of the file could not be read"
            )
        else:
            reason = f"row {number} (line {start}): malformed CSV ({message})"
        return DocumentError(f"{locator}#{number}", reason)

    def _document(self, record: dict[str, str], locator: str, number: int) -> Document | DocumentError:
        url = record.get("url", "").strip()
        row_locator = f"{locator}#{url or number}"
        try:
            day = parse_date(record.get("date"), row_locator)
        except DocumentError as e:
            return DocumentError(row_locator, f"row {number}: {e.reason}")
        text = join_paragraphs(self.paragraphs(record))
        if not text:
            return DocumentError(row_locator, f"row {number}: no text (the body is empty)")
        location = clean_inline(record.get("location", ""))
        return Document(
            reader=self.name,
            identifier=row_locator,
            title=clean_inline(record.get("title", "")) or title_from_text(text),
            text=text,
            date=day,
            url=url or None,
            publisher=clean_inline(record.get("publisher", "")) or self.publisher,
            location=None if location.lower() in _MISSING else location,
            published=parse_timestamp(record.get("date")),
        )

    def count(self, path: Path) -> int:
        """Rows in the file (parsed, since bodies may hold line breaks); 1 if it cannot be parsed."""
        try:
            with path.open(encoding="utf-8-sig", errors="replace", newline="") as fh:
                return max(1, sum(1 for row in csv.reader(fh) if row) - 1)
        except (OSError, csv.Error):
            return 1
