"""Bad input of every kind: each yields exactly the right DocumentError, and never stops the walk.

Every case writes real files in tmp_path, beside a good release, and reads the folder with
`read_paths`: the error must name the file (and the row or line) with a one-line reason, and the
good documents must still come through.
"""

from __future__ import annotations

import logging
import os
import re
from datetime import date
from pathlib import Path

import pytest

from kg.model import Document, DocumentError
from kg.readers import read_paths

GOOD_NAME = "good.txt"
GOOD = (
    " date 2024-03-01 Head of State receives the Ambassador | Akorda\n\nThe President met the Ambassador.\n"
)


def akorda(day: str = "2024-03-01", body: str = "The President met the Prime Minister.") -> str:
    return f" date {day} Talks | Akorda\n\n{body}\n"


def md(front: str, body: str = "The President met the Chancellor.\n") -> str:
    return f"---\n{front}---\n{body}"


KREMLIN_HEADER = "link,headline,date,location,summary,body\n"


def kremlin_row(n: int, day: str = "2022-01-10T10:00:00Z", body: str = "They discussed trade.") -> str:
    return (
        f"http://en.kremlin.ru/events/president/news/{n},Talks {n},{day},Moscow,Putin met a guest.,{body}\n"
    )


# name, content (str is written as UTF-8), expected errors (locator, reason pattern), good items in the file
CASES: dict[str, tuple[str, str | bytes, list[tuple[str, str]], int]] = {
    "empty": ("empty.txt", b"", [("empty.txt", r"^empty file \(0 bytes\)$")], 0),
    "whitespace": (
        "blank.txt",
        " \n\t\n\u00a0\n",
        [("blank.txt", r"^contains only whitespace, no text$")],
        0,
    ),
    "byte-order mark only": (
        "bom.txt",
        b"\xef\xbb\xbf",
        [("bom.txt", r"^contains only whitespace, no text$")],
        0,
    ),
    "binary": (
        "scan.txt",
        b"%PDF-1.7\n\x00\x01\x02binary",
        [("scan.txt", r"^binary file \(NUL byte at offset 9\), not text$")],
        0,
    ),
    "utf16 without BOM": (
        "utf16.txt",
        akorda().encode("utf-16-le"),
        [("utf16.txt", r"^looks like UTF-16 without a byte-order mark; save it as UTF-8$")],
        0,
    ),
    "truncated utf8": (
        "cut.txt",
        akorda(body="Talks in Türkiye").encode("utf-8")[:-3] + "’".encode()[:2],
        [("cut.txt", r"^truncated UTF-8: the file ends inside a multi-byte character \(byte \d+\)$")],
        0,
    ),
    "no date line": (
        "nodate.txt",
        "Head of State receives the Ambassador\n\nThe President received the Ambassador.\n",
        [("nodate.txt", r"^no date: the first line should read 'date YYYY-MM-DD <title> \| Akorda'$")],
        0,
    ),
    "impossible date": (
        "feb30.txt",
        akorda("2023-02-30"),
        [("feb30.txt", r"^impossible date '2023-02-30' \(day is out of range for month\)$")],
        0,
    ),
    "header only": (
        "short.txt",
        " date 2024-03-01 Talks | Akorda\n\n\n",
        [("short.txt", r"^no body text after")],
        0,
    ),
    "csv missing column": (
        "rows.csv",
        "link,headline,date,location,summary\nhttp://x/1,A,2022-01-01,NA,Summary\n",
        [
            (
                "rows.csv",
                r"^missing required column 'text' or 'body' or 'content'; "
                r"the header has: link, headline, date",
            )
        ],
        0,
    ),
    "csv ragged row": (
        "rows.csv",
        KREMLIN_HEADER
        + kremlin_row(1)
        + "http://en.kremlin.ru/events/president/news/2,Talks 2,2022-01-11\n"
        + kremlin_row(3),
        [("rows.csv#2", r"^row 2 \(line 3\) has 3 fields, the header has 6$")],
        2,
    ),
    "csv unterminated quote": (
        "rows.csv",
        KREMLIN_HEADER + kremlin_row(1) + kremlin_row(2, body='"They discussed, trade.') + kremlin_row(3),
        [("rows.csv#2", r"^row 2 \(line 3\): unterminated quoted field, the quote is never closed")],
        1,
    ),
    "csv impossible date": (
        "rows.csv",
        KREMLIN_HEADER + kremlin_row(1, day="2022-02-30T10:00:00Z") + kremlin_row(2),
        [("rows.csv#http://en.kremlin.ru/events/president/news/1", r"^row 1: impossible date '2022-02-30'")],
        1,
    ),
    "csv header only": ("rows.csv", KREMLIN_HEADER, [("rows.csv", r"^no rows after the CSV header$")], 0),
    "csv empty body": (
        "feed.csv",
        "title,text,date\nA,,2024-01-01\nB,Body.,2024-01-02\n",
        [("feed.csv#1", r"^row 1: no text \(the body is empty\)$")],
        1,
    ),
    "jsonl broken line": (
        "feed.jsonl",
        '{"text": "A.", "date": "2024-01-01"}\n'
        '{"text": "B." "date": "2024-01-02"}\n'
        '{"text": "C.", "date": "2024-01-03"}\n',
        [("feed.jsonl#2", r"^line 2 is not valid JSON: Expecting ',' delimiter at column 15$")],
        2,
    ),
    "jsonl not an object": (
        "feed.jsonl",
        '["text", "date"]\n{"text": "B.", "date": "2024-01-02"}\n',
        [("feed.jsonl#1", r"^line 1 is a JSON list, not an object$")],
        1,
    ),
    "jsonl no text or date": (
        "feed.jsonl",
        '{"title": "No text", "date": "2024-01-01"}\n\n'
        '{"text": "No date."}\n'
        '{"text": "C.", "date": "2024-01-03"}\n',
        [("feed.jsonl#1", r"^line 1: no 'text' field$"), ("feed.jsonl#3", r"^line 3: no date$")],
        1,
    ),
    "html without body": (
        "page.html",
        "<!DOCTYPE html><html><head><title>Talks</title>"
        '<meta property="article:published_time" content="2024-01-01T10:00:00Z"></head></html>',
        [("page.html", r"^HTML page without body text \(no <body> content or <p> paragraphs\)$")],
        0,
    ),
    "html without date": (
        "page.html",
        "<html><body><h1>Talks</h1><p>The President met the Prime Minister.</p></body></html>",
        [("page.html", r"^no date \(no <time datetime>, no published-time meta, no date in the text\)$")],
        0,
    ),
    "markdown broken front matter": (
        "readout.md",
        md("date: '2024-01-01'\ntitle: \"Readout: unclosed\n"),
        [("readout.md", r"^broken YAML front matter: .* at line \d+$")],
        0,
    ),
    "markdown front matter never closed": (
        "readout.md",
        "---\ndate: '2024-01-01'\ntitle: Readout\n\nThe President met the Chancellor.\n",
        [("readout.md", r"^broken YAML front matter: the opening '---' is never closed$")],
        0,
    ),
    "markdown front matter not a mapping": (
        "readout.md",
        md("- date\n- title\n"),
        [("readout.md", r"^broken YAML front matter: it is not a mapping of keys to values$")],
        0,
    ),
    "markdown without date": (
        "readout.md",
        md("title: Readout\nsource_url: https://www.whitehouse.gov/x/\n"),
        [("readout.md", r"^no date in the front matter \(expected a 'date:' key\)$")],
        0,
    ),
    "unsupported type": (
        "photo.png",
        b"\x89PNG\r\n\x1a\n",
        [("photo.png", r"^unsupported file type \(\.png\)")],
        0,
    ),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_bad_document_beside_a_good_one(tmp_path, case):
    name, content, expected, good_in_file = CASES[case]
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    (tmp_path / GOOD_NAME).write_text(GOOD, encoding="utf-8")

    items = list(read_paths([tmp_path]))

    errors = [i for i in items if isinstance(i, DocumentError)]
    assert [e.locator for e in errors] == [loc for loc, _ in expected]
    for error, (locator, pattern) in zip(errors, expected, strict=True):
        assert re.search(pattern, error.reason), error.reason
        assert "\n" not in error.reason
        assert str(error) == f"{locator}: {error.reason}"
    docs = [i for i in items if isinstance(i, Document)]
    assert sum(d.identifier == GOOD_NAME for d in docs) == 1
    assert len(docs) == good_in_file + 1


def test_utf16_with_bom_is_decoded(tmp_path):
    (tmp_path / "utf16.txt").write_bytes(akorda(body="Talks in Türkiye and Köln.").encode("utf-16"))
    [doc] = read_paths([tmp_path])
    assert isinstance(doc, Document) and doc.text == "Talks in Türkiye and Köln."


def test_latin1_text_is_decoded_with_a_warning(tmp_path, caplog):
    (tmp_path / "legacy.txt").write_bytes(
        akorda(body="Talks in Köln about café prices – fine.").encode("cp1252")
    )
    with caplog.at_level(logging.WARNING, logger="kg.readers"):
        [doc] = read_paths([tmp_path])
    assert isinstance(doc, Document) and doc.text == "Talks in Köln about café prices – fine."
    [record] = caplog.records
    assert record.getMessage().startswith("legacy.txt: not UTF-8 (bad byte at ")
    assert record.getMessage().endswith("decoded as Windows-1252/Latin-1")


def test_oversized_file_is_reported_not_read(tmp_path):
    (tmp_path / "huge.txt").write_text(akorda(body="word " * 500), encoding="utf-8")
    (tmp_path / GOOD_NAME).write_text(GOOD, encoding="utf-8")
    good, error = read_paths([tmp_path], max_bytes=1024)
    assert isinstance(error, DocumentError) and error.locator == "huge.txt"
    assert error.reason == "file is 2,534 bytes, over the 1,024 bytes size limit (raise max_bytes to read it)"
    assert isinstance(good, Document)
    [good, doc] = read_paths([tmp_path])  # the default limit (20 MB) reads it
    assert isinstance(doc, Document) and isinstance(good, Document)


def test_oversized_message_in_megabytes(tmp_path):
    path = tmp_path / "big.txt"
    with path.open("wb") as fh:
        fh.truncate(21 * 1024 * 1024)  # sparse: 21 MB on paper, nothing written
    [error] = read_paths([path])
    assert isinstance(error, DocumentError)
    assert error.reason == "file is 21 MB, over the 20 MB size limit (raise max_bytes to read it)"


def test_missing_path_does_not_stop_the_others(tmp_path):
    good = tmp_path / GOOD_NAME
    good.write_text(GOOD, encoding="utf-8")
    missing = tmp_path / "no-such-folder"
    error, doc = read_paths([missing, good])
    assert isinstance(error, DocumentError)
    assert (error.locator, error.reason) == (str(missing), "path does not exist")
    assert isinstance(doc, Document) and doc.identifier == GOOD_NAME


def test_symlink_loop_and_dangling_link_are_reported_once(tmp_path):
    root = tmp_path / "releases"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / GOOD_NAME).write_text(GOOD, encoding="utf-8")
    (root / "sub" / "back").symlink_to(root, target_is_directory=True)  # a loop to an enclosing folder
    (root / "self").symlink_to(root / "self")  # a link to itself
    (root / "gone.txt").symlink_to(root / "deleted.txt")
    (root / "alias").symlink_to(root / "sub", target_is_directory=True)  # the same folder twice: read once

    items = list(read_paths([root]))

    errors = {(i.locator, i.reason) for i in items if isinstance(i, DocumentError)}
    assert errors == {
        ("gone.txt", "broken symbolic link (its target does not exist)"),
        ("self", "symbolic link loop, skipped"),
        # "alias" sorts first, so the folder is walked through it, and only once
        ("alias/back", "symbolic link loop: it points back to an enclosing folder, skipped"),
    }
    assert [i.identifier for i in items if isinstance(i, Document)] == ["alias/good.txt"]


