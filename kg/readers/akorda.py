"""Reader of akorda.kz plain-text releases (the President of Kazakhstan).

Format: a first line `date YYYY-MM-DD <title> | Akorda` (possibly after a BOM or spaces), then
paragraphs separated by one or more blank lines. The title is left out of the text.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from kg.model import Document, DocumentError
from kg.readers.base import Reader, locator_for
from kg.readers.text import clean_inline, parse_date, plain_text, read_text

PUBLISHER = "President of the Republic of Kazakhstan (akorda.kz)"
_HEADER = re.compile(r"date\s+(\S+)\s*(.*)$", re.I)
_SUFFIX = re.compile(r"\s*\|\s*Akorda\s*$", re.I)
_SNIFF = re.compile(rb"^(?:\xef\xbb\xbf)?\s*date\s+\d{4}-\d{2}-\d{2}\b", re.I)


class AkordaReader(Reader):
    name = "akorda"

    def sniff(self, path: Path, head: bytes) -> float:
        if _SNIFF.match(head):
            return 0.9 if b"| Akorda" in head.split(b"\n", 1)[0] else 0.7
        return 0.3 if path.suffix.lower() == ".txt" else 0.0

    def read(self, path: Path, root: Path | None) -> Iterator[Document | DocumentError]:
        locator = locator_for(path, root)
        content = read_text(path, locator).lstrip("\ufeff \t\r\n")
        first, _, rest = content.partition("\n")
        m = _HEADER.match(first.strip())
        if not m:
            raise DocumentError(
                locator, "no date: the first line should read 'date YYYY-MM-DD <title> | Akorda'"
            )
        day = parse_date(m.group(1), locator)
        title = clean_inline(_SUFFIX.sub("", m.group(2)))
        text = plain_text(rest)
        if not text:
            raise DocumentError(locator, "no body text after the 'date ...' header line")
        yield Document(
            reader=self.name,
            identifier=locator,
            title=title,
            text=text,
            date=day,
            publisher=PUBLISHER,
        )
