"""Reader of HTML release pages, with a real parser (selectolax's lexbor backend).

- title: the first `<h1>` (inside `<article>`/`<main>` when there is one), else `<title>`, else og:title;
- date: `<meta property="article:published_time">` (or name="date", ...), else `<time datetime>`
  (the article's first), else the first date written in the page text ("28 October 2023",
  "October 28, 2023", ISO);
- text: the `<p>` (and list item) elements of `<article>`, else `<main>`, else `<body>`, with
  nav, header, footer, aside, form, script and style left out;
- url: `<link rel="canonical">`, else og:url; publisher: og:site_name (or a publisher meta), else the
  site's name `<title>` adds to the headline ("… | Élysée").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date
from pathlib import Path

from selectolax.lexbor import LexborHTMLParser, LexborNode

from kg.model import Document, DocumentError
from kg.readers.base import Reader, locator_for
from kg.readers.text import (
    clean_inline,
    join_paragraphs,
    parse_date,
    parse_timestamp,
    read_text,
    title_from_text,
)

_SKIP = "script, style, noscript, template, nav, header, footer, aside, form, svg, iframe, button"
_DATE_META = (
    'meta[property="article:published_time"]',
    'meta[name="article:published_time"]',
    'meta[itemprop="datePublished"]',
    'meta[name="date"]',
    'meta[name="dc.date"]',
    'meta[name="DC.date"]',
    'meta[name="dcterms.date"]',
    'meta[name="pubdate"]',
)
_MONTHS = {
    m: i + 1
    for i, m in enumerate(
        "january february march april may june july august september october november december".split()
    )
}
_MONTH = "(" + "|".join(_MONTHS) + ")"
_TEXT_DATES = (
    (re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b"), (1, 2, 3)),
    (re.compile(r"\b(\d{1,2})\s+" + _MONTH + r",?\s+(\d{4})\b", re.I), (3, 2, 1)),
    (re.compile(r"\b" + _MONTH + r"\s+(\d{1,2}),?\s+(\d{4})\b", re.I), (3, 1, 2)),
)


# The HTML parser (lexbor) and the search for enclosing paragraphs take time in proportion to the
# depth of each element: 2.2 MB of unclosed nested tags took 433 s. Release pages nest a few dozen
# elements deep; a page nested deeper than MAX_DEPTH is refused before it is parsed (browsers cap
# the depth of the tree they build too: Chromium at 512).
MAX_DEPTH = 512
_TAG_TOKEN = re.compile(r"<(/?)([a-zA-Z][a-zA-Z0-9-]*)")
# elements that never hold others, or whose end tag may be left out (the parser closes them itself)
_NOT_NESTING = frozenset(
    "area base br col embed hr img input link meta param source track wbr "
    "p li dd dt option optgroup tr td th tbody thead tfoot colgroup caption rb rt rp html head body".split()
)


def nesting_depth(text: str, limit: int = MAX_DEPTH) -> int:
    """How deep the elements of `text` nest, counted from its tags in one pass (an estimate that
    errs upwards: scripts are not skipped); stops counting past `limit`."""
    depth = deepest = 0
    for m in _TAG_TOKEN.finditer(text):
        if m.group(2).lower() in _NOT_NESTING:
            continue
        if m.group(1):
            depth = max(0, depth - 1)
        else:
            depth += 1
            if depth > deepest:
                deepest = depth
                if deepest > limit:
                    break
    return deepest


def _attr(tree: LexborHTMLParser | LexborNode, selector: str, name: str) -> str:
    node = tree.css_first(selector)
    value = node.attributes.get(name) if node is not None else None
    return (value or "").strip()


def _text(node: LexborNode) -> str:
    return clean_inline(node.text(deep=True))


_PUBLISHER_META = (
    'meta[property="og:site_name"]',
    'meta[name="publisher"]',
    'meta[name="dc.publisher"]',
    'meta[name="DC.publisher"]',
    'meta[name="application-name"]',
)
# the site named after the headline in <title>: "PM call with President Stubb - GOV.UK",
# "Telephone conversation with President Lula | Élysée"
_TITLE_SITE = re.compile(r"\s(?:\||-|–|—)\s+([^|–—]{2,80}?)\s*$")


def _publisher(tree: LexborHTMLParser, title: str) -> str | None:
    """The site's name: its metadata (og:site_name, publisher), else what <title> adds to the headline."""
    named = next((v for v in (_attr(tree, s, "content") for s in _PUBLISHER_META) if v), "")
    if named:
        return named
    head = tree.css_first("title")
    full = _text(head) if head is not None else ""
    m = _TITLE_SITE.search(full)
    return m.group(1) if m and full[: m.start()].strip() == title else None