def test_hidden_files_licence_and_readme_are_skipped(tmp_path):
    (tmp_path / ".DS_Store").write_bytes(b"\x00\x00\x00\x01Bud1")
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n")
    (tmp_path / "LICENSE").write_text("CC0 1.0 Universal\n")
    (tmp_path / "README.md").write_text("# Releases\n")
    (tmp_path / GOOD_NAME).write_text(GOOD, encoding="utf-8")
    [doc] = read_paths([tmp_path])
    assert isinstance(doc, Document) and doc.identifier == GOOD_NAME


def test_many_bad_files_in_one_walk(tmp_path):
    """All the cases above in one folder: one error each, in sorted order, and the walk goes on."""
    for case, (name, content, _, _) in CASES.items():
        folder = tmp_path / re.sub(r"\W+", "-", case)
        folder.mkdir()
        path = folder / name
        path.write_bytes(content if isinstance(content, bytes) else content.encode("utf-8"))
    (tmp_path / "zz" / GOOD_NAME).parent.mkdir()
    (tmp_path / "zz" / GOOD_NAME).write_text(GOOD, encoding="utf-8")
    items = list(read_paths([tmp_path]))
    errors = [i for i in items if isinstance(i, DocumentError)]
    assert len(errors) == sum(len(expected) for _, _, expected, _ in CASES.values())
    assert [i.identifier for i in items if isinstance(i, Document)][-1] == f"zz/{GOOD_NAME}"
    assert len(items) - len(errors) == 1 + sum(good for *_, good in CASES.values())


