"""Reader of the Ukrainian presidential news CSV (president.gov.ua/en): columns link, headline, date, body.

One Document per row. Bodies come flattened to a single line: the scrape kept only a few line
breaks (`\\n\\r`) and, where the page had paragraph breaks, usually two spaces after a sentence.
Both become paragraph breaks; nothing else is split, so no sentence is ever cut in two.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.readers.csv_table import CsvReader, header_fields

PUBLISHER = "President of Ukraine (president.gov.ua)"
UKRAINE_COLUMNS = ["link", "headline", "date", "body"]
# a line break, or 2+ spaces after sentence-final punctuation (and closing quotes)
_BREAK = re.compile(r"\s*[\r\n]\s*|(?<=[.!?…][\"'”’)])\s{2,}|(?<=[.!?…])\s{2,}")


class UkraineCsvReader(CsvReader):
    name = "ukraine-csv"
    publisher = PUBLISHER

    def sniff(self, path: Path, head: bytes) -> float:
        if path.suffix.lower() != ".csv" or header_fields(head) != UKRAINE_COLUMNS:
            return 0.0
        return 0.95 if b"president.gov.ua" in head else 0.0

    def split_body(self, body: str) -> list[str]:
        return _BREAK.split(body)
