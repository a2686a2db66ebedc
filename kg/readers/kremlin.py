"""Reader of the Kremlin news CSV (en.kremlin.ru): columns link, headline, date, location, summary, body.

One Document per row. The body is flattened to one line with ` * * * ` between sections; each
section becomes a paragraph, after the summary. `location` is "NA" when unknown. `date` is an
ISO timestamp in UTC (`...Z`), kept as given in `published`; the release date is its UTC date.
"""

from __future__ import annotations

import re
from pathlib import Path

from kg.readers.csv_table import CsvReader, header_fields

PUBLISHER = "President of Russia (kremlin.ru)"
KREMLIN_COLUMNS = ["link", "headline", "date", "location", "summary", "body"]
_SECTION = re.compile(r"\s+\*\s\*\s\*\s+|\n\s*\n")


class KremlinCsvReader(CsvReader):
    name = "kremlin-csv"
    publisher = PUBLISHER

    def sniff(self, path: Path, head: bytes) -> float:
        if path.suffix.lower() != ".csv" or header_fields(head) != KREMLIN_COLUMNS:
            return 0.0
        return 0.95 if b"kremlin.ru" in head else 0.8

    def split_body(self, body: str) -> list[str]:
        return _SECTION.split(body)