def date_in_text(text: str, locator: str) -> date | None:
    """The first date written in `text`, in any of the usual English forms (None if there is none)."""
    found: list[tuple[int, tuple[str, str, str]]] = []
    for pattern, order in _TEXT_DATES:
        m = pattern.search(text)
        if m:
            found.append((m.start(), (m.group(order[0]), m.group(order[1]), m.group(order[2]))))
    if not found:
        return None
    year, month, day = min(found)[1]
    month_number = _MONTHS.get(month.lower()) or int(month)
    return parse_date(f"{year}-{month_number:02d}-{int(day):02d}", locator)


class HtmlReader(Reader):
    name = "html"

    def sniff(self, path: Path, head: bytes) -> float:
        suffix = path.suffix.lower()
        start = head.lstrip(b"\xef\xbb\xbf \t\r\n")[:200].lower()
        if start.startswith((b"<!doctype html", b"<html")):
            return 0.9
        return 0.8 if suffix in {".html", ".htm", ".xhtml"} else 0.0

    def read(self, path: Path, root: Path | None) -> Iterator[Document | DocumentError]:
        locator = locator_for(path, root)
        page = read_text(path, locator)
        if nesting_depth(page) > MAX_DEPTH:
            raise DocumentError(
                locator, f"HTML nested more than {MAX_DEPTH} elements deep: not a release page, skipped"
            )
        tree = LexborHTMLParser(page)
        container = tree.css_first("article") or tree.css_first("main") or tree.body
        h1 = (container.css_first("h1") if container is not None else None) or tree.css_first("h1")
        title = _text(h1) if h1 is not None else ""
        if not title:
            head_title = tree.css_first("title")
            title = (
                _text(head_title)
                if head_title is not None
                else _attr(tree, 'meta[property="og:title"]', "content")
            )

        # the page's own metadata first, then a <time> of the article, then any <time>
        meta_stamp = next((v for v in (_attr(tree, s, "content") for s in _DATE_META) if v), "")
        stamp = (_attr(container, "time[datetime]", "datetime") if container is not None else "") or _attr(
            tree, "time[datetime]", "datetime"
        )
        published = parse_timestamp(meta_stamp) or parse_timestamp(stamp)
        raw_date = meta_stamp or stamp

        for node in tree.css("br"):
            node.replace_with(" ")
        for node in tree.css(_SKIP):
            node.decompose()
        paragraphs = _paragraphs(container) if container is not None else []
        text = join_paragraphs(paragraphs)
        if not text:
            raise DocumentError(locator, "HTML page without body text (no <body> content or <p> paragraphs)")

        title = title or title_from_text(text)
        if raw_date:
            day = parse_date(raw_date, locator)
        else:
            found = date_in_text(title + "\n" + text, locator)
            if found is None:
                raise DocumentError(
                    locator, "no date (no <time datetime>, no published-time meta, no date in the text)"
                )
            day = found
        yield Document(
            reader=self.name,
            identifier=locator,
            title=title,
            text=text,
            date=day,
            url=_attr(tree, 'link[rel="canonical"]', "href")
            or _attr(tree, 'meta[property="og:url"]', "content")
            or None,
            publisher=_publisher(tree, title),
            published=published,
        )


def _paragraphs(container: LexborNode) -> list[str]:
    nodes = container.css("p, li")
    if not nodes:
        return container.text(deep=True, separator="\n").split("\n")
    out = []
    for node in nodes:  # a <p> inside an <li> (or the reverse) is read once, through the outer element
        parent = node.parent
        while parent is not None and parent.tag not in {"p", "li"}:
            parent = parent.parent
        if parent is None:
            out.append(node.text(deep=True))
    return out