def test_ten_thousand_tiny_files(tmp_path):
    for i in range(10_000):
        folder = tmp_path / f"{i // 100:03d}"
        if i % 100 == 0:
            folder.mkdir()
        (folder / f"{i:05d}.txt").write_text(akorda(body=f"Release number {i}."), encoding="utf-8")
    items = list(read_paths([tmp_path]))
    assert len(items) == 10_000 and all(isinstance(i, Document) for i in items)
    assert [i.identifier for i in items[:2]] == ["000/00000.txt", "000/00001.txt"]
    assert items[-1].text == "Release number 9999." and items[-1].date == date(2024, 3, 1)


@pytest.mark.skipif(os.geteuid() == 0, reason="root can read files without read permission")
def test_unreadable_file(tmp_path):
    path = tmp_path / "locked.txt"
    path.write_text(GOOD, encoding="utf-8")
    path.chmod(0)
    [error] = read_paths([tmp_path])
    assert isinstance(error, DocumentError) and error.reason == "cannot be read: Permission denied"


def test_given_path_is_reported_as_given(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    Path("empty.txt").write_bytes(b"")
    [error] = read_paths(["empty.txt"])
    assert isinstance(error, DocumentError) and error.locator == "empty.txt"


def test_control_characters_and_lone_surrogates_never_reach_a_document(tmp_path):
    """XML exports cannot carry C0 controls, and the store refuses lone surrogates."""
    (tmp_path / "feed.jsonl").write_text(
        '{"title": "Bad\\u0001 title", "date": "2024-01-01", '
        '"text": "Talks\\u0007 in Baku \\ud800 today."}\n',
        encoding="utf-8",
    )
    [doc] = read_paths([tmp_path])
    assert isinstance(doc, Document)
    assert (doc.title, doc.text) == ("Bad title", "Talks in Baku \ufffd today.")
    doc.text.encode("utf-8")
