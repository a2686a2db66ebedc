"""Shared helpers of the readers: decoding bytes, normalizing paragraphs, parsing dates.

Everything a reader needs to turn raw bytes into the plain, deterministic `Document.text`
(paragraphs separated by one blank line, lines unwrapped, whitespace collapsed) lives here,
so every source format gets the same treatment. Helpers raise `DocumentError` with a one-line
reason; the registry turns that into a yielded error.
"""

from __future__ import annotations

import logging
import re
import unicodedata
from collections.abc import Iterable
from datetime import UTC, date, datetime
from pathlib import Path

from kg.model import DocumentError

log = logging.getLogger("kg.readers")

# Invisible characters (zero-width, word joiner, soft hyphen, BOM) are dropped; every run of
# whitespace, ASCII or not (NBSP, thin and ideographic spaces), becomes one " " (str.split).
# C0 control characters are dropped too: XML exports (RDF/XML, GraphML) cannot carry them.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1b\x7f\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_ODD_SPACE = re.compile(r"[^\S \n]")  # whitespace other than " " and newline
# one scan for either of the above (a plain character class is the fastest search)
_UNUSUAL = re.compile(
    "[\x00-\x08\t\x0b\x0c\r\x0e-\x1f\x7f\x85\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
    "\u00ad\u200b-\u200d\u2060\ufeff]"
)
_BLANK_LINE = re.compile(r"\n[ \t\r\f\v\u00a0\u2000-\u200b\u202f\u3000\ufeff]*\n")
# C0 controls other than tab/newline/carriage return/form feed: a sign of binary data.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0e-\x1f\x7f]")


def clean_inline(s: str) -> str:
    """One paragraph or title as a single line: NFC, odd spaces to " ", whitespace collapsed."""
    if _INVISIBLE.search(s):
        s = _INVISIBLE.sub("", s)
    return " ".join(unicodedata.normalize("NFC", s).split())


def join_paragraphs(paragraphs: Iterable[str]) -> str:
    """Clean each paragraph (as `clean_inline`) and join the non-empty ones with one blank line.

    Works on the whole text at once with C-speed string methods: this is the hot loop of
    reading thousands of releases.
    """
    s = "\n".join(p.replace("\n", " ") for p in paragraphs).replace("\xa0", " ")
    if _UNUSUAL.search(s):
        s = _ODD_SPACE.sub(" ", _INVISIBLE.sub("", s))
    if "  " in s:
        s = " ".join(part for part in (p.strip(" ") for p in s.split("  ")) if part)
    s = unicodedata.normalize("NFC", s)
    return "\n\n".join(p.strip() for p in s.split("\n") if p and not p.isspace())


def split_paragraphs(text: str) -> list[str]:
    """Plain text with blank-line paragraph breaks -> paragraphs, lines within each unwrapped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return [p for p in _BLANK_LINE.split(text) if p.strip()]


def plain_text(text: str) -> str:
    """Plain text in, normalized `Document.text` out (see module docstring)."""
    return join_paragraphs(split_paragraphs(text))


def title_from_text(text: str, limit: int = 120) -> str:
    """A stand-in title for a release that has none: its first sentence, cut at a word near `limit`."""
    first = re.split(r"(?<=[.!?])\s", text.split("\n\n", 1)[0], maxsplit=1)[0]
    if len(first) <= limit:
        return first
    return first[:limit].rsplit(" ", 1)[0].rstrip(",;:") + "…"


# -- decoding -------------------------------------------------------------------------------


def decode(data: bytes, locator: str) -> str:
    """Bytes of a text file -> str, or raise DocumentError saying why it is not text.

    UTF-8 (with or without BOM) and UTF-16/32 with a BOM are decoded. Text that is not UTF-8
    but decodes as Windows-1252 / Latin-1 is accepted with a logged warning (friendlier than
    refusing a legacy export; the warning names the file). A file that ends inside a UTF-8
    multi-byte character is reported as truncated. NUL bytes or control characters mean binary.
    """
    if not data:
        raise DocumentError(locator, "empty file (0 bytes)")
    for bom, codec in (
        (b"\xff\xfe\x00\x00", "utf-32"),
        (b"\x00\x00\xfe\xff", "utf-32"),
        (b"\xff\xfe", "utf-16"),
        (b"\xfe\xff", "utf-16"),
    ):
        if data.startswith(bom):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError as e:
                raise DocumentError(locator, f"broken {codec.upper()} text (byte {e.start})") from None
            return _check_text(text, locator)
    if b"\x00" in data:
        if _looks_like_bomless_utf16(data):
            raise DocumentError(locator, "looks like UTF-16 without a byte-order mark; save it as UTF-8")
        raise DocumentError(locator, f"binary file (NUL byte at offset {data.index(0)}), not text")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        if e.reason == "unexpected end of data" or e.end >= len(data):
            raise DocumentError(
                locator, f"truncated UTF-8: the file ends inside a multi-byte character (byte {e.start})"
            ) from None
        text = _decode_legacy(data)
        log.warning("%s: not UTF-8 (bad byte at %d); decoded as Windows-1252/Latin-1", locator, e.start)
    return _check_text(text, locator)


def _decode_legacy(data: bytes) -> str:
    try:
        return data.decode("cp1252")
    except UnicodeDecodeError:  # the five bytes cp1252 leaves undefined
        return data.decode("latin-1")


def _looks_like_bomless_utf16(data: bytes) -> bool:
    sample = data[:4096]
    even, odd = sample[0::2], sample[1::2]
    return (odd.count(0) > 0.6 * len(odd)) != (even.count(0) > 0.6 * len(even))


def _check_text(text: str, locator: str) -> str:
    if not text.strip("\ufeff") or text.isspace():
        raise DocumentError(locator, "contains only whitespace, no text")
    bad = len(_CONTROL.findall(text[:8192]))
    if bad > 8 or "\x00" in text:
        raise DocumentError(locator, "binary content (control characters), not text")
    return text


def read_text(path: Path, locator: str) -> str:
    """Read and decode a whole file (see `decode`)."""
    try:
        data = path.read_bytes()
    except OSError as e:
        raise DocumentError(locator, f"cannot be read: {e.strerror or e}") from None
    return decode(data, locator)


# -- dates ----------------------------------------------------------------------------------

_ISO_DATE = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")


def parse_date(value: object, locator: str) -> date:
    """An ISO date or timestamp (string, date or datetime) -> date; DocumentError if missing or impossible."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    s = str(value or "").strip()
    if not s or s.upper() in {"NA", "N/A", "NONE", "NULL"}:
        raise DocumentError(locator, "no date")
    m = _ISO_DATE.match(s)
    if not m:
        raise DocumentError(locator, f"unreadable date {s!r} (expected YYYY-MM-DD)")
    try:
        return date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError as e:
        raise DocumentError(locator, f"impossible date {m[0]!r} ({e})") from None


def parse_timestamp(value: object) -> datetime | None:
    """An ISO timestamp with a time zone (a trailing Z is UTC) -> aware datetime; else None."""
    if isinstance(value, datetime):
        return value if value.tzinfo else None
    s = str(value or "").strip()
    if "T" not in s and " " not in s:
        return None
    try:
        dt = datetime.fromisoformat(s.replace("Z", "+00:00") if s.endswith("Z") else s)
    except ValueError:
        return None
    return dt if dt.tzinfo else None


UTC = UTC
